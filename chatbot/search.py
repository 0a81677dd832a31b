"""Find the passages that mention some words, forgiving typos and word endings (``chatbot search``).

Unlike ``Chatbot.ask`` this does not guess what a question means: it is for support staff who
want every passage that says "steroids" or "crutches". Each searched word is corrected against
the knowledge base's vocabulary (as questions are), then compared by its stem, so "steriod"
finds "steroids" and "crutch" finds "crutches". Several words are a phrase: a passage matches
when they stand together in it, in that order ("range of motion", "x-ray").

>>> from chatbot import Chatbot
>>> result = search(Chatbot(), "crutchs")
>>> result.corrections
(('crutchs', 'crutches'),)
>>> [hit.passage.id for hit in result.hits]
['early_treatment']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .normalise import APOSTROPHE, fold, words

if TYPE_CHECKING:
    from .bot import Chatbot
    from .knowledge import Passage
    from .normalise import Normaliser

_TOKEN = re.compile(rf"[^\W_]+(?:{APOSTROPHE}[^\W_]+)*")  # a word, apostrophes inside it ("don't") included


@dataclass(frozen=True)
class Hit:
    """A passage that mentions the searched words, and where (offsets into ``passage.text``)."""

    passage: Passage
    spans: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the passage's fields and its matches as [start, end] pairs."""
        return {**self.passage.to_dict(), "matches": [list(span) for span in self.spans]}


@dataclass(frozen=True)
class SearchResult:
    """What a search looked for (after typo correction) and the passages it found, in document order."""

    query: str
    words: tuple[str, ...]
    corrections: tuple[tuple[str, str], ...]
    hits: tuple[Hit, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; ``chatbot search --json`` prints exactly this."""
        return {
            "query": self.query,
            "words": list(self.words),
            "corrections": [list(pair) for pair in self.corrections],
            "passages": [hit.to_dict() for hit in self.hits],
        }


def search(bot: Chatbot, query: str) -> SearchResult:
    """The passages of ``bot``'s document that mention ``query``, a word or a phrase.

    A passage that lies inside another passage already found is left out, so no text is listed twice.
    """
    normaliser = bot.normaliser
    corrected = [(word, normaliser.correct(word)) for word in words(query)]
    fixed = [part for _, word in corrected for part in word.split()]  # "bonegraft" is "bone graft"
    phrase = tuple(normaliser.stem(word) for word in fixed)
    hits: list[Hit] = []
    covered_to = -1
    if phrase:
        for passage in sorted(bot.kb.passages.values(), key=lambda p: (p.start, -p.end)):
            if passage.end <= covered_to:
                continue
            spans = _phrase_spans(passage.text, phrase, normaliser)
            if spans:
                hits.append(Hit(passage, spans))
                covered_to = passage.end
    corrections = tuple((a, b) for a, b in corrected if a != b)
    return SearchResult(query, tuple(fixed), corrections, tuple(hits))


def _phrase_spans(text: str, phrase: tuple[str, ...], normaliser: Normaliser) -> tuple[tuple[int, int], ...]:
    """(start, end) of each place where the words of ``text`` have the stems of ``phrase``."""
    tokens = [(normaliser.stem(fold(t.group())), t.span()) for t in _TOKEN.finditer(text)]
    size = len(phrase)
    return tuple(
        (tokens[i][1][0], tokens[i + size - 1][1][1])
        for i in range(len(tokens) - size + 1)
        if all(tokens[i + k][0] == phrase[k] for k in range(size))
    )
