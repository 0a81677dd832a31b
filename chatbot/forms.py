"""Forms of question that a passage must state the answer to, not merely be about.

* A list question asks whether one thing is in a list the document gives: "Does high cholesterol
  cause AVN?", "Is a limp one of the symptoms?", "Can it cause swelling?". The passage with the
  list looks like the answer, whatever the thing is; but when the document never mentions the
  thing, quoting the list would imply an answer the document does not give. ``read`` finds the
  item; the matcher (``Matcher.unlisted``) checks it against the passages' words.
* A judgement question asks which is better or best: "Is heat or cold better?". Only a passage
  that itself judges ("works best before the collapse", "in its earliest stages") answers it.
* A felt question asks whether a test or a treatment itself hurts: "Is core decompression
  painful?", "does it hurt?" after the MRI. A passage that says a treatment reduces pain does not
  say that; ``asks_felt`` finds such sentences, and only a passage that speaks of how the thing
  feels answers them (``felt``).
* A detail question asks how much, how long or why of a thing: "How much alcohol is too much?",
  "How long should I use crutches?", "Why do steroids cause it?". A list that names the thing
  says none of that; ``asks_detail`` finds such sentences, and the matcher (``Matcher.undetailed``)
  declines them when the thing is only an item of the passages' lists. A bare "how much?" after a
  topic (``bare_amount``) is answered only where the topic's running text states an amount
  (``Matcher.states_amount``: "a very small dose of radiation").
* A meaning or care question asks what a thing is or how it is treated: "What is sickle cell
  disease?", "How is Gaucher disease treated?". A list that names the thing as a cause says
  neither, unless its line explains it ("Gaucher disease (a buildup of certain fatty substances
  ...)"); ``asks_meaning`` and ``asks_care`` find such sentences, and the matcher
  (``Matcher.unexplained``) declines them.
* A reason question asks why: "Why does it mostly happen near joints?", "why walking aids?". A
  sentence that only names things ("most common in bones near joints such as the ankle...", "-
  walking aids such as canes and crutches") gives no reason; ``asks_reason`` finds such questions,
  and the matcher (``Matcher.unreasoned``) declines them when the sentence that says most of what
  they ask is of that kind (``only_names``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .normalise import fold
from .patterns import LazyPattern
from .rewrites import TOP_RANKS

# Words that make an item little or brief ("a short course of steroids", "a little alcohol"), and
# words by which a list makes it much or long ("prolonged use of steroids", "heavy alcohol use").
_LITTLE = frozenset("short single one brief little light low small occasional moderate few bit once quick".split())
_MUCH = frozenset("prolonged heavy severe long high chronic excessive".split())


def _little(words: list[str]) -> bool:
    """Whether words make an item little: "one beer", not "one of the things that cause it"."""
    return any(w in _LITTLE and not (w == "one" and words[i + 1 : i + 2] == ["of"]) for i, w in enumerate(words))


# Words that say how much or how long of an item, not what it is: "long-term steroids" asks about
# steroids, "high cholesterol" about cholesterol.
_MODIFIERS = (
    _LITTLE
    | _MUCH
    | frozenset(
        """term dose doses dosage course time times years months weeks days later eventually lot lots amount
    regular daily heavily mild too much many""".split()
    )
)
_LEAD = r"^(?:(?:and|so|but|also|then|ok|okay|hi|hello|well|um|hmm|please|sorry|just|honestly)\s+)*"
_AUX = r"(?:can|could|does|do|did|is|are|will|would|might|may|should|has|have)"
# Ways of saying "is a cause of", in either direction.
_CAUSE = (
    r"(?:cause|causes|caused|lead to|leads to|trigger|triggers|bring on|brings on|result in|results in|"
    r"give you|give|make you|contribute to|raise the risk of|increase the risk of|raise your risk of|"
    r"increase your risk of|raise the risk for|increase the risk for|be a cause of|be linked to|be related to|"
    r"be connected to|be associated with)"
)
_POINTER = r"(?:it|this|that|this condition|that condition|the condition|this disease|the disease)"
_ROLE = r"(?:symptoms?|signs?|risk factors?|causes?|triggers?|warning signs?)"
# Kinds of disease, which only the disease can be ("is it a kind of cancer?", "is it an infection?").
_DISEASE_KIND_WORDS = (
    "cancer cancers tumor tumour tumors tumours infection infections virus viral bacterial arthritis osteoporosis "
    "autoimmune genetic hereditary inflammation inflammatory"
).split()
_DISEASE_KINDS = frozenset(_DISEASE_KIND_WORDS)
_PATTERNS = (
    # "can steroids cause it?", "does high cholesterol lead to AVN?"
    ("cause", rf"{_AUX}\s+(?P<item>.+?)\s+{_CAUSE}\s+(?P<whole>.+)"),
    # "is AVN caused by high cholesterol?", "can you get AVN from inhaled steroids?"
    ("cause", r"(?:is|are|can|could)\s+(?P<whole>.+?)\s+(?:be\s+)?caused\s+by\s+(?P<item>.+)"),
    ("cause", r"(?:can|could|do|does)\s+(?:you|i|people|someone)\s+get\s+(?P<whole>.+?)\s+from\s+(?P<item>.+)"),
    # "is AVN a side effect of chemotherapy?"
    (
        "cause",
        r"(?:is|are|can|could)\s+(?P<whole>.+?)\s+(?:be\s+)?(?:a|an|one)(?:\s+\w+)?\s+side\s+effects?\s+of\s+"
        r"(?P<item>.+)",
    ),
    # "does AVN cause swelling?", "can it make you tired?"
    ("effect", rf"{_AUX}\s+(?P<whole>.+?)\s+{_CAUSE}\s+(?P<item>.+)"),
    # "is a limp a symptom of AVN?", "is fever one of the signs?"
    (
        "role",
        rf"(?:is|are|can|could)\s+(?P<item>.+?)\s+(?:be\s+)?(?:a|an|one of the|among the)\s+{_ROLE}"
        r"(?:\s+(?:of|for)\s+(?P<whole>.+))?",
    ),
    # "is AVN a type of cancer?", "is avascular necrosis an autoimmune disease?"
    # (not "is it a risk for divers?", "is avn a thing for scuba divers?" nor "a side effect of chemo?",
    # which ask of the causes)
    (
        "kind",
        r"(?:is|are)\s+(?P<whole>.+?)\s+(?:a|an)\s+(?!(?:risk|danger|hazard|threat|(?:\w+\s+)?side\s+effects?|"
        r"(?:\w+\s+)?(?:thing|concern|worry)\s+(?:for|among|amongst)|(?:\w+\s+)?(?:problem|issue)\s+(?:with|in|among))\b)"
        r"(?:(?:type|form|kind|sort|variety)\s+of\s+)?(?P<item>.+)",
    ),
    # "is it cancer?", "is avn infectious arthritis?": a kind of disease needs no article
    ("kind", r"(?:is|are)\s+(?P<whole>.+?)\s+(?P<item>(?:\w+\s+)?(?:" + "|".join(_DISEASE_KIND_WORDS) + r")\b.*)"),
)
LIST_ITEM = re.compile(r"\s*[-*•]\s")  # a line of a list in a passage ("- heavy alcohol use")
_COMPILED = tuple((relation, re.compile(_LEAD + pattern)) for relation, pattern in _PATTERNS)
# Words that name a kind of thing without saying which: "a bone disease" is a kind of bone.
_CLASSES = frozenset("disease diseases condition conditions disorder illness problem problems thing sickness".split())


@dataclass(frozen=True)
class ListQuestion:
    """A question whether an item is in one of the document's lists."""

    # "cause" (the item causes the subject), "effect" (the subject causes it), "role" (the item is a
    # symptom or cause), or "kind" (the subject is a kind of the item)
    relation: str
    item: str  # the thing asked about, folded ("high cholesterol")
    little: bool = False  # asked of a little or brief amount of it ("a short course of prednisone")


