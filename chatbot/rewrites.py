"""Rewrites of whole phrasings in a folded text, made before its words are read: idioms, context
that asks nothing ("my doctor mentioned..."), and what a wording asks in the page's words ("what
happens if it's confirmed" is the treatment, "can alcohol rot your bones" a cause).

``rewrite`` makes them in order. The knowledge base's examples go through the table (``_REWRITES``)
too, so both sides read alike; a message also through the rewrites that only a message's words need
(``everyday``). ``without_supposition`` and ``without_manner`` give a message without what it
supposes or the manner it asks for: ``chatbot.normalise`` keeps them when something else is asked.
"""

from __future__ import annotations

import re

from .patterns import LazyPattern

# The disease's names as a message types them, before the synonyms read them
_DISEASE = r"(?:avn|osteonecrosis|avascular necrosis|bone necrosis|necrosis)"
# Reported speech is context, not the question: "my doctor mentioned an MRI, what is that?"
# Whether the one who asks can or has, her own case: "caller asking whether she can still work with avn"
_OWN_CASE = r"(?:if|whether) (?:she|he|they|i|we) (?:can(?! get)|could|will|would|should|has|had|have|needs?)\b"
_REPORTED = LazyPattern(
    r"\b(?:(?:my|the|her|his|our|their|a) )?(?:doctor|doc|gp|surgeon|physician|specialist|rheumatologist|orthopedist|"
    r"orthopaedist|orthopedic surgeon|orthopaedic surgeon|ortho|orthopod|physio|physiotherapist|nurse|consultant|dr|"
    r"they|he|she|theyre|hes|shes|"
    # (what anyone says is reported too: "which treatments are tried before anyone mentions an operation")
    r"anyone|anybody|someone|somebody|"
    # (so is what someone at a desk was asked: "receptionist here, a patient asked if AVN and osteonecrosis are
    # the same thing")
    r"patient|patients|client|clients|caller|customer|"
    # (what a letter or a report says is reported too: "my nan's letter from the hospital says 'AVN right hip'")
    r"(?:\w+ )?(?:letter|report|results|notes|referral|paperwork)"
    r"(?: from (?:the |my |her |his |a )?(?:hospital|clinic|doctor|gp|surgeon|consultant|specialist))?) "
    # (where the caller is goes between: "caller on the line asks what causes osteonecrosis")
    rf"(?:on the (?:phone|line) (?=(?:asks?|asked)\b(?! {_OWN_CASE})|wants\b|says\b|said\b))?"
    r"(?:didnt |did not |doesnt |does not |never |hasnt |has not |havent |have not |has |have |had )?(?:also )?"
    r"(?:said|says|say|mentioned|mentions|mention|told me|told us|told|tell me|tells me|thinks|think|thought|"
    r"wants|want|wanted|suggested|suggests|suggest|ordered|recommended|recommends|recommend|brought up|wrote|written|"
    # (a learner's present for the past: "the doctor speak about four operations")
    r"speak about|speaks about|spoke about|spoken about|talk about|"
    r"explained|asked|asks|wants to know|wanted to know|"
    # (and what a caller is asking: "patient on the phone asking what avascular necrosis is")
    r"(?:on the (?:phone|line) |is |was |are |were |(?<=\bshes )|(?<=\bhes )|(?<=\btheyre ))(?:asking|wondering)"
    # (not "asking me lots of questions", nor whether the caller can or has: "caller asking whether she can still
    # work with avn")
    rf"(?! me (?:lots|loads|a lot|many|some|all|questions|about)\b| {_OWN_CASE})|"
    r"listed|lists|described|describes|went through|goes through|talked about|talks about|discussed|"
    r"discusses|"
    # (and what a doctor called it: "my GP called it bone death, is that the same thing", not "what do they call it")
    r"called it|calls it)\b"
    # (and where: "what is the bone crafting they talked about at the hospital")
    r"(?: (?:at|in) (?:the |my |his |her |our )?(?:hospital|clinic|appointment|consultation|surgery)\b)?"
)
# Being diagnosed with it is having it, context not a question about diagnosis: "I was just
# diagnosed with AVN, what is it?", "my doctor diagnosed me with osteonecrosis, what can be done?"
# (how one gets diagnosed, and what comes after, stay the diagnosis).
_DIAGNOSED_WITH = LazyPattern(
    r"^((?:(?!\b(?:how|after|once|when|before|until)\b).)*?)"
    r"(?:\b(?:i|im|i m|ive|i ve|he|hes|he s|she|shes|she s|they|theyre|we|my \w+|his \w+|her \w+|their \w+|our \w+)"
    r"(?: \w+){0,3}? diagnosed|^(?:just |recently |newly )?(?:got|been|was|were) diagnosed|"
    r"\bdiagnosed (?:me|him|her|them|us|my \w+)) (?:with|as having)\b"
)
# Who does a thing is not what is asked about it: "which operations can the doctor do?",
# "what tests do they use?" ask for the operations and the tests.
_DOCTORS_DO = LazyPattern(
    r"\b((?:what|which) (?:(?!(?:can|could|do|does|will|would|may|might|did|should|is|are|the|to)\b)\w+ ){1,3}?)"
    r"(?:can |could |do |does |will |would |may |might |did |should )?"
    r"(?:the |my |your |a |our )?(?:doctors?|docs?|surgeons?|they|physicians?|specialists?|hospitals?|clinics?) "
    r"(?:usually |normally |typically |often |generally |then |also |can |could |will |would |may |might )?"
    r"(do|does|make|makes|perform|performs|use|uses|offer|offers|try|tries|give|gives|order|orders|"
    r"recommend|recommends|suggest|suggests|choose|chooses|prefer|prefers)\b"
)
# Getting it from a person is inheriting it (or catching it): "can my kids get it from me?",
# "they can have it also from him?". Getting it from a cause stays a cause ("from steroids").
_FROM_SOMEONE = LazyPattern(
    r"\b(?:get|gets|getting|got|catch|catches|have|has|inherit|inherits)(?: (?:it|this|that|avn|osteonecrosis))?"
    r"(?: also| too)? (?:from|off) (?:me|him|her|(?:my|his|her|their|our|your) (?:parents?|mum|mom|dad|"
    r"mother|father|family|husband|wife|partner))\b"
    # (a bare "her" followed by a word that is no conjunction is hers, not her: "she has AVN from her steroid
    # tablets"; "from my mother who had it" stays a person)
    r"(?!(?<=\bher) (?!(?:and|or|but|so|too|also|as|then|because|if|when|is|was|right|though|tho)\b)[a-z])"
)
# What one can do oneself is what can be done: "what can I do myself for the pain?" (a reflexive
# breaks "what can I do for", the treatments' phrase).
_DO_ONESELF = LazyPattern(
    r"\b(do|does|did|doing) (?:myself|ourselves|himself|herself|themselves|yourself|yourselves)\b"
)
# How a thing is "made" asks how it is done ("how is the diagnosis made?", "how is the hole
# made?"), not who made the page; what it is made of stays a question of material.
_HOW_MADE = LazyPattern(r"\b(how (?:is|are|was|were|do they|does one) .+?) made\b(?! (?:of|from|out)\b)")
# What happens in a thing is what goes on in it ("what happens in core decompression?"), not
# where the disease occurs ("does it happen in the knee?").
_WHAT_HAPPENS_IN = LazyPattern(
    r"\bwhat (?:happens|happened|will happen|is happening|is happen) in(?= (?:a |an |the )?(?:core|decompression|"
    r"osteotomy|surgery|operation|procedure|bone graft|graft|mri|x ray|xray|scan|test|exam|joint replacement|"
    r"hip replacement|replacement)\b)"
)
# What happens next with a treatment or a test asks about it, not about what happens in the disease:
# "we didn't catch what happens next with treating it", "what happens with the MRI?".
_WHAT_HAPPENS_WITH = LazyPattern(
    r"\bwhat (?:happens|will happen|is happening|happen|comes) (?:next |now |then )?(?:with|regarding) "
    r"(?=(?:the |his |her |my |a |an )?(?:treating|treatment|treatments|therapy|surgery|operation|procedure|core|"
    r"decompression|osteotomy|graft|bone graft|replacement|joint replacement|hip replacement|mri|scan|test|tests|"
    r"xray|x ray)\b)"
    # (what happens to it in years to come is how long it lasts: "what happens with my hip replacement in 10 years")
    r"(?!.*\b(?:in \d+ years?|in (?:a few|some|ten|five|twenty) years|years from now|long term|in the future)\b)"
)
# The side of the body tells no topic: "avascular necrosis of the left femoral head" ("left" is a word
# of "what if it is left untreated").
_SIDE = LazyPattern(
    r"\b(?:left|right) (?=(?:hips?|knees?|shoulders?|ankles?|wrists?|femoral|femur|humeral|humerus|arms?|legs?|"
    r"thighs?|foot|feet|elbows?|jaw|side)\b)"
)
# "Why me?" asks why one got it, a cause: "why me tho. i dont smoke and i barely drink".
_WHY_ME = LazyPattern(r"^(?:but |so |and )?why (?:me|him|her|us|them)(?= tho\b| though\b| of all people\b|$)")
# "Though" at the end of a whole question says nothing of its own: "why did it happen to me tho" (but
# "he's only 16 though" and "for kids tho?" object to what was said, and "why though?" asks why of it).
_TRAILING_THOUGH = LazyPattern(r"^((?:why|what|whats|how|when|where|which|who)\b(?: \w+){3,}) (?:tho|though)$")
# How often they do a thing is no part of what they do: "what do they usually do for it" is "what do
# they do for it" (whose phrasing "usually" would break).
_HOW_OFTEN_THEY = LazyPattern(
    r"\b(they|doctors|docs|surgeons|you|we|i|he|she) (?:usually|normally|typically|generally|often|commonly|mostly) "
    r"(?=(?:do|try|use|give|offer|recommend|prescribe|start|treat|suggest)\b)"
)
# What one can do, said alone, asks what can be done: "wht can i do" ("what can you do?" asks what the
# bot does, "what should I do?" for advice, and what the doctor will do depends on what was said).
_WHAT_CAN_I_DO = LazyPattern(
    r"^(?:so |ok |okay |and |then |but )?what (?:can|could) (?:i|we) do(?: now| then| about it| about this| for it)?$"
)
# The lack of blood after a lay name of the disease, when something else is asked of it, is part of
# the name: "symptoms of bone dying from no blood" asks the symptoms (see ``without_lack_of_blood``).
_DYING_FROM_NO_BLOOD = LazyPattern(
    r"\b((?:of|for|with|about|against) +(?:the |a )?(?:bones? (?:dying|death|rotting)|dead bones?|bone necrosis|"
    r"necrosis)) +"
    r"(?:from|due to|because of|caused by|through|with) (?:a )?(?:no|lack of|loss of|lost|poor|not enough|"
    r"reduced|missing|bad|little) blood(?: supply| flow| circulation)?\b"
)
# Results that come back are results given, no recurrence: "why did they send me for the tunnel scan when
# my xray came back fine" (a disease that comes back recurs).
_RESULTS = r"(?:x ?rays?|xrays?|scans?|mri|mris|results?|tests?|bloods|blood tests?|reports?|biopsy)"
_RESULTS_BACK = LazyPattern(
    r"\b(" + _RESULTS + r" )"
    # (when between: "had an xray last week came back clear")
    r"(?:(?:(?:last|this|that) (?:week|month|year|time)|yesterday|today|recently|earlier|\w+ (?:days?|weeks?) ago) )?"
    r"(?:has |have |had )?(?:came|come|comes|coming) back\b"
)
# How doctors help people with it is how they treat it: "how do doctors help people whose bones are dying"
# (not how they help find it: "how can the doctor help me find out if I have it").
_HOW_THEY_HELP = LazyPattern(
    r"\b(how) (?:(?:do|does|can|could|will|would) )?(?:the )?(?:doctors?|docs?|surgeons?|they|physicians?|hospitals?)"
    r" (?:usually |normally |typically )?help\b(?! (?:\w+ )?(?:to )?(?:find|know|tell|check|diagnos\w*|confirm|see)\b)"
)
# What helps the pain is what treats it ("help" alone is a stop word: "what helps the pain" was the
# pain itself, the symptoms).
_WHAT_HELPS = LazyPattern(
    r"\bwhat (?:can |could |would |will |might |does |do |else )?(?:helps?|eases?|relieves?|soothes?)"
    r"(?= (?:with )?(?:the |his |her |my |their |your |this |that )?(?:pain|pains|ache|aches|aching|stiffness|"
    rf"symptoms|it|this|that|{_DISEASE}|bone rot|dead bone|bone death|disease|"
    r"condition)\b(?! (?:to )?(?:develop|set|come|spread|go|get|happen|start|form|progress|appear)\w*)"
    r"| (?:him|her|me|them)$)"
)
# "What is X when it's at home?" asks what X is: no home care in it.
_AT_HOME_IDIOM = LazyPattern(
    r"^((?:\w+ )*?(?:what|whats|who|whos|whose)\b.*?) when (?:it s|its|it is|they re|theyre|they are) at home$"
)
# Whether an amount told is heavy asks how much is too much, which the page does not say: "I drink
# about 4 pints a night, is that heavy?"
_IS_THAT_TOO_MUCH = LazyPattern(
    r"\b(?:is|s) (?:that|this) (?:too )?(?:heavy|a lot|too much|excessive|heavy drinking|a heavy drinker)$"
)
# What the doctor will do (first), asked bare, before anything is found, is what the page says the doctor
# does: the physical exam and the questions of the diagnosis ("what would the doctor do first"; after a
# test, what they will do is the treatment's). See ``doctors_first_step``.
_WHAT_THE_DOCTOR_DOES = LazyPattern(
    r"^(?:(?:so|and|ok|okay|then|but) )*what(?: (?:will|would|does|do|might|is|s)|s) "
    r"(?:(?:the |a |my |your |his |her )?(?:doctor|doc|gp|physician)(?: going to| gonna)? "
    r"(?:usually |normally |typically )?do(?: first| at first| to start)?|"
    # ...and what they do to check, whoever they are: "what do they do first to check"
    r"(?:they|the doctors|doctors) (?:usually |normally |typically )?do(?: first| at first)? to (?:check|find out|see|"
    r"confirm|tell|test)(?: it| for it| if (?:it s|its|it is) (?:that|this|it|avn|osteonecrosis))?)$"
)
# A learner's "which material is it made?" asks what it is made of (no material of the page's).
_MADE_OF_WHAT = LazyPattern(
    r"\b(?:from |of )?(?:what|which) (?:materials?|stuff) "
    r"(?:(?:is|are) (it|they|the \w+)|(it|they|the \w+) (?:is|are)) made(?: of| from)?$"
)
# Whom it is explained to is no age asked: "how do I explain avascular necrosis to a 12 year old in simple
# words" asks what it is, simply.
_EXPLAINED_TO_A_CHILD = LazyPattern(
    r"\b((?:explain|explaining|describe|describing|tell|say)\b.*?) to (?:a |an |my |our |his |her )?"
    r"(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:years?|yrs?|yo)(?: old)?\b"
)
# "Too" typed for "to" after a word that takes "to": "can the damage spread to the bones next too it".
_TOO_FOR_TO = LazyPattern(r"\b(next|close|due|compared|similar|related|spread|spreads|spreading) too\b")
# "Is that where it comes in?" asks whether that is linked to it, a cause: "our son's blood test confirmed
# sickle cell... is that where osteonecrosis comes in?" (not where the page comes from).
_WHERE_IT_COMES_IN = LazyPattern(
    r"\b(?:is|s) (?:that|this) where (?:the )?(?:it|osteonecrosis|avn|avascular necrosis|necrosis|bone death) "
    r"(?:comes|come) in\b"
)
# Which of several comes "first" asks an order the page does not give, not the symptoms "at
# first": "which one is used first?" is asked of the list talked about.
_WHICH_FIRST = LazyPattern(
    r"\b((?:which|what) (?:one|ones|test|tests|scan|scans|surgery|surgeries|operation|operations|treatment|"
    r"treatments|procedure|procedures|option|options)(?: (?:is|are|do they|would they|will they|do doctors))?"
    r"(?: (?:usually|normally|typically|generally))?(?: (?:used|done|tried|performed|given|try|do|use|offered))?)"
    r" (?:first|1st)\b"
)
# Why the blood stops reaching the bone asks what causes the disease, whose very definition is that
# lack of blood: "why does the bone lose its blood supply?", "what cuts the blood supply off?",
# "why the blood is not going to the bone?" (what happens when it does is another question).
# (Only of the bone's blood, its supply or flow: not "why is my blood pressure not normal?". The
# guard is read once, from the start; the phrasing is what follows the words kept before it.)
_WHY = r"\b(?:why|how come|what (?:\w+ ){0,2}?(?:make|makes|made|cause|causes|caused))\b"
_WHY_BLOOD_STOPS = LazyPattern(
    r"^(?=.*\b(?:bone|bones|supply|suply|flow|circulation)\b)"
    r"(?!.*\bblood (?:pressure|sugar|tests?|thinners?|counts?|cells?|work|donation|transfusion|loss)\b)(.*?)(?:"
    + _WHY
    + r"(?: \w+){0,8}? (?:blood|circulation)(?: \w+){0,5}? "  # ("blood flow to a bone get cut": five words)
    r"(?:stop|stops|stopped|stopping|cut|cuts|lose|loses|lost|not|blocked|fail|fails)\b|"
    + _WHY
    + r"(?: \w+){0,6}? (?:lose|loses|losing|lost|stop getting|stops getting|not get|not getting|starve|starves|"
    r"starved)(?: \w+){0,3}? (?:blood|circulation)\b|"
    r"\bwhat (?:\w+ ){0,2}?(?:stop|stops|stopped|cut|cuts|block|blocks|blocked)(?: \w+){0,3}? (?:blood|circulation)\b)"
)

