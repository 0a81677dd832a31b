"""Score a question against every intent and rank the candidates.

Two kinds of evidence are combined for each intent:

* keyword evidence: the question's terms weighted by how well they tell intents apart (inverse
  document frequency over intents), as the share of the question the intent explains and as the
  best weighted overlap with one of its examples;
* phrase evidence: rapidfuzz's similarity between the question and the intent's closest example,
  after both went through the same normalisation (for the intents the keyword evidence ranks
  highest: it breaks near-ties).

Topics the document does not cover are scored the same way, so a question about recovery time
finds its true home instead of the nearest passage.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate, chain, combinations, pairwise
from typing import NamedTuple

from rapidfuzz import fuzz, process

from . import forms
from .knowledge import KnowledgeBase, Passage
from .normalise import DEFINITION_WORD, STOP_WORDS, Analysis, Normaliser, fold
from .normalise import words as words_of
from .patterns import LazyPattern
from .rewrites import without_manner

# Weights of the three kinds of evidence, and the word weights below: chosen by grid search on the
# tuning files, as README.md says. On 2026-12-06 coverage gave 0.10 to the phrase: coverage, the
# union of an intent's example words, favours intents with many examples; a second grid on all
# tuning files (10,348 items) chose 0.35/0.45/0.20, and unread files gained 15 items for 4 lost.
COVERAGE_WEIGHT = 0.35
EXAMPLE_WEIGHT = 0.45
PHRASE_WEIGHT = 0.20
# Weight of a question word the knowledge base has never seen, as a share of the largest weight.
# A rare word ("osteoporosis", "Kienbock") is usually what the question is about, and something
# the document does not cover; an everyday English word ("whole", "week") is often just context.
UNKNOWN_WORD_SHARE = 1.0
COMMON_WORD_SHARE = 0.6
# In a long message everyday words are mostly the writer's story, so they weigh less there.
LONG_COMMON_WORD_SHARE = 0.3
# A term used by at least this share of the intents is the document's subject ("osteonecrosis"):
# every intent and topic is taken to cover it, so an intent is not penalised for examples that
# happen not to name the disease.
SUBJECT_SHARE = 0.4
# ...and by at least this share of the intents' examples: a word many intents mention now and then
# ("hip", "where") is a word of the questions, not the subject the whole document is about.
SUBJECT_EXAMPLE_SHARE = 0.05
# A term weighing at least this share of the largest weight is used by few intents (three or fewer of
# the bundled 44 intents and topics): "smoking", "steroids", "wrist", not "pain" (six) or "hip" (ten).
OWN_WEIGHT_SHARE = 0.7
PHRASE_CUTOFF = 50  # rapidfuzz scores below this carry no phrase evidence
UNDERSTAND_LIMIT = 5  # candidates a message's reading keeps
READINGS_KEPT = 32  # sentence readings remembered (see Matcher._read): a few turns' worth
PHRASE_SHORTLIST = 12  # phrase evidence is computed for this many best intents only: it breaks near-ties
# Past this many example postings for a question's words, examples are compared for the
# DOC_SHORTLIST best-covered intents only, so a large knowledge base costs little more per question.
EXAMPLE_SCAN_LIMIT = 4000
SUBJECT_WORDS_SKIPPED = 3  # a question with more subject words than this visits their examples too
DOC_SHORTLIST = 60
# A message with more terms than this is also read sentence by sentence, and the reading that
# matches best decides: personal context around a question should not drown the question.
# When the message asks something, its other sentences (the writer's story) compete at
# STORY_DISCOUNT of their score. Chosen on the long messages of the tuning sets: 0.9 gave 69.6%
# right against 67.6% with no discount and 68.6% with story sentences left out. (Weighting the
# words of question sentences above the story's did worse still.) Lowered to 0.8 on 2026-12-06:
# the right-answered development questions asked after a story sentence ("My mum was just
# diagnosed with avascular necrosis in her hip.") kept 97.7% -> 98.4%, the tuning files +3/-0
# (0.7: 99.0%, but +3/-2).
FOCUS_MIN_TERMS = 6
STORY_DISCOUNT = 0.8
# How far a question sentence's uncovered topic must lead what the document covers for the question
# to be read before the story around it. On the tuning files 0.1 fixed 13 and lost 1; any lead at
# all (0.0) fixed 15 and lost 3, questions split at a colon from a heading ("Indications for core
# decompression: pre- or post-collapse?").
QUESTION_UNCOVERED_LEAD = 0.1
# A question sentence whose own reading is this likely to be answered right (by the judge the
# bot gives the matcher: chatbot.decide's model) is the message's question, whatever the story
# around it scores: "...my hip started aching when I walk. Can steroids cause this?" asks for causes.
QUESTION_SURE = 0.5
LEAN_SURE = 0.65  # ...and a question read back without the story's own words (see Matcher._sure_question)
_EFFICACY_WORDS = "work works working effective effectiveness"  # asking whether a thing works
SUBJECT_PHRASE = 0.95  # phrase score at which a question naming only the subject reads as an intent's own
# A list question ("does high cholesterol cause AVN?") is about something the document does not
# mention when less than this share of its item's weight is in words the passages use.
LISTED_SHARE = 0.5
# A word this telling (weight, see Matcher.weight: 3.81 for a word one intent uses, 1.2 for "bone")
# said elsewhere on the page is no cause the list names ("stress" is the osteotomy's); below it, a
# common word ("medicine", "treatment") counts as named wherever the page says it. Fixed 1, lost 0
# on the tuning files; 3.0 gave the same, 2.0 lost a radiotherapy question ("radiation" weighs 2.48).
TELLING_WEIGHT = 2.5
# Words by which people name the subject as a trouble of it ("the bone problem"): see Matcher._ailment
_TROUBLE_WORDS = "problem problems issue issues trouble troubles condition damage"
# Ways of using a joint: "pain when you walk on it" is the pain "especially when using the affected joint"
_USING_WORDS = "walk walking stand standing climb climbing stairs lift lifting weight"
_LIST_ITEM = forms.LIST_ITEM
# What the page says may happen to a bone: "the affected bone can break and collapse" (see Matcher._happenings)
_MAY_HAPPEN = LazyPattern(
    r"\b(?:bone|bones|joint|joints|it)\s+(?:can|may|might|could|will)(?: also)? ([a-z]+)(?: and ([a-z]+))?\b"
)
# Where a sentence says what the words before are: "the radiologist is...", "MRI (magnetic...)",
# "a vascularized bone graft, which includes...".
_DEFINING = LazyPattern(r"(?i)\b(?:is|are|means|refers to)\b|,\s*which\b|\((?!<|http)")
# A name given in a parenthesis after what it names: "bone tissue and its blood supply (vascularized)".
_NAMED_AFTER = LazyPattern(r"\(([^()<]{1,40})\)")
# The names a sentence enumerates after "such as", up to the sentence's end.
_SUCH_AS = LazyPattern(r"(?i)\bsuch as ([^.:;]+)")
# A sentence of an intent's passages that says what the items of its list do together: "These non-surgical
# treatments can often slow the progression of the disease" gives the reason for each ("why crutches?").
_WHAT_THESE_DO = LazyPattern(r"^These\b")
# ...though not why one rather than another, or why not: "why cold packs and not heat?", "why not crutches?",
# "why would they not give me crutches" (not "why crutches if it does not hurt")
_WHY_NOT = LazyPattern(
    r"\bwhy (?:\w+ ){0,2}(?:not|dont|didnt|doesnt|wouldnt|shouldnt|cant|wont)\b|\band not\b|\binstead\b|"
    r"\brather\b|\bthan\b"
)
# An amount a passage states, as "a very small dose of radiation".
_STATED_AMOUNT = re.compile(r"\b(?:small|smaller|large|larger|low|lower|high|higher)\s+(?:dose|doses|amount|amounts)\b")
# A list item that says what its thing is or does: "(a rare childhood condition...)", "to ease...",
# "such as", or spells out its abbreviation ("non-steroidal anti-inflammatory drugs (NSAIDs)").
_PURPOSE = re.compile(r"\bto\s+\w+")
_EXPLAINS = re.compile(rf"\(\s*(?:a|an|the)\s|\(\s*[A-Z]{{2,}}s?\s*\)|{_PURPOSE.pattern}|\bsuch as\b")
# "what do they do after the drilling?", "after hole what they put inside", "and what goes in after?":
# the step is what follows "after", up to the sentence's own question words.
_AFTER = re.compile(
    r"\bafter(?:wards?)?\b\s*(?:(?:that|they|you|he|she|we|i|the doctor|the surgeon)\s+)*"
    r"(?P<step>(?:(?!(?:what|which|how|do|does|did|is|are|can|will|where|who|why|when|they)\b)\b\w+\s*)*)"
)
# What is done before the step talked about: "what happens in the step before that?", "what comes before it?"
_BEFORE_IT = LazyPattern(
    r"^\W*(?:(?:and|so|ok|okay|but|then)\s+)*what(?:\s+(?:operation|procedure|surgery|step))?(?:\s+(?:is|s|was))?"
    r"(?:\s+(?:done|comes?|came|happens?|happened|goes))?(?:\s+in\s+the\s+step)?"
    # ("what do they do before that?")
    r"(?:\s+(?:do|does|did|will|would)\s+(?:they|the\s+doctors?|the\s+surgeons?|he|she)\s+do)?"
    r"\s+(?:just\s+|right\s+)?before\s+(?:it|that|this)\W*$"
)
_THIS_STEP = re.compile(
    r"^\s*(?:that|this|the|it|these|those)?\s*(?:procedure|operation|surgery|op|step|one|treatment)s?\b"
)
# "after it, something about putting bone in the holes": the step is the one talked about, and what
# follows the pronoun is another clause (a fold has no comma left to tell).
_AFTER_IT = re.compile(r"^\s*(?:it|this)\b(?!\s*(?:procedure|operation|surgery|op|step|one|treatment)s?\b)")
_AFTER_SENTENCE = re.compile(r"^\s*after\s+(?P<step>[^,]+),", re.I)
BACK_SENTENCES = 2  # a question saying "that"/"it" is also read with each of this many sentences before it
_ASKS = re.compile(
    r"\?\s*$|^\W*(?:what|whats|how|why|when|where|which|who|is|are|can|could|does|do|did|will|would|should|"
    r"tell(?! you what)|explain|describe|define|kindly (?=tell|explain|describe|guide|let|inform|advise|share|give|"
    r"list|help|suggest|clarify)|any|anything|please)\b",
    re.I,
)


# A question drawn from the one before, which only checks what was understood: "so it can be silent at
# first? then what test would catch it early"
_THEN_ASKS = re.compile(
    # (not "then which one...", a choice among what the question before asked for: "what are the surgeries? then
    # which one for early avn")
    r"(?:(?:so|and|but|ok|okay) )?then (?:how|what|whats|why|when|where|who|is|are|can|could|do|does|will|would|"
    r"should)\b"
)
# ...but a bare "then what (happens next)?" names nothing: it asks what follows the question before, which
# stays the question ("is an osteotomy painful? then what happens next")
_BARE_THEN = re.compile(
    r"(?:(?:so|and|but|ok|okay) )?then what(?: s| is)?(?: (?:happens|happened|comes|next|after|then|now|that))*$"
)


@lru_cache(maxsize=256)  # (a turn asks it of the same few sentences at several checks)
def _asks(sentence: str) -> bool:
    """Whether a sentence asks: it ends on a question mark or opens as a question does, texting
    spelled out ("wat is it", "hw do they find it"), the manner of answer put aside ("in a
    nutshell what is AVN") or after "then" ("then what test would catch it early")."""
    if _ASKS.search(sentence) is not None:
        return True
    folded = fold(sentence)
    return (
        _ASKS.search(folded) is not None
        or _ASKS.search(without_manner(folded)) is not None
        or (_THEN_ASKS.match(folded) is not None and _BARE_THEN.match(folded) is None)
    )


# Asking for the particular ones of a kind: "which drugs exactly?", "which of my meds?"
_PARTICULAR = LazyPattern(r"\b(?:exactly|specifically|precisely|in particular)\b|\bof (?:my|his|her|their|our) ")
_CLAUSES = re.compile(r",\s+(?=(?:what|whats|how|can|could|is|are|does|do|will|should|which|where|why|when)\b)", re.I)
_CAUSE_OF_IT = re.compile(
    r"\b(?:what|whats|which|tell|explain|list|give|know)\b.*\bthe (?:main |real |actual |exact |underlying )?"
    r"(?:reasons?|causes?|origin) "
    r"(?:for|of|behind) (?:this|that|it)(?= (?:disease|condition|illness|sickness|problem)\b|\s*$)"
)
# Asking what something is, in so many words: "what is it", "whats avn", "what the disease actually is".
_WHAT_X_IS = LazyPattern(r"\bwhat(?:s\b| (?:\w+ ){0,3}(?:is|s)\b)")
# Emphasis on the question word, no words of a topic: "what on earth is that?"
_EMPHASIS = r"(?: the hell| the heck| on earth| in the world)?"
# A question "what is X": "what (the hell) is (the) X..." (X: the words that follow, up to four).
_DEFINING_CLAUSE = LazyPattern(
    r"\bwhat" + _EMPHASIS + r"(?: exactly| actually| really| even)? (?:is|s)"
    r"(?: exactly| actually| really| even)?(?: this| the| that| an| a)? (?P<x>\w+(?: \w+){0,3})"
)
_QUESTION_WORDS = LazyPattern(r"\b(?:what|whats|how|why|which|when|where|who)\b")
# Words that may follow a name when the clause has ended ("what is avascular necrosis, the consultant
# just mumbled"), not when it goes on ("osteonecrosis of the jaw", "osteonecrosis treated with").
_CLAUSE_BREAK = frozenset(
    "the a my i im and but so because he she they we you it this that please lol exactly actually really "
    "anyway then again though thanks now honestly seriously".split()
)
# "what is that?", "what exactly is it?", "whats that exactly": asking what the last thing named is.
_WHAT_IS_THAT = re.compile(
    r"\W*(?:so |and |ok )?(?:what|wtf)" + _EMPHASIS + r"(?: s| is|s)? "
    r"(?:exactly |actually |really |even )?(?:is )?(?:it|that|this)"
    r"(?: exactly| actually| really| even| though| then| anyway)?(?: when (?:it s|its|it is) at home)?\W*|"
    # "...bone dying in the hip, whats that called": its name; "...propose a prosthesis, what is exactly?"
    r"\W*(?:so |and |ok |but )?what(?: s| is|s) (?:it|that|this) (?:even |actually |really |exactly )?called\W*|"
    r"\W*(?:so |and |ok |but )?what(?: s| is|s) (?:exactly|actually)\W*|"
    # "...They want to drill into my bone. What does that even mean?"
    r"\W*(?:so |and |ok |but )?what (?:does|do) (?:it|that|this) (?:even |actually |really |exactly )?mean\W*|"
    # "Can you explain what it actually is?"
    r"\W*(?:(?:can|could) you |please )?(?:explain|tell me|say)(?: to me)? what (?:it|that|this) "
    r"(?:actually |really |exactly )?(?:is|means)\W*"
)
# The disease named as such, one side of a comparison (see Matcher.uncompared).
_THIS_DISEASE = re.compile(r"(?:this|the) (?:disease|illness|condition|sickness)")
# Words after which a name only says what a thing is for or where it is (see Matcher._what_that_is).
_MODIFYING = frozenset({"for", "of", "with", "from", "after", "against", "in", "into", "on", "at"})
_ARTICLES = frozenset({"the", "a", "an", "my", "his", "her", "their", "your", "our"})
_WHAT_IT_IS = re.compile(
    r"\bwhat (?:it is|is it|this is|is this|that is|is that|exactly it is)\b|\bwhat ?s (?:it|this|that)\b"
)
_WHAT_THAT_IS_AT_END = LazyPattern(
    r"\bwhat (?:that|this|it) (?:actually |really |exactly |even )?(?:is|means)\W*$|"
    r"\bwhat (?:actually |really |exactly |even )?is (?:that|this)(?: actually| really| exactly| even)?\W*$"
)
# A question whether what was just said is true asks what was said: "Someone on a forum said HIV
# meds rot the hip bone. Is that true or just scaremongering?"
_CLAIM_HOLDS = "true|right|correct|real|accurate|possible|normal"  # what is asked of a claim: "is that true?"
_TRUE_OR_NOT = re.compile(
    r"(?:(?:so|and|but|ok) )?(?:(?:is|was) (?:that|this|it)|(?:that|this|it) (?:is|s)|its|thats|is)? ?"
    r"(?:really |even )?"
    rf"(?:{_CLAIM_HOLDS}|a myth|a thing|a real thing)(?: or (?:not|false|a myth|just \w+(?: \w+)?))?"
    # a learner's order: "is possible this?", "is true that?"
    rf"|(?:(?:so|and|but|ok) )?(?:is|its|it s) (?:really )?(?:{_CLAIM_HOLDS}) (?:this|that|it)"
    # disbelief: "they drill a tunnel into my bone?? seriously?"
    r"|(?:(?:so|and|but|ok) )?(?:seriously|for real|no way|are you serious|you re kidding|you re joking)"
)
# Words quoted from a letter or a report: 'total hip arthroplasty', "osteonecrosis" (not the
# apostrophes of "I'm" or "Crohn's", which follow a letter)
_QUOTED = re.compile(r"(?:(?<=\s)|^)['\u2018\"\u201c]([^'\u2019\"\u201d]{2,60}?)['\u2019\"\u201d](?=[\s.,;:!?)]|$)")
_PUNCTUATION = re.compile(r"[,.;:!?]+")
# Whether what was just told caused it: "can that cause osteonecrosis?", "could this have led to it?"
_CAUSED_THAT = LazyPattern(
    r"\b(?:can|could|would|might|may|did|does|do)\s+(?:that|this|those|these)\s+(?:(?:really|actually|have|possibly)\s+)?"
    r"(?:cause|caused|lead to|led to|give|gave|trigger|triggered|bring on|brought on|be behind|be linked to|"
    r"contribute to|be the cause of|be the reason for)\s+(?:me\s+|him\s+|her\s+)?"
    r"(?:it|this|avn|osteonecrosis|avascular necrosis|bone death|necrosis|the disease|the bone problem)\b|"
    r"\b(?:can|could|would|might|may)\s+(?:that|this)\s+(?:really\s+|actually\s+)?be\s+what\s+(?:did|caused)\s+"
    r"(?:it|this)\b"
)
# A word that says a thing causes it, more than "give" or "make" does, and one way only ("linked"
# goes both: the page links osteoarthritis to AVN as what AVN may lead to)
_CAUSE_WORD = re.compile(
    r"\b(?:cause|causes|caused|causing|lead to|leads to|led to|trigger\w*|bring on|brings on|brought on|result in|"
    r"results in|contribute\w*|risk)\b"
)
_LINK_WORD = re.compile(r"\b(?:linked|related|connected|associated)\b")
_POINTERS = frozenset(("it", "this", "that", "its"))  # words standing for the subject talked about
_TELL_ME = re.compile(
    r"^(?:(?:please|pls|kindly|can you|could you|hi|hello|so|ok)\s+)*(?:tell me|explain(?: to me)?)\s+"
)
STORY_WORDS = 4  # words of a part of a message, between commas, that tell a story (see told_and_asked)
# A story is of someone, and opens as a sentence does: "i coach under 12s football", "my uncle is 45 works on oil
# rigs" (not what the question goes on to say: "in dogs and cats", "using stem cells")
_STORY = LazyPattern(
    r"(?!(?:in|for|during|with|using|from|after|of|at|on|by|like|via|to|without|before|or|and)\b)"
    r".*\b(?:i|im|ive|id|my|me|we|our|us|you|your|he|hes|his|him|she|shes|her|they|their|theyre|mum|mom|dad|son|daughter|"
    r"wife|husband|brother|sister|uncle|aunt|friend|mate|nan|grandma|grandpa|baby|kid|kids|child|patient)\b"
)
UNPUNCTUATED_WORDS = 12  # a message this long typed without a stop is split at its question words
_STOPS = re.compile(r"[.?!;:,]")
_QUESTION_WORD_START = LazyPattern(r"(?i)\s+(?=(?:what|whats|how|why)\s)")
# ...or at a verb that opens a question, after a word that can end a clause: "...my hip is sore
# is it common" (not "what kind of pictures do they take", "what is it", "and is it", "is there")
_NOT_AFTER_A_LINK = (
    r"(?i)(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bthat)(?<!\bif)(?<!\bwhether)(?<!\bit)(?<!\bthere)(?<!\bi)(?<!\bthis)"
)
_VERB_START = LazyPattern(
    _NOT_AFTER_A_LINK
    + r"\s+(?=(?:is|are|can|could|does|do|will|should|would|where|which) (?:it|this|that|there|i|he|she|they|you|my|"
    r"his|her|the|a|an|avn|osteonecrosis)\b)"
)
_WH = LazyPattern(r"(?i)\b(?:what|whats|how|why|who|where|when|which)\b")
# ...but a remark that sets the question's subject (someone's trouble, a body part, a place, a topic
# returned to) is no aside: "my friend has gout what causes it", "in the jaw how do they treat it"
_HAS_A_SUBJECT = re.compile(
    r"(?i)\b(?:has|have|had|got|came back|back to|clicks|snores|hurts?|aches?)\b|^(?:in|at|with|after|since|during)\b|"
    r"\b(?:my|his|her|our|their) (?!phone|bad|fault|mistake|name|english|keyboard|cat|thumbs?|fingers?)\w+"
)
# A remark of three words or more, then a question: (not "do you know what...", "tell me how...", "is that why...")
_TOLD_THEN_ASKED = LazyPattern(
    r"(?i)((?!.*\b(?:what|whats|how|why)\b.*\s(?:what|whats|how|why)\s)(?:\S+\s+){2,}?"
    r"(?!(?:know|tell|explain|ask|asking|wonder|wondering|about|is|was|of|and|or|but|to|see|say|said|sure|idea|"
    r"understand|mean|show|learn|find|out|thats|that|exactly|matter|no|me|us|on|in|for|from|as|at|by|with|hear|heard|"
    r"remember|forget|forgot|recall|catch|caught|get|got|understood|realise|realize|believe|guess|doubt|care|decide|"
    r"check|read|look|looked|wondered|knew|told|asked|explained|showed|saw|seen|figure|work|worked)\s)\S+)"
    r"\s+((?:what|whats|how|why)\s.+)"
)
# ...and the same verb before any words, not after a pronoun: the last question's, whatever its subject
_ANY_VERB_START = LazyPattern(
    _NOT_AFTER_A_LINK + r"(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe)(?<!\byou)(?<!\bwhich)(?<!\bwho)"
    r"\s+(?=(?:is|are|can|could|does|do|will|should|would) \w+ \w+)"
)
LAST_QUESTION_WORDS = 10  # words from the end within which a verb may open a message's last question
QUESTION_REACH = 5  # words back within which a question word makes a verb part of its question


@lru_cache(maxsize=64)
def _remark_then_question(text: str) -> tuple[str, str] | None:
    """A short message typed without stops, as an aside and its question (see _TOLD_THEN_ASKED), or None;
    kept for a few messages, as a turn's checks each read the same one."""
    if _STOPS.search(text):
        return None
    told = _TOLD_THEN_ASKED.match(text)
    return (told.group(1), told.group(2)) if told and not _HAS_A_SUBJECT.search(told.group(1)) else None


def _unpunctuated(text: str) -> tuple[str, ...]:
    """A long message typed without stops, split where its questions start."""

    def asked_before(at: int) -> bool:  # (a question word just before makes the verb part of its question)
        return _WH.search(" ".join(text[:at].split()[-QUESTION_REACH:])) is not None

    cuts = [m.start() for m in _QUESTION_WORD_START.finditer(text)]
    cuts += [m.start() for m in _VERB_START.finditer(text) if not asked_before(m.start())]
    # ...and at the last such verb near the end, whatever follows it: "...his shoulder hurts all the
    # time is diving a risk for osteonecrosis" (its subject may be any word)
    last = [m.start() for m in _ANY_VERB_START.finditer(text) if len(text[m.start() :].split()) <= LAST_QUESTION_WORDS]
    if (
        last
        and not _ASKS.match(text)  # (a message that opens with its question tells its story after it)
        and not _WH.search(text[last[-1] :])  # (nor when the question is a "who..." after it)
        and not asked_before(last[-1])
    ):
        cuts.append(last[-1])
    bounds = [0, *sorted(set(cuts)), len(text)]
    return tuple(p for a, b in pairwise(bounds) if (p := text[a:b].strip()))


# A learner's question without its subject leans on the sentence before: "the mri is dangerous? have radiation?"
_SUBJECTLESS = re.compile(
    r"\W*(?:(?:and|so|but|also)\s+)?(?:has|have|use|uses|hurt|hurts|involve|involves|show|shows|take|takes)"
    r"\s+(?!(?:it|this|that|they|them|he|she|you|i|we|there|to)\b)"
)
_BACK_REFERENCE = re.compile(r"\b(?:it|this|that|these|those|they|them|its|such)\b", re.I)
# "The options" are those of the kind the sentence before names: "...mentioned several different
# operations. What are the options?" (not "my MRI showed AVN. What are the options?")
_THE_OPTIONS = re.compile(r"\bthe (?:options|choices|alternatives)\b", re.I)
_EITHER_OR = re.compile(r"\beither\b.+\bor\b", re.I)
_KINDS_NAMED = re.compile(r"\b(?:operations|surgeries|procedures|treatments|therapies|tests|scans|exams)\b", re.I)
_SENTENCE_END = re.compile(
    # (Messages arrive cleaned, newlines folded into spaces; a passage keeps its own, which \s matches.)
    r"(?<=[.?!;:])\s+|\s+(?:but|and|so)\s+(?=(?:what|how|can|could|is|are|does|do|will|should|which|where|why|when)\b)|"
    # "...no obvious reason for the bone death, is that possible?": whether the claim holds, asked of it
    rf"(?<=,)\s*(?=(?:is|was) (?:that|this|it) (?:really )?(?:{_CLAIM_HOLDS})\W*$)|"
    # what one denies or tells of oneself after a comma is a story of its own: "why did i get it, i dont
    # smoke", "how is it normally diagnosed, i only had an xray"
    r"(?<=,)(?<!\bif,)(?<!\bwhen,)(?<!\bunless,)\s*(?=(?:i|he|she|we|they) (?:only |just |already |also |still )?"
    r"(?:dont|do not|didnt|did not|never|"
    r"barely|hardly|havent|have never|am not|m not|wasnt|was not|arent|are not|isnt|is not|had|have had|ve had)\b)|"
    # a question after what one did not catch or follow is one of its own: "the doctor talked so fast we
    # didnt catch what happens next with treating it"
    # (not after "understand" or "sure": "trying to understand what comes next. What treatments...")
    r"(?:(?<=\bcatch)|(?<=\bcaught)|(?<=\bfollow)|(?<=\bfollowed)|(?<=\bhear)|(?<=\bheard))"
    r"\s+(?=(?:what|how|why|which|when|where)\b)(?!what (?:\w+ ){1,3}?(?:said|says|told|meant|mentioned)\b)",
    re.I,
)


class _Item(NamedTuple):
    """An item of a list in a passage ("- prolonged use of oral or intravenous steroids")."""

    terms: frozenset[str]
    much: bool  # whether the line makes its item much or long ("prolonged use")
    explained: bool  # whether the line says what its item is ("Gaucher disease (a buildup of ...)")
    purposed: bool  # whether it says what its item is for ("physical therapy to ease joint tenderness...")
    words: frozenset[str]  # its words' stems before synonyms ("radiation", not "radiotherapy")


@dataclass(frozen=True)
class Candidate:
    """One intent (or uncovered topic) and how well a question matched it, 0..1."""

    key: str  # intent id, or "not_covered:<topic>"
    score: float
    covered: bool  # False for a topic the document does not cover
    exclusive: bool = False  # an uncovered topic that matched a word no intent uses
    # The evidence behind the score, for the decision (chatbot.decide):
    coverage: float = 0.0  # share of the question's weight this intent explains
    overlap: float = 0.0  # best weighted overlap with one example
    phrase: float = 0.0  # best rapidfuzz similarity with one example, 0..1
    rare: float = 0.0  # share of the question's weight in words the knowledge base never uses, rare ones
    common: float = 0.0  # the same for everyday English words


@dataclass(frozen=True)
class _Doc:
    key: str
    covered: bool
    examples: range  # its examples' positions in the matcher's flat example arrays
    terms: frozenset[str]


def _for_it(analysis: Analysis, name: str) -> bool:
    """Whether the disease's name follows "for", which links a thing to it ("bone graft for AVN"); "MRI
    consistent with AVN" says what the MRI found, the disease."""
    words = analysis.phrase.split()
    at = words.index(name) if name in words else 0
    leading = [w for w in words[:at] if w not in _ARTICLES]
    return bool(leading) and leading[-1] == "for"


_IT = re.compile(r"\bit\b")
# Two things set against each other: "...thinks its osteonecrosis but my physio thinks its tendonitis"
ONE_OR_OTHER = re.compile(r"\b(?:or|but)\b")


def _before_modifiers(terms: Sequence[str], words: list[str], droppable: Callable[[str], bool]) -> list[str]:
    """Terms without the last ones said after "for", "of", "in"... that ``droppable`` accepts: they
    only say what a thing is for or where it is. One term is always kept."""
    terms = list(terms)
    while len(terms) > 1 and droppable(terms[-1]):
        if terms[-1] not in words:
            break  # a term a rewrite made ("differently" read as "definitely"): not a name said
        at = len(words) - 1 - words[::-1].index(terms[-1])
        leading = [w for w in words[:at] if w not in _ARTICLES]
        if not leading or leading[-1] not in _MODIFYING:
            break
        terms.pop()
        words = words[:at]
    return terms


class Matcher:
    """Ranks a knowledge base's intents for a question.

    Examples are kept in flat arrays with inverted indexes from term to intents and to examples,
    so a question only visits the intents and examples that share a word with it.
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        normaliser: Normaliser,
        prepared: Mapping[str, tuple[list[str], str]] | None = None,
        judge: Callable[[list[Candidate]], float] | None = None,
    ):
        self.normaliser = normaliser
        self._judge = judge  # how likely answering from ranked candidates is right, 0..1
        self._prepared = prepared or {}  # example analyses from a cache: text -> (terms, phrase)
        self._kb = kb
        self._words: dict[str, frozenset[str]] | None = None  # passage words, made on first need
        self._lines: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # likewise, by intent
        self._list_words: dict[str, frozenset[str]] = {}  # the terms of each list-item word read alone, by intent
        self._denied_by: dict[str, frozenset[str]] = {}  # see _denials()
        self._steps: list[tuple[str, str, frozenset[str]]] | None = None  # see sequel()
        self._items: dict[str, list[_Item]] = {}  # list items, by passage id: see _items_of()
        self._in_passing: dict[str, frozenset[str]] = {}  # see named_in_passing()
        self._heads: list[frozenset[str]] | None = None  # see _defining_heads(), made on first need
        self._text_terms: dict[str, tuple[str, ...]] = {}  # see text_terms()
        self._sentence_readings: dict[tuple[str, int], tuple[Analysis, tuple[Candidate, ...]]] = {}  # see _read()
        self._texts: list[str] = []  # example phrasings as written
        self._terms: list[frozenset[str]] = []
        self._phrases: list[str] = []
        self._owner: list[int] = []
        self._docs: list[_Doc] = []
        for intent in kb.intents:
            self._add(intent.id, True, intent.phrasings)
        for topic in kb.not_covered:
            self._add(f"not_covered:{topic.topic}", False, topic.examples)
        self._index = {doc.key: index for index, doc in enumerate(self._docs)}
        self._doc_phrases = [self._phrases[doc.examples.start : doc.examples.stop] for doc in self._docs]
        df: dict[str, int] = defaultdict(int)
        for doc in self._docs:
            for term in doc.terms:
                df[term] += 1
        n = len(self._docs)
        self._idf = {t: math.log(1 + n / d) for t, d in df.items()}
        intents = max(1, len(kb.intents))
        # Counted over intents only: examples added to an uncovered topic must not turn a word like
        # "therapy" (treat) into the subject.
        in_intents: dict[str, int] = defaultdict(int)
        for doc in self._docs:
            for term in doc.terms if doc.covered else ():
                in_intents[term] += 1
        in_examples: dict[str, int] = defaultdict(int)
        for doc in self._docs:
            for position in doc.examples if doc.covered else ():
                for term in self._terms[position]:
                    in_examples[term] += 1
        examples = max(1, sum(len(d.examples) for d in self._docs if d.covered))
        self._subject = frozenset(
            t
            for t, d in in_intents.items()
            if d >= SUBJECT_SHARE * intents and in_examples[t] >= SUBJECT_EXAMPLE_SHARE * examples
        )
        normaliser.use_terms(frozenset(self._idf), self._subject)
        self._intent_terms = frozenset().union(*(d.terms for d in self._docs if d.covered))
        top = self._top = max(self._idf.values(), default=1.0)
        self._unknown = UNKNOWN_WORD_SHARE * top
        self._common = COMMON_WORD_SHARE * top
        self._common_long = LONG_COMMON_WORD_SHARE * top
        self._size = [sum(self._idf[t] for t in terms) for terms in self._terms]
        self._smallest: dict[frozenset[str], list[tuple[int, float]]] = {}  # see _smallest_holding()
        # The intents whose own question names nothing but the subject ("What is osteonecrosis?").
        self._defining = tuple(
            d.key for d in self._docs if d.covered and self._terms[d.examples.start] <= self._subject
        )
        # Asking how a thing is "treated" asks for an intent whose own question says so (unexplained());
        # the word is English, as the everyday-word list is.
        self._care = frozenset(normaliser.analyse("treated", everyday=False).terms)
        # A question asking what a word means is about the word when the word is a name only one
        # intent's own question uses ("arthroplasty", "MRI"); otherwise it asks what the subject is.
        self._definition = next(iter(normaliser.analyse(DEFINITION_WORD).terms), "")
        in_questions: dict[str, int] = defaultdict(int)
        for doc in self._docs:
            for term in self._terms[doc.examples.start] if doc.covered else ():
                in_questions[term] += 1
        self._question_words = frozenset(t for t in in_questions if t not in self._subject)
        self._names = frozenset(
            t for t, d in in_questions.items() if d == 1 and t not in self._subject and t != self._definition
        )
        self._doc_postings: dict[str, list[int]] = defaultdict(list)
        for index, doc in enumerate(self._docs):
            for term in doc.terms:
                self._doc_postings[term].append(index)
        self._example_postings: dict[str, list[int]] = defaultdict(list)
        for position, terms in enumerate(self._terms):
            for term in terms:
                self._example_postings[term].append(position)

    def _add(self, key: str, covered: bool, examples: tuple[str, ...]) -> None:
        first = len(self._texts)
        for example in examples:
            known = self._prepared.get(example)
            if known is None:
                analysis = self.normaliser.analyse(example, everyday=False)
                known = (list(analysis.terms), analysis.phrase)
            self._texts.append(example)
            self._terms.append(frozenset(known[0]))
            self._phrases.append(known[1])
            self._owner.append(len(self._docs))
        span = range(first, len(self._texts))
        self._docs.append(_Doc(key, covered, span, frozenset().union(*(self._terms[i] for i in span))))

    def prepared(self) -> dict[str, tuple[list[str], str]]:
        """Every example's analysis, for a cache of the prepared knowledge base."""
        return {
            t: (sorted(terms), phrase) for t, terms, phrase in zip(self._texts, self._terms, self._phrases, strict=True)
        }

    def understand(self, text: str, limit: int = UNDERSTAND_LIMIT) -> tuple[Analysis, list[Candidate]]:
        """Analyse and rank a message, focusing on its best-matching sentence when it is long."""
        analysis = self.normaliser.analyse(text)
        ranked = self.rank(analysis, limit)
        if ranked and ranked[0].key not in self._defining and self._asks_what_subject_is(analysis, fold(text)):
            # "I was wondering whether you could tell me what osteonecrosis is", "seriously what IS
            # avascular necrosis, the consultant just mumbled at me" ask what it is, however their
            # other words compare with examples
            defined = self._as_what_is(next(t for t in analysis.terms if t in self._subject))
            if defined[1] and defined[1][0].key in self._defining:
                return defined
        told = self._what_thing_is(text)
        if told is not None:
            return told
        clauses = _clauses(text)
        if len(clauses) > 1:
            # "...and the GP mentioned avascular necrosis, what is that?": what is the disease, named
            # just before the comma, as after a full stop (below)
            # (unless what the clause tells is a topic the page leaves out: "jaw osteonecrosis"); so is a thing
            # the clause is about: "the doctor propose a prosthesis, what is exactly?" (not one its words
            # merely name: "when they swap the whole joint for a new one, what is that called?")
            named = self._what_that_is(clauses, len(clauses) - 1)
            if named is not None and named[1] and not self.quoted(clauses[-2]):
                said = self.normaliser.analyse(clauses[-2])
                told_ranked = self.rank(said)
                if set(named[0].terms) <= self._subject:
                    about = self.names_disease(said)  # ("they reshape the bone, whats that called": the osteotomy)
                else:  # ("my hip has arthritis, what is that called" names no thing of the page)
                    about = (
                        bool(told_ranked)
                        and told_ranked[0].key == named[1][0].key
                        and set(named[0].terms) <= self._names
                    )
                if about and uncovered_lead(told_ranked) < 0:
                    return named
        if any(not c.covered and (c.exclusive or n == 0) for n, c in enumerate(ranked[:3])):
            # (an uncovered topic leads, or stands near with words of its own)
            pointed = self._cause_of_the_story(text, analysis, ranked)
            if pointed is not None:
                return pointed
        sentences = self._asked(text)
        # A short message of one sentence is read whole; of several, its question is also read on
        # its own ("my wife has AVN in her shoulder. how is it treated" asks about treatment).
        if len(analysis.terms) <= FOCUS_MIN_TERMS and (len(sentences) < 2 or self._judge is None):
            return analysis, ranked
        readings = {text: (analysis, ranked)}  # a message of one long sentence, as typed, is not read twice

        def read(sentence: str) -> tuple[Analysis, list[Candidate]]:
            if sentence not in readings:
                readings[sentence] = self._read(sentence, limit)
            return readings[sentence]

        asks = [_asks(s) for s in sentences]
        # "...said HIV meds rot the hip bone. Is that true?": the claim is what is asked
        checks = [n > 0 and _TRUE_OR_NOT.fullmatch(fold(s)) is not None for n, s in enumerate(sentences)]
        claims = [*checks[1:], False]  # (whether the sentence after each asks if it is true)
        asks = [a or claim for a, claim in zip(asks, claims, strict=True)]
        # ...unless the whole message is about something the document does not cover, in words
        # no intent uses ("osteonecrosis of the jaw after Fosamax... What's the treatment?").
        if any(asks) and self._judge is not None and not (ranked and ranked[0].exclusive):
            sure = self._sure_question(sentences, asks, claims, read, self._judge, ranked)
            if sure is not None:
                return sure
        elif any(asks):
            # ...though "what is it?" after a sentence ending on the subject's name asks what it is,
            # whatever else the sentence says ("They wrote 'osteonecrosis' on my letter from the hospital.")
            named = next(filter(None, (self._what_that_is(sentences, n) for n, a in enumerate(asks) if a)), None)
            if named is not None and set(named[0].terms) <= self._subject:
                return named
        best = (ranked[0].score if ranked else 0.0, analysis, ranked)
        beyond = bool(self.beyond_subject(analysis))
        # A question on what the document does not cover is asked, whatever the story before it
        # matches: "...We're worried about managing at home. What is the usual recovery time?"
        uncovered = any(
            asks[n] and uncovered_lead(read(s)[1]) >= QUESTION_UNCOVERED_LEAD for n, s in enumerate(sentences)
        )
        for number, sentence in enumerate(sentences):
            part, part_ranked = read(sentence)
            if beyond and not asks[number] and not self.beyond_subject(part):
                continue  # "osteonecrosis: typical age" - a heading naming the subject asks nothing alone
            if uncovered and not asks[number]:
                continue
            if part.terms and part.terms != analysis.terms and part_ranked:
                # (asking nothing in so many words, a message asks in its last sentence: "My mum was
                # just diagnosed with AVN in her hip. alcohol risk")
                weight = 1.0 if asks[number] or (not any(asks) and number == len(sentences) - 1) else STORY_DISCOUNT
                if part_ranked[0].score * weight > best[0]:
                    best = (part_ranked[0].score * weight, part, part_ranked)
        return best[1], best[2]

    def _sure_question(
        self,
        sentences: list[str],
        asks: list[bool],
        claims: list[bool],
        read: Callable[[str], tuple[Analysis, list[Candidate]]],
        judge: Callable[[list[Candidate]], float],
        whole: list[Candidate],
    ) -> tuple[Analysis, list[Candidate]] | None:
        """The reading of the message's question sentence that is surest to be answered right, if
        any is sure enough (QUESTION_SURE). ``claims``: whether the sentence after each asks if it is
        true ("Is that right?"), which makes it the question; ``whole``: the whole message's reading."""
        sure: tuple[float, Analysis, list[Candidate]] | None = None
        lean: Analysis | None = None  # the first question read back, without the story's own words
        dropped_before: set[str] = set()  # its terms said just after a word dropped
        for number, sentence in enumerate(sentences):
            if not asks[number] or (number and claims[number - 1]):
                continue  # (whether it is true asks the claim before it, read as a question)
            if (
                number + 1 < len(sentences)
                and _THEN_ASKS.match(fold(sentences[number + 1]))
                and not _BARE_THEN.match(fold(sentences[number + 1]))
            ):
                continue  # "so no symptoms at first?? then how does anyone catch it early": the "then" asks
            named = self._what_that_is(sentences, number)
            if named is not None:
                return named
            alone, alone_ranked = read(sentence)
            if alone.terms and not self.beyond_subject(alone) and (claims[number] or _WHAT_X_IS.search(fold(sentence))):
                # "...the doctor talked so fast. Can you tell me what the disease actually is?": what
                # it is, whatever the story around it names; so does "I googled and it says bone
                # death. Is that right?"
                analysis, ranked = self._as_what_is(alone.terms[0])
                if ranked and ranked[0].key in self._defining:
                    return analysis, ranked
            alone_key = alone_ranked[0].key if alone_ranked else None
            texts = [sentence]
            # "...needs an osteotomy. What does that operation do?"; "...a 'vascularized' bone graft. Meaning?"
            if (
                (_BACK_REFERENCE.search(sentence) and not self._asks_its_cause(sentence))
                or (alone.terms and set(alone.terms) <= {self._definition})
                or _SUBJECTLESS.match(fold(sentence))
            ):
                texts += [f"{e} {sentence}" for e in sentences[max(0, number - BACK_SENTENCES) : number]]
            elif number and _THE_OPTIONS.search(sentence) and self._offers_options(sentences[number - 1]):
                texts.append(f"{sentences[number - 1]} {sentence}")
            elif number and sentences[number - 1].endswith(":"):
                texts.append(f"{sentences[number - 1]} {sentence}")  # "X-ray vs MRI: what's the difference?"
            for text in texts:
                reading, reading_ranked = read(text)
                if text != sentence:
                    # What it points back to is a thing of the page: the story's words it never uses may drown
                    # it ("my son the footballer is booked in for core decompresion what do they actually do").
                    # Read without them only if nothing is sure with them.
                    known = tuple(t for t in reading.terms if t in self._idf or t in alone.terms)
                    if known != reading.terms and lean is None:
                        lean = Analysis(known, reading.phrase, reading.common)
                        # (a name said right after a word dropped is that word's kind: "a bunion operation")
                        dropped = set(reading.terms) - set(known)
                        dropped_before = {b for a, b in pairwise(reading.phrase.split()) if a in dropped}
                if not reading_ranked or (
                    not self.beyond_subject(reading) and reading_ranked[0].phrase < SUBJECT_PHRASE
                ):
                    # "why is it used for this condition?" names nothing but the subject; "what
                    # exactly is this condition?" does too, but in the words of an intent's question.
                    continue
                p = judge(reading_ranked)
                # Read with what it points back to, the question wins when its answer also explains
                # the question's own words: "that operation" was the osteotomy.
                key = reading_ranked[0].key
                resolved = text != sentence and key != alone_key and self._covers(key, alone)
                if p >= QUESTION_SURE and (sure is None or p >= sure[0] or resolved):
                    sure = (p, reading, reading_ranked)
        if sure is None and lean is not None and not (whole and judge(whole) >= QUESTION_SURE):
            # (and only where the story names what that reading is about, by a name of its own: "...is booked in for
            # core decompresion", not "...is having a hernia repair" nor "...a bunion operation", whose thing is in
            # the words dropped)
            lean_ranked = self.rank(lean)
            own = self.question_terms(lean_ranked[0].key) - self._subject if lean_ranked else frozenset()
            if own and own <= set(lean.terms) - dropped_before and judge(lean_ranked) >= LEAN_SURE:
                return lean, lean_ranked
        return (sure[1], sure[2]) if sure else None

    def _offers_options(self, sentence: str) -> bool:
        """Whether a sentence sets out options that "the options" after it may mean: a kind in the
        plural ("several different operations"), an either-or, or two things by name ("an X-ray or
        an MRI")."""
        if _KINDS_NAMED.search(sentence) or _EITHER_OR.search(sentence):
            return True
        return len({t for t in self.normaliser.analyse(sentence).terms if t in self._names}) > 1

    def _asks_its_cause(self, sentence: str) -> bool:
        """Whether a sentence asks what causes "it" or "this": the disease the story tells of, not a
        thing it names ("...the GP wants to check for avascular necrosis. What actually causes this?",
        "...doctor told it is AVN. Kindly tell what is the reason for this disease")."""
        head = forms.head([sentence])
        if head is not None and head[0].startswith("caus") and head[1] in _POINTERS:
            return True
        # (or asked with the cause as a noun: "what is the reason for this disease")
        return _CAUSE_OF_IT.search(fold(sentence)) is not None

    def _names_any(self, analysis: Analysis) -> bool:
        """Whether a text names an intent's thing or the subject."""
        return any(t in self._names or t in self._subject for t in analysis.terms)

    @staticmethod
    def quoted(text: str) -> list[str]:
        """The words a text quotes ("my letter says 'AVN right hip'")."""
        return _QUOTED.findall(text)

    def _quoted_name(self, sentences: list[str]) -> tuple[Analysis, list[Candidate]] | None:
        """The reading of "what is X?", X the one name in the last words quoted before: "...the only
        option now is a 'total hip arthroplasty'. She's nervous. What is that in plain words?" asks
        what the arthroplasty is, whatever was said after the quote. None without such a quote."""
        quotes = [q for s in sentences for q in self.quoted(s)]
        if not quotes:
            return None
        quote = self.normaliser.analyse(quotes[-1])
        terms = quote.terms
        named = {t for t in terms if t in self._names} or {t for t in terms if t in self._subject}
        subject = [n for n, t in enumerate(terms) if t in self._subject]
        if (
            subject
            and all(n < subject[0] for n, t in enumerate(terms) if t in named)
            and not _for_it(quote, terms[subject[0]])
        ):
            # the names just before the disease's are said of it: "'early avascular necrosis R femoral
            # head'" (but "'bone graft for AVN'" names the graft, for the disease)
            named = {terms[subject[0]]}
        if len(named) != 1:
            return None
        analysis, ranked = self._as_what_is(named.pop())
        return (analysis, ranked) if ranked and ranked[0].covered else None

    def _what_that_is(self, sentences: list[str], number: int) -> tuple[Analysis, list[Candidate]] | None:
        """The reading of "what is that?" as "what is X?", X the name the sentence before ended on:
        "...The orthopedist mentioned avascular necrosis. What exactly is that?" asks what
        osteonecrosis is; "...wants an MRI. What is that?" what an MRI is. None otherwise."""
        if not number:
            return None
        asked = fold(sentences[number])
        if asked.endswith(" then") and ONE_OR_OTHER.search(fold(sentences[number - 1])):
            return None  # which of two it is: "i was told avn but my physio thinks its tendonitis. what is it then?"
        plain = _WHAT_IS_THAT.fullmatch(asked) is not None
        if not (plain or _WHAT_IS_THAT.fullmatch(without_manner(asked))):
            return None
        quoted = self._quoted_name(sentences[:number])
        if quoted is not None or not plain:
            # ("what is it in simple terms?" after no quote is left to the reading of the whole)
            return quoted
        before = number - 1
        said = self.normaliser.analyse(sentences[before])
        while before and not said.terms:
            before -= 1  # "...something called avascular necrosis. I'm really worried. What is it?"
            said = self.normaliser.analyse(sentences[before])
        if not self._names_any(said):
            # "...the gp said it could be avascular necrosis. he wont go back to the doctor lol. what even
            # is that": the disease, named at the end of a sentence just before the aside
            earlier = [self.normaliser.analyse(s) for s in sentences[max(0, before - BACK_SENTENCES) : before]]
            named_last = next(
                (e.terms[-1] for e in reversed(earlier) if e.terms and e.terms[-1] in self._subject), None
            )
            if named_last is not None:
                analysis, ranked = self._as_what_is(named_last)
                return (analysis, ranked) if ranked and ranked[0].covered else None
        tail = self.normaliser.analyse(_PUNCTUATION.split(sentences[before].rstrip(",.;:!? "))[-1])
        if tail.terms != said.terms and self._names_any(tail):
            said = tail  # "...pointless now, and he's talking about a total hip replacement instead. What is that?"
        # A name after "for", "of", "in"... only says what a thing is for or where: "a total joint
        # replacement for AVN. what is that?" asks about the replacement, "AVN of the hip" about AVN.
        terms = _before_modifiers(said.terms, said.phrase.split(), lambda term: True)
        last = terms[-1] if terms else None
        # The name must end the sentence, and be the only thing it names: "...not osteonecrosis but
        # Perthes disease. What is that?" and "...an X-ray and an MRI. What is that?" are left alone.
        named = last is not None and (last in self._names or last in self._subject)
        told = next((t for t in terms if t in self._subject), None)
        if (
            not named
            and told is not None
            and _IT.search(asked)
            and not (set(terms) - self._subject) & self._names
            and not sentences[before].rstrip().endswith(":")
        ):
            # "it" after a story that names the disease and no other thing is the disease, whatever word
            # the story ends on: "I was diagnosed with AVN of the femoral head ... for asthma. what is it?"
            # (not after a heading, which names the whole: "Spontaneous Osteonecrosis of the Knee: What Is It?")
            last, named = told, True
        if last is None or not (named or self._rare(last)):
            return None
        if len({t for t in terms if t in self._names}) > 1:
            return None
        analysis, ranked = self._as_what_is(last)
        if not named and ranked:
            # A telling word that names no intent ("...they want to drill into my bone. What is that?")
            # must read as the sentence it ends does: "...no blood getting to part of my bone" is no part.
            said_ranked = self.rank(said, 1)
            if not said_ranked or said_ranked[0].key != ranked[0].key:
                return None
        return (analysis, ranked) if ranked and ranked[0].covered else None

    def _cause_of_the_story(
        self, text: str, analysis: Analysis, ranked: list[Candidate]
    ) -> tuple[Analysis, list[Candidate]] | None:
        """The reading without topics the page does not cover, when a story ends by asking whether
        what it told caused the disease: "my son dislocated his shoulder playing rugby, can that
        cause osteonecrosis" asks of the causes, whatever the rugby. None otherwise."""
        clauses = _clauses(text)
        if len(clauses) < 2 or not _CAUSED_THAT.search(fold(clauses[-1])):
            return None
        covered = [c for c in ranked if c.covered]
        return (analysis, covered) if covered else None

    def _what_thing_is(self, text: str) -> tuple[Analysis, list[Candidate]] | None:
        """The reading of "what is X?", when a message opens by asking what one named thing is and
        only tells after it: "Please tell me what is bone graft, doctor want to do it for my knee."
        asks what the graft is, whatever the knee. None otherwise."""
        first, *rest = [part for part in _PUNCTUATION.split(text) if part.strip()] or [""]
        after = text[text.find(first) + len(first) :].lstrip(",.;:!? ")
        if not rest or "?" in after or any(_asks(part) for part in rest):
            return None  # (the story after it asks nothing)
        asked = forms.asks_what_is([_TELL_ME.sub("", fold(first))])
        if len(asked) != 1:
            return None
        terms = set(self.normaliser.analyse(asked[0]).terms) - self._subject
        if len(terms) != 1 or not terms <= self._names:
            return None
        analysis, ranked = self._as_what_is(terms.pop())
        return (analysis, ranked) if ranked and ranked[0].covered else None

    def _asks_what_subject_is(self, analysis: Analysis, folded: str) -> bool:
        """Whether a message asks what the subject is: it names nothing else ("...tell me what
        osteonecrosis is"), or its one question is "what is X" with X the disease's name and no more
        ("what the hell is osteonecrosis", whatever the story around it; not "what is osteonecrosis
        of the jaw", nor "what is bone decompression", nor "what is it, how is it found...")."""
        if not analysis.terms or not set(analysis.terms) & self._subject or not _WHAT_X_IS.search(folded):
            return False
        if not self.beyond_subject(analysis):
            return True
        named_last = self._before_where(analysis)
        if (
            _WHAT_THAT_IS_AT_END.search(without_manner(folded))
            and named_last[-1] in self._disease_name
            and not set(named_last) & self._names
        ):
            # "...my GP mentioned a word I didn't catch, avascular necrosis, and I wondered if you could
            # tell me what that actually is?": the disease is the last thing named, and the only name
            # ("...needs a bone scan, what that actually is?" asks of the scan; "...has avascular
            # necrosis in his hip, what is that?" of the disease)
            return True
        if len(_QUESTION_WORDS.findall(folded)) > 1 or not self._defining:
            return False
        clause = _DEFINING_CLAUSE.search(folded)
        if clause is None:
            return False
        words = clause.group("x").split()
        named = self._disease_name
        first = set(self.normaliser.analyse(words[0], everyday=False).terms)
        if not first or first - named:
            return False  # "what is bone decompression", "what is used for osteonecrosis"
        # the longest run of words that is the name and ends on a word of it, then where it stops
        for end in range(len(words), 0, -1):
            run = " ".join(words[:end])
            if words[end - 1] not in STOP_WORDS and set(self.normaliser.analyse(run, everyday=False).terms) == named:
                if end < len(words) and words[end] in _MODIFYING:
                    return named_last[-1] in self._subject  # "what is avascular necrosis in the hip?"
                return end == len(words) or words[end] in _CLAUSE_BREAK
        return False

    def _before_where(self, analysis: Analysis) -> list[str]:
        """A message's terms without the places named last where they follow "in" or "of" and the
        definition names them ("the ankle, wrist, hip, and shoulder"): "avascular necrosis in his hip"
        names the disease last."""
        places = self.named_in_passing(self._defining[0]) if self._defining else frozenset()
        return _before_modifiers(analysis.terms, analysis.phrase.split(), lambda term: term in places)

    def _as_what_is(self, term: str) -> tuple[Analysis, list[Candidate]]:
        """The reading of "what is <term>?"."""
        analysis = Analysis((term,), f"what is {term}")
        return analysis, self.rank(analysis)

    def _read(self, sentence: str, limit: int) -> tuple[Analysis, list[Candidate]]:
        """A sentence analysed and ranked on its own. The last few are remembered: a turn reads the
        same sentences again when it looks for several questions in one message (``asked``)."""
        key = (sentence, limit)
        found = self._sentence_readings.get(key)
        if found is None:
            if len(self._sentence_readings) >= READINGS_KEPT:
                self._sentence_readings.clear()
            part = self.normaliser.analyse(sentence)
            found = self._sentence_readings[key] = (part, tuple(self.rank(part, limit) if part.terms else ()))
        return found[0], list(found[1])

    @staticmethod
    def clauses(text: str) -> list[str]:
        """A message's sentences, split again at a comma or an "and" before a question word."""
        return _clauses(text)

    @staticmethod
    def told_and_asked(text: str) -> tuple[str, str] | None:
        """What a message asks and the story it tells beside it, apart, when commas part them: "does
        rest help, i coach under 12s football and i'm on my feet all the time"; None unless it has both."""
        parts = [part.strip() for sentence in _sentences(text) for part in sentence.split(",") if part.strip()]
        asking = [_asks(part) for part in parts]
        asked = [part for part, asks in zip(parts, asking, strict=True) if asks]
        told = [
            part
            for part, asks in zip(parts, asking, strict=True)
            if not asks and len(part.split()) >= STORY_WORDS and _STORY.match(fold(part))
        ]
        if not asked or not told or len(asked) + len(told) < len(parts):
            return None
        return " ".join(asked), " ".join(told)

    @staticmethod
    def asks(clause: str) -> bool:
        """Whether a sentence or clause asks something: a question mark, or a question word first."""
        return _asks(clause)

    def asked(self, text: str) -> list[str]:
        """The intents that a message's questions are each surely about, one for each clause that
        asks ("what is it, how do they find it and how do they treat it?": what it is, the
        diagnosis, the treatment), in order; empty for a message of one clause."""
        # Only clauses that ask count, and one alone asks one thing (most messages: nothing to read)
        asking = [(c, _WHAT_IT_IS.search(fold(c)) is not None) for c in _clauses(text)]
        clauses = [(c, what_it_is) for c, what_it_is in asking if what_it_is or _asks(c)]
        if len(clauses) < 2 or self._judge is None:
            return []
        found: list[str] = []
        for clause, what_it_is in clauses:
            analysis, ranked = self._read(clause, UNDERSTAND_LIMIT)
            if what_it_is and not self.beyond_subject(analysis):
                key = self._defining[0] if self._defining else None  # "what it is": the subject itself
            elif what_it_is or _asks(clause):  # ("in a nutshell whats this disease": the summary)
                sure = ranked and ranked[0].covered and self._judge(ranked) >= QUESTION_SURE
                key = ranked[0].key if sure else None
            else:
                continue
            if key is not None and key not in found:
                found.append(key)
        return found

    def story_and_question(self, text: str) -> tuple[str, str] | None:
        """What a message says before its first question sentence, and the question from there on,
        when it has both: "My surgeon suggested an osteotomy. What does that operation involve?"."""
        # A comma before the question ends the story too: "doctor says he needs a hip replacement,
        # what is done in it?"
        sentences = _clauses(text)
        first = next((number for number, sentence in enumerate(sentences) if _asks(sentence)), 0)
        if first == 0:
            return None
        return " ".join(sentences[:first]), " ".join(sentences[first:])

    def explains(self, key: str, analysis: Analysis) -> bool:
        """Whether an intent's examples or passages use the question's most telling word: after the
        bone graft, "who provides the bone?" is answered by its "The patient or a donor may provide
        the bone", though no example asks it so."""
        top = self._telling(analysis)
        if top == self._definition and not self.question_terms(key).isdisjoint(self._names):
            return True  # what a name means ("what's it stand for?" after the MRI) is said where it is named
        return top is not None and (self.uses(key, top) or top in self.said(key))

    def telling_among(self, analysis: Analysis, terms: frozenset[str]) -> bool:
        """Whether a question's most telling word is among some terms (a word inside a compound counts)."""
        top = self._telling(analysis)
        return top is not None and _among(top, terms)

    def _rare(self, term: str) -> bool:
        """Whether few intents use a term (see ``OWN_WEIGHT_SHARE``)."""
        return self.weight(term) >= OWN_WEIGHT_SHARE * self._top

    def owns(self, key: str, analysis: Analysis) -> bool:
        """Whether a question's most telling word is one few intents use, and this intent's
        examples do ("smoking" of the causes, "wrist" of the bones affected): a word that says
        what the question is about, wherever the conversation was."""
        top = self._telling(analysis)
        if top is None or top == self._definition:  # "what does it stand for?" asks about "it"
            return False
        return self._rare(top) and self.uses(key, top)

    def said(self, key: str) -> frozenset[str]:
        """The terms of an intent's passages."""
        prose, listed = self._lines_of(key)
        return prose | listed

    def uses(self, key: str, term: str) -> bool:
        """Whether an intent's examples use a term."""
        return term in self._docs[self._index[key]].terms

    def choose(
        self, keys: list[str], text: str, beside: frozenset[str] = frozenset(), said: bool = False
    ) -> str | None:
        """Of a few intents, the one whose examples and passages use the most of a question's
        words, if one does more than the others: of the X-ray and the MRI, "which one catches it
        earliest?" is the MRI ("in its earliest stages").

        What a passage denies it does not have: "which one uses radiation?" is not the MRI, which
        "does not involve radiation"; "the one without radiation" is. Terms in ``beside`` choose
        nothing: they name the kind of thing asked for ("which test…"). ``said``: only what the
        passages say counts, not how the intents' examples ask, and the one chosen must say all
        the question asks ("is there an operation to save the joint?" is not the replacement's
        "joint").
        """
        analysis = self.normaliser.analyse(text)
        terms = [t for t in self.beyond_subject(analysis) if t not in beside]
        unwanted = frozenset(t for scope in _negated(text) for t in self.normaliser.analyse(scope).terms)
        weight, whole = {}, {}
        for key in keys:
            prose, listed = self._lines_of(key)
            denied = self._denials(key)
            asked = frozenset() if said else self._docs[self._index[key]].terms
            known = (asked | prose | listed) - denied
            has = [t for t in terms if (t in denied if t in unwanted else _among(t, known))]
            weight[key], whole[key] = sum(self.weight(t, analysis.common) for t in has), len(has) == len(terms)
        ranked = sorted(weight.values(), reverse=True)
        if not ranked or ranked[0] <= 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        best = max(weight, key=lambda key: weight[key])
        return best if whole[best] or not said else None

    def foreign(self, analysis: Analysis) -> bool:
        """Whether no intent uses the question's most telling word ("is it serious?"): then no
        passage answers it, whatever the conversation was about."""
        top = self._telling(analysis)
        return top is not None and top not in self._intent_terms

    def unjudged(self, text: str, key: str | None) -> bool:
        """Whether a message asks which is better or best ("is heat or cold better?") and the
        passages of the intent it would be answered with make no such judgement."""
        sentences = self._asked(text)
        asking = [s for s in sentences if _asks(s)] or sentences
        if key not in self._index or not forms.asks_judgement(asking):
            return False
        return forms.asks_which_is_best(text) or not self.passages_say(key, forms.judges)

    def uncompared(self, text: str) -> bool:
        """Whether a message compares the disease with something no intent's question names: "what's
        the difference between osteonecrosis and osteoarthritis?", "is a bone infarct the same as AVN?".
        The page never compares it with anything; two names of it, or two tests, it answers."""
        comparisons = forms.asks_comparison(self._asked(text))
        defined = self.definition_words() if comparisons else frozenset()  # ("avn of the hip" is what it is)
        for one, other in comparisons:
            sides = [self._side(side) for side in (one, other)]
            for this, that in (sides, sides[::-1]):
                beyond = that - defined
                if this <= defined and this & self._subject and beyond and beyond.isdisjoint(self._question_words):
                    return True
        return False

    def _side(self, words: str) -> set[str]:
        """The terms of one side of a comparison; "this disease" is the subject ("it" or "that" may
        be a topic of the conversation: "is that the same as the drilling?" after the bone graft)."""
        if _THIS_DISEASE.fullmatch(words):
            return set(self._subject)
        return set(self.normaliser.analyse(words).terms)

    def unfelt(self, text: str, key: str | None) -> bool:
        """Whether a message asks if something hurts ("is core decompression painful?") and the
        intent's passages do not say how anything feels ("... reduce pain" is not "painless")."""
        if key not in self._index or not forms.asks_felt(self._asked(text)):
            return False
        return not self.passages_say(key, forms.felt)

    def of_a_listed_disease(self, text: str) -> bool:
        """Whether a message asks the symptoms, causes or diagnosis of something the page names only
        as an item of a list ("what causes lupus?", "how do you get HIV?"), or how to treat what it
        names only as an example of a cause, wherever it is ("how is a dislocated shoulder treated?":
        "severe trauma, such as a bone fracture or dislocation"): the page tells those of
        osteonecrosis, not of its causes."""
        sentences = self._asked(text)
        aspects = forms.asks_aspect(sentences)
        for words in [*aspects, *forms.asks_care(sentences)]:
            named = set(self.normaliser.analyse(words).terms)
            terms = named - self._subject
            if not terms or terms != named or words.split()[0] in _POINTERS:
                continue  # "what causes osteonecrosis in divers" (or "it in the hip") asks of the subject
            if terms & self._such_as_examples and terms <= self._such_as_examples | self._defined_places:
                return True
            if words not in aspects:
                continue  # how a listed treatment is given is asked of the treatments (see unexplained)
            if terms.isdisjoint(self._idf):
                return True  # "what causes kidney stones?": nothing the knowledge base knows of
            items = (item for intent in self._kb.intents for item in self._intent_items(intent.id))
            if any(all(_among(t, item.terms) for t in terms) for item in items):
                return True
        return False

    @cached_property
    def _such_as_examples(self) -> frozenset[str]:
        # What the passages of lists name "such as" (not the summary's, which names the treatments):
        # the causes' "severe trauma, such as a bone fracture or dislocation", and the walking aids.
        summary = self._kb.intents[0].id if self._kb.intents else ""
        keyed = (i.id for i in self._kb.intents if i.id != summary and self._intent_items(i.id))
        return frozenset().union(*map(self._such_as, keyed)) - self._defined_places

    @cached_property
    def _defined_places(self) -> frozenset[str]:
        # What the definition names in passing: "bones near joints such as the ankle, wrist, hip, and shoulder"
        return frozenset().union(*map(self._such_as, self._defining))

    def which_of_listed(self, text: str, key: str | None) -> bool:
        """Whether a message asks which of two things the intent's list names both of is the one
        ("is it the transplant itself or the anti-rejection drugs?" of the causes): the list names
        each, and says not which it was."""
        if key not in self._index:
            return False
        listed = self._lines_of(key)[1]
        for one, other in forms.asks_which_of_two(self._asked(text)):
            sides = [set(self.normaliser.analyse(side).terms) - self._subject for side in (one, other)]
            if all(side and any(_among(t, listed) for t in side) for side in sides):
                return True
        return False

    def certain(self, text: str) -> bool:
        """Whether a message asks if a cause makes the disease certain ("does everyone with lupus get
        it?"): the page says what may cause it, never how surely, whichever passage it reads as."""
        return forms.asks_certainty(self._asked(text))

    def unrated(self, text: str, key: str | None) -> bool:
        """Whether a message asks a rate ("what percentage of hip fractures lead to AVN?") and the
        passages of the intent it would be answered with give none."""
        if key not in self._index or not forms.asks_rate(self._asked(text)):
            return False
        if forms.asks_always_works(self._asked(text)) and self.passages_say(key, forms.says_often):
            return False  # "do they always work?" of the treatments that "can often slow" it: the page says
        return not self.passages_say(key, forms.gives_rate)

    def where_to_get(self, text: str) -> bool:
        """Whether a message asks where to have a test or treatment done ("where can I get an MRI
        near me?"): the page names no services, whichever passage the question reads as."""
        return forms.asks_where_to_get(self._asked(text))

    def unsafe(self, text: str, key: str | None) -> bool:
        """Whether a message asks if something is safe, or its risks ("is core decompression
        safe?", "any complications?"), and the intent's passages say nothing of safety (the X-ray's
        "very small dose of radiation" does; the bone graft's passage does not)."""
        if key not in self._index or not forms.asks_safety(self._asked(text)):
            return False
        return not self.passages_say(key, forms.speaks_of_safety)

    # A question made of nothing but asking whether a thing is safe, or works, asks it of the thing
    # talked about (the page's passages say what they say of each). Its terms, made on first need.
    @cached_property
    def _safety(self) -> frozenset[str]:
        return frozenset(self.normaliser.analyse(forms.SAFETY_WORDS, everyday=False).terms)

    @cached_property
    def _efficacy(self) -> frozenset[str]:
        return frozenset(self.normaliser.analyse(_EFFICACY_WORDS, everyday=False).terms)

    def asks_judgement(self, text: str) -> bool:
        """Whether a message asks which is better or best (see ``forms.asks_judgement``)."""
        return forms.asks_judgement(self._asked(text))

    def asks_only_safety(self, text: str, analysis: Analysis) -> bool:
        """Whether a message asks only whether something is safe, or its risks, naming nothing else
        ("what are the risks?", "any side effects?") but whom for ("what's the risk for someone in
        their 80s?"): of a test or a treatment, the one talked about."""
        asked = set(analysis.terms) - self._for_whom
        return bool(asked) and asked <= self._safety and forms.asks_safety(self._asked(text))

    @cached_property
    def _for_whom(self) -> frozenset[str]:
        # (an age only: "is it safe for kids?" after the X-ray asks of children, which its passage does not)
        return frozenset(self.normaliser.analyse("age", everyday=False).terms)

    def asks_only_efficacy(self, analysis: Analysis) -> bool:
        """Whether a question's words ask only whether something works ("does it work?", "are they
        effective?"), naming nothing else."""
        return bool(analysis.terms) and set(analysis.terms) <= self._efficacy

    def passages_say(self, key: str, says: Callable[[str], bool]) -> bool:
        """Whether one of an intent's passages says what ``says`` looks for."""
        return any(says(p.text) for p in self._kb.passages_of(self._kb.intent(key)))

    def _asked(self, text: str) -> list[str]:
        """The sentences of a message, misspellings corrected, for the checks of its form. Typed
        without stops, a long message's questions start at their question words: "hip's a bit sore
        but its prob just from work what are the actual signs of this avn thing"."""
        spelt = self.normaliser.spell(text)
        sentences = _sentences(spelt)
        if len(sentences) == 1 and len(spelt.split()) >= UNPUNCTUATED_WORDS and not _STOPS.search(spelt):
            return list(_unpunctuated(spelt)) or sentences
        if len(sentences) == 1:
            # a shorter one is split only where a remark ends and "what", "how" or "why" starts:
            # "sorry cat on keyboard whats avn"
            told = _remark_then_question(spelt)
            if told and self._intent_terms.isdisjoint(self.normaliser.analyse(told[0]).terms):
                return list(told)
        return sentences

    def unlisted(self, text: str, key: str | None = None) -> bool:
        """Whether a message asks if something is in one of the document's lists (a cause, a
        symptom) that no passage mentions: "Does high cholesterol cause AVN?", "Can it cause a fever?".

        ``key`` is the intent the message would be answered with: what its own question names
        counts as mentioned ("is AVN an old person's disease?" asks the age question).
        """
        question = forms.read(self._asked(text), self._names_subject)
        if question is None:
            return False
        item = self.normaliser.analyse(question.item)
        if question.relation == "effect" and self._defining and set(item.terms) & self._disease_name:
            return False  # "Can that cause bone problems like osteonecrosis?": "that" is the cause asked of
        if question.relation == "effect" and self._ailment(item):
            return False  # "could that be linked to the bone problem?": the disease, in lay words
        weights = {t: self.weight(t, item.common) for t in item.terms if t not in self._subject}
        if question.relation == "effect":
            # "can avn cause problems in the joint?": the trouble is any; where it is, is what is asked of
            weights = {t: w for t, w in weights.items() if t not in self._troubles} or weights
        # Whether AVN is a kind of cancer, only the passages that say what it is can tell.
        terms = self._passage_words()["definition" if question.relation == "kind" else "all"]
        if question.relation == "role" and not self._felt.isdisjoint(item.terms):  # (pain on using it is pain)
            weights = {t: w for t, w in weights.items() if t not in self._using or _among(t, terms)} or weights
        if not weights:
            return False
        if (
            question.relation == "cause"
            and key in self._index
            and self._cause_key not in (None, key)
            # (not "can a donor give the bone?"; and two ways, not what the disease is linked to:
            # "can osteoarthritis be linked to avn", though "can ibuprofen be linked to it" asks of a treatment)
            and (_CAUSE_WORD.search(folded := fold(text)) or (self.list_length(key) and _LINK_WORD.search(folded)))
        ):
            # Whether a thing causes it, only the list of causes can tell: "can ibuprofen cause it?"
            # is not answered by the early treatments, which name NSAIDs
            key = self._cause_key
        named = self.question_terms(key) if key in self._index else frozenset()
        if question.relation == "cause" and key in self._index and self.list_length(key):
            # A telling word said elsewhere on the page is no cause: "stress" is the osteotomy's
            own = self.said(key)
            terms = frozenset(t for t in terms if t in own or self.weight(t, frozenset()) < TELLING_WEIGHT)
        listed = sum(w for t, w in weights.items() if t in named or _among(t, terms))
        return listed < LISTED_SHARE * sum(weights.values()) or (question.little and self._only_much(weights))

    @cached_property
    def _cause_key(self) -> str | None:
        """The intent whose question asks what causes the disease, if one does."""
        cause = set(self.normaliser.analyse("cause", everyday=False).terms)
        return next((key for key in self._index if cause <= self.question_terms(key)), None)

    def _ailment(self, item: Analysis) -> bool:
        """Whether words name the subject as a trouble of it: "the bone problem", "bone issues"."""
        terms = set(item.terms)
        return bool(terms & self._subject) and bool(terms - self._subject) and terms - self._subject <= self._troubles

    @cached_property
    def _felt(self) -> frozenset[str]:
        return frozenset(self.normaliser.analyse("pain ache stiffness", everyday=False).terms)

    @cached_property
    def _using(self) -> frozenset[str]:
        return frozenset(self.normaliser.analyse(_USING_WORDS, everyday=False).terms)

    @cached_property
    def _troubles(self) -> frozenset[str]:
        return frozenset(self.normaliser.analyse(_TROUBLE_WORDS, everyday=False).terms)

    @cached_property
    def _disease_name(self) -> frozenset[str]:
        """The terms of the disease's own name ("osteonecrosis"), as its defining question says it."""
        return self._subject & self.question_terms(self._defining[0]) if self._defining else frozenset()

    def names_disease(self, analysis: Analysis) -> bool:
        """Whether an analysed text names the disease itself ("avn", "osteonecrosis"), not only bone."""
        return not self._disease_name.isdisjoint(analysis.terms)

    def _only_much(self, terms: Mapping[str, float]) -> bool:
        """Whether the list lines that name an item make it much or long: then "can a short course of
        prednisone cause AVN?" is not answered by "prolonged use of oral or intravenous steroids"."""
        items = (item for p in self._kb.passages.values() for item in self._items_of(p))
        naming = [item.much for item in items if not item.terms.isdisjoint(terms)]
        return bool(naming) and all(naming)

    def undetailed(self, text: str, key: str | None) -> bool:
        """Whether a message asks how much, how long or why of a thing ("how much alcohol is too
        much?") that the intent's passages name only as an item of a list ("- heavy alcohol use")."""
        if key not in self._index:
            return False
        sentences = self._asked(text)
        asking = forms.asks_detail(sentences, self._names_subject)
        if not asking:
            return False
        prose, listed = self._lines_of(key)
        analyse = self.normaliser.analyse
        terms = {t for words in asking for t in analyse(words).terms} - self._subject
        particular = [s for s in sentences if _PARTICULAR.search(fold(s))]
        beyond = {t for s in particular for t in analyse(s).terms} - self._subject - terms
        if particular and not beyond and terms.isdisjoint(self.question_terms(key)):
            # "which of my meds exactly?": "taking HIV drugs" names drugs (not "which drugs cause it
            # exactly?", which asks of the list)
            listed = listed | self._listed_words(key)
        if not any(_among(t, listed) for t in terms):
            # "which painkiller, and what dose?"; "how much counts as heavy?" ("heavy" says how much)
            terms = set(analyse(text).terms) - self._subject
        return any(_among(t, listed) and not _among(t, prose) for t in terms)

    def unreasoned(self, text: str, key: str | None) -> bool:
        """Whether a message asks why of something ("why near joints?", "why alcohol?") that the
        intent's passages only name among others: the sentence that says most of what it asks
        lists things and gives no reason ("It is most common in bones near joints such as the
        ankle, wrist, hip, and shoulder"; "- excessive alcohol use"). A list whose passage says what
        its items do together gives each its reason ("why crutches?": "These non-surgical treatments
        can often slow the progression of the disease"), though not why one rather than another."""
        if key not in self._index:
            return False
        asked = forms.asks_reason(self._asked(text))
        if not asked:
            return False
        for words in asked:
            analysis = self.normaliser.analyse(words)
            weights = {t: self.weight(t, analysis.common) for t in self.beyond_subject(analysis)}
            if not weights:
                return False  # "why does the bone die?" asks about the disease itself
            scored = [
                (sum(w for t, w in weights.items() if _among(t, frozenset(self.text_terms(sentence)))), sentence)
                for line in self._passage_lines(key)
                for sentence in _sentences(line)
            ]
            best = max((score for score, _ in scored), default=0.0)
            saying = [s for score, s in scored if score == best]
            # (a sentence of numbers gives none either: "why at that age?" of "between the ages of 20 and 50")
            if best <= 0 or not all(forms.only_names(s) or forms.only_numbers(s) for s in saying):
                return False
            if (
                all(forms.only_names(s) for s in saying)
                and not _WHY_NOT.search(fold(text))
                and key in self._lists_saying_what_they_do
            ):
                return False
        return True

    @cached_property
    def _lists_saying_what_they_do(self) -> frozenset[str]:
        """The intents whose passages say what the items of their list do together (see _WHAT_THESE_DO),
        worked out on the first "why" asked of a list."""
        return frozenset(
            doc.key
            for doc in self._docs
            if doc.covered
            and any(
                _WHAT_THESE_DO.match(sentence)
                for line in self._passage_lines(doc.key)
                if not _LIST_ITEM.match(line)
                for sentence in _sentences(line)
            )
        )

    def states_amount(self, text: str, key: str | None) -> bool:
        """Whether a bare "how much?" is answered by an intent's running text, which states an
        amount: after "does the X-ray use radiation?", "a very small dose of radiation". A list
        item's "heavy" or "prolonged" is no such answer."""
        if key not in self._index or not forms.bare_amount(text):
            return False
        return any(_STATED_AMOUNT.search(fold(line)) for line in self._passage_lines(key) if not _LIST_ITEM.match(line))

    def unexplained(self, text: str, key: str | None) -> bool:
        """Whether a message asks what a thing is, or how it is treated, that the intent's passages
        name only as an item of a list: "What is sickle cell disease?" ("- sickle cell disease"),
        "How is Gaucher disease treated?". A line that explains its item answers what it is
        ("Gaucher disease (a buildup of ...)"), never how it is treated."""
        if key not in self._index:
            return False
        sentences = self._asked(text)
        asked = [(words, True) for words in forms.asks_meaning(sentences)]
        if not self.question_terms(key) & self._care:
            # "how do they treat the pain?" is answered by the treatments, whose list eases it
            asked += [(words, False) for words in forms.asks_care(sentences)]
        if not asked:
            return False
        for words, explained_answers in asked:
            named = set(self.normaliser.analyse(words).terms)
            terms = named - self._subject
            # "what is osteonecrosis" needs no passage line read (a cold start would pay for them)
            if not terms or terms != named or any(_among(t, self._lines_of(key)[0]) for t in terms):
                continue  # "what is osteonecrosis steroids" asks how the two go together
            items = self._intent_items(key)
            if explained_answers and any(i.explained and all(_among(t, i.terms) for t in terms) for i in items):
                continue  # "what's gaucher disease?" is answered by its line
            for item in items:
                if item.explained and explained_answers:
                    continue
                if all(_among(t, item.terms) for t in terms):
                    return True
                # "what is a sickle cell crisis?": a thing of an item the list does not explain either
                if explained_answers and any(_among(t, item.terms) and self._rare(t) for t in terms):
                    return True
        return False

    def head(self, text: str) -> tuple[str, str] | None:
        """The word a message's question frame asks about, and what it asks it of ("what would cause
        it...?": "cause", "it..."), if any (see ``forms.head``)."""
        return forms.head(self._asked(text))

    def mentioned_only(self, text: str, key: str | None) -> bool:
        """Whether a message asks what a word is ("what's osteoarthritis?") that the intent's running
        text only mentions ("The affected joint may develop osteoarthritis"): no sentence says what
        it is (see ``_defined``), and it is no word of the intent's own question or heading, nor of
        any intent's question ("what is an MRI?", "what is a replacement?" are answered)."""
        if key not in self._index:
            return False
        for words in forms.asks_what_is(self._asked(text)):
            terms = set(self.normaliser.analyse(words).terms)
            if (
                len(terms) != 1
                or " of " in f" {words} "
                or terms & (self._subject | self._question_words | self._own_words(key))
            ):
                continue  # (what the point of something is asks why: "what's the aim of realigning")
            term = next(iter(terms))
            if _among(term, self._lines_of(key)[0]) and not self._defined(terms) and term not in self._happenings:
                return True
        return False

    @cached_property
    def _happenings(self) -> frozenset[str]:
        """The stems of what the document says may happen to a bone, the verbs after its "can" and "may": a passage
        telling that "the affected bone can break and collapse" says what collapse is ("what does collapse
        mean?"), where one that names osteoarthritis ("may develop osteoarthritis") does not say what it is."""
        found = (m.groups() for p in self._kb.passages.values() for m in _MAY_HAPPEN.finditer(p.text))
        return frozenset(self.normaliser.stem(word.lower()) for words in found for word in words if word)

    def _own_words(self, key: str) -> frozenset[str]:
        """The stems of the words of an intent's question and of its passages' headings, each on its
        own (no synonym read): "replac" of "Total joint replacement (arthroplasty)"."""
        intent = self._kb.intent(key)
        texts = [intent.question, *(p.heading for p in self._kb.passages_of(intent))]
        return frozenset(self.normaliser.stem(word) for text in texts for word in fold(text).split())

    def _defined(self, terms: set[str]) -> bool:
        """Whether a sentence of the document says what some words are: they come before its "is",
        "are", "means", ", which" or a parenthesis ("the radiologist is the physician expert trained
        in medical imaging", "MRI (magnetic resonance imaging)"), or in a parenthesis after what
        they name ("bone tissue and its blood supply (vascularized)"). Not a link's parenthesis."""
        return any(all(_among(t, head) for t in terms) for head in self._defining_heads())

    def _defining_heads(self) -> list[frozenset[str]]:
        """The terms of every such place in the document's passages (see ``_defined``), read once."""
        if self._heads is None:
            heads: list[frozenset[str]] = []
            for passage in self._kb.passages.values():
                for line in passage.text.splitlines():
                    for sentence in _sentences(line):
                        texts = [sentence[: verb.start()] for verb in _DEFINING.finditer(sentence)]
                        heads += [frozenset(self.text_terms(t)) for t in [*texts, *_NAMED_AFTER.findall(sentence)]]
            self._heads = heads
        return self._heads

    def named_item(self, key: str, text: str) -> frozenset[str]:
        """The terms of the list line of an intent's passages that a question names, when that line
        explains its item ("whats gaucher disease": "Gaucher disease (a buildup of certain fatty
        substances in certain organs...)"); empty otherwise. What such a line says, a follow-up about
        "it" may ask next ("which organs does it affect?")."""
        if key not in self._index:
            return frozenset()
        items = [item for item in self._intent_items(key) if item.explained]
        if not items:
            return frozenset()  # most answers: no question needs reading again
        analysis = self.normaliser.analyse(text)
        own = self.question_terms(key)
        names = [t for t in self.beyond_subject(analysis) if self._rare(t) and t not in own]
        if not names:
            return frozenset()
        return next((item.terms for item in items if any(_among(t, item.terms) for t in names)), frozenset())

    def gives_purpose(self, key: str, terms: Iterable[str]) -> bool:
        """Whether the list line of an intent's passages with these terms says what its item is for:
        "physical therapy to ease joint tenderness and increase range of motion" answers "why?"."""
        held = frozenset(terms)
        return any(item.purposed and item.terms == held for item in self._intent_items(key)) if held else False

    def on_its_list(self, key: str, analysis: Analysis) -> bool:
        """Whether every word a question has beyond the subject is in one line of an intent's lists
        ("radiation?" after the causes: "radiation therapy or chemotherapy")."""
        beyond = self.beyond_subject(analysis)
        return bool(beyond) and any(
            all(_among(t, item.terms) or t in item.words for t in beyond) for item in self._intent_items(key)
        )

    def _intent_items(self, key: str) -> list[_Item]:
        """The list items of an intent's passages."""
        return [item for p in self._kb.passages_of(self._kb.intent(key)) for item in self._items_of(p)]

    def _items_of(self, passage: Passage) -> list[_Item]:
        """The items of a passage's list, read once for each passage (on first need: few questions
        ask about one)."""
        found = self._items.get(passage.id)
        if found is None:
            found = self._items[passage.id] = [
                _Item(
                    frozenset(self.text_terms(line)),
                    forms.much(line),
                    _EXPLAINS.search(line) is not None,
                    _PURPOSE.search(line) is not None,
                    frozenset(self.normaliser.stem(word) for word in words_of(line)),
                )
                for line in passage.text.splitlines()
                if _LIST_ITEM.match(line)
            ]
        return found

    def named_in_passing(self, key: str) -> frozenset[str]:
        """The examples an intent's passages name in passing, with those the definition names ("the
        ankle, wrist, hip, and shoulder"): such wherever they come up. Read once for each intent."""
        found = self._in_passing.get(key)
        if found is None:
            found = self._in_passing[key] = frozenset().union(*map(self._such_as, [key, *self._defining]))
        return found

    def _such_as(self, key: str) -> frozenset[str]:
        """The terms of the examples an intent's passages name after a "such as": "most common in
        bones near joints such as the ankle, wrist, hip, and shoulder". (Not the items of a list,
        which are what their passage is about.)"""
        terms: set[str] = set()
        for passage in self._kb.passages_of(self._kb.intent(key)):
            for named in _SUCH_AS.findall(passage.text):
                if not _LIST_ITEM.match(named):
                    terms.update(self.text_terms(named))
        return frozenset(terms) - self._subject

    def sequel(self, text: str, step: str | None = None) -> str | None:
        """The intent whose passage says what is done after the step a message asks about.

        "What do they do after the drilling?" is answered by the passage that begins "After a core
        decompression, the doctor inserts healthy bone into the drilled holes": the drilling is
        that step, named in the sentence or read as its intent. "And what goes in after?" asks
        after ``step``, the intent last talked about.
        """
        found = _AFTER.search(fold(text))
        if found is None or forms.asks_detail(self._asked(text), self._names_subject):
            return None  # "how long will I be off my feet after the drilling?" asks no next step
        # "after that procedure", "after this step" name no step but the one talked about
        said = "" if _AFTER_IT.match(found.group("step")) else found.group("step")
        analysis = self.normaliser.analyse(_THIS_STEP.sub(" ", said))
        terms = set(analysis.terms) - self._subject
        named = self.rank(analysis, 1) if terms else []
        for intent, before, words in self._sequence():
            if (terms and (terms <= words or (named and named[0].key == before))) or (not terms and step == before):
                return intent
        return None

    def next_step(self, step: str) -> str | None:
        """The intent of the step the page says is done after ``step``: the bone graft after the core
        decompression ("After a core decompression, the doctor inserts healthy bone...")."""
        return next((intent for intent, before, _ in self._sequence() if before == step), None)

    def prequel(self, text: str, step: str | None) -> str | None:
        """The intent of the step done before ``step``, the intent last talked about, when a message
        asks what comes before it: "what happens in the step before that?" after the bone graft is
        the core decompression ("After a core decompression, the doctor inserts healthy bone...")."""
        if step is None or _BEFORE_IT.search(fold(text)) is None:
            return None
        return next((before for intent, before, _ in self._sequence() if intent == step), None)

    def _sequence(self) -> list[tuple[str, str, frozenset[str]]]:
        """(intent, intent of the step before it, the sentence's terms) for each passage sentence
        that begins "After <step>,"."""
        if self._steps is None:
            steps = []  # filled before it is shared: another thread may ask at the same time
            for intent in self._kb.intents:
                for passage in self._kb.passages_of(intent):
                    for sentence in _sentences(passage.text):
                        found = _AFTER_SENTENCE.match(sentence)
                        ranked = self.rank(self.normaliser.analyse(found.group("step")), 1) if found else []
                        if found and ranked and ranked[0].covered and ranked[0].key != intent.id:
                            words = frozenset(self.text_terms(sentence))
                            steps.append((intent.id, ranked[0].key, words))
            # The intent that quotes the sentence alone comes first: the bone graft, not all surgeries.
            self._steps = sorted(steps, key=lambda step: len(self._kb.intent(step[0]).answer))
        return self._steps

    def _denials(self, key: str) -> frozenset[str]:
        """The terms an intent's passages deny ("does not involve radiation"), read once for each intent."""
        found = self._denied_by.get(key)
        if found is None:
            scopes = (scope for p in self._kb.passages_of(self._kb.intent(key)) for scope in _negated(p.text))
            found = self._denied_by[key] = frozenset(t for scope in scopes for t in self.text_terms(scope))
        return found

    def _lines_of(self, key: str) -> tuple[frozenset[str], frozenset[str]]:
        """The terms of an intent's passages: those of running text, and those of list items."""
        found = self._lines.get(key)
        if found is None:
            lines = self._passage_lines(key)
            prose = frozenset(t for line in lines if not _LIST_ITEM.match(line) for t in self.text_terms(line))
            listed = frozenset(t for line in lines if _LIST_ITEM.match(line) for t in self.text_terms(line))
            found = self._lines[key] = (prose, listed)
        return found

    def _listed_words(self, key: str) -> frozenset[str]:
        """The terms of each word of an intent's list items read alone: "HIV drugs" is a name of
        HIV as a phrase, and drugs as a word."""
        found = self._list_words.get(key)
        if found is None:
            items = (line for line in self._passage_lines(key) if _LIST_ITEM.match(line))
            found = self._list_words[key] = frozenset(
                t for line in items for word in line.split() for t in self.text_terms(word)
            )
        return found

    def asks_of_its_list(self, key: str, text: str) -> bool:
        """Whether a question names an item of the list an intent's passages hold, by a word of that
        list and of no running text of theirs ("and smoking?" of the causes)."""
        prose, listed = self._lines_of(key)
        return any(t in listed and t not in prose for t in self.normaliser.analyse(text).terms)

    def list_length(self, key: str) -> int:
        """How many items the lists of an intent's passages hold (six early treatments)."""
        return sum(1 for line in self._passage_lines(key) if _LIST_ITEM.match(line)) if key in self._index else 0

    def _passage_lines(self, key: str) -> list[str]:
        return [line for p in self._kb.passages_of(self._kb.intent(key)) for line in p.text.splitlines()]

    def text_terms(self, text: str) -> tuple[str, ...]:
        """The terms of a text of the knowledge base (a passage, a line, a sentence of one), in
        order; each text is analysed once, however many checks read it."""
        found = self._text_terms.get(text)
        if found is None:
            found = self._text_terms[text] = self.normaliser.analyse(text, everyday=False).terms
        return found

    def _asks_a_word(self, terms: list[str]) -> bool:
        """Whether a question asking what something means asks about a word, not the subject: a
        word only one intent's own question uses ("what does arthroplasty mean?"), or the one word
        it names, if that is a term of art the passages use ("what does RSNA stand for?", "what
        mean NSAIDs?"; not "part" in "what does it mean when part of my bone is dead")."""
        if any(t in self._names for t in terms):
            return True
        others = [t for t in terms if t not in self._subject and t != self._definition]
        if len(others) != 1 or others[0] not in self._passage_words()["all"]:
            return False
        return others[0] not in self.normaliser.english()

    def _passage_words(self) -> dict[str, frozenset[str]]:
        """The terms of all passages, and of the passages that define the subject: those of the
        intents whose own question names nothing but the subject ("What is osteonecrosis?")."""
        if self._words is None:
            kb = self._kb
            defining = [kb.intent(key) for key in self.defining()]
            self._words = {
                "all": frozenset(t for p in kb.passages.values() for t in self.text_terms(p.text)),
                "definition": frozenset(
                    t for i in defining for p in kb.passages_of(i) for t in self.text_terms(p.text)
                ),
            }
        return self._words

    def definition_words(self) -> frozenset[str]:
        """The subject's words and those of the passages that say what it is ("...most common in
        bones near joints such as the ankle, wrist, hip, and shoulder")."""
        return self._subject | self._passage_words()["definition"]

    def places(self) -> frozenset[str]:
        """The places the definition names it is most common in ("the ankle, wrist, hip, and shoulder")."""
        return self._defined_places

    def _names_subject(self, words: str) -> bool:
        terms = self.normaliser.analyse(words).terms
        return bool(terms) and all(t in self._subject for t in terms)

    def restates(self, key: str, analysis: Analysis) -> bool:
        """Whether an intent's own question uses a question's most telling word beyond the subject:
        "how is it treated?" restates "How is osteonecrosis treated?", and "at what age does it
        usually start?" restates "At what age does osteonecrosis usually occur?"."""
        return self._telling(analysis) in self.question_terms(key)

    @property
    def subject(self) -> frozenset[str]:
        """The terms that name the document's subject: those most intents use ("osteonecrosis")."""
        return self._subject

    def defining(self) -> list[str]:
        """The intents whose own question names nothing but the subject ("What is osteonecrosis?")."""
        return list(self._defining)

    def _covers(self, key: str, analysis: Analysis) -> bool:
        """Whether an intent's examples use every word of a question beyond the subject (and it has one)."""
        beyond = self.beyond_subject(analysis)
        return bool(beyond) and all(self.uses(key, t) for t in beyond)

    def _telling(self, analysis: Analysis) -> str | None:
        beyond = self.beyond_subject(analysis)
        return max(beyond, key=lambda t: self.weight(t, analysis.common)) if beyond else None

    def beyond_subject(self, analysis: Analysis) -> list[str]:
        """The terms of an analysed question that are not the subject's ("avn", "bone")."""
        return [t for t in analysis.terms if t not in self._subject]

    def question_terms(self, key: str) -> frozenset[str]:
        """The terms of an intent's own question, as analysed when the knowledge base was loaded."""
        return self._terms[self._docs[self._index[key]].examples.start]

    def weight(self, term: str, common: frozenset[str] = frozenset(), long: bool = False) -> float:
        """How telling a term is: rare among intents is telling; an unknown word by its kind."""
        known = self._idf.get(term)
        if known is not None:
            return known
        if term in common:
            return self._common_long if long else self._common
        return self._unknown

    def rank(self, analysis: Analysis, limit: int = 5) -> list[Candidate]:
        """The best candidates for an analysed question, best first."""
        long = len(analysis.terms) > FOCUS_MIN_TERMS
        # In the question's order (not a set's): ties then break the same way on every run.
        weights = {t: self.weight(t, analysis.common, long) for t in dict.fromkeys(analysis.terms)}
        if self._definition in weights and self._asks_a_word(list(weights)):
            del weights[self._definition]  # "what does arthroplasty mean?" asks about arthroplasty
        total = sum(weights.values())
        if not total:
            return []
        subject = sum(w for t, w in weights.items() if t in self._subject)  # counts for every intent
        coverage: dict[int, float] = defaultdict(float)
        for term, w in weights.items():
            for index in self._doc_postings.get(term, ()):
                coverage[index] += 0.0 if term in self._subject else w
        if sum(len(self._example_postings.get(t, ())) for t in weights) <= EXAMPLE_SCAN_LIMIT:
            overlap = self._overlap_by_postings(weights, total)
        else:  # a large knowledge base: compare examples of the best-covered intents only
            shortlist = sorted(coverage, key=coverage.__getitem__, reverse=True)[:DOC_SHORTLIST]
            overlap = self._overlap_of(shortlist, weights, total)
        partial = {
            index: COVERAGE_WEIGHT * (coverage[index] + subject) / total + EXAMPLE_WEIGHT * overlap.get(index, 0.0)
            for index in coverage
        }
        shortlist = sorted(partial, key=partial.__getitem__, reverse=True)[:PHRASE_SHORTLIST]
        phrases = self._phrase_scores(analysis.phrase, shortlist)
        unknown = [(t, w) for t, w in weights.items() if t not in self._idf]
        common = sum(w for t, w in unknown if t in analysis.common) / total
        rare = sum(w for t, w in unknown if t not in analysis.common) / total
        candidates = []
        for index in shortlist:
            doc = self._docs[index]
            phrase = phrases.get(index, 0.0)
            exclusive = not doc.covered and any(t in doc.terms and t not in self._intent_terms for t in weights)
            cover = (coverage[index] + subject) / total
            best = overlap.get(index, 0.0)
            score = partial[index] + PHRASE_WEIGHT * phrase
            candidates.append(Candidate(doc.key, score, doc.covered, exclusive, cover, best, phrase, rare, common))
        candidates.sort(key=lambda c: -c.score)
        return candidates[:limit]

    def _phrase_scores(self, phrase: str, docs: list[int]) -> dict[int, float]:
        """Best rapidfuzz similarity (0..1) of the question with each given intent's examples."""
        groups = [self._doc_phrases[index] for index in docs]
        found = process.extract(
            phrase,
            list(chain.from_iterable(groups)),
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=PHRASE_CUTOFF,
            limit=None,
        )
        ends = list(accumulate(map(len, groups)))  # where each intent's examples end in the list
        best: dict[int, float] = {}
        for _, score, position in found:
            owner = docs[bisect_right(ends, position)]
            best[owner] = max(best.get(owner, 0.0), score / 100)
        return best

    def _overlap_by_postings(self, weights: dict[str, float], total: float) -> dict[int, float]:
        """Best weighted overlap (Dice) per intent, visiting only examples that share a word.

        The subject's words are in a large share of all examples; an example that shares nothing
        else with the question is not visited but counted by the smallest example of its intent
        holding those subject words (``_smallest_holding``), which gives the same best overlap."""
        subject = [t for t in weights if t in self._subject]
        if len(subject) > SUBJECT_WORDS_SKIPPED:
            subject = []
        shared: dict[int, float] = defaultdict(float)
        postings = self._example_postings
        for term, w in weights.items():
            if term not in subject:
                for position in postings.get(term, ()):
                    shared[position] += w
        if subject:
            terms, subject_words = self._terms, frozenset(subject)
            for position in shared:
                # (a set operation first: this loop visits thousands of examples, most without the subject;
                # then the sum in the question's order, the same on every run)
                if not subject_words.isdisjoint(terms[position]):
                    shared[position] += sum(weights[t] for t in subject if t in terms[position])
        overlap = self._best_per_doc(shared, total)
        for size in range(1, len(subject) + 1):
            for held in combinations(subject, size):
                weight = 2 * sum(weights[t] for t in held)
                for owner, smallest in self._smallest_holding(frozenset(held)):
                    value = weight / (total + smallest)
                    if value > overlap.get(owner, 0.0):
                        overlap[owner] = value
        return overlap

    def _smallest_holding(self, held: frozenset[str]) -> list[tuple[int, float]]:
        """For each intent with an example holding all these subject words, the smallest such
        example's size (its weight), made on first need."""
        found = self._smallest.get(held)
        if found is None:
            smallest: dict[int, float] = {}
            for position, terms in enumerate(self._terms):
                if held <= terms:
                    owner = self._owner[position]
                    smallest[owner] = min(smallest.get(owner, math.inf), self._size[position])
            found = self._smallest[held] = list(smallest.items())
        return found

    def _overlap_of(self, docs: list[int], weights: dict[str, float], total: float) -> dict[int, float]:
        """Best weighted overlap (Dice) per intent, for the given intents' examples."""
        shared: dict[int, float] = {}
        for index in docs:
            for position in self._docs[index].examples:
                terms = self._terms[position]
                value = sum(w for t, w in weights.items() if t in terms)
                if value:
                    shared[position] = value
        return self._best_per_doc(shared, total)

    def _best_per_doc(self, shared: dict[int, float], total: float) -> dict[int, float]:
        overlap: dict[int, float] = {}
        size, owners, best = self._size, self._owner, overlap.get  # locals: this loop is the hottest
        for position, weight in shared.items():
            value = 2 * weight / (total + size[position])
            owner = owners[position]
            if value > best(owner, 0.0):
                overlap[owner] = value
        return overlap


_CLAUSE_END = re.compile(r"[.,;:!?()]+")
# A negation and the words it governs, up to the end of the clause: "does not involve radiation".
_NEGATED = re.compile(
    r"\b(?:not|no|without|never|dont|doesnt|didnt|isnt|arent|wont|cannot|cant)\s+"
    r"((?:(?!and\b|but\b|or\b|which\b|that\b|so\b)\w+\s*){1,4})"
)


def _negated(text: str) -> list[str]:
    """The words each negation in a text governs, folded: "does not involve radiation" gives
    "involve radiation"."""
    clauses = (fold(clause) for clause in _CLAUSE_END.split(text))
    return [found.group(1) for clause in clauses for found in _NEGATED.finditer(clause)]


def _sentences(text: str) -> list[str]:  # (of a passage, or of a message as typed)
    return list(_split_sentences(text))


@lru_cache(maxsize=64)
def _split_sentences(text: str) -> tuple[str, ...]:
    # (a turn's checks each read its sentences: the last few messages' are kept)
    return tuple(s for s in _SENTENCE_END.split(text) if s and s.strip())


def _clauses(text: str) -> list[str]:
    """A text's sentences, split again at a comma before a question word ("..., what is it?")."""
    return [part for s in _sentences(text) for part in _CLAUSES.split(s) if part.strip()]


def uncovered_lead(candidates: list[Candidate]) -> float:
    """How far the best topic the document does not cover scores ahead of the best intent (below 0:
    behind it; -1 when no such topic matched). Candidates come best first."""
    covered = next((c.score for c in candidates if c.covered), 0.0)
    uncovered = next((c.score for c in candidates if not c.covered), None)
    return -1.0 if uncovered is None else uncovered - covered


def _among(term: str, terms: frozenset[str]) -> bool:
    # A word inside a compound counts: "arthritis" is in "osteoarthritis".
    return term in terms or (len(term) >= 6 and any(t.endswith(term) for t in terms))
