"""A plain rapidfuzz matcher, kept only to show what the real matcher gains (``chatbot eval --baseline``).

It is what a first FAQ bot usually does: fold the question, take the intent whose example
phrasing scores best with ``token_set_ratio``, and decline below a cutoff. No synonyms, no typo
correction per word, no weighting, no uncovered topics, no context.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from .bot import Chatbot
from .knowledge import Intent
from .normalise import fold
from .reply import Reply
from .sanitise import clean

BASELINE_CUTOFF = 70  # token_set_ratio below this declines: the best overall on the tuning sets (60-90 tried)


class Baseline:
    """Answers like a Chatbot, with plain fuzzy matching of whole phrasings."""

    def __init__(self, bot: Chatbot):
        self.bot = bot
        self._phrases = [fold(p) for i in bot.kb.intents for p in i.phrasings]
        self._owners = [i.id for i in bot.kb.intents for _ in i.phrasings]

    def ask(self, question: str) -> Reply:
        """The best-scoring intent's passages, or a decline below the cutoff."""
        text, _ = clean(question)
        found = process.extractOne(
            fold(text), self._phrases, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=BASELINE_CUTOFF
        )
        if found is None:
            return self.bot.decline(text)
        return self.bot.answer(text, self._owners[found[2]], found[1] / 100)

    def conversation(self) -> Baseline:
        """No context: every turn is answered on its own."""
        return self

    def intent(self, intent_id: str) -> Intent:
        """One intent by id, as the evaluation harness asks a bot."""
        return self.bot.intent(intent_id)
