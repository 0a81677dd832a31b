"""Turn text into the comparable words the matcher scores.

fold → words → typo correction (against the knowledge base's vocabulary) → rewrites of whole
phrasings (``chatbot.rewrites``, which so see "spred" as "spread") → stemming → synonyms (longest phrase first) →
without stop words. The knowledge base's examples go through
the same steps once, at load; a question goes through them when it is asked (whole, and
sentence by sentence when it is long).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .patterns import LazyPattern
from .rewrites import manners, rewrite, without_lack_of_blood, without_manner, without_own_place, without_supposition

_WORD = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # a word, with its apostrophes
# Contractions typed without their apostrophe: words, not slips ("shouldnt" is no "shoulder")
_CONTRACTED = frozenset(
    "shouldnt wouldnt couldnt hasnt havent hadnt isnt arent wasnt werent dont doesnt didnt wont cant mustnt "
    "whos whats thats theres hes shes im ive youre theyre".split()
)
APOSTROPHE = "['’‘`´]"  # the marks typed for an apostrophe ("don't", "don’t")
# A contraction whose apostrophe was typed as a space: "don t", "i m", "what s" are "dont", "im", "whats"
_CONTRACTION_TAILS = frozenset(("t", "m", "s", "re", "ve"))
_SPLIT_CONTRACTION = re.compile(
    r"\b(?:(?:don|doesn|didn|isn|aren|wasn|weren|can|couldn|shouldn|wouldn|won|hasn|haven|hadn|mustn) t|i m|"
    r"(?:it|what|that|there|who|he|she|where|how|let) s|(?:you|they|we) re|(?:i|you|we|they|could|would|should) ve)\b"
)
_APOSTROPHES = re.compile(rf"(?<=\w){APOSTROPHE}(?=\w)")
# "he'd", "they'll": the contraction stays a word of its own ("he d have"), not a new word ("hed")
_WOULD_WILL = re.compile(rf"(?<=\w){APOSTROPHE}(?=(?:d|ll)\b)")
# Texting shorthand, spelled out by ``fold`` before anything reads a message: then "shud i stop my
# meds?" asks for advice as "should I..." does, and "wil an xray show it" matches as "will...".
_SHORTHAND = {
    "u": "you", "r": "are", "ur": "your", "n": "and", "wil": "will", "wat": "what", "wot": "what", "wht": "what",
    "whta": "what", "wats": "whats", "hw": "how", "cn": "can", "wen": "when", "whr": "where", "shud": "should",
    "wud": "would", "cud": "could", "hav": "have", "dat": "that", "teh": "the", "abt": "about", "bc": "because",
    "cuz": "because", "coz": "because", "pls": "please", "plz": "please", "thx": "thanks", "thnx": "thanks",
    "tnx": "thanks", "mgmt": "management", "alot": "a lot", "ppl": "people", "cos": "because", "becuz": "because",
    "bcoz": "because", "tho": "though", "thru": "through", "nxt": "next", "rly": "really", "b4": "before",
    "smth": "something", "sth": "something", "wanna": "want to", "gonna": "going to", "generally": "usually",
    "gimme": "give me", "lemme": "let me", "dunno": "do not know", "wtf": "what", "kinda": "kind of",
    "sorta": "sort of", "sho": "show", "w": "with", "waht": "what", "hwo": "how", "thay": "they",
    "wdym": "what do you mean", "kno": "know", "knw": "know", "fro": "for", "hom": "home", "bigg": "big",
    "wut": "what", "shure": "sure", "b": "be", "els": "else", "hiw": "how", "mor": "more", "wher": "where",
    "tel": "tell", "ll": "will",  # ("what'll they do": the contraction, split off, is "will")
    "upto": "up to", "uptodate": "up to date", "tht": "that", "thts": "thats", "upp": "up", "dieing": "dying",
    "olds": "old",  # "can 75 year olds get it" (not "year holds")
    "aswell": "as well", "aswel": "as well", "inface": "in fact", "infact": "in fact", "alright": "ok",
    "frm": "from", "frum": "from", "wiv": "with", "becos": "because", "bcos": "because",
    "nd": "and", "ovr": "over", "iz": "is",
    # slips that make words nobody asks this page about: "how do you teat it", "the bone ting"
    "teat": "treat", "teated": "treated", "teatment": "treatment", "ting": "thing",
    # Nigerian Pidgin's function words: "wetin dey cause am" asks what causes it
    "wetin": "what", "dem": "they", "dey": "is", "wey": "that",
}  # fmt: skip
_WITH_SLASH = re.compile(r"\bw/(o\b|out\b)?")
# Clinicians' capitals: "ON" is osteonecrosis, radiologists' "MR" the MRI (not "Mr Smith", nor "MR Smith"
# before a name). In a message all in capitals they are ordinary words.
_CAPITALS = (
    ("ON", re.compile(r"\bON\b"), "osteonecrosis"),
    ("MR", re.compile(r"\bMR\b(?!\.)(?! [A-Z][a-z])"), "MRI"),
)
# Words that stem alike but mean apart: "images" are pictures, "imaging" is the tests that take them.
# ("Which imaging tests are used?" and "Can I compare my own images?" shared their telling word.)
# A relative is one of the family, not something "related" (a cause).
_SENSES = {
    "image": "picture",
    "images": "pictures",
    "relative": "family member",
    "relatives": "family members",
    "footer": "page",  # the page's foot, not a foot
}
_RESPELLED = {**_SHORTHAND, **_SENSES}

# How or when a thing mends, after the verb: "can it heel by itself", "can bones heel at his age"
_MENDING = (
    r"(?:itself|themselves|on|by|naturally|again|up|properly|back|completely|fully|after|with|without|if|over|at|"
    r"in|or|and|quickly|fast|well)"
)
# Real words typed for others, which spelling correction cannot see: "dose it effect the hip?" is
# "does it affect the hip?", "what dose an MRI show?" and "what dose ACR stand for" ask what it does;
# "what dose of steroids" and "side effects" stay as they are.
_CONFUSED: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(
            r"\bdose (?=(?:it|this|that|they|he|she|a|an|the|avn|osteonecrosis|mri|x|xray|everyone|anyone|someone)\b|"
            r"\w+ (?:stand|mean)\b)"
        ),
        "does ",
    ),
    (
        re.compile(
            r"\b(it|they|does|do|can|could|will|would|may|might|that|this|avn|osteonecrosis|necrosis)"
            r" effect(s?)\b"
        ),
        r"\1 affect\2",
    ),
    # "is he to old for the surgery": "too", short of a letter
    (
        re.compile(
            r"\b(is|am|are|im|hes|shes|be|was|were|not|getting|way)( (?:he|she|i|they|you|(?:my|his|her) \w+))? "
            r"to (old|young)\b"
        ),
        r"\1\2 too \3",
    ),
    # "made out off", "what is it made off": "of", slipped a letter (nothing is made off)
    (re.compile(r"\bmade (out )?off\b"), r"made \1of"),
    # "sings of avascular necrosis", "the warning sings", "what early sings": no one singing
    (
        re.compile(
            r"\bsing?s(?= of\b)|(?<=\bwarning )sing?s\b|(?<=\bearly )sing?s\b|(?<=\bfirst )sing?s\b|"
            r"(?<=\bwhat )sing?s\b(?! (?:did|do|does|have|has|had)\b)|(?<=\bother )sing?s\b|(?<=\bany )sing?s\b|"
            r"(?<=\bthe )sing?s\b"
        ),
        "signs",
    ),
    # "what cases avn", "can steroids case it", "the main cases of it": what causes it, a letter short
    (
        re.compile(
            # (not "in most cases it needs surgery", "in 80% of cases avn is in the hip", "in severe cases it")
            r"(?<!\bin )\b(?!(?:this|that|these|those|such|the|a|an|in|of|each|any|every|some|most|many|few|all|both|"
            r"severe|late|early|rare|worst|best|my|your|his|her|our|their|no|one)\b)"
            r"(\w+) case(s|d)? (?=(?:it|avn|avascular|osteonecrosis|necrosis|bone death|the disease|the condition)\b)|"
            r"(?<!\bin )\b(main|common|commonest|other|possible|known|usual|typical|what are the|whats the) "
            r"cases (?=of\b)"
        ),
        lambda found: (
            f"{found.group(1)} cause{found.group(2) or ''} " if found.group(1) else f"{found.group(3)} causes "
        ),
    ),
    (re.compile(r"\b(this|that|the|your|web|whole) sight\b"), r"\1 site"),  # "who is behind this sight"
    (re.compile(r"\bwith out\b(?! of\b)"), "without"),  # "can i treat it with out surgery"
    (re.compile(r"\ball right\b"), "ok"),  # "is it all right to walk": no rights of the copyright
    # "do they use donner bone": a donor, where bone or a graft is spoken of (not Dr Donner, a blood donor's)
    (
        re.compile(
            r"^(?=.*\b(?:bone|bones|graft|grafts|grafting)\b)(.*?)(?<!\bdr )(?<!\bblood )(?<!\borgan )(?<!\bkidney )"
            r"\bdonn?er\b(?! (?:kebab|meat|party)\b)"
        ),
        r"\1donor",
    ),
    (re.compile(r"\brite (?=(?:away|now|after|before|side|hip|knee|shoulder|leg|arm)\b)"), "right "),  # "rite away"
    # "could he have it and not fee anything?": "feel", short of a letter (no fee is paid for anything)
    (
        re.compile(
            r"(?<!\bthe )(?<!\ba )(?<!\bany )(?<!\bno )(?<!\bprivate )(?<!\bsurgery )(?<!\bconsultation )"
            r"(?<!\bconsultant )(?<!\bsurgeon )(?<!\bclinic )"  # (a fee paid: "is the fee much?")
            r"\bfee (?=(?:anything|any pain|pain|much|better|worse|sore|stiff|numb|something|nothing)\b)"
        ),
        "feel ",
    ),
    # "can it heel by itself", "bone heeling": mending, not the foot's heel ("pain in my heel"): a verb, said
    # last or before how or when it mends (not "heel pain", "heel raises"; and a search for "avn heel" is of the heel)
    (
        re.compile(
            r"\b((?:can|could|will|would|does|do|did|may|might) (?:the |my |his |her )?(?:bone|bones|avn|necrosis|"
            r"osteonecrosis)|it|can|could|will|would|does|do|did|may|might|ever|never|(?:does|do|did|will|can|could|"
            r"would) not|doesnt|dont|didnt|wont|cant|cannot|self|fully|naturally|going to|gonna|"
            # (after a noun, "to" or "not", only before how it mends: not "down to heel", "the ankle, not heel")
            r"(?:bone|bones|avn|necrosis|osteonecrosis|to|not)(?= heel(?:s|ed|ing)? " + _MENDING + r"\b))"
            r" heel(s|ed|ing)?"
            r"(?= " + _MENDING + r"\b|$)"
        ),
        r"\1 heal\2",
    ),
    (re.compile(r"\bheeling\b"), "healing"),
    (re.compile(r"\bbrak(?:e|es|ing)(?= (?:a |my |the |his |her )?(?:bone|bones|hip|leg|arm|wrist|ankle)\b)"), "break"),
)

_READ_IN_CONTEXT = frozenset({"donner", "doner"})  # (words a rule above reads by the words around them)
_CONFUSED_LETTERS = (
    "dose",
    "effect",
    "sings",
    "sins",
    "case",
    "sight",
    "with out",
    "all right",
    "donner",
    "doner",
    "fee ",
    "rite ",
    "brak",
    "heel",
    "made off",
    "out off",
    "to old",
    "to young",
)

# "4" between words is texting's "for" ("wht surgries r there 4 avn", "good 4 me"); after a word that
# counts things, or before what is counted, it is a number ("stage 4 avn", "4 pills", "4 weeks").
_NOT_TEXTING = (
    r"(?<=[a-z] )(?<!stage )(?<!grade )(?<!phase )(?<!type )(?<!class )(?<!number )(?<!level )(?<!ficat )"
    r"(?<!arco )(?<!over )(?<!under )(?<!about )(?<!\bin )(?<!\bor )(?<!and )(?<!\bis )(?<!\bto )"
)
_FOR = re.compile(
    rf"{_NOT_TEXTING}4(?= (?:avn|osteonecrosis|it|this|that|me|you|him|her|them|my|his|the|a|an|hips?)\b)|"
    r"(?<=\bstand )4$|(?<=\bstands )4$"  # "wats avn stand 4"
)
# ...and "2" is its "to": "wut happens 2 the joint", "how 2 treat avn"
_TO = re.compile(
    rf"{_NOT_TEXTING}2(?= (?:the|my|his|her|your|a|an|me|you|him|them|it|this|that|be|do|get|have|see|know|"
    r"make|go|walk|treat|prevent|diagnose|find|detect|stop|help|fix|cure|avoid|expect|look)\b)"
)

# ...and a "y" before a verb its "why": "y did she get it tho" (a lone "y" may be a "yes")
_WHY = re.compile(
    r"\by (?=(?:did|do|does|is|are|was|were|would|could|cant|dont|doesnt|didnt|isnt|wont|not|tho|though)\b)"
)

# Words that carry no topic of their own. Question words are here too: "how is it treated" and
# "what is the treatment" ask the same thing, and the telling word decides.
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any anything are aren as at be because been
    before being below between both but by can cant could couldn did didn do does doesn doing don done down
    during each either else even ever every few for from further get gets getting go goes going gonna got
    had has have having he her here hers him his how however i id if im in into is isn it its itself ive
    just kind kinds know let lets like ll many may me might mine more most much must my myself need needs no nor
    not now of off often on once one only or other others our ours out over own please really
    s same say shall she should so some something such sure t tell than thank thanks that thats the their
    theirs them then there these they thing things this those though through thus to too type under until
    up us use used very want wanted wants was wasn way we well were what whats when which while who whom
    whose why will with would wouldn yes yet you youre your yours yourself ya ok okay hi hello hey dear
    pardon sorry explain describe give show tell know wonder wondering question make makes making
    provide provides provided providing outline outlines outlining clarify clarifies elaborate elaborating
    discuss discusses discussing enlighten expand
    sometimes everybody somewhere whenever roughly tend tends tended obtain obtained etc etcetera enumerate
    necessary necessarily exist exists existing involve involves involved entail entails main major principal chief
    achieve supposed require requires required requiring undergo undergoes undergoing underwent wont next wise
    two three four five six seven eight nine ten
    twice
    questions answer help regarding re
    available availability offer offers offered offering typically typical usually usual aim aims aimed goal goals
    purpose purposes objective objectives point vs versus besides except enough d
    role roles rationale rationales list lists listed listing""".split()
)
# Words of personal context and chat that say nothing about the topic asked: "my mum was told
# last week...". Without them a long message is judged by its telling words alone.
FILLER_WORDS = frozenset(
    """ago already actually afraid anyway appointment aunt basically bit brother came chance confused
    could dad daughter day days did doc ever exactly family friend friends guess heard
    honestly hope husband idea just keep keeps last lately least little lot lots maybe mom month months mother never
    true truly asap btw imo imho fyi hmm hmmm ty tia lol lmao haha hahaha xx xoxo hun luv yep yup tbh omg ugh rn
    mum my nervous nothing now okay probably recently right scared simple simply since sister son soon whatever
    monday tuesday wednesday thursday friday saturday sunday weekend weekends meantime meanwhile
    still stuff suppose terrified think thinks thought today told tomorrow understand uncle upset wanna week
    weeks wife wondering worried worry year years yesterday words word tried trying try thing guy girl
    dont doesnt didnt isnt wasnt arent
    shouldnt wouldnt couldnt hasnt havent hadnt werent mustnt ive youve theyve hes shes theyre were whats
    wife whether so someone
    anyone everyone people person somebody kind sort basically please help advise father fathers mothers
    grandmother grandma granny grandfather grandpa grandad granddad gran nan nana grandson granddaughter
    grandchild grandkid grandparent grandparents boyfriend girlfriend cousin nephew niece neighbour
    neighbor colleague coworker boss auntie mate buddy fiance fiancee stepmother stepfather mums dads
    tita tito lola lolo nanay tatay kuya abuela abuelo abuelita abuelito tio madre padre hermano hermana
    hijo hija nonna nonno oma opa babcia dziadek mama tata nani dadi amma appa ammi abbu mae pai avo vovo
    hola bonjour bonsoir salut ciao namaste salaam salam marhaba merhaba konnichiwa nihao privet
    merci gracias danke grazie obrigado obrigada dhanyavad shukriya shukran arigato spasibo bitte por favor
    sil vous plait svp
    school project homework assignment essay class thesis lecture student students tho teacher teachers professor
    lecturer tutor bio biology mentioned
    sir sirs madam maam mam bhai bro dude kindly pray abeg respect respected reply guide guidance assist assistance
    omg yo sup bruh ngl tbh idk smh fr rn btw fyi tbf iirc afaik nah fair simpler plainer
    grateful interested curious keen glad pleased obliged appreciate appreciated
    advised nobody properly google googled googling apparently supposedly seemingly allegedly obviously
    specifically po daw""".split()
)


