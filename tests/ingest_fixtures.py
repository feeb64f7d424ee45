"""Small PDF, .docx and .mhtml files written at test time (no third-party files in the repo)."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str | tuple[int, str]]], title: str = "",
             shared_pages: int = 0) -> bytes:  # fmt: skip
    """A PDF whose pages show the given lines (Helvetica, top to bottom), with a text layer.

    An empty line list makes a page with no text (as a scanned page has none); shared_pages > 0
    instead makes that many pages all showing the first page's content (a huge, small file).
    A line given as (size, text) is set in that font size (a title).
    """
    objects: list[bytes] = []
    contents = []
    for lines in pages:
        ops = ["BT /F1 11 Tf 14 TL 72 760 Td"]
        for line in lines:
            size, text = line if isinstance(line, tuple) else (11, line)
            ops.append(f"/F1 {size} Tf {round(size * 1.3)} TL ({_escape(text)}) Tj T*")
        ops.append("ET")
        contents.append("\n".join(ops).encode("latin-1") if lines else b"")
    count = shared_pages or len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then contents, then page objects
    first_content = 5
    first_page = first_content + len(contents)
    kids = " ".join(f"{first_page + i} 0 R" for i in range(count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
                   b" /Encoding /WinAnsiEncoding >>")  # fmt: skip
    objects.append(f"<< /Title ({_escape(title)}) /CreationDate (D:20240305120000Z) >>".encode())
    for stream in contents:
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    for i in range(count):
        content = first_content + (0 if shared_pages else i)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_docx(blocks: list[tuple[str, str]], core: dict[str, str] | None = None,
              document_xml: bytes | None = None, styles_xml: str = "") -> bytes:  # fmt: skip
    """A .docx of (style, text) paragraphs; style "" is body text, "list" a numbered item."""
    paragraphs = []
    for style, text in blocks:
        props = ""
        if style == "list":
            props = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        elif style:
            props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        half = len(text) // 2  # two runs, as Word splits text
        paragraphs.append(
            f'<w:p>{props}<w:r><w:t xml:space="preserve">{text[:half]}</w:t></w:r>'
            f"<w:r><w:t>{text[half:]}</w:t></w:r></w:p>"
        )
    document = document_xml or (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>'
        + "".join(paragraphs) + "</w:body></w:document>"
    ).encode()  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        if styles_xml:
            archive.writestr("word/styles.xml", f"<w:styles {_W}>{styles_xml}</w:styles>")
        if core:
            fields = "".join(f"<{k}>{v}</{k}>" for k, v in core.items())
            archive.writestr(
                "docProps/core.xml",
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/">' + fields + "</cp:coreProperties>",
            )
    return out.getvalue()


def make_mhtml(html: str, url: str = "https://daily.example/gas-deal") -> bytes:
    """A single-file saved page as Chrome writes it: the page, then an image part."""
    message = EmailMessage()
    message["Snapshot-Content-Location"] = url
    message["Subject"] = "Saved page"
    message.set_content(html, subtype="html", cte="quoted-printable")
    message.replace_header("Content-Type", 'text/html; charset="utf-8"')
    message["Content-Location"] = url
    message.make_mixed()
    message.add_attachment(b"\x89PNG fake", maintype="image", subtype="png")
    message.replace_header("Content-Type", message["Content-Type"].replace("mixed", "related"))
    return bytes(message)
