"""Make user text safe to match and to echo back: no control characters, no escape sequences."""

from __future__ import annotations

import re
import unicodedata

# Longer messages keep their last this many characters (documented in README) and get a note:
# a long message tells its story first and asks its question last.
MAX_QUESTION_CHARS = 1000
CUT_NOTE = f"Your message was longer than {MAX_QUESTION_CHARS} characters; I read only its end."

# ANSI/VT escape sequences (CSI, OSC and two-character escapes), removed whole so that no
# fragment like "[31m" survives once the ESC itself is gone.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str, limit: int = MAX_QUESTION_CHARS, keep_end: bool = True) -> tuple[str, bool]:
    """Text with escape sequences, control and format characters and lone surrogates removed,
    whitespace collapsed and cut to its last ``limit`` characters (its first, unless ``keep_end``:
    a message asks its question last, a line to show starts with what matters); and whether it was cut.

    >>> clean("what is\\x1b[31m MRI\\x00?\\u202e")
    ('what is MRI?', False)
    """
    if not isinstance(text, str):
        raise TypeError(f"a question must be a str, not {type(text).__name__}")
    cut = len(text) > limit * 4
    text = text[-limit * 4 :] if keep_end else text[: limit * 4]  # bound the work before cleaning
    if not text.isprintable():  # only then can there be control characters or escape sequences
        text = _ESCAPES.sub("", text)
        text = _SURROGATE.sub(" ", text)  # lone surrogates cannot even be encoded
        text = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    kept = " ".join(text.split())
    if len(kept) > limit:
        if not keep_end:
            return kept[:limit], True
        tail = kept[-limit:]
        return (tail.split(" ", 1)[1] if " " in tail[1:] else tail), True  # from a whole word
    return kept, cut
