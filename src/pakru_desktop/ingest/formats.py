"""Which files can be imported: the one list the readers, folder walks and file dialogs use.

Kept free of imports so the GUI can build its file-dialog filter without loading any reader.
"""

from __future__ import annotations

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
# Read from bytes by their own readers (pdf_reader, docx_reader, mhtml_reader).
BINARY_SUFFIXES = (".pdf", ".docx", ".mhtml", ".mht")
SUPPORTED_SUFFIXES = frozenset(TEXT_SUFFIXES + BINARY_SUFFIXES)
FILE_DIALOG_FILTER = (
    "Articles (" + " ".join(f"*{s}" for s in TEXT_SUFFIXES + BINARY_SUFFIXES) + ");;All files (*)"
)