def much(line: str) -> bool:
    """Whether a line of a list makes its item much or long ("prolonged use of oral steroids")."""
    return not _MUCH.isdisjoint(fold(line).split())


# "Which is better…?", "the best painkiller"; not "does it get better with rest?", nor "to put the
# bone in a better position".
_JUDGEMENT = re.compile(
    r"\b(?<!\ba )(?:better|best|safer|safest|riskier|riskiest|worst|more effective|most effective|superior|preferable|"
    r"as (?:good|effective|safe|strong|reliable|accurate) as|"
    r"which(?: one| \w+)? (?:is|s|would be) (?:the )?(?:least|less|most|more) "
    r"(?:invasive|risky|painful|dangerous|drastic)|"
    # one cause above the others: "what is the most common cause?" (two causes weighed, "is smoking
    # worse than drinking?", are which of two: see _WHICH_OF_TWO)
    rf"the (?:{TOP_RANKS}) (?:cause|reason|risk factor|trigger)(?!s))\b"
)
_IMPROVES = re.compile(
    r"\b(?:get|gets|getting|got|feel|feels|feeling|make|makes|making|become|becomes|any|no)"
    r"(?:\s+(?:it|me|you|him|her|them|things|the pain))?\s+better\b"
)
# Words by which a passage judges: "works best before the collapse", "in its earliest stages".
_JUDGES = re.compile(r"\b(?:best|better|earliest|most|safest|safer|worst|least)\b", re.I)


# The kinds of things of which a question may ask which is best
_KINDS_JUDGED = (
    r"surgery|surgeries|operation|operations|treatment|treatments|test|tests|scan|scans|option|options|procedure|"
    r"procedures|op|ops"
)
# Which of the things talked about is best, and nothing more: no passage's "works best before the
# collapse" says which of several it is.
_WHICH_IS_BEST = re.compile(
    r"(?:so |and |ok |but )?(?:which|what) (?:one |ones |1 |of them |of those |of these |"
    # (or a kind of them: "which surgery is the best one?")
    rf"(?P<kind>{_KINDS_JUDGED}) )?(?:is|s|would be|are) "
    r"(?:the )?(?:best|better)(?: one| option| choice)?(?: then| overall| for me| for him| for her)?"
)


def asks_which_is_best(text: str) -> bool:
    """Whether a message asks only which of the things talked about (or of a kind) is best ("which one is best?",
    "which surgery is the best one?")."""
    return _WHICH_IS_BEST.fullmatch(fold(text)) is not None


def kind_asked_best(text: str) -> str | None:
    """The kind of things of which a message asks only which is best ("which test is best then?" asks of the
    tests): after a passage of that kind that judges by a measure of its own (the MRI "can detect osteonecrosis
    in its earliest stages"), that measure is the one meant. None for any other message."""
    asked = _WHICH_IS_BEST.fullmatch(fold(text))
    return asked.group("kind") if asked is not None else None


def asks_judgement(sentences: list[str]) -> bool:
    """Whether one of a message's question sentences asks which is better or best."""
    for sentence in sentences:
        folded = fold(sentence)
        if _JUDGEMENT.search(folded) and not _IMPROVES.search(folded):
            return True
    return False


# Two things compared: "what's the difference between osteonecrosis and osteoarthritis?", "avn vs
# osteoarthritis", "is a bone infarct the same as AVN?", "how is osteonecrosis different from a stress fracture?"
_COMPARED = tuple(  # compiled on first need: few messages compare anything
    LazyPattern(pattern)
    for pattern in (
        r"\b(?:differences?|diff)\s+(?:between|of)\s+(?P<a>.+?)\s+(?:and|vs|versus|or)\s+(?P<b>.+)",
        r"^(?:\w+\s+){0,2}?(?P<a>\w+(?:\s+\w+)?)\s+(?:vs|versus)\s+(?P<b>\w+(?:\s+\w+)?)\b",
        r"\b(?:is|are)\s+(?P<a>.+?)\s+(?:the\s+)?same\s+(?:thing\s+|disease\s+|condition\s+)?(?:as|like)\s+(?P<b>.+)",
        r"\bhow\s+(?:is|are|does|do)\s+(?P<a>.+?)\s+differ(?:ent)?\s+(?:from|than|to|with)\s+(?P<b>.+)",
        r"\bcompare\s+(?P<a>.+?)\s+(?:with|to|and|vs|versus)\s+(?P<b>.+)",
    )
)
_COMPARING_WORDS = ("diff", " vs", "versus", "same", "compar")  # without one, no pattern can match


