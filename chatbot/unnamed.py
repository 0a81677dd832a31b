"""Whether a message asks if a particular thing is one that the document names only by its kind.

The page lists "non-steroidal anti-inflammatory drugs (NSAIDs)" and "blood clotting disorders", not
ibuprofen or factor V Leiden. A question about one of those is read as its kind ("does ibuprofen
help?" is answered by the NSAIDs), but whether it is one of them, or whether the page names it, the
page does not say: "is ibuprofen one of those?", "like naproxen?", "factor V Leiden specifically?".
The knowledge base lists such things under ``unnamed``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .normalise import fold

# what "those" is: a list just given, or the kind by its name ("one of the nsaids")
_THOSE = (
    r"(?:those|them|these|the ones|that list|the list|this list|the (?:\w+ ){0,3}?{kind}|"
    r"the (?:\w+ )?(?:causes|risk factors|risks|treatments|options))"
)
_LEAD = r"(?:(?:so|and|ok|okay|oh|hmm|right|like|um) )*"
# A question of its own after the thing is placed: "ibuprofen is an anti inflammatory, so would it help?"
_ASKS_ON = re.compile(
    r"\b(?:would|will|does|do|can|could|should|am|is|are|did) (?:it|that|this|they|i|he|she|we)\b(?! count)"
)


class UnnamedReader:
    """Reads the questions whether a particular thing is one of its kind that the page names.

    ``unnamed`` maps each particular thing, as the knowledge base writes it, to the synonym key
    of its kind; ``synonyms`` gives each key's variants, which name the kind ("anti-inflammatories").
    """

    def __init__(self, unnamed: Mapping[str, str], synonyms: Mapping[str, Iterable[str]]):
        self._names = {fold(name): name for name in unnamed}
        kinds = set(unnamed.values())
        self._kind_words = {fold(w) for k in kinds for w in (k, *synonyms.get(k, ()))} - set(self._names)
        self._frames: list[re.Pattern[str]] | None = None  # compiled when a message first names one

    def asked(self, text: str) -> str | None:
        """The particular thing the message asks to be placed among its kind, as the knowledge base
        writes it, or None.

        >>> reader = UnnamedReader({"ibuprofen": "nsaid"}, {"nsaid": ["nsaids", "anti inflammatories"]})
        >>> reader.asked("is ibuprofen one of those?"), reader.asked("does ibuprofen help?")
        ('ibuprofen', None)
        """
        folded = fold(text)
        if not any(name in folded for name in self._names):
            return None  # (most messages name none: the frames are not even compiled)
        if self._frames is None:
            self._frames = _frames(_alternation(self._names), _alternation(self._kind_words))
        for frame in self._frames:
            found = frame.search(folded)
            if found and not _ASKS_ON.search(folded, found.end()):
                return self._names[found.group("name")]
        return None


def _alternation(words: Iterable[str]) -> str:
    # longest first, so that "factor v leiden" is not read as "factor v"
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _frames(names: str, kinds: str) -> list[re.Pattern[str]]:
    name = rf"(?P<name>{names})"
    those = _THOSE.replace("{kind}", rf"(?:{kinds})")
    among = (
        rf"(?:one$|one of {those}|among {those}|in {those}|included|counted|on (?:the|that|this) list"
        rf"|an? (?:{kinds})|{kinds})"
    )
    told = r"(?:mentioned|named|listed|specified|specifically|in particular|by name)"
    frames = [
        # "is ibuprofen one of those?", "is the nsaid one ibuprofen or something stronger"
        rf"\bis (?:the (?:{kinds}) (?:one |ones )?)?{name} {among}\b",
        # "could ibuprofen itself be one of the causes"
        rf"\b(?:could|can|would|might|may) {name}(?: itself| also| too)? be (?:{among}|counted)\b",
        rf"\bis the (?:{kinds}) (?:one|ones|they mean|mentioned) {name}\b",
        # "ibuprofen counts right?", "ibuprofen is nsaid yes?"
        rf"\b{name} (?:counts?|would count|is {among})\b",
        # "i have factor v leiden is that one of them", "and ibuprofen is that one of the nsaids"
        rf"\b{name}\b(?: \w+){{0,3}} (?:is|does|would) (?:that|it|this) (?:{among}|count)\b",
        # "is factor v leiden mentioned specifically", "factor v leiden specifically"
        rf"\b(?:is|was|are) {name} {told}\b",
        rf"^{_LEAD}(?:what about |and )?{name} {told}$",
        # "does it name a specific one naproxen or ibuprofen"
        rf"\b(?:does|do|did) (?:it|they|the page|the article|you) (?:name|mention|list|say|specify)"
        rf"(?: (?:a )?(?:specific|particular) (?:one|drug|name|kind)| specifically)? {name}\b",
        # a bare example asked for: "like ibuprofen?", "which ones? naproxen?", "the anti inflammatories which
        # ones exactly naproxen"
        rf"^{_LEAD}(?:like|such as|eg|e g|for example|for instance"
        rf"|(?:(?:the )?(?:{kinds}) )?(?:which|what) ones?(?: exactly| then| like| do they mean)*) {name}"
        rf"(?: (?:or |and )?(?:{names}))*(?: or (?:something(?: \w+)?|another|what))?$",
    ]
    return [re.compile(frame) for frame in frames]