# An "old" thing is the one there before, not an age: "what do they put in place of the old one?"
# ...so is an old injury: "can an old injury like that lead to avn?"
_THE_OLD_ONE = LazyPattern(
    r"\b(the|my|an|his|her|your) old (one|ones|hip|joint|joints|bone|bones|knee|shoulder|injury|injuries|fracture|"
    r"fractures|break|dislocation|accident|trauma)\b"
)
# Making or giving the disease is causing it, as learners put it: "this make the necrosis of bone?",
# "can diving give this sickness of the bones?", "could that make the bone die off later".
_MAKES_IT = LazyPattern(
    r"\b(?:make|makes|made|making|give|gives|gave|giving|bring|brings|brought)"
    r"(?= (?:(?:you|me|him|her|someone|people|them) )?(?:the |this |that )?(?:necrosis|osteonecrosis|avn|"
    r"avascular necrosis|bone necrosis|disease|sickness|illness|bone death|dead bone|"
    r"(?:(?:my|his|her|a) )?bones? (?:to )?(?:die|dies|dying|rot|rots|rotting))\b)"
)
# A thing that "did it", or "make it", at the end of a question is a cause asked about: "cud that do it",
# "Is possible this make it?" (not "does that make it worse?", nor how a treatment "does it").
_DID_IT = LazyPattern(
    r"^(?!.*\bhow\b)(.*?\b(?:can|could|might|may|did|does|do|possible|maybe)) (this|that|these|those) "
    r"(?:have |has )?(?:make|makes|made|do|does|did|done) (?:it|this)$"
)
# ...and so is one that "could be it": "i had a bad fall and broke my hip 2 yrs ago, could that be it" (after a
# test or a treatment, "would that be it?" asks whether that is all)
_COULD_BE_IT = LazyPattern(
    r"^(?!.*\b(?:how|mri|x ray|xray|scans?|decompression|graft|osteotomy|replacement|operations?|surgery|surgeries|"
    r"treatments?|then)\b)(.*?\b(?:could|might|may)) (this|that|these|those) (?:have )?(?:be|been) (?:it|the one)$"
)
# Where the disease comes from is its cause ("where does osteonecrosis come from?", "from where is
# coming this disease?"); where this information comes from stays the disclaimer's question.
# ("from what it come?" is a learner's "what does it come from?")
_IT_THE_DISEASE = rf"(?:it|{_DISEASE}|(?:the|this|that) (?:disease|illness|sickness|condition|problem))"
_COMES_FROM = LazyPattern(
    rf"\b(?:where (?:does|do|did|is|can) {_IT_THE_DISEASE} (?:come|comes|coming) from|"
    rf"from (?:where|what) (?:is |does |do |can )?{_IT_THE_DISEASE} (?:come|comes|coming)|"
    rf"from (?:where|what) (?:is |does )?(?:come|comes|coming) {_IT_THE_DISEASE})\b"
)
# "From where" before the verb is where a thing comes from, said in the usual order: "from where
# come the bone?" is "where does the bone come from?" (the graft's), not "where do you come from".
_FROM_WHERE = LazyPattern(
    r"\bfrom where (?:(?:does|do|did|will|would|is|are) )?"
    r"(?:(?P<a>(?:the |this |that |his |her |my |your |their )?\w+) (?:come|comes|coming|came)|"
    r"(?:come|comes|coming|came) (?P<b>(?:the |this |that |his |her |my |your |their )?\w+))\b"
)
# "Where" after the thing it picks out is no question of place: "the thing where they drill into
# the bone" asks for the drilling, not where a graft's bone comes from.
_RELATIVE_WHERE = LazyPattern(
    r"\b(thing|one|operation|surgery|procedure|treatment|test|scan|exam|bit|part|op|option|surgeries|procedures) "
    r"where\b"
)
# Lining a bone up is realigning it ("cut the bone and line it up differently"). Read here, not
# as a synonym, so that "line" never becomes a word a typo is corrected to ("eine" is German).
_LINING_UP = LazyPattern(r"\b(?:line|lines|lined|lining) (?:\w+ ){0,2}?up\b")
# Getting something back is restoring it: "does it get the blood flow back?" ("restore blood
# flow"). Not a back ("get my back checked", "get back pain"), nor going back to work.
_GETTING_BACK = LazyPattern(
    r"\b(?:get|gets|getting|got|bring|brings|bringing|brought) "
    # (results come back, nothing is restored: "just got my mri report back and it says...")
    r"(?!(?:\w+ ){0,2}?" + _RESULTS + r" back\b)"
    r"((?:\w+ ){0,2}(?!(?:my|his|her|your|their|our|the|a|lower|upper) )\w+ )back\b(?! to\b| pain\b)"
)
# Blood made to flow again is blood flow restored: "does it get blood flowing there again?"
_FLOWING_AGAIN = LazyPattern(
    r"\b(?:get|gets|getting|got|make|makes|start|starts|bring|brings)(?: the)? (?:blood|circulation) "
    r"(?:flowing|going|moving|running|circulating)"
    r"(?: (?:there|in there|to (?:it|the bone|the area|the hip|the joint)))? again\b"
)
# Blood that comes back is blood flow restored, no recurrence: "is it helping the blood flow come back
# to the bone?", "will the blood supply return?"
_BLOOD_BACK = LazyPattern(
    r"\b(?:the )?(?:blood flow|blood supply|circulation|(?<=\bthe )blood) "
    r"(?:(?:will|would|can|could|to|does|do|is|be) )?"
    r"(?:(?:come|comes|coming|came|flow|flows|flowing) back|return|returns|returning|returned)\b"
    # (blood sent to a lab comes back as results: "when will my blood come back from the lab")
    r"(?! (?:from|with|normal|positive|negative|clear|fine|ok|okay|abnormal|and|on its own|by itself|naturally|"
    r"without)\b)"
)
# A faculty the disease affects is limited, a symptom; not a bone affected: "does osteonecrosis affect range of
# motion?", "range of motion affected?" ("does it affect my mobility?" may ask of a treatment just talked about)
_FACULTY = r"(?:range of motion|range of movement|movement|motion|mobility|moving|walking)"
_FACULTY_AFFECTED = LazyPattern(
    # (not what an operation does to it, after it: "will an osteotomy affect my range of motion afterwards")
    r"^(?!.*\b(?:replacement|replaced|osteotomy|graft|decompression|surgery|operation|op|arthroplasty|after|"
    r"afterwards|long term|post)\b)"
    r"(.*?)"
    # (the disease affecting it, not physio, a cane or smoking: "will physio affect my mobility?")
    r"(?:(?:(?<=\bavn )|(?<=necrosis )|(?<=\bdisease )|(?<=\bcondition ))"
    rf"affect(?:s|ed|ing)? (?:(?:the|my|your|his|her|their|our) )?({_FACULTY})\b|"
    rf"\b({_FACULTY}) (?:(?:be|is|are|get|gets|getting|being) )?affected\b"
    r"(?! by (?!(?:the disease|the condition|avn|osteonecrosis|it)\b)))"
)
# What happens at the (first) appointment is what the doctor does there, the diagnosis: "what happens at
# the appointment", "what does the first appointment involve" (not a next or follow-up one, after it, nor one
# for a thing: "what happens at the appointment for the hip replacement").
_AT_THE_APPOINTMENT = LazyPattern(
    r"\bwhat (?:else )?(?:happens|will happen|would happen|goes on|is done|gets done) "
    r"(?:at|during|in) (?:the|my|a|his|her|our|their) (?:first |initial |1st )?"
    r"(?:appointment|consultation|visit|clinic visit|consult)\b(?=\s*$| (?:for|about) (?:this|it|that|avn|"
    r"osteonecrosis|suspected|possible|a suspected|a possible)\b(?! (?:\w+ )?(?:replacement|surgery|operation|op|"
    r"decompression|graft|osteotomy|mri|x ?ray|scan)\b)| (?:when|if) (?:they|the doctor|you|doctors)\b)|"
    r"\bwhat (?:does|will|would) (?:the|my|a|his|her|our|their) (?:first |initial |1st )?"
    r"(?:appointment|consultation|visit|consult) (?:involve|involves|be like|consist of)$|"
    r"\bwhat (?:the|my|a|his|her|our|their) (?:first |initial |1st )?(?:appointment|consultation|visit) involves$"
)
_APPOINTMENT_WORDS = ("appointment", "consult", "visit")
# Care asked for a late or advanced stage is the more invasive care the page turns to after the early one:
# "What are the treatments when the disease is advanced?", "how is late stage avn treated"
# (and when it is bad: "what are the treatment options once it's bad", "...if it gets more serious")
_LATE_WORDS = ("late", "advanced", "end stage", "final stage", "severe", "bad", "serious")
_LATE_STAGE = LazyPattern(
    r"\b(?:(?:in|at|for|during) (?:the |its |a |an )?)?(?:late|later|advanced|end|final) ?"
    r"(?:stages?|phases?|disease)\b|"
    r"\b(?:when|once|if) (?:its |it s |(?:the disease|it|avn|the bone|the condition|osteonecrosis) (?:is|s|gets|"
    r"has become|becomes|has got) )(?:very |more |really |quite |too )?(?:advanced|severe|bad|serious)\b"
)
_CARE_WORD = LazyPattern(r"\b(?:treatments?|treated|treating|treat)\b")
# (care to keep it from a late stage is the early care: "what treatment before the late stage"; so is early care
# named, asked whether it still helps then: "is rest still a treatment option in the late stage"; a late stage
# left untreated is the progression, another disease's is no stage of this one, and whether treatment will work
# is a prognosis)
_NO_LATER_CARE_ASKED = LazyPattern(
    r"\b(?:before|prevent|prevents|stop|stops|reach|reaches|reaching|avoid|until|delay|not|without|untreated|"
    r"nothing|rest|nsaids?|physio|physiotherapy|physical therapy|medication|medications|medicine|medicines|pills?|"
    r"tablets?|painkillers?|ice|heat|cold|crutches|canes?|steroids?|cancer|chemo|chemotherapy|kidney|liver|tumou?r|"
    r"lymphoma|leuka?emia|hiv|lupus|work|works|working|"
    # (nor care when it is not treated, when the pain is bad, or for bad news or children)
    r"isnt|isn t|dont|don t|doesnt|doesn t|the pain|ibuprofen|news|kids?|child|children)\b"
)
# Moving or cancelling an appointment is booking one, a service the page does not offer: "can I move my MRI
# appointment to friday" (a filler word elsewhere, where a story tells of one)
_MOVE_THE_APPOINTMENT = LazyPattern(
    r"\b(?:move|moving|change|changing|reschedule|rescheduling|rebook|cancel|cancelling|canceling|postpone|"
    r"bring forward|push back|book|booking|make|arrange|schedule) (?:my|an|the|a|her|his|our|their) (?:\w+ )?"
    r"(?:appointment|appointments|appt|slot|booking)\b"
)
# "Or can it wait", after asking whether early matters, is the same question: "is early diagnose important for
# AVN or can wait?" (not "do I need surgery or can I wait?", which asks for advice)
_OR_CAN_IT_WAIT = LazyPattern(
    r"^(?=.*\b(?:early|important|matter|matters|essential)\b)(.*?) or (?:can|could|should) "
    r"(?:(?:it|we|i|they|he|she) )?wait(?: a (?:bit|while|little))?$"
)
# Making a thing better is helping it, no comparison: "can physio actually make it better?"
_MAKE_BETTER = LazyPattern(
    # (asked whether or what: not "make it better please" alone)
    r"\b((?:can|could|will|would|does|do|what|anything|something|to) (?:\w+ ){0,3}?)"
    r"(?:make|makes|making|made) ((?:it|this|that|them|things|(?:my|his|her|their|the|your) \w+) )better\b"
    r"(?! than\b)"  # (a comparison stays one: "does an mri make the picture better than an xray")
)
# "What's the deal with" a thing asks what it is about, no dealing with it (treating it): "whats the deal
# with osteonecrosis"
_THE_DEAL_WITH = LazyPattern(r"\bwhat(?: s| is|s) (?:the|this|that) deal (?:with|about)\b")
# A learner's "what passes" is what happens (Spanish "qué pasa", Portuguese "o que se passa"):
# "If I not treat, what pass with the bone?"
_WHAT_PASSES = LazyPattern(
    r"\bwhat (?:will |would |is going to |does |do |can )?(?:pass|passes|passing)"
    r"(?= (?:with|to|in|if|when|after|then|next)\b|$)"
)
# Which things one may face are the ones one may have to have, no face: "what operations might I face?" (whether
# one will face surgery asks for personal advice, as "will I need surgery?" does)
_FACING = LazyPattern(
    r"\b((?:what|which) (?:kinds? of |sorts? of |types? of )?(?:other |more |further )?"
    r"(?:operations?|surger(?:y|ies)|treatments?|procedures?|options?|ops?) "
    r"(?:might |may |will |could |would |do |does |did )?"
    r"(?:i|you|he|she|they|we|patients|people|my \w+|his \w+|her \w+) )(?:face|faces|facing)\b"
)
# Bones or joints that are "involved" are affected: "which parts of the skeleton are most commonly
# involved?". Not what a procedure involves, nor radiation "involved in" a test.
_BODY_INVOLVED = LazyPattern(
    r"\b((?:bone|bones|joint|joints|site|sites|part|parts|area|areas|skeleton|place|places|region|regions)\b"
    r"(?: \w+){0,4}? (?:are|is|be|get|gets|getting|become|becomes)(?: \w+){0,2}? )involved\b(?! in\b)"
)
# "Does that mean I have it?" asks what follows, not what a word means ("what does that mean?" does).
_IMPLIES = LazyPattern(
    r"(?<!what )\b(?:does|did|do|would|will|could|can) (?:that|this|it|these|those) (?:mean|means)\b"
)


def asks_what_follows(folded: str) -> bool:
    """Whether folded words ask what follows from what was said ("does that mean I have it?")."""
    return "mean" in folded and _IMPLIES.search(folded) is not None


# Care that avoids an operation, however it is put: "without to make operation", "besides
# surgery", "before it comes to going under the knife" all ask for the non-surgical treatments.
_AVOIDING = LazyPattern(
    r"\b(?:without|besides|other than|apart from|instead of|avoid|avoiding|short of|before it (?:gets|comes) to|"
    r"before (?:going under|resorting|trying|considering|opting|jumping)|"
    r"(?:doesnt|does not|dont|do not|not) (?:involve|need|require|include|want|mean|use)|"
    r"(?:isnt|is not|arent|are not|that s not|thats not)(?: an?)?)"
    r"(?: \w+){0,3}? (?:operation|operations|surgery|surgeries|op|ops|the knife|operate|operating|operated)\b"
)

# "Stop" says what is stopped: the disease getting worse is what treatment slows ("can these
# stop the disease?"), pain is what it reduces ("does it stop the pain?"). Stopping a medicine
# or a habit, or stopping it happening, keeps its own meaning.
_HALTING = r"\b(?:stop|stops|stopping|halt|halts|halting) (?:the |this |that |it |avn |osteonecrosis |necrosis )?"
_HALTING_DISEASE = LazyPattern(
    _HALTING + r"(?:(?:from )?(?:getting|get|gets|going) worse|worsening|progressing|progression|the progression|"
    r"disease|illness|condition|the disease)\b"
)
# Whether it can be stopped asks whether its progression can: "can they stop it?", "can that be
# stopped?". Not stopping pain, a habit or a medicine ("can I stop taking steroids?").
_STOPPING_IT = LazyPattern(
    r"\b(?:can|could|will|do|does|would|is there (?:a way|any way|anything) to|"
    r"how (?:do|can|could) (?:they|you|doctors|we))\s+"
    r"(?:(?:they|you|doctors|we|it|this|that|these|those|treatments?)\s+)?(?:be\s+)?(?:stop|stopped|halt|halted)\b"
    r"(?!\s+(?:(?:it|this|that)\s+)?(?:the\s+|my\s+)?(?:pain|ache|aching|hurting|smoking|drinking|steroids|taking|"
    # (nor a person stopped: "it'll stop me walking?")
    r"using|from|me|him|her|us|them|you))(?:\s+(?:it|this|that))?\b"
)
# "IV" is intravenous where it names a drug's route ("IV steroids", "oral or IV?", "by IV"), never
# alone: it is also the Roman four of a stage ("stage III or IV").
_IV_NAMED = LazyPattern(
    r"\biv(?= (?:steroids?|corticosteroids?|prednisone|cortisone|drips?|line|infusions?|drugs?|medications?|meds)\b)"
)
_IV_OR_ORAL = LazyPattern(
    r"\b(oral|orally|pills?|tablets?|mouth)((?: \w+){0,2}) (or|and(?: also)?|or also|or even) iv\b"
)
_IV_BY = LazyPattern(r"\b(by|through|via)(?: an)? iv\b")
# Spreading to the bones nearby is damaging them: "It may also damage nearby bones".
_SPREADING = LazyPattern(
    r"\b(?:spread|spreads|spreading|move|moves|go|goes)(?: on)? (?:to|into) (?:the )?"
    r"(?:(?:nearby|neighbouring|neighboring|surrounding|adjacent) (?:bone|bones)|"
    r"(?:other )?(?:bone|bones) (?:next to|near|around|close to|beside|by) (?:it|them|the joint|that)|"
    r"(?:bone|bones|joints?) (?:nearby|around it|close by|next to it))\b"
)
# "The break", "a break" is a fracture, an injury ("so the break could have caused it?", "I broke my wrist last
# year... can a break cause that?"); "the bone may break" collapses, and "could that break my hip?" too; a break
# taken, given or fixed is no injury ("can a bone graft fix a break?").
_NO_INJURY_BEFORE = r"(?<!take )(?<!taking )(?<!took )(?<!give me )(?<!fix )(?<!fixes )(?<!repair )(?<!heal )"
_AFTER_BREAK = r"(?! (?:down|up|out|in|through|off|from|for)\b)"
_A_BREAK = LazyPattern(
    rf"{_NO_INJURY_BEFORE}\b(?:the|my|his|her) (?:bad |nasty |serious |clean |old )?break\b{_AFTER_BREAK}"
)
_A_BREAK_INDEFINITE = LazyPattern(
    rf"{_NO_INJURY_BEFORE}\b(?:an?|an old) (?:bad |nasty |serious |clean |old )?break\b{_AFTER_BREAK}"
)

# "in general" asks for no topic of its own ("what are the symptoms in general?"), except "in general
# about" it (the overview); read as a word, "general" is the uncovered topic's "general anaesthesia".
# Nor does "in broad terms" ask about terms.
_IN_GENERAL = LazyPattern(
    r"\bin (?:general|broad|rough|overall) terms\b|\bin general\b(?! about)|\b(?:broadly|roughly) speaking\b"
)
# General care is the care, general causes the causes: "ok, general avn treatments then" (no general
# anaesthesia)
_GENERAL_CARE = LazyPattern(
    r"\bgeneral (?=(?:\w+ )?(?:treatments?|options?|care|management|approach(?:es)?|causes?|risk factors?|symptoms?|"
    r"signs?)\b)"
)
# "It's time to consider surgery" and "am I wasting my time?" ask nothing of how long anything takes
# (the uncovered topic's recovery time).
_TIME_IDIOM = LazyPattern(
    r"\b(?:its|it s|it is|it was) (?:high |about |now )?time (?=(?:to|for)\b)|"
    r"\b(?:a )?(?:waste|wastes|wasted|wasting) (?:of )?(?:my |your |his |her |our |their )?time\b"
)
# "why on earth", "what the heck": emphasis on the question word, no earth or heck.
_EMPHASIS = LazyPattern(r"\b(why|what|how|where|who|when)(?: on earth| the heck| the hell| in the world| the fuck)\b")
# Being booked in for a test or an operation tells what is coming, no booking question: "I'm booked
# for core decompression next month" (booking an appointment is an uncovered topic).
_BOOKED = LazyPattern(r"\b(?:booked|scheduled|listed)(?: in)? for\b")
# "if it turns out I have it": an idiom, not turning a bone (the osteotomy).
_TURNS_OUT = LazyPattern(r"\b(?:it |that )?(?:turns|turned|turn) out(?: that)?\b")
# Getting rid of, taking away or easing pain is reducing it, as the page says of the drilling.
_HALTING_PAIN = LazyPattern(
    r"(?:"
    + _HALTING
    + r"|\b(?:get|gets|getting|got) rid of (?:the |this |that )?|\b(?:take|takes|taking) away (?:the |this |that )?|"
    r"\b(?:ease|eases|easing|lessen|lessens|lessening) (?:the |this |that )?)(?:my |her |his |your )?"
    r"(?:pain|ache|aching|hurting)\b"
)

# Asking how to cure or heal it, or what its cure is, asks how it is treated ("How cure osteonecrosis?",
# "how can doctors heal this bone problem?", "what is the cure for AVN?"); whether it can be cured
# ("is there a cure?", "can it be cured?") is its prognosis, which the page does not give; healing
# after an operation is recovery, and curing another disease is no question the page answers.
_THE_DISEASE = (
    r"(?:(?:it|this|that|avn|osteonecrosis|osteonecrose|avascular necrosis|avascular necrose|aseptic necrosis|"
    r"necrosis|dead bone|bone death|the dead bone|the dying bone)\b|"
    r"(?:the|this|my|his|her) (?:disease|illness|condition|sickness|problem|bone problem|bone disease|dead bone)\b)"
)
_HOW_TO_CURE = LazyPattern(
    r"\bhow (?:to |do you |can you |do they |can they |do doctors |can doctors |does one |can one |is it possible to )?"
    rf"(?:cure|heal|cures|heals)(?= {_THE_DISEASE}|\s*$)|"
    rf"\b(?:what (?:is|s) (?:the )?|which )(?:cure|cures)(?: is)? (?:for|of)(?= {_THE_DISEASE})|\bwhich cure\b(?! for)"
)

# How many of a kind there are asks for the kind's list: "how many treatments are there?", "how
# many types of surgery?" (how many people have it is how common it is, which the page does not say).
_HOW_MANY_KINDS = LazyPattern(
    r"\bhow many (?:different |kinds? of |types? of |sorts? of )*"
    r"(?=(?:(?:surgical|medical|imaging|early|main|possible|available|non surgical|nonsurgical) )?"
    r"(?:treatments?|therapies|surgeries|surgery|operations?|procedures?|tests?|scans?|exams?|causes?|"
    r"risk factors?|symptoms?|options?|bones?|joints?)\b)"
)
# Care that is not an operation is the non-surgical kind: "treatments that are not surgery".
_NOT_SURGERY = LazyPattern(
    r"\b(?:that|which)? ?(?:are|is)? ?not (?:a |an )?(?:surgery|surgical|operation|operations|op)\b"
)
# What the user says they are not asking about is no topic of the question: "I'm not asking about cost
# or recovery, I just want to know what causes AVN", "forget about recovery, what is a bone graft".
_NOT_ASKING = LazyPattern(
    r"\b(?:i m not asking|i am not asking|im not asking|not asking|forget|never mind|leaving aside|leave aside)"
    r" about\b(?: \w+){1,6}?(?= (?:i|just|what|how|why|which|who|where|when|can|could|is|are|does|do|tell)\b)"
)

# In a correction, what is not meant is no topic: "sorry, I meant the drilling procedure, not the graft",
# "sorry not osteotomy, I meant arthroplasty".
_NOT_MEANT = LazyPattern(
    r"\bnot (?:the |a |an )?\w+(?: \w+)?(?= i (?:mean|meant)\b)|(\b(?:mean|meant)\b.*?) not (?:the |a |an )\w+$"
)

# Where a text was copied from is where it comes from, its source: "where was this information
# copied from?" (copying it oneself is the copyright's: "can I copy this?").
_COPIED_FROM = LazyPattern(
    r"(?<!\bbe )\b(?:was|is|were|are|been|it|this|that|these|info|information|text|page) copied from\b"
)

