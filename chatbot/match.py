"""Score a question against every intent and rank the candidates.

Two kinds of evidence are combined for each intent:

* keyword evidence: the question's terms weighted by how well they tell intents apart (inverse
  document frequency over intents), as the share of the question the intent explains and as the
  best weighted overlap with one of its examples;
* phrase evidence: rapidfuzz's similarity between the question and the intent's closest example,
  after both went through the same normalisation.

Topics the document does not cover are scored the same way, so a question about recovery time
finds its true home instead of the nearest passage.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .knowledge import KnowledgeBase
from .normalise import Analysis, Normaliser

# Weights of the three kinds of evidence; chosen on tests/data/dev_questions.yaml (see README).
COVERAGE_WEIGHT = 0.45
EXAMPLE_WEIGHT = 0.45
PHRASE_WEIGHT = 0.10
# Weight of a question word the knowledge base has never seen, as a share of the largest weight.
# A rare word ("osteoporosis", "Kienbock") is usually what the question is about, and something
# the document does not cover; an everyday English word ("whole", "week") is often just context.
UNKNOWN_WORD_SHARE = 1.0
COMMON_WORD_SHARE = 0.4
# A term used by at least this share of the intents is the document's subject ("osteonecrosis"):
# every intent and topic is taken to cover it, so an intent is not penalised for examples that
# happen not to name the disease.
SUBJECT_SHARE = 0.4
PHRASE_CUTOFF = 50  # rapidfuzz scores below this carry no phrase evidence
# A message with more terms than this is also read sentence by sentence, and the sentence that
# matches best decides: personal context around a question should not drown the question.
FOCUS_MIN_TERMS = 6
_SENTENCE_END = re.compile(
    r"(?<=[.?!;:])\s+|\s*\n+\s*|\s+(?:but|and|so)\s+(?=(?:what|how|can|could|is|are|does|do|will|should|which|where|why|when)\b)",
    re.I,
)


@dataclass(frozen=True)
class Candidate:
    """One intent (or uncovered topic) and how well a question matched it, 0..1."""

    key: str  # intent id, or "not_covered:<topic>"
    score: float
    covered: bool  # False for a topic the document does not cover
    example: str  # the closest example phrasing
    exclusive: bool = False  # an uncovered topic that matched a word no intent uses


@dataclass(frozen=True)
class _Doc:
    key: str
    covered: bool
    examples: tuple[str, ...]
    example_terms: tuple[frozenset[str], ...]
    phrases: tuple[str, ...]
    terms: frozenset[str]


class Matcher:
    """Ranks a knowledge base's intents for a question."""

    def __init__(self, kb: KnowledgeBase, normaliser: Normaliser):
        self.normaliser = normaliser
        docs: list[_Doc] = []
        for intent in kb.intents:
            docs.append(self._doc(intent.id, True, (intent.question, *intent.examples)))
        for topic in kb.not_covered:
            docs.append(self._doc(f"not_covered:{topic.topic}", False, topic.examples))
        self._docs = docs
        df: dict[str, int] = defaultdict(int)
        for doc in docs:
            for term in doc.terms:
                df[term] += 1
        n = len(docs)
        self._idf = {t: math.log(1 + n / d) for t, d in df.items()}
        intents = max(1, len(kb.intents))
        self._subject = frozenset(t for t, d in df.items() if d >= SUBJECT_SHARE * intents)
        self._intent_terms = frozenset().union(*(d.terms for d in docs if d.covered))
        top = max(self._idf.values(), default=1.0)
        self._unknown = UNKNOWN_WORD_SHARE * top
        self._common = COMMON_WORD_SHARE * top
        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, doc in enumerate(docs):
            for term in doc.terms:
                self._postings[term].append(index)
        self._phrases = [p for d in docs for p in d.phrases]
        self._owner = [i for i, d in enumerate(docs) for _ in d.phrases]

    def _doc(self, key: str, covered: bool, examples: tuple[str, ...]) -> _Doc:
        analyses = [self.normaliser.analyse(e) for e in examples]
        terms = tuple(frozenset(a.terms) for a in analyses)
        return _Doc(key, covered, examples, terms, tuple(a.phrase for a in analyses), frozenset().union(*terms))

    def understand(self, text: str, limit: int = 5) -> tuple[Analysis, list[Candidate]]:
        """Analyse and rank a message, focusing on its best-matching sentence when it is long."""
        analysis = self.normaliser.analyse(text)
        ranked = self.rank(analysis, limit)
        if len(analysis.terms) <= FOCUS_MIN_TERMS:
            return analysis, ranked
        best = (ranked[0].score if ranked else 0.0, analysis, ranked)
        for sentence in _SENTENCE_END.split(text):
            part = self.normaliser.analyse(sentence)
            if part.terms and part.terms != analysis.terms:
                part_ranked = self.rank(part, limit)
                if part_ranked and part_ranked[0].score > best[0]:
                    best = (part_ranked[0].score, part, part_ranked)
        return best[1], best[2]

    def weight(self, term: str, common: frozenset[str] = frozenset()) -> float:
        """How telling a term is: rare among intents is telling; an unknown word by its kind."""
        known = self._idf.get(term)
        if known is not None:
            return known
        return self._common if term in common else self._unknown

    def rank(self, analysis: Analysis, limit: int = 5) -> list[Candidate]:
        """The best candidates for an analysed question, best first."""
        query = frozenset(analysis.terms)
        if not query:
            return []
        weights = {t: self.weight(t, analysis.common) for t in query}
        total = sum(weights.values())
        touched = {i for t in query for i in self._postings.get(t, ())}
        if not touched:
            return []
        phrase = self._phrase_scores(analysis, touched)
        candidates = []
        for index in touched:
            doc = self._docs[index]
            coverage = sum(w for t, w in weights.items() if t in doc.terms or t in self._subject) / total
            best_example, best_overlap = 0, 0.0
            for n, terms in enumerate(doc.example_terms):
                shared = sum(w for t, w in weights.items() if t in terms)
                if shared:
                    size = sum(self.weight(t) for t in terms)
                    overlap = 2 * shared / (total + size)
                    if overlap > best_overlap:
                        best_example, best_overlap = n, overlap
            score = COVERAGE_WEIGHT * coverage + EXAMPLE_WEIGHT * best_overlap + PHRASE_WEIGHT * phrase.get(index, 0.0)
            exclusive = not doc.covered and any(t in doc.terms and t not in self._intent_terms for t in query)
            candidates.append(Candidate(doc.key, score, doc.covered, doc.examples[best_example], exclusive))
        candidates.sort(key=lambda c: -c.score)
        return candidates[:limit]

    def _phrase_scores(self, analysis: Analysis, touched: set[int]) -> dict[int, float]:
        """Best rapidfuzz similarity per intent between the question and its examples."""
        scores: dict[int, float] = {}
        for _, score, position in process.extract(
            analysis.phrase, self._phrases, scorer=fuzz.ratio, processor=None, score_cutoff=PHRASE_CUTOFF, limit=None
        ):
            owner = self._owner[position]
            if owner in touched and score / 100 > scores.get(owner, 0.0):
                scores[owner] = score / 100
        return scores
