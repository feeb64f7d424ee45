"""PDF, Word and single-file saved pages, made at test time and imported as a user imports
them (`pakru import`), plus hostile versions of each and the encodings of issue 15 (D5)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pakru_desktop.ingest import FILE_DIALOG_FILTER, SUPPORTED_SUFFIXES, IngestError, read_file
from pakru_desktop.ingest.decode import decode_bytes

from .ingest_fixtures import _W, make_docx, make_mhtml, make_pdf

LINES = [
    "The two governments signed an agreement on energy trade in Islamabad on",
    "Tuesday after three days of talks between the delegations of both of the",
    "ministries, who met in the capital.",
    "The pipeline will carry gas from the southern port to the north of the",
    "country, and its first section is to be finished within two years, the",
    "officials said in a statement. The financing will be shared by a consortium",
]
CONTINUED = ["of banks and the two ministries, with most of the money coming from the",
             "banks and the rest from the budgets.", "The talks continue next month."]  # fmt: skip
HTML = (
    "<html><head><title>Gas deal | Daily</title></head><body><nav>Home</nav>"
    "<h1>Gas deal signed</h1><p>The café agreement was signed on Tuesday.</p>"
    "<p>The talks continue next month in Moscow.</p></body></html>"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def report_pdf(tmp_path: Path) -> Path:
    pages = [
        ["Daily Energy Report", "Gas deal signed", *LINES, "Page 1 of 2"],
        ["Daily Energy Report", *CONTINUED, "Page 2 of 2"],
        ["Daily Energy Report", "Annex", "The annex lists the members of the delegations.", "3"],
    ]
    return write(tmp_path, "report.pdf", make_pdf(pages, title="Gas deal signed"))


def test_pdf_paragraphs_are_rebuilt_across_lines_and_pages_without_headers(tmp_path) -> None:
    article = read_file(report_pdf(tmp_path))
    assert (article.title, article.date) == ("Gas deal signed", "2024-03-05")
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", " ".join(LINES[:3])),
        ("paragraph", " ".join(LINES[3:] + CONTINUED[:2])),
        ("paragraph", CONTINUED[2]),
        ("heading", "Annex"),
        ("paragraph", "The annex lists the members of the delegations."),
    ]


def test_scanned_encrypted_huge_and_damaged_pdfs_get_their_reason(tmp_path) -> None:
    from pypdf import PdfReader, PdfWriter

    scanned = write(tmp_path, "scan.pdf", make_pdf([[], []]))
    writer = PdfWriter(clone_from=PdfReader(report_pdf(tmp_path)))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    huge = write(tmp_path, "huge.pdf", make_pdf([["One line."]], shared_pages=10_000))
    good = report_pdf(tmp_path).read_bytes()
    truncated = write(tmp_path, "cut.pdf", good[: len(good) // 3])
    bad_xref = write(tmp_path, "xref.pdf", good.replace(b"0000000", b"9999999"))
    expected = {scanned: "no text layer (scanned image)", locked: "password-protected",
                huge: "too long", truncated: "", bad_xref: ""}  # fmt: skip
    for path, words in expected.items():
        try:
            article = read_file(path)
        except IngestError as error:
            assert words in str(error) and "\n" not in str(error), (path.name, error)
        else:  # a damaged file pypdf can repair is read, never half-read silently
            assert not words and article.blocks, path.name


def test_docx_headings_lists_and_core_properties(tmp_path) -> None:
    blocks = [("Title", "Gas deal signed"), ("", "The agreement was signed on Tuesday."),
              ("Heading2", "Background"), ("list", "Energy trade"), ("ListBullet", "Pipelines"),
              ("", "The talks continue next month.")]  # fmt: skip
    core = {"dc:creator": "Amina Khan", "dcterms:created": "2025-11-14T09:00:00Z"}
    article = read_file(write(tmp_path, "brief.docx", make_docx(blocks, core)))
    assert (article.title, article.author, article.date) == (
        "Gas deal signed",
        "Amina Khan",
        "2025-11-14",
    )
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "The agreement was signed on Tuesday."),
        ("heading", "Background"),
        ("item", "Energy trade"),
        ("item", "Pipelines"),
        ("paragraph", "The talks continue next month."),
    ]


def test_hostile_docx_files_get_a_reason(tmp_path) -> None:
    good = make_docx([("", "Text of a brief.")])
    bomb = make_docx(
        [], document_xml=b"<w:document>" + b" " * (60 * 1024 * 1024) + b"</w:document>"
    )
    entities = make_docx([], document_xml=b'<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>')
    cases = {
        "bomb.docx": (bomb, "inflate"),
        "cut.docx": (good[: len(good) // 2], "damaged Word file"),
        "entities.docx": (entities, "entities"),
        "nodoc.docx": (_zip_without_document(), "not a Word document"),
        "bad_xml.docx": (make_docx([], document_xml=b"<w:document><w:body>"), "bad XML"),
    }
    for name, (data, words) in cases.items():
        with pytest.raises(IngestError, match=words):
            read_file(write(tmp_path, name, data))


def _zip_without_document() -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return out.getvalue()


def test_mhtml_page_is_read_with_its_saved_address(tmp_path) -> None:
    article = read_file(write(tmp_path, "page.mhtml", make_mhtml(HTML)))
    assert article.title == "Gas deal signed"
    assert [b.text for b in article.blocks] == [
        "The café agreement was signed on Tuesday.",
        "The talks continue next month in Moscow.",
    ]
    assert any("https://daily.example/gas-deal" in note for note in article.notes)
    for name, data, words in [
        ("cut.mht", make_mhtml(HTML)[:300], "MHTML"),
        ("noise.mhtml", b"\x00garbage\xff" * 50, "no web page"),
    ]:
        with pytest.raises(IngestError, match=words):
            read_file(write(tmp_path, name, data))


def test_new_formats_are_offered_to_folder_walks_and_the_file_dialog() -> None:
    for suffix in (".pdf", ".docx", ".mhtml", ".mht"):
        assert suffix in SUPPORTED_SUFFIXES and f"*{suffix}" in FILE_DIALOG_FILTER


WESTERN = [
    "The naïve café owner paid 5 € for the “special” crème brûlée – it’s a façade, "
    "he said in Zürich. Straße, garçon, Ærø, señor, déjà vu.",
    "Mrs O’Neill’s coöperation was «remarkable», the résumé noted; the fiancée agreed.",
    "Prices: £12, €30, ¥400 — and a 50 % discount for the élite.",
]


@pytest.mark.parametrize("text", WESTERN)
def test_cp1252_western_text_is_decoded_as_cp1252(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text


def test_other_legacy_encodings_win_when_clearly_better() -> None:
    russian = "Москва и Исламабад подписали соглашение о поставках газа на десять лет."
    assert decode_bytes(russian.encode("cp1251")) == russian


def test_mojibake_is_repaired_or_reported(tmp_path) -> None:
    text = "Headline\n\nThe café’s owner said it’s naïve to expect more. The end."
    mangled = text.encode("utf-8").decode("cp1252")
    article = read_file(write(tmp_path, "mojibake.txt", mangled.encode("utf-8")))
    assert "The café’s owner said it’s naïve to expect more. The end." in article.body_text
    assert any("mis-encoded" in note for note in article.notes)
    partial = mangled.replace("The end.", "Ω plus Ã© twice Ã©.")  # cannot convert back
    article = read_file(write(tmp_path, "partial.txt", partial.encode("utf-8")))
    assert any("looks mis-encoded" in note for note in article.notes)


def run_import(tmp_path: Path, *files: Path, guard: bool = False) -> dict:
    """`pakru import --json` in a fresh interpreter; with guard, creating a socket (or looking
    up a name) fails loudly. Libraries may still subclass socket.socket at import time."""
    code = "import sys\nfrom pakru_desktop.cli import main\n"
    if guard:
        code = (
            "import socket, sys\n"
            "def refuse(*args, **kwargs):\n"
            "    sys.stderr.write('SOCKET CREATED\\n')\n"
            "    raise OSError('no network')\n"
            "class Refused(socket.socket):\n"
            "    def __init__(self, *args, **kwargs):\n"
            "        refuse()\n"
            "socket.socket = Refused\nsocket.create_connection = refuse\n"
            "socket.getaddrinfo = refuse\nsocket.socketpair = refuse\n" + code
        )
    args = ["--data-dir", str(tmp_path / "data"), "import", *map(str, files), "--json"]
    result = subprocess.run(
        [sys.executable, "-c", code + f"sys.exit(main({args!r}))"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "Traceback" not in result.stderr and "SOCKET" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def real_files(tmp_path: Path) -> list[Path]:
    docx = make_docx([("Title", "Brief"), ("", "The brief says the talks went well.")])
    page = HTML.replace("<p>The café", '<img src="https://tracker.example/p.gif"><p>The café')
    return [
        report_pdf(tmp_path),
        write(tmp_path, "brief.docx", docx),
        write(tmp_path, "page.mhtml", make_mhtml(page)),
        write(tmp_path, "page.html", page.replace("Moscow", "Karachi").encode()),
        write(tmp_path, "notes.md", b"# Notes\n\nSee [the site](https://example.org).\n"),
    ]


def test_cli_imports_pdf_docx_and_mhtml(tmp_path) -> None:
    files = real_files(tmp_path)
    report = run_import(tmp_path, *files)
    assert sorted(Path(e["path"]).name for e in report["imported"]) == sorted(f.name for f in files)


def test_no_socket_is_created_while_importing_and_reading_every_format(tmp_path) -> None:
    files = real_files(tmp_path)
    report = run_import(tmp_path, *files, guard=True)
    assert len(report["imported"]) == len(files), report


# Style ids as a Russian Word writes them: the names say what they are, the ids do not.
RUSSIAN_STYLES = (
    '<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="heading 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="List Bullet"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="af"><w:name w:val="Заголовок раздела"/>'
    '<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="af1"><w:name w:val="Мой подзаголовок"/>'
    '<w:basedOn w:val="af"/></w:style>'
)


def test_docx_headings_follow_style_names_and_outline_levels_not_ids(tmp_path) -> None:
    blocks = [("a3", "Газовая сделка"), ("a", "Соглашение подписано во вторник."),
              ("20", "Предыстория"), ("a5", "Торговля энергией"), ("af", "Итоги"),
              ("af1", "Подробности"), ("1", "Приложение"), ("a", "Переговоры продолжатся.")]  # fmt: skip
    article = read_file(write(tmp_path, "ru.docx", make_docx(blocks, styles_xml=RUSSIAN_STYLES)))
    assert article.title == "Газовая сделка"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "Соглашение подписано во вторник."), ("heading", "Предыстория"),
        ("item", "Торговля энергией"), ("heading", "Итоги"), ("heading", "Подробности"),
        ("heading", "Приложение"), ("paragraph", "Переговоры продолжатся."),
    ]  # fmt: skip


def test_docx_text_box_is_read_once_and_an_empty_document_says_so(tmp_path) -> None:
    box = "<w:txbxContent><w:p><w:r><w:t>Boxed quote from the minister.</w:t></w:r></w:p></w:txbxContent>"
    document = (
        f'<w:document {_W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<w:body><w:p><w:r><w:t>Before the box.</w:t></w:r><mc:AlternateContent><mc:Choice>"
        f"{box}</mc:Choice><mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:p>"
        "<w:p><w:r><w:t>After the box.</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    article = read_file(write(tmp_path, "box.docx", make_docx([], document_xml=document)))
    assert [b.text for b in article.blocks] == [
        "Before the box.", "Boxed quote from the minister.", "After the box."]  # fmt: skip
    with pytest.raises(IngestError, match="^empty document$"):
        read_file(write(tmp_path, "empty.docx", make_docx([])))


def test_docx_nested_paragraphs_read_in_one_walk_and_utf16_entities_refused(tmp_path) -> None:
    depth = 5000  # nested <w:p> made the old reader quadratic (65 s for a 475-byte file)
    opening = "".join(f"<w:p><w:r><w:t>Level {n} says a thing.</w:t></w:r>" for n in range(depth))
    document = (f"<w:document {_W}><w:body>{opening}" + "</w:p>" * depth
                + "</w:body></w:document>").encode()  # fmt: skip
    article = read_file(write(tmp_path, "deep.docx", make_docx([], document_xml=document)))
    assert article.blocks[-1].text == f"Level {depth - 1} says a thing."
    bomb = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY a "aaaa">]>'
        f"<w:document {_W}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(IngestError, match="entities"):
        read_file(write(tmp_path, "u16.docx", make_docx([], document_xml=bomb.encode("utf-16"))))


def test_pdf_title_is_the_largest_text_and_front_matter_is_not_paragraph_one(tmp_path) -> None:
    body = ("The compiler records traces of hot loops and specialises them to the types seen,"
            " which makes the generated code fast without a full type inference.")  # fmt: skip
    first_page = [
        (18, "Trace-based Compilation for"), (18, "Dynamic Languages"),
        "Ann Gale*+, Bob Rich*, Carla Stone#", "Mozilla Corporation*", "Abstract",
        "Dynamic languages are hard to compile well, as no types are written down.",
        "PLDI'09, June 15-20, 2009, Dublin, Ireland.", body, body,
    ]  # fmt: skip
    # No /Title in the file, only a creation stamp (2024-03-05) that is not the paper's date.
    article = read_file(write(tmp_path, "paper.pdf", make_pdf([first_page, [body, body]])))
    assert article.title == "Trace-based Compilation for Dynamic Languages"
    assert article.author == "Ann Gale, Bob Rich, Carla Stone"
    assert (article.date, article.date_precision) == ("2009-06", "month")
    texts = [b.text for b in article.blocks]
    assert not any("Trace-based" in text for text in texts)  # not repeated as ¶1
    assert "Abstract" in texts and not any("Abstract" in t and t != "Abstract" for t in texts)
    assert texts[0].startswith("Ann Gale")
