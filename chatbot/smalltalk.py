"""Recognise small talk, requests for personal medical advice, and requests to go on.

The bot's replies to these are its own short words: never a passage, never medical advice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .knowledge import Source
from .normalise import english_words, fold
from .patterns import LazyPattern


@dataclass(frozen=True)
class Chat:
    """What kind of chat turn a message is, and what is left of it once the pleasantry is gone."""

    # greeting, thanks, go_ahead, acknowledged, bye, identity, help, human, advice, urgent, more, what_else,
    # why, or prefix
    name: str
    rest: str = ""  # for "prefix": the question after a leading "hi," or "thanks,"


# Greetings and thanks in the languages users most often slip into: "hola, what is AVN?" is a
# greeting and a question, not a typo of "hole".
_HELLO_ABROAD = (
    r"hola|bonjour|bonsoir|salut|ciao|namaste|namaskar|salaam|salam|marhaba|merhaba|ola|konnichiwa|ni hao|"
    r"nihao|privet|hej|moin|servus|guten tag|buenos dias|buenas(?: tardes| noches| dias)?|bom dia|boa tarde"
)
_THANKS_ABROAD = (
    r"merci(?: beaucoup)?|(?:muchas )?gracias|danke(?: schon| sehr)?|vielen dank|grazie(?: mille)?|"
    r"obrigad[oa]|dhanyavad|shukriya|shukran|arigato|xie ?xie|spasibo|tesekkurler|dziekuje|bedankt|dank je"
)
# A learner apologising for their English, before a question or alone: "Sorry my English is not so good".
_IS_WEAK = r"is (?:not |very |a bit |a little )?(?:so |very |too |that )?(?:good|bad|poor|great|perfect|well|weak)"
_MY_ENGLISH = LazyPattern(
    r"english is not my (?:first|native|mother|main) (?:language|tongue)|"
    r"(?:i ?m |i am )?(?:sorry|excuse|pardon)(?: me)?(?: for| about| if)? (?:my )?(?:bad |poor |broken )?english"
    rf"(?: {_IS_WEAK})?|"
    rf"my (?:bad |poor |broken )?english {_IS_WEAK}|"
    r"(?:sorry|excuse me|pardon)(?: for| about)? (?:my )?(?:mistakes|errors)|"
    r"(?:i am |i ?m )(?:still )?learning english|i (?:don ?t|do not) speak english (?:very |so )?well"
)
_MANY_THANKS = r"(?:(?:many|big|huge) )?thanks?"  # "many thanks, that is most helpful"
_LEADING = re.compile(
    r"^(?:(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|dear)"
    r" (?:doctor|doc|sir|madam|sir or madam|all|everyone|there|team)|dear bot|dear sir|dear madam|"
    r"hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|ok(?:ay)?|"
    r"(?:question|help|q)(?= (?:what|whats|how|why|when|where|which|who|is|are|can|could|does|do|will|would|should)\b"
    r"|$)|so basically|basically|i was wondering|i wonder|"
    # asking to be told, before the question itself: "could you tell me who made you?"
    r"(?:(?:please|pls|plz) )?(?:(?:can|could|would|will) you (?:please )?(?:tell|explain to|show) me|can you explain|"
    r"could you explain|explain (?:to )?me|"
    r"i (?:would|d) like to know|i want to know|do you know)"
    r"(?= (?:what|whats|how|why|when|where|which|who|whether|if|is|are|can|could|does|do|will|would|should)\b)|"
    rf"{_HELLO_ABROAD}|{_THANKS_ABROAD}|"
    rf"thank you(?: (?:so|very) much)?|{_MANY_THANKS}|ty|ta|cheers|great|cool|perfect|alright|"
    r"sorry(?: to (?:bother|trouble)(?: you)?)?|"
    r"awesome|amazing|excellent|brilliant|well done|nice one|(?:good|great|nice) (?:bot|answer|answers|job)|"
    r"got it|i see|oh|ah|wow|oops|whoops|well|anyway|so|also|and|but|plus|k|kk|nvm|yo|never mind|noted|fair enough|"
    r"no worries|"
    r"fine|right|sure|understood|makes sense|actually|my bad|"
    r"(?:lol|haha+|lmao)(?= (?:sorry|oops|whoops|my bad|ok|okay|so|anyway|"
    r"what|whats|how|why|when|where|which|who|is|are|can|could|does|do)\b)|"
    r"wrong (?:chat|window|tab|person|thread|conversation|app|bot)|"
    # a complaint before what is wanted: "this is useless, I want to speak to a real person"
    r"(?:this|that|you)(?: is| s| are| re|s)? (?:so |totally |completely )?(?:useless|rubbish|pointless|no help)"
    r"(?= (?:i|can|could|please|just|get|let|what|how|why)\b|$)|"
    # "back to that, ..." but not "back to that scan, ...", which names what it goes back to
    r"(?:going |coming )?back to (?:that|this|it|my question)(?! (?:operation|surgery|procedure|op|test|scan|exam|"
    r"treatment|therapy|one)\b)|"
    r"one more (?:thing|question)|another question|(?:ok |and )?another one|"
    r"(?:random|quick|silly|dumb|stupid) (?:q|qn|qs|question)(?: but| though)?|"
    # A change of subject announced before the question: "ok switch topic, ...", "wait, ..."
    r"(?:a |one )?(?:(?:totally|completely|entirely|slightly|somewhat|very|bit of a|a bit) )?"
    r"(?:different|new|next|other|random|quick|last|final|unrelated|separate|side|general)"
    r" (?:question|thing|topic|query)(?: for you| but| though)?|"
    r"(?:i have|i ?ve got|got) (?:a|another) question|"
    r"(?:switch|switching|change|changing)(?: of)? (?:the )?(?:topic|subject)|on (?:a|another) (?:note|topic)|"
    r"moving on|by the way|btw|(?:no |oh )?wait(?: a (?:sec|second|minute|moment))?|hold on|hang on|hmm+|um+|uh+|"
    r"let me ask(?: you)?|"
    r"(?:can|could|may) i ask(?: you)?(?: (?:something|a (?:quick )?question|a few questions))?)\b\s*)+"
)
# Saying that an answer was understood, or enough, asks nothing more: "that helps", "that's a
# long list", "I'll ask my doctor". (Read whole: "that helps with pain?" is no such statement.)
_ACKNOWLEDGED = (
    r"(?:(?:oh |ah |wow |ok |okay |well )*(?:that|this|it)(?: s| is| was| has been|s)?"
    r"(?: (?:really|very|so|super|quite|a|all|just|a lot|a bit|actually|honestly|genuinely|definitely|truly))* "
    r"(?:helpful|helps|helped|useful|clear|clearer|great|good|fine|perfect|enough|interesting|informative|"
    r"a lot|long list|lot to take in|what i needed|what i wanted|all i needed|all i wanted|"
    r"(?:makes|made) sense|answers (?:it|that|my question)|answered (?:it|that|my question))"
    r"(?: (?:to know|for now|for today|for the moment|then|thanks|thank you|a lot|so much|loads|heaps|a ton))*|"
    r"(?:you ?re|you are)(?: (?:so|very|really|pretty|quite))? (?:quick|fast|smart|clever|good|great|helpful|"
    r"awesome|amazing|nice|kind|brilliant)|"
    r"(?:that |it )?makes sense|i (?:understand|get it|see)(?: now)?|"
    r"(?:i(?: ll| will|ll| am going to| m going to|m going to| shall)? |will |gonna |going to )"
    r"(?:ask|talk to|speak to|speak with|check with|discuss (?:it|this|that) with|see|call|ring|"
    r"phone|go (?:back )?to|go and see|book (?:in )?with|make an appointment with|get an appointment with) "
    r"(?:my|the|her|his|our|their) (?:\w+ )?(?:doctor|doc|gp|surgeon|specialist|physician|consultant|nurse|team|"
    r"physio|\w{3,}ist)"
    r"(?: (?:then|about (?:it|that|this|(?:the |a |an |my |his |her )?(?:\w+ )?\w+)|tomorrow|next time|first))*|"
    # "ok I'll ask them", after talk of what the doctors do
    r"(?:i(?: ll| will|ll) |will )(?:ask|check with|talk to|speak to) (?:them|him|her)"
    r"(?: (?:then|about (?:it|that|this)|tomorrow|next time|first))*|"
    # what one means to do, said with "I'll": "right, I'll ask for an MRI then"
    r"i(?: ll| will|ll) (?:ask (?:for|about)|look into|read up on|think about|bring up|mention)(?: \w+){1,4}|"
    r"you(?: ve| have)? been (?:very |really |so |a )?(?:helpful|great|kind|a great help|a big help)|"
    r"(?:very|really|super) helpful|"
    # a compliment: "good bot", "great answer", "awesome"
    r"(?:(?:very |really |so )?(?:good|great|nice|awesome|amazing|excellent|brilliant|cool|perfect|helpful) "
    r"(?:bot|answer|answers|job|one|stuff|work|reply|info)|awesome|amazing|excellent|brilliant|well done|nice one)|"
    r"(?:ok |okay )?(?:alright|all right|right|fair enough|no worries|np|nvm|never mind|noted)(?: then)?)"
)
# Thanks followed by a remark rather than a question: "thanks, I'll raise it at my next appointment",
# "thank you, you have been most patient". Only a remark in one of these shapes is taken with the
# thanks; anything else after thanks is read as the question it may be ("thanks, symptoms of avn").
_THANKED = re.compile(rf"\b(?:thank you|thanks?|ty|ta|cheers|much appreciated|{_THANKS_ABROAD})\b")
_REMARK = LazyPattern(
    r" *(?:"
    r"i(?: ll| will|ll| shall) (?!ask\b(?! (?:my|the|her|his|our) )|want|need|like)|"
    r"i (?:feel|felt|appreciate|understand|see|get it|really appreciate|am grateful|m grateful|am relieved|m relieved|"
    r"must say|think i (?:understand|get it))\b|"
    r"(?:you|you ?ve|you ?re|you have|you are|you were) (?:been |so |very |really )*"
    r"(?:helpful|kind|patient|great|brilliant|a great help|a big help|most|ever so|very|so|really|wonderful|lovely)\b|"
    r"(?:that|this|it|that ?s|it ?s|this is|that is|it is|that was|this was|it was)"
    r" (?:has (?:really |truly |so )?(?=helped)|(?:was|is|has been|really|very|so|most|all|a|very|quite) )*"
    r"(?:helpful|helped|helps|useful|clear|great|good|fine|perfect|enough|interesting|informative|kind|reassuring|"
    r"what i needed|all i needed|a relief|a lot|lovely|brilliant)\b|"
    r"(?:for|about) (?:your|the|all|being|helping|explaining|that|this|everything|it|taking|answering|"
    r"listening|the help|the info)\b|"
    r"(?:so|very|ever so|really) much\b|a lot\b|loads\b|again\b|anyway\b|kindly\b|most (?:kind|helpful|informative)\b|"
    r"(?:have a|enjoy your) (?:good|nice|great|lovely) (?:day|evening|night|one|weekend)\b|take care\b|"
    r"(?:sorry|apologies) (?:for|about) (?:the|my|all|asking|bothering|being)\b|"
    r"(?:bye|goodbye|see you|talk soon|speak soon)\b|"
    r"(?:doctor|doc|bot|dear|mate|sir|madam|friend|young man|love|my friend)\b"
    r")"
)
# ...and what makes it a question nonetheless: a question word anywhere, or a request or an
# auxiliary opening it ("thanks. back to surgery, whats the one where...", "thanks, and the hip").
_ASKING = re.compile(
    r"\b(?:what|whats|how|why|when|where|which|who|whose)\b|"
    r"^ *(?:can|could|is|are|was|were|do|does|did|will|would|should|shall|may|might|must|tell|explain|give|"
    r"show|list|describe|any|back to|about|and|but|also|one more|another|now|then)\b"
)
# ...or a yes/no question after the remark: "thanks, this has helped, is it genetic", "...can kids get it"
_YES_NO_AFTER = re.compile(
    r"\b(?:is|are|can|could|does|do|did|will|would|should) (?:it|this|that|they|kids|children|people|i|you|he|she|we|"
    r"avn|osteonecrosis|there)\b"
)
_APOLOGY_WORDS = ("english", "mistake", "error")
_ANNOUNCED = re.compile(r"\b(?:question|questions|ask|query)\b")


# What a user may take the bot for: "are you a real doctor or a bot?"
_BEING = (
    r"(?:(?:real|human|actual|live|automated) )?"
    r"(?:bot|robot|human|person|doctor|nurse|ai|machine|computer|real|chatbot|program|real person|human being)"
)
_TRYING_OUT = frozenset(("test", "a test", "just a test", "this is a test", "just testing"))
_WHOLE = {
    "greeting": r"(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|yo|hallo|"
    rf"{_HELLO_ABROAD})"
    r"(?: there| bot)?(?: how are you)?|how are you(?: doing)?(?: today)?|how ?s it going|what ?s up|sup|"
    r"(?:(?:hi|hello|hey) )?(?:is )?(?:any ?one|any ?body|someone|somebody) (?:there|here|around)|"
    r"(?:nice|pleased|glad|good) to meet you|"
    r"(?:i )?(?:trust|hope) (?:you are|you re|youre) (?:keeping )?(?:well|ok|okay|good|fine)|"
    # trying the bot out: "testing, testing", "test test", "is this working?" (a bare "test?" may ask of the tests)
    r"testing(?: (?:test|testing|1 2 3|123|one two three))*|test(?: (?:test|testing|1 2 3|123|one two three))+|"
    r"is this (?:thing )?(?:working|on))",
    "thanks": r"(?:(?:sorry (?:for|about) (?:all |so many |the |these |my )*(?:questions|bother|trouble) )?"
    r"(?:ok(?:ay)? |k |great |cool |perfect |alright |all right )?"
    rf"(?:thank you|{_MANY_THANKS}|ty|ta|cheers|much appreciated|"
    rf"{_THANKS_ABROAD})"
    r"(?: (?:a lot|so much|very much|again|anyway|doctor|doc|bot|sir|madam|mate|friend|my friend|dear|love|"
    r"for (?:that|this|(?:the|your|all the|all your) (?:info|infos|information|informations|help|"
    r"answers?|time|patience|explanation)|being (?:so )?(?:patient|helpful|kind)(?: with me)?|"
    r"helping(?: me)?|explaining(?: (?:that|this|it))?)|(?:you ?re|your|you are) (?:the best|great|a star|amazing)))*|"
    r"(?:ok(?:ay)?|k|kk|great|cool|perfect|got it|i see|nice|good|lol ok|lol|ok then|understood|fine|wow|oh wow))",
    # (read only when the message does not end in "?": "it helps?" asks)
    "acknowledged": _ACKNOWLEDGED,
    "bye": r"(?:(?:ok |okay )?(?:bye|goodbye|good bye|see you|see ya|farewell|later)(?: for now| then| now)?|"
    r"have a (?:nice|good|great|lovely) (?:day|evening|one|weekend|night)|take care|"
    r"that(?: s| is|s) (?:all|everything)|i ?m done|no more questions|nothing else)(?: now)?",
    "identity": rf"(?:who|what) are you(?: (?:a |an )?{_BEING})?|"
    rf"(?:(?:are|r) )?(?:you|u)(?: (?:a|an|the|really|actually|just|even))* {_BEING}"
    rf"(?: or (?:a |an |just |only |simply )?(?:a |an )?{_BEING})*|"
    r"what is your name|whats your name|who made you|who built you|how old are you|"
    r"where are you(?: from| based| located)?|"
    # small talk about the bot's day: "what's the weather like where you are?"
    r"(?:what ?s|what is|how ?s|how is) the weather(?: like)?(?: (?:where you are|there|today|over there|for you))?|"
    # and the clock or the calendar: "what time is it?", "can you tell me the time?", "what's the date today?"
    r"(?:(?:can|could) you (?:tell|give) me |do you (?:know|have) )?(?:what ?s |what is )?the (?:time|date)"
    r"(?: (?:now|today|right now|there|where you are))?|"
    r"what time is(?: it)?(?: now| right now)?(?: there| here| where you are| in (?!(?:the )?(?:later?|early|stages?|"
    r"recovery|rehab|physio|surgery|hospital|avn|osteonecrosis)\b)\w+(?: \w+)?)?|"
    r"what (?:day|date) is it(?: today)?|what ?s today ?s date|"
    rf"is this (?:a |an )?{_BEING}(?: or (?:a |an )?{_BEING})*|"
    rf"am i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?{_BEING}(?: or (?:a |an )?{_BEING})*|"
    r"(?:who|what) am i (?:talking|chatting|speaking|writing) (?:to|with)(?: (?:here|right now|now))?|"
    r"who (?:is|s) (?:this|that|there|on the other end)",
    "help": r"help|help me|what can you do|what can i ask(?: you)?|what do you know|how does this work|"
    r"what (?:topics|subjects|things) (?:do|can) you (?:cover|answer|know about|talk about)|what do you cover|"
    r"what questions can you answer|what can you tell me|menu|commands|what do you do",
    "human": r"(?:can i |i want to |i wanna |i need to |i ?d like to |let me |please )?(?:talk|speak|chat) (?:to|with) "
    r"(?:a |an |the )?(?:real )?(?:person|human|someone|agent|operator|nurse|doctor|somebody|staff)"
    r"(?: (?:please|now|right now|immediately|asap|urgently))*|"
    r"(?:real|human) (?:person|agent)|customer (?:service|support)|call me",
    "more": r"(?:is there )?anything else (?:i|we) (?:should|need to|ought to|must) know(?: about (?:it|this|that))?|"
    r"(?:please )?(?:tell me |say |give me |show me )?(?:a (?:bit|little) |some )?more"
    r"(?: (?:please|about (?:it|that|this)|info|information|details))*|go on|continue|please continue|"
    r"keep going|(?:can you |could you |please )?elaborate(?: please)?|next|(?:and )?then|and|carry on|more please|"
    r"(?:please |pls |can you |could you )?explain (?:me |to me |it )?(?:a (?:bit|little) |some )?more(?: please)?|"
    r"(?:and |now )?(?:the )?(?:long|longer|full|detailed|whole) (?:version|story|answer)(?: please)?|"
    r"(?:and |so )?(?:what (?:comes|happens|is done|do they do) (?:next|after(?: that| this| it)?)|what ?s next|"
    r"what next|then what|and after that|after that|(?:and )?then what (?:do they do|happens|comes|is done))",
    # (and a bare question word or "any others?": the passage just quoted is the document's answer)
    "why": r"(?:and |but |so |ok )?(?:why|why is that|why so|why not|how come|how so|really|is that (?:true|so|right)|"
    r"how|how exactly|how then|when|by whom|by who|who by|which ones|any others|others|any more|"
    # a fragment asking a detail of the passage just quoted: "from whom?", "of what?", "like what?"
    r"(?:from|of|with|by|for|to) (?:whom|who|what|where)|where from|who|whom|(?:what|which) year|year|since when|"
    r"(?:what|which) (?:kind|kinds|type|types|sort|sorts)(?: of (?:things|stuff|ones))?|like what|"
    r"for example|for instance|such as|examples?|"
    # the passage just quoted again, a part of it: "can you explain the last bit?"
    r"(?:can you |could you |please )?(?:explain|clarify|expand on|repeat) (?:the |that )?"
    r"(?:last |first |second |final |previous )?(?:bit|part|sentence|line|paragraph|point)(?: again)?|"
    r"for what reason|what for|whats the reason|what ?s the reason|what is the reason|why is it done|"
    # what a thing is for: "goal?", "purpose?", "what's the aim of it?" (its passage says what it aims at)
    r"(?:(?:and |so )?(?:what ?s |what is |what are )?(?:the |its )?(?:main )?"
    r"(?:goals?|purposes?|aims?|point|objectives?|benefits?|rationale|indications?|reasons?)"
    r"(?: of (?:it|that|this)| for (?:it|that|this))?)|"
    r"are you sure|what do you mean)(?: exactly| then| though)?",
    # the passage just quoted, said again or more simply (only ever quoted again: the page's words are
    # the answer): "sorry, what?", "come again?", "I don't get it", "in plain english please", "shorter"
    "again": r"(?:(?:sorry|pardon|huh|eh|um|erm|hmm|wait|what|ok|so) )*(?:what|pardon|pardon me|huh|eh|come again|"
    r"(?:(?:can|could|would) you |please )?(?:say|repeat|explain|put) (?:that|it|this)(?: again| once more)?|"
    r"again|once more|one more time|what did you say|what was that|"
    r"i (?:don t|dont|do not|didn t|didnt|did not) (?:understand|get)(?: (?:it|that|this))?(?: at all)?|"
    r"(?:i m |im |i am )?(?:confused|lost)|"
    r"(?:(?:can|could|would) you |please )?(?:(?:say|put|explain|repeat) (?:that|it|this) )?"
    r"(?:(?:in|using|with) (?:simpler|plainer|easier|simple|plain|easy|everyday|lay|layman s|laymans) "
    r"(?:terms|words|english|language)|simpler|more simply|more plainly|shorter|(?:the |a )?short version|"
    r"in short|in a nutshell|briefly|eli5|simplify(?: (?:that|it|this))?)|"
    # "remind me what the full list was again?"
    r"(?:(?:can|could) you )?remind me(?: (?:what|of) (?:the |that )?(?:full |whole )?list(?: was| is)?)?(?: again)?|"
    r"what (?:was|is) (?:the|that) (?:full |whole )?list(?: again)?|"
    r"(?:(?:can|could) you )?(?:repeat|show me|give me) (?:the|that) (?:full |whole )?list(?: again)?)",
    "what_else": r"(?:and |so )?(?:what|anything) else(?: (?:can you tell me|is there|should i know|"
    r"do you know|can i ask))?(?: about (?:it|that|this))?|what other questions|anything more|related questions",
}
_WHOLE_RE = {name: re.compile(rf"(?:{pattern})(?: please)?") for name, pattern in _WHOLE.items()}
_AND_LATER = re.compile(r"(?:and|but|or|what about|how about) later(?: on)?")
# (asked, "later?" is a question of time, "and later?" after the symptoms, no goodbye)
_ASKABLE_RE = {name: pattern for name, pattern in _WHOLE_RE.items() if name not in ("acknowledged", "bye")}

# Going on with daily life: work, sport, travel, drinking (not "work out" what a picture shows, nor
# "run through" the surgeries, nor "walk me through" them).
# (Not a request to the bot: "could you walk through the diagnosis", "can you dive into the causes".)
_ACTIVITY = (
    r"(?!\w+ (?:me |us )?(?:through|thru|into|by you)\b|run (?:a|an|some|something|this|that)\b)"
    r"(?:work(?! out)|working|walk(?! (?:me|us|you) )|walking|drive|driving|run(?! through)|running|drink|drinking|"
    r"climb|climbing|exercise|exercising|play|playing|swim|swimming|dive|diving|travel|travelling|traveling|"
    r"fly|flying|lift|lifting|jog|jogging|cycle|cycling|dance|dancing|ski|skiing|golf|hike|hiking|"
    r"do (?:sports?|exercise|my job))\b"
)
# Daily life asked of in general ("is walking good for it?"); not drinking or diving, which the page
# lists among the causes ("is drinking bad for your bones?" is answered by that list).
_DOING = (
    r"walking|running|exercise|exercising|swimming|cycling|jogging|sports?|yoga|driving|"
    r"dancing|hiking|climbing|weight lifting|lifting weights|physical activity"
)
_SPORT = r"walk|run|drive|work|exercise|swim|jog|climb|lift|fly|travel|play|cycle|dance|ski|hike"
# Personal medical advice: what the user should do, or whether they have the disease.
# Whether one person will or would (not after a question word: "when do they need surgery?" asks of
# people in general)
_ONE_WILL = (
    r"(?<!\bwhen )(?<!\bwhy )(?<!\bhow )(?<!\bwhere )(?<!\bwhat )(?<!\bwhich )(?<!\bstage )"
    r"(?:do|does|will|would|must) (?:i|he|she|we|they|my \w+)"
)
_ADVICE = re.compile(
    r"\b(?<!weight )(?:(?:should|shall) (?:i|we|he|she|my|they)\b"
    r"(?! (?:actually |really |also |still |even |just )?"
    r"(?:go(?:\s*$| to (?:download|read|find|learn|see|check)\b)|know|ask(?! to\b| for (?:a|an|the|my|some)\b)|"
    r"tell|expect|understand|read|learn|mention|use|look|watch|trust|believe|rely on|"
    r"notice|list|memori[sz]e|remember|"
    r"be (?:watching|looking|aware|on the lookout)|keep an eye|visit|"
    r"go (?:to|on) (?:the |a |which |what |this )?(?:web ?site|site|page|link|web)|go to for|go to$|"
    r"point (?:her|him|them|people|patients|you) to|"
    r"include|cover|write|study|revise|cite|quote|credit|reference|acknowledge|compare|"
    r"bring (?:a |my |the |all )?(?:list|medicines|medications|meds|tablets|pills|supplements))\b)|"
    r"what (?:should|do) (?:i|we) do|"
    r"is it (?:safe|ok|okay|dangerous) for me|can i (?:stop|quit|skip|switch|double)|"
    r"(?:is|was) it (?:for|in) (?:me|him|her)\b|too late for (?:me|him|her|us)|"
    r"(?:does|do|did) (?:he|she|they|my \w+) have (?:it|this|avn|osteonecrosis)|"
    # whether one person's pain or illness comes of something, or is it: "is his hip pain from the
    # drinking?", "is that why her hip hurts now", "does that mean she has osteonecrosis?", "in my case"
    r"(?:is|was) (?:his|her|my|their) (?:\w+ )?(?:pain|ache|aches|problem|symptoms?) "
    r"(?:from|caused by|due to|because of)\b|"
    r"(?:is|was) (?:that|this|it) why (?:his|her|my|their) (?:\w+ )?(?:hurts?|aches?|is sore|is painful|pain)\b|"
    r"(?:does|do) (?:that|this|it) mean (?:he|she|they|my \w+) (?:has|have|had|got|has got|s got) "
    r"(?:it|this|avn|osteonecrosis)\b|"
    r"(?:does|do) (?:that|this|it) mean (?:my|his|her|their) \w+ (?:caused|causes|is causing) (?:it|this)\b|"
    r"(?:is|was) (?:that|this|it) what (?:i|he|she|they|my \w+)(?: s| has| have| ve)? got\b|"
    r"\bin (?:my|his|her|their) case\b|"
    r"which of (?:my|his|her|their) (?:meds|medicines|medications|drugs|tablets|pills)\b|"
    r"(?:what (?:is|s)|whats) the (?:chance|chances|odds|likelihood) (?:that )?(?:i|he|she|they|my \w+)"
    r"(?: actually| really)? (?:have|has|got)\b|"
    # "has he got avn?", said last (not how or where he got it: "how has he got avn", "which joints has he got it
    # in", "have they got it narrowed down")
    r"(?<!\bhow )(?<!\bwhy )(?<!\bwhere )(?<!\bjoints )(?<!\bbones )"
    r"(?:has|have) (?:he|she|they|my \w+) got (?:it|this|avn|osteonecrosis)"
    r"(?=$| (?:or|and|bad|badly|worse|too|as well|now|then|already)\b)|"
    r"(?:can|could) you tell (?:me )?(?:if|whether) (?:i|he|she|they|my \w+) (?:has|have|had|got|has got) "
    r"(?:it|this|avn|osteonecrosis)|"
    r"(?:if|whether) (?:my|his|her|their) (?:pain|hip|knee|shoulder|bone|symptoms?|problem) (?:is|are|was|could be) "
    r"(?:from|caused|due|because|avn|osteonecrosis|it|that)|"
    r"do i (?:have|need to (?:stop|go|see))(?! to)|am i (?:going to|dying|sick)|"
    # a conclusion drawn and offered to be confirmed: "so I've got it then?"
    r"^(?:so |then |oh )?(?:i|he|she|we|they|my \w+)(?: ve| have| has| s|ve|s)? got "
    r"(?:it|this|avn|osteonecrosis) then$|"
    # "do i have to get surgery", "will she definitely need an operation?", "do you think she'll need a new hip?"
    r"(?:" + _ONE_WILL + r"|(?:do )?you think (?:i|he|she|we|they|my \w+)"
    r"(?: ll| will| would|ll)?) (?:definitely |really |still |eventually |probably )?(?:have to|need to|need|got to) "
    r"(?:get |have |go for |undergo )?(?:an? |the )?(?:surgery|operation|op|new hip|new joint|new knee|hip replacement|"
    r"joint replacement|replacement|operated)\b(?! or (?:are|is|what|can|could|other|any)\b)|"
    # "would I have to come off my anti-rejection meds?", "will she have to stop drinking?"
     + _ONE_WILL + r" (?:have|need|got) to (?:stop|come off|quit|give up|cut out|cut down|reduce|lower|switch|avoid)\b|"
    r"(?:is|are) (?:he|she|they|my \w+) going to be (?:ok|okay|fine|alright|all right)|"
    r"will (?:i|he|she|they|my \w+) be (?:ok|okay|fine|alright|all right)|"
    r"(?:will|would) (?:i|he|she|they|my \w+) get (?:it|this|avn|osteonecrosis)|"
    r"(?:does|do) (?:that|this|it) mean (?:i|he|she|we|they)(?: will| ll|ll| would| could| might) "
    r"(?:definitely |surely |certainly |probably |also )?(?:get|have|develop) (?:it|this|avn|osteonecrosis)|"
    # ...asked in the order of a statement ("my brother drinks a lot, he will get it?"), or as one's odds
    # (not a thing one will get done: "My uncle will get it for his knee.")
    r"(?:i|he|she|they|we|my \w+) (?:will|would|is going to|are going to|am going to|gonna) (?:(?:get|develop|catch) "
    r"(?:it|this|avn|osteonecrosis)\b(?! (?:done|for (?:his|her|my|their|the|your) (?:\w+ )?"
    r"(?:hips?|knees?|shoulders?|ankles?|wrists?|joints?|legs?|arms?|bones?))\b)|have (?:it|this|avn|osteonecrosis)$)|"
    r"(?:is|are|am) (?:he|she|they|i|my \w+) going to (?:get|develop) "
    r"(?:it|this|avn|osteonecrosis)\b|"
    r"(?:what (?:is|are|s|re|would be)|whats) (?:my|his|her) (?:personal |own |actual |real )?"
    r"(?:chance|chances|odds|likelihood)\b(?! of (?:this|that|it) being)|"
    # (whether one will need a thing; not which of several, nor what kind: "will I need crutches or a
    # cane?", "what scans will I need?" ask of the page's lists)
    r"^(?!.*\b(?:what|which)\b).*?(?<!why )\b(?:do|will|would) (?:i|we|he|she) (?:need|have to have|require)\b"
    r"(?! to (?:know|tell|mention|say|bring|inform|let)\b)(?!(?: \w+){1,5} or\b(?! not\b))|"
    r"(?:am i|are we|is (?:he|she|my \w+)|are they) going to (?:need|have to have|require)\b|"
    r"(?:work|help|helps|works) for (?:me|him|her)\b|"
    r"(?:right|best|better|worse|safe|bad|good|dangerous|harmful|ok|okay) for (?:me|him|her)\b|"
    r"(?<!something is )(?<!something s )(?<!somethings )wrong with (?:me|my|him|her)|"
    r"do you think (?:i|he|she|my \w+) (?:have|has|had|might have|could have|may have|got)\b|"
    # a learner's statement made a question: "I have pain in hip since 3 month, I have avn yes or no?", "she
    # has avn or not?" (not "how can i tell if he has avn or not")
    r"(?<!\bif )(?<!\bwhether )(?:i|he|she|they|we|my \w+) (?:have|has|got|has got|have got) "
    r"(?:it|this|avn|osteonecrosis) (?:yes or no\b|or not\W*$)|"
    r"is my (?:pain|hip|bone|knee|shoulder|case)|"
    r"which (?:one|surgery|treatment) (?:is best for me|should (?:i|we|he|she|my|they)\b)|"
    r"recommend (?:me|for me)|what would you (?:do|recommend)|(?:can|could|will|would) you diagnose me|do you agree|"
    r"my (?:dose|dosage)|"
    # the bot's own pick for the one asking: "would you choose the osteotomy?", "do you think I need an MRI?"
    r"(?:would|will) you (?:choose|pick|go for|recommend|suggest|opt for)|"
    r"(?:which|what) (?:\w+ )?would you (?:recommend|choose|pick|suggest|go for)|"
    r"(?:do )?you think (?:i|he|she|we|my \w+) (?:need|needs|should|must|have to|has to)\b|"
    r"is it (?:ok|okay|safe|fine|alright|all right) (?:for (?:me|him|her) )?to take\b|"
    # a medicine or a choice for the one asking: "can he take ibuprofen for it?", "which one will my
    # doctor pick for me?"
    r"(?<!what )(?:can|could|should|may) (?:i|he|she|we|my \w+) (?:still )?take "
    r"(?!(?:a|an|my|the|this|these|those|it|them|pictures?|photos?|images?|notes?|copies|part|time|for|to)\b)\w+|"
    r"(?:will|would|should|could|does|do) (?:my \w+|the doctor|the surgeon|doctors|they) (?:pick|choose|select|suggest|"
    r"decide on)\b.{0,30}\bfor (?:me|him|her|us)|"
    # whether one's own pain is the disease, or one's own disease will get worse: "could my hip pain
    # be osteonecrosis?", "is my dad's AVN going to get worse?"; what one should do, said after
    # the one: "my sister wants to know if she should have the operation"
    r"(?:could|can|might|may) (?:my|his|her) (?:\w+ ){0,2}be (?:avn|osteonecrosis|avascular necrosis|it|this)\b|"
    r"(?:is|are) (?:my|his|her) (?:\w+ ){0,2}(?:avn|osteonecrosis) going to (?:get worse|collapse|heal|go away)\b|"
    r"(?<!says )(?<!said )(?<!told me )(?<!thinks )(?<!reckons )(?<!suggested )"
    r"(?:i|he|she|we|they) should (?:have|get|stop|start|try|avoid|cancel|go ahead)\b|"
    r"\bor not for (?:me|him|her|us)\b|"
    r"do you think (?:ive|i ve|hes|he s|shes|she s) got\b|"
    r"(?:ok|okay|safe|good|bad|fine) for (?:my|his|her) (?:avn|osteonecrosis|hip|hips|bones?|joints?|condition)\b|"
    # whether one is too old or young for an operation (too young for the disease asks its age)
    r"too (?:old|young) for (?:a |an |the |this |that |such an? )?(?:\w+ )?(?:surgery|operation|op|"
    r"replacement|procedure|graft|osteotomy|decompression)\b|"
    r"too (?:old|young) for (?:the|that|this) (?:\w+ ){1,2}one\b)\b"  # "is 81 too old for the drilling one"
)
# Whether an operation suits someone of an age, however it is put, is the "too old for surgery?" question:
# "is hip replacement ok for someone in their 70s", "my mum is in her 60s, can she have a hip replacement"
# (the page says who gets the disease, never who may have an operation).
_AN_AGE = LazyPattern(
    r"\b(?:in (?:their|his|her|my|your) (?:[2-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties)|"
    r"(?:at|aged?|of|is|s|im|i m) [1-9]\d\b(?! ?(?:mg|%|percent|days?|weeks?|months?|hours?))|"
    r"at (?:my|his|her|their|that) age)"
)
_OPERATION_SUITS = LazyPattern(
    r"\b(?:(?:surgery|operation|op|replacement|procedure|graft|osteotomy|decompression)\b.{0,40}\b"
    r"(?:ok|okay|safe|possible|an option|suitable|advisable|too risky)\b|"
    r"(?:can|could|would|will) (?:she|he|i|they|my \w+|we) (?:still )?(?:have|get|be given|go for) (?:a |an |the )?"
    r"(?:\w+ )?(?:surgery|operation|op|replacement|procedure|graft|osteotomy|decompression)\b|"
    r"\b(?:would|will|could|do) they (?:still )?(?:operate|replace|do (?:the |an |a )?(?:surgery|operation)))"
)
# Whether one's own trouble is the disease, asked after telling it: "I'm 28 and my hip's been hurting
# for months. Could it be avn?", "my MRI report says bone marrow oedema, is that AVN?" ("is this avn
# thing the bone dying?" asks what it is; with no one's trouble told, "could it be avn?" is left to
# the conversation).
_IS_IT_THE_DISEASE = LazyPattern(
    # (why it would be asks a reason: "they still want an MRI, why would that be for AVN?"; not a why one does not
    # know: "no idea why. would it be osteonecrosis?")
    r"\b(?:(?:could|can|might|may|(?<!why )would|(?<=know why )would|(?<=idea why )would|(?<=sure why )would|"
    r"(?<=out why )would|(?<=me why )would) (?:it|this|that|these|those) (?:\w+ )?be|"
    r"(?<!what )(?<!whats )(?<!what s )(?:is|was|are) (?:it|this|that|these|those)"
    r"(?: really| actually| possibly| maybe| perhaps)?) (?:(?!(?:a|an|the|what|how|why|which|when|where)\b)\w+ )?"
    r"(?:avn|osteonecrosis|avascular necrosis|bone death|necrosis|the disease)\b"
    r"(?! (?:thing|the same|same|like|called|mean|related|or|and|symptoms?|signs?|feels?|usually)\b)"
)
_ASKS_MORE = LazyPattern(r"\b(?:what|whats|how|which|why|when|where|who)\b")
# ...and "what exactly is this avascular necrosis?" asks what it is, whatever came before
_ASKS_WHAT_IT_IS = LazyPattern(r"\b(?:what|whats)(?: \w+)? $")
_DISEASE_WORDS = ("avn", "necrosis", "bone death", "the disease")  # (one of which the pattern needs)
# ...told as someone's own ("my", "I", "he") and as a trouble or a finding ("hurting", "stiff", "report")
_OWN = LazyPattern(r"\b(?:my|i|im|i m|ive|i ve|me|he|she|hes|she s|shes|his|her)\b")
_TROUBLE = LazyPattern(
    r"\b(?:hurt|hurts|hurting|pain|pains|painful|ache|aches|aching|achy|sore|stiff|stiffness|click|clicks|clicking|"
    r"limp|limping|swollen|swelling|killing|grinding|mri|x ray|xray|scan|report|results?|findings?|oedema|edema)\b"
)
# What a doctor told the user is the story before a question, not a request: "my surgeon says I'm too
# young for a hip replacement, so he suggests an osteotomy" ("am I too old for surgery?" still asks).
_REPORTED = re.compile(
    r"\b(?:says|said|thinks|thought|told me|tells me|reckons|feels)(?: that)? (?:i|he|she|we|they) ?"
    r"(?:m|s|am|is|are|re|was)? too (?:old|young) for\b"
)
# Diagnosing oneself from the page's pictures is what its note on images answers ("Can I use the
# images on this page to diagnose myself?"), not a request for advice.
_PAGE_IMAGES = LazyPattern(
    r"\b(?:the|these|those|your|its|this page ?s|the page ?s) (?:images|pictures|photos|illustrations)\b"
    r"(?! (?:of|from) (?:my|his|her|their|our)\b)"
)
# Whether one may go on with daily life: "can I keep working with AVN?", "is walking good for it?"
# (when one can is the recovery: "how soon can I walk after core decompression?"). Compiled on first
# need, and searched only in a message with one of its words: most messages have none.
_DAILY_LIFE = LazyPattern(
    r"\b(?:(?<!when )(?<!soon )(?<!long )(?<!quickly )(?<!fast )"
    rf"(?:can|could|may|should) (?:i|we|he|she|my \w+)(?: still| keep| continue(?: to)?| ever)? "
    rf"(?:scuba |deep sea |sea |weight |power |long distance |marathon )?{_ACTIVITY}|"
    rf"(?:can|could) (?:you|one) (?:still )?{_ACTIVITY} (?:with|if you have|when you have|while having)\b|"
    rf"is (?:{_DOING}) (?:good|bad|ok|okay|safe|allowed|harmful|dangerous|fine|recommended)|"
    rf"is it (?:ok|okay|safe|fine|allowed|bad|good|wise) to (?:{_SPORT})|"
    # (drinking or diving of someone who has it; "is it safe to dive?" alone the causes answer)
    r"is it (?:ok|okay|safe|fine|allowed|bad|good|wise) to (?:drink|dive|smoke)\b.{0,40}?"
    r"\b(?:if|when|while|now that|since|after) (?:i|you|he|she|we))\b"
)
_DAILY_WORDS = (
    "can ",
    "could ",
    "may ",
    "should ",
    " good",
    " bad",
    " ok",
    " safe",
    " allowed",
    " harm",
    " danger",
    " fine",
    " recommended",
    " wise",
)
_URGENT = re.compile(
    r"\b(?:(?:fell|fallen|collapsed|accident)\b.{0,40}\b(?:can ?t|cannot|unable to) (?:walk|move|stand|get up)|"
    r"emergency|unbearable|severe pain|excruciating|chest pain|bleeding|passed out|fainted|suicid\w*|"
    r"overdos\w*|high fever|can ?t breathe|(?:hip|leg|bone) (?:just )?(?:broke|snapped|gave way))\b"
)


# What to say back, asked last by staff: "...what should i say?", "what do i reply to them"
_WHAT_SHOULD_I = r"\b(?:what|how) (?:should|shall|do|can|could|would) (?:i|we) "
_SAY_BACK = LazyPattern(
    _WHAT_SHOULD_I + r"(?:say|answer|reply|respond)"
    r"(?: to (?:them|him|her|the patient|patients|the caller|people)| back)?$"
)
# Others who ask the staff, and what they ask (up to a stop), in the message as typed
_ASKED_BY_OTHERS = LazyPattern(
    r"\b(?:patients?|callers?|people|customers?|clients?|relatives|parents|families|visitors|students?|friends?|"
    r"someone|somebody|everyone|(?:my|the|our) (?!(?:doctor|doc|gp|nurse|surgeon|consultant|specialist|physio|dr|"
    r"boss|employer|manager|insurer|insurance)\b)\w+|getting|being|been)(?: \w+){0,4}? "
    r"(?:ask|asks|asked|asking)(?: me| us)? (?:if|whether|what|how|why|which|who|when|where|about|at|can|do|does|is|"
    r"are)\b([^,.;:?!]*)"
)
# (the question others ask ends where what to say back begins: "patients ask how it is diagnosed what should i say")
_SAY_BACK_TYPED = LazyPattern(_WHAT_SHOULD_I + ".*")
_OWN_WORDS = LazyPattern(r"\b(?:i|my|me|im|i m|ive|i ve)\b")


def _asked_by_others(text: str) -> bool:
    """Whether others (patients, callers) asked a question of their own, not of the one who asks what to say."""
    others = _ASKED_BY_OTHERS.search(text.lower())
    return others is not None and not _OWN_WORDS.search(_SAY_BACK_TYPED.sub("", others.group(1)).replace("'", " "))


def _asks_if_own_trouble_is_it(folded: str) -> bool:
    """Whether a message tells of someone's own trouble, then asks if it is the disease (unless a
    question follows: "...could this be avascular necrosis, and what are the symptoms?")."""
    own = _IS_IT_THE_DISEASE.search(folded) if any(map(folded.__contains__, _DISEASE_WORDS)) else None
    if own is None:
        return False
    told = folded[: own.start()]
    if _ASKS_WHAT_IT_IS.search(told):
        return False
    return bool(_OWN.search(told) and _TROUBLE.search(told)) and not _ASKS_MORE.search(folded[own.end() :])


@lru_cache(maxsize=64)  # a turn classifies its message more than once (read, then the conversation's checks)
def classify(text: str) -> Chat | None:
    """The chat kind of a message, or None when it is a question for the knowledge base.

    >>> classify("thanks!").name
    'thanks'
    >>> classify("hi, what is an MRI?")
    Chat(name='prefix', rest='what is an MRI?')
    >>> classify("what is an MRI?") is None
    True
    """
    folded = fold(text)
    if _URGENT.search(folded):
        return Chat("urgent")
    # Read sentence by sentence: "...but my neighbour says all scans do. I have to have one" asks
    # no "do I have to have".
    sentences = [fold(s) for s in _SENTENCE_END.split(text.strip())] if _ENDS.search(text) else [folded]
    asked = [_REPORTED.sub(" ", s) if " too " in s else s for s in sentences]
    if " ask" in folded and _SAY_BACK.search(folded) and _asked_by_others(text):
        # what staff should say back to a question others ask is that question: "patients ask if the mri uses
        # radiation, because they had lots of cts. what should i say?" (not "my doctor asked if i drink, what
        # should i say", which is one's own case)
        asked = [_SAY_BACK.sub(" ", s) for s in asked]
    if _asks_if_own_trouble_is_it(folded):
        return Chat("advice")
    if _AN_AGE.search(folded) and _OPERATION_SUITS.search(folded):
        return Chat("advice")
    if (any(map(_ADVICE.search, asked)) and not _PAGE_IMAGES.search(folded)) or (
        any(word in f" {folded}" for word in _DAILY_WORDS) and _DAILY_LIFE.search(folded)
    ):
        return Chat("advice")
    if any(word in folded for word in _APOLOGY_WORDS):
        apology = _MY_ENGLISH.match(folded)  # "sorry my English is not so good"
        if apology and apology.end() == len(folded):
            return Chat("acknowledged")
        if apology and folded[apology.end()] == " ":
            return Chat("prefix", after_words(text, len(folded[: apology.end()].split())))
    asking = text.rstrip().endswith("?")
    if _AND_LATER.fullmatch(folded):
        return None  # (a time, even unasked: "and later" after the early treatments, no goodbye)
    laugh = _LAUGHED.match(folded) if not asking and not _ENDS.search(text) else None
    if laugh and folded[laugh.end() :].strip():
        # "lol my uncle smokes like a chimney" remarks and asks nothing; "lol bye" says goodbye,
        # "lol can kids get it" asks
        rest = folded[laugh.end() :].strip()
        after = classify(rest)
        if after is not None and after.name != "prefix":
            return after
        if after is not None:  # ("lol ok is it painful": what follows the "ok" is what asks)
            rest = fold(after.rest)
        if not _ASKS_MORE.search(rest) and not _ASKING_VERB.match(rest) and not _ASKED_AFTER.search(text):
            return Chat("acknowledged")
    if not asking and folded in _TRYING_OUT:  # "test" tries the bot out; "test?" may ask of the tests
        return Chat("greeting")
    kinds = _WHOLE_RE if not asking else _ASKABLE_RE  # "that helps?" asks
    for name, pattern in kinds.items():
        if pattern.fullmatch(folded):
            return Chat(name)
    going_on = next((n for n, word in enumerate(folded.split()) if word not in _GOING_ON), 0)
    if going_on:
        # "and thanks for your help", "but are you a real doctor?", "so, tell me more": what follows
        # such words is small talk as it would be alone (as asked: "and later?" asks when). All
        # of them are read off at once: a message of nothing else is no deeper to read.
        rest = after_words(text, going_on)
        if rest and classify(rest) is not None:
            return Chat("prefix", rest)
    chain = _chain(folded, kinds)
    if chain:  # "hello, who are you?", "thanks, bye": the last one is what the reply answers
        # ...but after other small talk, "really" is emphasis, no "really?": "thank you so much, really"
        emphasis = len(chain) > 1 and chain[-1] == "why" and folded.endswith("really")
        if emphasis:
            return Chat(chain[-2])
        if chain[-1] in _SIGN_OFFS and chain[0] in _REQUESTS:
            # ...and thanks after a request sign it off: "tell me more, cheers mate" asks for more
            return Chat(next(kind for kind in reversed(chain) if kind not in _SIGN_OFFS))
        return Chat(chain[-1])
    respelled = _respelled(folded)
    # (one trying the bot out types "test" right: "tets" among questions asks of the tests)
    if respelled != folded and respelled not in _TRYING_OUT:  # "helo", "thnaks", "thank youu", "good mornign"
        chat = classify(respelled)
        if chat is not None and chat.name in _RESPELLABLE:
            return chat
    lead = _LEADING.match(folded)
    if lead and lead.end() == len(folded) and _ANNOUNCED.search(folded):
        return Chat("go_ahead")  # "can I ask you something?", "another question": the question is to come
    if lead and lead.end() == len(folded) and not asking:
        # nothing but openers and thanks: "hello doctor, thank you", "ok so basically thanks"
        if _THANKED.search(folded):
            return Chat("thanks")
        return Chat("greeting" if folded.split()[0] in _GREETING_WORDS else "acknowledged")
    if lead and lead.end() < len(folded):
        thanked = _THANKED.search(folded, 0, lead.end())
        rest = folded[thanked.end() :] if thanked else ""
        remark = thanked and not text.rstrip().endswith("?") and _REMARK.match(rest)
        if remark and not _ASKING.search(rest) and not _YES_NO_AFTER.search(rest, remark.end()):
            return Chat("thanks")  # "thank you, you have been most patient": thanks, and a remark
        return Chat("prefix", after_words(text, len(folded[: lead.end()].split())))
    return None


# The words of short pleasantries, to which a short message's slips are respelled: a greeting or
# thanks typed in a hurry is still one. Only a message that is then wholly a pleasantry counts.
_PLEASANTRY_WORDS = frozenset(
    "hi hello hey hiya howdy greetings good morning afternoon evening day thank thanks you so much very lot "
    "again cheers bye goodbye see later ok okay great cool perfect nice awesome amazing bot answer".split()
)
_RESPELL_LETTERS = 4  # letters a word needs before one edit respells it (in a shorter word one edit is too many)
_LONG_PLEASANTRY_WORDS = sorted(w for w in _PLEASANTRY_WORDS if len(w) >= _RESPELL_LETTERS)
_RESPELLABLE = frozenset({"greeting", "thanks", "acknowledged", "bye"})
_RESPELL_WORDS = 4  # longer messages are not respelled
_REPEATS = LazyPattern(r"(.)\1+")


def _respelled(folded: str) -> str:
    """A short message with each word that is no pleasantry word respelled to the one it is a slip
    of: letters held down squeezed ("hiii", "youu"), then one edit for a word of four letters or
    more ("helo", "thnaks", "mornign"); the message as it was when it is longer or has no such slip."""
    words = folded.split()
    if not words or len(words) > _RESPELL_WORDS or _respell(words[0]) not in _PLEASANTRY_WORDS:
        return folded  # (a pleasantry starts with one: most messages are done after one word)
    return " ".join(_respell(word) for word in words)


def _respell(word: str) -> str:
    if word in _PLEASANTRY_WORDS:
        return word
    squeezed = _REPEATS.sub(r"\1", word)
    if squeezed in _PLEASANTRY_WORDS:
        return squeezed
    candidates = (squeezed, word) if len(word) >= _RESPELL_LETTERS else ()
    for form in candidates:
        near = process.extractOne(form, _LONG_PLEASANTRY_WORDS, scorer=OSA.distance, score_cutoff=1)
        if near is not None:
            # (a word of its own is no slip: "treat" is not "great", nor "late" "later")
            return word if word in english_words() else near[0]
    return word


# Thanks or an apology after a question ask nothing of their own: "what is avn, thanks in advance",
# "how is it diagnosed, cheers", "sorry to bother you".
# The sign-offs a message may end on, one after another ("... pls asap", "thanks x"): read once,
# from the first separator of the run (so a long run of separators is no backtracking trap).
_SIGN_OFF = (
    r"(?:(?:(?:many|big|huge) )?(?:thanks?|thank you|thank u|ty|thx|cheers)"
    r"(?: (?:a lot|so much|very much|in advance|again))?"
    r"(?: (?:mate|hun|love|luv|guys|all|doc|x+))?|"
    r"(?:many )?thanks in advance|please|pls|plz|sorry to bother you|sorry for (?:the|my) (?:bother|trouble|english)|"
    r"(?:any help (?:is |would be )?)?(?:much |really |greatly )?appreciated|appreciate it|"
    # a kiss, an urgency, an aside: "what are the symptoms x", "... urgent", "... reply fast", "(asking for my mum)"
    r"x+|(?:it s |its )?urgent(?:ly)?|asap|(?:a )?quick answer(?: please| pls| plz)?|if (?:u|you) know|"
    r"(?:(?:please|pls|plz|kindly) )?(?:reply|answer|respond)(?: me)? (?:fast|quick|quickly|soon|asap|urgently)|"
    r"btw|fyi|tbh|imo|imho|(?:please|pls|plz) help|"
    r"asking for (?:my|a) \w+\)?|"
    # who asks through the user: "who are you, are you a real doctor, my mum wants to know"
    r"(?:my|his|her|our) \w+ (?:wants|wanted|would like|d like) to know|(?:she|he|they) (?:wants?|wanted) to know|"
    # laughter at the end: "wat is avn lol" (texting's "fr", "tbh" are filler words anywhere)
    r"lol|lmao|rofl|(?:ha)+|hehe|xd)"
)
_TRAILING = LazyPattern(rf"(?i)(?<![\s,.!?;:(-])(?:[\s,.!?;:(-]+{_SIGN_OFF})+[\s.!?:)]*$")
# A sign-off that may be what is asked ("is it urgent", "is there a quick answer") stays when the
# text before it would be cut off unfinished.
_PREDICATE_TAIL = LazyPattern(r"(?:its |it s )?(?:urgent|urgently|a quick answer|quick answer)\b")
_UNFINISHED = frozenset(
    "is are was were be been it its so how very too really that this there the a an type get gets what why "
    "any some my your his her".split()
)

_SIGN_OFFS = frozenset({"thanks", "acknowledged"})
_REQUESTS = frozenset({"more", "what_else", "help", "identity", "human"})
_GOING_ON = frozenset(
    ("and", "but", "so", "ok", "okay", "well", "oh", "also", "plus", "then", "yes", "yeah", "yep", "sure")
)
_GREETING_WORDS = frozenset("hi hello hey hiya howdy greetings good dear yo".split())
_LAUGH = re.compile(r"(?:ha)+")
_LAUGHED = re.compile(r"(?:(?:lol|lmao|rofl|(?:ha)+h?)\b\s*)+")  # (all the laughs at once: "ha ha ha")
# A verb that opens a yes/no question, first after a laugh or after a comma: "lol can kids get it",
# "lol my uncle smokes, is that a risk" (not the "can't" of "can't even get to the clinic")
_ASKING_VERBS = r"(?:is|are|am|was|were|can|could|does|do|did|will|would|should|has|have)\b"
_ASKING_VERB = LazyPattern(_ASKING_VERBS)
_ASKED_AFTER = LazyPattern(rf"(?i)[,;:-]\s*{_ASKING_VERBS}(?!['’]t\b)")
# (the words such a tail ends on, looked for first: most messages end on none)
_TRAILING_LAST = frozenset(
    "thanks thank thx ty cheers you lot much advance again please pls plz bother trouble appreciated it "
    "lol lmao rofl hehe xd x xx xxx mate hun love luv guys all doc english urgent urgently asap answer know "
    "btw fyi tbh imo imho help fast quick quickly soon "
    "mum mom dad friend wife husband son daughter sister brother".split()
)


# A worry voiced beside a question asks for no advice of its own: "What is it exactly? Should I
# worry?" asks what it is. Alone ("should I worry?"), it is still a request for advice.
_WORRY = LazyPattern(
    r"(?:(?:and|so|but|also|or|honestly) )*(?:"
    r"(?:should|do|must) (?:i|we) (?:need to )?(?:be )?(?:worry|worried|concerned|scared|afraid|panic|panicking|"
    r"freak out|freaking out|stress|stressed)(?: about (?:it|this|that|them|any of this|all this)| (?:that|if) .+)?|"
    r"(?:is|was) (?:that|this|it) (?:normal|something to worry about|worrying|a worry|a concern|"
    r"(?:a )?(?:normal|common|usual|standard) (?:thing|procedure|operation)(?: to do)?)|"
    r"am i (?:right|wrong) to (?:worry|be worried)|is there (?:any )?reason to (?:worry|be worried))"
    r"(?: (?:too|as well|at all|now|then|or not))?"
)
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+")
_ENDS = re.compile(r"[?!.]\s+\S")  # a sentence ends before another begins
_QUESTION_WORD = re.compile(r"(?:what|how|why|which|who|where|when|is|are|can|does|do|will|should|could)\b")
_WORRY_WORDS = (
    "worr",
    "concern",
    "scared",
    "afraid",
    "panic",
    "freak",
    "stress",
    "normal",
    "common",
    "usual",
    "standard",
)


def _without_worries(text: str) -> str:
    """The message without the sentences that only voice a worry, when a question remains."""
    lowered = text.lower()
    if not any(word in lowered for word in _WORRY_WORDS):
        return text  # (most messages voice no worry: no sentence need be read)
    sentences = _SENTENCE_END.split(text.strip())
    if len(sentences) < 2:
        return text
    kept = [s for s in sentences if not _WORRY.compiled.fullmatch(fold(s))]
    # ("My MRI showed osteonecrosis. Should I be worried?" keeps its worry: nothing else asks)
    asks = any(s.rstrip().endswith("?") or _QUESTION_WORD.match(fold(s)) for s in kept)
    return " ".join(kept) if asks and len(kept) < len(sentences) else text


def read(
    text: str, spell: Callable[[str], str] | None = None, topical: Callable[[str], bool] | None = None
) -> tuple[str, Chat | None]:
    """A cleaned message with any leading greeting or thanks taken off, and its chat kind (None:
    a question for the knowledge base). "Hi, what is an MRI?" is the question "what is an MRI?";
    so is "what is an MRI? thanks in advance", and "what is it? should I worry?" asks what it is.

    ``spell`` corrects a message's misspellings: with it, "shold I have the surgry?" asks for
    advice as "should I have the surgery?" does, and "thnak you" thanks. ``topical`` tells whether
    words name something the knowledge base speaks of: with it, a remark naming nothing, then thanks,
    thanks ("He is very scared. Thank you"), where "Please explain core decompression. Thanks" asks."""
    text = whole = _without_worries(text)
    chat = classify(text)
    if chat is None and topical is not None and _remark_then_thanks(text, topical):
        return whole, Chat("thanks")
    if chat is None and spell is not None:
        spelt = spell(text)
        again = classify(spelt) if spelt != text and fold(spelt) not in _TRYING_OUT else None
        if again is not None:  # "thnak you, that hepls a lot", "numbber two"
            text = whole = spelt
            chat = again
    thanked = chat is not None and chat.name == "prefix" and _THANKED.search(fold(text)) is not None
    # Each pass takes words off, so this ends; "SO:0 N:0" folds to "so 0 and 0", two leads in a row.
    while chat is not None and chat.name == "prefix" and chat.rest:
        text = chat.rest
        chat = classify(text)
        if chat is None and thanked and spell is not None and (spelt := spell(text)) != text:
            # "thx that helpd": a remark after the thanks, spelled right (a question is left as it is)
            remark = classify(spelt)
            if remark is not None and remark.name in _RESPELLABLE:
                text, chat = spelt, remark
    if chat is not None and chat.name == "prefix":
        chat = None  # the lead swallowed the rest of a token: what is left is read as a question
    last = text.rsplit(None, 1)[-1].strip(".!?:)").lower() if text.strip() else ""
    if chat is None and (last in _TRAILING_LAST or _LAUGH.fullmatch(last)):
        trailing = _TRAILING.search(f" {text}")  # (a space before: the whole may be the sign-off)
        if trailing and trailing.start() == 0:  # only sign-offs, after thanks or not: "thanks x", "x x"
            return whole, Chat("thanks" if thanked or _THANKED.search(fold(text)) else "acknowledged")
        kept = text[: trailing.start() - 1] if trailing else text
        told = fold(kept).split()
        predicate = trailing is not None and _PREDICATE_TAIL.match(fold(trailing.group()))
        if told and not (predicate and told[-1] in _UNFINISHED):
            text = kept
            chat = classify(text)  # "tell me more x" asks for more, as "tell me more" does
            if chat is not None and chat.name == "prefix":
                text, chat = read(text, spell)
    return text, chat


def _remark_then_thanks(text: str, topical: Callable[[str], bool]) -> bool:
    """Whether a message is sentences that ask nothing and name nothing, then thanks."""
    if text.rstrip().endswith("?") or not _ENDS.search(text):
        return False
    sentences = [fold(s) for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if len(sentences) < 2 or _WHOLE_RE["thanks"].fullmatch(sentences[-1]) is None:
        return False
    return not any(_ASKING.search(remark) or topical(remark) for remark in sentences[:-1])


def _chain(folded: str, patterns: dict[str, re.Pattern[str]]) -> list[str]:
    """The kinds of small talk a message is made of, one after another; empty if it is not only that."""
    kinds: list[str] = []
    rest = folded
    while rest:
        for name, pattern in patterns.items():
            found = pattern.match(rest)
            if found and found.end() and (found.end() == len(rest) or rest[found.end()] == " "):
                kinds.append(name)
                rest = rest[found.end() :].lstrip()
                break
        else:
            return []
    return kinds


def after_words(text: str, count: int) -> str:
    """The text after its first ``count`` folded words, in the writer's own words and punctuation."""
    tokens = text.split()
    taken = used = 0
    while used < len(tokens) and taken < count:
        taken += len(fold(tokens[used]).split())
        used += 1
    return " ".join(tokens[used:])


