"""How well right answers survive the ways people really type: `chatbot eval --perturb`.

Every labelled item is asked as written, then again with its turns changed the way a hurried,
polite or learning writer changes a question: no capitals or punctuation, a slipped letter, a
word spelt as it sounds, a greeting before it, a sign-off after it, articles left out, texting
fillers after it; before a first turn only, "could you tell me" or a line of story, and before a
later one "and", "so", "ok and" or "but". A turn the bot got right as written should stay right:
the share that does, of the turns the change alters and those after them, is the figure. The
changes are drawn from a generator seeded for each item, so a run is the same on every machine,
and adding an item changes no other's.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from .evaluate import Answerer, Turn, evaluate

Perturbation = Callable[[str, random.Random], str]

_PUNCTUATION = re.compile(r"[^\w\s]")
_ARTICLES = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)
_OPENERS = (
    "hi, ",
    "hello doctor, ",
    "quick q: ",
    "ok so ",
    "sorry to bother, ",
    "dear sir, ",
    "I was wondering, ",
    "random q but ",
    "good evening. ",
    "hey there, ",
)
_SIGN_OFFS = (" thanks", " thx", " x", " cheers mate", " ty in advance", " (asking for my mum)", " many thanks", " :)")
_FILLERS = (" pls asap", " btw", " tbh", " lol", " fyi", " pls help")
_REQUESTS = ("could you tell me ", "please can you tell me ", "I would like to know ", "can you explain ")
_STORY = "My mum has just been diagnosed and we are both worried. "
_CONTINUERS = ("and ", "and ", "so ", "ok and ", "but ")
_CONTINUED = re.compile(r"(?i)(?:and|but|so|ok|okay|then|also|plus|or|n)\b")  # (no "and and the third")
_MIN_SLIP_LETTERS = 5  # a slip goes into a word this long, as it does in real typing


def _lowercase(text: str, rng: random.Random) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split()) or text


def _slip(text: str, rng: random.Random) -> str:
    """One letter swapped with the next, dropped or doubled, in one longer word."""
    words = text.split()
    long_words = [n for n, w in enumerate(words) if len(w) >= _MIN_SLIP_LETTERS and w.isalpha()]
    if not long_words:
        return text
    n = rng.choice(long_words)
    word, at = words[n], rng.randrange(1, len(words[n]) - 2)
    words[n] = rng.choice(
        (
            word[:at] + word[at + 1] + word[at] + word[at + 2 :],
            word[:at] + word[at + 1 :],
            word[:at] + word[at] + word[at:],
        )
    )
    return " ".join(words)


# Spellings that sound like the word's own: "opshun" for "option", "fysical" for "physical".
_SOUND_ALIKES = (
    ("tion", "shun"),
    ("sion", "shun"),
    ("ph", "f"),
    ("ck", "k"),
    ("qu", "kw"),
    ("ous", "us"),
    ("ture", "cher"),
    ("ea", "ee"),
    ("ca", "ka"),
    ("co", "ko"),
    ("cu", "ku"),
    ("ce", "se"),
    ("ci", "si"),
    ("y", "i"),
)


def _sounded(text: str, rng: random.Random) -> str:
    """One longer word spelt as it sounds, by one of the ways English spells that sound."""
    words = text.split()
    found = [
        (n, spelt, sound)
        for n, word in enumerate(words)
        if len(word) >= _MIN_SLIP_LETTERS and word.isalpha()
        for spelt, sound in _SOUND_ALIKES
        if spelt in word[1:]
    ]
    if not found:
        return text
    n, spelt, sound = rng.choice(found)
    words[n] = words[n][0] + words[n][1:].replace(spelt, sound, 1)
    return " ".join(words)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


PERTURBATIONS: dict[str, Perturbation] = {
    "lowercase": _lowercase,
    "typo": _slip,
    "sound-alike": _sounded,
    "opener": lambda text, rng: rng.choice(_OPENERS) + _lower_first(text),
    "sign-off": lambda text, rng: text.rstrip("?.! ") + rng.choice(_SIGN_OFFS),
    "request": lambda text, rng: rng.choice(_REQUESTS) + _lower_first(text),
    "story": lambda text, rng: _STORY + text,
    "no-articles": lambda text, rng: _ARTICLES.sub("", text) or text,
    "texting": lambda text, rng: text.rstrip("?.! ") + rng.choice(_FILLERS),
    "and": lambda text, rng: text if _CONTINUED.match(text) else rng.choice(_CONTINUERS) + _lower_first(text),
}


@dataclass(frozen=True)
class Kept:
    """Of the turns answered right as written, how many stayed right once changed."""

    name: str
    kept: int
    of: int

    @property
    def share(self) -> float | None:
        return self.kept / self.of if self.of else None


# Said only where a conversation starts: a story, or "could you tell me", comes before a first
# question, not before "and the second one?"; "and" goes on from a turn before.
_OPENING_ONLY = frozenset({"request", "story"})
_FOLLOWING_ONLY = frozenset({"and"})


def perturbed(items: list[list[Turn]], name: str, seed: int = 0) -> list[list[Turn]]:
    """The items with their turns changed by one perturbation (KeyError for an unknown name). Each
    item draws from a generator of its own, so adding an item changes no other item's turns."""
    change = PERTURBATIONS[name]
    changed = []
    for number, item in enumerate(items):
        rng = random.Random(seed * _SEED_STRIDE + number)
        changed.append([turn if not _changes(name, turn) else _changed(turn, change(turn.q, rng)) for turn in item])
    return changed


_SEED_STRIDE = 1_000_003  # (items' generators of different seeds do not overlap below this many items)


def _changes(name: str, turn: Turn) -> bool:
    """Whether a perturbation changes a turn: a story or a request only a first one, "and" only a later one."""
    return not (turn.position and name in _OPENING_ONLY) and not (not turn.position and name in _FOLLOWING_ONLY)


def _changed(turn: Turn, text: str) -> Turn:
    return Turn(text, turn.expect, turn.kind, turn.dialogue, turn.position, turn.where)


def robustness(
    bot: Answerer, items: list[list[Turn]], names: list[str], seed: int = 0, right: list[bool] | None = None
) -> list[Kept]:
    """For each perturbation, how many of the turns it changes that the bot answers right as
    written it still answers right when the turns of their item are changed so. ``right``: whether
    each turn, in order, was answered right as written, if the items were scored already."""
    if right is None:
        right = [outcome.right for outcome in evaluate(bot, items).outcomes]
    results = []
    for name in names:
        changed_items = perturbed(items, name, seed)
        again = evaluate(bot, changed_items).outcomes
        # A turn counts when it, or a turn before it in its item, was changed: a story before the
        # first question may mislead the follow-ups too. (An item a change leaves as it was, as a
        # slip in a question of short words, tells nothing.)
        touched = [
            any(new.q != old.q for new, old in zip(changed_item[: n + 1], item[: n + 1], strict=True))
            for item, changed_item in zip(items, changed_items, strict=True)
            for n in range(len(item))
        ]
        counted = [after.right for hit, before, after in zip(touched, right, again, strict=True) if before and hit]
        results.append(Kept(name, sum(counted), len(counted)))
    return results


def format_robustness(results: list[Kept]) -> str:
    """The figures as text for a terminal."""
    lines = ["robustness (turns answered right as written that stay right when changed):"]
    for result in results:
        share = "   -  " if result.share is None else f"{result.share * 100:5.1f}%"
        lines.append(f"  {result.name:12} {share}  ({result.kept} of {result.of})")
    return "\n".join(lines)