# Function words of the languages users most often mix with English: "co to jest osteonecrosis, I
# mean what is it exactly", "ano po ang avascular necrosis?", "que es osteonecrosis in english words
# please". In a message that also asks in English (``_ENGLISH_FRAME``) and holds two or more of them
# (``_FOREIGN_MANY``) they say nothing; a message wholly in another language keeps them and is
# declined, as the page is in English. One alone may be English shorthand or a prefix ("CE marked",
# "mis-diagnosed"), and stays. The knowledge base's own words are never dropped (see
# Normaliser.__init__).
FOREIGN_FUNCTION_WORDS = frozenset(
    """que es el los las del una unos unas para por como cual cuales porque mi mis tengo tiene tienen puede
    pueden sobre esto esta este eso muy pero tambien
    os um uma meu minha nao sao tem pode isso essa esse das em com qual quais
    co jest czy jak nie moj moja mojej mam sie dla tak
    ano po ang ng mga sa ko ba niya siya ako kasi yung nang lang naman paano bakit
    kya hai hain ke ka ki mein mujhe mera meri aur kaise kyun kyon hota hoti hote ye yeh kuch bhi nahi nahin
    ist der und wie ein eine einen meine meinem nicht mit ich dem zu auf bei oder warum wann welche
    kann konnen sind
    est ce le les des du une mon et avec dans qui quoi quel quelle pourquoi je il elle qu sont sur
    che lo gli di della cosa cose perche mio mia sono
    nedir bu ve icin nasil
    apa itu yang dan dengan untuk saya ini bagaimana
    se si sau cum pentru este sunt""".split()
)
_FOREIGN_MANY = 2  # foreign function words a message needs before they are dropped
# Common words of an English question, whose presence says a message asks in English too (not "have",
# which a slip in German's "habe" is corrected to).
_ENGLISH_FRAME = frozenset(
    """what whats how why which when where who does can could should would will is are the my it this that
    with please explain mean tell about there they you your its and of for he she his her""".split()
)