_SIDE_END = re.compile(r"\s+(?:or|because|but|so|when|if|for|in|on|with|since|as)\s+")


def asks_comparison(sentences: list[str]) -> list[tuple[str, str]]:
    """The two sides of each comparison a message asks for: "avn vs osteoarthritis" gives
    ("avn", "osteoarthritis")."""
    found = []
    for sentence in sentences:
        folded = fold(sentence)
        if not any(word in folded for word in _COMPARING_WORDS):
            continue
        for pattern in _COMPARED:
            match = pattern.search(folded)
            if match is not None:  # (each side a name: "...the same as osteonecrosis or are they different")
                one, other = (_SIDE_END.split(match.group(side), 1)[0] for side in ("a", "b"))
                found.append((one, other))
                break
    return found


def only_numbers(sentence: str) -> bool:
    """Whether a sentence states numbers and gives no reason for them ("The disease usually occurs
    between the ages of 20 and 50."): asking why of it is asking what the page does not say."""
    return _DIGIT.search(sentence) is not None and _REASON.search(sentence) is None


_DIGIT = re.compile(r"\d")
_REASON = re.compile(r"\b(?:because|since|due to|as a result|so that|therefore|which is why)\b", re.I)


def judges(passage: str) -> bool:
    """Whether a passage makes a judgement of its own (best, earliest, most...)."""
    return _JUDGES.search(passage) is not None


# "how much alcohol", "how long should I rest", "what dose of prednisone"
_AMOUNT = re.compile(
    r"\bhow\s+(?:much|many|long|often|soon|high|big|heavy|deep)\b|"
    r"\b(?:what|which|safe)\s+(?:dose|doses|dosage|amount|level|depth|depths|duration)\b|"
    # where "heavy" or "prolonged" begins: "what counts as heavy drinking?", "is 2 glasses a night counted as heavy?"
    r"\b(?:counts?|counted|considered|classed|qualif(?:y|ies))\s+as(?=\s+(?:heavy|prolonged|long|deep|high|a\s+lot|"
    r"too\s+much|excessive|chronic|severe)\b)"
)
# Which ones of a kind, precisely: "which HIV drugs specifically?" asks for members that a list
# line ("- HIV") does not name. ("what is lupus exactly?" asks what it is.)
_SPECIFIC = LazyPattern(
    _LEAD + r"(?:which|what)\s+(?!(?:exactly|specifically|precisely|is|are|was|were|s|does|do|did)\b)(?P<kind>.+?)\s+"
    r"(?:specifically|exactly|precisely|in particular)\b"
)
# Which members of a kind, asked by the kind's name: "which HIV drugs cause it?", "which types of
# cancer are linked to it?", "what kind of chemo" (a kind the page lists only as one line; "which
# medicines cause it?" asks of the list itself, which names medicines, and the pain medicines are
# named, the NSAIDs)
_MEMBERS = LazyPattern(
    _LEAD
    + r"(?:which|what)\s+(?:of\s+(?:my|the|his|her|their|these|those)\s+)?(?:(?:kinds?|types?|sorts?|forms?)\s+of\s+)?"
    r"(?!about\b|pain\b|anti\b)"
    r"(?P<kind>(?:\w+\s+){1,2}?(?:drugs?|medicines?|medications?|meds)|(?:\w+\s+)?(?:cancers?|tumou?rs?|chemo|"
    r"chemotherapy))\b(?!\s+(?:treatments?|therapy|therapies|drugs?|medicines?|medications?|meds)\b)"
)
# A message that asks an amount and nothing else: "how much?", "and what dose is it?"
_BARE_AMOUNT = re.compile(
    _LEAD + r"(?:how\s+(?:much|high|big)|what\s+(?:dose|amount|level))(?:\s+(?:is|was|does|do)\s+(?:it|that|this))?"
    r"(?:\s+(?:exactly|then|roughly|approximately))?"
)


def bare_amount(text: str) -> bool:
    """Whether a message asks only how much, of nothing it names: "how much?", "what dose is it?"."""
    return _BARE_AMOUNT.fullmatch(fold(text)) is not None


# "why do steroids cause it?", "how does diving lead to AVN?": the working of a cause.
_WORKING = re.compile(_LEAD + r"(?:why|how)\s+(?:exactly\s+|actually\s+|really\s+|precisely\s+)?(?=" + _AUX + r"\b)")


