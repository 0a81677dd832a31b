"""One user's conversation: follow-ups, clarification picks, small talk, and state a host can keep.

Each turn goes: clean → urgent or advice? → "what happens now?" after talk of the disease (its
treatment)? → a number picking from what was offered? → small talk, "more", "what else", "why"? →
a pick by the words of an offered question? → the question read on its own, and read with the
current topic as context (``chatbot.followup``).
A self-contained question always wins; context only fills in what the question leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import OSA

from . import forms, smalltalk
from .decide import Decision, decide
from .followup import (
    ALTERNATIVES,
    ANAPHORA,
    CORRECTION,
    FRESH_CONFIDENT,
    IT,
    KINDS,
    ON_THE_LIST,
    SET_ASIDE_WORDS,
    THEY,
    read,
    related,
    thing_named,
    unanswerable,
    uncovered_leads,
    without_set_aside,
)
from .match import ONE_OR_OTHER
from .normalise import Analysis, fold
from .patterns import LazyPattern
from .reply import ADVICE, ANSWER, CLARIFY, DECLINE, SMALLTALK, Reply, suggestions_text
from .rewrites import asks_what_follows
from .sanitise import CUT_NOTE, clean

if TYPE_CHECKING:
    from .bot import Chatbot
    from .match import Candidate

FADE_TURNS = 3  # turns without reference after which the topic is forgotten
SEEN_LIMIT = 32  # intents remembered for "tell me more", so the state stays small
ITEM_LIMIT = 40  # terms of a list line remembered (the longest line of the bundled page has 17)
ITEM_WORD_LIMIT = 40  # letters in one of them, when a state is restored

_LAST, _NEXT, _PREVIOUS = -1, -2, -3  # "the last one"; "the next one" after the topic; the one before it
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "last": _LAST,
    "next": _NEXT,
}
_OTHER = 0  # "the other one": of a list of two, the one not talked about
_LEAD = (
    r"(?:(?:ok|okay|and|n|so|but|well|also|then|what about|how about|tell me about|tell me more about|explain|"
    r"more on|what is|whats|what s|sorry|no|oh|wait|actually|i meant|i mean)\s*)*"
)
_NUMBER = re.compile(
    rf"{_LEAD}(?:(?:number|no|option|choice|the)\s*)?#?\s*([1-9]|first|second|third|fourth|fifth|one|two|three|four|five|"
    r"last|next)"
    r"(?:\s*(?:one|1|option|item|point|bullet|entry|please|pls|st|nd|rd|th|explain|explain it|tell me more|"
    r"in more detail|in detail|"
    r"more details?|more|about it|what is it|"
    r"what is that|thanks|thank you|then|again|there|on the list|in the list|from the list|of the list|"
    r"on that list|of that list|of those|of these|of them|you mentioned|you listed))*"
)
# "the previous one", "go back one", "the one before that": the one before the topic in its list.
_PREVIOUS_ONE = re.compile(
    rf"{_LEAD}(?:(?:go|going)\s*)?(?:back\s*one|one\s*back|the\s*previous(?:\s*one)?|(?:the\s*)?one\s*before"
    r"(?:\s*(?:it|that|this))?)(?:\s*(?:please|again|then|on the list))*"
)
# A thing set beside another: "like the x-ray (does)", "more accurate than an x-ray", "compared with the MRI"
# ("the same as" asks whether two names are one thing: see Matcher.uncompared)
_BESIDE = re.compile(
    r"\b(?:like|than|(?<!same )as|compared (?:to|with)|versus|vs)\s+(?:the\s+|an?\s+)?(?P<other>\w+(?:\s+\w+)?)"
    r"(?:\s+(?:does|do|is|scan|test))?\s*$"
)
# A comparison the page never makes, of risk or of worth: "is it riskier than a bone graft?"
# ("riskier", "safer" and "more effective" are judgements already: see forms.asks_judgement)
_RISKIER = re.compile(r"\b(?:more|less) (?:risky|dangerous|painful|invasive) than\b")
# Which stage a treatment is for, asked of it: "which stage?" after the early care, "the drilling one is for
# which stage" (not which stage one is at, nor when a test shows it).
_WHICH_STAGE = re.compile(
    r"(?:(?:and|so|ok|okay|but|then)\s+)*(?:(?:(?:the\s+\w+(?:\s+\w+)?\s+one|it|that|this|they|these)\s+"
    r"(?:is|are|s)|thats|its)\s+(?:(?:used|done|best|meant)\s+)?(?:for|in|at)\s+|(?:for|in|at)\s+)?"
    r"(?:which|what|wich|wat)\s+stages?"
    r"(?:\s+(?:is|are)\s+(?:it|that|this|they)(?:\s+(?:for|used(?:\s+in)?|done(?:\s+in|\s+at)?|best))?)?\W*"
)
_STAGE_OF_ONES_OWN = re.compile(
    r"(?:(?:and|so|ok|okay|but|then)\s+)*(?:what|which|wat|wich)\s+stages?\s+(?:is|are)\s+(?:it|that|this|they)\W*"
)
_STAGE_WORDS = ("stage", "earli", "collaps")  # (stems the passage of a treatment for a stage says)
# Whether a treatment is done before or after the bone collapses: "what if my bone has already
# collapsed", "treatment before collapse?", "post-collapse still ok?"
_COLLAPSE_TIMING = re.compile(
    r"\b(?:(?:before|after|prior to|once|post)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:bone\s+)?(?:has\s+|is\s+|s\s+)?"
    r"(?:already\s+)?(?:collaps|colaps)\w*|(?:already|not yet|yet|still)\s+(?:collaps|colaps)\w*|"
    r"(?:collaps|colaps)\w*\s+(?:already|yet))\b"
)
# ...asked as whether it is still done or works then (not how soon it collapses, nor what is felt)
_STILL_DONE = re.compile(
    r"\b(?:what if|and if|if|still|work|works|worked|working|ok|okay|possible|too late|done|do it|better|best|"
    r"need|needs|meant|point|before or after|treatment|option|matter|matters|why)\b"
)
_NOT_WHETHER_DONE = re.compile(
    r"\b(?:what happens|how (?:long|fast|soon|quickly)|when will|symptoms?|pain|painful|hurt|hurts|arthritis|know|"
    r"tell|see|feel|feels)\b"
)
# A later stage, asked alone: "and later?", "and in the later stages?", "what about when it gets worse?"
_LATER_LEAD = r"(?:(?:and|but|ok|so|what about|how about)\s+)*"
_LATER_ON = re.compile(
    _LATER_LEAD + r"(?:(?:in|at|for)\s+)?(?:the\s+|a\s+)?"
    r"(?:(?:later|advanced|late)(?:\s+on|\s+stages?)?|(?:when|if|once)\s+it\s+(?:gets\s+worse|progresses|advances)|"
    r"(?:when|if|once)\s+(?:it\s+s|its|it\s+is)\s+(?:late|later|advanced|further\s+along))"
)
# ...and, after the early care, when it gets worse or more serious: "and if it gets more serious?", "what if it
# gets worse", "and later on if it gets worse" (after the diagnosis or a test, these ask how it goes on)
_WORSE_LATER_ON = re.compile(
    _LATER_LEAD + r"(?:what\s+)?(?:later\s+(?:on\s+)?)?"
    r"(?:(?:when|if|once)\s+it\s+(?:progresses|advances|"
    r"(?:gets|becomes)\s+(?:(?:more|really|very|much|even)\s+)?(?:worse|serious|bad|severe|advanced))|"
    r"(?:when|if|once)\s+(?:it\s+s|its|it\s+is)\s+(?:(?:more|really|very)\s+)?"
    r"(?:late|later|advanced|further\s+along|serious|severe|bad|worse))(?:\s+then)?"
)
# What comes now for the one who has it: "what happens now?", "ok so what next", "where do we go
# from here?" (not "and then?", which goes on with what was just said).
_WHAT_NOW = re.compile(
    rf"{_LEAD}(?:i see |right |alright |oh |so |and )*(?:what happens (?:now|next)|what now|now what|what next|"
    r"what ?s next|what is next|what are the next steps?|what ?s the next step|what is the next step|"
    r"what do (?:we|i|they|you) do now|where do (?:we|i|you) go from here)(?: (?:for|to) (?:him|her|me|us|them))?"
    r"(?: then)?"
)
# "and then?", "ok and after that": the next step, which after the diagnosis is the care (see Conversation._care_next)
# (not "ok then", a thanks)
_THEN_NEXT = re.compile(
    r"(?!(?:ok|okay|alright|all right|well|right|fine|oh|oh ok|oh okay)\s+then\W*$)"
    rf"{_LEAD}(?:then|and\s+then|then\s+what|what\s+then|(?:and\s+)?(?:what\s+)?(?:happens\s+)?after\s+that)\W*"
)
# "the one after that", "the following one": the next one
_ONE_AFTER = re.compile(
    r"\b(?:the\s+)?(?:one\s+(?:after|afer|aftr|afterwards)(?:\s+(?:it|that|this|those|them))?|following(?:\s+one)?)\b"
)
_OTHER_ONE = re.compile(rf"{_LEAD}(?:the\s*)?other(?:\s*(?:one|test|scan|option|surgery|operation|please))*")
# What the other one is not: "the other one, not the x-ray"
_NOT_THIS = re.compile(r"(?:i mean |i meant )?(?:not|no|instead of|rather than)\s+(?:the\s+)?(.+)")
# The same with a question about it: "and the other one uses what?"
_OTHER_PICK = re.compile(rf"{_LEAD}(?:the\s*)?other\s*(?:one|test|scan|option|surgery|operation)\b\s*(.+)")
# The same at the start of a longer message, which goes on to ask about the pick: "the first
# one, how is it done?". Only in the forms of a pick: "number 2 ...", "(the) second one ...", or
# "the second" followed by a question; "2 hips..." and "the first symptoms..." are not picks.
_PICK = re.compile(
    rf"{_LEAD}(?:(?:number|no|option|choice)\s*#?\s*([1-9])\b|"
    r"(?:(?:the|that|this)\s*)?(first|second|third|fourth|fifth|last|[1-9](?:st|nd|rd|th))\s*(?:one|item|point|bullet|"
    r"entry|of (?:those|these|them|the list))\b|"
    r"(?:the|that|this)\s*(first|second|third|fourth|fifth|last|[1-9](?:st|nd|rd|th))\s*(?=(?:how|what|where|why|when|who|which|is|"
    r"are|does|do|can|could|will|please|explain|tell)\b))\s*(.*)"
)
# The same inside a question: "how does the first one work?", "does the 2nd one use radiation?".
# Only with "the" (or "that", "this") and "one/option/choice" (or "of those"), so "at first" and "the first
# symptoms" are not picks; nor is what one had or wants: "i had this first one done", "i dont want that last one".
_PICK_INSIDE = re.compile(
    r"\b(?:the|(?<!had )(?<!have )(?<!got )(?<!get )(?<!want )(?<!wanted )(?<!need )(?<!done )(?:that|this))\s*"
    r"(first|second|third|fourth|fifth|last|[1-9](?:st|nd|rd|th))\s*(?:one|option|choice|item|bullet|entry|"
    r"of (?:those|these|them|the list))\b"
)
# A message that names the topic it returns to before its question: "going back to the scans, which
# one catches it earliest?". (Cleaned, not folded: the punctuation ends the topic.)
_BACK_TO = re.compile(
    r"(?i:(?:ok|okay|so|and|but|now)?[\s,]*(?:going |coming |getting |go )?back to (?:the |my |your )?)"
    r"(?P<topic>[^,;:!?.]+?)\s*(?:[,;:!?.]+|\s-+|"
    # ...or, typed without stops, at its question's first word: "back to the mri does it use radiation"
    r"(?=\s(?:what|whats|how|why|which|when|where|does|do|did|is|are|can|could|will|would|should)\s))"
    r"\s*(?P<rest>\S.*)"
)
# "which one catches it earliest?", "and which of them uses radiation?", "and the one without
# radiation?", "the test you mentioned that has no radiation": a choice among the list offered.
_WHICH_ONE = re.compile(
    r"(?:(?:and|so|ok|okay|but|then|what is|whats|what about)\s+)*"
    r"(?:which\s+(?:one|ones|of them|of those|of these|of the two)\b|which\s+(?:is|was)\s+the\s+one\b|"
    # "which finds it earliest?": "which" with a verb and no noun chooses one of those offered
    r"which\s+(?:(?:can|could|will|would|does|do)\s+)?"
    r"(?=(?:finds?|shows?|uses?|detects?|sees?|picks?|catches?|spots?|gives?|involves?|needs?|works?)\b)|"
    r"the\s+(?:one|test|scan)\s+(?:(?:you|they)\s+(?:mentioned|said|listed)\s+)?(?:that|which|with|without|using|where)\b|"
    # "is there an option without radiation?" after the X-ray: the other of its kind
    r"(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:other\s+)?(?:option|alternative|one|choice)s?\s+"
    r"(?:that|which|with|without|using|where)\b)"
)
# What else there is besides the thing just talked about: "what else is there besides replacing it?"
# (what follows "besides" is the thing itself, no alternative within it)
_BESIDE_WORDS = "besides|apart from|other than|aside from"
_BESIDES = LazyPattern(rf"\b(?:what|anything) else\b.*\b(?:{_BESIDE_WORDS})(?P<what>(?: \w+){{0,3}})$")
# Besides a thing named: "which kinds of surgery exist apart from a joint replacement?"; and asking,
# before it, what there is ("what other tests are there", "which kinds of surgery exist").
# ("...they try before replacing the whole joint" asks what there is short of it, too)
_BESIDES_NAMED = LazyPattern(
    rf"\b(?:{_BESIDE_WORDS}|except(?: for)?|beyond|before)\s+(?P<thing>\w+(?:\s+\w+){{0,4}}?)\W*$"
)
# ...said first: "besides a joint replacement, what other operations are there", "before they replace the
# whole hip are there smaller ops they can try"
_BESIDES_NAMED_FIRST = LazyPattern(
    rf"^(?:(?:so|and|but|ok)\s+)?(?:{_BESIDE_WORDS}|except(?: for)?|before)\s+(?P<thing>\w+(?:\s+\w+){{0,4}}?)"
    r"(?=\s+(?:what|which|are there|is there|any|do|does|can|could)\b)"
)
_ASKS_WHAT_THERE_IS = LazyPattern(
    r"\b(?:what|which|are there|is there|any)\b.*\b(?:are there|is there|exist|exists|available|do they do|"
    r"can they do|could they do|they try|do they try|can they try|they can try|they could try|to try|options?|kinds?|"
    r"types?|others?|can help|could help|"
    r"are possible|are used|are done)\b"
)
# What something is instead of: "what does it use instead of radiation?", "other options than replacing it"
_INSTEAD_OF = LazyPattern(rf"\b(?:{SET_ASIDE_WORDS}|than) (\w+(?: \w+){{0,2}})$")
_USE = r"(?:do|use|get|have|order|take|try|go\s+for|go\s+with|start\s+with)"
# Why a thing is not just used instead: "why not just do an xray", "why couldn't they do the drilling
# thing instead" (not "why can't the bone heal?", which names no thing).
_WHY_NOT_JUST = LazyPattern(
    r"\W*(?:(?:so|and|but|ok|okay|then)\s+)?why\s+(?:not\s+(?:just\s+|simply\s+)?(?:" + _USE + r"\s+)?|"
    r"(?:can\s?t|cannot|couldn\s?t|could\s+not|don\s?t|do\s+not|wouldn\s?t|won\s?t|didn\s?t|did\s+not)\s+"
    r"(?:(?:they|you|he|she|we|i|the\s+doctors?)\s+)?(?:just\s+|simply\s+)?" + _USE + r"\s+|"
    # ...or why the one talked about is picked over it: "why would he pick that over just doing an xray"
    r"(?:would|did|do|does|will)\s+(?:they|you|he|she|the\s+doctors?)\s+(?:pick|choose|prefer|want|go\s+for|order)"
    r"\s+(?:that|it|this)\s+(?:over|instead\s+of|rather\s+than)\s+(?:just\s+)?(?:doing\s+|using\s+|having\s+)?)"
    r"(?P<thing>(?:an?\s+|the\s+)?\w+(?:[\s-]+\w+){0,3}?)"
    r"(?:\s+(?:instead|first|for\s+(?:it|this|that|him|her|me)|rather|then))*\W*$"
)
# Whether a thing is the only one of its kind: "is that the only one?", "Is hip replacement the only
# option for AVN of the hip?" asks for the list it is one of.
_ONLY = LazyPattern(
    r"\b(?:the )?only (?:one|option|options|way|choice|treatment|surgery|operation|procedure|test|scan)\b"
    r"(?! (?:i|we|you|that|which|is|was)\b)"  # (not "the only one I want to know about is...")
)
# "which scan catches it earliest?", "is there a surgery that uses donor bone?": a choice among
# the things of a kind, with no list offered before. The kind is read on its own: a scan is one of
# the imaging tests, an operation one of the surgeries.
_WHICH_KIND = re.compile(
    r"(?:(?:and|so|ok|okay|but|then|whats|what s|what is)\s+)*"
    rf"(?:which|what|(?:is|are)\s+there\s+an?|the(?=\s+(?:\w+\s+)?{KINDS}\s+(?:that|which|where|with|without)\b))"
    rf"\s+(?:\w+\s+)?(?P<kind>{KINDS})\b(?!\s+(?:and|or)\b)"
)
# "the last surgical option", "and the next surgery on the list?": an ordinal of a kind of thing
# picks from that kind's list, whatever was offered before.
_ORDINAL_KIND = re.compile(
    rf"{_LEAD}(?:(?:the|that|this)\s*)?(?P<ordinal>first|second|third|fourth|fifth|last|next)\s+"
    r"(?:of\s+(?:the|those|these)\s+)?"
    r"(?P<kind>(?:surgical|imaging|surgery|operative)?\s*(?:test|scan|exam|operation|surgery|procedure|option|treatment|op))"
    r"s?(?:\s*(?:on the list|in the list|from the list|you mentioned|you listed|you said|you named|please|then|one|is|"
    r"called))*"
)
# What someone said of a thing, around a pick
_REPORTED_PICK = re.compile(r"\b(?:said|says|told|tells|thinks|thought|suggested|recommended|wants)\b")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
# A clause asking what a thing is, in the plain form: "what is core decompression", "whats an mri"
_WHAT_IS = re.compile(r"(?:so |ok |and )?(?:what (?:is|s|exactly is)|whats) (?:a |an |the )?\w")
# A bare "why?" or "how?": after "and diving?" of the causes it asks how diving does it, which a list
# line does not say; after "is it important to catch it early?" the passage just quoted gives the reason.
_REASON_ONLY = re.compile(
    r"(?:and |but |so |ok )?(?:why|why is that|why so|how come|how so|how|how exactly|for what reason|"
    r"what ?s the reason|what is the reason)(?: (?:is|does) (?:that|it|this)(?: happen)?)?|"
    r"(?:and )?(?:how|why) (?:does|would|did|can|could|do) (?:(?:it|that|this|that one|this one) (?:do|cause|lead to|"
    r"trigger)|(?:they|those|these) (?:cause|lead to|trigger)) (?:that|this|it)(?: to (?:the |my )?bones?)?"
    r"(?: (?:though|then|exactly|actually))?"
)
# A question of its own, opening with its question word (see Conversation._asked_apart)
_QUESTION_WORD = re.compile(
    rf"{_LEAD}(?:what|whats|how|why|which|when|where|who|is|are|can|could|does|do|will|would)\b"
)
_WH_START = re.compile(r"(?:what|whats|how|why|which|where|when|who)\b")
# What a word means: "what does that mean?", "what does it stand for?"
_WHAT_IT_MEANS = re.compile(r"\b(?:mean|means|meaning|stand for|stands for)\b")
# What a test found: "the x-ray shows...", "my MRI showed..."
_FINDING = re.compile(r"\b(?:shows?|showed|shown|found|finds|revealed?|reveals|detected)\b")
_THESE = re.compile(r"\b(?:these|those)\b")  # things, not the one a story tells of
_POINTED_BACK = re.compile(r"\bback to (?:that|this|the)\b")  # "back to the surgery": the one talked about
# "that operation", "the scan": a test or treatment named before.
_THAT_THING = re.compile(
    r"\b(?:that|this|the|these|those)\s+(?P<kind>operation|surgery|procedure|op|test|scan|exam|treatment|therapy|"
    r"machine|scanner)\b"
)
# The machine or the scanner is the scan's: "...laid in a loud machine... how does that machine work"
_KIND_NAMES = {"machine": "scan", "scanner": "scan"}
# "the surgery one, when is it best done?": the one of that kind talked about last, and a question about it.
_KIND_ONE = re.compile(
    r"(?:(?:ok|okay|and|so|but|now|what about|back to)\s+)*(?P<thing>the\s+(?:operation|surgery|procedure|op|test|"
    r"scan|exam|treatment|therapy))\s+one\b\W*(?P<rest>.*)"
)
# Whether one is too old or young for "it", the test or treatment talked about
# (not for the disease: "can you be too young for this disease?", "...for this to happen")
_TOO_OLD_FOR_IT = re.compile(
    r"^(?!.*\b(?:get|gets|getting|got|happen|happens|avn|osteonecrosis|necrosis)\b).*"
    r"\btoo (?:old|young) for (?:it|that|this|one|them)\b(?! (?:disease|condition|illness|to happen|to be)\b)"
)
# Asking what else one may ask, not to be told more: "what else can I ask?", "what other questions?"
_QUESTIONS_ASKED = re.compile(r"\b(?:can i ask|could i ask|should i ask|questions?)\b")
# One of a list picked by a word of its name: "the joint one" after the surgeries is the joint replacement.
_DESCRIBED_ONE = re.compile(
    r"(?:(?:ok|okay|and|so|but|now|what about|how about|tell me about)\s+)*(?:the|that)\s+(?P<words>\w+(?:\s+\w+){0,2})"
    r"\s+one\W*"
)
# A bare comparison, naming nothing compared: "which is better?", "which one is more accurate?",
# "and which has less radiation?" (of the two things just talked about).
_WHICH_BETTER = LazyPattern(
    r"(?:(?:and|so|ok|okay|but|then)\s+)*which(?:\s+(?:one|of them|of those|of these|of the two|test|scan))?"
    r"(?:\s+(?:is|s|would be|will be|has|have|gives|uses|involves))?\s+(?:the\s+)?"
    r"(?:better|best|safer|safest|more|less|most|least|superior|preferable|worse|worst)(?:\s+\w+){0,2}\s*$"
)
# Correcting oneself within a message: "what is bone graft, sorry I mean bone decompression",
# "what causes it? no, scratch that, what age does it occur?". (Not a lone "sorry", which may be
# an apology: "what is AVN, sorry to bother you".)
_SELF_CORRECTION = LazyPattern(
    r"(?:^|\s)(?:(?:no|nope|sorry|oops|whoops|wait|err|er|um|uh|oh|ah|actually|or rather)\s+)*"
    r"(?:i mean to say|i meant to say|i mean|i meant|scratch that|strike that|no wait|let me rephrase)\s+"
)
# A question's opening words (what follows a correction then asks on its own).
_ASKS = LazyPattern(
    r"(?:what|whats|what s|how|why|when|where|which|who|whose|can|could|is|are|does|do|did|will|would|should|"
    r"tell|explain|describe)\b"
)
# What a correction says was not meant, last: "...diagnosis not treatment", "...the MRI, rather than the X-ray".
_REJECTED_LAST = LazyPattern(
    r"\s+(?:and |but )?(?:not|rather than|instead of) (?:the |a |an |about (?:the )?)?\w+(?: \w+)?$"
)
_MEANT_WORDS = 3  # words a correction names what it meant in, before what it did not ("the MRI")
_CORRECTION_WORDS = ("mean", "scratch", "strike", "wait", "rephrase")


@dataclass
class State:
    """All a conversation remembers; small, and JSON-ready through ``to_dict``."""

    topic: str | None = None  # the intent last talked about
    idle: int = 0  # turns since the topic was last referred to
    offered: list[str] = field(default_factory=list)  # intents offered by number in the last reply
    declined: bool = False  # whether the last reply declined or refused advice: its suggestions are no list
    seen: list[str] = field(default_factory=list)  # intents already answered, oldest first
    item: list[str] = field(default_factory=list)  # terms of the explained list line the topic's question named
    listed: bool = False  # whether the topic's question asked about items of the list its passage holds


# Words pointing back at what a story told: "..., what does that mean", "..., what causes this"
_POINTS_BACK = LazyPattern(r"\b(?:that|this|these|those|he|she|they|him|her|them)\b")
_A_WH_WORD = LazyPattern(rf"\b{_WH_START.pattern}")  # a question word anywhere, not only first
_OF_ONESELF = LazyPattern(r"(?:am|do|does|will|would|could|can|should|have|has|is) (?:i|my|me)\b")


class Conversation:
    """One user's session with a Chatbot; ``ask`` answers the next message.

    >>> from chatbot import Chatbot
    >>> conversation = Chatbot().conversation()
    >>> conversation.ask("what is an MRI?").intent
    'mri'
    >>> conversation.ask("and the x-ray?").intent
    'xray'
    >>> conversation.ask("does it use radiation?").intent
    'xray'
    """

    def __init__(self, bot: Chatbot, state: State | None = None):
        self.bot = bot
        self.state = state or State()
        self._picked = False  # whether this turn picked from what was offered
        self._thing: str | None = None  # the test or treatment this turn asked about, if it named one

    # -- state a host bot can keep --------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The conversation's state, JSON-ready; ``Chatbot.conversation_from_dict`` restores it."""
        s = self.state
        return {
            "version": 1,
            "topic": s.topic,
            "idle": s.idle,
            "offered": list(s.offered),
            "declined": s.declined,
            "seen": list(s.seen),
            "item": list(s.item),
            "listed": s.listed,
        }

    @classmethod
    def from_dict(cls, bot: Chatbot, data: dict[str, Any]) -> Conversation:
        """Restore a conversation; anything unknown or malformed in ``data`` is dropped, not trusted."""
        known = bot.answers  # keyed by intent id
        data = data if isinstance(data, dict) else {}

        def ids(value: Any) -> list[str]:
            return [v for v in value if isinstance(v, str) and v in known] if isinstance(value, list) else []

        def words(value: Any) -> list[str]:
            if not isinstance(value, list):
                return []
            return [v for v in value if isinstance(v, str) and len(v) <= ITEM_WORD_LIMIT][:ITEM_LIMIT]

        topic, idle = data.get("topic"), data.get("idle", 0)
        state = State(
            topic=topic if isinstance(topic, str) and topic in known else None,
            idle=idle if isinstance(idle, int) and 0 <= idle <= FADE_TURNS else 0,
            offered=ids(data.get("offered")),
            declined=data.get("declined") is True,
            seen=ids(data.get("seen"))[-SEEN_LIMIT:],
            item=words(data.get("item")) if isinstance(topic, str) and topic in known else [],
            listed=data.get("listed") is True and isinstance(topic, str) and topic in known,
        )
        return cls(bot, state)

    # -- a turn ------------------------------------------------------------------------------
    def ask(self, message: str) -> Reply:
        """Answer the next message of this conversation."""
        text, cut = clean(message)
        self._picked, self._thing = False, None
        reply = self._turn(text)
        if cut:
            reply = replace(reply, notes=[*reply.notes, CUT_NOTE])
        self._remember(reply)
        return reply

    def _turn(self, text: str) -> Reply:
        spell = self.bot.matcher.normaliser.spell
        text, chat = smalltalk.read(text, spell, self._names_anything)
        if chat is None:
            # (spelled right for the conversation's own reading: "numbber two", "the ohter one")
            text = self._corrected(spell(text))
        if chat is not None and chat.name in ("urgent", "advice"):
            # safety first, whatever was offered before; a thing it names is what "it" means next
            # ("should I have the hip replacement or wait?", then "what are the alternatives?")
            self._thing = thing_named(self.bot, text)
            return self._chat(text, chat.name)
        if self.bot.is_part(self.state.topic) and _TOO_OLD_FOR_IT.search(fold(text)):
            # "he's 82, is he too old for it?" after an operation asks whether it suits him: advice
            return self._chat(text, "advice")
        unnamed = self.bot.unnamed.asked(text)
        if unnamed is not None:
            return self._unnamed(text, unnamed)
        care = self._care_next(text)
        if care is not None:
            return self.bot.answer(text, care)
        kind_pick, rest = self._ordinal_of_kind(text)
        if kind_pick is not None:
            self._picked = True
            # "the first surgery, how does it work?" asks about the one picked
            return self._about(kind_pick, text, rest) if rest else self.bot.answer(text, kind_pick)
        number, rest, spelled = self._number(text)
        if number is not None and not _BACK_TO.fullmatch(text):  # ("back to treatment - the third item": its list)
            # With nothing offered, a number picks from the list the current topic is part of:
            # after "what does the x-ray show?", "the second one" is the MRI. So does an ordinal
            # after a decline: "how long is recovery after that?", then "and the last one on the
            # list?" is the surgeries' last, not the last question the decline suggested ("2" is).
            siblings = self._siblings()
            listed = self._listed() or siblings if spelled and self.state.declined else []
            offered = listed or self.state.offered or self._named() or siblings
            ordinal, number = number, self._position(number, offered)
            if number == _OTHER and len(offered) == 2:
                # after the x-ray, "the other one" is the MRI; so is "the other one, not the x-ray"
                rejected = _NOT_THIS.fullmatch(rest)
                this = self.bot.matcher.choose(offered, rejected.group(1), said=True) if rejected else None
                if this is not None:
                    rest = ""  # "not the x-ray" said which one; nothing more is asked
                else:
                    this = self.state.topic
                if this in offered:
                    number = 2 - offered.index(this)
            if 1 <= number <= len(offered):
                choice, self._picked = offered[number - 1], True
                return self._about(choice, text, rest) if rest else self.bot.answer(text, choice)
            current = self.state.topic
            # ("number 9 on that list" after three suggestions; a bare "9" is no pick of a line)
            beyond = number > len(offered) and ON_THE_LIST.search(fold(text)) is not None
            lines = self.bot.matcher.list_length(current) if current else 0
            line = lines if ordinal == _LAST else number  # ("and the last" after the third cause)
            if ((spelled and not self.state.offered) or beyond) and current and 1 <= line <= lines:
                # "the fourth one?" after the early treatments: an item of the list its passage holds
                self._picked = True
                return self._about(current, text, rest) if rest else self.bot.answer(text, current)
            if self.state.offered and not rest:
                return self.bot.say(SMALLTALK, text, f"Please pick a number from 1 to {len(offered)}.")
        if chat is not None:
            return self._chat(text, chat.name)
        picked = self._pick_by_words(text)
        if picked:
            self._picked = True
            return self.bot.answer(text, picked)
        described = self._one_described(text)
        if described:
            self._picked = True
            return self.bot.answer(text, described)
        kind_one = _KIND_ONE.fullmatch(fold(text))
        named_one = self._last_of_kind(kind_one.group("thing"), False) if kind_one else None
        if kind_one and named_one:
            rest = smalltalk.after_words(text, len(fold(text).split()) - len(kind_one.group("rest").split()))
            return self._about(named_one, text, rest) if rest else self.bot.answer(text, named_one)
        back = _BACK_TO.fullmatch(text)
        if back:  # "back to causes, is diabetes one?": the question, about the topic it names
            named = self._last_of_kind(back.group("topic"), _POINTED_BACK.search(fold(text)) is not None)
            if named is None:
                topic = self._alone(back.group("topic"))[1]
                named = topic.intent if topic.kind == ANSWER else None
            if named:
                rest = back.group("rest")
                picked, after = self._picked_from(named, rest)
                if picked is not None:  # "ok back to the surgery list, the 2nd one": of the list returned to
                    return self._about(picked, text, after) if after else self.bot.answer(text, picked)
                wider = self._alternatives(rest, named)
                if wider is not None:  # "back to the surgery, what other operations are there?"
                    return self.bot.answer(text, wider)
                parts = self.bot.parts_of(named)
                chosen = self._which_of(rest, lambda: parts or self.bot.siblings(named))
                return self._chosen(text, rest, chosen) if chosen else self._about(named, text, rest)
            if not self.bot.normaliser.analyse(back.group("topic")).terms:
                # "ok back to my aunt, whats the bone graft thing her surgeon mentioned": a person returned to
                return self._question(back.group("rest"))
        judged = self._judged_by_topic(text)
        if judged is not None:
            return self.bot.answer(text, judged)
        chosen = self._which_of(text, self._in_view)
        chosen = chosen or self._which_kind(text)
        if chosen:
            return self._chosen(text, text, chosen)
        between = self._between_the_two(text)
        if between is not None:
            return self.bot.build(text, between)
        return self._question(text)

    def _unnamed(self, text: str, name: str) -> Reply:
        """ "Is ibuprofen one of those?": the page names the kind (NSAIDs), never the thing, so it
        cannot say; what it does say of the kind is offered first."""
        read = self._alone(text)[1]
        nearest = (
            [read.intent] if read.kind == ANSWER and read.intent else [self.state.topic] if self.state.topic else []
        )
        if nearest:  # what "it" means next ("does it help though?"): the kind's answer
            self._thing = nearest[0]
        return self.bot.decline(text, f"{name} by name", nearest=nearest or None)

    def _between_the_two(self, text: str) -> Decision | None:
        """A bare comparison after two things (the X-ray and the MRI) is about those two: "which one
        is more accurate?" is no question about the page's accuracy (the disclaimer). Declined, with
        the two suggested, when it reads as anything else; None when it reads as one or both of them."""
        if not _WHICH_BETTER.match(fold(text)) or self.bot.things_named(self.bot.normaliser.analyse(text)):
            return None
        pair = self._in_view()
        if len(pair) != 2:
            return None
        decision = self._read(text)
        answers = self.bot.answers
        both = {passage for thing in pair for passage in answers[thing]}
        if decision.kind != ANSWER or decision.intent is None or set(answers[decision.intent]) <= both:
            return None
        return Decision(DECLINE, confidence=decision.confidence, suggestions=pair)

    def _corrected(self, text: str) -> str:
        """A message that corrects itself, as meant: what follows the correction, when it asks a
        question of its own ("what causes it? no, scratch that, what age does it occur?"), else the
        question before it with its words taken by what follows ("what is bone graft, sorry I mean
        bone decompression" asks what bone decompression is). A question that goes on to say the
        same in other words ("what is an MRI, I mean, how does it work?") is left whole."""
        folded = fold(text)
        if not any(word in folded for word in _CORRECTION_WORDS):
            return text  # (most messages correct nothing: a substring test is far cheaper)
        cue = CORRECTION.match(folded)
        rejected = _REJECTED_LAST.search(folded) if cue and " not" not in cue.group() else None
        named = folded[cue.end() : rejected.start()].split() if cue and rejected else []
        if rejected is not None and 0 < len(named) <= _MEANT_WORDS and not _ASKS.match(" ".join(named)):
            # "sorry I meant diagnosis, not treatment": what was not meant goes (not a question's own
            # "not": "I meant what happens if you do not treat it")
            return folded[: rejected.start()]
        corrections = list(_SELF_CORRECTION.finditer(folded))
        found = corrections[-1] if corrections else None  # the last correction is what is meant
        if found is None or found.start() == 0 or found.end() >= len(folded):
            return text
        before, after = folded[: found.start()], folded[found.end() :]
        analyse = self.bot.normaliser.analyse
        meant, was = analyse(after), analyse(before)
        if not meant.terms or not was.terms:
            return text
        meant_things, was_things = self.bot.things_named(meant), self.bot.things_named(was)
        if not meant_things and not set(meant.terms).isdisjoint(was.terms):
            return text  # the same said again
        if _ASKS.match(after) or len(meant.terms) > len(was.terms):
            return after
        # one thing named for another: its name gives way to what follows ("what does an MRI, I mean
        # an X-ray, show?"); a correction of anything else leaves the message whole ("how is avn
        # treated in the hip, I mean the shoulder")
        if len(was_things) != 1 or not meant_things or meant_things == was_things:
            return text
        things = was_things
        names = self.bot.matcher.question_terms(things[0]) - self.bot.matcher.subject
        frame = [word for word in before.split() if not set(analyse(word).terms) & names]
        return " ".join([*frame, after])

    def _offered(self) -> list[str]:
        """What the last reply offered by number, unless it declined or refused advice: what it
        suggested then is no list the user talks about."""
        return [] if self.state.declined else self.state.offered

    def _in_view(self) -> list[str]:
        """The things a "which one" question may choose among: those offered, else those the topic's
        answer names, else the topic's list."""
        return self._offered() or self._named() or self._siblings()

    def _siblings(self) -> list[str]:
        return self.bot.siblings(self.state.topic) if self.state.topic else []

    def _listed(self) -> list[str]:
        """The list the topic's answer offered: its passages' parts ("the third one" after the
        surgeries), else what its passage names."""
        topic = self.state.topic
        return self.bot.listed(topic) if topic else []

    def _named(self) -> list[str]:
        """The tests or treatments the topic's answer names: "the first one" after "X-ray or MRI"."""
        topic = self.state.topic
        return self.bot.named(topic) if topic else []

    def _which_of(self, text: str, among: Callable[[], list[str]]) -> str | None:
        """The one of a list that a "which one…?" question chooses, by its own words: after the X-ray
        and the MRI, "which one catches it earliest?" is the MRI ("in its earliest stages").
        ``among`` gives the list; it is asked for only when the question is of that form. A question
        about what the document does not cover chooses none ("which one has the best success rate?")."""
        if not _WHICH_ONE.match(fold(text)):
            return None
        offered = among()
        chosen = self.bot.matcher.choose(offered, text) if len(offered) >= 2 else None
        if chosen is not None and self._uncovered(text):
            # ...unless the chosen one's passage says what is asked: "which can see the earliest
            # stage?" is the MRI's "in its earliest stages", no question of staging
            analysis = self.bot.normaliser.analyse(text)
            said = self.bot.matcher.said(chosen)
            return chosen if analysis.terms and set(analysis.terms) <= said else None
        return chosen

    def _uncovered(self, text: str) -> bool:
        """Whether a text, read on its own, is declined as about a topic the document does not cover,
        which leads its reading or is named in words no intent uses ("which one is better", "which
        one has the best success rate")."""
        analysis, candidates = self.bot.matcher.understand(text)
        decision = decide(candidates, self.bot.answers)
        return decision.uncovered is not None and (self.bot.matcher.foreign(analysis) or uncovered_leads(candidates))

    def _care_next(self, text: str) -> str | None:
        """The treatment, when "what happens now?" follows talk of what comes before it on the page
        (what the disease is, its causes, its tests): what comes next for the one who has it is the
        care. None otherwise (after a treatment, "what next?" goes on to the next; with nothing
        talked about, it asks "More about what?")."""
        topic, care = self.state.topic, self.bot.care_intent
        if topic is None or care is None:
            return None
        folded = fold(text)
        then = _THEN_NEXT.fullmatch(folded) is not None
        if not then and _WHAT_NOW.fullmatch(folded) is None:
            return None
        passages = self.bot.kb.passages
        if max(passages[p].start for p in self.bot.answers[topic]) >= min(
            passages[p].start for p in self.bot.answers[care]
        ):
            return None
        if then and not self.bot.sections_of(topic) & self._sections_just_before(care):
            return None  # ("and then?" after the symptoms goes on with them)
        wider = self.bot.list_of(topic)
        if then and wider is not None and self.bot.listed(wider)[-1:] != [topic]:
            return None  # (after the X-ray, "and then?" goes on to the MRI, the next test)
        return care

    def _sections_just_before(self, intent: str) -> frozenset[str]:
        """The section the page puts just before an intent's first passage."""
        passages = self.bot.kb.passages
        first = min(passages[p].start for p in self.bot.answers[intent])
        before = [p for p in passages.values() if p.start < first]
        return frozenset({max(before, key=lambda p: p.start).heading} if before else ())

    def _alone(self, text: str) -> tuple[Analysis, Decision]:
        """A text read on its own, with no context: its analysis, and the decision on it."""
        analysis, candidates = self.bot.matcher.understand(text)
        return analysis, decide(candidates, self.bot.answers)

    def _position(self, number: int, among: list[str]) -> int:
        """An ordinal as a position in a list, from 1: "last" is its length, "next" the one after the
        topic, "previous" the one before it."""
        if number == _LAST:
            return len(among)
        if number in (_NEXT, _PREVIOUS):
            topic = self.state.topic
            if topic not in among:
                return 0
            return among.index(topic) + (2 if number == _NEXT else 0)
        return number

    def _picked_from(self, intent: str, text: str) -> tuple[str | None, str]:
        """The thing a pick ("the second one", "number 2") chooses from the list an intent's answer
        gives, and what the message asks of it after that; None when it picks nothing there."""
        number, rest, _ = self._number(text)
        if _REPORTED_PICK.search(fold(rest)):
            # what was said of it is no pick: "back to the surgeries, my surgeon said the second one isnt suitable"
            return None, ""
        among = self.bot.listed(intent) if number is not None else []
        number = self._position(number, among) if number is not None else 0
        if not 1 <= number <= len(among):
            return None, ""
        self._picked = True
        return among[number - 1], rest

    def _ordinal_of_kind(self, text: str) -> tuple[str | None, str]:
        """The thing an ordinal of a kind picks ("the last surgical option" is the joint replacement),
        and what the message asks of it after that ("the first surgery, how it works?")."""
        folded = fold(text)
        asked = _ORDINAL_KIND.match(folded)
        if asked is None or (asked.end() < len(folded) and folded[asked.end()] != " "):
            return None, ""
        among = self._kind(asked.group("kind"))[1]
        number = self._position(_ORDINALS[asked.group("ordinal")], among)
        picked = among[number - 1] if 1 <= number <= len(among) else None
        return picked, folded[asked.end() :].strip()

    def _kind(self, words: str) -> tuple[frozenset[str], list[str]]:
        """The terms that name a kind of thing, and the things of that kind, read on its own: a scan
        is one of the imaging tests, an operation one of the surgeries, a test one of those the
        diagnosis names. No things for a kind with no list."""
        analysis, kind = self._alone(_KIND_NAMES.get(words, words))
        if kind.kind != ANSWER or kind.intent is None:
            return frozenset(analysis.terms), []
        return self.bot.matcher.question_terms(kind.intent) | frozenset(analysis.terms), self.bot.listed(kind.intent)

    def _last_of_kind(self, words: str, pointed: bool) -> str | None:
        """The thing last talked about that "that scan" or "the surgery" names: of the things of its
        kind, the one answered most recently ("back to that scan, ..." after the X-ray and the
        symptoms is the X-ray). None unless the words point (``pointed``: "back to the surgery"
        did, though "the" is not among the words) and one of the kind was talked about."""
        folded = fold(words).strip()
        pointer = _THAT_THING.fullmatch(folded)
        if pointer is None and pointed:
            pointer = _THAT_THING.fullmatch(f"the {folded}")
        if pointer is None:
            return None
        among = self._kind(pointer.group("kind"))[1]
        return next((seen for seen in reversed(self.state.seen) if seen in among), None)

    def _which_kind(self, text: str) -> str | None:
        """The one thing of a kind that a "which scan…?" question chooses by its own words: "which
        test finds it earliest?" is the MRI, "which operation uses donor bone?" the bone graft.
        None when the words do not single one out ("which test is used?"), and for a plural, which
        asks for the whole list ("which tests are used?")."""
        parts = self.bot.matcher.story_and_question(text)
        if parts is not None:
            text = parts[1]  # "I had an X-ray last week. Which test finds it earliest?"
        folded = fold(text)
        asked = _WHICH_KIND.match(folded)
        if asked is None or _BESIDES_NAMED.search(folded) or _BESIDES_NAMED_FIRST.match(folded):
            return None  # ("what surgery is there besides a hip replacement?" chooses none)
        # The words of the kind itself ("imaging", "test", "diagnosed") tell its things apart from nothing.
        beside, among = self._kind(asked.group("kind"))
        if len(among) < 2:
            return None
        fresh = self._alone(text)[1]
        own = fresh.intent if fresh.kind == ANSWER and fresh.intent in among else None
        if own and fresh.confidence >= FRESH_CONFIDENT:
            return own  # read on its own, the question names its one: "the operation where they drill"
        # Else the passages choose, or failing them the question's own reading, over the topic:
        # "which test finds it earliest?" after the symptoms is the MRI.
        return self.bot.matcher.choose(among, text, beside, said=True) or own

    def _judged_by_topic(self, text: str) -> str | None:
        """The thing just talked about, when "which test (surgery) is best?" follows a passage of its kind that
        judges by a measure of its own: after "how can they catch it early?" (the MRI "can detect osteonecrosis
        in its earliest stages"), "which test is best then?" is the MRI. None otherwise."""
        topic = self.state.topic
        kind = forms.kind_asked_best(text) if topic is not None and self.bot.is_part(topic) else None
        if kind is None or topic not in self._kind(kind)[1]:
            return None  # ("which surgery is best?" after the MRI asks of no test)
        return topic if self.bot.matcher.passages_say(topic, forms.judges) else None

    def _chosen(self, text: str, question: str, chosen: str) -> Reply:
        if unanswerable(self.bot, question, chosen):  # "which one is safer?", when neither passage says
            return self.bot.build(text, Decision(DECLINE, suggestions=[chosen]))
        return self.bot.answer(text, chosen)

    def _number(self, text: str) -> tuple[int | None, str, bool]:
        """The number in a reply like "2", "#2" or "the second one", what the reply says after it,
        and whether it is an ordinal ("the second one", "2nd") rather than a bare number.

        The rest is empty when the reply is only the number; an ordinal may be mistyped ("frist").
        """
        words = [_ordinal(w) for w in fold(text).split()]
        folded = _ONE_AFTER.sub("next", " ".join(words))
        if _OTHER_ONE.fullmatch(folded):
            return _OTHER, "", True
        if _PREVIOUS_ONE.fullmatch(folded):
            return _PREVIOUS, "", True
        other = _OTHER_PICK.fullmatch(folded)
        if other is not None:
            return _OTHER, other.group(1), True
        number = _NUMBER.fullmatch(folded)
        rest = ""
        if number is None:
            number = _PICK.fullmatch(folded)
            if number is not None and number.group(4):
                rest = number.group(4)
            else:
                number = _PICK_INSIDE.search(folded)
                if number is None:
                    return None, "", False
                # the pick stands for "it" in the question about it
                rest = f"{folded[: number.start()]}it{folded[number.end() :]}".strip()
        value = next(v for v in number.groups() if v)
        if not value[0].isdigit():
            return _ORDINALS[value], rest, True
        return int(value[0]), rest, bool(re.search(rf"\b{value[0]}\s*(?:st|nd|rd|th)\b", folded))

    def _about(self, picked: str, text: str, rest: str) -> Reply:
        """A pick followed by a question about it ("the first one, how is it done?").

        The question is read with the pick as its topic; one the page does not answer is declined
        ("the second one, how long is the recovery?"); anything else gets the pick.
        """
        decision = self._read_about(picked, rest)
        self._thing = picked
        if decision.kind == ANSWER or decision.uncovered or unanswerable(self.bot, rest, picked):
            return self.bot.build(text, decision)
        return self.bot.answer(text, picked)

    def _pick_by_words(self, text: str) -> str | None:
        """The one offered question whose words include all the telling words of the reply.

        "osteotomy" picks "What is an osteotomy?"; "how is osteoporosis treated" picks nothing,
        for "osteoporosis" is in no offered question.
        """
        if not self.state.offered:
            return None
        # (the subject's name alone picks none: "ok just tell me what osteonecrosis is")
        terms = set(self.bot.normaliser.analyse(text).terms) - self.bot.matcher.subject
        if not terms:
            return None
        fits = [i for i in self.state.offered if terms <= self.bot.matcher.question_terms(i)]
        return fits[0] if len(fits) == 1 else None

    def _one_described(self, text: str) -> str | None:
        """The one thing of the topic's list (or of the list the topic is part of) whose question
        holds every telling word of "the ... one": "the joint one" after the surgeries is the joint
        replacement. None when no word tells, or the words fit none or several."""
        described = _DESCRIBED_ONE.fullmatch(fold(text))
        if described is None:
            return None
        normaliser, matcher = self.bot.normaliser, self.bot.matcher
        terms = set(normaliser.analyse(described.group("words")).terms) - matcher.subject
        if not terms:
            return None

        def named_by(intent: str) -> set[str]:  # (its question's own words too: "joint" of "joint replacement")
            question = self.bot.kb.intent(intent).question
            return {normaliser.stem(w) for w in fold(question).split()} | matcher.question_terms(intent)

        fits = [i for i in self._listed() or self._siblings() if terms <= named_by(i)]
        return fits[0] if len(fits) == 1 else None

    def _names_anything(self, words: str) -> bool:
        """Whether words name anything the knowledge base speaks of (no filler, no feeling)."""
        return bool(self.bot.matcher.normaliser.analyse(words).terms)

    def _chat(self, text: str, name: str) -> Reply:
        bot = self.bot
        if name == "more":
            return self._more(text)
        if name == "what_else":
            if self.state.topic is not None and self.state.listed:
                # after "and smoking?" of the causes, "what else?" asks what else is on that list
                return bot.answer(text, self.state.topic)
            if self.state.topic is not None and not _QUESTIONS_ASKED.search(fold(text)):
                # after an answer, "what else?" asks to go on, as "tell me more" does (what else one could
                # ask, "what other questions?", gets the related questions)
                return self._more(text, fresh_only=True)
            return self._what_else(text)
        if name == "again":  # "sorry, what?", "simpler please": the passage just quoted, once more
            return self._question(text) if self.state.topic is None else bot.answer(text, self.state.topic)
        if name == "why":  # "why?", "really?", "how?": the document's answer is the passage just quoted
            if self.state.topic is None:
                return bot.say(SMALLTALK, text, "About what? Ask me a question first.", [])
            if self._why_of_a_list_item(text):
                return bot.build(text, Decision(DECLINE, suggestions=[self.state.topic]))
            return bot.answer(text, self.state.topic)
        body = smalltalk.reply_text(name, bot.source)
        if name in ("advice", "help"):
            starters = bot.starters()
            kind = ADVICE if name == "advice" else SMALLTALK
            return bot.say(kind, text, suggestions_text(body, starters), starters)
        return bot.say(ADVICE if name == "urgent" else SMALLTALK, text, body)

    def _stage_of(self, text: str) -> str | None:
        """The treatment a "which stage?" question asks of (the one it describes, else the topic), when
        that treatment's passage says for which stage it is; None otherwise."""
        topic = self.state.topic
        if topic is None or not _WHICH_STAGE.fullmatch(fold(text)):
            return None
        if _STAGE_OF_ONES_OWN.fullmatch(fold(text)):
            return None  # "what stage is it?" asks one's own stage
        described = _DESCRIBED_ONE.match(fold(text))
        named = self._alone(described.group(0))[1] if described else None
        asked = named.intent if named and named.kind == ANSWER and named.intent else topic
        said = self.bot.matcher.said(asked)
        return asked if self._is_care(asked) and any(stem in said for stem in _STAGE_WORDS) else None

    def _collapse_of(self, text: str) -> str | None:
        """The topic, when a question asks whether it is done before or after the bone collapses, and
        its passage says ("works best before the collapse"): "what if the bone has already collapsed?"."""
        topic, folded = self.state.topic, fold(text)
        if topic is None or not _COLLAPSE_TIMING.search(folded) or not _STILL_DONE.search(folded):
            return None
        if _NOT_WHETHER_DONE.search(folded):
            return None  # ("what happens once the bone has collapsed?", "how soon before it collapses?")
        if self.bot.parts_of(topic) or not self._is_care(topic):
            return None  # (after the list of operations, which of them is asked)
        named = self.bot.things_named(self.bot.normaliser.analyse(text))
        if (named and topic not in named) or "collaps" not in self.bot.matcher.said(topic):
            return None  # ("what does the MRI show after the bone collapsed?" asks of the MRI)
        return topic

    def _is_care(self, intent: str) -> bool:
        """Whether an intent is about treating the subject: its passages come where the care's do, or
        after them (the early care, the operations; not the diagnosis, whose "early diagnosis" names no
        stage a treatment is for)."""
        care = self.bot.care_intent
        if care is None:
            return False
        passages = self.bot.kb.passages
        first = min(passages[p].start for p in self.bot.answers[care])
        return min(passages[p].start for p in self.bot.answers[intent]) >= first

    def _later_of_early_topic(self, text: str) -> str | None:
        """What a bare "and later?" asks after a topic whose passages speak of the early stages: the
        treatment in the later stages after the early care, else the topic again."""
        topic, folded = self.state.topic, fold(text)
        if topic is None or not (
            _LATER_ON.fullmatch(folded) or (self._is_care(topic) and _WORSE_LATER_ON.fullmatch(folded))
        ):
            return None
        early = self.bot.normaliser.analyse("early", everyday=False).terms
        if not early or early[0] not in self.bot.matcher.said(topic):
            return None
        if self._is_care(topic):
            later = self._alone("the treatment in the later stages")[1]
            if later.kind == ANSWER and later.intent:
                return later.intent
        return topic

    def _why_of_a_list_item(self, text: str) -> bool:
        """Whether a message asks only why or how, just after a question on one item of the topic's
        list ("and diving?" of the causes), whose line names the item and gives no reason (the
        physical therapy's line gives one: "to ease joint tenderness and increase range of motion")."""
        state = self.state
        if not state.listed or _REASON_ONLY.fullmatch(fold(text)) is None:
            return False
        return not (state.topic and self.bot.matcher.gives_purpose(state.topic, state.item))

    def _more(self, text: str, fresh_only: bool = False) -> Reply:
        """A related passage not shown yet, else the related questions; ``fresh_only`` ("what else?"): not
        one the last answer has just quoted (the decompression after the list of surgeries)."""
        topic = self.state.topic
        if topic is None:
            return self.bot.say(SMALLTALK, text, "More about what? Ask me a question first.", [])
        # Something not shown yet first: "what_is" and "bones_affected" quote the same paragraph, so
        # after one, "tell me more" goes on to another related intent rather than quote it again.
        shown = {p for seen in self.state.seen for p in self.bot.intent(seen).answer}
        unseen = [i for i in self.bot.intent(topic).related if i not in self.state.seen]
        fresh = [i for i in unseen if not set(self.bot.intent(i).answer) <= shown]
        if fresh_only:
            just_shown = set(self.bot.intent(topic).answer)
            unseen = [i for i in unseen if not set(self.bot.intent(i).answer) <= just_shown]
        if fresh or unseen:
            return self.bot.answer(text, (fresh or unseen)[0])
        return self._what_else(text, "That is all the document says on this. Related questions:")

    def _what_else(self, text: str, lead: str = "You could also ask:") -> Reply:
        topic = self.state.topic
        related = list(self.bot.intent(topic).related) if topic else []
        suggestions = [self.bot.suggestion(i) for i in related] or self.bot.starters()
        body = suggestions_text(lead, suggestions, "Reply with a number, or ask in your own words.")
        return self.bot.say(CLARIFY, text, body, suggestions)

    def _question(self, text: str) -> Reply:
        if (
            self._about_item(text)
            and self.state.topic
            and not self.bot.matcher.certain(text)
            and not uncovered_leads(self.bot.matcher.understand(text)[1])
            and not self.bot.matcher.unexplained(text, self.state.topic)
        ):
            # "which organs does it affect?" after Gaucher disease ("does everyone with lupus get it?"
            # asks what the line does not say, and so does "how do they treat perthes in kids?")
            return self.bot.answer(text, self.state.topic)
        if self.state.topic and self._why_of_a_list_item(text):
            # "how does it do that?" after "can diving cause it?": the list line says not how
            return self.bot.build(text, Decision(DECLINE, suggestions=[self.state.topic]))
        staged = self._stage_of(text) or self._collapse_of(text)
        if staged is not None:
            # "which stage?" after the early care: its passage says when ("In the early stages"), no staging asked
            return self.bot.answer(text, staged)
        early_topic = self._later_of_early_topic(text)
        if early_topic is not None:
            # "and later?" after the early treatments: their passage goes on to "more invasive
            # treatment", not to the disease's later stages
            return self.bot.answer(text, early_topic)
        both = self._compared_with_sibling(text)
        if both is not None:
            return self.bot.answer(text, both)
        wider = (
            self._alternatives(text, self.state.topic)
            or self._only_one(text)
            or self._why_not(text)
            or self._besides_named(text)
        )
        if wider is not None:
            return self.bot.answer(text, wider)
        decision = self._storied(text) or self._read(text)
        if decision.kind == DECLINE:  # "how long does a hip replacement last?": still the topic after
            self._thing = thing_named(self.bot, text)
        return self.bot.build(text, decision)

    def _compared_with_sibling(self, text: str) -> str | None:
        """The list holding the thing talked about and another of its list, when a question about "it"
        sets it beside that other: after the MRI, "does it use radiation like the X-ray does?" or "is it
        more accurate than an x-ray?" asks of both tests, not of the X-ray alone. None otherwise."""
        topic, bot = self.state.topic, self.bot
        folded = fold(text)
        compared = _BESIDE.search(folded)
        if topic is None or compared is None or not bot.is_thing(topic) or not IT.search(folded[: compared.start()]):
            return None
        other = thing_named(self.bot, compared.group("other"))
        wider = bot.list_of(topic)
        if other is None or other == topic or wider is None or bot.list_of(other) != wider:
            return None
        if _RISKIER.search(folded) or self.bot.matcher.asks_judgement(text) or unanswerable(self.bot, text, wider):
            return None  # "is it better (or riskier) than a hip replacement?": the page judges neither
        return wider

    def _alternatives(self, text: str, thing: str | None) -> str | None:
        """The list ``thing`` is one of, when the question asks what else there is besides it and
        names nothing of its own ("what else could they do instead?" after the bone graft: the
        surgeries); else None. A question naming a thing ("what else should I know about the MRI?"),
        something no intent speaks of ("claustrophobic, is there an open MRI instead?"), or a word
        neither the thing nor its list uses ("can I just take painkillers instead?"), or one it reads
        surely as its own, is left to its reading."""
        folded = fold(text)
        besides = _BESIDES.search(folded)
        if thing is None or not (besides or ALTERNATIVES.search(folded)):
            return None
        wider = self.bot.list_of(thing)
        if besides:
            set_aside = self.bot.normaliser.analyse(besides["what"])
            if wider is not None:
                # (besides a kind the list is of, it asks for something else: "besides surgery?" after the graft)
                return None if self.bot.matcher.restates(wider, set_aside) else wider
            # of a thing in no list, what else its own passage says, besides what it says: "what else
            # apart from pain?" after the symptoms
            said = self.bot.matcher.said(thing)
            return thing if self.bot.matcher.telling_among(set_aside, said) else None
        if wider is None:
            return None
        bot, matcher = self.bot, self.bot.matcher
        rest = bot.normaliser.analyse(ALTERNATIVES.sub(" ", folded))
        if bot.things_named(rest) or matcher.foreign(rest):
            return None
        if any(not (matcher.uses(thing, t) or matcher.uses(wider, t)) for t in rest.terms if t not in matcher.subject):
            return None
        instead_of = _INSTEAD_OF.search(folded)
        if instead_of is not None:
            # instead of something the thing's passage names, not of the thing: "what does it use
            # instead of radiation?" after the MRI ("It does not involve radiation")
            other = bot.normaliser.analyse(instead_of.group(1))
            if IT.search(instead_of.group(1)):
                return wider  # instead of the thing itself: "is there something instead of replacing it?"
            if other.terms and not bot.names_thing(other) and matcher.telling_among(other, matcher.said(thing)):
                return None
        if not [t for t in rest.terms if t not in matcher.subject]:
            return wider  # nothing asked but the others: "what are the other options?" after the drilling
        own = self._alone(text)[1]
        if own.kind == ANSWER and own.intent == thing:
            return None  # an alternative within the thing itself: "can they use artificial bone instead?"
        if own.kind == ANSWER and own.intent not in (thing, wider) and own.confidence >= FRESH_CONFIDENT:
            # ...unless that reading is of a passage naming the thing among others ("what other test
            # is there?" after the X-ray reads as the diagnosis, which names the X-ray and the MRI)
            return wider if own.intent is not None and thing in self.bot.named(own.intent) else None
        return wider

    def _besides_named(self, text: str) -> str | None:
        """The list a thing is one of, when a question asks what of its kind there is besides it:
        "which kinds of surgery exist apart from a joint replacement?", "what other tests are there
        apart from an MRI?", "besides a joint replacement, what other operations are there". None when
        it names no one thing there, or no list holds it."""
        folded = fold(text)
        asked = _BESIDES_NAMED.search(folded)
        if asked is not None and not _ASKS_WHAT_THERE_IS.search(folded[: asked.start()]):
            asked = None
        if asked is None:
            asked = _BESIDES_NAMED_FIRST.match(folded)
            if asked is None or not _ASKS_WHAT_THERE_IS.search(folded[asked.end() :]):
                return None
        thing = thing_named(self.bot, asked.group("thing"))
        return self.bot.list_of(thing) if thing is not None else None

    def _why_not(self, text: str) -> str | None:
        """The list a thing is one of, when the question asks why that thing is not just used instead
        of the one talked about: "why can't they just do an x-ray instead?" after the MRI sets the two
        beside each other, which the imaging tests' passages tell apart ("MRI ... can detect
        osteonecrosis early"). None otherwise."""
        asked = _WHY_NOT_JUST.match(fold(text))
        if asked is None:
            return None
        thing, topic = thing_named(self.bot, asked.group("thing")), self.state.topic
        if thing is None or topic is None or topic == thing or topic not in self.bot.siblings(thing):
            return None  # (set beside the one talked about: "why not a hip replacement?" alone asks why not)
        return self.bot.list_of(thing)

    def _only_one(self, text: str) -> str | None:
        """The list a thing is one of, when the question asks whether it is the only one: the thing
        it names, else the topic ("is that the only one?" after core decompression: the surgeries).
        Told, not asked, it is no question: "The surgeon says the only option left is arthroplasty.
        Can you explain what that is?" asks what the arthroplasty is."""
        if not _ONLY.search(fold(text)):
            return None  # (most questions: no clause need be read)
        clauses = self.bot.matcher.clauses(text)
        asking = [c for c in clauses if self.bot.matcher.asks(c)] or clauses
        if not any(_ONLY.search(fold(c)) for c in asking):
            return None
        bot = self.bot
        thing = bot.one_thing(bot.normaliser.analyse(text), past_subject=True) or self.state.topic
        return bot.list_of(thing) if thing is not None else None

    def _about_item(self, text: str) -> bool:
        """Whether a question about "it" asks what the list line last named says: after "whats
        gaucher disease", "which organs does it affect?" ("...in certain organs, particularly the
        spleen and liver, that can affect their function")."""
        item = self.state.item
        if not item or self.state.topic is None or not ANAPHORA.search(fold(text)):
            return False
        # (of the sentence asked, not a fragment before it: "non steroidal.. but dont steroids cause it?")
        return self.bot.matcher.telling_among(self.bot.matcher.understand(text)[0], frozenset(item))

    def _disease_named_last(self, said: Analysis) -> bool:
        """Whether a story names a test or an operation by its name, and the disease after it."""
        bot = self.bot
        if not bot.things_named(said):
            return False
        terms = said.terms
        last = max(n for n, term in enumerate(terms) if bot.things_named(replace(said, terms=(term,))))
        return bot.matcher.names_disease(replace(said, terms=terms[last + 1 :]))

    def _storied(self, text: str) -> Decision | None:
        """A question about a test or treatment the message named before it, read with that thing
        as its topic: "My surgeon has suggested an osteotomy. I've never heard of it, what does it
        involve?" asks about the osteotomy, as it would a turn after it.

        "that operation" or "the scan" points back past a mention of the disease ("core
        decompression for my early AVN. What does the operation involve?"); "it" does not ("wants
        an MRI and mentioned osteonecrosis. What is that exactly?" asks what osteonecrosis is).
        """
        bot = self.bot
        parts = bot.matcher.story_and_question(text)
        if parts is None:
            return None
        story, question = parts
        folded = fold(question)
        pointer = _THAT_THING.search(folded)
        classed = pointer is not None
        if not (classed or IT.search(folded)) or asks_what_follows(folded):
            return None  # ("...my MRI looks like the picture here. Does that mean I have it?": the story itself)
        said = without_set_aside(self.bot, story)
        if (
            not classed
            and _WHAT_IT_MEANS.search(folded)
            and (_FINDING.search(fold(story)) or uncovered_leads(bot.matcher.understand(story)[1]))
        ):
            # "my MRI report says ARCO stage 3B, what does that mean": the stage, not the MRI; "xray shows
            # the ball of my hip has started to collapse. what does that mean for me": what it found
            return None
        thing = bot.one_thing(said, past_subject=classed)
        if thing is None and pointer is not None:
            # of the things the story names, the one of the kind pointed at: "...wants to do a core
            # decompression... the MRI showed it's early. What does this procedure involve?" (of two
            # operations named, neither is surely the one)
            of_kind = self._kind(pointer.group("kind"))[1]
            named = [t for t in bot.things_named(said) if t in of_kind]
            thing = named[0] if len(named) == 1 else None
        if (
            thing is None
            and pointer is None
            and not _WHAT_IT_MEANS.search(folded)
            and not _THESE.search(folded)
            and not any(map(bot.matcher.asks, bot.matcher.clauses(story)))
            and len(bot.matcher.clauses(question)) == 1
            # (one named, and the disease after it, is passed by "it": "the mri showed osteonecrosis. what is that?")
            and not self._disease_named_last(said)
        ):
            # a story that describes one test or operation without its name, and asks nothing, surely
            # reads as it, and so does the one question after it: "They want to drill a hole into my hip
            # bone. What on earth is that meant to achieve?" (what "that" means is the story's claim:
            # "...my thigh bone isn't getting blood, what does that even mean")
            told = decide(bot.matcher.understand(story)[1], bot.answers)
            sure = told.kind == ANSWER and told.confidence >= FRESH_CONFIDENT
            thing = told.intent if sure and bot.is_part(told.intent) else None
        if thing is None:
            return None
        for words in [] if classed else bot.matcher.quoted(story):
            said_quoted = bot.normaliser.analyse(words)
            quoted_thing = bot.one_thing(said_quoted)
            names_disease = not bot.matcher.subject.isdisjoint(said_quoted.terms)
            if quoted_thing not in (None, thing) or (names_disease and quoted_thing is None):
                # what the words quoted are, when they name something else: "...after my MRI, it says
                # 'early avascular necrosis'. what is that" (not "the radiologist wrote 'normal'")
                return None
        decision = self._read_about(thing, question)
        if decision.kind == ANSWER and decision.intent == thing:
            return decision
        if (
            decision.kind == DECLINE
            and decision.suggestions == [thing]
            and len(bot.matcher.clauses(question)) == 1
            and " and " not in fold(text)
            and not _WHAT_IS.match(folded)
            and unanswerable(self.bot, question, thing)
        ):
            # what its passage does not say of it, and nothing more: "core decompression, is it painful?" (not
            # "Osteotomy, what is it, they cut bone?")
            return decision
        # "the procedure" is the thing named, when it is of that kind ("...a core decompression for
        # her hip. Can you explain the procedure?"), unless the question is about something the page
        # does not cover ("how much does the surgery cost?") or its passages cannot answer it.
        if (
            pointer
            and decision.uncovered is None
            and thing in self._kind(pointer.group("kind"))[1]
            and not unanswerable(self.bot, question, thing)
        ):
            return Decision(ANSWER, thing, confidence=decision.confidence)
        return None

    def _read_about(self, thing: str, question: str) -> Decision:
        """The decision on a question read with ``thing``, just named, as its topic."""
        saved, self.state.topic = self.state.topic, thing
        try:
            return self._read(question, named=True)
        finally:
            self.state.topic = saved

    def _both_compared(self, text: str, decision: Decision) -> Decision | None:
        """A comparison unsure between two things of one list is of both, and the list's answer holds
        both: "what's the difference between having the bone reshaped and getting a whole new joint?"
        is answered with the surgeries, not asked which of the two was meant."""
        owners = {self.bot.list_of(intent) for intent in decision.suggestions}
        owner = owners.pop() if len(owners) == 1 else None
        if owner is None or not forms.asks_comparison([text]):
            return None
        for clause in self.bot.matcher.clauses(text)[1:]:
            # (not when another part asks what the page leaves out: "..., and which is more expensive")
            alone = decide(self.bot.matcher.understand(clause)[1], self.bot.answers)
            if alone.kind == DECLINE and alone.uncovered is not None:
                return Decision(DECLINE, confidence=decision.confidence, suggestions=[owner], uncovered=alone.uncovered)
        return Decision(ANSWER, owner, confidence=decision.confidence)

    def _of_the_thing_named_first(self, text: str, first: str, decision: Decision) -> bool:
        """Whether a message's questions ask of the test or treatment its first clause names and it reads
        as, not of the disease it never names: "The X-ray makes a picture of what? Only bone?" asks of the
        X-ray, not for the summary ("what is AVN, how do they find it, do they use MRI?" does)."""
        normaliser = self.bot.normaliser
        return (
            decision.kind == ANSWER
            and decision.intent in self.bot.things_named(normaliser.analyse(first))
            and self.bot.title_terms.isdisjoint(normaliser.analyse(text).terms)
        )

    def _read(self, text: str, named: bool = False) -> Decision:
        """The decision on a question, read on its own and, where it leans on it, with the topic.

        A question whether something the document never mentions is one of its causes or
        symptoms is declined, whichever passage it reads as: quoting the list would seem to answer.
        So is one asking which is better, when the passage judges nothing. ``named``: the topic
        was named just before the question ("the first one, ...", "back to the MRI, ...").
        """
        decision = read(self.bot, text, self.state.topic, named, shown=not self.state.declined)
        clauses = self.bot.matcher.clauses(text)
        if decision.kind == CLARIFY and len(clauses) > 1:
            decision = self._settled(text, clauses, decision)
        elif decision.kind == DECLINE and decision.uncovered is None and len(clauses) > 1 and not named:
            decision = self._asked_last(clauses[-1]) or decision
        elif decision.kind == DECLINE and len(clauses) > 1 and not named and all(map(self.bot.matcher.asks, clauses)):
            # questions after a comma each ask, as they would after a question mark: "how do they tell if
            # you have it, do you need a blood test or something" is answered as "...have it? do you...?"
            apart = read(self.bot, " ".join(c.rstrip(",;: ") + "?" for c in clauses), self.state.topic, named)
            decision = apart if apart.kind == ANSWER else decision
        if decision.kind == CLARIFY:
            decision = self._both_compared(text, decision) or decision
        if decision.kind in (DECLINE, CLARIFY) and not named:
            decision = self._asked_beside_a_story(text, decision.uncovered is not None) or decision
        # "what is it, how do they find it and how do they treat it?" asks for the summary, unless
        # "it" is a thing just named ("the second one, what is it and how is it done?").
        summary = None if named else self.bot.summary_of(self.bot.matcher.asked(text))
        if summary is not None and self._of_the_thing_named_first(text, clauses[0], decision):
            summary = None
        if summary is not None:  # (the confidence is the reading's: the summary is no candidate of it)
            return Decision(ANSWER, summary, confidence=decision.confidence)
        if not (decision.kind == DECLINE and decision.uncovered):  # "how long is recovery after…" stays declined
            after = self.bot.matcher.sequel(text, self.state.topic)
            if after is None and self.state.topic is not None and self.bot.list_of(self.state.topic):
                after = self.bot.matcher.prequel(text, self.state.topic)  # (the step before, of one step)
            if after is not None and after != decision.intent:
                decision = Decision(ANSWER, after, confidence=decision.confidence)
        if (
            decision.kind != DECLINE
            and unanswerable(self.bot, text, decision.intent)
            and not self._partly(text, decision)
            and not self._asked_apart(text, decision)
        ):
            nearest = [decision.intent] if decision.intent else decision.suggestions
            return Decision(DECLINE, confidence=decision.confidence, suggestions=nearest)
        return decision

    def _settled(self, text: str, clauses: list[str], unsure: Decision) -> Decision:
        """A reading of a message of several parts that settles which of a few intents it asks, or
        the unsure decision itself. The whole message may tell ("My doctor prescribed NSAIDs and
        physical therapy. Is that a normal way to treat it?"), or its question alone, without the
        story's words ("my dad has it in his shoulder, is this up to date")."""
        matcher = self.bot.matcher
        readings = [decide(matcher.rank(matcher.normaliser.analyse(text)), self.bot.answers)]
        last = next((c for c in reversed(clauses[1:]) if matcher.asks(c)), None)
        if last is not None:
            readings.append(decide(matcher.understand(last)[1], self.bot.answers))
        for reading in readings:
            if reading.kind == ANSWER and any(related(self.bot, reading.intent or "", o) for o in unsure.suggestions):
                return reading
        return unsure

    def _asked_last(self, clause: str) -> Decision | None:
        """The answer to a message's last question read alone, when the message as a whole was
        declined for no topic the page leaves out, and that question surely asks one of its own:
        "For the consultation, what the docter will ask me?", "whatever, what can they actualy do for
        him" ("..., is it serious?" points back, and is left as it was)."""
        folded = fold(clause)
        if not (clause.rstrip().endswith("?") or _WH_START.match(folded)) or IT.search(folded):
            return None
        alone = decide(self.bot.matcher.understand(clause)[1], self.bot.answers)
        return alone if alone.kind == ANSWER and alone.confidence >= FRESH_CONFIDENT else None

    def _asked_beside_a_story(self, text: str, uncovered: bool) -> Decision | None:
        """The answer to a message's question read without the story told beside it, when the whole
        was declined or left unsure: "does rest help, i coach under 12s football and
        i'm on my feet all the time" (words the page never uses drown the question). The question
        alone must read surely, and leans on "it" only where the story names no test or treatment
        ("what causes it, my uncle is 45 works on oil rigs"). A topic the page leaves out (``uncovered``)
        is put aside only when the question comes first and the story after it: "...on oil rigs" read as
        oils, where "osteonecrosis of the jaw from zoledronic acid, how is it treated" asks of the jaw."""
        matcher = self.bot.matcher
        parts = matcher.told_and_asked(text)
        if parts is None:
            return None
        asked, told = parts
        if uncovered and not matcher.asks(text.split(",")[0]):
            return None  # (the message opens with its story)
        folded = fold(asked)
        if _POINTS_BACK.search(folded) or _OF_ONESELF.match(folded):
            # "my report says 'double line sign', what does that mean", "is he more likely to get avn, he has had
            # gout", "My CD4 is 450, am I at risk?": the story is asked of
            return None
        story = None  # (read only when the question leans on "it")
        if IT.search(folded):
            # ("it" may be the topic, or a thing the story names; and whether it does something asks of the
            # story's own thing, "could it cause avn, i have been on methotrexate for years", "can physio fix
            # it, i tore my acl", unless the story is of the disease: "can rest help it, mum has avn")
            if self.state.topic:
                return None
            story = matcher.understand(told)[0]
            if (not _A_WH_WORD.search(folded) and not matcher.names_disease(story)) or self.bot.things_named(story):
                return None
        alone = read(self.bot, asked, None, False)
        if story is not None and alone.intent in matcher.defining():
            # "what is it though?" after a story of something else is what that is, not the disease: "my doctor
            # said i have bursitis. what is it though?", "my hip hurts and the doctor has no idea. what is it?"
            # (but "sorry english. what is it" asks it)
            if folded.endswith(" then") and ONE_OR_OTHER.search(fold(told)):
                return None  # which of two: "...but my physio thinks its tendonitis. what is it then?"
            ranked = matcher.rank(story, 1)
            if not matcher.names_disease(story) and (
                matcher.foreign(story) or (ranked and ranked[0].key not in matcher.defining())
            ):
                return None
        if (
            alone.kind != ANSWER
            or alone.confidence < FRESH_CONFIDENT
            or unanswerable(self.bot, asked, alone.intent)
            or unanswerable(self.bot, text, alone.intent)
        ):
            return None
        return alone

    def _asked_apart(self, text: str, decision: Decision) -> bool:
        """Whether a message of several questions asks, in one of its own, what the decided passage
        answers in a form it states, though another asks what the page does not say: "Is AVN
        hereditary, and is smoking a risk factor?" is answered by the causes. A question leaning on
        another ("and how is it treated?"), or one asking an amount, is no such question."""
        matcher = self.bot.matcher
        clauses = [c for c in matcher.clauses(text) if matcher.asks(c)]
        if len(clauses) < 2 or decision.intent is None or matcher.undetailed(text, decision.intent):
            return False
        for clause in clauses:
            folded = fold(clause)
            if IT.search(folded) or THEY.search(folded) or not _QUESTION_WORD.match(folded):
                continue
            if self._answered_alone(clause, matcher.understand(clause)[1], decision.intent, FRESH_CONFIDENT):
                return True
        return False

    def _partly(self, text: str, decision: Decision) -> bool:
        """Whether a message of several questions asks what a thing is, which the decided passage
        answers, though another asks what it does not say: "what is core decompression and does it
        hurt?" is answered by what core decompression is."""
        if decision.kind != ANSWER or decision.intent is None or not self.bot.is_thing(decision.intent):
            return False
        clauses = self.bot.matcher.clauses(text)
        if len(clauses) < 2:
            return False
        for clause in clauses:
            if not _WHAT_IS.match(fold(clause)):
                continue
            analysis, candidates = self.bot.matcher.understand(clause)
            named = set(analysis.terms) - self.bot.matcher.subject
            if not named or not named <= self.bot.matcher.question_terms(decision.intent):
                continue  # ("what are the risks of the operation?" asks more than what it is)
            if self._answered_alone(clause, candidates, decision.intent):
                return True
        return False

    def _answered_alone(self, clause: str, candidates: list[Candidate], intent: str, sure: float = 0.0) -> bool:
        """Whether one question of a message, read alone, is surely answered by ``intent`` in a form
        its passages state."""
        alone = decide(candidates, self.bot.answers)
        return (
            alone.kind == ANSWER
            and alone.intent == intent
            and alone.confidence >= sure
            and not unanswerable(self.bot, clause, intent)
        )

    def _remember(self, reply: Reply) -> None:
        state = self.state
        # Suggestions are offered by number; so are the parts of an answer that quotes several
        # passages, each of which answers an intent of its own ("the second one" after the surgeries).
        if not self._picked:  # after "the second one", "the last one" still means that list
            state.offered = [s.intent for s in reply.suggestions] or self.bot.parts(reply.passages)
            state.declined = reply.kind in (DECLINE, ADVICE)  # its suggestions are no list talked about
        if reply.kind == ANSWER and reply.intent:
            named = self.bot.matcher.named_item(reply.intent, reply.question)
            state.item = sorted(named)[:ITEM_LIMIT]
            state.listed = self.bot.matcher.asks_of_its_list(reply.intent, reply.question)
            state.topic, state.idle = reply.intent, 0
            state.seen = [*[i for i in state.seen if i != reply.intent][-(SEEN_LIMIT - 1) :], reply.intent]
            return
        if reply.kind in (DECLINE, ADVICE) and self._thing:
            # A question about a thing that the page cannot answer still makes it what "it" means next:
            # "the last one, how long does it last?", then "what materials are used for it?"
            state.topic, state.idle, state.item, state.listed = self._thing, 0, [], False
            return
        state.idle += 1
        if state.idle >= FADE_TURNS:
            state.topic, state.idle, state.item, state.listed = None, 0, [], False


@lru_cache(maxsize=4096)  # every word of every message is looked at: the same words come back
def _ordinal(word: str) -> str:
    """An ordinal typed with one slip ("frist", "secnd", "thrid") spelled right; other words as they are."""
    if not 4 <= len(word) <= 7 or word in _ORDINAL_WORDS:  # (one slip from five or six letters)
        return word
    return next((o for o in _ORDINAL_WORDS if OSA.distance(word, o, score_cutoff=1) <= 1), word)