GOODBYE = "Goodbye, and take care."


def reply_text(name: str, source: Source) -> str:
    """The bot's own words for a chat turn; for advice, the fixed line the product promises."""
    where = f'the {source.publisher} page "{source.title}"'
    texts = {
        "greeting": f"Hello! I answer questions about {source.title.lower()} with passages quoted from {where}. "
        "I can't give medical advice. What would you like to know?",
        "thanks": "You're welcome. Ask another question whenever you like.",
        "go_ahead": "Go ahead: what would you like to know?",
        "acknowledged": "All right. Ask another question whenever you like.",
        "bye": GOODBYE,
        "identity": f"I'm an FAQ bot, not a doctor or a person. I answer with passages quoted from {where}, "
        "and I can't give medical advice.",
        "help": f"Ask a question about {source.title.lower()} in your own words. I answer with passages "
        f"quoted from {where}. For example:",
        "human": "I'm a bot and can't put you through to a person. For questions about your own health, "
        "please contact your doctor.",
        "advice": "I can't give personal medical advice. Please ask your doctor or another health professional "
        "about your own situation; if it is urgent, call your local emergency number. "
        "I can tell you what the document says, for example:",
        "urgent": "I can't help with an emergency. If you are hurt or in severe pain, call your local emergency "
        "number now or go to the nearest emergency department. For anything else about your health, "
        "contact your doctor.",
    }
    return texts[name]
