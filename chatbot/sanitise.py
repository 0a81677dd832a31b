"""Make user text safe to match and to echo back: no control characters, no escape sequences."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 1000  # longer messages are cut here (documented in README) and answered with a note

# ANSI/VT escape sequences (CSI, OSC and two-character escapes), removed whole so that no
# fragment like "[31m" survives once the ESC itself is gone.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")


def clean(text: str, limit: int = MAX_QUESTION_CHARS) -> tuple[str, bool]:
    """Text with escape sequences, control and format characters and lone surrogates removed,
    whitespace collapsed and cut to ``limit`` characters; and whether it was cut.

    >>> clean("what is\\x1b[31m MRI\\x00?\\u202e")
    ('what is MRI?', False)
    """
    if not isinstance(text, str):
        raise TypeError(f"a question must be a str, not {type(text).__name__}")
    cut = len(text) > limit * 4
    text = text[: limit * 4]  # bound the work before cleaning
    if not text.isprintable():  # only then can there be control characters or escape sequences
        text = _ESCAPES.sub("", text)
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become "?"
        text = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    kept = " ".join(text.split())
    if len(kept) > limit:
        return kept[:limit].rstrip(), True
    return kept, cut
