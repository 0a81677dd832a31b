"""Lay out replies and listings for reading: pure functions from values (and a Look) to text.

With ``Look()`` (no wrapping, no colour) the text is the plain form that is ready to paste into an
email; a terminal gets the same words wrapped to its width, with bold headings and a dim source
line. Nothing here prints; only ``colour_wanted`` reads the environment (NO_COLOR).
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .reply import ANSWER, Reply, Suggestion, under_headings

if TYPE_CHECKING:
    from .bot import Match
    from .knowledge import Intent, Passage, Source

MAX_WIDTH = 100  # longer lines are tiring to read, however wide the terminal is

_BOLD, _DIM = "1", "2"
# A list item or a numbered suggestion: its wrapped lines are indented under the item's text.
_ITEM = re.compile(r"^(\s*)((?:[-*•]|\d+\.)\s+)?")


@dataclass(frozen=True)
class Look:
    """How to lay text out: the width to wrap to (0: do not wrap) and whether to use colour."""

    width: int = 0
    colour: bool = False


def colour_wanted(terminal: bool = True) -> bool:
    """Whether to colour output: on a terminal, unless NO_COLOR is set (https://no-color.org)."""
    return terminal and not os.environ.get("NO_COLOR")


def style(text: str, code: str, look: Look) -> str:
    """Text inside one ANSI SGR style, when the look has colour; else the text itself."""
    return f"\x1b[{code}m{text}\x1b[0m" if look.colour and text else text


def wrap(text: str, look: Look) -> str:
    """Each line wrapped to the look's width; list items keep a hanging indent.

    >>> print(wrap("- one two three four", Look(width=12)))
    - one two
      three four
    """
    if look.width <= 0:
        return text
    return "\n".join(_wrap_line(line, look.width) for line in text.split("\n"))


def _wrap_line(line: str, width: int) -> str:
    if len(line) <= width:
        return line
    match = _ITEM.match(line)
    hanging = " " * (match.end() if match else 0)
    return textwrap.fill(line, width, subsequent_indent=hanging, break_long_words=False, break_on_hyphens=False)


def render_reply(reply: Reply, look: Look) -> str:
    """A reply for reading: with ``Look()`` it is exactly ``reply.text``.

    Answer replies get their section headings in bold and the source line dim; other replies get
    their suggestion numbers in bold.
    """
    if reply.kind == ANSWER and reply.passages:
        return render_passages(reply.passages, reply.source, look)
    return "\n\n".join(_bold_numbers(wrap(paragraph, look), look) for paragraph in reply.text.split("\n\n"))


def _bold_numbers(text: str, look: Look) -> str:
    if not look.colour:
        return text
    return re.sub(r"(?m)^(\s+)(\d+\.)(?= )", lambda m: m.group(1) + style(m.group(2), _BOLD, look), text)


def render_notes(reply: Reply, look: Look) -> str:
    """The reply's notes (such as "your message was cut"), one dim line each."""
    return "\n".join(style(wrap(f"({note})", look), _DIM, look) for note in reply.notes)


def render_greeting(source: Source, starters: Sequence[Suggestion], look: Look) -> str:
    """What the chat says first: what it answers, where answers come from, and no medical advice."""
    intro = (
        f'Hello! I answer questions about "{source.title}" with passages quoted word for word from '
        f"{source.publisher}, so I can tell you only what that page says. I don't give medical advice: "
        "for questions about your own health, please ask your doctor."
    )
    lines = [wrap(intro, look), "", "You could ask:"]
    lines += [wrap(f"  - {s.question}", look) for s in starters]
    lines += ["", style(wrap("Type a question, or /help for commands. Ctrl-D or /quit leaves.", look), _DIM, look)]
    return "\n".join(lines)


def render_topics(groups: Iterable[tuple[str, Sequence[Intent]]], look: Look, ids: bool = False) -> str:
    """Every question the bot answers, under the document's section headings.

    With ``ids`` each question follows its intent id (for ``chatbot show``).
    """
    groups = list(groups)
    pad = max((len(i.id) for _, items in groups for i in items), default=0)
    blocks = []
    for section, intents in groups:
        lines = [style(section, _BOLD, look)]
        for intent in intents:
            lead = f"  {intent.id:<{pad}}  " if ids else "  - "
            lines.append(_hang(lead, intent.question, look))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _hang(lead: str, text: str, look: Look) -> str:
    if look.width <= 0:
        return lead + text
    indent = " " * len(lead)
    return textwrap.fill(
        text, look.width, initial_indent=lead, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def render_source(source: Source, look: Look) -> str:
    """The full attribution: title, publisher and address, the disclaimer, and the copyright."""
    parts = [style(f'"{source.title}"', _BOLD, look) + f", {source.publisher}\n{source.url}"]
    if source.disclaimer:
        parts += [style("Disclaimer", _BOLD, look), *(wrap(p.text, look) for p in source.disclaimer)]
    # The full notice when the knowledge base names it (it ends with the copyright line itself).
    notice = [wrap(p.text, look) for p in source.notice]
    parts += [style("Copyright", _BOLD, look), *notice] if notice else [source.copyright]
    if notice and source.copyright not in (p.text for p in source.notice):
        parts.append(source.copyright)
    return "\n\n".join(parts)


def render_passages(
    passages: Sequence[Passage], source: Source, look: Look, marks: Sequence[Sequence[tuple[int, int]]] = ()
) -> str:
    """Passages under their headings, then the source line; ``marks`` highlights spans of each.

    With ``Look()`` this is ``chatbot.reply.answer_text(passages, source)``.
    """
    parts: list[str] = []
    for index, (heading, passage) in enumerate(under_headings(passages)):
        if heading:
            parts.append(style(heading, _BOLD, look))
        spans = marks[index] if index < len(marks) else ()
        parts.append(_highlight(wrap(passage.text, look), passage.text, spans, look))
    citation = wrap(source.citation([p.heading for p in passages]), look)
    parts.append("\n".join(style(line, _DIM, look) for line in citation.split("\n")))
    return "\n\n".join(parts)


def _highlight(wrapped: str, original: str, spans: Sequence[tuple[int, int]], look: Look) -> str:
    """Bold the words at ``spans`` of ``original`` in its wrapped form (which only changed spaces)."""
    if not look.colour or not spans:
        return wrapped
    words = [original[start:end] for start, end in spans]
    # A phrase may have been wrapped across lines: any run of whitespace stands for its spaces.
    alternatives = [r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True)]
    pattern = re.compile("|".join(rf"\b{a}\b" for a in alternatives))
    return pattern.sub(lambda m: style(m.group(0), _BOLD, look), wrapped)


def render_matches(matches: Sequence[Match]) -> str:
    """Candidate intents as a table: confidence, intent id, question."""
    pad = max((len(m.intent) for m in matches), default=0)
    return "\n".join(f"{m.confidence:.3f}  {m.intent:<{pad}}  {m.question}" for m in matches)
