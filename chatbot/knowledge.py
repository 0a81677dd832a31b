"""The knowledge base a bot answers from: passages of a source document, intents, synonyms.

``load()`` reads and validates an intents.yaml file (the work is done in ``chatbot.loader``):
every passage is located in the source text and checked to be an exact slice of it, so the bot
can only ever return the document's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Far above any real knowledge base or source document; stops a runaway file early. (Here, not in
# yamlfile: the cache reads files too, and a cached start must not import YAML.)
MAX_FILE_BYTES = 20 * 1024 * 1024

BUNDLED_KB = Path(__file__).parent / "data" / "intents.yaml"


@dataclass(frozen=True)
class Passage:
    """A verbatim slice of the source document: ``source_text[start:end] == text``."""

    id: str
    text: str
    heading: str
    start: int
    end: int
    line: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "heading": self.heading,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
        }


@dataclass(frozen=True)
class Source:
    """Where the passages come from, as an attribution names it."""

    title: str
    publisher: str
    url: str
    copyright: str
    disclaimer: tuple[Passage, ...] = ()
    notice: tuple[Passage, ...] = ()  # the full copyright notice, where the document has one

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the disclaimer is available from ``/source`` and ``chatbot show``)."""
        return {
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "copyright": self.copyright,
        }

    def citation(self, headings: list[str] | tuple[str, ...] = ()) -> str:
        """One line naming the document, its sections, publisher, address and copyright."""
        sections = list(dict.fromkeys(h for h in headings if h != self.title))
        label = "sections" if len(sections) > 1 else "section"
        where = f'"{self.title}"' + (f" ({label}: {'; '.join(sections)})" if sections else "")
        return f"Source: {where}, {self.publisher}, {self.url}. {self.copyright}"


@dataclass(frozen=True)
class Intent:
    """One question the document answers."""

    id: str
    question: str
    examples: tuple[str, ...]
    answer: tuple[str, ...]
    related: tuple[str, ...] = ()
    section: str = ""

    @property
    def phrasings(self) -> tuple[str, ...]:
        """Its own question, then its example phrasings."""
        return (self.question, *self.examples)


@dataclass(frozen=True)
class UncoveredTopic:
    """A question near the document's subject that it does not answer."""

    topic: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    """A validated knowledge base, ready for matching."""

    path: str
    source: Source
    source_text: str
    sections: tuple[str, ...]
    passages: dict[str, Passage]
    intents: tuple[Intent, ...]
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_covered: tuple[UncoveredTopic, ...] = ()
    source_file: str = ""  # the source document's file name, relative to the knowledge base file
    # particular things the document names only by their kind, each to its kind's synonym key
    unnamed: dict[str, str] = field(default_factory=dict)
    _by_id: dict[str, Intent] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen, so set once here: the matcher looks intents up by id on every question.
        object.__setattr__(self, "_by_id", {intent.id: intent for intent in self.intents})

    def intent(self, intent_id: str) -> Intent:
        """The intent with this id (KeyError if there is none)."""
        return self._by_id[intent_id]

    def passages_of(self, intent: Intent) -> list[Passage]:
        """The passages that answer an intent, in the order the knowledge base gives."""
        return [self.passages[pid] for pid in intent.answer]


def load(path: str | Path = BUNDLED_KB) -> KnowledgeBase:
    """Load and validate a knowledge base file.

    Raises KnowledgeBaseError naming the file, the line or intent, and what to fix.
    """
    from .loader import Loader  # YAML is parsed only here; a cached knowledge base never needs it

    return Loader(Path(path)).load()


def to_data(kb: KnowledgeBase) -> dict[str, Any]:
    """A validated knowledge base as plain JSON-ready data (the source text itself is left out)."""
    source = kb.source
    return {
        "source": [source.title, source.publisher, source.url, source.copyright],
        "disclaimer": [p.id for p in source.disclaimer],
        "notice": [p.id for p in source.notice],
        "source_file": kb.source_file,
        "sections": list(kb.sections),
        "passages": {p.id: [p.heading, p.start, p.end, p.line] for p in kb.passages.values()},
        "intents": [
            [i.id, i.question, list(i.examples), list(i.answer), list(i.related), i.section] for i in kb.intents
        ],
        "synonyms": {k: list(v) for k, v in kb.synonyms.items()},
        "not_covered": [[t.topic, list(t.examples)] for t in kb.not_covered],
        "unnamed": dict(kb.unnamed),
    }


def from_data(data: dict[str, Any], path: str, source_text: str) -> KnowledgeBase:
    """The knowledge base ``to_data`` described, over the same source text.

    The caller vouches that ``data`` came from a validated load of these very files (the cache
    checks both files' hashes); the passages are sliced from ``source_text`` again, so each is
    still an exact slice of the source, and a slice out of range is refused.
    """
    passages = {}
    for pid, (heading, start, end, line) in data["passages"].items():
        if not 0 <= start < end <= len(source_text):
            raise ValueError(f"passage {pid} lies outside the source text")
        passages[pid] = Passage(pid, source_text[start:end], heading, start, end, line)
    title, publisher, url, copyright_line = data["source"]
    disclaimer = tuple(passages[p] for p in data["disclaimer"])
    return KnowledgeBase(
        path=path,
        source=Source(title, publisher, url, copyright_line, disclaimer, tuple(passages[p] for p in data["notice"])),
        source_text=source_text,
        sections=tuple(data["sections"]),
        passages=passages,
        intents=tuple(
            Intent(i, q, tuple(e), tuple(a), tuple(r), section) for i, q, e, a, r, section in data["intents"]
        ),
        synonyms={k: tuple(v) for k, v in data["synonyms"].items()},
        not_covered=tuple(UncoveredTopic(t, tuple(e)) for t, e in data["not_covered"]),
        source_file=data["source_file"],
        unnamed=dict(data["unnamed"]),
    )


def read_limited(path: Path) -> bytes | None:
    """A file's bytes, or None when it holds more than MAX_FILE_BYTES (a device or pipe included)."""
    with path.open("rb") as file:
        data = file.read(MAX_FILE_BYTES + 1)
    return data if len(data) <= MAX_FILE_BYTES else None


def source_path(path: str | Path, file_name: str) -> Path:
    """Where a knowledge base's source document lives: beside the real (link-resolved) YAML file."""
    return Path(path).resolve().parent / file_name
