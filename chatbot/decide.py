"""Decide, from ranked candidates, whether to answer, ask which was meant, or decline.

The thresholds are named settings. They were chosen by running ``chatbot eval`` on
tests/data/dev_questions.yaml and tests/data/dev_dialogues.yaml and taking the values that
maximise the lower of in-scope accuracy and out-of-scope declines; the held-out files were not
used. README.md ("How well it answers") gives the figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .match import Candidate
from .reply import ANSWER, CLARIFY, DECLINE

ANSWER_MIN = 0.50  # below this best score, nothing in the document answers
CLARIFY_MARGIN = 0.03  # a runner-up this close (with other passages) makes the bot ask
CLARIFY_MAX = 0.60  # above this best score the winner is clear enough whatever the margin
UNCOVERED_MARGIN = 0.05  # an uncovered topic this close, on a word of its own, makes the bot decline
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Decision:
    """The outcome for one question."""

    kind: str
    intent: str | None = None
    confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    uncovered: str | None = None  # the uncovered topic that won, if any


def decide(candidates: list[Candidate], same_answer: dict[str, tuple[str, ...]]) -> Decision:
    """Turn ranked candidates into an answer, a clarification or a decline.

    ``same_answer`` maps intent ids to their passage ids, so that two intents answered by the
    same passages never trigger a pointless "Did you mean ...?".
    """
    covered = [c for c in candidates if c.covered]
    uncovered = [c for c in candidates if not c.covered]
    best = covered[0] if covered else None
    if best is None or best.score < ANSWER_MIN:
        top = uncovered[0].key.split(":", 1)[1] if uncovered and uncovered[0].score >= ANSWER_MIN else None
        return Decision(DECLINE, confidence=1 - (best.score if best else 0.0), uncovered=top)
    # An uncovered topic wins outright when it scores higher; within the margin only with a word of
    # its own, so "is it metal?" (a word the joint replacement passage answers) is not declined.
    rival = uncovered[0] if uncovered else None
    if rival and (rival.score > best.score or (rival.exclusive and rival.score >= best.score - UNCOVERED_MARGIN)):
        return Decision(DECLINE, confidence=rival.score, uncovered=rival.key.split(":", 1)[1])
    close = [
        c for c in covered[1:] if best.score - c.score <= CLARIFY_MARGIN and same_answer[c.key] != same_answer[best.key]
    ]
    if close and best.score < CLARIFY_MAX:
        options = [best.key, *(c.key for c in close)][:MAX_SUGGESTIONS]
        return Decision(CLARIFY, confidence=best.score, suggestions=options)
    return Decision(ANSWER, intent=best.key, confidence=min(1.0, best.score))
