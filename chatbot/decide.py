"""Decide, from ranked candidates, whether to answer, ask which was meant, or decline.

Whether the best intent answers the question is judged by a small logistic model over the
evidence the matcher gathered (its score and their parts, the margin over the runner-up, the
best uncovered topic, and how much of the question is in words the knowledge base never uses).
The model gives a calibrated probability that answering is right; it is also the reply's
confidence. One rule comes before it: an uncovered topic far ahead of every intent
(``UNCOVERED_LEAD``) makes that probability 0, whatever the intent's own evidence. The
coefficients and the threshold are named settings below, fitted by ``scripts/fit_decision.py``
on the tuning files (tests/data/dev_questions*.yaml), never on the held-out ones; README.md
("How well it answers") gives the figures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from .match import Candidate
from .reply import ANSWER, CLARIFY, DECLINE

# The evidence, in order, and its coefficients (fitted by scripts/fit_decision.py).
FEATURES = (
    "score",  # the best intent's combined score
    "coverage",  # share of the question's weight it explains
    "overlap",  # its best weighted overlap with one example
    "phrase",  # its best rapidfuzz similarity with one example
    "margin",  # its lead over the best intent with other passages
    "rival",  # the best uncovered topic's score
    "rival_exclusive",  # that score again when the topic matched a word no intent uses, else 0
    "rival_lead",  # the uncovered topic's score minus the intent's
    "rare",  # share of the question's weight in rare words the knowledge base never uses
    "common",  # the same for everyday English words
)
COEFFICIENTS: tuple[float, ...] = (2.012, 1.371, 2.928, 0.776, 1.215, -4.110, -5.161, 1.023, -2.244, -1.435)
INTERCEPT = -1.512
# Answer when answering is more likely right than wrong. (Other thresholds only move answers
# between in-scope accuracy and declines along the same frontier; see the script's sweep.)
ANSWER_PROBABILITY = 0.5

# An uncovered topic this far ahead of every intent is what the question is about, whatever the
# model makes of the intent's own evidence ("best painkiller for AVN" is not a question about the
# NSAIDs the page lists). Chosen on the tuning files with the matcher's weights of 2026-12-06 (more
# phrase, less coverage evidence, which narrows the leads): 0.06 declined as much as 0.10 had
# before; 0.08 declined less, 0.04 cost in scope.
UNCOVERED_LEAD = 0.06
_RIVAL_LEAD = FEATURES.index("rival_lead")
CLARIFY_MARGIN = 0.03  # a runner-up this close (with other passages) makes the bot ask
CLARIFY_MAX = 0.60  # above this best score the winner is clear enough whatever the margin
UNCOVERED_MARGIN = 0.05  # a declined question names an uncovered topic this close to the best intent
MAX_SUGGESTIONS = 3
NEAREST_MIN = 0.3  # a declined question is offered the intents that scored at least this


@dataclass(frozen=True)
class Decision:
    """The outcome for one question."""

    kind: str
    intent: str | None = None
    confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)  # to clarify; or, declining, the nearest intents
    uncovered: str | None = None  # the uncovered topic that the question is about, if any


def evidence(candidates: list[Candidate], same_answer: Mapping[str, tuple[str, ...]]) -> list[float] | None:
    """The model's inputs for ranked candidates, or None when no intent matched at all."""
    covered = [c for c in candidates if c.covered]
    if not covered:
        return None
    best = covered[0]
    runner = next((c for c in covered[1:] if same_answer[c.key] != same_answer[best.key]), None)
    rival = next((c for c in candidates if not c.covered), None)
    rival_score = rival.score if rival else 0.0
    return [
        best.score,
        best.coverage,
        best.overlap,
        best.phrase,
        best.score - (runner.score if runner else 0.0),
        rival_score,
        # (A weak topic that happens to know one word of a long message says little.)
        rival_score if rival and rival.exclusive else 0.0,
        rival_score - best.score if rival else -1.0,
        best.rare,
        best.common,
    ]


def probability(features: list[float]) -> float:
    """The model's probability that answering with the best intent is right."""
    return sigmoid(INTERCEPT + sum(w * x for w, x in zip(COEFFICIENTS, features, strict=True)))


def sigmoid(z: float) -> float:
    """The logistic function, clamped so that no input overflows."""
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def confidence(candidates: list[Candidate], same_answer: Mapping[str, tuple[str, ...]]) -> float:
    """How likely answering with the best of these candidates is right (0 when none matched)."""
    features = evidence(candidates, same_answer)
    return _answerable(features) if features is not None else 0.0


def overruled(features: list[float]) -> bool:
    """Whether an uncovered topic leads the best intent by ``UNCOVERED_LEAD`` or more: then the
    question is declined whatever the model makes of the rest."""
    return features[_RIVAL_LEAD] >= UNCOVERED_LEAD


def _answerable(features: list[float]) -> float:
    return 0.0 if overruled(features) else probability(features)


def decide(candidates: list[Candidate], same_answer: Mapping[str, tuple[str, ...]]) -> Decision:
    """Turn ranked candidates into an answer, a clarification or a decline.

    ``same_answer`` maps intent ids to their passage ids, so that two intents answered by the
    same passages never trigger a pointless "Did you mean ...?".
    """
    features = evidence(candidates, same_answer)
    rival = next((c for c in candidates if not c.covered), None)
    if features is None:
        topic = _topic(rival) if rival and rival.exclusive else None
        return Decision(DECLINE, confidence=1.0, uncovered=topic)
    best = next(c for c in candidates if c.covered)
    p = _answerable(features)
    if p < ANSWER_PROBABILITY:
        near = rival is not None and rival.score >= best.score - UNCOVERED_MARGIN
        nearest = [c.key for c in candidates if c.covered and c.score >= NEAREST_MIN][:MAX_SUGGESTIONS]
        topic = _topic(rival) if near and rival else None
        return Decision(DECLINE, confidence=1 - p, suggestions=nearest, uncovered=topic)
    close = [
        c
        for c in candidates
        if c.covered
        and c is not best
        and best.score - c.score <= CLARIFY_MARGIN
        and same_answer[c.key] != same_answer[best.key]
    ]
    if close and best.score < CLARIFY_MAX:
        options = [best.key, *(c.key for c in close)][:MAX_SUGGESTIONS]
        return Decision(CLARIFY, confidence=p, suggestions=options)
    return Decision(ANSWER, intent=best.key, confidence=p)


def _topic(candidate: Candidate) -> str:
    return candidate.key.split(":", 1)[1]