# A function called on a string is code, not words: "print('hello world')", "alert(\"hi\")".
_CALL = re.compile(r"\b[A-Za-z_][\w.]*\(\s*(?:'[^']*'|\"[^\"]*\")?\s*\)")

DEFINITION_WORD = "definition"  # the knowledge base's synonyms fold "mean", "stand for", "same as"... into it

# What joins two things compared: "osteonecrosis and avascular necrosis", "avn vs osteonecrosis"
# ("is osteonecrosis different from avn" joins them by the difference itself).
_VERSUS = frozenset({"and", "or", "vs", "versus", "v", "from", "with"})
_SIDE_BY_SIDE = frozenset({"vs", "versus", "v"})

# Edits allowed to correct an unknown word, by its length: short words are too easily confused.
# Seven letters allow two ("simtoms", "compair"): one more on the tuning files, none lost.
_MAX_EDITS = ((3, 0), (6, 1), (30, 2))  # (up to this many letters, edits); longer words are not words
_ARTICLE_WORDS = frozenset({"the", "a", "an"})
_BARE_PHRASE_WORDS = 2  # a variant left this long without its articles is a phrase too ("stay same")
# what may stand between a two-word name's words said the other way round: "a transplant of the bone"
_OF_WHOM = ("", "the", "a", "my", "his", "her", "your", "their", "our")
# ...but not a depiction: "a bone picture" names one kind, "pictures of the bone" are any
_DEPICTIONS = frozenset({"picture", "pictures", "image", "images", "photo", "photos", "scan", "scans", "film", "films"})
_LONG_HEAD = 7  # letters of a name's last word that make it a name of its own said with "of" (see _links)
_SHORT_WORD = 3  # letters up to which a word is corrected only by the phrase it starts (see _in_phrases)
_MIN_PLURAL = 5  # letters a word ending in "s" needs before a slip in its singular is looked for
_MIN_EVERYDAY = 5  # letters a word needs before a slip in it is taken for an everyday word's
# Medical words the everyday word list lacks, which are no misspellings of the vocabulary's: a
# radiographer is no radiograph, a rotator cuff no rotation, dialysis no analysis.
_MEDICAL_WORDS = frozenset(
    """radiographer radiographers rotator morbidity comorbidity comorbidities dialysis multimodal sonographer
    physiatrist podiatrist podiatry orthotist orthotics haematology hematology oncology rheumatology
    dermatologist neurologist cardiologist urologist gynaecologist gynecologist endocrinologist nephrologist
    pulmonologist psychiatrist carer carers caregiver caregivers crohn crohns colitis psoriasis""".split()
)
_MIN_SOUNDED = 5  # letters a word needs before it is read by its sound (see _sound)
_MIN_SOUND = 4  # letters a sound needs to name one word: few consonants are many words' ("miedo", "made")
# How English spells a sound many ways, each way made one: "shun" and "tion", "ph" and "f", "k" and
# hard "c"; then the consonants alone, each once ("opshun" and "option" are both "opshn").
_SOUNDS = tuple(
    (LazyPattern(pattern), sound)
    for pattern, sound in (
        (r"(?:ti|si|ci|sh|ss)(?=[aeiou]n)", "sh"),
        (r"ph", "f"),
        (r"ck|q|c(?![eiyh])", "k"),
        (r"c(?=[eiy])|z", "s"),
        (r"d?g(?=[eiy])", "j"),
        (r"x", "ks"),
        (r"(?<=.)[aeiouy]+|(?<=[^sc])h", ""),
        (r"(.)\1+", r"\1"),
    )
)