# "what is sickle cell disease?", "what actually is decompression sickness?", "whats lupus", "and lupus, what is it?"
_MEANING = re.compile(
    _LEAD + r"(?:(?:(?:what|whats|what s)\s+(?:exactly\s+|actually\s+|really\s+|even\s+)?(?:is|are)|whats|what s)\s+"
    r"(?:exactly\s+|actually\s+|really\s+)?"
    # (not "what's the one about diving", which picks an item, nor "what's the difference")
    r"(?!(?:(?:a|an|the)\s+)?(?:one|ones|other|first|second|third|fourth|last|next|difference|point|name|word|link|"
    r"best|worst)\b)(?:a\s+|an\s+|the\s+)?"
    r"(?P<thing>.+?)(?:\s+(?:exactly|actually|really|anyway|then))?|"
    r"(?P<before>.+?)\s+(?:what|whats|what s)\s+(?:is|are)\s+(?:it|that|this|they|those)(?:\s+exactly)?\s*|"
    # what a word means is what it is: "what does cartilage mean?", a learner's "what mean cartilage?"
    r"what\s+(?:does|do)\s+(?:the\s+word\s+)?(?!(?:it|that|this|they|those)\s)(?P<means>.+?)\s+"
    r"(?:actually\s+|exactly\s+|really\s+)?mean|what\s+means?\s+(?:the\s+word\s+)?(?P<learner>.+?)|"
    # what a thing does is what it is: "what does sickle cell actually do to the blood?" (but what it
    # does to the bones is what the page's list is about: "what do steroids do to your bones?")
    r"what\s+(?:does|do)\s+(?:a\s+|an\s+|the\s+)?(?P<does>.+?)\s+(?:actually\s+|exactly\s+|really\s+)?do"
    r"(?:\s+to\s+(?!(?:the\s+|your\s+|my\s+|his\s+|her\s+|their\s+)?(?:bone|bones|body|joint|joints|hip|hips)\b).+)?)$"
)
# "how is Gaucher disease treated?", "how do I treat my lupus", "treatment for sickle cell"
_CARE = re.compile(
    r"\bhow\s+(?:is|are|do you|do they|do doctors|can you|can they)\s+(?P<treated>.+?)\s+(?:treated|managed|cured)\b|"
    r"\bhow\s+(?:do|can|should|could)\s+(?:i|you|we|they|doctors)\s+(?:treat|manage|cure)\s+(?P<object>.+)|"
    r"\bhow\s+to\s+(?:treat|manage|cure)\s+(?P<to_treat>.+)|"
    r"\b(?:treatment|treatments|cure)\s+(?:for|of)\s+(?P<for>.+)|"
    # a learner's word order: "how is treated the lupus?"
    r"\bhow\s+(?:is|are)\s+(?:treated|managed|cured)\s+(?:the\s+)?(?P<after>.+)|"
    # "what is Gaucher disease treated with?", "what is Perthes disease treatment?"
    r"\bwhat\s+(?:is|are)\s+(?P<with>.+?)\s+(?:treated|managed|cured)\s+with\b|"
    r"\bwhat\s+(?:is|s|are)\s+(?:the\s+)?(?P<named>.+?)\s+(?:treatment|treatments|cure)$|"
    # "how does pancreatitis get treated?", "lupus treatment options", "perthes treatment"
    r"\bhow\s+(?:do|does|did|can|will)\s+(?P<gets>(?:\w+\s+){0,4}?\w+)\s+(?:get|be)\s+(?:treated|managed|cured)\b|"
    r"^(?P<bare>\w+(?:\s+\w+)?)\s+(?:treatment|treatments|cure)(?:\s+options?)?$|"
    # "is gaucher disease treatable?", "can lupus be cured?"
    r"\b(?:is|are)\s+(?P<able>(?:\w+\s+){0,4}?\w+)\s+(?:treatable|curable|manageable)\b|"
    r"\b(?:can|could)\s+(?P<can_be>(?:\w+\s+){0,4}?\w+)\s+be\s+(?:treated|managed|cured)\b"
)


# "why near joints?", "how come it's the hip?", "what's the reason for the walking aids?": the
# reason for a fact or a step. ("why?" alone is small talk: the passage just quoted is the answer.)
_REASON = re.compile(
    _LEAD + r"(?:why|how come|for what reason|what for|whats the reason|what s the reason|what is the reason)\b"
    r"\s*(?P<rest>.+)"
)
# Words by which a passage gives a reason or a purpose: "a lack of blood supply causes damage",
# "changes its alignment to reduce stress", "aims to restore blood flow", "conditions that may
# affect your bones". "to" counts when a verb follows it, not "to the bone" or "to 50".
_REASONS = re.compile(
    r"\b(?:because|due to|so that|in order to|causes?|caused|result in|results in|leads? to|aims? to|lack of|"
    r"affects?|works best|essential|to (?!(?:the|a|an|your|our|its|their|this|that|these|those|\d)\b)[a-z]+)\b",
    re.I,
)


# "Why did nobody tell me steroids could wreck my bones??" complains of not being told; it asks no reason.
_UNTOLD = LazyPattern(
    r"(?:(?:did|does|do|has|have|was)\s+(?:nobody|no one|noone)|"
    r"(?:didn t|didnt|doesn t|doesnt|don t|dont|hasn t|hasnt|haven t|havent|wasn t|wasnt)\s+"
    r"(?:anyone|anybody|my \w+|the doctors?|doctors|they))\s+"
    r"(?:ever\s+|just\s+)?(?:tell|told|warn|warned|mention|mentioned|say|said|explain|explained)\b"
)


# What the asker denies, typed on after the question: "why did i get avn i dont drink or smoke" asks why of the
# disease, not of drinking
_DENIED = re.compile(
    # (not a time when: "why does it hurt when i dont move")
    r"\s*\b(?<!when )(?<!while )(?<!whenever )(?:i|he|she|we|they|my \w+)\s+"
    r"(?:dont|don t|do not|doesnt|doesn t|does not|never|didnt|didn t|did not|"
    r"havent|haven t|have not|hasnt|hasn t|has not)\b.*$"
)


def asks_reason(sentences: list[str]) -> list[str]:
    """What a message asks the reason for: for each sentence that asks why, its words after the
    asking ("why near joints?" gives "near joints"), up to what the asker denies."""
    found = (_REASON.match(fold(sentence)) for sentence in sentences)
    asked = (_DENIED.sub("", m.group("rest")) for m in found if m is not None)
    return [rest for rest in asked if not _UNTOLD.match(rest)]


# A sentence that lists things: "most common in bones near joints such as the ankle, wrist, hip,
# and shoulder", "Other causes and risk factors for the disease include:".
_ENUMERATES = re.compile(r"\bsuch as\b|\binclud(?:e|es|ing)\b", re.I)


