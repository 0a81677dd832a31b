"""What the bot hands back: a Reply, with its passages, suggestions and source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .knowledge import Passage, Source

ANSWER = "answer"
CLARIFY = "clarify"
DECLINE = "decline"
SMALLTALK = "smalltalk"
ADVICE = "advice"  # a request for personal medical advice, politely refused
KINDS = (ANSWER, CLARIFY, DECLINE, SMALLTALK, ADVICE)


@dataclass(frozen=True)
class Suggestion:
    """An intent offered when the bot is unsure or when asked what else it knows."""

    intent: str
    question: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"intent": self.intent, "question": self.question}


@dataclass(frozen=True)
class Reply:
    """The bot's answer to one message.

    ``passages`` holds verbatim slices of the source; it is empty unless ``kind == "answer"``.
    ``text`` is the reply as a person reads it, attribution included.
    """

    kind: str
    text: str
    question: str
    source: Source
    passages: list[Passage] = field(default_factory=list)
    intent: str | None = None
    confidence: float = 0.0
    suggestions: list[Suggestion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        """True when the reply quotes the document."""
        return self.kind == ANSWER

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; ``chatbot ask --json`` prints exactly this."""
        return {
            "question": self.question,
            "kind": self.kind,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "passages": [p.to_dict() for p in self.passages],
            "suggestions": [s.to_dict() for s in self.suggestions],
            "source": self.source.to_dict(),
            "notes": list(self.notes),
            "text": self.text,
        }


def answer_text(passages: list[Passage], source: Source) -> str:
    """Passages under their headings, then one attribution line; ready to paste into an email."""
    parts: list[str] = []
    for heading, passage in under_headings(passages):
        parts += [heading, passage.text] if heading else [passage.text]
    parts.append(source.citation([p.heading for p in passages]))
    return "\n\n".join(parts)


def under_headings(passages: Sequence[Passage]) -> list[tuple[str | None, Passage]]:
    """Each passage with the heading to show above it: its own where a section starts, else None."""
    return [(p.heading if i == 0 or p.heading != passages[i - 1].heading else None, p) for i, p in enumerate(passages)]


def suggestions_text(lead: str, suggestions: list[Suggestion], tail: str = "") -> str:
    """A lead line, then the suggestions numbered from 1."""
    lines = [lead] + [f"  {n}. {s.question}" for n, s in enumerate(suggestions, 1)]
    if tail:
        lines.append(tail)
    return "\n".join(lines)