_SYLLABLE = LazyPattern(r"[aeiouy]+")


_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


def _links(name: list[str]) -> tuple[str, ...]:
    """The words that join a two-word name said the other way round: "a bone transplant" is "a transplant
    of bone", "a hip replacement" "a replacement of the hip"; "a walking stick" is "a stick for walking".

    A short last word is too plain to be the name's ("name of the medication" is no "medical name", nor
    "a patch of bone" a "bone patch"), and a depiction is any of its kind (see _DEPICTIONS); "for" joins
    only a use ("medication for pain" is more than "pain medication").
    """
    if len(name) != _BARE_PHRASE_WORDS:
        return ()
    first, last = name
    if first in STOP_WORDS or last in _DEPICTIONS:
        return ()
    return (*(("of",) if len(last) >= _LONG_HEAD else ()), *(("for",) if first.endswith("ing") else ()))


def _remembered(memo: dict[_Key, _Value], key: _Key, make: Callable[[], _Value]) -> _Value:
    """A value kept for the last few keys (``_ANALYSES_KEPT``): bounded, so input cannot grow memory."""
    found = memo.get(key)
    if found is None:
        if len(memo) >= _ANALYSES_KEPT:
            memo.clear()
        found = memo[key] = make()
    return found


def _sound(word: str) -> str:
    """A word as it sounds, roughly: its first letter and consonants, spelt one way (see _SOUNDS)."""
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return word


_MIN_PART = 3  # letters in each part of two words typed as one ("avnhip" is "avn hip")
_MIN_REJOINED = 7  # letters of a word broken in two or three that is joined again ("mag netic")
_KEPT_ENDS = 2  # letters at each end a word broken apart keeps when it is also misspelt
_REJOIN_PARTS = (3, 2)  # the parts tried, the most first ("de com pression", then "decom pression")
_CACHE_LIMIT = 50_000  # corrections remembered; bounded so hostile input cannot grow memory
_ANALYSES_KEPT = 64  # analyses of recent texts remembered (see Normaliser.analyse): a few turns' worth