def only_names(sentence: str) -> bool:
    """Whether a sentence of a passage names things without giving a reason for them: a list
    line, or a sentence that lists ("such as", "include") and says no "because", "to reduce"...
    Why one of them is so, it does not say."""
    listed = LIST_ITEM.match(sentence) is not None or _ENUMERATES.search(sentence) is not None
    return listed and _REASONS.search(sentence) is None


def asks_meaning(sentences: list[str]) -> list[str]:
    """The things a message asks what they are ("what is sickle cell disease?" gives "sickle cell disease")."""
    found = (_meaning(sentence) for sentence in sentences)
    things = [next((g for g in groups if g), "") for groups in found if groups is not None]
    return [thing for thing in things if not _NO_MEANING.search(thing)]


@lru_cache(maxsize=256)
def _meaning(sentence: str) -> tuple[str | None, str | None, str | None] | None:
    """What a sentence asks the meaning of, by the form it asks it in ("thing", "before", "does"),
    or None; kept for a few sentences, as two checks of a turn read the same ones."""
    found = _MEANING.match(fold(sentence))
    if found is None:
        return None
    thing = found.group("thing") or found.group("means") or found.group("learner")
    return thing, found.group("before"), found.group("does")


def asks_what_is(sentences: list[str]) -> list[str]:
    """The things a message asks what they are in the plain form "what is X?" ("what's
    osteoarthritis?") or what they mean ("what does cartilage mean?", a learner's "what mean
    cartilage?"), not "X, what is it?" nor "what does X do?"."""
    found = (_meaning(sentence) for sentence in sentences)
    things = [groups[0] for groups in found if groups is not None and groups[0]]
    return [thing for thing in things if not _NO_MEANING.search(thing)]


# What it has to do with something, or what a thing is for, is no question what it is: "what's
# steroids got to do with it", "whats the smoking thing", "whats rest for"; nor is "what's the
# reshaping one?", which picks one of a list by what it does; nor "what is the pain like?", which asks
# how it feels (though "what is sickle cell like?" asks what it is).
_NO_MEANING = re.compile(
    r"\b(?:to do with|thing|things)\b|\bfor$|\bones?(?: called)?$|"
    r"\b(?:pain|pains|ache|aches|aching|hurt\w*|stiffness|symptoms?)(?:\s+\w+){0,2}\s+like$"
)


# What another disease's symptoms, causes or diagnosis are: "what are the symptoms of diabetes?",
# "what causes lupus?", "how do you get HIV?", "how is diabetes diagnosed?". The page names such a
# disease only as a cause of osteonecrosis (asking it of osteonecrosis names the subject).
_ASPECT = re.compile(
    r"\b(?:symptoms?|signs?|causes?|diagnosis)\s+(?:of|for)\s+(?P<of>.+)|"
    r"\bwhat\s+causes\s+(?P<causes>.+)|"
    r"\bhow\s+(?:do|does|can|did)\s+(?:you|i|one|people|someone|he|she)\s+(?:get|catch|develop)\s+(?P<get>.+)|"
    r"\bhow\s+(?:is|are)\s+(?P<diagnosed>.+?)\s+(?:diagnosed|detected)\b|"
    # a learner's word order: "how is diagnosed the diabetes?"
    r"\bhow\s+(?:is|are)\s+(?:diagnosed|detected)\s+(?:the\s+)?(?P<learner>.+)"
)


# The word a question's own frame asks about, whatever else it names: "what would cause it in someone
# so young?" asks the causes (the age is who it happens to), "how is avn of the shoulder
# diagnosed?" the diagnosis.
_HEAD = LazyPattern(
    _LEAD + r"(?:what\s+(?:(?:would|could|can|might|may|does|do|did|will)\s+)?(?:have\s+)?"
    r"(?:(?:actually|exactly|really|even|usually|normally|generally|typically)\s+)?"
    r"(?P<cause>cause|causes|caused|trigger|triggers|triggered)\b(?P<caused>.*)|"
    r"how\s+(?:is|are|was|were|do|does|can|will|would)\s+(?P<done_to>(?:\w+\s+){0,6}?)"
    r"(?P<done>diagnosed|detected|treated|managed)\b)"
)


def head(sentences: list[str]) -> tuple[str, str] | None:
    """The word the first question sentence's frame asks about ("cause", "diagnosed", "treated"),
    and what it asks it of ("what would cause it in someone so young?": "it in someone so young"),
    if it has one of those frames."""
    for sentence in sentences:
        found = _HEAD.match(fold(sentence))
        if found is not None:
            if found.group("cause"):
                return found.group("cause"), found.group("caused").strip()
            return found.group("done"), found.group("done_to").strip()
    return None


def asks_aspect(sentences: list[str]) -> list[str]:
    """The things a message asks the symptoms, causes or diagnosis of ("what causes lupus?" gives "lupus")."""
    found = (_ASPECT.search(fold(sentence)) for sentence in sentences)
    return [next(g for g in m.groups() if g) for m in found if m is not None]


def asks_care(sentences: list[str]) -> list[str]:
    """The things a message asks how they are treated ("how is Gaucher disease treated?" gives "gaucher disease")."""
    return [thing for thing in map(_cared_for, sentences) if thing is not None]


@lru_cache(maxsize=256)
def _cared_for(sentence: str) -> str | None:
    """What a sentence asks how it is treated, or None; kept for a few sentences, as two checks of a
    turn read the same ones."""
    found = _CARE.search(fold(sentence))
    return None if found is None else next(g for g in found.groups() if g)


def asks_detail(sentences: list[str], is_subject: Callable[[str], bool]) -> list[str]:
    """What a message asks an amount, a time or the working of: for each sentence that does, its
    words without the asking ones ("how much alcohol is safe" gives "alcohol is safe"). The words
    may be none ("and what dose?"); the thing is then named elsewhere in the message."""
    asking = []
    for sentence in sentences:
        folded = fold(sentence)
        working = _working(sentence, folded)
        specific = _SPECIFIC.match(folded) or _MEMBERS.match(folded)
        if _AMOUNT.search(folded):
            asking.append(" ".join(w for w in _AMOUNT.sub(" ", folded).split() if w not in _MODIFIERS))
        elif specific is not None:
            asking.append(specific.group("kind"))
        elif working is not None:
            cause = read([working], is_subject)
            if cause is not None and cause.relation == "cause":
                asking.append(cause.item)
    return asking