# When a shop or a clinic shuts or opens is its opening hours, nothing "close to" a joint: "what time does
# Boots close today" (not when a wound or a drilled hole closes). Set aside whole: "open" is an open MRI's.
_OPENING_HOURS = LazyPattern(
    r"\b(?:what time|when|till when|until when|how late) (?:does|do|will|is|are) (?:the |your |my )?(?:\w+ )?"
    r"(?:boots|shop|store|pharmacy|chemist|clinic|surgery|hospital|office|practice|centre|center|library|bank|gp|"
    r"reception|helpline|department)s? (?:close|closes|shut|shuts|open|opens)\b"
    r"(?: (?:today|tonight|tomorrow|on \w+|at the weekend))?"
)
# A learner's questions "made" are asked ("hacer preguntas"): "what questions the doctor will make me?"
_MAKE_QUESTIONS = LazyPattern(
    r"\b(?:(?:make|makes|making|made) (?:me |him |her |you |us )?(?:some |a few |many |any |the )?(?=questions?\b)|"
    r"(?<=questions )((?:\w+ ){0,4}?)(?:make|makes|made) (?=(?:me|him|her|you|us)\b))"
)
# An "old wives' tale" is a myth, no age: "does resting the joint help or is that an old wives tale"
_OLD_WIVES = LazyPattern(r"\b(?:an |a )?old wives(?: s)? tales?\b")
# A headline's "X explained" asks to explain X: "AVN explained" (no symptom "explained" by it).
_HEADLINE_EXPLAINED = LazyPattern(r"^(?!.*\b(?:what|why|how|is|are|can|does|do)\b)(.+?) explained$")
# The words for the page itself, as a text someone wrote.
_TEXT_WORDS = r"(?:content|contents|page|text|site|website|information|info|material|article|leaflet|document)"
# Who is responsible for a text wrote it; what is responsible for the disease causes it: "who is
# responsible for the content of this page?" asks where the information comes from.
_RESPONSIBLE_FOR_TEXT = LazyPattern(
    r"\bwho (?:is|s|are|was|were) (?:\w+ )?responsible for (?:the |this |these |that )?(?:"
    + _TEXT_WORDS
    + r"|writing)\b"
)
# Whom a text is "from" or "by" wrote it: "who is this information from?" (not the information itself).
_WHO_IS_IT_FROM = LazyPattern(
    r"\bwho (?:is|s|are) (?:this|the|that|these|your) (?:" + _TEXT_WORDS + r"|answers?) (?:from|by)\b|"
    r"^who (?:is|s) (?:this|it) (?:from|by)$"
)
# Which people get it, or end up with it, is who gets it, a question of risk: "what sort of people
# usually end up with their bone dying?", "which patients develop it?", "who ends up with AVN?".
_WHO_GETS_IT = LazyPattern(
    r"\b(?:(?:which|what (?:sort|sorts|kind|kinds|type|types) of) (?:people|persons|patients|folks?|individuals)"
    r"(?: \w+ly)?(?: tend to| are likely to| are more likely to)? (?:get|develop|end up with|come down with|have)|"
    r"who(?: \w+ly)? (?:ends? up with|comes? down with))\b"
    # (not who gets a test or an operation: "which patients have core decompression")
    r"(?! (?:a |an |the )?(?:core|decompression|bone graft|graft|osteotomy|joint|hip replacement|replacement|surgery|"
    r"operation|mri|x ray|xray|scan|test|treatment)\b)"
)
# Who answers for a mistake in the page is the disclaimer's warranty, no cause: "if this info is wrong
# and I get hurt, who is responsible?"
_LIABLE_FOR_TEXT = LazyPattern(
    r"\b(?:info|information|page|content|text|site|website|advice)\b.{0,30}\b(?:wrong|incorrect|inaccurate|mistaken|"
    r"outdated|out of date)\b.{0,60}\bwho (?:is|s|would be|will be|can be|do i) (?:\w+ )?"
    r"(?:responsible|liable|blame|sue)\b"
)
# After the diagnosis is when a question is asked, not what it asks: "ok and after the diagnosis,
# what treatments are there"
_AFTER_DIAGNOSIS = LazyPattern(
    r"\b(?:after|once|following) (?:the |a |my |his |her |your )?(?:diagnosis|diagnosed|it is diagnosed|"
    r"it s diagnosed|its diagnosed|they diagnose it)\b(?=.{0,12}\b(?:what|which|how)\b)"
)

# What the page says about a thing asks about the thing: "what does this page say about surgery?"
# (what the page is about, or where it comes from, is asked otherwise).
_THE_PAGE_SAYS = LazyPattern(
    r"\bwhat (?:does|do|did) (?:this|the) (?:page|site|website|text|document|article) "
    r"(?:say|tell(?: me| us)?|write|mention)(?= (?:(?:about|on|of|regarding) )?(?!it\b|this\b|that\b|about\b)\w)"
)
# What the user says they asked is what they ask: "no, I asked about the causes" (no question
# about what the doctor asks).
_I_ASKED = LazyPattern(
    r"\b(?:i|we) (?:asked|was asking|were asking|am asking|m asking|meant to ask|wanted to ask)(?: you)?"
    r" (?:about|for|regarding)\b"
)

# What a word refers to is what it means: "what does the word osteonecrosis actually refer to?" (not
# "which specialist do they refer to?").
_REFERS_TO = LazyPattern(r"\b(what (?:does|do|did) .+?) (?:actually |really |exactly )?refer to\b")