@lru_cache(maxsize=256)  # a turn folds the same message and sentences several times over
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, spell out texting shorthand, and collapse whitespace.

    >>> fold("  Avascular   NÉCROSIS? (x-ray) ")
    'avascular necrosis x ray'
    >>> fold("wat r u")
    'what are you'
    """
    for capitals, pattern, meant in _CAPITALS:
        if capitals in text and not text.isupper():
            text = pattern.sub(meant, text)
    if text.isascii():  # nothing to decompose or strip: the common case, and far faster
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if "w/" in text:  # texting's "w/o" and "w/": "treatment w/o surgery"
        text = _WITH_SLASH.sub(lambda m: " without " if m.group(1) else " with ", text)
    words = [_RESPELLED.get(w, w) for w in _WORD.findall(_APOSTROPHES.sub("", _WOULD_WILL.sub(" ", text)))]
    folded = " ".join(words)
    if not _CONTRACTION_TAILS.isdisjoint(words):  # (most messages: no lone "t", "m", "s", "re" or "ve")
        folded = _SPLIT_CONTRACTION.sub(lambda found: found.group().replace(" ", ""), folded)
    if " 4" in folded:  # "r there 4 avn": texting's "for", not stage 4 or grade 4
        folded = _FOR.sub("for", folded)
    if " 2" in folded:
        folded = _TO.sub("to", folded)
    if "y " in folded:
        folded = _WHY.sub("why ", folded)
    if any(word in folded for word in _CONFUSED_LETTERS):  # most skip these
        for confused, written in _CONFUSED:
            folded = confused.sub(written, folded)
    return folded


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words (SCOWL, bundled): real words are never "corrected" into others."""
    return frozenset((Path(__file__).parent / "data" / "english_words.txt").read_text(encoding="utf-8").split())


# Neighbouring keys on a QWERTY keyboard, whose rows are staggered: a key touches the two beside
# it, the two above-right and above, and the two below-left and below ("s": a d w e z x).
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR = {
    key: {
        _ROWS[r][c]
        for r, c in (
            (row, col - 1),
            (row, col + 1),
            (row - 1, col),
            (row - 1, col + 1),
            (row + 1, col - 1),
            (row + 1, col),
        )
        if 0 <= r < len(_ROWS) and 0 <= c < len(_ROWS[r])
    }
    for row, keys in enumerate(_ROWS)
    for col, key in enumerate(keys)
}


_VOWELS = frozenset("aeiou")


def _slip(typed: str, meant: str) -> int:
    """How unlike a typing slip one edit from ``meant`` to ``typed`` is: 0 for two
    neighbouring letters after the first swapped ("cuase"), 1 for a letter left out ("wold") or
    hit on a neighbouring key ("caises"), 2 otherwise (a letter added, a far key, a first-letter swap).
    One of a doubled letter typed once is as likely as a swap ("efect" is "effect", not "erect")."""
    if len(typed) == len(meant) - 1:
        return (
            0 if any(meant[i] == meant[i + 1] and meant[:i] + meant[i + 1 :] == typed for i in range(len(typed))) else 1
        )
    if len(typed) != len(meant):
        return 2
    differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    if len(differ) == 1:
        typed_letter, meant_letter = typed[differ[0]], meant[differ[0]]
        # a neighbouring key, or one vowel for another as the word sounds ("treet" is "treat", not "street")
        near = typed_letter in _NEAR.get(meant_letter, ()) or (typed_letter in _VOWELS and meant_letter in _VOWELS)
        return 1 if near else 2
    swapped = (
        len(differ) == 2
        and differ[0] > 0
        and differ[1] == differ[0] + 1
        and typed[differ[0]] == meant[differ[1]]
        and typed[differ[1]] == meant[differ[0]]
    )
    return 0 if swapped else 2


def _likeliest(typed: str, found: Sequence[tuple[str, float, int]], counts: Mapping[str, int] | None = None) -> str:
    """Of words some edits from a typed one, the fewest edits away, then the likeliest slip, then
    the one the knowledge base uses most."""
    return min(
        found,
        key=lambda m: (m[1], _slip(typed, m[0]) if m[1] == 1 else 0, -counts.get(m[0], 0) if counts else 0),
    )[0]


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return fold(text).split()


@dataclass(frozen=True)
class Analysis:
    """What the normaliser made of one text."""

    terms: tuple[str, ...]  # canonical content terms, in order
    phrase: str = ""  # every canonical word, stop words included, for phrase-level comparison
    common: frozenset[str] = frozenset()  # terms from everyday English words the knowledge base never uses


def vocabulary_counts(texts: Iterable[str], synonyms: Mapping[str, Iterable[str]]) -> Counter[str]:
    """How often each word occurs in a knowledge base's texts: its vocabulary, for typo correction."""
    counts = Counter(w for text in texts for w in words(text))
    for variants in synonyms.values():
        for variant in variants:
            counts.update(words(variant))
    counts.update(STOP_WORDS | FILLER_WORDS)
    return counts