# A clause of a sentence may ask how a thing works: "the diving one in your list - how does diving
# cause it?", "and pancreatitis, how does that cause it"; doing that to the bone is causing it.
_CLAUSES = re.compile(r",|;|\s-+\s")
_DOES_IT_TO = re.compile(
    r"\b(?:do|does|did) (?:that|this|it) to (?:the |a |my |your |his |her )?bones?\b|"
    r"\b(?:damage|damages|harm|harms|kill|kills) (?:the |a |my |your |his |her )?(?:bones?|bone tissue)\b"
)


def _working(sentence: str, folded: str) -> str | None:
    """What a sentence, or one of its clauses, asks the working of, with causing said as such."""
    for clause in (folded, *(fold(c) for c in _CLAUSES.split(sentence)[1:])):
        found = _WORKING.match(clause)
        if found is not None:
            return _DOES_IT_TO.sub("cause it", clause[found.end() :])
    return None


# Hedges change nothing a list question asks: "how does the bends actually lead to it though?"
_HEDGES = re.compile(r"\b(?:actually|really|exactly|even|just|though|tho|basically|honestly|ever|truly)\b")


# An indirect question after someone asked is the question, in its direct order: "a patient asked if avn is a
# type of cancer" is "is avn a type of cancer"
_ASKED_IF = LazyPattern(
    r"^.*?\b(?:asked|asked me|asks|is asking|was asking|wondering|wants to know|wanted to know) (?:if|whether) "
    r"(?P<whole>(?:\w+ ){0,3}?\w+) (?P<verb>is|are) "
)


def read(sentences: list[str], is_subject: Callable[[str], bool]) -> ListQuestion | None:
    """The list question a message asks, if one of its sentences is one.

    ``is_subject`` tells whether folded words name the document's subject ("avn", "the bone
    disease"); a pointer ("it", "this") is taken to. The sentence's other side must name the
    subject, so "does an MRI show early damage?" is no list question.
    """
    for sentence in sentences:
        folded = _HEDGES.sub(" ", fold(sentence)).strip()
        if not folded:
            continue
        if "if " in folded or "whether " in folded:
            folded = _ASKED_IF.sub(r"\g<verb> \g<whole> ", folded)
        for relation, pattern in _COMPILED:
            found = pattern.fullmatch(folded)
            if found is None:
                continue
            whole, item = found.group("whole"), found.group("item")
            # "is it a surgery?" may mean the treatment just quoted: only a named subject has a kind,
            # unless the kind is one of diseases ("is it a kind of cancer?" asks of the disease).
            pointed = whole is not None and re.fullmatch(_POINTER, whole) is not None
            pointer = pointed and (relation != "kind" or not _DISEASE_KINDS.isdisjoint(item.split()))
            if whole is not None and not (pointer or is_subject(whole)):
                continue
            if re.fullmatch(_POINTER + r"|they|them|these|those|(?:there|it)\s.*", item):
                continue  # "can that cause it?", "can it be a mix of things that causes it?"
            vague = _MODIFIERS | _CLASSES if relation == "kind" else _MODIFIERS
            named = " ".join(w for w in item.split() if w not in vague)
            if named:
                return ListQuestion(relation, named, _little(item.split()))
    return None


_PAIN = r"(?:painful|sore|uncomfortable|hurt|hurts|hurting|sting|stings|agony|agonising|agonizing|ache|aches)"
# "is it painful?", "does the drilling itself hurt?", "will it be sore afterwards?", "how painful is
# a bone graft?", "painful?"; not "is heat good for the painful hip?" nor "does it help the pain?".
_FELT = re.compile(
    _LEAD + r"(?:(?:is|are|was|will|would|does|do|did|can|could)\s+(?:\S+\s+){0,4}?(?:be\s+|get\s+)?"
    r"(?:(?:very|really|too|so|a bit|a lot|much)\s+)?"
    + _PAIN
    + r"|how\s+(?:painful|sore|uncomfortable|bad)\s+(?:is|are|was|will)|how\s+much\s+(?:does|do|will)\s+.+\s+hurt"
    + r"|(?:it|that|this)\s+(?:is|was|will be|would be|gets|get)\s+(?:(?:very|really|too|so)\s+)?"
    + _PAIN
    + r"|(?:it\s+|that\s+)?"
    + _PAIN
    + r"$)"
)
_FEELING = re.compile(r"\b(?:painless|painful|hurts?|discomfort|uncomfortable|sore)\b", re.I)


# A clause that opens as a question does
_ASKING = re.compile(
    _LEAD + r"(?:what|whats|how|why|when|where|which|who|can|could|will|would|is|are|does|do|did|should|any)\b"
)
_AND_ASKS = re.compile(r"\band\s+(?:what|whats|how|why|when|where|which|who|does|do|is|are|can|will)\b")


def _asked_after_a_name(sentences: list[str]) -> list[str]:
    """The one question of a message, when it is a clause after a comma and nothing else in the message asks:
    "the drill one, any risks?" (not "how is it diagnosed, does it hurt?", nor "my hip, it hurts, what does an
    MRI show?", nor "the x-ray, is it painful and how much radiation is there?")."""
    if not any("," in sentence for sentence in sentences):
        return []  # (most messages)
    clauses = [(n, fold(clause)) for sentence in sentences for n, clause in enumerate(sentence.split(","))]
    asking = [(n, clause) for n, clause in clauses if _ASKING.match(clause)]
    if len(asking) != 1 or asking[0][0] == 0 or _AND_ASKS.search(asking[0][1]):
        return []
    return [asking[0][1]]