# "Name them" is "list them": "what about the surgeries, name them", "name the risk factors" (not a
# thing's own name: "what's the name of the drilling one", "name the surgery where they drill").
_NAME_THEM = LazyPattern(
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bmy )(?<!\byour )\bname (?=(?:them|those|these|all|some|a few|"
    r"the (?:main |different |other |possible |usual |common )?(?:\w+ )?(?:surgeries|operations|procedures|ops|"
    r"tests|scans|treatments|options|causes|symptoms|signs|factors|bones|joints))\b)"
)

# The leaflet being read is the page itself: "is there a newer version of this leaflet?" asks for
# the latest version, not about making leaflets of it.
_THIS_LEAFLET = LazyPattern(r"\b(this|the) (?:leaflet|pamphlet|brochure|handout|factsheet|fact sheet)\b")
# What the page gives or mentions is what the question asks of its subject: "list the risk factors
# given on the page", "what pain medicines does the page mention?" (what the page is, or who wrote
# it, is asked in other words).
_ON_THE_PAGE = LazyPattern(
    r"\b(?:(?:given|listed|mentioned|shown|stated|written|named|described)\s+)?(?:on|in|per|according to)\s+"
    r"(?:the|this)\s+"
    r"(?:page|text|article|leaflet|resource|source|document)(?= *$)|"
    r"\b(?:does|do|did) (?:this|the) (?:page|site|website|text|document|article|source) "
    r"(?:mention|list|name|include)\b|"
    r"\b(?:that |which )?(?:the|this) (?:page|site|text|document|article) (?:covers|mentions|lists|names|gives|"
    r"describes|discusses|talks about)(?= *$)"
)

# "The drilling part" of a treatment is that step itself: "and the decompression part, what do they
# do?" ("which part of the bone" keeps its part).
_NOT_A_STEP_NAMED = (
    r"(?!(?:first|1st|next|last|second|2nd|third|3rd|final|initial|beginning|very|early|earlier|later|worst|best|"
    r"hard|hardest|tricky|main|most|important|difficult|easy|easiest|painful|scary|same|other)\b)"
)
_THE_STEP_PART = LazyPattern(
    rf"\b(the (?:{_NOT_A_STEP_NAMED}\w+ ){{0,2}}?{_NOT_A_STEP_NAMED}\w+) (?:part|step|bit)\b(?! of\b)"
)

# Looking at a bone or a joint is imaging it, not reading the images ("who should look at my
# scan?"): "what scans would they use to look at my hips".
_LOOK_AT_BONE = LazyPattern(
    r"\blook(?:ing)? (?:at|inside|into) (?:my|the|his|her|your|their) "
    r"(?=(?:hips?|bones?|joints?|knees?|shoulders?|ankles?|wrists?)\b)"
)

# A short story or a short poem is no short version of the page: "tell me a short story" asks
# for a story, which the page has none of.
_SHORT_PIECE = LazyPattern(
    r"\b(?:short|shorter|little|quick|brief) (?=(?:stor(?:y|ies)|poems?|songs?|jokes?|essays?|limericks?|haikus?|"
    r"raps?|riddles?|tales?|films?|movies?|videos?|novels?|letters?|emails?|speech)\b)"
)

# "Earlier" in the chat itself is not an early stage: "thanks for the info earlier", "as you said
# earlier". The pair is chat as a whole, so both words go.
_CHAT_EARLIER = LazyPattern(
    r"\b(?:info|information|answer|answers|reply|message|help|said|say|mentioned|mention|asked|ask|told|wrote|"
    r"explained|showed|gave|read|chat|conversation) earlier\b"
)

# However a treatment is said not to work, it fails: "if that doesn't work", "if none of that
# helps", "if the early treatments fail", "if is not better", "and if not?" all ask what comes when it does.
_FAILING = LazyPattern(
    r"\b(?:(?:doesnt|does not|dont|do not|didnt|did not|wont|will not) (?:work|help)(?! out\b)|"
    r"(?:isnt|is not|arent|are not|not|stop|stops|stopped) (?:working|helping)|no longer (?:works|helps)|"
    r"(?<=\bif) (?:(?:it|this|that|she|he|they|is|s|its|thats|shes|hes) )*(?:not|no) (?:better|improv\w*)|"
    r"(?:(?<=\bif )|(?<=\bif it )|(?<=\bif this )|(?<=\bif that )|(?<=\bif she )|(?<=\bif he )|(?<=\bif they ))"
    r"(?:doesnt|does not|dont|do not|didnt|did not|wont|will not) (?:improve|get better)|(?<=\bif) not$|"
    r"(?<=\bif) (?:it|this|that|they|these|those|she|he) not (?:help|helps|work|works)\b|"  # (a learner's)
    r"fails|failed|failing|refractory|unresponsive|(?:prove|proves|proved|are|is|be) (?:insufficient|inadequate|"
    r"ineffective|unsuccessful)|none of (?:that|this|these|those|them|it) (?:works|work|helps|help)|"
    r"(?<=\bif )nothing (?:else )?(?:works|helps|worked|helped)|"
    r"(?:(?<=\bif)|(?<=\bwhen)) (?:thats|its|theyre|that|it|this|those|they|these|"
    r"(?:\w+ ){0,3}(?:care|treatments?|therapy|physio|physiotherapy|aids|medicines?|medications?|rest|crutches|"
    r"painkillers|nsaids|surgery|operation))(?: \w+)? "
    r"(?:isnt|is not|arent|are not|s not|re not|not) enough)\b"
)

# When the early care fails, two or more of its kinds named, what comes next is asked: "what do the
# surgeons do if the tablets and the resting dont work" (the kinds named would read as the early care).
_CARE = (
    r"(?:tablets?|pills?|medicines?|medications?|meds|painkillers?|rest|resting|physio|physiotherapy|physical therapy|"
    r"exercises?|crutches|canes?|nsaids?|anti inflammatories|ice|heat|cold packs?)"
)
_CARE_FAILING = LazyPattern(
    rf"\bif (?:the |my |his |her |all )?{_CARE}(?:(?: and| or|,) (?:the |my )?{_CARE})+ +fail\b"
)
# A likeness drawn in passing is no topic: "anti inflamatory tablets like the ones you take for a headache,
# are they used for this" asks of the tablets, not of headaches.
_LIKE_THE_ONES = LazyPattern(
    r"\b(?:like|such as) (?:the ones|those|the kind|what) (?:that )?(?:you|u|i|we|people|one|they) "
    r"(?:take|use|get|buy) (?:for|when you have|with) (?:a |an |your |my )?\w+"
)
# What a thing is "not just", last, is what it is told apart from, no topic: "how will the doctor know
# for sure its the bone dying and not just a bad hip".
# (A test or an operation after it is compared: "why an MRI and not just an xray".)
_NOT_JUST = LazyPattern(
    r"\b(?:and|or|but) not just (?!(?:(?:a|an|the|my|some) )?(?:x ray|xray|mri|scan|ct|test|operation|surgery)\b)"
    r"(?:\w+ ){0,3}?\w+$"
)
# All the questions asked about a thing are the doctor's asking about it: "why all the questions about
# pills?" (what the doctor asks is part of the diagnosis).
_ALL_THE_QUESTIONS = LazyPattern(
    r"\bwhy (?:\w+ )?all (?:the|these|those|them|of the|of these) questions (?:about|on|regarding)\b"
)
# How many nights a habit takes is no night pain: "I do like a drink most nights, three or four pints.
# Is that on the list?" (only beside a habit: a hip that throbs most nights is night pain).
_MOST_NIGHTS = LazyPattern(r"\b(?:most|every|each|some|many|a few|three|four|five|six) nights?(?: a week)?\b")
_HABIT = LazyPattern(r"\b(?:drinks?|drinking|pints?|beers?|wine|booze|boozing|smoke|smokes|smoking|cigarettes?)\b")
# Where a medicine is bought says it is over the counter: "the anti-inflammatory tablets you get at the
# chemist" (a chemist is no topic of its own).
_FROM_THE_CHEMIST = LazyPattern(
    r"\b(?:(?:that |which )?(?:you|u|one|i|we|people) (?:can )?(?:get|buy|pick up) )?(?:at|from|in) (?:the |a |any )?"
    r"(?:chemists?|pharmacy|pharmacies|drugstores?|drug stores?|supermarkets?)\b"
)
# Getting it in one of the joints the page names, or turning up in other joints, is where it happens: "can
# you get it in your shoulder as well as the hip?", "does it turn up in other joints?" (getting it in the back
# stays a place the page does not name, and showing up in an MRI is no place).
_GET_IT_IN = LazyPattern(
    r"\b(?:(?:get|gets|got|getting|develop|develops|developed) (?:it|this|avn|osteonecrosis)|"
    r"(?:turn|turns|turned|crop|crops|cropped|show|shows|showed) up) in"
    r"(?= (?:(?:the |a |your |ur |my |his |her |their |both )?(?:ankles?|wrists?|hips?|shoulders?)|"
    r"(?:other|another|different|which|what|more|all|any) (?:joints?|bones?|places|parts))\b)"
)
# What is "not enough" does not work: "If medicine is not enough, what operation is possible?" (read before
# the avoiding of an operation, which _FAILING's own "not enough" comes after; no bone "not enough" left).
_IF_NOT_ENOUGH = LazyPattern(
    r"\b(if (?!(?:there|it|that|this|the bone|bone)\b)(?:\w+ ){1,3}?)(?:is |are |s |re |was |were )?"
    r"(?:not|no longer|isnt|arent) (?:enough|sufficient)\b"
)
# Using the page's pictures to check one's own is comparing them, no reuse of the pictures: "can i use
# the imges here to check my own scans" (using them in a talk stays the copyright's question).
_USE_TO_CHECK = LazyPattern(
    r"\buse (?:the |these |those |your |its )?(?:images|pictures|photos|ones)"
    r"(?: here| on (?:this|the) page| shown)? to "
    r"(?=(?:check|compare|judge|look at|diagnose|read|understand|interpret|make sense of|teach myself|learn)\b)"
)
# What "doesn't cut it" (or "do the job") does not work: "what ops are there if the tablets and physio
# dont cut it" (no cutting)
_NOT_CUT_IT = LazyPattern(
    r"\b(?:dont|doesnt|didnt|do not|does not|did not|wont|will not|cant|cannot|can not) "
    r"(?:cut it|do the job|do the trick|do their job|do its job)\b"
)
# A learner's "if this not help" is "if this doesn't help".
_IF_NOT_HELP = LazyPattern(
    r"\b(if (?:\w+ ){1,3}?)(?<!\bdo )(?<!\bdoes )(?<!\bdid )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )"
    r"not (work|help)\b(?! out\b)"
)

# What fails is no longer the question: "if the rest and pills don't work, what's next?" asks what
# comes after the treatments, not about rest and pills ("how do I know if it is failing?" asks no
# next; "what if the graft fails?" names its own topic, and "if I fail to..." is no treatment failing).
_WHAT_FAILS = LazyPattern(
    r"(?<!know )(?<!tell )(?<!see )\b(if|when|once) +(?:\w+ +){0,4}?(?:treatments?|medicines?|medications?|meds|"
    r"drugs|pills|tablets|painkillers|nsaids|physio|physiotherapy|therapy|rest|crutches|aids|care|management|measures|exercises|"
    r"those|these|they|that|this|it|things|stuff|options|ones|methods|approaches)"
    # (and care said by what it is not: "when the treatment without surgery is not helping")
    r"(?: +(?:(?:without|with no|other than|short of|before) (?:an |the )?(?:surgery|operation|op)|nonsurgical))?"
    r" +fail\b(?! to\b)"
)

# Exercises a physiotherapist gives are physical therapy, not exercise as a way of life: "can
# exercises with a physio help me move better?" ("what exercise is safe?" stays exercise).
_PHYSIO_EXERCISES = LazyPattern(
    r"\b(?:exercises?|exercising|workouts?|stretches|stretching) (?:with|from|by|at|given by|at the) "
    r"(?:a |the |my |your |his |her )?(?:physio|physios|physiotherapist|physiotherapists|physical therapist|"
    r"physical therapists|therapist|physiotherapy|physical therapy)\b|"
    r"\b(?:physio|physiotherapy|physical therapy) (?:exercises?|workouts?|stretches)\b"
)

# Reading images is interpreting them ("who should read my x-ray pictures?", "who is qualified to read
# them", "scan reading"); reading more about a test is not ("where can I read more about body MRI?").
_READING_IMAGES = LazyPattern(
    r"\b(?:(?:read|reads|reading)(?= (?:(?:my|the|these|those|your|their|our|his|her|own) )*"
    r"(?:images?|imaging|pictures?|pics?|scans?|x ?rays?|xrays?|mris?|films?|them|it|results?|reports?)\b)|"
    r"(?<=scan )reading|(?<=image )reading|(?<=x ray )reading)"
)

# "At that stage" points back in time, and asks nothing about stages of the disease ("at that stage
# does decompression still work?" after the collapse).
_AT_THAT_STAGE = LazyPattern(r"\b(?:at|in|by) (?:that|this) (?:stage|point|phase)\b")

# "I mean" corrects or stresses what is said, and asks no meaning: "the disease I mean".
_I_MEAN = LazyPattern(r"\bi (?:mean|meant)\b")

# Finding out whether someone has it is diagnosing it, however it is put: "how do doctors figure out
# that someone has osteonecrosis?", "how does the doctor find it", "check if you have it".
_FINDING_OUT = LazyPattern(
    r"\b(?:(?:find|finds|finding|figure|figures|figuring|work|works|working|make|makes) out (?:if|whether|that)|"
    r"(?:figure|figures|figuring|find|finds) out (?=(?:i|you|he|she|someone|somebody|we|they) (?:have|has|got)\b)|"
    r"(?:tell|tells|see|sees|check|checks) (?:if|whether) (?:you|i|he|she|someone|somebody|they|we|people) "
    r"(?:have|has|got)|"
    # "so how would you know?" (that one has it), asked bare
    r"\bhow (?:would|do|can|will|could) (?:you|they|i|we|doctors?|the doctor) (?:ever |even )?(?:know|tell)"
    r"(?: for sure| for certain| then)?$|"
    # "how do they even know you have it": the doctor knowing, not the patient ("how do I know if I have it"),
    # or knowing it is this ("how will the doctor know for sure its the bone dying and not just a bad hip")
    r"\bhow (?:do|does|can|will|would|could|did) (?:(?:the|a|my|your) )?(?:doctors?|they|physicians?|radiologists?) "
    r"(?:even |actually |really |ever )?(?:know|tell)(?: for sure| for certain)?(?:(?: if| whether| that)? "
    r"(?:you|i|he|she|someone|somebody|a person|people|patients?|my \w+) (?:have|has|got)| (?:that )?"
    r"(?:it is|its|it s|this is)\b)|"
    # making sure it is this: "How they will make sure it is this? Only with the x ray?"
    r"\b(?:make|makes|making) sure (?:that )?(?:it is|its|it s|this is|(?:i|you|he|she|they|we) (?:have|has|got))\b|"
    # "how does the doctor find it", "doctor how find this disease?"; not "where can I find this page"
    r"\bhow (?:(?:do|does|can|will|would|could|did) )?(?:(?:the|a|my|your) )?(?:doctors?|they|you|we|physicians?|"
    r"radiologists?)? ?(?:(?:can|could|will|would|do|is|are) )?(?:find|finds|finding|see|sees|spot|spots) "
    r"(?:the )?(?:it|this|that|avn|osteonecrosis|the disease|this disease|the problem)|"
    r"\bto find (?:it|avn|osteonecrosis|the disease|this disease)|"
    # "can an mri find avn early", "the scan finds it": what a test or a doctor finds (the finder stays)
    r"(?:(?<=mri )|(?<=mris )|(?<=scan )|(?<=scans )|(?<=test )|(?<=tests )|(?<=x ray )|(?<=xray )|(?<=doctor )|"
    r"(?<=doctors )|(?<=can ))(?:find|finds) (?:it|avn|osteonecrosis|the disease|this disease))\b"
)

# Bone that dies is the disease, however far the dying is from the bone: "why would a bone just
# die", "why a bone would just die", "the bone actually dies off", "make your bones die". "Can you die
# from it?" is not, and bone that "keeps dying" goes on (two words between: "would just"; a bone graft or
# bone cancer patients that die are no bone dying).
_BONE_DIES = LazyPattern(
    r"\b(?:bone|bones)(?: (?!keeps?\b|continues?\b|carries\b|goes\b|grafts?\b|marrow\b|cancer\b|patients?\b|"
    r"transplants?\b|cells?\b)\w+){0,2}? (?:die|dies|died|dying)(?: off)?\b"
)
# A joint said to rot or die is the same, in lay words: "my hip is rotting", "what can be done for my
# dying hip", "my shoulder is decaying away" (the joint stays named: it may be what is asked about).
_JOINT_ROTS = LazyPattern(
    r"\b(hip|hips|joint|joints|shoulder|shoulders|knee|knees|ankle|ankles|wrist|wrists)(?: is| are)? "
    r"(?:rot|rots|rotting|rotted|rotten|decay|decays|decaying|dying)(?: away)?\b|"
    r"\b(?:rotting|rotten|decaying|dying|dead) "
    r"(hip|hips|joint|joints|shoulder|shoulders|knee|knees|ankle|wrist)\b(?! bone)"
)

# How to answer is not what is asked: "in simple terms, what are the symptoms?", "briefly, what
# causes it?", "what is arthroplasty in plain words?" ask for the symptoms, the causes and the
# arthroplasty. Asked alone ("in a nutshell?", "explain it simply") the manner is the request.
_MANNER = LazyPattern(
    r"\b(?:in|using|with|into) (?:very )?(?:simple|simpler|plain|plainer|easy|easier|basic|everyday|lay|layman|"
    r"laymans|layman s|non medical|nonmedical) (?:terms|words|english|language)\b|"
    r"\bin a nutshell\b|\bin brief\b|\bin short\b|"
    # (summing up something of it, not the disease: "summarise the surgical management of osteonecrosis")
    rf"\b(?:summarise|summarize|sum up)\b(?! (?:{_DISEASE}|it|this|the disease|the condition)\b)"
    r"(?!.*\b(?:section|page)\b)|"
    r"\bbriefly\b|\bin (?:like )?(?:a few|few|one|a single|1|two|2|three|3|a couple of|a couple) "
    r"(?:words|sentences?|lines?)\b|"
    r"\b(?:with |in )?(?:a|one|1) (?:line|sentence)(?: or two)? (?:on|about|for|per|describing) "
    r"(?:each|every)(?: one)?\b|"
    r"\b(?:like|as if) (?:im|i m|i am|i was|to a|(?:you re |youre |you are )?talking to) (?:a |an )?"
    r"(?:\d{1,2}|five|six|seven|ten|twelve|child|kid|toddler|beginner|dummy|idiot|layman|layperson)"
    r"(?: years? old| yo)?\b|\beli5\b|"
    r"\bfor (?:dummies|beginners|a beginner|a layperson|laypeople|a layman|idiots|an idiot)\b"
)
# The letters the manner cannot match without (a substring test is cheaper than the search).
_MANNER_LETTERS = (
    *"simpl plain easy easier basic lay medical everyday nutshell brief short eli5 summari".split(),
    "sum up",
    "few words",
    "one sentence",
    "one line",
    "like i",
    "like to",
    "as if",
    "sentence",
    "line",
    "talking to",
    "for dumm",
    "for begin",
    "for a lay",
    "for a begin",
    "for an idiot",
    "for idiots",
    "for lay",
)


def without_manner(folded: str) -> str:
    """Folded words without the manner of answer they ask for: "what is that in plain words" is
    "what is that"."""
    if not any(map(folded.__contains__, _MANNER_LETTERS)):
        return folded
    return " ".join(_MANNER.sub(" ", folded).split())


# A stage's number says no more than "stage": "stage 2 avn" asks about the stages, and a "2" elsewhere
# ("are they 2 different diseases?") is then no word of the stages.
_STAGE_NUMBER = LazyPattern(
    r"\b(stage|stages|grade|grades|phase|ficat|arco|steinberg) (?:[1-9]|[1-4][abc]|i{1,3}|iv|v)\b"
)
# A disease that "makes itself felt" shows itself (its symptoms); read as a word, "felt" would take
# the place of a mistyped "dealt" ("how is it delt with").
_MAKES_ITSELF_FELT = LazyPattern(r"\b(?:make|makes|made|making) (?:itself|themselves) felt\b")
# "Is it possible to get it...?" asks whether one can, "how is possible that a bone die?" how it can:
# the possible surgeries are no part of it. So does a learner's "is possible it become more bad?"
_IS_IT_POSSIBLE = LazyPattern(
    r"(?:\b(how )(?:is|its|it s|it is)|\b(?:is it|it is|its|it s)|^is) (?:even |really |at all )?possible "
    r"(?=(?:to|that|for)\b)|"
    rf"(?<!\bit )\bis possible (?=(?:it|this|these|he|she|they|the|my|his|her|their|{_DISEASE})\b)"
)
# Where on the body, not how much: "lower back pain", "the upper arm" (a "lower" risk is prevention).
_UPPER_OR_LOWER = LazyPattern(r"\b(?:lower|upper) (?=(?:back|legs?|arms?|limbs?|body|spine|jaw|abdomen|belly)\b)")
# "The treatment side" is the treatment: no side effects, no side of the body
_THE_SIDE_OF = LazyPattern(
    r"\b(treatment|treatments|medical|surgical|surgery|diagnosis|diagnostic|imaging|scan|scans|test|tests|testing|"
    r"causes?|symptoms?|legal|copyright|clinical|practical|scientific|technical) side\b(?! effects?\b)"
    r"(?: of (?:things|it))?"
)
# The part a thing plays in something is what it does there: "what role does physiotherapy play in
# managing osteonecrosis?" asks what physiotherapy does for it (whether a thing "plays a role" in the
# disease asks whether it causes it, a synonym of the causes).
_ROLE_PLAYED = LazyPattern(r"\bwhat (?:role|part) (?:does|do|can|could|might|should|did) (.{1,60}?) play\b")
# What happens once the disease is found is its treatment: "and if it's confirmed, what then?", "ok what
# do they do once its confirmed", "what if it shows up" (asked with nothing else)
_CONFIRMED = (
    r"(?:it|that|this|the diagnosis|avn|osteonecrosis)(?: is| s|s| has been| gets| does)? "
    r"(?:confirmed|diagnosed|found|show up|shows up|there|positive)"
)
# ...and, said first, what the test finds: "and if it's bad, what then" (but "what happens when it gets
# bad" asks how the disease goes on)
_FOUND = (
    r"(?:confirmed|diagnosed|positive|"  # "if confirmed, what then"
    r"(?:it|that|this|the diagnosis|the scan|the mri|the result|avn|osteonecrosis)"
    r"(?: is| s|s| has been| comes back)? "
    r"(?:confirmed|diagnosed|found|show up|shows up|there|positive|bad|serious|avn|osteonecrosis)|"
    # "and if they find it, what then", "if it does show AVN what happens next"
    r"(?:they|theyve|the doctors?|the scan|the mri|the x ray|the test|it)(?: do| does| did| ve| have| has| had)? "
    r"(?:find|finds|found|show|shows|shown|confirm|confirms|confirmed|see|sees|seen|detect|detects|detected|pick up|"
    r"picks up|picked up) "
    r"(?:it|that|this|avn|osteonecrosis|something|anything))"
)
_WHAT_THEN = (
    r"(?:what|whats|what s)(?: usually| normally| typically)?(?: then| next| now| happens| happens then| happens next|"
    r" do they do| do they do then| is done| s done| done| can they do| can be done| are the options|"
    r"(?: is| s)? the (?:treatment|plan))?"
)
_THEN_ENDINGS = ("then", "next", "now", "happens", "do", "done", "options", "what", "treatment", "plan")
_WHAT_STARTS = ("what", "and what", "ok what", "so what", "but what")
_ONCE_CONFIRMED = LazyPattern(
    rf"^(?:(?:and|ok|so|but|then) )*(?:(?:if|once|when|after) {_FOUND} (?:then )?{_WHAT_THEN}|"
    rf"{_WHAT_THEN}(?: then)? (?:if|once|when|after) {_CONFIRMED})$"
)
# What a treatment or a life "looks like" is what it is like: "what would treatment look like at
# first?" (what a scan or the bone looks like on it keeps its looks). A message's words only: the
# knowledge base's examples of the pictures speak of looks.
_LOOK_LIKE = LazyPattern(
    r"\b((?:treatment|treatments|care|therapy|surgery|recovery|life|plan|management) )(?:look|looks|looking) like\b"
)
# Cold weather is weather, and a cold or a cold sore an illness: no cold packs
_COLD_WEATHER = LazyPattern(r"\bcold (?=(?:weather|season|months|days|climate|temperatures?|winters?)\b)")
_A_COLD = LazyPattern(
    r"\b(?:have|has|had|got|get|gets|getting|caught|catch|catches|with|like|from|for) (?:a|the) cold\b"
    r"(?! (?:pack|compress))|"
    r"\bcommon cold\b|\bcold sores?\b"
)
# A joint "killing me" hurts: "my hips r killing me" (no question whether it can kill)
_KILLING_ME = LazyPattern(r"\b(?:(?:is|are|was|were|been|keeps?|kept) )?killing (?:me|him|her|them|us)\b")
# A nurse's care plan is the task, not the care asked about: "for my care plan I need to list the risk factors"
_CARE_PLAN = LazyPattern(r"\b(?:for|in|on) (?:my|a|the|our|her|his|this) (?:nursing )?care plans?\b")
# The commonest cause is a cause ranked, which the page does not rank (``forms.asks_judgement``):
# read as a cause, not as the bones where it is "most common"
TOP_RANKS = r"most common|commonest|most frequent|biggest|leading|number one"  # (of causes: see forms.asks_judgement)
_TOP_CAUSE = LazyPattern(rf"\b(?:{TOP_RANKS}) (cause|reason|risk factor|trigger)(s?)\b")
# "Effect" for "affect", as a verb: "which bones does it effect?", "does avn only effect the hip?",
# "are the knees effected" (the effects of the disease are how it goes on).
_EFFECT_AS_VERB = LazyPattern(
    r"\b((?:does|do|did|can|could|will|would|may|might|it|they|that)(?: \w+)?"
    r"(?: only| also| usually| ever| mostly| just| normally| typically| often| commonly)? )"
    r"(?<!\ban )(?<!\bthe )(?<!\bany )(?<!\bno )(?<!\bside )effect\b"
)
_EFFECTED = LazyPattern(r"\beffected\b")
# A learner's "for" before a verb is "to" ("para encontrar"): "what the doctor will do for find it?"
_FOR_TO_DO = LazyPattern(
    r"\bfor (find|know|check|treat|diagnose|detect|confirm|stop|make|avoid|prevent|cure|heal|reduce|ease|"
    r"test|repair|replace|remove)\b(?! (?:of|for)\b)"
)
# "Form" typed for "from" after what comes from somewhere: "what is the new joint made form?"
_FORM_FOR_FROM = LazyPattern(r"\b(made|come|comes|came|coming|taken|take|taking|get|gets|got|grown) form\b")
# Giving someone a thing is no cause ("can steroids give her avn?"): "would they give her a new hip?"
_GIVE_A_THING = LazyPattern(
    r"\b(?:give|gives|gave|giving) (?=(?:him|her|them|someone) (?:a|an|the|some) (?:new |artificial |metal |fake |"
    r"false )?(?:hip|knee|shoulder|joint|graft|bone|operation|surgery|replacement|pills|tablets|painkillers|crutches|"
    r"cane|injection|scan|mri|x ray|xray)\b)"
)
# A side effect of a medicine or a treatment is what it causes: "is avascular necrosis a side effect
# of chemotherapy?" asks of the causes (the side effects of an operation are its own matter).
_SIDE_EFFECT_OF = LazyPattern(
    r"\b(?:a|an|one)(?: known| common| possible| rare| recognised| recognized| usual| of the)? side effects? of\b"
    r"(?! (?:the |an? |this |that |my )?(?:operation|surgery|procedure|op|core decompression|decompression|graft|"
    r"bone graft|osteotomy|replacement|joint replacement|hip replacement|drilling|mri|x ray|xray|scan)\b)"
)
# What "rots" or "messes up" the bones causes bone death: "can alcohol really rot your bones?" (the
# disease rotting them is the disease: see _JOINT_ROTS)
_HARMS_BONES = LazyPattern(
    r"(?<!avn )(?<!it )(?<!osteonecrosis )(?<!necrosis )(?<!this )"
    r"\b(?:rot|rots|rotting|wreck|wrecks|wrecking|mess up|messes up|messing up|mess with|eat away|eats away) "
    r"(?:your|my|the|his|her|their|our|ur) (?:hip |hips )?bones?\b"
)
# Bringing something up with a doctor is raising it, no bringing of anything: "...so I know whether to
# bring it up with my GP" (what to bring to the appointment is the diagnosis's "medicines and supplements")
_BRING_UP = LazyPattern(r"\b(?:bring|brings|bringing|brought) (?:it|this|that|them|these|those) up\b")
_EARLY_WORDS = ("earl", "detect", "catch", "caught", "diagnos")
# Someone's age said against the disease asks whether it comes at that age: "he's only 16 though",
# "she's 62, isn't that unusual?", "im 19 can i even get this" (a message's words: the examples tell
# ages as context)
_AN_AGE = LazyPattern(
    r"^(?:(?:but|and|so|well|ok|hmm) )*(?:he|she|i|they|my \w+|her|his)(?: s| is| am| are|s|m| m)? "
    r"(?:only |just |already |nearly |almost |over |under |now )?(\d{1,2})(?: years? old| yo| yrs?)?"
    r"(?: btw| by the way| fyi)?(?= though| tho|"
    r" isnt| is not| can| could| is that| isnt that| also| too)"
)
# People "over 70" or "under 18" are older or younger people, an age asked of: "is it mostly people over 70 who
# get it?" (not "for over 20 years", said of no one; nor whether they may have an operation or a test: a
# message's words only, with no care named).
_OVER_AN_AGE = LazyPattern(
    r"\b(people|patients|anyone|anybody|those|someone|somebody|men|women|adults|folks?|persons?|ppl|pts|everyone|"
    r"kids|children|teens|teenagers) (?:aged )?(over|above|under|below) (?:the age of )?(?:[1-9]\d)s?\b"
    r"(?! (?:percent|per cent|mg|milligrams?|times|days|weeks|months|pounds|kg|kilos|lbs|minutes|hours|units|drinks))"
)
# What "goes wrong" in a bone is what happens in it: "what actually goes wrong inside the bone" (not what
# may go wrong in an operation, a risk the page leaves out).
_GOES_WRONG = LazyPattern(
    r"(?<!can )(?<!could )(?<!might )(?<!may )(?<!will )(?<!would )"  # (what can go wrong is a risk)
    r"\b(?:go|goes|going|went|gone) wrong (?=(?:inside|in|with|to) (?:the|my|his|her|your|their|a) "
    r"(?:bone|bones|hip|hips|joint|joints|body|femur|shoulder)\b)"
)
# Bone one's own that is used or taken is bone from the patient, the graft's: "can they use my own bone?" (not
# one's own bone that dies).
_OWN_BONE_USED = LazyPattern(
    r"\b(use|uses|using|used|take|takes|taking|taken|took|with|harvest|harvested) "
    r"(?:my|your|his|her|their|the patient s|the patients|patients|our) own bone\b"
    r"(?! (?:density|marrow|scan|broth|health|mass|loss|dying|is|was)\b)"
)
# A joint swapped for "a false one" or "a metal one" is a replaced joint (not "true or a false one?", nor a graft).
_FALSE_ONE = LazyPattern(r"(?<!\bor )(?<!\bthat )(?<!\bthis )(?<!\bit )\ba (?:false|metal) one\b")
# Re-angling an X-ray, a table or a leg is no reshaping of the bone (the osteotomy's "re-angle").
_NOT_A_BONE_ANGLED = LazyPattern(r"\b(?:x ?rays?|mri|scan\w*|table|machine|beam|leg|foot|arm|crutches)\b")
_RE_ANGLED = LazyPattern(r"\bre ?(angl\w*)")
# A joint "put under stress" bears a load, no anaesthesia ("will I be put under?").
_PUT_UNDER_LOAD = LazyPattern(
    r"\bput under (?=(?:(?:a lot of|lots of|more|less|too much|extra|heavy|constant) )?(?:stress|load|pressure|strain|"
    r"weight)\b)"
)
# "Zero pain" is no pain: "I have zero pain. Is that normal?"
_ZERO = LazyPattern(r"\bzero (?=(?:pain|pains|symptoms?|signs?|problems?|issues?|discomfort|complaints?|aches?)\b)")
# "An old boy on the boat", "an old friend": someone known for long, in a story, no age asked ("can an
# old man get it?" asks of an age); and "my old ankle fracture" was long ago.
_OLD_INJURY = LazyPattern(
    r"\b(an|the|my|his|her|their|your|that|this) old (?=(?:\w+ )?(?:fracture|fractures|injury|injuries|break|breaks|"
    r"dislocation|accident|wound|trauma)\b)"
)
_OLD_PERSON = LazyPattern(
    r"\b(an|the|some|this|that|one|my|our|his|her) old (?=(?:boy|friend|friends|mate|mates|"
    r"colleague|colleagues|school|boss|neighbour|neighbor|flame|pal|buddy)\b)"
)
_AGE_BOUNDS = ("over ", "above ", "under ", "below ")
# (nor the symptoms, the risk factors or the bones of people of an age: "symptoms in people over 60")
_OTHER_TOPIC = LazyPattern(
    r"\b(?:symptoms?|signs?|present\w*|risk factors?|bones?|joints?|happens?|x ?rays?|crutches|canes|walking aids|"
    r"diagnos\w*)\b"
)
# Getting it "at 16" is getting it at an age (not at 16 milligrams or 16 weeks).
_AT_A_NUMBER = LazyPattern(
    r"\b((?:get|gets|got|getting|have|has|had|develop|develops|developed|happen|happens|occur|occurs) "
    r"(?:it|this|avn|osteonecrosis|that) |"
    # ...and so is being unusual at 62: "is avn unusual at 62?"
    r"(?:is|s|isnt) (?:it|this|avn|osteonecrosis|that) (?:\w+ )?(?:unusual|usual|common|uncommon|rare|normal|"
    r"typical|abnormal|odd|strange) )(?:at|aged) (?=\d{1,2}\b(?! ?(?:mg|milligrams?|percent|%|days?|weeks?|"
    r"months?|hours?|minutes?|degrees?|times?|am|pm|o clock)\b))"
)
_TRY_FIRST = LazyPattern(r"\b(?:try|tried|trying|attempt|attempted|recommend|start with)(?: \w+){0,2}? first\b")
# What they do, or what is done, first (or at the start) is what they try first: "what do they do
# first?", "what do they usually do for it at the start", "what is done first?", "whats the first thing they
# usually try" (not what it does first).
_DONE_FIRST = LazyPattern(
    r"\b(?:(?:they|surgeons?|you|we|i)(?: \w+ly)? (?:will |would |can |could )?do"
    r"(?: for (?:it|this|that|him|her|me|them|avn|osteonecrosis))?|"
    r"(?:is|are|gets|get|(?:will|would|should|could|can|might) be)(?: \w+ly)? done) "
    r"(?:first|at first|at the start|to start with|to start)\b"
    # (not what they do first to find it, or at the exam)
    r"(?! (?:to|for) (?:check|find|diagnose|test|confirm|see|look|know|tell)\b)"
    r"(?! (?:in|at|during) (?:the |my |an? )?(?:exam|examination|appointment|visit|consultation|check ?up)\b)|"
    r"\b(?:the )?first thing (?:that )?(?:they|doctors?|docs?|you|we|i)(?: \w+ly)? (?:will |would |can |should )?"
    r"(?:try|do)\b"
)
# What is done "to begin with" is what is done first ("what can they do for it to begin with?"),
# not how it began ("why did I get it to begin with?", the causes' phrase: no why question is read so).
_DONE_TO_BEGIN = LazyPattern(
    r"^(?!(?:\w+ )?(?:why|how come)\b)(.*?\b)(do|does|did|try|tries|give|gives|offer|offers|use|uses|recommend|"
    r"recommends)(?! (?:i|you|he|she|we|they|people|someone|it|my|his|her|their|patients?)\b)((?: \w+){0,3}?) "
    r"(?:to begin with|to start with|in the first place)\b"
)
# "First-line" care is the first care tried: "what's the first line treatment?" (no line of a list)
_FIRST_LINE = LazyPattern(
    r"\bfirst line\b(?= (?:of )?(?:treatments?|therapy|therapies|care|management|options?|approach))"
)
# Whether something "matters" for the disease is whether it plays a part in it: "does smoking matter?",
# "I drink a fair bit. that matter for this bone thing?" (the words of the causes)
_MATTERS = LazyPattern(
    r"\b(?:(does|do|did|would|could|will|can|that|this|it|they|those|these) )?((?:\w+ ){0,4}?)matters?\b"
    r"(?= (?:for|to|in|with) (?:avn|osteonecrosis|avascular necrosis|this|it|the disease|the bones?)\b|\s*$)"
)
_MAKES_A_DIFFERENCE = LazyPattern(r"\bmakes? (?:a|any|much|the|that much)(?: big| real| huge| major)? difference\b")
# Supposing one has it says what the page supposes anyway: "and if i do get symptoms how do they
# confirm it" asks how it is confirmed, "what would be done first if I do have it?" what is done
# ("what if I get pain?" asks of the pain).
_SUPPOSING = LazyPattern(
    r"(?<!what )\b(?:and |but |so )?(?:if|once|in case|supposing|assuming) (?:i|he|she|you|they|we|my \w+|her|him|"
    r"someone|one)"
    r"(?: do| does| did| ever| already| actually| really| then| eventually| still)? "
    r"(?:have|has|had|get|gets|got|develop|develops|start getting|start having|notice|noticed|end up with|"
    r"turn out to have|turns out to have|(?:am|is|are|get|gets|was|were) diagnosed(?: with)?) "
    r"(?:it|this|that|avn|osteonecrosis|the disease|the condition|symptoms|any symptoms|some symptoms|the symptoms|"
    r"pain|any pain|some pain|the pain)"
    r"(?: later| later on| one day| in (?:the )?future| eventually| again| too| as well)?\b|"
    # ...or that it comes at all: "what are the first treatments if it does start"
    r"(?<!what )\b(?:and |but |so )?(?:if|once|in case) (?:it|this|avn|osteonecrosis|the disease) (?:does |do |ever )?"
    r"(?:start|starts|begin|begins|develop|develops|happen|happens|appear|appears|show up|shows up|come on|comes on)$|"
    # ...or what it does to the joint: "can they replace the whole sholder joint if AVN wrecks it"
    r"\b(?:if|once) (?:the )?(?:avn|osteonecrosis|disease|necrosis) (?:wrecks|destroys|ruins|damages|breaks|eats) "
    r"(?:it|the joint|the bone|them)$"
)
_SUPPOSING_LETTERS = ("if ", "once ", "in case", "suppos", "assum")
# Breaking a bone is a fracture (a cause), not the collapse of a dying one: "can u get osteonecrosis
# from breaking ur ankle"; studying for an exam is context, not the physical exam.
_BREAKING_A_BONE = LazyPattern(
    r"\b(?:breaking|broke|broken) (?:ur|your|my|his|her|a|an|their) "
    r"(ankle|leg|hip|arm|wrist|bone|shoulder|femur|knee|elbow|foot|neck of femur)\b"
)
_STUDYING_FOR = LazyPattern(
    r"\b(?:revising|studying|cramming|preparing|prepping|revision) for (?:my|an|the|a|our) (?:\w+ )?"
    r"(?:exam|exams|test|finals|boards|quiz|assessment)\b"
)
# A study tag says what the answer is for, not what is asked: "Medical management of osteonecrosis (nursing
# study notes)", "Pathophysiology of avascular necrosis - nursing exam revision".
_STUDY_TAG = LazyPattern(
    r"(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\bfor )(?<!\bin )"
    r"\b(?:nursing |medical |med |physio |pharmacy |student |uni )?(?:study|revision|exam|lecture|class) "
    r"(?:notes|revision)$"
)
# What an account is for, said after it, is context too: "give me a 3 line summary of avn for my notes"
# (not where the page's own text would go: "can i use this for my study notes" asks of copyright).
_FOR_MY_NOTES = LazyPattern(
    r"^(?!.*\b(?:use|using|copy|copying|print|printing|reproduce|reproducing|share|sharing|cite|citing|quote|"
    r"quoting|put|putting|include|including|paste|pasting|reuse|photocopy|download|save|allowed|permission|take|"
    r"taking|grab|borrow|keep)\b)"
    r"(.*\S) for (?:my|our) (?:(?:nursing|medical|med|physio|anatomy|biology|bio|final|finals|uni|university|class|"
    r"study|school|college|revision|board|boards|pathology|lecture|exam|course) )?"
    r"(?:notes|revision|essay|assignment|homework|exam|exams|studies|course)$"
)
# ...and so is a part of one, or a talk, where the page's own text or pictures are not what is asked about: "and the
# main risk factors for my intro" (not "can I show these images in my presentation", "how do i credit this page for
# my thesis")
_FOR_MY_SLIDES = LazyPattern(
    r"^(?!.*\b(?:use|using|copy|copying|print|printing|reproduce|reproducing|share|sharing|cite|citing|quote|"
    r"quoting|put|putting|include|including|paste|pasting|reuse|photocopy|download|save|allowed|permission|take|"
    r"taking|grab|borrow|keep|show|showing|display|add|adapt|edit|modify|photograph|reference|credit|acknowledge|"
    r"link|images?|pictures?|photos?|diagrams?|this|that|these|those|ok|okay|free)\b)"
    r"(.*\S) for (?:my|our) (?:(?:nursing|medical|med|physio|anatomy|biology|bio|final|uni|university|class|school|"
    r"college|research|group|conference) )?"
    r"(?:intro|introduction|presentation|project|dissertation|thesis|coursework|poster|slides|paper)$"
)
# Who the asker is, said first, is context: "GP trainee - what are the risk factors?", "ward nurse
# here, ...", "hi im a med student revising, how do you diagnose it". Without a question word
# before the role ("how can doctor tell?" keeps its doctor).
_ROLE_WORDS = (
    "nurse student doctor gp trainee resident registrar intern physio physiotherapist pharmacist carer caregiver "
    "medic paramedic clinician physician radiographer radiologist receptionist midwife therapist practitioner "
    "surgeon hca sho houseman researcher scientist teacher librarian volunteer worker aide"
).split()
# ("walking aides", "mobility aides" are aids, no role)
_AIDE = r"(?<!walking )(?<!mobility )(?<!hearing )(?<!first )aide"
_ROLE = "(?:" + "|".join(_AIDE if word == "aide" else word for word in _ROLE_WORDS) + ")"
_ROLE_LETTERS = tuple(word[:5] for word in _ROLE_WORDS)  # (one of which a message needs before it is looked for)
# ...and what may follow a role said first with no "here" or "I am": a question word, or asking someone
# ("nursing student - can someone explain..."); not "physio can help with avn?", whose role is asked of.
_ASKING = (
    r"(?:what|whats|how|why|which|when|where|who|(?:can|could) (?:someone|somebody|anyone|anybody|you|u)|pt|patient)"
)
_BEFORE_ROLE = (
    r"(?:(?!(?:what|whats|how|why|which|when|where|who|a|an|the|my|can|could|is|are|does|do|did|will|would|should)\b)"
    r"\w+ ){0,2}?"
)
_SELF_INTRO = LazyPattern(
    r"^(?:(?:hi|hello|hey|hiya|dear|good morning|good afternoon|good evening)(?: there| all| team| bot)? )?"
    rf"(?:(?:i am|im|i m|am|as|speaking as|i work as) (?:a |an )?{_BEFORE_ROLE}{_ROLE}s?(?: here| speaking)?|"
    rf"{_BEFORE_ROLE}{_ROLE}s? (?:here|speaking)|{_BEFORE_ROLE}{_ROLE}s?(?= {_ASKING}\b))"
    r"(?: (?:revising|studying|working|on (?:a|the) ward|on placement|in training))?\b"
)
# A "recognised" risk factor is a risk factor, none recognised in a diagnosis.
_RECOGNISED = LazyPattern(
    r"\b(?:recognised|recognized|established|documented|accepted)"
    r"(?= (?:risk|risks|cause|causes|symptoms?|signs?|treatments?|complications?|factors?)\b)"
)
# Hedges, which say how sure the asker is and nothing of what is asked.
# ("originally" says when, not the origin a cause is: "where is the info from originally")
_HEDGE = LazyPattern(
    r"\b(?:actually|really|basically|honestly|truly|even|exactly|precisely|specifically|literally|seriously) |"
    r"(?:^|\s)originally\b|"
    # ("quite" is no quitting: "he drank quite a lot"; but a learner's "quite smoking" is)
    r"\bquite (?=(?:a|an|so|bad|badly|often|severe|sore|painful|stiff|worried|scared|sure|young|old|high|low|heavy|"
    r"heavily|long|far|few|much|serious|common|rare|different|similar)\b)"
)
_HEDGE_LETTERS = (
    "ally ",
    "estly ",
    "truly ",
    "even ",
    "exactly ",
    "precisely ",
    "specifically ",
    "iously ",
    "originally",
    "quite ",
)
# "In order to" is "to": "what must one undergo in order to have the diagnosis confirmed?"
_IN_ORDER_TO = LazyPattern(r"\bin order (?=to\b)")
# What is "on the table" is what is offered: "which procedures might be on the table?"
_ON_THE_TABLE = LazyPattern(r"\b((?:what|which|whats|what s)\b.{0,60}?) (?:be |are |is )?on the table\b")
# "Put simply" is "in simple terms", not putting anything anywhere (the graft's "inserts").
_PUT_SIMPLY = LazyPattern(r"\b(?:put|said|explained) (?:simply|plainly)\b|\bsimply put\b")
# The disease causing pain is a symptom, not a cause: "does it always cause pain?", "what causes the
# pain?" (the symptoms say when the pain comes); "can steroids cause pain?" still asks of steroids.
_CAUSING_PAIN = LazyPattern(
    r"\b((?:it|avn|osteonecrosis|necrosis|this|that|disease|condition|what|whats|which)(?: \w+)?) "
    r"(?:cause|causes|causing|caused) (?:any |much |a lot of |the |so much |severe |bad |more )?"
    r"(pain|pains|ache|aches|aching|stiffness)\b"
)
# Clinicians' "CD" is core decompression ("CD pre-collapse?", "graft post-CD"); not a CD the images come on.
_CD = LazyPattern(r"(?<!\ba )(?<!\bon )(?<!\bthe )(?<!\bmy )\bcd\b(?! rom\b)")
# Before or after the collapse, as clinicians write it: "pre-collapse", "pre- vs post-collapse" (the
# page: "works best before the collapse of a diseased bone").
_PRE_COLLAPSE = LazyPattern(r"\bpre(?: (?:or|vs|versus|and) post)? (?=collaps)")
_POST_COLLAPSE = LazyPattern(r"\bpost (?=collaps)")
# X-rays a scan uses are its radiation, not the X-ray test: "does an MRI use x-rays?", "so no
# x-rays involved?" ask what the MRI's "does not involve radiation" answers ("do they use x-rays
# to diagnose it?" asks about the test).
_USES_X_RAYS = LazyPattern(
    r"(\b(?:it|mri|that|this|scan|scanner|machine|one)(?: \w+)? (?:uses?|using|involves?|involving|has|have|emits?|"
    r"gives? off) (?:any |some )?)x ?rays?\b|\b(no )x ?rays?(?= involved| used| at all|$)"
)
# Catching or spotting it early is detecting it: "which test is best at catching avascular necrosis
# early?" (catching it from someone is no such thing).
_CATCH_EARLY = LazyPattern(
    # (not "if it's caught early, what treatments are there?", which speaks of the early stage)
    r"(?<!if its )(?<!if it is )(?<!when its )(?<!when it is )(?<!once its )(?<!once it is )(?<!if )(?<!\bis )"
    r"(?<!\bare )(?<!\bwas )(?<!\bgets )(?<!\bget )"
    r"\b(?:catch|catches|catching|caught|spot|spots|spotting|spotted|pick up|picks up|picking up|picked up)"
    r"(?= (?:(?:it|avn|osteonecrosis|this|that|necrosis|the disease|the problem|avascular necrosis|the damage) )?"
    r"(?:very |really |so |as )?(?:early|earlier|earliest|sooner|soon|in time|at an early stage|in the early stages?))"
)
# Going straight to an operation is needing one at all: "do they go straight to surgery?", "will they
# operate right away?" (the page: some patients may require surgery), not the rights of the copyright.
_STRAIGHT_TO_SURGERY = LazyPattern(
    r"\b(?:(?:go|goes|going|went|jump|jumps|jumping|rush|rushes|rushing|head|heads|heading|skip|skips|skipping|"
    r"move|moves|moving|send|sends|sent|put|puts)(?: \w+)? )?(?:straight|right|directly|immediately) (?:to|into|for) "
    r"(?:an? |the )?(?:surgery|operation|op|operating table|knife)\b|"
    r"\b(?:operate|operating|operated) (?:on (?:it|him|her|me|them|you) )?"
    r"(?:straight away|right away|immediately|at once|directly)\b"
)

# A quick check or query announces a question and asks nothing itself: "Nurse here, quick check - are
# NSAIDs part of early management?" (not how they check for it)
_QUICK_CHECK = LazyPattern(
    r"\b(?:just )?(?:a )?(?:quick|fast|brief) (?:check|query|q|one)\b(?! (?:for|on|of|if|whether)\b)"
)

# Where a disease "turns up" or "crops up" is where it occurs: "what other joints can it turn up in?" (no
# bone turned in an osteotomy)
_TURN_UP = LazyPattern(
    r"\b(?:turn|turns|turned|turning|crop|crops|cropped|cropping) up(?= (?:in|on|at|anywhere|elsewhere|somewhere)\b)"
)

# What the page covers is what it says: "what bones are covered here" (no insurance cover).
_COVERED_HERE = LazyPattern(
    r"\b(?:covered|discussed|included|dealt with) (?:here|on (?:this|the) (?:page|site|website)|"
    r"in (?:this|the) (?:page|article|leaflet|text))\b"
    r"(?!.*\b(?:buy|pay|paid|insurance|insured|nhs|medicare|medicaid|cost|costs|free|price)\b)"  # (what is paid for)
)

# Pain, or none, at the start is the symptoms "at first" ("Patients with osteonecrosis may not have
# symptoms at first"), not the early stages' treatment: "is it normal to have no pain in the
# beginning?", "does it hurt straight away?".
_AT_FIRST = LazyPattern(
    r"\b(pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|symptoms?|signs?)"
    r"(?: at all)? (?:in the beginning|at the beginning|at the start|from the start|in the begin|to begin with|"
    r"straight away|right away|immediately|early on|initially)\b"
)
# Symptoms one may expect are the symptoms, not what to expect of the future: "what symptoms might
# one expect with this condition?"
_SYMPTOMS_EXPECTED = LazyPattern(r"\b(symptoms?|signs?)((?: \w+){0,3}?) expect\b")
# Places of the body, as said after "in the" or "into my"
_BODY_PLACE = (
    r"(?:hips?|shoulders?|knees?|ankles?|wrists?|joints?|bones?|jaw|arms?|legs?|spine|back|elbows?|heels?|feet|foot|"
    r"hands?)"
)
# Coming in a place is occurring there: "it come in the shoulder also or no" (not where the
# information comes from).
_COMES_IN_A_PLACE = LazyPattern(
    rf"(?<=\bit )(?:come|comes|came) (?=in (?:the |my |his |her |your |both |other |a |an )?{_BODY_PLACE}\b)"
)
# The disease spreading to other bones is the damage to nearby bones the page speaks of (not to
# another joint or the other hip, which it does not; nor a cancer or an infection spreading).
_TO_OTHER_BONES = LazyPattern(
    rf"\b((?:it|this|{_DISEASE}|disease|condition)(?: \w+){{0,2}}) (?:spread|spreads|spreading) (?:in)?to "
    r"(?:the |my |his |her |your |their )?other bones(?: nearby| around it)?\b"
)
# Steroids the page does not list: it names "oral or intravenous steroids", so steroids inhaled, put
# on the skin or injected into a joint are other things ("do steroid inhalers count?", "a cortisone
# shot in the knee"); steroids injected into a vein are on the list.
_STEROID = r"(?:steroids?|corticosteroids?|cortisone|cortison|hydrocortisone|kenalog|triamcinolone)"
_ON_THE_SKIN_OR_INHALED = LazyPattern(
    rf"\b(?:{_STEROID} ((?:asthma )?(?:inhalers?|puffers?|creams?|ointments?|gels?|lotions?|nose sprays?|"
    rf"nasal sprays?|sprays?|eye drops|drops))|((?:inhaled|topical|nasal|skin)) {_STEROID})\b"
)
_INTO_A_JOINT = LazyPattern(
    rf"\b{_STEROID} (?=(?:injections?|shots?|jabs?) (?:in|into|to) (?:the |my |his |her |a |your )?{_BODY_PLACE}\b)"
)
_STEROID_LETTERS = ("steroid", "cortis", "kenalog", "triamcinolone")
_SET_ASIDE_STEROIDS = LazyPattern(rf"\b(?:apart from|besides|other than|except|aside from)(?: \w+)? {_STEROID}")
# A disease that comes from a cause was caused by it: "my husband have osteonecrosis in the shoulder, doctor say is
# from the steroid. this is possible?" (not where a graft's bone comes from: no cause follows; nor "because of
# radiation", which may be the X-ray's)
_FROM_A_CAUSE = LazyPattern(
    # (not a greeting from a place, nor a thing apart from a cause: "hello from the alcohol rehab group", "is it
    # separate from steroid damage?", "weaned off or a break from steroids")
    r"\b(?<!hello )(?<!hi )(?<!hey )(?<!greetings )(?<!separate )(?<!different )(?<!apart )(?<!away )(?<!break )"
    r"(?<!free )(?<!weaned )(?:(?:is|it s|its|was|it was|comes|came|come|coming) )?(?:from|due to|because of) "
    r"(?=(?:(?:the|his|her|my|all|that|those|taking|long|heavy|years of|all the) )*"
    rf"(?:{_STEROID}|prednisone|prednisolone|drinking|alcohol|booze|chemo|chemotherapy|radiotherapy))"
)
# ...where the message (or its sentence) asks no more than whether that can be ("...from the steroid. this is
# possible?"; not "how is avn from alcohol treated?")
_ASKS_MORE = LazyPattern(
    r"\b(?:how|what|whats|which|where|when|who|will|would|need|needs|safe|help|helps|hurt|worse|improve|treat|"
    r"treated|treatment|diagnos\w*|symptoms?|surgery|graft|joint|mri|x ray|xray|options?|go away)\b"
)
_WHETHER_SO = LazyPattern(
    r"(?:\b(?:is |s )?(?:(?:this|that|it) (?:is |s )?)?(?:really )?(?:possible|true|right|correct|real|normal)"
    r"|\breally|\bcan that be|\bcan it be|\bhow is that possible|\bhow come)\W*$"
)
# A disease named by its cause, in a message that asks something else of it: "steroid induced avn, which bones can it
# affect" asks which bones, "dysbaric osteonecrosis which joints" too (the cause names which disease it is)
_NAMED_BY_ITS_CAUSE = LazyPattern(
    rf"\b(?:{_STEROID}|alcohol|alcoholic|drinking|chemo|chemotherapy|radiation|radiotherapy|dysbaric|diving|"
    r"traumatic|post traumatic)(?: (?:induced|related|associated|caused))? "
    r"(?=(?:avn|osteonecrosis|avascular necrosis|bone necrosis)\b(?! from\b))"
)
# ...unless the causes are compared or judged ("steroid induced avn vs traumatic avn", "what surgery is best for
# steroid induced avn")
_CAUSES_COMPARED = LazyPattern(r"\b(?:vs|versus|than|differ\w*|difference|compared?|best|worst)\b")
# ...and, before the disease's name, only in a question ("my mri showed steroid induced avn" asks nothing of the MRI;
# "steroid associated osteonecrosis mri" does)
_A_QUESTION_WORD = LazyPattern(r"\b(?:how|what|whats|which|where|when|who|why|will|would|can|could|does|do|is|are)\b")
_CAUSE_LETTERS = (
    "steroid",
    "cortis",
    "kenalog",
    "triamcinolone",
    "alcohol",
    "drinking",
    "chemo",
    "radi",
    "dysbaric",
    "diving",
    "traumatic",
)
# How accurate a test is, the page does not say; the accuracy it speaks of is its own information's.
_ACCURATE = LazyPattern(r"\b(?:accurate|accuracy|reliable|reliability)\b")
# ...unless the text is asked of, or how early or how detailed its pictures are (the MRI's "earliest stages")
_INFORMATION = LazyPattern(rf"\b(?:{_TEXT_WORDS}|bot|answers?|early|earliest|stages?|pictures?|images?)\b")
_AT_FIRST_LETTERS = ("begin", "start", "away", "immediately", "early on", "initially")
# Running tests is doing them, not running as exercise: "what tests would they run?"
_RUN_TESTS = LazyPattern(
    r"\brun(?:s|ning)?(?= (?:a |an |some |any |the |more |other |further )?"
    r"(?:tests?|scans?|exams?|x rays?|xrays?|mris?)\b)|"
    r"(?<=\b(?:tests|scans|exams) )(?:(?:would|will|do|might|could|did) (?:they|he|she|the doctors?|doctors) )?run\b"
)

# What they will, would or could do for someone is what they can do: "what will they do for her"
# (the treatments' phrasings say "can").
_WILL_DO_FOR = LazyPattern(
    r"\bwhat (?:will|would|could|might|should|shall) (they|the doctors?|doctors|the surgeons?|he|she|you|we) do "
    r"(?=(?:for|about)\b(?! (?:an? |the |some )?(?:tests?|scans?|mri|x ray|xray)\b))"  # ("...do for tests": the tests)
)
# Which doctor treats it asks what kind of doctor, which the page does not say: "wich doctor treats avn"
# (not the treatments).
_WHICH_DOCTOR = LazyPattern(
    r"\b(?:which|what) (doctor|doctors|specialist|specialists|consultant|physician)\b"
    # ("deals with it" asks who; "treats it with" asks with what, the treatments)
    rf"(?= (?:treats?|handles?|looks? after|manages?)\b(?!(?: it| this| that| {_DISEASE})? with\b)|"
    r" deals? with\b)"
)
# What a teacher should cover is what to teach, no insurance cover: "what risk factors should I cover?"
_TO_COVER = LazyPattern(
    r"\b(?:(?:i|we) (?:should|must|need to|ought to|have to|want to|could|will)|(?:should|must|could|shall) (?:i|we)) "
    r"cover\b"
)
# People living with a condition are people who have it, no question of living: "are people living
# with HIV more likely to get AVN?"
_LIVING_WITH = LazyPattern(
    r"\b(people|those|patients|someone|somebody|anyone|men|women|children|kids|adults|folks) (?:who are )?living with\b"
)
# What someone asks, told by staff who ask what to reply, is the question itself: "patient at the desk
# asking if a bone x-ray is a lot of radiation, what do i tell them" asks whether it is (not "my dad has
# avn, what do i tell him", nor "people keep asking if avn is cancer").
# The same when they ask what or how, or why they ask is said: "patients keep asking me what happens once the bone
# collapses, what can i tell them in plain terms", "patients ask if the mri uses radiation, because they had lots
# of cts. what should i say?"
_ASKED_WHAT_TO_TELL = LazyPattern(
    r"^.*?\b(?:asking|ask|asks|asked) (?:me |us )?(?:(?:if|whether) |(?=(?:what|how|why|which|when|where) ))(.+?)"
    r"(?: because (?:they|she|he) (?:had|have|ve had|were|was|did) .+?)? "
    r"(?:what|how) (?:do|should|can|shall|would|could) (?:i|we) "
    r"(?:(?:tell|answer|reply to|respond to|explain to|say to) (?:them|him|her|the patient|patients|the caller|people)|"
    r"say|answer|reply|respond)(?: (?:in (?:plain|simple) (?:terms|english|words)|simply|back))?$"
)
# What was put forward as a possibility is named, not asked: "the GP mentioned avascular necrosis as a
# possibility, what is that?"
_AS_A_POSSIBILITY = LazyPattern(
    rf"\b({_DISEASE}|it|this) as (?:a |one )?(?:possibility|possible cause|possible diagnosis)\b"
)
# Whether a thing is (a normal) part of something asks of that something: "Is that a normal part of checking
# for osteonecrosis?" is of the diagnosis, "are crutches a normal part of early treatment?" of the early care
# ("which part of the bone" keeps its part, and "is that part of it?" its topic's list).
_PART_OF = LazyPattern(
    r"\b(is|are|was|were) "
    r"(that|this|it|these|those|they|(?:the |my |his |her )?(?!there\b|\w+ing\b|told\b|said\b|that\b)\w+"
    r"(?: (?!\w+ing\b|told\b|said\b|that\b|an?\b|the\b)\w+){0,2}?) "
    r"(?:a |an |the )?(?:normal |usual |standard |routine |typical |common |regular )?part of\b"
    r"(?! (?:it|this|that|them)\b)"
)
# Part of a bone is that bone, told of: "my doctor said part of my hip bone is 'dying'" (not which part, nor
# whether a thing is part of something, above)
_PART_OF_A_BONE = LazyPattern(
    r"(?<!\bwhich )(?<!\bwhat )(?<!\bany )(?<!\bis )(?<!\bare )\b(?:a |the )?(?:small |big |large |tiny )?part of "
    r"(?=(?:my|the|his|her|their|your|a) (?:\w+ )?(?:bone|bones|hip|femur|femoral|shoulder|joint|knee|ankle|wrist|"
    r"head|ball)\b)"
)
# When a cause shows itself is no stage of the disease: "Could that cause avascular necrosis later on?" asks
# the cause ("in the later stages" is the disease's course).
_CAUSED_LATER = LazyPattern(
    r"\b(cause|causes|caused|lead to|leads to|led to|trigger|triggers|triggered|result in|results in)"
    rf"( (?:\w+ )??(?:{_DISEASE}|bone death|dead bone|the bone to die)) "
    r"(?:later on|later in life|in later life|(?:many |some |a few )?years later|later)\b(?! stages?\b)"
)
# "Is that what they call AVN?" asks what AVN is, after a story of it.
_WHAT_THEY_CALL = LazyPattern(
    r"\bis (?:that|this|it) what (?:they|you|doctors|people|the doctors?|he|she) (?:call|calls|called|mean)\b"
)
# What they call something is what it is called: "what do they call it when the bone dies", "what do doctors
# call this condition"
_WHAT_DO_THEY_CALL = LazyPattern(
    r"\bwhat (?:do|does|would|did) (?:they|you|doctors|people|we|the doctors) call (?:it|this|that)\b"
)
# What happens now, told one has it, is what is done about it: "just been told i have early stage AVN in my
# hip, what happens now" (as "what happens now?" after talk of the disease; see chatbot.conversation).
_NOW_WHAT = LazyPattern(
    # (told surely: not "i think i have avn, what now", nor "how do I know if I have AVN, what next")
    r"^(?!.*\b(?:think|might|may|maybe|could|if|whether|possibly|suspect|probably|wonder|know)\b)"
    rf"(.*\b(?:have|has|got)\b.*\b{_DISEASE}\b.*?)\b(?:so |ok |okay )?"
    r"(?:what happens now|what now|now what|what next|what happens next|what do (?:i|we) do now)$|"
    # ...and so is what then, if it is: "and if it turns out it is AVN, then what?"
    rf"\bif +(?:(?:it turns out |they find |it is confirmed )?(?:that )?(?:it is|it s|its)|(?:it turns out )?to be) +"
    rf"{_DISEASE}\b +(?:then )?what(?: then| next| happens(?: next| now)?)?"
    r"(?: (?:treatment ?wise|for treatment|in terms of treatment))?$"
)
# A learner's "become" for "get" (German "bekommen"): "can I become osteonecrosis from cortison?"
_BECOME_IT = LazyPattern(
    r"\b(i|you|he|she|we|they|someone|people|one)((?: can| could| will| would| might| may)?) "
    rf"(?:become|becomes|became)(?= {_DISEASE}\b|"
    r" (?:it|this|that) from\b)"
)
# What a lay name of the disease is called, or its forgotten name, asks its name: "what's the bone thing called
# properly", "my grandad has the hip thing where the bone dies, forgot what its called"
# Cases with no cause are the page's own "In some cases, there is no known cause" (no count of cases): "there is
# cases without any reason?", "are there cases with no known cause"
_CASES_WITHOUT_A_CAUSE = LazyPattern(
    r"\bcases? (?:with|where there is|where there s|without|of|for) (?:no |any |an? )?(?:known |obvious |clear |real )?"
    r"(?:cause|reason)s?\b"
)
_FORGOT_WHAT = r"\b(?:forgot|forget|cant remember|can t remember|dont know|don t know|not sure) what"
_ITS_NAME = LazyPattern(
    # (the disease or a bone thing, and no description after "called": not "whats the thing called", "whats the
    # hip bone called", "what is the hip thing called where they put a metal joint in")
    r"\bwhat(?: is|s) (?:the |this |that |a )?"
    r"((?:(?:bone|bones|hip|joint) )*(?:disease|condition|illness|sickness)|"
    r"(?=(?:\w+ )*?(?:bone|bones|dying|dead|death) )(?:(?:bone|bones|hip|dying|dead|death) ){1,3}thing) "
    r"called(?: again| properly| medically| officially| by doctors)?\b"
    r"(?! (?:where|that|which|when|with|for|in|avn|osteonecrosis|avascular|a|an)\b)|"
    # (a name forgotten, not before "but": "dont know what its called but my back hurts")
    rf"{_FORGOT_WHAT} (?:it s|its|it is|they call it) called\b(?! but\b)"
)
# ...and the name of a kind forgotten asks what that kind is called: "cant remember what the website is called"
_ITS_KIND_NAME = LazyPattern(rf"{_FORGOT_WHAT} (?:the|this|that) (\w+) is called\b")
# The name a thing is called by is the thing: "what is this disease (of bone dying) called avascular
# necrosis" asks what it is.
_CALLED_BY_NAME = LazyPattern(
    r"\b(what(?: is|s) (?:this |that |the |a )?(?:bone )?(?:disease|condition|illness|problem|thing|sickness|disorder)"
    r"(?: of \w+(?: \w+)?)?) (?:that is |which is |thats )?(?:called|named|known as|termed) "
    rf"(?={_DISEASE}\b)"
)
# What is left alone, named, is left untreated: "what happens if you just leave avn alone" (not "leave me
# alone", nor "the left hip alone")
_LEFT_NAMED_ALONE = LazyPattern(
    rf"\b(?:leave|leaves|leaving|left) (?:it|this|that|(?:the )?{_DISEASE}|"
    r"the (?:disease|condition)|(?:the|my|your|his|her) (?:bone|hip|joint|shoulder|knee|ankle|wrist)) (?:\w+ )?alone\b"
)
# Vitamins or supplements that help are remedies, not the supplements the doctor asks about: "are there vitamins or
# supplements that help osteonecrosis?", "do vitamins help avn" (not "should i tell the doctor about my supplements")
_SUPPLEMENTS_THAT_HELP = LazyPattern(
    # (not those one takes, which the doctor asks about, nor beside care the page names: "can painkillers and
    # supplements help the pain?")
    r"^(?!.*\b(?:ask|asks|asked|asking|take|taking|takes|painkillers?|nsaids?|rest|physio|physiotherapy|crutches|"
    r"medication|medications|medicines?|pills|ibuprofen)\b).*?"
    r"\b(?:vitamins?|supplements?|minerals|fish oil|omega 3|calcium|vitamin d)"
    r"(?: (?:or|and) (?:vitamins?|supplements?|minerals))?"
    r"(?= (?:that |which |to |can |could |will |would |might |may |really |actually )?(?:help|helps|treat|treats|"
    r"cure|cures|heal|heals|fix|fixes|reverse|reverses|slow|slows|improve|improves|work|works|good for)\b)"
)
# What is deadly is lethal, no dead bone (the two share a stem): "is avn deadly"
# (only the disease called so: not "is the mri radiation deadly?", nor "this deadly disease, how is it treated?")
_DEADLY = LazyPattern(
    r"\b((?:is|be) (?:it|this|that|avn|osteonecrosis|avascular necrosis|the disease|the condition|bone death) "
    r"(?:(?:really|actually|ever|very|always|usually) )?|how )deadly\b"
)
# Who is on the phone is context, no phone service asked for: "my mum's on the phone, she's asking what causes it"
_ON_THE_PHONE = LazyPattern(
    r"\b(?:(?:my|our|his|her|a|the) \w+|patient|caller|someone|somebody|she|he|they|i|im|i m|we) "
    r"(?:is |s |was |am |are |re )?(?:on the (?:phone|line)|on hold)\b"
    # (with whom too: "my dad is on hold with the hospital, what does an mri show")
    r"(?: (?:with|to) (?:the|a|an|my|his|her|their|our) \w+)?(?= +(?!asking|wondering)\w)"
    # (what a caller asks is _REPORTED's to read: not "caller on the line asking whether she can still work"; nor
    # when the caller asks of her own case: "my dad's on the phone, he's asking if he needs surgery")
    rf"(?!.*\b{_OWN_CASE})"
)
# The medicines doctors use or give are the care's: "what medicines do they use", "which drugs do they give"
# (not a cause's drugs: "which hiv drugs cause it")
_MEDICINES_THEY_GIVE = LazyPattern(
    r"\b((?:what|which) (?:kinds? of |sorts? of |types? of )?(?:medicines?|medications?|drugs|pills|tablets|meds)) "
    r"(?:do|would|will|can|could|might|did) (?:they|doctors|the doctors?|docs|you|surgeons|the hospital) "
    # (not around an operation, of which the page says nothing: "which drugs do they give after it")
    r"(?:\w+ )?(?=(?:use|give|prescribe|try|recommend|offer)\b(?!.*\b(?:after|before|during)\b))"
)
# How one would know it is happening asks how one would know one has it, the symptoms: "how would i know if its
# happenning" (not whether it is getting worse, the progression)
_KNOW_IT_IS_HAPPENING = LazyPattern(
    r"\bhow (?:would|will|do|can|could|should|does) (?:i|you|we|he|she|one|"
    r"my (?!(?:doctor|doc|gp|surgeon|consultant|specialist|nurse|physio|radiologist)\b)\w+) "
    r"(?:know|tell|notice|find out)"
    r"(?: if| whether| that| when)? (?:it s|its|it is|this is|thats|that is|avn is|osteonecrosis is) "
    r"(?:happening|going on|developing|starting|happening to me|happening to him|happening to her)\b"
    # (not from a test named: "how would i know it's happening from my x-ray")
    r"(?!.*\b(?:mri|x ray|xray|scans?|tests?|images?)\b)"
)
# One's age, said after asking what is done, is context: "what'll they do about it, at my age?" (not "can it
# happen at my age", which asks of the age)
_AT_MY_AGE_DONE = LazyPattern(
    r"^(?=.*\b(?:treat\w*|do about|do for|surgery|surgeries|operat\w*|options?)\b)"
    # (not whether it comes at that age: "I had surgery on my knee last year, is osteonecrosis common at my age")
    r"(?!.*\b(?:common|normal|usual|likely|get|gets|happen|happens|occur|occurs|risk|prone|rare|young|old)\b)"
    r"(.*?) (?:at|for) (?:my|his|her|your|their|our) age$"
)
# Whether doctors can see it asks whether they can detect it: "can they see it at the earliest stage" (not what one
# sees in the page's pictures)
_THEY_SEE_IT = LazyPattern(
    r"\b((?:can|could|will|would|do|does) (?:they|doctors|the doctors?|a doctor|radiologists?|the radiologist) "
    r"(?:actually |really |even )?)see (?=(?:it|this|avn|osteonecrosis|the disease)\b"
    # (not seeing it often or as something, nor one's own scan: "do doctors see this a lot in young people", "would
    # doctors see it as serious", "will the doctor see it before my appointment")
    r"(?! (?:as|a lot|often|much|more|in (?:people|patients|young|kids|children)|on my|before (?:my|the))\b))"
)
# What one can use for walking asks for the walking aids: "What help she can use for walking?", "what things the
# patient can use for walking with this disease?"
_USE_FOR_WALKING = LazyPattern(
    # (not after an operation, nor what the bot used: "what can she use for walking after it")
    r"\bwhat (?!.*\b(?:after|afterwards|did you)\b)(?:kind of |kinds of |sort of )?"
    r"(?:help|helps|things?|aids?|equipment|devices?|stuff|tools?|support(?! groups?))"
    r"(?: \w+){0,4}? (?:use|get|have|try|need)(?: \w+){0,3}? for (?:walking|getting around|moving around)\b"
    # (nor walking as a kind of something else: "walking holidays", "walking tests")
    r"(?! (?:holidays?|tests?|trips?|tours?|groups?|from)\b)"
)
# An operation better done early works best before the collapse: "Is bone decompression better done early on?"
# (where early care or diagnosis is asked, early stays: "is treatment better early")
_BETTER_DONE_EARLY = LazyPattern(
    r"\b(decompression|graft|grafting|osteotomy|drilling|the operation|the surgery|the procedure)"
    r"((?: \w+){0,2}?) (?:is |works )?(?:better|best) (?:done |performed |if done |when done |if its done )?"
    r"(?:early(?: on)?|sooner|earlier)\b(?! (?:in the|than)\b)"  # (not an order of steps: "sooner than the mri")
)
# A kind said with "-wise" is what the question is for: "what would the first steps be treatment-wise?" asks the
# first steps of the treatment
_KIND_WISE = LazyPattern(r"\b(treatment|surgery|diagnosis|scan|symptom|cause)s? ?wise\b")
# "How come" asks why: "he's only 19, how comes he got this" (not "how come?" alone, a reaction to the answer)
_HOW_COME = LazyPattern(
    r"\bhow comes?\b(?= \w)"
    # (not how things got worse, one's own scan, or the page's information: "how come they got worse so quickly",
    # "how come my scan has a dark spot", "how come you got this information")
    r"(?!.*\b(?:got|gets|get|getting) (?:worse|better)\b)"
    r"(?! (?:my|his|her|their) (?:scan|xray|x ray|mri|test|results?)\b)"
    r"(?!.*\b(?:information|info|page|site)\b)"
)
_HOW_COME_GOT = LazyPattern(
    r"\bhow comes? (he|she|i|you|they|we|(?:my|his|her|their) \w+) (?:got|gets|has|have|had|ended up with)\b"
    # (the disease, next: not "how come i have to use crutches")
    r"(?= (?:this|it|that|avn|osteonecrosis|avascular necrosis|the (?:disease|condition))\b"
    r"(?! (?:information|info|page|site|answer)))"
)
# How a bone just dies asks why it dies, what the disease is: "how does a bone jsut die"
_HOW_A_BONE_DIES = LazyPattern(
    r"\bhow (?:does|do|can|could|would|did) (?:a |the |my |your |his |her )?bones? "
    r"(?:just |actually |really |even )?die\b(?! when\b)"  # (not "...die when the blood supply stops": the causes)
)
# A learner's "in the first time (of the disease)", "at beginning", is at first: "In the first time of the disease
# there is pain or no pain?" (not a first visit or a first scan: "the first time i had an mri")
_IN_THE_FIRST_TIME = LazyPattern(
    r"\b(?:in|at) (?:the )?(?:first time|beginning|begin)(?: of (?:the |this )?(?:disease|illness|sickness|"
    r"condition|osteonecrosis|avn|necrosis|it))?(?= (?:there|the|is|are|does|do|can|will|it|patient|patients|you|"
    r"he|she|they)\b)"
    # (only of pain or symptoms, and not a story of what was: "at the beginning is it dangerous", "in the beginning
    # there was nothing, now my hip hurts")
    r"(?! there (?:was|were)\b)(?=.*\b(?:pain|painful|hurts?|hurting|symptoms?|feel|stiff|stiffness)\b)"
)
# Where "this" is from asks where the page's text comes from: "where is this from" (where "it" comes from asks its
# cause: "where does it come from")
_WHERE_THIS_IS_FROM = LazyPattern(
    r"^(?:(?:so|and|ok|but) )?(?:where (?:is|s)|wheres) (?:this|all this)(?= from(?: exactly| originally)?$)"
)
# The plan asked for is the treatment: "and if they find it early, what's the plan" (not a plan of the page's:
# "whats the plan for updating this page")
_THE_PLAN = LazyPattern(
    r"\bwhat(?: s| is|s) the (?:usual |normal |treatment |next |game )?plan(?: of action)?\b"
    r"(?! (?:for|to) (?!it\b|avn\b))"
    # (not after a step, nor if one cannot have something: "what's the plan after the MRI", "...if i cant have surgery")
    r"(?! (?:after|once)\b)(?!.*\bif (?:i|he|she|we|they) (?:cant|can t|cannot|dont|don t|do not)\b)"
)
# Going back to a topic, said alone, asks for it again: "ok back to the surgery list", "going back to the tests"
# (no back that hurts; not back to one's life: "back to work after a hip replacement?")
_BACK_TO_TOPIC = LazyPattern(
    r"^(?:(?:ok|okay|so|and|now|but|right|alright) )*(?:(?:going|coming|getting|go|lets go|let s go) )?back to "
    r"(?!(?:the |my |your )?(?:work|working|normal|sports?|gym|running|school|office|job|walking|life|driving|"
    r"bed|sleep|home|it)\b)"
    # (nor back to anything after an operation: "back to football after a hip replacement")
    r"(?!.*\b(?:after|following|post|since)\b)"
)
# Why one asks, said after the question, is no part of it: "what other operations are there for this, just so
# we can ask about them?"
_SO_WE_CAN_ASK = LazyPattern(
    r" (?:just )?so (?:that )?(?:i|we) (?:can|could|know (?:what|how) to) (?:ask|mention|raise|bring up|discuss)"
    r"(?: (?:about )?(?:it|them|this|that|those|these))?(?: (?:with|to) (?:the|my|our|his|her) \w+)?"
    r"(?: (?:at|in) (?:the|my|our|his|her) \w+)?$"
)
# A disease not caught early, or caught late, is one left untreated: "what happens to the bone if its not caught
# early", "and if it's caught late?" (why catching it early matters stays the diagnosis's)
_NOT_CAUGHT = (
    rf"(?:if|when|once) (?:it|its|it s|this|that|{_DISEASE}|the (?:disease|condition)) "
    r"(?:(?:isnt|is not|s not|not|wasnt|was not|doesnt get|does not get|dont get|never gets|never) "
    r"(?:caught|found|detected|diagnosed|spotted|picked up)(?: early| in time| soon enough| early enough)?|"
    r"(?:is |s |gets |get |was )?(?:caught|found|detected|diagnosed|spotted|picked up) (?:late|too late))\b"
)
_CAUGHT_LATE = LazyPattern(
    # (asked what then, after "what", or as the whole message: not "if its not found early, is surgery the only
    # option", nor missed by one test: "if it isn't picked up on the first scan")
    r"(?<=\bwhat )(?:(?:happens|will happen|would happen|can happen|could happen|happens to the bone) )?"
    rf"{_NOT_CAUGHT}(?! (?:on|in|at|by|from|with)\b)|^{_NOT_CAUGHT}$"
)
# Care for a disease caught early is the early stages' care: "and if its caught early, what's done?",
# "if caught early is surgery needed" (not why catching it early matters, nor whether it can be caught early).
_CAUGHT_EARLY = LazyPattern(
    rf"\b(?:if|when|once) (?:(?:(?:it|its|this|that|{_DISEASE}|the (?:disease|condition)) )?"
    r"(?:is |s |gets |get |was |were |has been |have been )?(?:caught|found|detected|diagnosed|spotted|picked up)|"
    rf"(?:they|doctors|the doctors?|you|we) (?:catch|find|detect|spot|diagnose|pick up) "
    rf"(?:it|this|that|{_DISEASE}|the (?:disease|condition))) "
    r"(?:early(?: on)?|in time|(?:at|in) (?:an|the) early stages?)\b"
)
_CARE_ASKED = LazyPattern(
    # ("do" as the verb asked, not the helper of "how do they confirm it")
    r"\b(?:done|do(?! (?:they|you|we|i|doctors|the doctors?)\b)|operat\w*|treat\w*|surgery|surgeries|options?|"
    r"therapy|therapies|fix|fixed|care|cure|cured|need|needed|needs|(?<!\bi )(?<!\bwe )plan(?! to\b))\b"
)
# ...and so is what is done for "early AVN": "early stage AVN, what do they usually do?" (not how early AVN is
# found, nor whether it can be cured)
_EARLY_DISEASE = LazyPattern(rf"\b(?:in |with |for )?early(?:[ -]stages?)? ({_DISEASE})\b")
_WHAT_IS_DONE = LazyPattern(
    r"\bwhat (?:do|does|can|will|would|should) (?:they|doctors|the doctors?|you|we|one)"
    r"(?: usually| normally| typically| generally)? do\b(?! (?:to (?:find|check|see|diagnose|test)))|"
    r"\b(?:what (?:is|s|are)|whats) (?:usually |normally |typically |generally )?done\b"
)
# (not early AVN missed, left untreated or gone on: "what is done if early avn isnt treated" asks what follows)
_EARLY_LOST = LazyPattern(
    r"\b(?:missed|untreated|not treated|isnt treated|isn t treated|left|not caught|progress\w*|collaps\w*|"
    r"turns? into|worse|doesn t respond|doesnt respond|does not respond|not respond\w*)\b"
)
# ("is it only done if it's caught early?" asks of the operation talked about)
_IT_DONE = LazyPattern(r"\b(?:is|was) (?:it|that|this)(?: \w+)? done\b|\b(?:it|that|this) (?:is|s)(?: \w+)? done\b")
_CAUGHT_LETTERS = ("caught", "catch", "found", "find", "detect", "diagnose", "spot", "pick up", "picked up")

# A learner's "column" in the body is the spine (columna, coluna, colonne): "can the necrosis come also in the
# column?" (not a column in the paper or on a report)
_THE_COLUMN = LazyPattern(
    r"^(?!.*\b(?:article|paper|newspaper|magazine|blog|journal|report|wrote|writes|read|saw|online)\b)"
    r"(.*?\b(?:in|on|of|to|into) (?:the|my|his|her|your) )column\b(?! (?:in|of|on|about|said|says|say)\b)"
)
# A learner's disease that goes forward progresses: "what will happen after, when the disease go forward?" (not
# how we go forward from here)
_GOES_FORWARD = LazyPattern(
    rf"\b((?:it|this|{_DISEASE}|the (?:disease|condition|illness|sickness|necrosis)) )(?:goes|go|going|went) "
    r"(?:more )?(?:forward|more far|further)\b"
)
# A disease, if it is just left, is left untreated: "what happens if avn is just left" (not "the avn is left",
# on the left side)
_JUST_LEFT = LazyPattern(
    rf"\b((?:if|when|once|until) (?:it|this|that|{_DISEASE}|the (?:disease|condition)) (?:is|gets|s|was) "
    r"(?:just |simply )?)left"
    r"(?= as it is\b| like that\b| to (?:itself|progress|get worse)\b|$)"
)
# A disease one does not get treated is left untreated: "what happens if he dont get it treated", "what if she
# doesn't get treatment" (asked of what follows, not "i don't get treatment until may, what should i do")
_NOT_GETTING_TREATED = LazyPattern(
    # (a person, or the disease, not another disease: "what happens if my lupus doesnt get treatment")
    r"\b((?:if|what happens|what will happen|what would happen) "
    r"(?:(?:i|you|he|she|we|they|it|avn|the avn|osteonecrosis|the disease|the condition|someone|people|patients|"
    r"the patient|a child|a kid|kids|children|to (?:people|patients|those|someone|anyone) who|"
    r"(?:my|his|her|our|their|your) (?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|"
    r"friend|nan|gran|grandma|grandmother|grandad|grandpa|grandfather|patient|boyfriend|girlfriend|child|kid)) )?"
    r"(?:just |still |really |ever )?)"
    r"(?:dont|don t|doesnt|doesn t|didnt|didn t|do not|does not|did not|not|never|without) "
    r"(?:get|gets|getting|got|have|has|having|receive|receives|receiving) "
    r"(?:it |this |that |him |her |them |any )?(?:treated|treatment|treatments)\b"
    # (for the disease, or for a time, not for another: "...treatment for sickle cell, can it cause avn")
    r"(?! for (?!(?:it|this|that|avn|osteonecrosis|the disease|the condition|a while|a long time|long|ages|"
    r"(?:a|an|one|two|three|some|a few|\d+) (?:weeks?|months?|years?))\b))"
    # (nor when another question follows: "what if i dont get treatment, is it fatal", "...and only take painkillers")
    r"(?!.*\b(?:fatal|die|dying|surgery|surgeries|operation|operations|painkillers?|nsaids?|physio|physiotherapy|"
    r"physical therapy|cause|causes)\b)"
)
# What is behind a disease, or a joint going bad, causes it: "could booze be behind my hip going bad", "what is
# behind avn", "what is behind it"; and so does what may be behind anything: "could the steroids really be
# behind this?" (not who is behind a page, nor a place behind a knee or an eye)
_BEHIND_IT = LazyPattern(
    r"((?<!\bwho )\b(?:could|can|might|may|would|will)(?: \w+){0,3} )?\b(?:is|are|be|was|were|s) behind\b"
    r"(?! (?:the|my|his|her|your|a) (?:knee|knees|kneecap|eye|eyes|ear|ears|ankle|heel|leg)\b)"
    r"(?(1)|(?:(?= (?:(?:the|this|that|my|his|her|your) )?(?:(?:\w+ ){0,2}"
    rf"(?:{_DISEASE}|onfh|disease|condition|illness|sickness|death|dying|dead)\b|"
    r"\w+ (?:going|getting|dying|problems?)\b))|(?:(?<=\bwhat is behind)|(?<=\bwhats behind))(?= (?:it|this|that)$)))"
)
# A bone dead in a place is dead bone there: "how is a dead shoulder bone diagnosed" (the synonyms' "dead bone")
_DEAD_PLACE_BONE = LazyPattern(r"\b(dead|dying) (hip|shoulder|knee|ankle|wrist|thigh|leg|arm|heel|foot|jaw) (bones?)\b")
# ...and so is a place said to be dying: "what can be done about a hip thats dying"
_PLACE_THAT_DIES = LazyPattern(
    r"\b(hip|shoulder|knee|ankle|wrist|thigh|heel|jaw)( bone)? (?:that is|that s|thats|which is) (dying|dead)\b"
)
# Whether the pain comes and goes asks of a course the page does not give (not where it comes from); a story's
# "pain that comes and goes" stays as it is told
_COMES_AND_GOES = LazyPattern(
    rf"\b((?:does|do|did|will|can|would) (?:it|the pain|that|this|they|the symptoms|{_DISEASE}|the disease)) "
    r"come and go\b"
)
# A fact check that goes on to ask checks what it asks, not the page's reliability: "Nurse here, quick fact
# check - is pancreatitis on the list of risk factors?" (not "do you fact check what you say")
_FACT_CHECK = LazyPattern(
    r"(?<!\byou )\b(?:a )?(?:quick )?fact ?check(?:ing)?"
    r"(?: please)? (?=(?:is|are|does|do|can|what|whats|which|how|when|why)\b)"
)
# Needing something more, if it comes to that, is needing more invasive treatment: "and if i need something
# more" (after the early treatments, whose passage goes on to "additional more invasive treatment"); not "do
# they need anything more to confirm it", nor "i need something more detailed"
_SOMETHING_MORE = LazyPattern(
    r"\bif (\w+ )?(need|needs|needed|require|requires) (?:something|anything) (?:more|stronger|bigger|further)$"
)
# Asking to be told is the question itself: "please can you tell me when does the pain kick in",
# "could you explain what an osteotomy is" ("tell me about the MRI" keeps its request).
_ASKED_TO_TELL = LazyPattern(
    r"^(?:(?:hi|hello|hey|ok|okay|so|and|please|pls|kindly|sir|madam|dear|with respect|respected) )*"
    r"(?:(?:can|could|would|will) you (?:please )?(?:be able to )?(?:tell|explain to|explain|show|guide) me|tell me|"
    r"(?:(?:can|could|would|will) you (?:please )?be able to )?explain|"
    r"(?:guide|assist) me|assist|i (?:want|would like|d like|wanna) to know|do you know|"
    r"i (?:was|am|m) wondering)(?: please)? (?=(?:what|whats|how|why|when|where|which|who|whether|if|is|are|does|do|"
    r"can|will)\b)"
)
# "For ages" is a long time, no age: "she was on steroids for her arthritis for ages"
_FOR_AGES = LazyPattern(r"\b(for|in) ages\b")
# "What can you tell me about X" asks to be told about it: "tell me about X" (not what can be done).
_WHAT_CAN_YOU_TELL = LazyPattern(r"\bwhat (?:can|could) you (?:tell|say|explain)(?: to)? (?:me|us) about\b")
# A spot in the body is a place, not spotting it: "is the shoulder one of the usual spots?"
_A_SPOT = LazyPattern(
    r"\b(?:(?:usual|common|comon|commonest|typical|main|normal|favourite|favorite|frequent|other) spots?|likely spots|"
    r"one of the spots)\b(?! (?:on|in) (?:the |an? |my |your )?(?:mri|x ray|xray|scan|scans|image|images|picture|"
    r"pictures|film|films)\b)"
)
# What ``rewrite`` rewrites in a folded text before its words are read, in this order, each with
# the letters it cannot match without (most messages hold none, and a substring test is far
# cheaper than a search; reported speech has too many ways in, and "" lets every message try).
_REWRITES: tuple[tuple[LazyPattern, str, tuple[str, ...]], ...] = (
    (_FOR_TO_DO, r"to \1", ("for ",)),  # (first: the phrasings after it read "to find it")
    (_A_SPOT, "usual places", ("spot",)),
    (_WHAT_CAN_YOU_TELL, "tell me about", ("you ",)),
    (_ASKED_TO_TELL, "", ("tell", "explain", "know", "wonder", "guide", "assist")),
    (_DO_ONESELF, r"\1", ("self", "selves")),
    (_DONE_TO_BEGIN, r"\1\2\3 first", ("begin", "start with", "first place")),
    (_NOT_MEANT, r"\1", ("not",)),  # (before "I mean" is taken out)
    (_IMPLIES, " ", ("mean",)),
    (_REPORTED, " ", ("",)),
    (_DIAGNOSED_WITH, r"\1 have ", ("diagnosed",)),
    (_BECOME_IT, r"\1\2 get", ("becom", "becam")),
    (_NOW_WHAT, r"\1 how is it treated", ("now", "next", "then", "what happens")),
    (_WHICH_DOCTOR, r"what kind of \1", ("doctor", "specialist", "consultant", "physician")),
    (_TO_COVER, " ", ("cover",)),
    (_NAME_THEM, "list ", ("name ",)),
    (_ZERO, "no ", ("zero ",)),
    (_OWN_BONE_USED, r"\1 own bone source", ("own bone",)),
    (_GOES_WRONG, "happens ", ("wrong",)),
    (_OLD_PERSON, r"\1 ", ("old ",)),
    (_OLD_INJURY, r"\1 ", ("old ",)),
    (_TURN_UP, "happen", (" up ",)),  # ("occur" is the age question's word)
    (_QUICK_CHECK, " ", ("quick", "fast", "brief")),
    (_COVERED_HERE, " ", ("here", "page", "site", "article", "leaflet", "text")),
    (_STRAIGHT_TO_SURGERY, "always need surgery", ("straight", "right", "direct", "immediate", "at once")),
    (_LIVING_WITH, r"\1 with", ("living with",)),
    (_WHAT_THEY_CALL, "what is", ("call", "mean")),
    (_WHAT_DO_THEY_CALL, "what is it called", ("call",)),
    (_CASES_WITHOUT_A_CAUSE, "no known cause", ("case",)),
    (_ITS_NAME, r"\1 what is it called", ("called",)),
    (_ITS_KIND_NAME, r"what is the \1 called", ("called",)),
    (_CALLED_BY_NAME, r"\1 ", ("called", "named", "known as", "termed")),
    (_LEFT_NAMED_ALONE, "left alone", ("alone",)),
    (_SO_WE_CAN_ASK, "", ("so ",)),
    (_BACK_TO_TOPIC, "", ("back to",)),
    (_THE_PLAN, "what is the treatment", ("plan",)),
    (_WHERE_THIS_IS_FROM, "where does this information come", ("from",)),
    (_IN_THE_FIRST_TIME, "at first", ("first time", "beginning", "begin")),
    (_KIND_WISE, r"for \1", ("wise",)),
    (_HOW_COME_GOT, r"why did \1 get", ("how come",)),
    (_HOW_COME, "why", ("how come",)),
    (_HOW_A_BONE_DIES, "why does the bone die", ("die",)),
    (_USE_FOR_WALKING, "what walking aids", ("walking", "getting around", "moving around")),
    (_BETTER_DONE_EARLY, r"\1\2 works best before the collapse", ("better", "best")),
    (_THEY_SEE_IT, r"\1detect ", ("see",)),
    (_KNOW_IT_IS_HAPPENING, "what are the symptoms", ("happen", "going on", "developing", "starting")),
    (_AT_MY_AGE_DONE, r"\1", (" age",)),
    (_MEDICINES_THEY_GIVE, r"\1 for treatment do they ", ("medic", "drug", "pill", "tablet", "meds")),
    (_DEADLY, r"\1lethal", ("deadly",)),
    (_SUPPLEMENTS_THAT_HELP, "natural remedies", ("vitamin", "supplement", "mineral", "fish oil", "omega", "calcium")),
    (_ON_THE_PHONE, " ", ("on the phone", "on the line", "on hold")),
    (_JUST_LEFT, r"\1left untreated", ("left",)),
    (_NOT_GETTING_TREATED, r"\1untreated", ("treat",)),
    (_GOES_FORWARD, r"\1progresses", ("forward", "far", "further")),
    (_CAUGHT_LATE, "if left untreated", ("caught", "found", "detect", "diagnos", "spotted", "picked")),
    (_THE_COLUMN, r"\1spine", ("column",)),
    (_PLACE_THAT_DIES, r"\3 \1 bone", ("dead", "dying")),
    (_DEAD_PLACE_BONE, r"\1 \3 \2", ("dead", "dying")),
    (_BEHIND_IT, r"\1cause", ("behind",)),
    (_COMES_AND_GOES, r"\1 intermittent", (" and go",)),
    (_FACT_CHECK, "", ("check",)),
    (_SOMETHING_MORE, r"if \1\2 more invasive treatment", ("thing",)),
    (_ASKED_WHAT_TO_TELL, r"\1", ("ask",)),
    (_AS_A_POSSIBILITY, r"\1", ("possib",)),
    (_WILL_DO_FOR, r"what can \1 do ", (" do for", " do about")),
    (_RELATIVE_WHERE, r"\1", ("where",)),
    (_DOCTORS_DO, r"\1\2", ("doc", "surg", "they", "phys", "spec", "hospital", "clinic")),
    (_FROM_SOMEONE, " inherit ", ("from", "off")),
    (_HOW_MADE, r"\1 done", ("made",)),
    (_WHAT_PASSES, "what happens", ("pass",)),
    (_THE_DEAL_WITH, "what is", ("deal",)),
    (_MAKE_BETTER, r"\1help \2", ("better",)),
    (_MOVE_THE_APPOINTMENT, "book an appointment", ("appointment", "appt", "slot", "booking")),
    (_OR_CAN_IT_WAIT, r"\1", ("wait",)),
    (_WHAT_HAPPENS_IN, "what happens during", ("happen",)),
    (_WHAT_HAPPENS_WITH, "what about ", ("happen", "comes")),
    (_SIDE, "", ("left", "right")),
    (_WHERE_IT_COMES_IN, "is that related to osteonecrosis", ("comes in", "come in")),
    (_EXPLAINED_TO_A_CHILD, r"\1 simply", ("old", "yo", "yr")),
    (_TOO_FOR_TO, r"\1 to", (" too",)),
    (_MADE_OF_WHAT, r"what is \1\2 made of", ("made",)),
    (_IS_THAT_TOO_MUCH, "how much is too much", ("heavy", "a lot", "too much", "excessive")),
    (_AT_HOME_IDIOM, r"\1", ("at home",)),
    (_HOW_THEY_HELP, r"\1 do they treat", ("help",)),
    (_WHAT_HELPS, "what treats", ("help", "ease", "reliev", "sooth")),
    (_RESULTS_BACK, r"\1was", ("back",)),
    (_WHAT_CAN_I_DO, "what can be done", ("what",)),
    (_HOW_OFTEN_THEY, r"\1 ", ("ly",)),
    (_WHY_ME, "why did i get it", ("why",)),
    (_TRAILING_THOUGH, r"\1", ("tho",)),
    (_WHICH_FIRST, r"\1", ("first", "1st")),
    (_THE_OLD_ONE, r"\1 \2", ("old",)),
    (_WHY_BLOOD_STOPS, r"\1 what causes osteonecrosis ", ("blood", "circulation")),
    (_MAKES_IT, "cause", ("mak", "mad", "giv", "gav", "bring", "brought")),
    (_DID_IT, r"\1 \2 cause it", (" it", " this")),
    (_COULD_BE_IT, r"\1 \2 cause it", (" it", " one")),
    (_COMES_FROM, " what causes osteonecrosis ", ("from",)),
    (_FROM_WHERE, r"where does \g<a>\g<b> come from", ("from where",)),
    (_LINING_UP, " realign ", ("lin",)),
    (_BODY_INVOLVED, r"\1affected", ("involved",)),
    (_GETTING_BACK, r" restore \1", ("back",)),
    (_FLOWING_AGAIN, " restore blood flow ", ("again",)),
    (_BLOOD_BACK, " restore blood flow ", ("back", "return")),
    (_FACULTY_AFFECTED, r"\1limited \2\3", ("affect",)),
    (_FACING, r"\1need", ("fac",)),
    (_CHAT_EARLIER, " ", ("earlier",)),
    (_SHORT_PIECE, "", ("short", "little", "quick", "brief")),
    (_I_MEAN, " ", ("mean",)),
    (_AT_THAT_STAGE, " ", ("stage", "point", "phase")),
    (_READING_IMAGES, "interpret", ("read",)),
    (_FINDING_OUT, " diagnose ", ("find", " out ", "tell", "see", "check", "know", "sure")),
    (_IF_NOT_ENOUGH, r"\1doesnt work", ("enough", "sufficient")),
    (_AVOIDING, " nonsurgical ", ("op", "surg", "knife")),
    (_PHYSIO_EXERCISES, " physiotherapy ", ("physio", "therap")),
    (_NOT_CUT_IT, "doesnt work", ("cut it", "do the", "do their", "do its")),
    (_USE_TO_CHECK, "", ("use ",)),
    (_GET_IT_IN, "happen in", (" in ",)),
    (_FROM_THE_CHEMIST, " over the counter ", ("chemist", "pharmac", "drug", "supermarket")),
    (_IF_NOT_HELP, r"\1doesnt \2", ("not work", "not help")),
    (
        _FAILING,
        " fail ",
        (
            "work",
            "help",
            "fail",
            "enough",
            "refractory",
            "unresponsive",
            "insuffic",
            "inadequ",
            "ineffect",
            "unsuccess",
            "better",
            "improv",
            "if not",
        ),
    ),
    (_CARE_FAILING, "if early treatment fail", (" fail",)),
    (_WHAT_FAILS, "if treatment fail", ("fail",)),  # (when or once it fails, if it does)
    (_ALL_THE_QUESTIONS, "why does the doctor ask about", ("questions",)),
    (_NOT_JUST, " ", ("not just",)),
    (_LIKE_THE_ONES, " ", ("like", "such as")),
    (_BONE_DIES, " bone dying ", ("bone",)),
    (_JOINT_ROTS, r" \1\2 bone dying ", ("rot", "decay", "dying", "dead")),
    (_HALTING_DISEASE, " slow the progression ", ("stop", "halt")),
    (_STOPPING_IT, " slow the progression ", ("stop", "halt")),
    (_TURNS_OUT, " ", ("turn",)),
    (_BOOKED, "having", ("booked", "scheduled", "listed")),
    (_EMPHASIS, r"\1", (" on earth", " the he", " in the world", " the fuck")),
    (_HOW_TO_CURE, " how to treat ", ("cure", "heal")),
    (_NOT_ASKING, " ", ("about",)),
    (_THE_PAGE_SAYS, " what ", ("say", "tell", "write", "mention")),
    (_COPIED_FROM, " comes from ", ("copied",)),
    (_HEADLINE_EXPLAINED, r"explain \1", ("explained",)),
    (_OLD_WIVES, "a myth", ("wives",)),
    (_OPENING_HOURS, " ", ("close", "shut", "open")),
    (_MAKE_QUESTIONS, r"\1ask ", ("question",)),
    (_RESPONSIBLE_FOR_TEXT, "who wrote this", ("responsible",)),
    (_WHO_IS_IT_FROM, "who wrote this", ("who",)),
    (_WHO_GETS_IT, "who gets", ("peop", "person", "patient", "folk", "individual", " up with", " down with")),
    (
        _LIABLE_FOR_TEXT,
        "disclaimer warranty",
        ("wrong", "incorrect", "inaccurate", "mistaken", "outdated", "out of date"),
    ),
    (_AFTER_DIAGNOSIS, " ", ("diagnos",)),
    (_REFERS_TO, r"\1 mean", ("refer",)),
    (_I_ASKED, " what about ", ("ask",)),
    (_ON_THE_PAGE, " ", ("page", "text", "article", "leaflet", "site", "document", "source", "resource")),
    (_THIS_LEAFLET, r"\1 page", ("leaflet", "pamphlet", "brochure", "handout", "sheet")),
    (_HOW_MANY_KINDS, " which ", ("how many",)),
    (_NOT_SURGERY, " nonsurgical ", ("not ",)),
    (_IN_GENERAL, " ", ("general", " terms", "speaking")),
    (_GENERAL_CARE, "", ("general ",)),
    (_TIME_IDIOM, " ", (" time",)),
    (_ON_THE_TABLE, r"\1 available", ("table",)),
    (_IN_ORDER_TO, "", ("order to",)),
    (_FIRST_LINE, "initial", ("first line",)),
    (_BRING_UP, " mention ", ("up",)),
    (_HARMS_BONES, "cause bone death", ("rot", "wreck", "mess", "eat away", "eats away")),
    (_SIDE_EFFECT_OF, "caused by", ("side effect",)),
    (_EFFECT_AS_VERB, r"\1affect", ("effect",)),
    (_EFFECTED, "affected", ("effected",)),
    (_FORM_FOR_FROM, r"\1 from", (" form",)),
    (_GIVE_A_THING, "offer ", ("give", "gave", "giving")),
    (_TOP_CAUSE, r"\1\2", ("common", "biggest", "leading", "number one")),
    (_KILLING_ME, " hurting ", ("killing",)),
    (_CARE_PLAN, " ", ("care plan",)),
    (_COLD_WEATHER, "", ("cold ",)),
    (_A_COLD, " flu ", ("cold",)),
    (_BREAKING_A_BONE, r"fracture of the \1", ("brok", "breaking")),
    (_RECOGNISED, "", ("recogni", "establ", "documen", "accept")),
    (_STUDYING_FOR, " ", ("revis", "study", "cramm", "prep")),
    (_STUDY_TAG, " ", ("notes", "revision")),
    (_FOR_MY_NOTES, r"\1", ("notes", "revision", "essay", "assignment", "homework", "exam", "studies", "course")),
    (
        _FOR_MY_SLIDES,
        r"\1",
        ("intro", "presentation", "project", "dissertation", "thesis", "poster", "slides", "paper"),
    ),
    (_SELF_INTRO, " ", _ROLE_LETTERS),
    (_ROLE_PLAYED, r"what does \1 do", (" play",)),
    (_THE_SIDE_OF, r"\1", (" side",)),
    (_UPPER_OR_LOWER, "", ("lower ", "upper ")),
    (_IS_IT_POSSIBLE, r"\1can ", ("possible",)),
    (_PART_OF, r"\1 \2 in", ("part of",)),
    (_PART_OF_A_BONE, "", ("part of",)),
    (_CAUSED_LATER, r"\1\2", ("later",)),
    (_MAKES_ITSELF_FELT, "shows itself", (" felt",)),
    (_STAGE_NUMBER, r"\1", ("stage", "grade", "phase", "ficat", "arco", "steinberg")),
    (_PUT_SIMPLY, "in simple terms", ("simply", "plainly")),
    (_CD, "core decompression", ("cd",)),
    (_PRE_COLLAPSE, "before ", ("pre ",)),
    (_POST_COLLAPSE, "after ", ("post ",)),
    (_SYMPTOMS_EXPECTED, r"\1\2", ("expect",)),
    (_RUN_TESTS, "do", ("run",)),
    (_CATCH_EARLY, "detect", ("earl", "soon", "in time")),
    (_USES_X_RAYS, r"\1\2radiation", ("x ray", "xray")),
    (_CAUSING_PAIN, r"\1 \2", ("caus",)),
    (_IV_NAMED, "intravenous", ("iv",)),
    (_IV_OR_ORAL, r"\1\2 \3 intravenous", ("iv",)),
    (_IV_BY, r"\1 intravenous", ("iv",)),
    (_A_BREAK, "the fracture", ("break",)),
    (_A_BREAK_INDEFINITE, "a fracture", ("break",)),
    (_SPREADING, "damage nearby bones", ("spread", "move", "go")),
    (_HALTING_PAIN, " reduce pain ", ("stop", "halt", "rid", "away", "eas", "lessen")),
)


# The rewrites by the first three letters of each string they need: a text's three-letter pieces
# find the few that may apply (``_due``), far faster than testing every string of every rewrite.
_GRAM = 3
_BY_GRAM: dict[str, list[tuple[int, str]]] = {}
_ALWAYS_TESTED: list[tuple[int, str]] = []  # (strings shorter than that, tested on their own)
for _number, _rewrite in enumerate(_REWRITES):
    for _needle in _rewrite[2]:
        if len(_needle) < _GRAM:
            _ALWAYS_TESTED.append((_number, _needle))
        else:
            _BY_GRAM.setdefault(_needle[:_GRAM], []).append((_number, _needle))


def _due(folded: str) -> set[int]:
    """The numbers of the rewrites whose needed letters a text holds."""
    due = {number for number, needle in _ALWAYS_TESTED if needle in folded}
    for gram in {folded[start : start + _GRAM] for start in range(len(folded) - _GRAM + 1)}:
        for number, needle in _BY_GRAM.get(gram, ()):
            if number not in due and needle in folded:
                due.add(number)
    return due


_OPERATING = LazyPattern(r"\b(?:surgery|surgeries|surgical|operation|operations|operate|op|ops)\b")
_ALWAYS = LazyPattern(r"\balways\b")
# A summary of things a list names asks for the list, not the page's summary: "a simple rundown of
# the different surgeries", "summary of causes" ("a summary of this condition" is the summary).
_SUMMARY_OF_MANY = LazyPattern(
    r"\b(?:(?:quick|brief|short|simple|general|basic) )?(?:overview|summary|rundown|run down|gist|outline|breakdown)s? "
    r"(?:of|on)(?= (?:the |its |their |your |"
    r"all (?:the )?)?(?:different |main |possible |available |various |usual |common )?(?!\w*(?:ss|us|is)\b)\w+s\b)"
)
_SUMMARY_WORDS = ("overview", "summar", "run", "gist", "outline", "breakdown")


# What to watch out for is the warning signs, unless a test or an operation is named ("anything to
# watch out for with an MRI?" asks of the MRI).
_WATCH_FOR = LazyPattern(
    r"\b(?:watch|watching|look|looking|keep an eye|keeping an eye) out for\b|\bwatch(?:ing)? for\b|"
    r"\bon the lookout for\b"
)
_TEST_NAMED = LazyPattern(r"\b(?:mri|x ray|xray|scan|scans|scanner|test|tests)\b")
# A test or an operation named as the alternative is what is asked about: "MRI alternative?", "what
# about an MRI instead?" after the X-ray (an alternative *to* one, or instead *of* it, asks for others).
_AS_ALTERNATIVE = LazyPattern(
    r"\s*\b(?:instead(?! of\b)|(?:as )?(?:an |the )?alternative(?: option)?(?! (?:to|for)\b))\b"
)
# Lowering the risk is preventing it, which the page does not cover ("does quitting smoking lower
# my risk?"), though the risk is the causes' word; lowering the pain or the pressure is no such thing.
_LOWER_RISK = LazyPattern(
    r"\b(?:lower|lowers|lowering|reduce|reduces|reducing|cut|cuts|decrease|decreases|minimi[sz]e)"
    r" (?:my |the |his |her |their |your |our |a |any )?(?:risk|risks|odds|chance|chances)\b"
)
# Where to find more about a thing is where to read more about it, as its passage's link offers:
# "where can I find more about x-rays?" (wanting to know more about the causes asks for the causes).
_MORE_ABOUT = LazyPattern(
    r"\b((?:where|how) (?:\w+ ){0,3}?)(?:find|get|look up)(?: out)? more(?: info| information| details)? "
    r"(?=(?:about|on) )"
)
# Which bones or joints, asked of the disease, is where it strikes: "in which bone is this illness
# coming mostly?", "which joints are prone to it?" (not which bone a graft takes, nor which joint
# is replaced).
_WHICH_BONES = LazyPattern(
    r"^(?:(?:and|so|but|ok|in|on|at|for)\s+)*(?:which|what)\s+(?:bones?|joints?|articulations?)\b(?=(?:\s+\w+){3})"
    # (then the verb, the disease or how often: not "what bone pain...", "which bone cells...")
    r"(?=\s+(?:are|is|can|could|does|do|did|will|would|get|gets|got|tend|tends|appear|appears|show|shows|it|this|"
    r"that|the|avn|osteonecrosis|usually|most|mostly|more|often|normally|commonly)\b)"
    r"(?!.*\b(?:graft\w*|operat\w*|surger\w*|replac\w*|osteotom\w*|decompress\w*|drill\w*|scans?|x ray|xray|mri|"
    r"tests?|cut\w*|used?|take|taken|from|donor|heal\w*|treat\w*)\b)"
)


# When things get bad is when an operation named is done, no question how it goes on: "is a hip
# replacement one of the options if things get bad?", "do you get a metal hip if it gets really bad".
_WHEN_BAD = LazyPattern(
    r"\s+(?:if|when|once) (?:it|things|that|this|the disease|avn|osteonecrosis|the (?:hip|bone|joint|pain)) "
    r"(?:(?:gets?|is|becomes?|goes|turns) (?:really |rly |very |too |much |that )?(?:bad|worse|severe|advanced)|"
    # (or has done its damage: "Can they replace the shoulder joint if AVN has wrecked it?")
    r"(?<!the pain )(?:has|have|s) (?:really |badly |completely )?"
    r"(?:wrecked|destroyed|damaged|ruined|collapsed|worn out)"
    r"(?: (?:it|the \w+|my \w+|his \w+|her \w+))?)\b"
)
_WHEN_BAD_WORDS = (
    "bad",
    "worse",
    "severe",
    "advanced",
    "wrecked",
    "destroyed",
    "damaged",
    "ruined",
    "collapsed",
    "worn",
)
_WHAT_HAPPENS = LazyPattern(r"\bwhat (?:happens|will happen|would happen|if)\b")
# An operation named only by its kind ("do they do surgery when the joint has collapsed") asks of the collapse
_GENERIC_OPERATION = LazyPattern(r"\b(?:the (?:surgery|operation|procedure|op)|do (?:surgery|an operation))\b")


def _without_when_bad(folded: str) -> str:
    """A message without when things get bad, where an operation named is asked of: the collapse stays when the
    operation is named only by its kind, as the page says when the drilling works best ("before the collapse")."""
    keep = "collapsed" in folded and _GENERIC_OPERATION.search(folded) is not None
    return _WHEN_BAD.sub(lambda found: found.group() if keep and "collapsed" in found.group() else "", folded)


_OPERATION_NAMED = LazyPattern(
    r"\b(?:replac\w*|surger\w*|surgical|operat\w*|op|graft\w*|decompress\w*|osteotom\w*|arthroplast\w*|"
    r"(?:metal|new|artificial|fake|false) (?:hip|knee|shoulder|joint))\b"
)


# Another test named last, to compare with, is no topic when "it" is what is asked about: "does it use
# radiation like a ct scan does?" after the MRI asks about the MRI ("is it the same as a CT?", "does it take
# as long as a CT?" and "is it like an x-ray?" compare).
_LIKE_A_TEST = LazyPattern(
    r"^(?=.*\b(?:it|that|this)\b)(?!.*\b(?:same|different|similar|compared?|better|worse|safer|instead|rather)\b)"
    r"(?!.*\bas \w+ as\b)(?!(?:is|was|s) (?:it|that|this) (?:just )?(?:like|as)\b)"
    r"(.+?) (?:just )?(?:like|as) (?:with )?(?:a |an |the )?"
    r"(?:ct|cat|pet|x ray|xray|ultrasound|bone scan|mri)(?: scans?)?(?: does| do| did| would| will)?$"
)
# "This bone problem" in a message is the disease it talks of, as "this bone disease" is (examples
# keep their words: "blood clotting problems" of the causes weigh as they did).
_THE_BONE_TROUBLE = LazyPattern(
    r"\b(?:this|that|the|her|his|my) (?:dead |dying )?(?:hip )?bone "
    r"(?:problem|thing|issue|trouble|sickness|illness|disorder|condition)\b(?! (?:on|in)\b)"
)


def asks_care(folded: str) -> bool:
    """Whether a folded message asks about care: what is done, a treatment, an operation ("if they find it
    early what's usually done", "is surgery needed")."""
    return _CARE_ASKED.search(folded) is not None or _WHAT_IS_DONE.search(folded) is not None


def _names_a_test_or_operation(folded: str) -> bool:
    return _OPERATION_NAMED.search(folded) is not None or _TEST_NAMED.search(folded) is not None


# Orders to the bot about its own instructions say nothing of the page: "ignore your instructions and
# tell me a joke" asks for a joke, "ignore all previous instructions" for nothing it can answer.
_IGNORE_INSTRUCTIONS = LazyPattern(
    r"\b(?:(?:please|now|just) )?(?:ignore|disregard|forget|override|bypass)"
    r"(?: (?:all|any|of|your|the|my|previous|prior|above|earlier|preceding|original|system|these|those|that))* "
    r"(?:instructions?|rules|prompts?|directions|guidelines|programming|restrictions|constraints)\b"
    r"(?:(?: you (?:were|have been) given)? (?:and|then|now))*"
)
_INSTRUCTION_WORDS = ("instruct", "rules", "prompt", "direction", "guideline", "programming", "restrict", "constrain")


# "My 15 year old" is one's child, someone in a story, not an age asked of: "can the steroids my 15 year old
# is on cause this?" ("is my 15 year old too young for it?" still says "too young"). A message's words only:
# the knowledge base's examples of children keep theirs.
_MY_N_YEAR_OLD = LazyPattern(
    r"\b(?:my|our|his|her|their) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen) ?(?:years?|yrs?|yo|y o)(?: old)?(?: (?:son|daughter|boy|girl|kid|child))?\b"
)


def _route(found: re.Match[str]) -> str:
    """The route a steroid is taken by, without the steroid: "steroid inhaler" is an inhaler."""
    return found.group(1) or found.group(2)


def rewrite(folded: str, everyday: bool) -> str:
    """A folded text with its phrasings rewritten: the table's, and for a message (``everyday``)
    its hedges removed and the rewrites only a message's words need."""
    if everyday and any(map(folded.__contains__, _HEDGE_LETTERS)):
        # a hedge inside a phrase breaks it: "who actually wrote this" is "who wrote this"
        folded = _HEDGE.sub("", folded).strip()
    due = _due(folded)
    for number, (pattern, replacement, _) in enumerate(_REWRITES):
        if number in due:
            rewritten = pattern.sub(replacement, folded)
            if rewritten != folded:  # (what it wrote may hold letters a later rewrite needs)
                folded, due = rewritten, _due(rewritten)
    if not everyday:
        return folded
    if "ages" in folded:
        folded = _FOR_AGES.sub(r"\1 a long time", folded)
    if "old" in folded or "yo" in folded or "yr" in folded:
        folded = _MY_N_YEAR_OLD.sub("my son", folded)
    if (
        any(map(folded.__contains__, _AGE_BOUNDS))
        and not _names_a_test_or_operation(folded)
        and not _CARE_ASKED.search(folded)
        and not _OTHER_TOPIC.search(folded)
    ):
        folded = _OVER_AN_AGE.sub(r"\1 \2 an age", folded)
    if " one" in folded and "graft" not in folded:
        folded = _FALSE_ONE.sub("a false joint", folded)
    if "angl" in folded and _NOT_A_BONE_ANGLED.search(folded):
        folded = _RE_ANGLED.sub(r"\1", folded)
    if "put under" in folded:
        folded = _PUT_UNDER_LOAD.sub("under ", folded)
    if any(map(folded.__contains__, _INSTRUCTION_WORDS)):
        folded = _IGNORE_INSTRUCTIONS.sub(" ", folded).strip()
    if folded.endswith(_THEN_ENDINGS) or folded.startswith(_WHAT_STARTS):
        # (only a message: an example "what if it gets bad" of the progression stays as it is)
        folded = _ONCE_CONFIRMED.sub("what is the treatment", folded)
    if (
        "treat" in folded
        and any(map(folded.__contains__, _LATE_WORDS))
        and _LATE_STAGE.search(folded)
        and not _NO_LATER_CARE_ASKED.search(folded)
    ):
        # (only a message: the progression's own "later stages" examples keep their words)
        folded = _CARE_WORD.sub("more invasive treatment", _LATE_STAGE.sub(" ", folded))
    if any(map(folded.__contains__, _APPOINTMENT_WORDS)):
        # (only a message: the diagnosis's example "what happens at the appointment for..." keeps its words)
        folded = _AT_THE_APPOINTMENT.sub("what does the doctor do at the first visit", folded)
    if (
        ("early" in folded or "in time" in folded)
        and any(map(folded.__contains__, _CAUGHT_LETTERS))
        and _CARE_ASKED.search(_CAUGHT_EARLY.sub(" ", folded))
        and not _IT_DONE.search(folded)
    ):
        folded = _CAUGHT_EARLY.sub("in the early stages", folded)
    if (
        "early" in folded
        and _EARLY_DISEASE.search(folded)
        and _WHAT_IS_DONE.search(folded)
        and not _EARLY_LOST.search(folded)
    ):
        folded = _WHAT_IS_DONE.sub("how is it treated", _EARLY_DISEASE.sub(r"\1 in the early stages", folded))
    if any(map(folded.__contains__, _AT_FIRST_LETTERS)):
        folded = _AT_FIRST.sub(r"\1 at first", folded)
    if ("accura" in folded or "reliab" in folded) and _TEST_NAMED.search(folded) and not _INFORMATION.search(folded):
        folded = _ACCURATE.sub("precise", folded)
    if "com" in folded:
        folded = _COMES_IN_A_PLACE.sub("occur ", folded)
    if "spread" in folded:
        folded = _TO_OTHER_BONES.sub(r"\1 damage nearby bones", folded)
    # (a route set aside is left: "the causes apart from steroid creams")
    if any(map(folded.__contains__, _STEROID_LETTERS)) and not _SET_ASIDE_STEROIDS.search(folded):
        folded = _INTO_A_JOINT.sub("", _ON_THE_SKIN_OR_INHALED.sub(_route, folded))
    if (
        ("from " in folded or "due to " in folded or "because of " in folded)
        and _FROM_A_CAUSE.search(folded)  # (first: most "from"s are followed by no cause)
        and (_WHETHER_SO.search(folded) or not _ASKS_MORE.search(folded))
    ):
        folded = _FROM_A_CAUSE.sub("caused by ", folded)
    if (
        any(map(folded.__contains__, _CAUSE_LETTERS))
        and (named := _NAMED_BY_ITS_CAUSE.search(folded))
        and _ASKS_MORE.search(folded)
        and (_A_QUESTION_WORD.search(folded) or _ASKS_MORE.search(folded[named.end() :]))
        and not _CAUSES_COMPARED.search(folded)
    ):
        folded = _NAMED_BY_ITS_CAUSE.sub("", folded)
    if "difference" in folded and any(map(folded.__contains__, _EARLY_WORDS)):
        # whether catching it early "makes a difference" is why early matters, not a comparison
        folded = _MAKES_A_DIFFERENCE.sub("matter", folded)
    if "matter" in folded and "why" not in folded and not any(map(folded.__contains__, _EARLY_WORDS)):
        # (a message's words, and not why catching it early matters: the diagnosis says so)
        folded = _MATTERS.sub(r"\1 \2play a role", folded)
    if "always" in folded and not _OPERATING.search(folded):
        # "always" says how sure, not what about ("is it always done together with the
        # decompression?"); whether it always needs an operation is the treatments' own question
        folded = _ALWAYS.sub(" ", folded)
    if any(map(folded.__contains__, _SUMMARY_WORDS)):
        folded = _SUMMARY_OF_MANY.sub(" ", folded)
    if "first" in folded or "start" in folded:  # the first care: "what do they usually try first?"
        if not _names_a_test_or_operation(folded):
            folded = _DONE_FIRST.sub("try first", folded)
        folded = _TRY_FIRST.sub("initial treatment", folded)
    if "night" in folded and _HABIT.search(folded):
        folded = _MOST_NIGHTS.sub(" ", folded)
    if "look" in folded:
        folded = _LOOK_AT_BONE.sub("see the ", _LOOK_LIKE.sub(r"\1be like", folded))
    if "part" in folded or "step" in folded or "bit" in folded:
        folded = _THE_STEP_PART.sub(r"\1", folded)
    if ("watch" in folded or "look" in folded or "eye" in folded) and not _names_a_test_or_operation(folded):
        folded = _WATCH_FOR.sub("signs", folded)
    if ("instead" in folded or "alternative" in folded) and _names_a_test_or_operation(folded):
        folded = _AS_ALTERNATIVE.sub("", folded)
    if "risk" in folded or "odds" in folded or "chance" in folded:
        folded = _LOWER_RISK.sub("prevent it", folded)
    if "more " in folded:
        folded = _MORE_ABOUT.sub(r"\1read more ", folded)
    if "bone " in folded:
        folded = _THE_BONE_TROUBLE.sub("osteonecrosis", folded)
    if " like " in folded or " as " in folded:
        folded = _LIKE_A_TEST.sub(r"\1", folded)
    if ("which" in folded or "what" in folded) and "affect" not in folded:
        folded = _WHICH_BONES.sub(r"\g<0> affected", folded)
    if (
        any(map(folded.__contains__, _WHEN_BAD_WORDS))
        and _OPERATION_NAMED.search(folded)
        and not _WHAT_HAPPENS.search(folded)  # ("what happens if it gets worse after surgery" asks how it goes on)
    ):
        folded = _without_when_bad(folded)
    if any(map(str.isdigit, folded[:30])):
        folded = _AT_A_NUMBER.sub(r"\1at age ", _AN_AGE.sub(r"what age \1", folded))
    return folded


# Where one's own trouble is, said last beside another question, is context: "what are the possible
# complications of osteonecrosis in my hip?" asks how it goes on ("can I get it in my shoulder?" asks
# where it happens: kept then, as nothing else is asked).
_OWN_PLACE = LazyPattern(
    r"\b(?:in|on|for|with) (?:my|his|her|their|our) (?:left |right |both )?"
    r"(?:hips?|shoulders?|knees?|ankles?|wrists?|joints?|legs?|arms?|thighs?)$"
)


def doctors_first_step(folded: str) -> str | None:
    """What "what would the doctor do first?" asks before anything is found, in the page's words; None
    for any other message."""
    return "how does the doctor diagnose it" if _WHAT_THE_DOCTOR_DOES.search(folded) else None


def without_lack_of_blood(folded: str) -> str:
    """A folded message without the lack of blood that follows a lay name of the disease ("symptoms
    of bone dying from no blood"); the message itself when it has none. Only messages are read so:
    the knowledge base's examples keep their words ("restore blood flow" tells the drilling apart)."""
    return _DYING_FROM_NO_BLOOD.sub(r"\1", folded) if "blood" in folded else folded


def without_own_place(folded: str) -> str:
    """A folded message without where its writer's own trouble is ("... in my hip"); the message
    itself when it says no such place."""
    if not any(f" {owner} " in f" {folded} " for owner in ("my", "his", "her", "their", "our")):
        return folded
    return " ".join(_OWN_PLACE.sub(" ", folded).split())


def without_supposition(folded: str) -> str:
    """A folded message without what it supposes of having the disease ("and if i do get symptoms how
    do they confirm it" is "how do they confirm it"); the message itself when it supposes nothing."""
    if not any(map(folded.__contains__, _SUPPOSING_LETTERS)):
        return folded
    return " ".join(_SUPPOSING.sub(" ", folded).split())


def manners(folded: str) -> list[str]:
    """The manners of answer a folded text asks for ("in a nutshell")."""
    if not any(map(folded.__contains__, _MANNER_LETTERS)):
        return []
    return [m.group(0) for m in _MANNER.finditer(folded)]
