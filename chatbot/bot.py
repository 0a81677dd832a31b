"""The library's front door: a Chatbot over one knowledge base."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from . import cache
from .conversation import Conversation
from .decide import Decision, confidence, decide
from .knowledge import BUNDLED_KB, Intent, KnowledgeBase, Passage, Source, load
from .match import Matcher
from .normalise import Analysis, Normaliser, english_words, vocabulary_counts
from .reply import ADVICE, ANSWER, CLARIFY, DECLINE, SMALLTALK, Reply, Suggestion, answer_text, suggestions_text
from .sanitise import clean
from .unnamed import UnnamedReader

STARTERS = 3  # questions offered when a reply has nothing nearer to offer


@dataclass(frozen=True)
class Match:
    """A candidate intent for a question, for people who pick the answer themselves."""

    intent: str
    question: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"intent": self.intent, "question": self.question, "confidence": round(self.confidence, 3)}


class Chatbot:
    """Answers questions with verbatim passages of one source document.

    >>> bot = Chatbot()
    >>> reply = bot.ask("how do they diagnose AVN?")
    >>> reply.intent
    'diagnosis'
    >>> reply.passages[0].text.startswith("Early diagnosis and intervention are essential")
    True

    ``ask`` keeps no state, so one Chatbot can serve many threads and users; ``conversation()``
    gives one user's session with follow-up context.
    """

    def __init__(self, kb: KnowledgeBase | None = None):
        if kb is None:
            self._prepare_file(BUNDLED_KB)
        else:
            self._prepare(kb)

    @classmethod
    def from_file(cls, path: str | Path) -> Chatbot:
        """A Chatbot over another knowledge base file (raises KnowledgeBaseError if it is broken).

        The prepared knowledge base is cached (see ``chatbot.cache``), so the next start is fast.
        """
        bot = cls.__new__(cls)
        bot._prepare_file(Path(path))
        return bot

    def _prepare_file(self, path: Path) -> None:
        cached = cache.entry(path)
        hit = cached.lookup() if cached else None
        if hit is not None:
            try:
                self._prepare(*hit)
                return
            except (KeyError, TypeError, ValueError, IndexError):
                pass  # an entry of another shape: load afresh, and the store below replaces it
        self._prepare(load(path))
        if cached:
            cached.store(self.kb, self._prepared())

    def _prepare(self, kb: KnowledgeBase, prepared: dict[str, Any] | None = None) -> None:
        self.kb = kb
        if prepared is None:
            texts = [kb.source_text, *(e for i in kb.intents for e in i.phrasings)]
            texts += [e for t in kb.not_covered for e in (t.topic, *t.examples)]
            counts, stems, phrases, analyses = vocabulary_counts(texts, kb.synonyms), None, None, None
        else:
            counts, stems, analyses = prepared["counts"], prepared["stems"], prepared["analyses"]
            phrases = prepared["phrases"]
        self.normaliser = Normaliser(kb.synonyms, counts, english_words, stems, phrases)
        self.answers = {i.id: i.answer for i in kb.intents}
        self.matcher = Matcher(kb, self.normaliser, analyses, lambda ranked: confidence(ranked, self.answers))
        # The intent each passage answers on its own (a namesake first), for "the second one".
        self._alone = {i.answer[0]: i.id for i in reversed(kb.intents) if len(i.answer) == 1}
        self._alone.update({i.id: i.id for i in kb.intents if i.answer == (i.id,)})
        self._lists: dict[str, list[str]] | None = None  # for siblings(), made on first need
        self._list_owners: dict[str, str] = {}  # for list_of(): the intent answering each part's list
        self._names: dict[str, str] | None = None  # see _part_names()
        self._by_name: dict[str, str] | None = None  # the same, name to thing
        self._thing_ids: frozenset[str] | None = None  # for is_thing()
        firsts: dict[str, Intent] = {}
        for intent in kb.intents:
            firsts.setdefault(intent.section, intent)
        chosen = list(firsts.values())[1:] or list(firsts.values())  # the first section is the summary
        self._starters = [Suggestion(i.id, i.question) for i in chosen[:STARTERS]]

    def _prepared(self) -> dict[str, Any]:
        # The checks that read passages (what a list names, what a line explains) stem their words
        # on first need; stemmed now, they are in the cache, and a cached start never loads the stemmer.
        for line in self.kb.source_text.splitlines():
            self.matcher.text_terms(line)
        return {
            "counts": dict(self.normaliser.counts),
            "stems": self.normaliser.stems(),
            "phrases": self.normaliser.phrases(),
            "analyses": self.matcher.prepared(),
        }

    @property
    def source(self) -> Source:
        """The attribution of the knowledge base's source document."""
        return self.kb.source

    @cached_property
    def unnamed(self) -> UnnamedReader:
        """Reads whether a message asks if a particular thing is one of those the document names
        only by their kind ("is ibuprofen one of those?" of the NSAIDs)."""
        return UnnamedReader(self.kb.unnamed, self.kb.synonyms)

    @cached_property
    def title_terms(self) -> frozenset[str]:
        """The terms of the document's title: what "the disease" is named ("Osteonecrosis")."""
        return frozenset(self.normaliser.analyse(self.source.title, everyday=False).terms)

    # -- asking ------------------------------------------------------------------------------
    def ask(self, question: str) -> Reply:
        """Answer one message on its own, with no conversation context.

        The same path as a conversation's first turn: small talk and requests for personal
        advice get the bot's own short replies; questions get passages, a clarification or a
        decline.
        """
        return self.conversation().ask(question)

    def build(self, text: str, decision: Decision, notes: list[str] | None = None) -> Reply:
        """Turn a decision into a Reply with its text."""
        notes = notes or []
        if decision.kind == ANSWER and decision.intent:
            return self.answer(text, decision.intent, decision.confidence, notes)
        if decision.kind == CLARIFY:
            suggestions = [self.suggestion(i) for i in decision.suggestions]
            body = suggestions_text(
                "I'm not sure which you mean. Did you mean:",
                suggestions,
                "Reply with a number, or ask again in other words.",
            )
            return self._plain(CLARIFY, text, body, decision.confidence, suggestions, notes)
        return self.decline(text, decision.uncovered, decision.confidence, notes, decision.suggestions)

    def answer(self, text: str, intent_id: str, confidence: float = 1.0, notes: list[str] | None = None) -> Reply:
        """The reply that answers with one intent's passages."""
        passages = self.kb.passages_of(self.kb.intent(intent_id))
        body = answer_text(passages, self.kb.source)
        return Reply(ANSWER, body, text, self.kb.source, passages, intent_id, confidence, [], notes or [])

    def decline(
        self,
        text: str,
        topic: str | None = None,
        confidence: float = 1.0,
        notes: list[str] | None = None,
        nearest: list[str] | None = None,
    ) -> Reply:
        """The reply that says the document does not answer, and what it can answer instead.

        ``nearest`` are the intents closest to the question; without them, the document's
        first questions are offered.
        """
        title = f'"{self.kb.source.title}" by {self.kb.source.publisher}'
        lead = f"I can't answer that from {title}"
        lead += f": it does not cover {topic}." if topic else "."
        if nearest:  # the nearest intents, then what is related to the nearest one
            ids = list(dict.fromkeys([*nearest, *self.kb.intent(nearest[0]).related]))[:STARTERS]
            offered = [self.suggestion(i) for i in ids]
        else:
            offered = self.starters()
        body = suggestions_text(lead + " It can answer questions such as:", offered)
        return self._plain(DECLINE, text, body, confidence, offered, notes or [])

    def say(self, kind: str, text: str, body: str, suggestions: list[Suggestion] | None = None) -> Reply:
        """A reply in the bot's own words (small talk, advice refusal): never a passage."""
        if kind not in (SMALLTALK, ADVICE, DECLINE, CLARIFY):
            raise ValueError(f"say() is for the bot's own words, not {kind!r}")
        return self._plain(kind, text, body, 1.0, suggestions or [], [])

    def _plain(
        self, kind: str, text: str, body: str, confidence: float, suggestions: list[Suggestion], notes: list[str]
    ) -> Reply:
        return Reply(kind, body, text, self.kb.source, [], None, confidence, suggestions, notes)

    # -- what it knows -----------------------------------------------------------------------
    def candidates(self, question: str, limit: int = 3) -> list[Match]:
        """The best intents for a question, best first (for staff); confidence is the match score, 0..1."""
        text, _ = clean(question)
        _, ranked = self.matcher.understand(text, limit=limit + len(self.kb.not_covered))
        return [Match(c.key, self.kb.intent(c.key).question, min(1.0, c.score)) for c in ranked if c.covered][:limit]

    def suggestion(self, intent_id: str) -> Suggestion:
        """An intent as a suggestion (id and question)."""
        return Suggestion(intent_id, self.kb.intent(intent_id).question)

    def starters(self) -> list[Suggestion]:
        """A few questions that show what the document answers: the first of each section."""
        return list(self._starters)

    def parts(self, passages: list[Passage]) -> list[str]:
        """For an answer of several passages, the intent each passage answers on its own, in order
        (empty unless every passage has one)."""
        if len(passages) < 2:
            return []
        ids = [self._alone.get(p.id) for p in passages]
        return [i for i in ids if i] if all(ids) else []

    def parts_of(self, intent_id: str) -> list[str]:
        """``parts`` of one intent's answer: the surgeries after "Which surgeries exist?"."""
        return self.parts(self.kb.passages_of(self.kb.intent(intent_id)))

    def listed(self, intent_id: str) -> list[str]:
        """The list an intent's answer gives: its parts (the surgeries), else the things its
        passages name ("The doctor may use X-ray or MRI")."""
        return self.parts_of(intent_id) or self.named(intent_id)

    def named(self, intent_id: str) -> list[str]:
        """The parts of the document's lists (see ``siblings``) that an intent's passages name, in
        the order they name them: "The doctor may use X-ray or MRI" names the X-ray and the MRI, so
        "the first one" after it is the X-ray. Empty unless they name two or more besides the intent.
        (Each passage's terms are read once, by the matcher.)
        """
        terms = [t for p in self.kb.passages_of(self.kb.intent(intent_id)) for t in self.matcher.text_terms(p.text)]
        first = {
            thing: terms.index(name)
            for thing, name in self._part_names().items()
            if thing != intent_id and name in terms
        }
        named = sorted(first, key=lambda thing: first[thing])
        return named if len(named) >= 2 else []

    def siblings(self, intent_id: str) -> list[str]:
        """The shortest list of parts (see ``parts``) that an intent is one of: the surgeries, the tests."""
        return self._part_lists().get(intent_id, [])

    def list_of(self, intent_id: str) -> str | None:
        """The intent whose answer is the list ``siblings`` gives (the surgeries' for the bone graft),
        or None when the intent is part of no list."""
        self._part_lists()
        return self._list_owners.get(intent_id)

    def _part_lists(self) -> dict[str, list[str]]:
        if self._lists is None:  # most conversations never pick by number: not worth start-up time
            lists: dict[str, list[str]] = {}
            for intent in self.kb.intents:
                parts = self.parts_of(intent.id)
                for part in parts:
                    if part not in lists or len(parts) < len(lists[part]):
                        lists[part] = parts
                        self._list_owners[part] = intent.id
            self._lists = lists
        return self._lists

    def summary_of(self, asked: list[str]) -> str | None:
        """The summary intent (the first of the document's first section, "Give me an overview"),
        when a message asks what the subject is and, in the same breath, things of other sections
        that the summary's passages speak of: "what is it, how is it found and how is it treated?"
        (the summary says what it is, that imaging tests "look for signs of the disease", and which
        treatments slow it). None otherwise: "what causes it and how is it treated?" asks for more
        than the summary says."""
        if len(asked) < 2 or not self.kb.intents:
            return None
        first = self.kb.intents[0]
        matcher = self.matcher
        said = matcher.said(first.id)
        rest = [key for key in asked if key != first.id]
        if len(rest) < len(asked):
            # asked for the summary itself, and for what it says: "a quick rundown of what it is, how
            # it's found and what treatments exist"
            covered = all(matcher.question_terms(key) - matcher.subject <= said for key in rest)
            return first.id if covered else None
        sections = {self.kb.intent(key).section for key in asked}
        if first.section in sections or len(sections) < 2:
            return None  # questions of one section
        if not set(asked) & set(matcher.defining()):
            return None
        if all(matcher.question_terms(key) - matcher.subject <= said for key in asked):
            return first.id
        return None

    @cached_property
    def care_intent(self) -> str | None:
        """The intent that says how the subject is treated: "how is it treated?" read on its own (an
        English knowledge base's), or None when nothing answers it. What comes "now" after talk of
        the disease (see ``Conversation``)."""
        decision = decide(self.matcher.understand("how is it treated")[1], self.answers)
        return decision.intent if decision.kind == ANSWER else None

    def sections_of(self, intent_id: str) -> frozenset[str]:
        """The headings of the sections an intent's passages are under."""
        passages = self.kb.passages
        return frozenset(passages[p].heading for p in self.answers[intent_id])

    def about_the_page(self, intent_id: str) -> bool:
        """Whether an intent answers only with the page's own disclaimer or notice (where it comes from,
        its copyright): not about the subject at all."""
        own = {p.id for p in (*self.kb.source.disclaimer, *self.kb.source.notice)}
        return set(self.answers[intent_id]) <= own

    def is_thing(self, intent_id: str) -> bool:
        """Whether an intent is about a thing of its own (a test, a treatment), not the subject: its
        section is neither the document's first (the summary) nor one that says what the subject is."""
        return intent_id in self._things()

    def names_thing(self, analysis: Analysis) -> bool:
        """Whether a question names a test or treatment of the document's lists by its name ("the
        MRI", "an osteotomy"; see ``_part_names``), not merely a word of some section's question
        ("where does it hurt?" names no thing)."""
        names = self._part_names().values()
        return any(t in names for t in analysis.terms)

    def things_named(self, analysis: Analysis) -> list[str]:
        """The tests or treatments of the document's lists a text names by their names, in order."""
        things = self._things_by_name()
        return list(dict.fromkeys(things[t] for t in analysis.terms if t in things))

    def one_thing(self, analysis: Analysis, past_subject: bool = False) -> str | None:
        """The one test or surgery a text names ("my surgeon suggested an osteotomy": the
        osteotomy), by its name (see ``_part_names``). None if it names several, or names the
        subject after it, unless ``past_subject``. Only the parts of the document's lists count:
        "my surgeon" names surgery, but no one surgery."""
        things = self._things_by_name()
        named: list[str] = []
        for term in analysis.terms:
            if term in self.matcher.subject and named and not past_subject:
                return None
            thing = things.get(term)
            if thing is not None and thing not in named:
                named.append(thing)
        return named[0] if len(named) == 1 else None

    def is_part(self, key: str | None) -> bool:
        """Whether an intent is one test or surgery of the document's lists (the MRI, the osteotomy)."""
        return key in self._part_names()

    def _part_names(self) -> dict[str, str]:
        """Each part of the document's lists by its name: the most telling word of its own question
        beyond the subject ("osteotomy", "MRI")."""
        if self._names is None:
            matcher = self.matcher
            names: dict[str, str] = {}
            for thing in self._part_lists():
                own = [t for t in matcher.question_terms(thing) if t not in matcher.subject]
                if own:
                    names[thing] = max(own, key=matcher.weight)
            self._names = names
        return self._names

    def _things_by_name(self) -> dict[str, str]:
        if self._by_name is None:
            self._by_name = {name: thing for thing, name in self._part_names().items()}
        return self._by_name

    def _things(self) -> frozenset[str]:
        if self._thing_ids is None:  # made on first need
            sections = {self.kb.intents[0].section} if self.kb.intents else set()
            sections |= {self.kb.intent(key).section for key in self.matcher.defining()}
            self._thing_ids = frozenset(i.id for i in self.kb.intents if i.section not in sections)
        return self._thing_ids

    def intent(self, intent_id: str) -> Intent:
        """One intent by id (KeyError if unknown)."""
        return self.kb.intent(intent_id)

    def topics(self) -> list[tuple[str, list[Intent]]]:
        """Every intent, grouped by the document section it answers from, in document order."""
        groups: dict[str, list[Intent]] = {s: [] for s in self.kb.sections}
        for intent in self.kb.intents:
            groups.setdefault(intent.section, []).append(intent)
        return [(section, items) for section, items in groups.items() if items]

    def passages(self) -> list[Passage]:
        """Every passage, in document order."""
        return sorted(self.kb.passages.values(), key=lambda p: p.start)

    def conversation(self) -> Conversation:
        """A new conversation: one user's session, which remembers what it just talked about."""
        return Conversation(self)

    def conversation_from_dict(self, data: dict[str, Any]) -> Conversation:
        """A conversation restored from ``Conversation.to_dict()``, e.g. kept in a host bot's store."""
        return Conversation.from_dict(self, data)