def asks_felt(sentences: list[str]) -> bool:
    """Whether one of a message's sentences, or its one question after a comma, asks whether something hurts
    ("is it painful?", "the one where they drill, does it hurt afterwards")."""
    asked = [fold(sentence) for sentence in sentences] + _asked_after_a_name(sentences)
    return any(_FELT.match(clause) for clause in asked)


_DANGER_WORDS = ("safe", "unsafe", "dangerous", "risky", "harmful", "hazardous")
_HARM_WORDS = ("risks?", "complications?", "side\\s+effects?", "dangers?", "hazards?")
_DANGER = "(?:" + "|".join(_DANGER_WORDS) + ")"
_HARMS = "(?:" + "|".join(_HARM_WORDS) + ")"
# The same words as plain text, for telling a question made of nothing else (see Matcher.asks_only_safety).
SAFETY_WORDS = " ".join(_DANGER_WORDS) + " risk risks complication complications side effects danger dangers hazards"
# "is it safe?", "is core decompression dangerous?", "any risks?", "what are the complications?",
# "side effects?"; not the disease's risk factors ("what are the risks of getting it?", "who is at risk?").
_SAFETY = re.compile(
    _LEAD
    + r"(?:(?:is|are|was|will|would)\s+(?:\S+\s+){0,4}?(?:(?:very|really|too|so|completely|totally)\s+)?"
    + _DANGER
    + r"\b|how\s+"
    + _DANGER
    + r"\b|(?:(?:any|what\s+are\s+the|what\s+s\s+the|whats\s+the|what\s+is\s+the|(?:are|is)\s+there(?:\s+any)?|"
    + r"the|possible|known)\s+)?(?:\S+\s+)?"
    + _HARMS
    + r"(?!\s+(?:factors?|of\s+(?:getting|developing|having|avn|osteonecrosis|it|this|the\s+disease)))\b)"
)
_SAFETY_SAID = re.compile(
    r"\b(?:radiation|dose|safe|safety|risks?|complications?|side effects?|danger\w*|harm\w*)\b", re.I
)


# Where to have something done is a question of services the page does not give: "where can I get
# treatment?", "where i can do the MRI in my city?" (not where to read more about it).
_WHERE_TO_GET = re.compile(
    r"\bwhere\s+(?:(?:can|could|do|should|would|will)\s+)?(?:i|we|he|she|you|one|my\s+\w+)\s+"
    r"(?:(?:can|could|should)\s+)?(?:get|have|do|book|go\s+for|be\s+treated|be\s+seen)\b"
    r"(?!.*\b(?:info|information|page|more|version|latest|newest|newer|recent|current|update|updated|up to date|"
    r"original|copy|it|text|article|leaflet|site|website|link|document)\b)"
)


def asks_where_to_get(sentences: list[str]) -> bool:
    """Whether a message asks where to have a test or treatment done."""
    return any(_WHERE_TO_GET.search(fold(sentence)) for sentence in sentences)


# Whether it can fail or go wrong asks of its risks: "can a bone graft fail?", "can core decompression
# go wrong" ("what if it fails?" asks what comes next).
_FAILING = LazyPattern(
    _LEAD + r"(?:can|could|does|do|might|may|will|would)\s+(?:\S+\s+){1,4}?(?:ever\s+)?"
    r"(?:fail|go\s+wrong|be\s+rejected|get\s+rejected|not\s+take)\b(?!\s+to\b)"
)


def asks_safety(sentences: list[str]) -> bool:
    """Whether one of a message's sentences, or its one question after a comma, asks whether something is
    safe, what its risks are, or whether it can fail ("the drill one, any risks?")."""
    asked = [fold(sentence) for sentence in sentences] + _asked_after_a_name(sentences)
    return any(_SAFETY.match(f) or _FAILING.match(f) for f in asked)


def speaks_of_safety(passage: str) -> bool:
    """Whether a passage says anything of safety (a dose of radiation, risks, harm...)."""
    return _SAFETY_SAID.search(passage) is not None


def felt(passage: str) -> bool:
    """Whether a passage speaks of how something feels (painless, painful, discomfort...)."""
    return _FEELING.search(passage) is not None


# How many in a hundred: "what percentage of femoral neck fractures lead to AVN?", "what is the
# success rate of the graft?". A passage that gives no rate answers none, whatever else it says.
# (The chances or how likely are asked of a risk too, which the causes answer: "People with sickle
# cell disease - what are their chances of getting AVN?")
_ALWAYS_WORKS = r"\b(?:does|do|will|would)\s+(?:it|that|this|they)\s+always\s+(?:work|help|succeed)\b"
_RATE = LazyPattern(
    r"\b(?:what|which)\s+(?:percentage|percent|proportion|fraction)\b|"
    r"\bhow\s+many\s+(?:percent|out\s+of|in\s+(?:a|every|each)\s+(?:hundred|thousand|100|1000))\b|"
    r"\b(?:success|failure|complication|survival|recurrence)\s+rates?\b|"
    # the chance that a treatment works: "whats the chances the drilling op actually works"
    r"\b(?:chances?|odds|likelihood|how\s+likely)\s+(?:(?:is\s+)?(?:that|it|of\s+it)\s+)?(?:\w+\s+){0,4}?"
    r"(?:to\s+)?(?:works?|working|fails?|failing|takes|succeeds?|succeeding|success|comes?\s+back)\b|"
    # whether it always does, which would be a rate of one in one: "does it always work?", "is that always true?"
    # (not how it works: "does it always work like that?"; nor "is it always so painful?")
    rf"{_ALWAYS_WORKS}(?!\s+like\b)|"
    r"\b(?:is|was)\s+(?:that|this|it)\s+always\s+(?:true|the\s+case|so)(?=\s*$|\s+(?:for|in|with|though|then|too|really)\b)"
)
_RATE_WORDS = (
    "percent",
    "proportion",
    "fraction",
    "out of",
    "hundred",
    "thousand",
    "100",
    "rate",
    "chance",
    "odds",
    "likel",
    "always",
)
# A rate said: "10 percent", "1 in 5", "a success rate of..." (not any number: "the ages of 20 and 50")
_RATE_SAID = LazyPattern(r"\d\s*%|\bper\s*cent\b|\bpercent|\b\d+\s+(?:in|out\s+of)\s+\d+|\brates?\b")

