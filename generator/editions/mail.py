"""The newsletter: an edition's e-mail as a complete MIME message.

The build renders each edition's e-mail as two pages, `editions/<key>/email.html` (a table
layout with inline styles, no script, no external resource, every link absolute) and
`email.txt` (its plain-text alternative), from the theme's `edition-email.html` and
`edition-email.txt`. `email_message` wraps the two into one multipart/alternative message
with the standard library's `email` package; sending it is the mail system's job
(docs/editions.md shows `sendmail` and an SMTP relay).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import urlsplit


def has_absolute_base(base_url: str) -> bool:
    """Whether `base_url` is a full http(s) URL, which e-mail links need (a reader's mail
    program has no page to resolve a relative link against)."""
    parts = urlsplit(base_url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def email_message(
    html: str,
    text: str,
    subject: str,
    *,
    sender: str = "",
    recipients: tuple[str, ...] = (),
    base_url: str = "",
    now: datetime | None = None,
) -> EmailMessage:
    """A multipart/alternative message: `text` first (the fallback), then `html` (what mail
    programs prefer); `From` and `To` only when given, so a mail tool can add its own."""
    message = EmailMessage()
    message["Subject"] = subject
    if sender:
        message["From"] = sender
    if recipients:
        message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    host = urlsplit(base_url).hostname
    message["Message-ID"] = make_msgid("edition", domain=host) if host else make_msgid("edition")
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message
