"""A question read with the conversation's topic: its own reading, mended by what it names and how
it is framed, then kept, narrowed or replaced by the topic it leans on.

"is it painful?" after the bone graft asks about the graft, not the disease's symptoms; after the
symptoms, "what causes it?" asks the causes; "and the x-ray?" names its own topic. ``read`` tries
these rules in order, each a small method of ``_Reading`` that decides or passes.
A self-contained question always wins; context only fills in what the question leaves out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from .decide import Decision, decide
from .match import uncovered_lead
from .normalise import Analysis, fold
from .patterns import LazyPattern
from .reply import ANSWER, DECLINE
from .rewrites import asks_care, doctors_first_step

if TYPE_CHECKING:
    from collections.abc import Callable

    from .bot import Chatbot
    from .match import Candidate

FRESH_CONFIDENT = 0.80  # probability (chatbot.decide) for a question to keep its own reading (dev_dialogues)
CONTEXT_MARGIN = 0.15  # fresh candidates this close to the best are readings context may choose
FRAME_MARGIN = 0.25  # a reading this close to the best is chosen when the question's frame asks it (0.25-0.4 alike)
FRAGMENT_WORDS = 3  # a fragment this short that names no thing asks what the topic's examples ask ("made of what?")
ELLIPSIS_WORDS = 2  # a message this short that names no thing of its own is about the topic ("painful?")
NAMED_MARGIN = 0.15  # a thing the question names wins over a reading about the disease this close

# A follow-up opening with the thing it is about, and no statement of it: "and the core
# decompression that comes before it?" (not "x ray was normal, can it still show early changes?")
_ASKING = r"(?:what|whats|how|why|is|does|do|can|when)\b"  # a question's first word, after the thing
_OPENS_WITH = LazyPattern(
    rf"(?:(?:and|but|so|ok|okay|now|then)\s+)*(?:(?:what|how)\s+about\s+)?the\s+(?P<name>\w+(?:\s+(?!{_ASKING})\w+)?)"
    rf"\s*(?:$|,|\?|\b(?:that|which|one|part|step|bit)\b|(?={_ASKING}))"
)
# The kind a thing opened with is said to be, after its name: "the replacement option", "the drilling one"
_KIND_AFTER = LazyPattern(r"\s+(?:option|options|one|op|operation|surgery|procedure|thing|test|scan)$")
# Asking what else there is besides a test or treatment asks for the list it is one of: "what else
# could they do instead?" after the bone graft, "what other operations are there besides that one?".
_OTHER_KINDS = (
    r"(?:options?|operations?|surgeries|procedures|treatments?|tests?|scans?|exams?|choices?|ones?|kinds?|types?)"
)
ALTERNATIVES = re.compile(
    # ("the other options" is the other options whole: "the other" alone would leave "options" to read)
    rf"\b(?:instead|alternatives?|alternate {_OTHER_KINDS}|(?:any|some|the) others?(?! {_OTHER_KINDS}\b)|"
    # ("earlier than other tests" compares; it asks for nothing else)
    rf"(?<!than )(?<!from )other {_OTHER_KINDS}|"
    r"(?:what|anything|something) else|besides (?:that|this|it)|apart from (?:that|this|it)|"
    r"other than (?:that|this|it)|"
    # ...and what they try before it: "is there something they try before that?" after the replacement
    r"(?:try|tried|trying|attempt|attempted) (?:first )?before (?:that|this|it))\b"
)
# The kinds of thing a test or a treatment is
KINDS = r"(?:test|scan|exam|examination|operation|surgery|procedure)"
# Words that lean on what was said before: "is it painful?", "how is that done?", "and the MRI?".
IT = re.compile(r"\b(?:it|that|this)\b")  # what may stand for the topic itself, or for the disease
# A word of sequence: "and then they put bone in the holes?" goes on to the next step
_THEN = re.compile(r"\b(?:then|next|afterwards?|after that|after this|later)\b")
_THAT = re.compile(r"\bthat\b")  # what points back to the thing just talked about, rather than the disease
ON_THE_LIST = re.compile(r"\b(?:on|in) (?:the|that|this|your|its) list\b")
# Whether the thing talked about is of a kind: "is it an operation?", "is that a surgery?"
_IS_IT_A_KIND = re.compile(
    r"(?:so |and |ok )?(?:is|was) (?:it|that|this) (?:a |an )?(?:real |actual |true |major |big |proper |serious )?"
    rf"(?:surgical procedure|{KINDS}|surgical|treatment|operative)"
    # ...or another kind: "is that a surgery or an injection?", "is it an operation or more like a therapy?"
    rf"(?: or (?:more like |just |rather )?(?:a |an )?(?:{KINDS}|injection|shot|therapy|treatment|medicine|medication|"
    r"pill|tablet|exercise|physio|physiotherapy))?"
)
# The topic's question again, of a place: "and in the hip?", "same for the shoulder?", "even in the ankle?"
_IN_PLACE = re.compile(
    r"(?:and |what about |how about |same |also |even |is it the same |the same )*(?:for|in|of|with) "
    r"(?:the |my |his |her |your |a |an )?\w+(?: \w+)?(?: too| as well| also)?"
)
# Whether someone has "it" is whether they have the disease, whatever was talked about: "how would
# I know if I had it?" after the treatments.
_HAS_IT = LazyPattern(r"\b(?:if|whether|that) (?:i|you|he|she|we|someone|somebody|my \w+) (?:have|has|had|got) it\b")
# Asking what "it" is, after a few words at most: "ok but what is it though?" after the causes asks what the
# disease is (not "what is it mostly from", "what is it you do", "my doctor said i have bursitis. what is it though?",
# nor "it is what it is", nor "how would i know what it is")
_WHAT_IT_IS = LazyPattern(
    r"(?!it is what|.*\bhow (?:would|do|can|will|could|did) (?:i|you|we|they|he|she) (?:know|tell|find out)\b)"
    r"(?:\w+ ){0,5}(?:what(?: s| is|s) it(?: actually| exactly| really| even)?|(?:tell me |explain )?what it "
    r"(?:actually |exactly |really )?is)"
    r"(?: though| then| anyway| honestly| all about| in simple(?: terms| words| english)?)?$"
)
THEY = re.compile(r"\b(?:they|them|their)\b")  # who do a test or a treatment
# The things of a kind, together: "do the scans for this involve radiation?" asks about both tests
# (but "which of the operations...?" chooses one).
_PLURAL_KIND = re.compile(
    r"\b(?:the|these|those|all|both|all the|both the) (?:tests|scans|exams|surgeries|operations|procedures)\b"
)
# What a question sets aside is not what it asks about: "could they reshape the bone instead of
# replacing the whole joint?" names the replacement only to set it aside. Read in the message as
# typed, up to four words and never past a comma or a sentence's end.
SET_ASIDE_WORDS = r"instead of|rather than|other than|apart from"
_SET_ASIDE = LazyPattern(rf"(?i)\b(?:{SET_ASIDE_WORDS}|(?:an )?alternative to)(?:\s+\w+){{1,4}}")
# Setting things side by side: "what's the difference between osteotomy and decompression?",
# "bone graft vs osteotomy?", "compare bone graft and osteotomy".
_COMPARING = LazyPattern(r"\b(?:difference|differences|differ|differs|compare|comparing|comparison|versus|vs)\b")
# A choice or a comparison between things: it asks about the one chosen, not the list.
_CHOOSING = re.compile(
    r"\b(?:which one|which ones|than|better|best|worse|worst|earlier|earliest|safer|safest|faster|quicker|more|less|"
    r"rather)\b"
)
# Correcting what the last answer took the question for: "no sorry, I meant decompression sickness,
# is that related?". What it says next names its own topic; "that" is what it names. (A learner's
# "I mean does it hurt?" is no correction.)
CORRECTION = re.compile(
    r"^(?:(?:(?:no|nope|sorry|oops|wait)\s+)+(?:i mean|i meant)|i meant|(?:no\s+|sorry\s+)*(?:i was asking about|"
    r"i asked about|i asked for|"
    r"i was talking about|i didn t mean|i did not mean|not that one|not that))\b"
)
# A bare count: "how many are there?", "how many?" (after a list, how many it holds)
_HOW_MANY = re.compile(
    r"(?:(?:so|and|ok|okay) )*how many(?: (?:are there|is there|there are|of them|in total|total|altogether))*"
)
# Whether the two just named are the same, asked alone after what the disease is (named so and so): "really the
# same?", "so they are the same?" (not "same" alone, which may be "me too")
_THE_SAME = re.compile(
    r"(?:(?:so|and|but|ok|okay|wait) )*(?:(?:are|is) )?(?:(?:they|those|these|the two|both|it|that|they re|theyre) )?"
    r"(?:(?:are|is|really|actually|exactly|just|basically|literally|then) )*"
    r"(?:the same|same thing)s?(?: thing)?(?: then)?"
)
# A correction that says what was meant (not "not that one", which only rejects the last answer)
_MEANT = re.compile(r"^(?:(?:no|nope|sorry|oops|wait)\s+)*(?:i mean|i meant|i was asking about|i asked about)\b")
# "this info", "this page": the document itself, not the topic talked about.
_THE_PAGE = re.compile(
    r"\b(?:this|that|these) (?:info|information|page|text|site|website|web site|document|article|leaflet|material|"
    r"content|chatbot|bot)\b"
)
# "It" found or caught is the disease, whatever was talked about: "if they find it early what's usually done"
# after the MRI asks of the disease found early
_DISEASE_FOUND = re.compile(
    r"\b(?:they|doctors?|you|we) (?:find|finds|found|catch|catches|caught|detect|detects|detected|diagnose|"
    r"diagnoses|diagnosed|spot|spots|spotted|pick up|picks up|picked up) it\b|"
    r"\b(?:it|its)(?: s| is| was| gets| got)? (?:caught|found|detected|diagnosed|spotted|picked up)\b"
)
ANAPHORA = re.compile(
    # "there" points back ("what do they do there?"), but not in "is there…?" or "there is…"
    r"\b(?:it|its|this|that|these|those|they|them|one|ones|he|she|him|her)\b|"
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b(?! (?:is|are|s|was|were|any|a|an|some)\b)"
)


def read(bot: Chatbot, text: str, topic: str | None, named: bool = False, shown: bool = True) -> Decision:
    """The decision on a question read on its own and, where it leans on it, with ``topic``, the
    intent last talked about. ``named``: the topic was named just before the question ("the first
    one, ...", "back to the MRI, ..."); ``shown``: the topic's answer was the last reply (no decline since)."""
    return _Reading(bot, text, topic, named, shown).decision()


# What a test or an operation is for, the disease: "the MRI for avn"
_FOR_THE_DISEASE = LazyPattern(
    r"(?i)\b(mri|x-?ray|xray|scan|decompression|graft|osteotomy|replacement|arthroplasty|drilling) "
    r"for (?:the )?(?:avn|osteonecrosis|avascular necrosis)\b"
)


def uncovered_leads(candidates: list[Candidate]) -> bool:
    """Whether the best reading of a question is a topic the document does not cover, rather than
    a close second to intents it could not choose between ("is the radiation dose high?": the X-ray
    or the MRI, which context can settle)."""
    return uncovered_lead(candidates) >= 0


def thing_named(bot: Chatbot, words: str) -> str | None:
    """The one test or surgery some words name by its name, if they name one (``Chatbot.one_thing``);
    the disease named just after it, as what it is for, does not hide it ("does the MRI for avn hurt")."""
    if " for " in words:
        words = _FOR_THE_DISEASE.sub(r"\1", words)
    return bot.one_thing(bot.normaliser.analyse(words))


def unanswerable(bot: Chatbot, text: str, intent: str | None) -> bool:
    """Whether the question's form asks what the intent's passages do not state (``chatbot.forms``)."""
    matcher = bot.matcher
    if intent is not None and bot.is_thing(intent) and matcher.unfelt(text, intent):
        return True  # "is it painful?" after a test or a treatment: the disease's pain is no answer
    if intent is not None and bot.is_thing(intent) and matcher.unsafe(text, intent):
        return True  # "is core decompression safe?": its passage says nothing of safety
    return (
        matcher.where_to_get(text)
        or matcher.certain(text)
        or matcher.which_of_listed(text, intent)
        or matcher.of_a_listed_disease(text)
        or matcher.unlisted(text, intent)
        or matcher.uncompared(text)
        or matcher.unjudged(text, intent)
        or matcher.unrated(text, intent)
        or matcher.undetailed(text, intent)
        or matcher.unreasoned(text, intent)
        or matcher.unexplained(text, intent)
        or matcher.mentioned_only(text, intent)
    )


def related(bot: Chatbot, one: str, other: str) -> bool:
    """Whether two intents answer from the same section of the document, or one lists the
    other: "surgery?" after the treatments asks for the part of them that is surgery, and
    "latest?" after the disclaimer for its line on the latest version."""
    return (
        not bot.sections_of(one).isdisjoint(bot.sections_of(other))
        or one in bot.listed(other)
        or other in bot.listed(one)
    )


def without_set_aside(bot: Chatbot, text: str) -> Analysis:
    """A message read without what it sets aside ("instead of replacing the whole joint")."""
    return bot.normaliser.analyse(_SET_ASIDE.sub(" ", text))


class _Reading:
    """One question read with a topic: its reading alone (``fresh``) and the rules that may change it."""

    def __init__(self, bot: Chatbot, text: str, topic: str | None, named: bool, shown: bool = True):
        step = doctors_first_step(fold(text))
        if step is not None and (topic is None or not bot.is_thing(topic)):
            text = step  # (after a test or a treatment, what the doctor does next is read with it)
        self.bot, self.text, self.topic, self.named, self.shown = bot, text, topic, named, shown
        self.analysis, self.candidates = bot.matcher.understand(text)
        self.folded = fold(text)
        self.fresh = self._by_its_frame(self._beyond_the_item(self._by_name(decide(self.candidates, bot.answers))))

    def decision(self) -> Decision:
        for rule in (self._it_is_the_subject, self._safe_with_nothing_talked_about):
            if (decided := rule()) is not None:
                return decided
        topic = self.topic
        places = set(self.analysis.terms)
        if (
            topic is not None
            and _MEANT.match(self.folded)
            and places
            and places <= self.bot.matcher.places()
            and not self.bot.about_the_page(topic)
        ):
            return self._answer(topic)  # "no sorry, I meant the shoulder not the hip": the same question, of it
        if topic is None or (self.fresh.kind == ANSWER and CORRECTION.match(self.folded)):
            return self.fresh
        if _THE_SAME.fullmatch(self.folded) and topic in self.bot.matcher.defining():
            return self._answer(topic)  # "really the same?" after "osteonecrosis, also called avascular necrosis"
        rules: tuple[Callable[[str], Decision | None], ...] = (
            self._of_the_thing,
            self._of_its_kind,
            self._of_a_line_of_its_list,
            self._a_count_of_its_list,
            self._uncovered,
            self._of_the_topic_not_its_sibling,
            self._in_the_topics_words,
            self._of_a_line_briefly,
            self._it_is_the_topic,
            self._on_its_list,
            self._of_a_place,
            self._of_an_amount,
            self._of_its_subject,
            self._its_own_question,
            self._opening_with_a_thing,
        )
        for of_topic in rules:
            if (decided := of_topic(topic)) is not None:
                return decided
        return self._with_or_without_context(topic)

    # -- what the question says --------------------------------------------------------------
    @cached_property
    def pointing(self) -> bool:
        """Whether the question points back ("it", "they", "there"), the page itself aside."""
        folded = _THE_PAGE.sub(" ", self.folded)
        if asks_care(folded):  # (not "how early can they find it?" after the MRI: finding it is the test's)
            folded = _DISEASE_FOUND.sub(" ", folded)
        return bool(ANAPHORA.search(folded))

    @cached_property
    def leaning(self) -> bool:
        """Whether the question leans on the topic: "is it painful?" (or just "painful?") after the
        bone graft asks about the graft, not the disease's symptoms."""
        return bool(IT.search(self.folded)) or self.short

    @cached_property
    def short(self) -> bool:
        return len(self.folded.split()) <= ELLIPSIS_WORDS

    @cached_property
    def confident(self) -> bool:
        return self.fresh.kind == ANSWER and self.fresh.confidence >= FRESH_CONFIDENT

    def _answer(self, intent: str) -> Decision:
        return Decision(ANSWER, intent, confidence=self.fresh.confidence)

    def _decline(self, intent: str) -> Decision:
        return Decision(DECLINE, confidence=self.fresh.confidence, suggestions=[intent])

    # -- rules before any topic ----------------------------------------------------------------
    def _it_is_the_subject(self) -> Decision | None:
        """With nothing said before, or only of the disease itself (its causes, its symptoms), "it" is
        the document's subject: "how would I know if I had it?"; and whether someone has "it" is
        whether they have the disease, whatever was talked about."""
        bot, folded, topic = self.bot, self.folded, self.topic
        if not (
            (topic is None or (not bot.is_thing(topic) and not _THAT.search(folded)) or _HAS_IT.search(folded))
            and self.fresh.kind == DECLINE
            and not self.analysis.terms
            and IT.search(folded)
        ):
            return None
        title = bot.source.title.lower()
        subject = IT.sub(lambda _: title, folded, count=1)  # (the title as it is, no template)
        again = decide(bot.matcher.understand(subject)[1], bot.answers)
        if again.kind == ANSWER and (
            again.intent not in bot.matcher.defining() or CORRECTION.match(folded) or _WHAT_IT_IS.match(folded)
        ):
            # (the subject alone reads as what it is: "thanks, that helped"; but "no, I meant what
            # it actually is" and "ok but what is it?" ask it)
            return again
        return None

    def _safe_with_nothing_talked_about(self) -> Decision | None:
        """With no test or treatment talked about, the "it" of "is it safe?" is none of them, whichever
        one's examples ask so ("is an MRI safe?")."""
        bot, fresh, topic = self.bot, self.fresh, self.topic
        if (
            fresh.kind == ANSWER
            and fresh.intent is not None
            and bot.is_thing(fresh.intent)
            and not (topic is not None and bot.is_thing(topic))
            and not bot.names_thing(self.analysis)
            and bot.matcher.asks_only_safety(self.text, self.analysis)
            and IT.search(self.folded)
        ):
            return self._decline(fresh.intent)
        return None

    # -- rules of a topic ------------------------------------------------------------------------
    def _of_the_thing(self, topic: str) -> Decision | None:
        """Safety and whether it works, asked of a test or a treatment talked about, are its own."""
        bot, analysis = self.bot, self.analysis
        if not bot.is_thing(topic) or bot.names_thing(analysis):
            return None
        safety_only = bot.matcher.asks_only_safety(self.text, analysis)
        if (self.leaning or self.pointing or safety_only) and bot.matcher.unsafe(self.text, topic):
            # "risks?" after the bone graft asks the graft's risks, which the page does not give
            # (not the disease's risk factors); "is it safe?" after the MRI reads its radiation
            return self._decline(topic)
        if safety_only:
            # "any risks?" after the X-ray: its passage gives its "very small dose of radiation"
            return self._answer(topic)
        how = self.folded.startswith("how")
        if self.pointing and (not how or bot.siblings(topic)) and bot.matcher.asks_only_efficacy(analysis):
            # "does it work?", "are they effective?" after a treatment ask of that treatment, not
            # of the MRI whose examples say "work": its passage says what it does, as far as the
            # page goes; so does "how does it work?" after one test or treatment of a list (the
            # graft), not after a list itself (the surgeries)
            return self._answer(topic)
        return None

    def _of_a_line_of_its_list(self, topic: str) -> Decision | None:
        """Two words or more of one line of the topic's list ask of that line, though the message
        alone reads as nothing the page answers: "oral only or also IV?" after the steroids."""
        bot, analysis = self.bot, self.analysis
        if (
            self.fresh.kind == DECLINE
            and len(bot.matcher.beyond_subject(analysis)) > 1
            and not bot.names_thing(analysis)
            and bot.matcher.on_its_list(topic, analysis)
        ):
            return self._answer(topic)
        return None

    def _uncovered(self, topic: str) -> Decision | None:
        """A topic the page leaves out stays declined ("how long is the recovery after that?"); but
        "is it metal?" after the joint replacement ("an artificial metal, ceramic or plastic joint")
        is not about metal in an MRI scanner."""
        bot, fresh = self.bot, self.fresh
        if not (fresh.kind == DECLINE and fresh.uncovered and uncovered_leads(self.candidates)):
            return None
        if not (self.leaning and bot.matcher.explains(topic, self.analysis)):
            return fresh
        if bot.is_thing(topic) and not bot.names_thing(self.analysis):
            return self._answer(topic)
        return None

    def _of_the_topic_not_its_sibling(self, topic: str) -> Decision | None:
        """A word of the topic's passage is the topic's, not a sibling's: "radiation?" after the MRI is
        the MRI's, not the X-ray's (unless it asks what comes next)."""
        bot, fresh = self.bot, self.fresh
        if (
            self.leaning
            and fresh.kind == ANSWER
            and fresh.intent in bot.siblings(topic)
            and not bot.names_thing(self.analysis)
            and bot.matcher.explains(topic, self.analysis)
            and not (_THEN.search(self.folded) and fresh.intent == bot.matcher.next_step(topic))
        ):
            return self._answer(topic)
        return None

    def _in_the_topics_words(self, topic: str) -> Decision | None:
        """A word or two of the topic's passage ask of it: "early?" after the MRI is its passage's
        "earliest stages", not the early treatments."""
        bot, fresh, analysis = self.bot, self.fresh, self.analysis
        if (
            self.short
            and fresh.kind == ANSWER
            and fresh.intent is not None
            and bot.is_thing(topic)
            and not bot.names_thing(analysis)
            and analysis.terms
            and set(analysis.terms) <= bot.matcher.said(topic)
            and not related(bot, fresh.intent, topic)
            and not ALTERNATIVES.search(self.folded)
        ):
            return self._answer(topic)
        return None

    def _of_a_line_briefly(self, topic: str) -> Decision | None:
        """A word or two of a line of the topic's list ask of that line: "and radiation?" after the
        causes asks of "radiation therapy or chemotherapy", not the MRI's "It does not involve
        radiation"."""
        bot = self.bot
        if (
            self.short
            and self.fresh.intent != topic
            and not bot.names_thing(self.analysis)
            and bot.matcher.on_its_list(topic, self.analysis)
        ):
            return self._answer(topic)
        return None

    def _it_is_the_topic(self, topic: str) -> Decision | None:
        """An "it" that must be the topic (``_about_the_topic``): its passage answers, or the page does not."""
        if not (self.leaning and self._about_the_topic(topic)):
            return None
        if self.bot.matcher.explains(topic, self.analysis):  # "does it fix blood flow?" after the drilling
            return self._answer(topic)  # (as the other topic answers here)
        return self._decline(topic)

    def _on_its_list(self, topic: str) -> Decision | None:
        """The list of a question about "the list" is the topic's: "are both on the list?" after the
        causes, not the surgeries' "list"."""
        bot, analysis = self.bot, self.analysis
        if (
            ON_THE_LIST.search(self.folded)
            and bot.matcher.list_length(topic)
            and not bot.names_thing(analysis)
            and (bot.matcher.explains(topic, analysis) or set(analysis.terms) <= bot.matcher.subject)
        ):
            return self._answer(topic)
        return None

    def _of_its_kind(self, topic: str) -> Decision | None:
        """Whether the thing talked about is of a kind is said by its own passage: "is it surgery?" after
        core decompression ("In this surgical procedure")."""
        if self.bot.is_thing(topic) and _IS_IT_A_KIND.fullmatch(fold(self.bot.normaliser.spell(self.text))):
            return self._answer(topic)
        return None

    def _of_a_place(self, topic: str) -> Decision | None:
        """The topic's question again, of a place: "and in the hip?" after the symptoms asks the symptoms
        again, of the hip: the page says where it happens in what it is, and nothing of one joint
        apart from the others."""
        terms = self.analysis.terms
        if _IN_PLACE.fullmatch(self.folded) and terms and set(terms) <= self.bot.matcher.definition_words():
            return self._answer(topic)
        return None

    def _of_an_amount(self, topic: str) -> Decision | None:
        """An amount asked of what the topic's passage gives an amount of: "how much?" after the
        X-ray's radiation."""
        if not self.analysis.terms and self.bot.matcher.states_amount(self.text, topic):
            return self._answer(topic)
        return None

    def _a_count_of_its_list(self, topic: str) -> Decision | None:
        """A bare count after a list just shown is how many it holds, which the list shows: "how many are
        there?" after the causes (though "how many" alone reads as how common the disease is; and after
        "is it common?" was declined, it still asks so). A passage that names two things is no list."""
        if (
            self.shown
            and _HOW_MANY.fullmatch(self.folded)
            and (self.bot.parts_of(topic) or self.bot.matcher.list_length(topic))
        ):
            return self._answer(topic)
        return None

    def _of_its_subject(self, topic: str) -> Decision | None:
        """Words only of the subject say nothing of their own: "whose bone do they use?" after the bone
        graft asks of the graft, and "they" is the topic's; so is "can I use my own bone?", when the
        topic's passage speaks of bone (not the MRI's), and the bone is no name of the disease ("and AVN?")."""
        bot, terms = self.bot, set(self.analysis.terms)
        if (
            terms
            and terms <= bot.matcher.subject
            and bot.is_thing(topic)
            and (THEY.search(self.folded) or (terms <= bot.matcher.said(topic) and terms.isdisjoint(bot.title_terms)))
        ):
            contextual = self._with_context(topic)
            if contextual.kind == ANSWER and contextual.intent == topic:
                return contextual
        return None

    def _its_own_question(self, topic: str) -> Decision | None:
        """After the symptoms, "what causes it?" asks the causes' own question with "it" for the
        disease: the topic is an aspect of the disease, not a thing "it" could stand for."""
        fresh, folded = self.fresh, self.folded
        if (
            self.confident
            and fresh.intent is not None
            and fresh.intent != topic
            and not self.bot.is_thing(topic)
            and IT.search(folded)
            and not _THAT.search(folded)
            and self.bot.matcher.restates(fresh.intent, self.analysis)
        ):
            return fresh
        return None

    def _opening_with_a_thing(self, topic: str) -> Decision | None:
        """A follow-up that opens with a thing is about it: "and the core decompression that comes
        before it?" after the graft is about the decompression, whatever "it" and the graft's passage
        say of it; so is "the replacement option, what is it?" after the treatments about the
        replacement, which its opening words name surely, though by no name of it."""
        fresh, bot = self.fresh, self.bot
        opened = _OPENS_WITH.match(self.folded)
        if not (opened and fresh.kind == ANSWER and fresh.intent not in (None, topic)):
            return None
        name = opened.group("name")
        if thing_named(bot, name) == fresh.intent:
            return fresh
        plain = _KIND_AFTER.sub("", name)
        if plain == name:
            return None  # (words with no kind after them may be of the topic: "the radiation, how much?")
        alone = decide(bot.matcher.understand(plain)[1], bot.answers)
        if alone.intent == fresh.intent and bot.is_thing(fresh.intent) and alone.confidence >= FRESH_CONFIDENT:
            return fresh
        return None

    def _with_or_without_context(self, topic: str) -> Decision:
        """The question's own reading, or the one with the topic as context where it leans on it."""
        bot, fresh, analysis, folded = self.bot, self.fresh, self.analysis, self.folded
        if self._a_sibling_asked_of_the_topic(topic):
            return self._answer(topic)
        if (self.confident and not self.pointing) or not (analysis.terms or self.pointing):
            # "and the x-ray?" names its own topic; "how are you?" names none: context adds nothing.
            return fresh
        contextual = self._with_context(topic)
        if contextual.kind != ANSWER or contextual.intent is None:
            return fresh
        named_it = self.named and contextual.intent == topic and IT.search(folded)
        if named_it and bot.matcher.explains(contextual.intent, analysis):
            return contextual  # named just before, the topic is what "it" means: "back to the MRI, can it…?"
        if not bot.matcher.explains(contextual.intent, analysis) and (
            not self.pointing or bot.matcher.foreign(analysis)
        ):
            # "how much prednisone is safe?" after MRI is not about MRI; "is it serious?" is about
            # nothing the page says, whatever "it" is.
            return fresh
        own = fresh.kind == ANSWER and fresh.intent is not None and self._own_aspect(fresh.intent, topic)
        if own and not (IT.search(folded) and bot.is_thing(topic)):
            # "it" is a test's or treatment's, whatever else the question says ("does it help with pain?"
            # after the drilling); after the causes, "is it common in older people?" asks of the disease
            return fresh
        best = self.candidates[0].score if self.candidates else 0.0
        plausible = {c.key for c in self.candidates if c.covered and best - c.score <= CONTEXT_MARGIN}
        # Context may replace a reading that is not confident; a confident one it may only narrow
        # down, choosing among the readings the question allows on its own ("does it use radiation?").
        if not self.confident or contextual.intent in plausible:
            return contextual
        return fresh

    def _a_sibling_asked_of_the_topic(self, topic: str) -> bool:
        """Whether a few words that name no thing ask what the topic's own examples ask too, though
        alone they read as a sibling's: "made of what?" after the joint replacement asks what the new
        joint is made of, not the graft."""
        bot, intent, terms = self.bot, self.fresh.intent, self.analysis.terms
        if not (
            len(self.folded.split()) <= FRAGMENT_WORDS
            and terms
            and self.fresh.kind == ANSWER
            and intent is not None
            and intent != topic
        ):
            return False
        matcher = bot.matcher
        return (
            intent in bot.siblings(topic)
            and not bot.names_thing(self.analysis)
            and matcher.question_terms(intent).isdisjoint(terms)
            and matcher.said(intent).isdisjoint(terms)
            and all(matcher.uses(topic, t) for t in terms)
        )

    def _with_context(self, topic: str) -> Decision:
        """Decide on the question with the topic's own question added as context."""
        terms = sorted(self.bot.matcher.question_terms(topic))
        merged = replace(self.analysis, terms=tuple(dict.fromkeys([*self.analysis.terms, *terms])))
        return decide(self.bot.matcher.rank(merged), self.bot.answers)

    def _own_aspect(self, intent: str, topic: str) -> bool:
        """Whether a question uses a word of the intent's question or passages that the topic's
        never use: "what helps with the pain?" after the symptoms asks how they are treated, and
        "does the surgery where they drill a tunnel help?" after the early treatments asks about
        the drilling. Context then has nothing to add to the question's own reading."""
        if topic == intent:
            return False
        matcher = self.bot.matcher
        theirs = matcher.question_terms(topic) | matcher.said(topic)
        asked = (matcher.question_terms(intent) | matcher.said(intent)) - theirs
        return any(t in asked and not matcher.uses(topic, t) for t in self.analysis.terms)

    def _about_the_topic(self, topic: str) -> bool:
        """Whether "it" in the question must be the topic, not the disease.

        That is so when the topic is a thing of its own (a test, a treatment: a section apart from
        the one that says what the disease is), the question read alone lands in another section,
        and it is not simply that section's own question with "it" for the disease ("how is it
        treated?" after the MRI asks about the disease). When the thing was named just before the
        question ("the first one, how is it done?"), "it" can only be that thing.
        """
        bot, fresh, analysis = self.bot, self.fresh, self.analysis
        if fresh.kind != ANSWER or fresh.intent is None or not bot.is_thing(topic):
            return False
        if bot.is_thing(fresh.intent) or bot.names_thing(analysis):
            return False  # "does the MRI show it?": the question names its thing
        if any(t in bot.matcher.subject and t not in bot.matcher.question_terms(topic) for t in analysis.terms):
            return False  # "and the disease itself, is it painful?" after the X-ray: "it" is the disease
        if (
            not self.named
            and not _THAT.search(analysis.phrase)
            and bot.matcher.owns(fresh.intent, analysis)
            and not bot.matcher.explains(topic, analysis)
        ):
            # "does smoking cause it?" after the treatments: "it" is the disease, whose causes name
            # smoking; "is that related to decompression sickness?" asks about the topic.
            return False
        return self.named or not bot.matcher.restates(fresh.intent, analysis)

    # -- the reading alone, mended ----------------------------------------------------------------
    def _by_name(self, fresh: Decision) -> Decision:
        """A question that names one test or treatment by its name is about that one, not another
        of its kind: "is the bone x-ray a big dose of radiation?" is not about the MRI, whose examples
        speak of radiation more; nor, within ``NAMED_MARGIN``, about the disease ("does an MRI hurt?").
        One that names every thing of a list, or their kind in the plural, or compares two by name,
        is about the list ("do the scans involve radiation?"), unless it chooses one."""
        bot, analysis, candidates, folded = self.bot, self.analysis, self.candidates, self.folded
        compared = self._compared()
        if compared is not None:
            # "what's the difference between osteotomy and bone decompression?": the list that
            # gives both, not one of them (nor a decline when neither reads alone)
            return Decision(ANSWER, compared, confidence=fresh.confidence)
        if fresh.kind != ANSWER or fresh.intent is None:
            return fresh
        if bot.is_thing(fresh.intent):
            wider = bot.list_of(fresh.intent)
            siblings = bot.siblings(fresh.intent)
            if (
                wider
                and not _CHOOSING.search(folded)
                and (set(siblings) <= set(bot.things_named(analysis)) or _PLURAL_KIND.search(folded))
            ):
                # Naming every one of its list, or its kind in the plural, asks about the list: "X-ray is
                # enough or need the MRI also?", "do the scans involve radiation?". (Not a choice: "is
                # MRI better than X-ray for early AVN", "which of the operations uses donor bone?".)
                return replace(fresh, intent=wider)
        if _SET_ASIDE.search(self.text):  # "...change the angle of the bone instead of replacing the joint"
            analysis = without_set_aside(bot, self.text)
        named = bot.one_thing(analysis, past_subject=True)  # "does the x-ray show avn?" is about the x-ray
        if named is None or named == fresh.intent:
            return fresh
        if bot.is_thing(fresh.intent):
            # (a sibling of the same kind, or one of the list the reading quotes: "is MRI the best test
            # to catch it?" is about the MRI, not both tests; "scan or xray needed" names two)
            listed = named in bot.listed(fresh.intent) and " or " not in f" {folded} "
            one_of = named in bot.siblings(fresh.intent) or listed
            if one_of and any(c.key == named for c in candidates):
                return replace(fresh, intent=named)
            return fresh
        # A question about the disease wins a near tie only when it does not name a thing: "does an
        # MRI hurt?" asks about the scan, not the disease's pain. Unless it asks in the words of the
        # disease intent's own question: "what causes AVN after a hip replacement?" asks the causes (words
        # the thing's own passage says too tell nothing apart: "What happens in bone decompression?" is
        # about the decompression, whose passage speaks of the progression too).
        own_words = bot.matcher.question_terms(fresh.intent) - bot.matcher.subject - bot.matcher.said(named)
        best = candidates[0].score if candidates else 0.0
        if own_words.isdisjoint(analysis.terms) and any(
            c.key == named and best - c.score <= NAMED_MARGIN for c in candidates
        ):
            return replace(fresh, intent=named)
        return fresh

    def _compared(self) -> str | None:
        """The list intent that gives two or more things the question compares by name, or None."""
        if not _COMPARING.search(self.folded) or _CHOOSING.search(self.folded):
            return None
        named = self.bot.things_named(self.analysis)
        if len(named) < 2:
            return None
        lists = {self.bot.list_of(thing) for thing in named}
        return lists.pop() if len(lists) == 1 else None

    def _beyond_the_item(self, fresh: Decision) -> Decision:
        """A question that names a thing its reading's passages only enumerate, and asks of it in the
        words of another intent's own question, asks that: "how is avn of the shoulder diagnosed?" is
        the diagnosis (the shoulder is one of the bones the definition enumerates), not the bones
        affected."""
        bot, analysis = self.bot, self.analysis
        if fresh.kind != ANSWER or fresh.intent is None:
            return fresh
        items = bot.matcher.named_in_passing(fresh.intent)  # ("hip avn treatment": the hip wherever it comes up)
        rest = tuple(t for t in analysis.terms if t not in items)
        if len(rest) == len(analysis.terms) or not set(rest) - bot.matcher.subject:
            return fresh
        without = replace(analysis, terms=rest)
        if not any(
            c.covered and c.key != fresh.intent and bot.matcher.restates(c.key, without) for c in self.candidates
        ):
            return fresh  # (no close reading asks it so: the question is read again only when one might)
        other = decide(bot.matcher.rank(without), bot.answers)
        if (
            other.kind == ANSWER
            and other.intent is not None
            and set(bot.answers[other.intent]).isdisjoint(bot.answers[fresh.intent])
            and other.confidence >= FRESH_CONFIDENT
            and bot.matcher.restates(other.intent, without)
        ):
            return other
        return fresh

    def _by_its_frame(self, fresh: Decision) -> Decision:
        """A question whose frame asks what causes something, or how it is diagnosed or treated, is
        about the intent whose own question asks that, when that one is a close reading: "what would
        cause it in someone so young?" is the causes, not the age."""
        bot, candidates = self.bot, self.candidates
        if fresh.kind != ANSWER or fresh.intent is None:
            return fresh
        frame = bot.matcher.head(self.text)
        if frame is None:
            return fresh
        word, of = frame
        of_terms = set(bot.normaliser.analyse(of).terms)
        done = word.endswith("ed")  # (how something is diagnosed or treated, not what causes it)
        if done and not (IT.search(of) or of_terms & bot.matcher.question_terms(self._defining())):
            return fresh  # it asks of something else: "how is a bone fracture treated?"
        asked = bot.normaliser.analyse(word)
        if not asked.terms or bot.matcher.restates(fresh.intent, asked):
            return fresh
        best = candidates[0].score if candidates else 0.0
        framed = (c.key for c in candidates if c.covered and best - c.score <= FRAME_MARGIN)
        chosen = next((key for key in framed if bot.matcher.restates(key, asked)), None)
        if chosen is None or unanswerable(bot, self.text, fresh.intent):
            return fresh  # ("how is lupus treated?" asks of a cause what the page does not say)
        return replace(fresh, intent=chosen)

    def _defining(self) -> str:
        """The intent that asks what the subject is ("What is osteonecrosis?"), whose question names it."""
        defining = self.bot.matcher.defining()
        return defining[0] if defining else self.bot.kb.intents[0].id