class Normaliser:
    """Normalises text for one knowledge base (its synonyms and vocabulary).

    ``counts`` is the knowledge base's vocabulary (``vocabulary_counts``); ``stems`` may prime
    the stem cache and ``phrases`` give the synonym table already worked out (``phrases()``), as a
    cached knowledge base does, so no stemming is needed at start-up.
    """

    def __init__(
        self,
        synonyms: Mapping[str, Iterable[str]],
        counts: Mapping[str, int],
        english: Callable[[], frozenset[str]] = frozenset,
        stems: Mapping[str, str] | None = None,
        phrases: Iterable[tuple[Iterable[str], Iterable[str]]] | None = None,
    ):
        self._english_words = english  # called on the first unknown word: most questions need none
        self._english: frozenset[str] | None = None
        self._stemmer: Any = None  # made on first need: importing Snowball costs start-up time
        self._stem_lock = threading.Lock()
        self._stems: dict[str, str] = dict(stems or {})
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        if phrases is not None:  # worked out before: folding and stemming 1,800 variants is 10 ms
            self._phrases = {tuple(variant): tuple(target) for variant, target in phrases}
        else:
            for canonical, variants in synonyms.items():
                target = self._stem_all(words(canonical))
                for variant in (canonical, *variants):
                    self._phrases[self._stem_all(words(variant))] = target
            for canonical, variants in synonyms.items():
                target = self._stem_all(words(canonical))
                for variant in (canonical, *variants):
                    # ...and as a learner says it, without its articles: "stay same", "in first place"
                    bare = [w for w in words(variant) if w not in _ARTICLE_WORDS]
                    if len(bare) >= _BARE_PHRASE_WORDS:
                        self._phrases.setdefault(self._stem_all(bare), target)
                    # ...and a two-word name said the other way round (see _links)
                    for link in _links(bare):
                        for whose in _OF_WHOM:
                            turned = [bare[1], link, *whose.split(), bare[0]]
                            self._phrases.setdefault(self._stem_all(turned), target)
        # The phrase lengths that start with each word, longest first: most words start none.
        sizes: dict[str, set[int]] = {}
        for phrase in self._phrases:
            if phrase:
                sizes.setdefault(phrase[0], set()).add(len(phrase))
        self._sizes = {first: sorted(found, reverse=True) for first, found in sizes.items()}
        self._stop = frozenset(self.stem(w) for w in STOP_WORDS | FILLER_WORDS)
        self._known = frozenset(counts)
        # ("il" is in its phrasings; a filler word may be foreign too: Tagalog's "po", Spanish "por")
        self._foreign = FOREIGN_FUNCTION_WORDS - (self._known - FILLER_WORDS)
        self.counts = counts
        # Stop words are candidates too ("waht" is "what"), so a typo in one is not an unknown word.
        self._candidates = sorted(w for w in counts if len(w) >= 4 and w.isalpha())
        self._corrected: dict[str, str] = {}
        self._analysed: dict[tuple[str, bool], Analysis] = {}  # see analyse()
        self._spelled: dict[str, str] = {}  # see spell()
        self._joins: dict[str, str] = {}  # the vocabulary words nearest to words joined again (see _rejoined)
        self._terms: frozenset[str] | None = None  # the matcher's terms, once it tells (use_terms)
        self._subject: frozenset[str] = frozenset()  # the terms naming the document's subject (use_terms)
        self._by_length: dict[int, list[str]] | None = None  # everyday words by length, made on first need
        self._by_sound: dict[str, str] | None = None  # vocabulary words by their sound (see _sound), on first need
        # the synonym phrases' first words by their second, and second by first (see _phrase_neighbours)
        self._starts: dict[str, frozenset[str]] | None = None
        self._ends: dict[str, frozenset[str]] | None = None

    def analyse(self, text: str, everyday: bool = True) -> Analysis:
        """Canonical content terms of a text, typos corrected, and which came from everyday words.

        ``everyday=False`` leaves the last out (``common`` is empty): a text of the knowledge base
        needs only its terms, and telling everyday words loads the English word list. Such a text
        is also read as written where a message is put in the page's words: it keeps the manner it
        asks for ("in simple words"), as an example teaches what asking for a manner means, while a
        message that asks something else besides is read without it; and its "pain at the start"
        stays, while a message's is the symptoms "at first".
        """
        # A turn reads its message more than once (its reading, then the checks of its form and of
        # what it names): the last few analyses are kept, bounded so input cannot grow memory.
        return _remembered(self._analysed, (text, everyday), lambda: self._analyse(text, everyday))

    def _analyse(self, text: str, everyday: bool) -> Analysis:
        if "(" in text:  # a line of code asks nothing: "print('hello world')"
            text = _CALL.sub(" ", text)
        typed = fold(text).split()
        if (
            everyday
            and len(self._foreign.intersection(typed)) >= _FOREIGN_MANY
            and not _ENGLISH_FRAME.isdisjoint(typed)
        ):
            typed = [word for word in typed if word not in self._foreign]  # (see FOREIGN_FUNCTION_WORDS)
        kept = self._kept_foreign(typed) if everyday else frozenset()
        if everyday and kept.isdisjoint(typed):  # (in a message wholly in another language, its words are its own)
            typed = self._rejoined(typed)
        folded = rewrite(" ".join(word if word in kept else self.correct(word) for word in typed), everyday)
        if everyday:  # a message, not the knowledge base's own text: see analyse()
            # What is supposed, where one's own trouble is and the lack of blood in a lay name of the disease
            # go, each when something else is asked ("and if i do get symptoms, how do they confirm it"),
            # and stay when they are all there is ("bone dying from no blood, what is that?")
            for strip in (without_supposition, without_own_place, without_lack_of_blood):
                stripped = strip(folded)
                if stripped != folded and set(self._read(stripped, everyday).terms) - self._subject:
                    folded = stripped
            without = without_manner(folded)
            if without != folded:
                plain = self._read(without, everyday)
                # Asked alone, a manner the knowledge base knows is the request ("avn in a
                # nutshell" asks for the overview); one it does not know ("in one sentence")
                # only gets in the way.
                if set(plain.terms) - self._subject - self._vague or not self._knows_manner(folded):
                    return plain
        return self._read(folded, everyday)

    def _read(self, folded: str, everyday: bool) -> Analysis:
        """The analysis of a folded, rewritten text."""
        stems = []
        common = set()
        for fixed in self._in_phrases(folded.split()):  # (corrected in _analyse, before the rewrites)
            stems.append(self.stem(fixed))
            if everyday and self._maybe_unknown(fixed, stems[-1]) and (fixed.isdigit() or fixed in self.english()):
                # An everyday word or a number ("AVN at 32"): context more than topic.
                common.add(stems[-1])
        canonical = self._rewrite(stems)
        terms = [t for t in canonical if t not in self._stop]
        if len(set(terms)) < len(terms):  # rare: only then can a thing be compared with itself
            terms = self._same_or_different(canonical, terms)
        return Analysis(tuple(terms), " ".join(canonical), frozenset(common))

    def _rejoined(self, typed: list[str]) -> list[str]:
        """The words with a word the vocabulary has, broken in two or three by a slip of the space bar or
        by dictation, joined again: "avas cular", "mag netic", "arthur plasty". A part must be no word
        at all and the whole a word of the vocabulary ("over time" stays apart), spelled as joined or,
        with a slip besides, one of the page's own words rather than an everyday one."""
        unknown = [not (w in self._known or not w.isalpha() or w in self.english()) for w in typed]
        if not any(unknown):
            return typed
        out: list[str] = []
        i = 0
        while i < len(typed):
            for size in _REJOIN_PARTS:
                parts = typed[i : i + size]
                if len(parts) < size or not any(unknown[i : i + size]) or not all(w.isalpha() for w in parts):
                    continue
                joined = "".join(parts)
                whole = (
                    joined
                    if joined in self._known
                    else _remembered(self._joins, joined, partial(self._nearest, joined))
                )
                # (a slip in the whole besides needs a part that is no word even corrected, keeps the ends, and
                # makes one of the page's own words or joins no words at all: "cest tres" is not "restores")
                slipped = whole != joined and (
                    all(self.correct(w) != w for w, no in zip(parts, unknown[i : i + size], strict=True) if no)
                    or whole[:_KEPT_ENDS] != joined[:_KEPT_ENDS]
                    or whole[-_KEPT_ENDS:] != joined[-_KEPT_ENDS:]
                    or (whole in self.english() and not all(unknown[i : i + size]))
                )
                if len(whole) >= _MIN_REJOINED and whole in self._known and not slipped:
                    out.append(whole)
                    i += size
                    break
            else:
                out.append(typed[i])
                i += 1
        return out

    def _kept_foreign(self, typed: list[str]) -> frozenset[str]:
        """The words of a message wholly in another language that are that language's function words,
        and no slips: Italian "cos'è" is not "dose" (in an English message "oder" is "older")."""
        return self._foreign if _ENGLISH_FRAME.isdisjoint(typed) else frozenset()

    def _knows_manner(self, folded: str) -> bool:
        """Whether the knowledge base knows every manner a text asks for ("in a nutshell" is a word
        of its overview)."""
        if self._terms is None:
            return True
        return all(self._terms.issuperset(self.analyse(manner, everyday=False).terms) for manner in manners(folded))

    @cached_property
    def _vague(self) -> frozenset[str]:
        # Terms that ask for the whole or for a name, leaving the manner the request: "explain the
        # whole thing in simple words", "how is it called in simple words?"
        return frozenset(self.analyse(f"whole everything called {DEFINITION_WORD}", everyday=False).terms)

    def _same_or_different(self, canonical: list[str], terms: list[str]) -> list[str]:
        """A difference between two names of one thing asks whether they mean the same: "what is
        the difference between osteonecrosis and avascular necrosis?" is "is AVN the same as
        osteonecrosis?", not a comparison of two things (the imaging tests). So does setting the two
        names side by side: "AVN vs osteonecrosis"."""
        differ = self.stem("difference")
        joins = _VERSUS | {differ} if differ in terms else _SIDE_BY_SIDE
        twice = any(
            canonical[i] == canonical[j] and canonical[i] not in self._stop and joins.issuperset(canonical[i + 1 : j])
            for i in range(len(canonical))
            for j in range(i + 2, min(i + 4, len(canonical)))
        )
        if not twice:
            return terms
        same = self._rewrite([self.stem(DEFINITION_WORD)])
        if differ in terms:
            return [s for t in terms for s in (same if t == differ else [t])]
        return [*dict.fromkeys(terms), *same]

    def use_terms(self, terms: frozenset[str], subject: frozenset[str] = frozenset()) -> None:
        """Learn which terms the matcher knows, so everyday words are told apart from the others,
        and which name the document's subject.

        Without it, a word of the vocabulary is never taken for an everyday word; with it, a word
        whose term the matcher lacks is, even if a synonym phrase uses it ("bone dying" absorbs
        "dying", so "die" alone is unknown). A message naming nothing but the subject besides a
        manner ("explain AVN briefly") asks for that manner.
        """
        self._terms = terms
        self._subject = subject
        self._analysed.clear()  # analyses made before told which words are everyday ones

    def _maybe_unknown(self, word: str, stem: str) -> bool:
        # Checked before the English list, which is loaded on first need: most questions need none.
        if self._terms is None:
            return word not in self._known
        return stem not in self._terms and stem not in self._stop

    def spell(self, text: str) -> str:
        """A message with its misspelt words corrected and the rest as typed, punctuation kept:
        what the checks of a question's form read ("does weed cuase avn" asks if weed causes it)."""
        # (a turn's checks each spell its message: recent ones are kept)
        return _remembered(self._spelled, text, lambda: self._spell(text))

    def _spell(self, text: str) -> str:
        parts, last, first = [], 0, True  # (first: the word starts its sentence)
        kept = self._kept_foreign(fold(text).split())
        for found in _LETTERS.finditer(text):
            between = text[last : found.start()]
            first = first or any(mark in between for mark in ".?!")
            word = found.group()
            parts += [between, word if fold(word) in kept else self._spelt(word, first)]
            first, last = False, found.end()
        parts.append(text[last:])
        return "".join(parts)

    def _spelt(self, word: str, first: bool) -> str:
        lower = word.lower()
        if (
            lower in _RESPELLED
            or lower in _CONTRACTED
            or lower in _READ_IN_CONTEXT
            or not word.isascii()
            or "'" in word
            or "’" in word
        ):
            # texting's "alot" is respelled by fold, not corrected to "clot"; "hasn't" is no slip; "donner" is
            # read by fold where bone is spoken of
            return word
        if word[0].isupper() and not first:
            return word  # a name in mid-sentence: "Dr Patel", not "Dr pastel"
        fixed = self.correct(lower)
        # (a word cut to its root is no misspelling: "treatable" stays, though it reads as "treat")
        return word if fixed == lower or (lower.startswith(fixed) and len(lower) - len(fixed) > 2) else fixed

    def correct(self, word: str) -> str:
        """The vocabulary word a misspelt word most likely meant, or the word itself.

        Two words typed as one ("bonegraft", "hipreplacement") come back as two, separated by a space.
        """
        if word in self._known or not word.isalpha() or word in self.english() or word in _MEDICAL_WORDS:
            return word
        cached = self._corrected.get(word)
        if cached is not None:
            return cached
        best = self._able(word)
        if best is None:
            best = self._nearest(word)
            if best != word and OSA.distance(word, best) > 1:
                # one slip from an everyday word beats two from the vocabulary: "scaning" is
                # "scanning" (whose stem the vocabulary knows), not "staging"
                best = self._everyday(word) or best
        if best == word and word.endswith("s") and len(word) > _MIN_PLURAL:
            # a slip in a plural the vocabulary has only in the singular: "ankels" is "ankle", not "angels"
            best = self._nearest(word[:-1])
            best = word if best == word[:-1] else best
        if best == word:
            best = self._undoubled(word) or self._split(word) or self._everyday(word) or self._sounded(word) or word
        if len(self._corrected) >= _CACHE_LIMIT:
            self._corrected.clear()
        self._corrected[word] = best
        return best

    def _in_phrases(self, fixed: list[str]) -> list[str]:
        """Words too short to correct on their own, corrected by the word after them or, failing that,
        the word before: "cor decompresion" is the synonyms' "core decompression", "worse over tme"
        their "over time" (one edit, and one such phrase only)."""
        for i, word in enumerate(fixed):
            if len(word) > _SHORT_WORD or word in self._known or not word.isalpha() or word in self.english():
                continue
            starts, ends = self._phrase_neighbours()
            nexts = starts.get(self.stem(fixed[i + 1]), ()) if i + 1 < len(fixed) else ()
            near = [first for first in nexts if OSA.distance(word, first, score_cutoff=1) <= 1]
            if not near and i:
                # (an article is no word a slip is made in: "over tme" is "over time", not "over the")
                near = [
                    end
                    for end in ends.get(self.stem(fixed[i - 1]), ())
                    if end not in self._stop and OSA.distance(word, end, score_cutoff=1) <= 1
                ]
            if len(near) == 1:
                fixed[i] = near[0]
        return fixed

    def _phrase_neighbours(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """The two-word-or-longer synonym phrases' first words by their second word, and their second
        words by their first."""
        if self._starts is None or self._ends is None:
            starts: dict[str, set[str]] = {}
            ends: dict[str, set[str]] = {}
            for phrase in self._phrases:
                if len(phrase) >= 2:
                    starts.setdefault(phrase[1], set()).add(phrase[0])
                    ends.setdefault(phrase[0], set()).add(phrase[1])
            self._ends = {first: frozenset(seconds) for first, seconds in ends.items()}
            self._starts = {second: frozenset(firsts) for second, firsts in starts.items()}
        return self._starts, self._ends

    def _able(self, word: str) -> str | None:
        """The vocabulary word an "-able" word is made from: "treatable" is "treat", "curable" "cure"."""
        for suffix in ("able", "ible"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                base = word[: -len(suffix)]
                for form in (base, base + "e"):
                    if form in self._known:
                        return form
        return None

    def _nearest(self, word: str) -> str:
        """The vocabulary word within the edits a word's length allows, or the word itself."""
        edits = next((e for n, e in _MAX_EDITS if len(word) <= n), 0)
        if not edits:
            return word
        found = process.extract(word, self._candidates, scorer=OSA.distance, score_cutoff=edits, limit=8)
        if not found:
            return word
        # Fewest edits first; among equals, the likelier slip (see _slip: "cuase" is "cause", not
        # "case"; "wold" is "would", not "cold"), then the word the knowledge base uses most.
        return _likeliest(word, found, self.counts)

    def _everyday(self, word: str) -> str | None:
        """The everyday English word one slip away ("eventualy", "machien"), or None.

        Such a word is context, not topic: left unknown, it would weigh as a rare word.
        """
        if len(word) < _MIN_EVERYDAY:
            return None
        if self._by_length is None:
            by_length: dict[int, list[str]] = {}
            for known in sorted(self.english()):
                by_length.setdefault(len(known), []).append(known)
            self._by_length = by_length
        # One edit changes the length by at most one.
        candidates = [w for n in (len(word) - 1, len(word), len(word) + 1) for w in self._by_length.get(n, ())]
        found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=1, limit=None)
        # the likeliest slip: "scaning" is "scanning" (a letter left out), not "caning" (one added)
        return _likeliest(word, found) if found else None

    def _sounded(self, word: str) -> str | None:
        """The vocabulary word spelt as it sounds ("opshun" is "option", "nekrosis" "necrosis"), when
        only one sounds so, or None: a misspelling too far from the word in letters to be a slip."""
        if len(word) < _MIN_SOUNDED:
            return None
        if self._by_sound is None:
            by_sound: dict[str, set[str]] = {}
            for known in self._candidates:
                if known not in STOP_WORDS and known not in FILLER_WORDS:  # ("coccyx" is no "xoxo")
                    by_sound.setdefault(_sound(known), set()).add(known)
            self._by_sound = {key: next(iter(words)) for key, words in by_sound.items() if len(words) == 1}
        sound = _sound(word)
        found = self._by_sound.get(sound) if len(sound) >= _MIN_SOUND else None
        # said in as many syllables: "colitis" is not "clots", nor "condyle" "kindly"
        return found if found and len(_SYLLABLE.findall(found)) == len(_SYLLABLE.findall(word)) else None

    def _undoubled(self, word: str) -> str | None:
        """The word with a letter typed twice typed once, when that is a word ("usefull", "allways"), or None:
        a likelier slip than two words run together ("use full")."""
        for i in range(len(word) - 1):
            if word[i] == word[i + 1]:
                once = word[:i] + word[i + 1 :]
                if once in self._known or once in self.english():
                    return once
        return None

    def _split(self, word: str) -> str | None:
        """Two vocabulary words run together, as "left right", or None; the most even split wins."""
        splits = [
            (min(i, len(word) - i), f"{word[:i]} {word[i:]}")
            for i in range(_MIN_PART, len(word) - _MIN_PART + 1)
            if word[:i] in self._known and word[i:] in self._known
        ]
        return max(splits)[1] if splits else None

    def stem(self, word: str) -> str:
        """Snowball English stem of one folded word (cached)."""
        stem = self._stems.get(word)
        if stem is None:
            if not word.isalpha():
                return word
            with self._stem_lock:  # a Snowball stemmer keeps its working state on itself
                if self._stemmer is None:
                    from snowballstemmer.english_stemmer import EnglishStemmer

                    self._stemmer = EnglishStemmer()
                stem = self._stemmer.stemWord(word)
            if len(self._stems) < _CACHE_LIMIT:
                self._stems[word] = stem
        return stem

    def english(self) -> frozenset[str]:
        """Everyday English words, loaded on first need."""
        if self._english is None:
            self._english = self._english_words()
        return self._english

    def phrases(self) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The synonym table as (variant stems, canonical stems) pairs, for a cache of the prepared
        knowledge base (``phrases=`` of a later Normaliser)."""
        return list(self._phrases.items())

    def stems(self) -> dict[str, str]:
        """The stems worked out so far (for a cache of the prepared knowledge base)."""
        return dict(self._stems)

    def _stem_all(self, items: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.stem(w) for w in items)

    def _rewrite(self, stems: list[str]) -> list[str]:
        """Replace synonym phrases by their canonical terms, longest phrase first."""
        out: list[str] = []
        i = 0
        while i < len(stems):
            for size in self._sizes.get(stems[i], ()):
                target = self._phrases.get(tuple(stems[i : i + size])) if i + size <= len(stems) else None
                if target is not None:
                    out.extend(target)
                    i += size
                    break
            else:
                out.append(stems[i])
                i += 1
        return out