# The chance it works if caught early is when it works best: "is there a chance it works before the collapse?"
_WHEN_IT_WORKS = re.compile(
    r"\b(?:chances?|odds|likel\w*)\b.*\b(?:early|earlier|before\s+(?:the\s+|it\s+)?collapses?)\b"
)


def asks_rate(sentences: list[str]) -> bool:
    """Whether a message asks how often in a hundred something happens (see ``_RATE``)."""
    folded = [fold(sentence) for sentence in sentences]
    if not any(word in f for f in folded for word in _RATE_WORDS):  # (most messages: none)
        return False
    if any(_WHEN_IT_WORKS.search(f) for f in folded):
        return False  # "is there a chance it works if caught early?": when it works best, which the page says
    return any(_RATE.search(f) for f in folded)


_OFTEN = LazyPattern(r"\boften\b")


def asks_always_works(sentences: list[str]) -> bool:
    """Whether a message asks if a treatment always works ("do they always work?")."""
    return any("always" in f and re.search(_ALWAYS_WORKS, f) for f in map(fold, sentences))


def says_often(passage: str) -> bool:
    """Whether a passage says how often something works ("can often slow the progression")."""
    return _OFTEN.search(passage) is not None


def gives_rate(passage: str) -> bool:
    """Whether a passage gives a rate ("10 percent", "1 in 5"), not any number ("the ages of 20 and 50")."""
    return _RATE_SAID.search(passage) is not None


# Whether a cause makes the disease certain: "does everyone with lupus get it?", "does diving
# always cause AVN?", "will I definitely get it?". The page names risk factors and says what "may
# result in" the disease; how sure, it never says. (Whether everyone with it needs surgery, or it
# always causes pain, asks of what follows the disease, which the page answers.)
_DISEASE_NAMED = (
    r"(?:(?!(?:a|an|the)\b)\w+\s+)?(?:avn|osteonecrosis|avascular necrosis|bone death|the disease|necrosis)"
)
_DISEASE = rf"(?:it|this|that|{_DISEASE_NAMED})"
_CERTAIN = LazyPattern(
    r"\b(?:does|do|will|would)\s+(?:everyone|everybody|every\s+\w+|all(?:\s+\w+){0,2}?)\s+"
    r"(?:(?:with|who|on|taking|having|that)\b(?:\s+\w+){1,6}?\s+)?(?:get|develop|end\s+up\s+(?:getting|with))\s+"
    rf"{_DISEASE}\b|"
    rf"\b(?:does|do|will|would|can)\s+(?!{_DISEASE}\b)(?:\w+\s+){{1,3}}?always\s+(?:cause|lead\s+to|give|bring\s+on|"
    rf"result\s+in)\s+(?:you\s+)?{_DISEASE}\b|"
    rf"\b(?:will|would|am|is|are)\s+(?:i|he|she|they|we|my\s+\w+)\s+(?:going\s+to\s+)?(?:definitely|certainly|surely|"
    rf"for\s+sure|100\s+percent)\s+(?:get|develop)\s+{_DISEASE_NAMED}\b"
)


_CERTAIN_WORDS = ("every", "all ", "always", "definitely", "certainly", "surely", "for sure", "100")


def asks_certainty(sentences: list[str]) -> bool:
    """Whether a message asks if a cause makes the disease certain (see ``_CERTAIN``)."""
    folded = [fold(sentence) for sentence in sentences]
    if not any(word in f for f in folded for word in _CERTAIN_WORDS):  # (most messages: none)
        return False
    return any(_CERTAIN.search(f) for f in folded)


# Which of two things it comes from: "is it the transplant itself or the anti-rejection drugs?",
# "is it the lupus or the steroids that does it?", "does HIV itself or the HIV drugs cause more?"
# (not whether either does: "could the lupus itself or the steroids be causing it?")
_SIDE = r"(?:(?!(?:that|which|or|than)\b)\w+)(?:\s+(?!(?:that|which|or|than)\b)\w+){0,3}?"  # one side, no clause
_WHICH_OF_TWO = LazyPattern(
    # the one or the other: "is it the lupus or the steroids?" (not "is it from steroids or alcohol?",
    # which asks whether either is)
    rf"\b(?:(?:is it|is that|was it|is this)\s+(?:the|my|his|her)\s+(?P<one>{_SIDE})(?:\s+itself)?|"
    rf"(?:does|do|did|by)\s+(?:the\s+)?(?P<itself>{_SIDE})\s+itself)"
    rf"\s+or\s+(?:the\s+|my\s+|his\s+|her\s+)?(?P<other>{_SIDE})(?:\s+itself)?"
    r"(?:\s+(?:that|which|what)\s+(?:does|did|do|causes?|caused|is causing|gave)\b.*|\s+(?:cause|causes)\b.*|"
    r"\s+(?:after|then|in my case|for me))?$|"
    # one weighed against the other: "is smoking worse than drinking for AVN?"
    rf"\b(?:is|are|was)\s+(?:the\s+)?(?P<worse>{_SIDE})\s+(?:worse|more dangerous|more harmful|riskier)\s+than\s+"
    rf"(?:the\s+)?(?P<than>{_SIDE})(?:\s+(?:for|in|with)\b.*)?$"
)


def asks_which_of_two(sentences: list[str]) -> list[tuple[str, str]]:
    """The two things a message asks which of ("is it the lupus or the steroids?")."""
    found = (_WHICH_OF_TWO.search(f) for f in map(fold, sentences) if " or " in f or " than " in f)
    return [
        (m.group("one") or m.group("itself") or m.group("worse"), m.group("other") or m.group("than"))
        for m in found
        if m is not None
    ]
