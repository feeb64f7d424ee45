"""Single-file saved pages (.mhtml/.mht, as browsers save them): the page's HTML part, read by
our HTML reader. The other parts (images, styles) are never decoded or loaded."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from .draft import Draft
from .errors import IngestError
from .html_reader import read_html


def read_mhtml(data: bytes) -> Draft:
    """MHTML bytes → the Draft of its HTML page, with the address it was saved from."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except (ValueError, TypeError, IndexError) as error:
        raise IngestError(f"damaged MHTML file ({error})") from None
    if not isinstance(message, EmailMessage):
        raise IngestError("damaged MHTML file")
    saved_from = str(message.get("Snapshot-Content-Location", "") or "")
    parts = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not parts:
        raise IngestError("no web page in this MHTML file (no text/html part)")
    main = next((p for p in parts if p.get("Content-Location", "") == saved_from), parts[0])
    try:
        html = main.get_content()
    except (LookupError, ValueError, UnicodeError) as error:
        raise IngestError(f"the page inside this MHTML file cannot be decoded ({error})") from None
    if not isinstance(html, str) or not html.strip():
        raise IngestError("the page inside this MHTML file is empty")
    draft = read_html(html)
    draft.url = draft.url or saved_from or str(main.get("Content-Location", "") or "")
    return draft
