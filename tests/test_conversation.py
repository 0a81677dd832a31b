"""Conversations: follow-ups, picks, small talk, advice requests, and state a host can keep."""

from __future__ import annotations

import json

import pytest

from chatbot import Chatbot
from chatbot.conversation import FADE_TURNS, Conversation


def ask_all(conversation: Conversation, *messages: str) -> list[str | None]:
    return [conversation.ask(m).intent for m in messages]


def test_pronouns_and_ellipsis_follow_the_last_topic(conversation: Conversation) -> None:
    assert ask_all(
        conversation, "what is an MRI?", "what does it show?", "and the x-ray?", "does it use radiation?"
    ) == [
        "mri",
        "mri",
        "xray",
        "xray",
    ]


def test_it_can_mean_the_disease(conversation: Conversation) -> None:
    assert ask_all(conversation, "what is osteonecrosis?", "is it painful?", "how is it diagnosed") == [
        "what_is",
        "symptoms",
        "diagnosis",
    ]
    # after something said of the disease, "what is it?" asks what the disease is; after a thing, what that is
    assert ask_all(conversation, "what causes avn", "ok but what is it though?") == ["causes", "what_is"]
    assert ask_all(conversation, "what is an mri", "what is it exactly") == ["mri", "mri"]


@pytest.mark.parametrize(
    ("topic", "question", "intent"),
    [
        ("what treatments slow avn down?", "does smoking cause it", "causes"),  # smoking is one of the causes
        ("which imaging tests are used?", "is it common in the wrist", "bones_affected"),
        ("what's bone decompression?", "is that related to decompression sickness?", None),  # "that" is the topic
        ("what is a bone graft?", "is it painful?", None),  # pain is no word of the disease's alone
        ("what does a bone x-ray do", "and the disease itself, is it painful?", "symptoms"),  # named: the disease
        ("what is a bone graft?", "ok and what causes it in the first place, the disease I mean", "causes"),
    ],
)
def test_it_after_a_test_or_treatment_is_the_disease_or_the_topic_by_what_the_question_names(
    conversation: Conversation, topic: str, question: str, intent: str | None
) -> None:
    conversation.ask(topic)
    assert conversation.ask(question).intent == intent


def test_what_about_surgery_after_non_surgical_treatment(conversation: Conversation) -> None:
    assert ask_all(conversation, "what are the non-surgical treatments?", "what about surgery?") == [
        "nonsurgical",
        "surgery_options",
    ]


def test_which_one_works_best_before_collapse_after_the_list_of_surgeries(conversation: Conversation) -> None:
    conversation.ask("which surgeries exist?")
    assert conversation.ask("which one works best before the bone collapses?").intent == "bone_decompression"


def test_a_self_contained_question_wins_over_context(conversation: Conversation) -> None:
    assert ask_all(conversation, "what is a bone graft?", "what causes avascular necrosis?") == ["bone_graft", "causes"]


def test_tell_me_more_continues_with_related_passages(conversation: Conversation) -> None:
    first = conversation.ask("what is an MRI?")
    more = conversation.ask("tell me more")
    assert more.kind == "answer"
    assert more.intent in first_related(conversation.bot, "mri")
    assert more.passages != first.passages
    again = conversation.ask("go on")
    assert again.intent not in {"mri", more.intent}


def first_related(bot: Chatbot, intent: str) -> tuple[str, ...]:
    return bot.intent(intent).related


def test_what_else_offers_related_questions_to_pick_by_number(conversation: Conversation) -> None:
    conversation.ask("what is core decompression?")
    offer = conversation.ask("what else can I ask?")
    assert offer.kind == "clarify"
    assert offer.passages == []
    assert [s.intent for s in offer.suggestions] == list(conversation.bot.intent("bone_decompression").related)
    assert conversation.ask("2").intent == offer.suggestions[1].intent


def test_a_clarification_is_answered_by_a_number_or_by_words(bot: Chatbot) -> None:
    for answer in ("2", "the second one", "osteotomy"):
        conversation = bot.conversation()
        conversation.state.offered = ["bone_graft", "osteotomy"]
        assert conversation.ask(answer).intent == "osteotomy", answer


def test_a_number_with_nothing_offered_is_not_an_answer(conversation: Conversation) -> None:
    assert conversation.ask("2").passages == []


def test_a_learners_apology_before_a_question_leaves_the_question(conversation: Conversation) -> None:
    assert conversation.ask("English is not my first language. What causes it?").intent == "causes"
    assert conversation.ask("sorry for my bad english, what is avn?").intent == "what_is"


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("thanks. back to surgery, whats the one where they reshape the bone", "osteotomy"),
        ("thanks, and the MRI", "mri"),
        # a request without a question word or a question mark is still a request
        ("thanks, symptoms of avn", "symptoms"),
        ("thanks, please explain the mri", "mri"),
        ("thanks, I was wondering if diabetes is a risk factor", "causes"),
        ("cheers, the causes", "causes"),
        ("k, what is an mri", "mri"),
        ("fair enough, what about surgery", "surgery_options"),
        ("awesome, what about surgery?", "surgery_options"),  # a compliment before a question
        ("thank you. and how it is treat?", "treatment"),  # "treat" is a word, no slip of "great"
    ],
)
def test_thanks_before_a_question_still_gets_the_question_answered(
    conversation: Conversation, message: str, intent: str
) -> None:
    conversation.ask("what are the non-surgical treatments?")
    assert conversation.ask(message).intent == intent


def test_thanks_then_the_thing_of_a_list_picks_it(conversation: Conversation) -> None:
    conversation.ask("tell me about the surgeries")
    assert conversation.ask("thanks, the graft one").intent == "bone_graft"


def test_small_talk_keeps_the_context(conversation: Conversation) -> None:
    conversation.ask("what causes avascular necrosis?")
    thanks = conversation.ask("thanks!")
    assert (thanks.kind, thanks.passages) == ("smalltalk", [])
    assert conversation.ask("sorry, back to that: does smoking count?").intent == "causes"


@pytest.mark.parametrize(
    "message",
    [
        "thank you, that helps",
        "ok that's enough, thanks",
        "oh wow that's a long list",
        "ok I'll ask my doctor",
        "ok will ask my GP, thanks",
        "I will ask my haematologist about the MRI",
        "right, I'll ask for an MRI then",
        "ok. thanks for being patient with me",
        "that makes sense",
        "nice, you're quick",
        "ok that's enough for today, thanks",
        "thanks, that helps a lot",
        "ok I'll go back to the GP. bye",
        "thank you so much, really",  # emphasis, not "really?"
        "ok thank you very much for the informations",
        # thanks, then a remark that asks nothing
        "Thank you, you have been most patient.",
        "Thanks, I'll raise it at my next appointment.",
        "thank u that helped alot",  # not a blood "clot"
    ],
)
def test_saying_an_answer_was_understood_quotes_nothing_more(conversation: Conversation, message: str) -> None:
    # "that" in these is the answer just given, not a question about the topic
    conversation.ask("what are the non-surgical treatments?")
    reply = conversation.ask(message)
    assert (reply.kind, reply.passages) == ("smalltalk", [])
    assert conversation.ask("the fourth one?").intent == "nonsurgical"  # the topic is kept


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("hello", "Hello!"),
        ("hola", "Hello!"),  # not a typo of "hole" (bone graft's drilled holes)
        ("Bonjour !", "Hello!"),
        ("thank you so much", "You're welcome"),
        ("thank you for your time", "You're welcome"),
        ("thank u", "You're welcome"),  # texting shorthand is spelled out before small talk is read
        ("ok ta", "You're welcome"),  # British thanks
        ("k thx", "You're welcome"),
        ("never mind", "All right."),
        ("fair enough", "All right."),
        ("ok bye now", "Goodbye"),
        ("Sorry my English is not so good", "All right."),  # an apology, not a question about the page
        ("excuse my english", "All right."),
        ("thank you doctor", "You're welcome"),  # not a question about the doctor's diagnosis
        ("merci beaucoup", "You're welcome"),
        ("bye", "Goodbye"),
        ("who are you?", "not a doctor"),
        ("hello, who are you? are you a real doctor?", "not a doctor"),
        ("ok thanks, bye", "Goodbye"),
        ("are you a robot?", "FAQ bot"),
        ("are you a real doctor or a bot?", "FAQ bot"),  # not about the page's images and doctors
        ("is this a bot or a real person", "FAQ bot"),
        ("can I talk to a person?", "can't put you through"),
        ("help", "Ask a question"),
        ("helo", "Hello!"),  # pleasantries typed in a hurry
        ("hiii", "Hello!"),
        ("good mornign", "Hello!"),
        ("thnaks", "You're welcome"),
        ("thank youu", "You're welcome"),
        ("good bot", "All right."),  # a compliment
        ("awesome", "All right."),
        ("thnks, that helped", "All right."),  # "that" is no disease to ask what it is
        ("Testing, testing", "Hello!"),  # trying the bot out
        ("test", "Hello!"),  # ("test?" may ask of the tests)
        ("are you even a real person", "FAQ bot"),
        ("what's the weather like where you are", "FAQ bot"),  # no question on where it occurs
        ("where are you from?", "FAQ bot"),
        ("What time is it?", "FAQ bot"),  # no bone that renews itself "all the time"
        ("can you tell me the time", "FAQ bot"),
        ("What time is now in Manila?", "FAQ bot"),
        ("Good afternoon. I trust you are keeping well.", "Hello!"),  # no trust in the page asked of
    ],
)
def test_small_talk_gets_short_replies_in_the_bots_own_words(
    conversation: Conversation, message: str, words: str
) -> None:
    reply = conversation.ask(message)
    assert reply.kind == "smalltalk"
    assert reply.passages == []
    assert words in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "should I stop my steroids?",
        "Would I have to come off my anti-rejection meds?",
        "will she definitely need an operation?",
        "shud i stop my meds?",
        "do I have avascular necrosis?",
        "which surgery is best for me?",
        "can he take ibuprofen for it?",  # a medicine for the one asked about
        "she's 82, is she too old for a hip replacement?",  # (too young for the disease asks its age)
        "I'm 34 and I drink a bit on weekends. Do you think I have avascular necrosis?",
        "which one will my doctor pick for me?",
        "will I need a hip replacement?",
        "my hip hurts when I walk, what is wrong with me?",
        "Doctor in my country want to do osteotomy but in Germany they say prosthesis. Which one is better for me?",
        # whether one may go on with daily life: the page says nothing of it
        "Can I keep working with avascular necrosis?",
        "Is walking good for avascular necrosis of the hip?",
        "can I still drive with avn in my hip",
        "is she going to need surgery?",
        "will it work for me?",
        "Could my hip pain be osteonecrosis? I took steroids last year.",
        "Is my dad's osteonecrosis going to get worse?",
        "my sister wants to know if she should have the operation",
        "surgery or not for me",
        "do you think I've got avn",
        "my doc prescribed naproxen, is that ok for my avn?",
        # one's own odds, in the order of a statement too
        "my brother drink very much, he will get it?",
        "my dad drinks and smokes a lot, is he going to get it?",
        "I have lupus. What are my chances of getting osteonecrosis?",
        "what are my chances the surgery actually works",
        "where should I go for treatment?",  # where to be treated, not where to read
        "should I put on the brace?",
        "I had radiation therapy for lymphoma. Does that mean I'll definitely get it?",
        # whether one's own trouble, just told, is the disease
        "I'm 28 and my hip's been hurting for months when I walk. Could it be avn?",
        "my grandma is 78 and has hip pain, could it be osteonecrosis?",
        "my MRI report says bone marrow oedema, is that AVN?",
        "can I keep scuba diving now that I have osteonecrosis in one hip",
        # whether an operation suits someone of an age, however it is put
        "is hip replacement ok for someone in their 70s",
        "my mum is in her 60s, can she have a hip replacement",
    ],
)
def test_personal_medical_advice_gets_the_fixed_line(conversation: Conversation, message: str) -> None:
    reply = conversation.ask(message)
    assert reply.kind == "advice"
    assert reply.passages == []
    assert reply.text.startswith("I can't give personal medical advice. Please ask your doctor")
    assert reply.suggestions  # and what it can answer


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Could you run through the surgery choices?", "surgery_options"),
        ("can I work out what my MRI shows by looking at the images on this site", "images_note"),
        ("can you dive deeper into the causes", "causes"),  # a request to the bot, not about diving
        ("could you walk through the diagnosis", "diagnosis"),
        ("is drinking bad for your bones", "causes"),  # heavy alcohol use is on the page's list
        ("my english teacher has avn, what is it", "what_is"),  # no apology for one's English
        ("Does having diabetes raise your chances of avascular necrosis?", "causes"),  # what raises one's odds
        ("Where should I go to download updated information?", "latest_info"),  # where to read, no advice
        ("People with sickle cell disease - what are their chances of getting AVN?", "causes"),  # not one's own
        ("my daughter sings in a choir, can singing cause avn?", "causes"),  # no signs
        ("How much weight should I put on this text being accurate? Any guarantees?", "disclaimer"),
        (
            "I'm 31 and my surgeon says I'm too young for a hip replacement, so he's suggesting an osteotomy. "
            "What exactly is an osteotomy?",
            "osteotomy",  # what the surgeon said is the story, not a request for advice
        ),
        ("I will have it done next month, what is core decompression", "bone_decompression"),
        ("do i need an operation or are there other ways to deal with it", "surgery_options"),  # the other ways
        ("when do they need surgery?", "treatment"),  # "they": people in general, not one person
        ("which drugs cause it exactly?", "causes"),  # of the list, which names them by kind
        ("does everyone need surgery", "treatment"),  # of everyone, not of one person
        ("my hip feels stiff and I can't move it as far as I used to, is that a sign of avn", "symptoms"),
    ],
)
def test_what_only_looks_like_advice_or_small_talk_is_answered(
    conversation: Conversation, question: str, intent: str
) -> None:
    assert conversation.ask(question).intent == intent


def test_asking_what_to_look_out_for_is_a_question_not_a_request_for_advice(conversation: Conversation) -> None:
    assert conversation.ask("what symptoms should we look for?").intent == "symptoms"


def test_an_emergency_is_sent_to_emergency_services(conversation: Conversation) -> None:
    reply = conversation.ask("I fell and can't walk, what do I do")
    assert reply.kind == "advice"
    assert "emergency" in reply.text
    assert reply.passages == []


def test_an_emergency_after_numbered_suggestions_is_still_an_emergency(conversation: Conversation) -> None:
    conversation.ask("how much does it cost?")  # declined, with numbered suggestions
    reply = conversation.ask("how is osteonecrosis treated? I fell and can't walk")
    assert (reply.kind, reply.passages) == ("advice", [])


def test_a_new_question_after_suggestions_is_read_on_its_own(conversation: Conversation) -> None:
    conversation.ask("how much does it cost?")
    assert conversation.ask("what is osteotomy").intent == "osteotomy"
    assert conversation.ask("how is osteoporosis treated").passages == []


def test_a_number_out_of_range_asks_for_one_in_range(conversation: Conversation) -> None:
    conversation.ask("how much does it cost?")
    reply = conversation.ask("5")
    assert (reply.kind, reply.text) == ("smalltalk", "Please pick a number from 1 to 3.")


def test_context_is_not_forced_on_a_question_about_something_else(conversation: Conversation) -> None:
    conversation.ask("what is an MRI?")
    assert conversation.ask("how much prednisone is safe?").intent != "mri"


def test_an_uncovered_follow_up_is_declined_not_guessed(conversation: Conversation) -> None:
    conversation.ask("what is a total hip replacement?")
    reply = conversation.ask("how long is the recovery after that?")
    assert (reply.kind, reply.passages) == ("decline", [])


def test_the_aim_of_a_treatment_is_asked_of_the_topic(bot: Chatbot) -> None:
    # "aim", "goal" and "purpose" name no topic of their own: the passage that describes a thing says its aim.
    for topic, follow_up, expected in [
        ("what is core decompression?", "what does it aim to do", "bone_decompression"),
        ("what is an osteotomy?", "ok what's the aim of it", "osteotomy"),
        ("what is a bone graft?", "what's the goal of it?", "bone_graft"),
        ("what is core decompression?", "what's the purpose of it?", "bone_decompression"),
    ]:
        conversation = bot.conversation()
        conversation.ask(topic)
        assert conversation.ask(follow_up).intent == expected, follow_up


def test_whether_a_treatment_or_test_hurts_is_not_answered_by_its_passage(bot: Chatbot) -> None:
    # The decompression passage says it may "reduce pain": that says nothing of how the drilling feels.
    for follow_up in ("is it painful?", "hurt?", "does the drilling itself hurt?", "It is painful after?"):
        conversation = bot.conversation()
        conversation.ask("what is core decompression?")
        assert conversation.ask(follow_up).passages == [], follow_up
    assert bot.ask("How painful is core decompression surgery?").passages == []
    assert bot.ask("does an mri hurt").passages == []
    assert bot.ask("does avascular necrosis hurt?").intent in ("symptoms", "progression")  # the disease's pain
    assert bot.ask("is heat or cold good for the painful hip?").intent in ("nonsurgical", "treatment")


def test_it_does_not_stand_in_for_something_the_page_never_speaks_of(conversation: Conversation) -> None:
    conversation.ask("what causes avascular necrosis?")
    assert conversation.ask("do you have it in Spanish?").passages == []
    assert conversation.ask("and does smoking count?").intent == "causes"


def test_it_does_not_stretch_a_list_to_something_the_list_never_names(conversation: Conversation) -> None:
    assert conversation.ask("what are the symptoms of avn?").intent == "symptoms"
    assert conversation.ask("does it cause swelling?").passages == []
    assert conversation.ask("can it cause stiffness?").intent == "symptoms"
    conversation.ask("which surgeries are there?")
    assert conversation.ask("the second one, can it cause a fever?").passages == []
    conversation.ask("which surgeries are there?")
    assert conversation.ask("the third one, is it better than a hip replacement?").passages == []


def test_it_after_a_test_or_treatment_is_that_thing_when_the_question_fits_it(bot: Chatbot) -> None:
    after_graft = bot.conversation()
    after_graft.ask("what is a bone graft?")
    assert after_graft.ask("is it painful?").passages == []  # the page says nothing of the graft's pain
    after_symptoms = bot.conversation()
    after_symptoms.ask("what are the symptoms?")
    assert after_symptoms.ask("is it painful?").intent == "symptoms"  # there "it" is the disease
    after_mri = bot.conversation()
    after_mri.ask("what does an MRI show?")
    assert after_mri.ask("how is it treated?").intent == "treatment"  # the treatment question, of the disease
    assert after_mri.ask("what about an x-ray, does it use radiation?").intent == "xray"
    after_mri.ask("what does an MRI show?")
    assert after_mri.ask("does it hurt?").passages == []  # not the disease's symptoms: the scan's
    assert after_mri.ask("and at what age does it usually start?").intent == "age"  # the age question itself
    after_replacement = bot.conversation()
    after_replacement.ask("what is a total joint replacement?")
    assert after_replacement.ask("is it metal?").intent == "joint_replacement"  # not metal in an MRI scanner
    assert after_replacement.ask("how long will the new joint last?").passages == []


def test_going_back_to_a_named_topic_reads_the_question_about_it(conversation: Conversation) -> None:
    asked = ("what causes avn?", "and the symptoms?", "back to causes - is diabetes one?")
    assert ask_all(conversation, *asked) == ["causes", "symptoms", "causes"]
    # typed without stops, the question starts at its question word
    asked = (
        "what is avn",
        "ok back to the tests does the mri show it early",
        "ok going back to the hip what can they do",
    )
    assert ask_all(conversation, *asked) == ["what_is", "mri", "treatment"]


def test_the_plan_once_found_early_is_the_early_care_and_more_is_more_of_the_topic(conversation: Conversation) -> None:
    asked = ("which scan can spot it before it hurts", "and if they find it early, what's the plan")
    assert ask_all(conversation, *asked) == ["imaging_tests", "nonsurgical"]
    assert ask_all(conversation.bot.conversation(), "how they diagnos it", "tel me more") == [
        "diagnosis",
        "imaging_tests",
    ]
    assert conversation.ask("whats the plan for updating this page").intent == "latest_info"  # the page's plan
    assert conversation.ask("and the main risk factors for my intro").intent == "causes"  # what it is for: context


def test_going_back_to_a_list_picks_from_it_or_gives_it_again(conversation: Conversation) -> None:
    asked = (
        "what are the surgical options",
        "before that, what gets tried first",
        "ok back to the surgery list, the 2nd one",
    )
    assert ask_all(conversation, *asked) == ["surgery_options", "nonsurgical", "bone_graft"]
    assert ask_all(conversation, "what causes it", "back to the tests, the second one, does it use radiation") == [
        "causes",
        "mri",
    ]
    assert ask_all(conversation, "is it common?", "ok back to the surgery list") == [None, "surgery_options"]
    # what someone said of one is no pick
    reported = ("what are the surgeries", "back to the surgeries, my surgeon said the second one isnt suitable, why?")
    assert ask_all(conversation.bot.conversation(), *reported) == ["surgery_options", None]
    # going back to one's life is no topic of the page
    assert conversation.ask("back to work after a hip replacement?").passages == []


def test_a_bare_aspect_after_a_pick_is_about_the_pick(conversation: Conversation) -> None:
    asked = ("which surgeries are there?", "the 3rd one", "painful?", "ok n 4th")
    assert ask_all(conversation, *asked) == ["surgery_options", "osteotomy", None, "joint_replacement"]


def test_what_is_done_after_a_step_is_the_passage_that_says_after_it(bot: Chatbot) -> None:
    # "After a core decompression, the doctor inserts healthy bone into the drilled holes..."
    assert bot.ask("what do they do after the drilling?").intent == "bone_graft"
    chat = bot.conversation()
    asked = ("what is core decompression?", "and what goes in the holes after?")
    assert ask_all(chat, *asked) == ["bone_decompression", "bone_graft"]
    assert bot.ask("how long will I be off my feet after the drilling?").passages == []  # no next step
    assert bot.ask("does it still work after the bone has collapsed?").intent == "bone_decompression"


def test_context_fades_after_a_few_turns_without_reference(conversation: Conversation) -> None:
    conversation.ask("what is an MRI?")
    for _ in range(FADE_TURNS):
        conversation.ask("hello")
    assert conversation.state.topic is None
    assert conversation.ask("what does it show?").passages == []


def test_state_round_trips_through_json_for_a_host_bot(bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("what is an MRI?")
    stored = json.dumps(conversation.to_dict())
    restored = bot.conversation_from_dict(json.loads(stored))
    assert restored.to_dict() == conversation.to_dict()
    assert restored.ask("and the x-ray?").intent == "xray"


def test_restoring_ignores_what_it_does_not_know(bot: Chatbot) -> None:
    data = {"topic": "no_such_intent", "idle": "x", "offered": [1, "mri"], "declined": "yes", "seen": None, "item": 3}
    restored = bot.conversation_from_dict(data)
    expected = {
        "version": 1,
        "topic": None,
        "idle": 0,
        "offered": ["mri"],
        "declined": False,
        "seen": [],
        "item": [],
        "listed": False,
    }
    assert restored.to_dict() == expected


def test_conversations_are_independent(bot: Chatbot) -> None:
    one, two = bot.conversation(), bot.conversation()
    one.ask("what is an MRI?")
    assert two.ask("what does it show?").passages == []


def test_an_ordinal_picks_a_part_of_an_answer_that_listed_several(conversation: Conversation) -> None:
    assert ask_all(conversation, "which surgeries exist?", "the second one?", "and the last one") == [
        "surgery_options",
        "bone_graft",
        "joint_replacement",
    ]


def test_an_ordinal_with_a_few_words_around_it_still_picks(conversation: Conversation) -> None:
    asked = ("which operations exist", "the second one please explain", "what about the third one")
    assert ask_all(conversation, *asked) == ["surgery_options", "bone_graft", "osteotomy"]


def test_an_ordinal_can_be_mistyped_and_followed_by_a_question_about_the_pick(conversation: Conversation) -> None:
    asked = ("is there surgery", "the frist one, how is it done", "the second one - where does the bone come from?")
    assert ask_all(conversation, *asked) == ["surgery_options", "bone_decompression", "bone_graft"]
    detail = ("what surgeries are there", "the third in detail")
    assert ask_all(conversation.bot.conversation(), *detail) == ["surgery_options", "osteotomy"]
    ops = ("surgical options avn", "graft source", "next op")
    assert ask_all(conversation.bot.conversation(), *ops) == ["surgery_options", "bone_graft", "osteotomy"]
    numbered = ("what are the treatments in the early stages", "and the 4th, what does NSAID stand for")
    assert ask_all(conversation.bot.conversation(), *numbered) == ["nonsurgical", "nonsurgical"]


def test_that_first_one_picks_as_the_first_one_does(conversation: Conversation) -> None:
    asked = ("what surgeries are there", "that first one, how does it work", "tell me about that last one")
    assert ask_all(conversation, *asked) == ["surgery_options", "bone_decompression", "joint_replacement"]
    tests = ("what tests confirm avn", "ok that first test you mentoined, tell me about it", "and the other one")
    assert ask_all(conversation.bot.conversation(), *tests) == ["diagnosis", "xray", "mri"]


def test_and_then_after_the_diagnosis_is_the_care_and_after_the_symptoms_the_diagnosis(
    conversation: Conversation,
) -> None:
    assert ask_all(conversation, "how is avn diagnosed", "ok and after that") == ["diagnosis", "treatment"]
    assert ask_all(conversation.bot.conversation(), "what are the symptoms", "and then?") == ["symptoms", "diagnosis"]
    steps = ("what is core decompression", "and then?")  # the step the page says comes after it
    assert ask_all(conversation.bot.conversation(), *steps) == ["bone_decompression", "bone_graft"]
    tests = ("what tests are used", "the xray first?", "and then?")  # the next test, then the care
    assert ask_all(conversation.bot.conversation(), *tests)[1:] == ["xray", "mri"]
    assert conversation.bot.conversation().ask("ok then").passages == []  # a thanks


def test_near_phrasings_of_this_sessions_rules_are_left_alone(conversation: Conversation) -> None:
    bot = conversation.bot
    # what one had or wants is no pick
    assert bot.ask("i had this first one done last year, what are the symptoms?").intent == "symptoms"
    # "what is it" that asks something else, or is no question about the disease
    assert ask_all(bot.conversation(), "what causes avn", "what is it mostly from") == ["causes", "causes"]
    for message in ("what is it you do?", "it is what it is", "my doctor said i have bursitis. what is it though?"):
        assert bot.ask(message).passages == [], message
    assert bot.ask("i was told i have avn but my physio thinks its tendonitis. what is it then?").passages == []
    # a caller's own case, and a comparison or a statement of a disease named by its cause
    assert bot.ask("caller on the line asking whether she can still work with avn").passages == []
    assert bot.ask("radiation necrosis of the brain").passages == []
    assert bot.ask("my mri showed steroid induced avn").intent == "causes"


def test_an_ordinal_inside_a_question_picks_and_the_question_is_about_the_pick(conversation: Conversation) -> None:
    asked = ("what surgeries are there?", "what happens in the first one", "and does the 2nd one use donor bone?")
    assert ask_all(conversation, *asked) == ["surgery_options", "bone_decompression", "bone_graft"]
    tests = conversation.bot.conversation()
    assert ask_all(tests, "which imaging tests are used?", "does the first one use radiation") == [
        "imaging_tests",
        "xray",
    ]
    assert tests.ask("does the first one hurt?").kind == "decline"  # the X-ray's passage says nothing of pain


def test_going_back_in_a_list_picks_the_one_before(conversation: Conversation) -> None:
    asked = ("what surgeries are there?", "the third one", "the one before that", "go back one", "number two again?")
    assert ask_all(conversation, *asked) == [
        "surgery_options",
        "osteotomy",
        "bone_graft",
        "bone_decompression",
        "bone_graft",
    ]
    assert ask_all(conversation, "the last one", "sorry, I meant the second") == ["joint_replacement", "bone_graft"]


def test_a_question_that_only_starts_like_an_ordinal_is_read_as_a_question(conversation: Conversation) -> None:
    conversation.ask("which surgeries exist?")
    assert conversation.ask("the first symptoms of avn?").intent == "symptoms"


def test_a_question_after_an_ordinal_that_the_page_cannot_answer_is_declined(conversation: Conversation) -> None:
    conversation.ask("which surgeries are there?")
    reply = conversation.ask("the last one, how long is the recovery?")
    assert (reply.kind, reply.passages) == ("decline", [])


def test_an_ordinal_after_one_part_picks_from_the_list_it_belongs_to(conversation: Conversation) -> None:
    assert ask_all(conversation, "what does an x-ray show?", "and the second one?") == ["xray", "mri"]
    assert ask_all(conversation.bot.conversation(), "what is an osteotomy", "the last one") == [
        "osteotomy",
        "joint_replacement",
    ]
    symptoms = conversation.bot.conversation()
    symptoms.ask("what are the symptoms?")
    assert symptoms.ask("the second one").passages == []  # part of no list: nothing to pick from


def test_after_a_decline_an_ordinal_still_means_the_list_talked_about(conversation: Conversation) -> None:
    asked = ("what surgeries are there?", "the first one, how does it work?", "how long is recovery after that?")
    assert ask_all(conversation, *asked) == ["surgery_options", "bone_decompression", None]
    assert conversation.ask("and the last one on the list?").intent == "joint_replacement"  # not the last suggestion
    conversation.ask("how much does it cost?")  # declined, suggesting questions by number
    assert conversation.ask("what is the third one then").intent == "osteotomy"
    conversation.ask("how much does it cost?")
    suggested = conversation.state.offered
    assert conversation.ask("2").intent == suggested[1]  # a bare number picks what the decline suggested


def test_an_ordinal_picks_from_the_tests_an_answer_names(conversation: Conversation) -> None:
    # The diagnosis passage ends "The doctor may use X-ray or MRI to confirm a diagnosis."
    asked = ("how is avn diagnosed?", "the first one, what is it?", "and the second one?")
    assert ask_all(conversation, *asked) == ["diagnosis", "xray", "mri"]


def test_which_one_chooses_from_the_list_by_what_its_passages_say(conversation: Conversation) -> None:
    asked = ("which imaging tests are used?", "which one catches it earliest?")  # "in its earliest stages"
    assert ask_all(conversation, *asked) == ["imaging_tests", "mri"]
    conversation.ask("what is an osteotomy?")
    assert conversation.ask("going back to the scans, which one shows it earliest?").intent == "mri"


def test_a_bare_comparison_is_about_the_two_things_just_talked_about(conversation: Conversation) -> None:
    # "accurate" is a word of the disclaimer ("how far can I rely on it?"), not of the two tests
    assert ask_all(conversation, "what imaging tests are used?", "which one is more accurate?") == [
        "imaging_tests",
        None,
    ]
    reply = conversation.ask("and which is more reliable?")
    assert reply.passages == [] and [s.intent for s in reply.suggestions][:2] == ["xray", "mri"]


def test_what_comes_when_the_treatments_fail_is_the_surgery(conversation: Conversation) -> None:
    asked = ("how is it treated?", "and if the rest and pills don't work, what's next?")
    assert ask_all(conversation, *asked) == ["treatment", "surgery_options"]
    assert conversation.ask("and if that's not enough?").intent == "surgery_options"


def test_how_it_works_after_one_treatment_is_that_ones(conversation: Conversation) -> None:
    # "The patient or a donor may provide the bone...": the graft's passage says how it is done, not the MRI's
    assert ask_all(conversation, "what's a bone graft?", "how does it work?") == ["bone_graft", "bone_graft"]
    assert ask_all(conversation, "what is a joint replacement?", "how does it work") == [
        "joint_replacement",
        "joint_replacement",
    ]


def test_correcting_to_what_it_is_asks_what_the_disease_is(conversation: Conversation) -> None:
    asked = ("what is avn?", "what causes it?", "No, I meant what it actually is")
    assert ask_all(conversation, *asked) == ["what_is", "causes", "what_is"]


def test_why_of_an_age_is_no_reason_the_page_gives(conversation: Conversation) -> None:
    # "The disease usually occurs between the ages of 20 and 50": a fact, no reason for it
    assert ask_all(conversation, "at what age does it usually happen?", "why at that age?") == ["age", None]


def test_the_one_of_a_list_described_by_what_it_does(conversation: Conversation) -> None:
    asked = ("which operations are used for osteonecrosis?", "what's the reshaping one?", "and the drilling one?")
    assert ask_all(conversation, *asked) == ["surgery_options", "osteotomy", "bone_decompression"]


def test_and_then_what_do_they_do_is_the_next_step(conversation: Conversation) -> None:
    # "After a core decompression, the doctor inserts healthy bone into the drilled holes"
    asked = ("What is core decompression?", "and then what do they do?")
    assert ask_all(conversation, *asked) == ["bone_decompression", "bone_graft"]


def test_x_rays_a_scan_uses_are_its_radiation(conversation: Conversation) -> None:
    # "It does not involve radiation": the MRI's answer, not the X-ray test's
    assert ask_all(conversation, "what is an MRI?", "does it use x-rays?") == ["mri", "mri"]


def test_the_bone_after_the_bone_graft_is_the_grafts(conversation: Conversation) -> None:
    asked = ("what's a vascularized bone graft?", "can I use my own bone?", "and AVN, what is it?")
    assert ask_all(conversation, *asked) == ["bone_graft", "bone_graft", "what_is"]


def test_which_one_reads_what_a_passage_denies(conversation: Conversation) -> None:
    # The MRI passage says it "does not involve radiation"; the X-ray uses "a very small dose".
    asked = ("which imaging tests are used?", "which one uses radiation?", "and the one without radiation?")
    assert ask_all(conversation, *asked) == ["imaging_tests", "xray", "mri"]
    conversation.ask("how is avn diagnosed?")  # "The doctor may use X-ray or MRI"
    assert conversation.ask("the test you mentioned that has no radiation, what can it show").intent == "mri"


def test_a_typed_question_replaces_a_list_offered_before(conversation: Conversation) -> None:
    conversation.ask("which doctor should I see?")  # advice, with the starter questions offered
    assert conversation.ask("what tests would they do?").intent == "diagnosis"  # one of the starters
    assert conversation.ask("the first one").intent == "xray"  # of the tests it names, not the starters


def test_the_other_one_is_the_other_of_two(conversation: Conversation) -> None:
    assert ask_all(conversation, "what does an x-ray show?", "ok and the other one?", "the other one") == [
        "xray",
        "mri",
        "xray",
    ]


def test_texted_ordinals_pick_too(conversation: Conversation) -> None:
    asked = ("surgery for avn??", "1st", "ok n 4th", "the 2nd one, what is it for?", "and the last one on the list?")
    assert ask_all(conversation, *asked) == [
        "surgery_options",
        "bone_decompression",
        "joint_replacement",
        "bone_graft",
        "joint_replacement",
    ]
    assert ask_all(conversation, "which surgeries are there?", "last 1") == ["surgery_options", "joint_replacement"]


def test_it_set_beside_another_of_its_list_asks_of_both(bot: Chatbot) -> None:
    # "it" is the MRI; the X-ray is what it is set beside: the passage on both tests answers
    assert ask_all(bot.conversation(), "what is an mri", "does it have radation in it like the xray does?") == [
        "mri",
        "imaging_tests",
    ]
    # ...but which is better, the page never says
    conversation = bot.conversation()
    conversation.ask("what is core decompression")
    assert conversation.ask("is it riskier than a bone graft?").passages == []


def test_which_one_is_done_asks_of_the_list_not_for_advice(bot: Chatbot) -> None:
    assert ask_all(
        bot.conversation(), "what surgeries are there", "which one should be done before the bone collapses"
    ) == ["surgery_options", "bone_decompression"]  # "This procedure works best before the collapse"
    assert bot.conversation().ask("which one should I have?").kind == "advice"


def test_a_word_of_assent_before_a_question_is_no_topic(conversation: Conversation) -> None:
    assert ask_all(conversation, "what is avn", "fine, how would you explain avn in simple words") == [
        "what_is",
        "what_is",
    ]


def test_later_after_the_early_treatments_is_the_treatment_in_the_later_stages(bot: Chatbot) -> None:
    # "In the early stages ... your treatment may include"; later, the operations
    assert ask_all(bot.conversation(), "what treatments do they use early on?", "and later?") == [
        "nonsurgical",
        "surgery_options",
    ]
    assert ask_all(bot.conversation(), "if they find it early what's usually done", "and if it's late?") == [
        "nonsurgical",
        "surgery_options",
    ]
    assert ask_all(bot.conversation(), "what are the symptoms", "and later on?") == ["symptoms", "progression"]
    # so is when it gets more serious, or worse
    asked = (
        "what treatments are used in early stage avn",
        "and if it gets more serious?",
        "thank you this has helped a lot",
    )
    assert ask_all(bot.conversation(), *asked) == ["nonsurgical", "surgery_options", None]
    assert ask_all(bot.conversation(), "what are the symptoms", "what if it gets worse") == ["symptoms", "progression"]
    later = ("what can i do besides tablets", "and later on if it gets worse")
    assert ask_all(bot.conversation(), *later)[1:] == ["surgery_options"]
    # after the diagnosis, it asks how it goes on
    assert ask_all(bot.conversation(), "how is it diagnosed", "what if it gets worse") == ["diagnosis", "progression"]
    assert bot.ask("thanks, this has helped, can kids get it").intent == "age"  # a question after thanks is asked


def test_which_of_a_kind_is_best_is_judged_by_the_passage_just_given(conversation: Conversation) -> None:
    # "MRI can detect osteonecrosis in its earliest stages": best at that, and the page judges nothing else
    assert ask_all(conversation, "how can they catch it early?", "which scan is best then") == ["mri", "mri"]
    assert ask_all(conversation.bot.conversation(), "what is a hip replacement", "which surgery is best?") == [
        "joint_replacement",
        None,
    ]
    assert conversation.bot.ask("what help can i use for walking holidays abroad").passages == []


def test_a_test_declined_for_its_pain_is_still_what_it_means_next(conversation: Conversation) -> None:
    asked = ("does the MRI for avn hurt", "what does it actually do then", "is it better then an xray for this")
    assert ask_all(conversation, *asked) == [None, "mri", "imaging_tests"]
    # (the disease "for" something else is no thing named: "is there a cure for avn now?")
    cure = ("my hip replacement was years ago, is there a cure for avn now?", "what is it")
    assert ask_all(conversation.bot.conversation(), *cure) == [None, "what_is"]


def test_the_one_after_is_the_next_on_the_list(conversation: Conversation) -> None:
    assert ask_all(conversation, "what surgeries are there", "the second one?", "and the one afer that?") == [
        "surgery_options",
        "bone_graft",
        "osteotomy",
    ]


def test_what_happens_once_it_is_confirmed_is_the_treatment(conversation: Conversation) -> None:
    assert ask_all(conversation, "how is it diagnosed", "and if it's confirmed, what then?") == [
        "diagnosis",
        "treatment",
    ]
    assert ask_all(conversation, "what will the MRI show", "and if it's bad, what then") == ["mri", "treatment"]
    assert ask_all(conversation, "what would the first symptom be", "and if they find it, what then") == [
        "symptoms",
        "treatment",
    ]
    assert ask_all(conversation, "why an MRI", "if it does show AVN what happens next") == ["mri", "treatment"]
    assert conversation.bot.ask("if they have found it, what then").intent == "treatment"  # not how it is found


def test_what_fills_the_drilled_holes_is_the_graft(conversation: Conversation) -> None:
    # "the doctor inserts healthy bone into the drilled holes"; "with waht?" asks it again, mistyped
    assert ask_all(conversation, "core decompression what is it", "then what goes in the holes?", "with waht?") == [
        "bone_decompression",
        "bone_graft",
        "bone_graft",
    ]


def test_what_comes_next_continues_in_the_document(conversation: Conversation) -> None:
    assert ask_all(conversation, "what is core decompression?", "what comes after that?") == [
        "bone_decompression",
        "bone_graft",
    ]


def test_why_and_really_hear_the_current_topic_again(conversation: Conversation) -> None:
    assert ask_all(conversation, "can an MRI find avn early?", "really?", "why?") == ["mri", "mri", "mri"]
    assert conversation.bot.conversation().ask("why?").passages == []


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("and thanks for your help", "smalltalk"),
        ("but are you a real doctor?", "smalltalk"),
        ("are you real doctor or only machine?", "smalltalk"),
        ("who are you, are you a real doctor, my mum wants to know", "smalltalk"),  # who asks through the user
        ("but tell me more", "answer"),
        ("so go back one", "answer"),
    ],
)
def test_and_or_but_before_small_talk_or_a_request_changes_nothing(bot: Chatbot, said: str, kind: str) -> None:
    conversation = bot.conversation()
    conversation.ask("what surgeries are there?")
    conversation.ask("the second one")
    assert conversation.ask(said).kind == kind


def test_a_pick_or_a_question_after_but_reads_as_after_and(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "what surgeries are there?", "but 1st one") == [
        "surgery_options",
        "bone_decompression",
    ]
    assert ask_all(bot.conversation(), "what causes it?", "but is it common?")[1] is None


def test_a_test_named_as_the_alternative_is_that_test(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "what does an x-ray show", "what about an MRI instead?") == ["xray", "mri"]


def test_the_other_options_after_an_operation_are_the_other_operations(bot: Chatbot) -> None:
    asked = ("what is core decompression", "what are the other options")
    assert ask_all(bot.conversation(), *asked) == ["bone_decompression", "surgery_options"]


def test_a_bare_year_after_the_copyright_asks_its_year(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "who owns the copyright", "year?") == ["copyright", "copyright"]


def test_a_misspelt_test_among_fragments_asks_of_the_tests(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "causes", "tets")[1] == "diagnosis"  # one trying the bot out types "test"


def test_a_plan_to_ask_them_and_thanks_asks_nothing(bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("how do they check for it?")
    assert conversation.ask("ok I'll ask them. thanks for your help").kind == "smalltalk"


def test_what_to_watch_out_for_asks_the_signs(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "can diabetes cause it?", "what should I watch out for") == [
        "causes",
        "symptoms",
    ]


@pytest.mark.parametrize(
    "again",
    [
        "sorry, what?",
        "come again?",
        "huh?",
        "I don't get it",
        "in plain english please",
        "simpler pls",
        "shorter",
        "remind me what the list was again?",
    ],
)
def test_a_request_to_hear_it_again_or_more_simply_quotes_the_same_passage(bot: Chatbot, again: str) -> None:
    assert ask_all(bot.conversation(), "What is an osteotomy?", again) == ["osteotomy", "osteotomy"]


def test_a_request_to_say_it_simply_with_nothing_said_yet_is_read_as_a_question(bot: Chatbot) -> None:
    assert bot.ask("in a nutshell?").intent == "overview"
    assert bot.ask("what?").passages == []


def test_what_a_thing_is_is_answered_beside_what_its_passage_does_not_say(bot: Chatbot) -> None:
    assert bot.ask("what is core decompresion and does it hurt").intent == "bone_decompression"
    assert bot.ask("is core decompression painful?").passages == []  # its passage says nothing of pain
    # ...however it is named first, and asked after a comma
    assert bot.ask("core decompression, is it painful?").passages == []
    assert bot.ask("Osteotomy, what is it, they cut bone?").intent == "osteotomy"
    surgeries = bot.conversation()
    surgeries.ask("what surgeries are there")
    assert surgeries.ask("the one where they drill, does it hurt afterwards").passages == []
    assert surgeries.ask("the drill one, any risks?").passages == []  # its risks, not the disease's risk factors
    # a report of pain, or a second question, is no question of whether it hurts
    assert bot.ask("how is it diagnosed, does it hurt?").intent == "diagnosis"
    assert bot.ask("my hip, it hurts, what does an mri show").intent == "mri"


def test_the_step_before_the_graft_is_the_decompression(bot: Chatbot) -> None:
    # "After a core decompression, the doctor inserts healthy bone into the drilled holes"
    assert ask_all(bot.conversation(), "what is a bone graft", "what happens in the step before that") == [
        "bone_graft",
        "bone_decompression",
    ]


def test_the_step_before_is_asked_only_of_one_step_and_in_so_many_words(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "what surgeries are there", "what happens before it?")[1] is None  # a list
    assert ask_all(bot.conversation(), "what is a bone graft", "what tests are done before it?")[1] == "diagnosis"


def test_a_pick_may_say_of_the_list(bot: Chatbot) -> None:
    asked = ("Which operations exist for the osteonecrosis?", "the second, please explain", "and the last of the list?")
    assert ask_all(bot.conversation(), *asked) == ["surgery_options", "bone_graft", "joint_replacement"]


def test_a_follow_up_opening_with_another_thing_is_about_that_thing(bot: Chatbot) -> None:
    # the graft's passage begins "After a core decompression...", but the question opens with the decompression
    graft = "what is a bone graft"
    assert ask_all(bot.conversation(), graft, "and the core decompression that comes before it?")[1] == (
        "bone_decompression"
    )
    # ...but a statement about another test leaves "it" the one talked about
    assert (
        ask_all(bot.conversation(), "what is an mri", "x ray was normal, can it still show early changes?")[1] == "mri"
    )


def test_what_a_test_showed_is_asked_of_the_test_not_of_the_cause(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "i had an mri", "what did it show?") == ["mri", "mri"]


def test_why_not_just_another_test_sets_it_beside_the_one_talked_about(bot: Chatbot) -> None:
    # The imaging tests' passages tell the X-ray and the MRI apart; the X-ray's alone does not.
    assert ask_all(bot.conversation(), "what is an mri", "why can't they just use an x-ray for it") == [
        "mri",
        "imaging_tests",
    ]
    assert bot.ask("why can't the bone heal").intent == "what_is"  # names no test or treatment
    assert ask_all(bot.conversation(), "what is an x-ray", "why don't you tell me about the mri") == ["xray", "mri"]


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("which kinds of surgery exist apart from a joint replacement?", "surgery_options"),
        ("what surgery is there besides a hip replacement", "surgery_options"),
        ("what other tests are there apart from an mri", "imaging_tests"),
    ],
)
def test_what_there_is_besides_a_thing_named_is_its_list(bot: Chatbot, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


def test_a_rate_is_declined_where_the_passage_gives_no_number(bot: Chatbot) -> None:
    # The causes name femoral fractures' trauma, never how often it leads to the disease.
    assert bot.ask("What percentage of femoral neck fractures lead to AVN?").passages == []
    assert bot.ask("what proportion of people with avn feel pain?").passages == []  # "ages of 20 and 50" is no rate
    assert bot.ask("how many in every 100 steroid users get AVN?").passages == []
    assert bot.ask("does steroid use raise the chance of avn").intent == "causes"  # a chance, but no rate


def test_it_is_no_test_or_treatment_nobody_has_named(bot: Chatbot) -> None:
    # examples of the MRI ask "is an MRI safe?"; with no test talked about, "it" is not the MRI
    for before in [(), ("what causes osteonecrosis?",)]:
        conversation = bot.conversation()
        for message in before:
            conversation.ask(message)
        reply = conversation.ask("is it safe?")
        assert (reply.kind, reply.passages) == ("decline", [])
    assert ask_all(bot.conversation(), "what is an mri", "is it safe?") == ["mri", "mri"]


def test_which_particular_drugs_a_list_line_names_only_by_kind_are_declined(bot: Chatbot) -> None:
    # "HIV infection or taking HIV drugs" names no drug; "which of those are drugs?" asks of the list itself
    hiv = "I'm HIV positive and on meds, does that raise my risk of osteonecrosis?"
    assert ask_all(bot.conversation(), hiv, "which of my meds exactly?") == ["causes", None]
    early = "what are the early treatments?"
    assert ask_all(bot.conversation(), early, "which of those are drugs")[1] == "nonsurgical"


def test_why_of_one_item_of_a_list_is_declined(bot: Chatbot) -> None:
    # The causes are a list: it names diving and smoking, and says nowhere how either harms the bone.
    for question, why in [
        ("can deep sea diving cause bone death?", "how?"),
        ("does smoking cause avn?", "why is that?"),
        ("can deep sea diving cause avn", "how does it do that?"),
    ]:
        conversation = bot.conversation()
        assert conversation.ask(question).intent == "causes"
        reply = conversation.ask(why)
        assert (reply.kind, reply.passages, reply.suggestions[0].intent) == ("decline", [], "causes")
    # ...while the passage on catching it early gives its reason
    assert ask_all(bot.conversation(), "is it important to catch it early?", "why?") == ["diagnosis", "diagnosis"]


def test_a_greeting_before_a_question_keeps_the_question_as_written(bot: Chatbot) -> None:
    reply = bot.ask("Hi, what is an MRI?")
    assert (reply.intent, reply.question) == ("mri", "what is an MRI?")
    assert bot.ask("Bonjour, what is the osteonecrosis please?").intent == "what_is"


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("ok switch topic, what does mri stand for", "mri"),
        ("wait, back to symptoms - is stiffness one?", "symptoms"),
        ("changing the subject, how is it treated", "treatment"),
        ("quick question, how is it diagnosed", "diagnosis"),
    ],
)
def test_a_change_of_subject_announced_before_a_question_is_not_part_of_it(
    bot: Chatbot, message: str, intent: str
) -> None:
    assert bot.ask(message).intent == intent


def test_restoring_survives_values_of_the_wrong_type(bot: Chatbot) -> None:
    data: object
    for data in ({"topic": ["mri"]}, {"topic": {"x": 1}, "offered": "mri"}, []):
        assert bot.conversation_from_dict(data).to_dict()["topic"] is None  # type: ignore[arg-type]


def test_stopping_the_disease_or_the_pain_is_what_a_treatment_slows_or_reduces(conversation: Conversation) -> None:
    conversation.ask("what are the non surgical options")
    assert conversation.ask("can these stop the disease?").intent == "nonsurgical"  # "slow the progression"
    conversation.ask("what is core decompression")
    assert conversation.ask("does it stop the pain?").intent == "bone_decompression"  # "reduce pain"
    assert conversation.ask("should I stop my steroids?").kind == "advice"  # stopping a medicine is not


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("which test finds it earliest?", "mri"),  # "MRI can detect osteonecrosis in its earliest stages"
        ("is there a scan that catches it really early", "mri"),
        ("which scan uses radiation", "xray"),  # the MRI "does not involve radiation"
        ("which operation uses bone from a donor?", "bone_graft"),
        ("which tests are used?", "diagnosis"),  # a plural asks for them all
        ("is there a test for it", "diagnosis"),  # nothing singles one out
        ("is there an operation to save the joint", "surgery_options"),  # not the replacement's "joint"
    ],
)
def test_which_test_or_operation_chooses_one_by_what_its_passage_says(bot: Chatbot, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


def test_which_test_after_a_story_chooses_among_the_tests(bot: Chatbot) -> None:
    assert bot.ask("I had an X-ray last week and it was normal. Which test finds it earliest?").intent == "mri"


def test_which_test_chooses_among_the_tests_whatever_was_talked_about(conversation: Conversation) -> None:
    conversation.ask("what are the early warning signs?")
    conversation.ask("should I get an MRI just in case?")  # advice: the topic is still the symptoms
    assert conversation.ask("which test finds it earliest?").intent == "mri"


def test_an_ordinal_of_a_kind_picks_from_that_kinds_list(conversation: Conversation) -> None:
    assert conversation.ask("what's the last surgical option?").intent == "joint_replacement"
    conversation.ask("what is core decompression")
    assert conversation.ask("and the next surgery on the list?").intent == "bone_graft"
    assert conversation.ask("the next one").intent == "osteotomy"
    assert conversation.ask("the second test").intent == "mri"


@pytest.mark.parametrize(
    "follow_up",
    ["and if none of that helps?", "what if they don't help", "what if those fail", "and if not?", "if is not better?"],
)
def test_asking_what_if_a_treatment_fails_gets_the_invasive_ones(conversation: Conversation, follow_up: str) -> None:
    conversation.ask("what are the non surgical treatments")
    assert conversation.ask(follow_up).intent == "surgery_options"  # "may need additional more invasive treatment"


def test_going_back_to_work_is_declined_not_read_as_a_surgery(bot: Chatbot) -> None:
    reply = bot.ask("when can I go back to work after hip replacement surgery")
    assert (reply.kind, reply.passages) == ("decline", [])


def test_how_much_is_answered_only_where_the_topic_states_an_amount(bot: Chatbot) -> None:
    # "a very small dose of radiation"
    assert ask_all(bot.conversation(), "does a bone x-ray use radiation?", "how much?") == ["xray", "xray"]
    # the surgery's passage states no amount: cost, time or anything else is not guessed
    assert ask_all(bot.conversation(), "what is bone decompression?", "how much?") == ["bone_decompression", None]
    # a list item's "heavy alcohol use" says nothing of how much is too much
    assert ask_all(bot.conversation(), "is alcohol a cause?", "how much?") == ["causes", None]


def test_context_settles_a_question_the_document_covers_twice_not_one_it_does_not_cover(
    bot: Chatbot, conversation: Conversation
) -> None:
    # alone, the X-ray and the MRI both speak of radiation, and neither wins
    assert bot.ask("is the radiation dose high?").kind == "decline"
    assert ask_all(conversation, "what does a bone x-ray show?", "is the radiation dose high?") == ["xray", "xray"]
    assert conversation.ask("how long is the recovery after that?").kind == "decline"


def test_an_ordinal_past_the_offered_list_picks_an_item_of_the_topics_own_list(bot: Chatbot) -> None:
    # six early treatments, in one passage: the fourth ("rest") is in it
    assert ask_all(bot.conversation(), "what are the non surgical treatments", "the fourth one?") == [
        "nonsurgical",
        "nonsurgical",
    ]
    # four surgeries: there is no fifth
    assert ask_all(bot.conversation(), "what surgeries are there", "the fifth one") == ["surgery_options", None]


def test_a_follow_up_that_asks_what_the_topic_never_speaks_of_leaves_it(conversation: Conversation) -> None:
    # the symptoms never speak of treating; the early treatments never of drilling
    assert ask_all(
        conversation,
        "what are the symptoms",
        "what helps with the pain?",
        "does the surgery where they drill a tunnel also help with pain?",
    ) == ["symptoms", "nonsurgical", "bone_decompression"]
    # "it" stays the topic's
    assert conversation.ask("does it help with pain?").intent == "bone_decompression"


def test_the_other_one_with_a_question_about_it(conversation: Conversation) -> None:
    assert ask_all(conversation, "what is an mri", "the other one, does it use radiation?") == ["mri", "xray"]


def test_a_follow_up_in_the_words_of_the_topics_passage_is_about_the_topic(conversation: Conversation) -> None:
    # "The patient or a donor may provide the bone": no example of the bone graft asks it so
    assert ask_all(conversation, "what is a bone graft?", "who provides the bone") == ["bone_graft", "bone_graft"]


def test_a_thing_asked_about_stays_the_topic_when_the_page_cannot_answer(conversation: Conversation) -> None:
    conversation.ask("what surgeries are there?")
    assert conversation.ask("the last one, how many years does an artificial hip last?").kind == "decline"
    assert conversation.ask("what materials are used for it").intent == "joint_replacement"  # not the graft
    conversation.ask("what is an MRI?")
    assert conversation.ask("how long does recovery take after an osteotomy?").kind == "decline"
    assert conversation.ask("what does it do?").intent == "osteotomy"


def test_the_other_one_not_that_is_still_the_other_one(conversation: Conversation) -> None:
    assert ask_all(conversation, "what is an MRI?", "the other one, not that") == ["mri", "xray"]


def test_the_other_one_not_the_x_ray_is_the_mri_and_what_it_stands_for_too(conversation: Conversation) -> None:
    assert ask_all(
        conversation, "which imaging is used for avn", "the other one, not the x-ray", "what's it stand for"
    ) == ["imaging_tests", "mri", "mri"]  # "MRI (magnetic resonance imaging)"


def test_a_story_ended_by_a_comma_names_what_it_means(conversation: Conversation) -> None:
    conversation.ask("he is 45, is this normal age for it?")  # asks about age, not advice
    reply = conversation.ask("doctor is telling he needs hip replacement, what is done in it?")
    assert reply.intent == "joint_replacement"


def test_it_is_the_listed_thing_just_asked_about_when_its_line_says_what_is_asked(conversation: Conversation) -> None:
    # "Gaucher disease (a buildup of certain fatty substances in certain organs, ...)"
    assert ask_all(conversation, "whats gaucher disease", "which organs does it affect") == ["causes", "causes"]
    # "Legg-Calve-Perthes (a rare childhood condition that affects the hip)"
    assert ask_all(conversation, "and perthes?", "is that one only in the hip?") == ["causes", "causes"]
    assert ask_all(conversation, "what is lupus", "does it hurt?") == ["causes", "symptoms"]  # the line says not


def test_the_listed_thing_is_forgotten_with_the_topic_and_counts_only_when_it_is_what_is_asked(
    conversation: Conversation,
) -> None:
    conversation.ask("whats gaucher disease")
    assert conversation.ask("does it affect the knee?").intent is None  # the knee, not the line's "affect"
    conversation.ask("how long does a hip replacement last?")  # declined: the topic is the replacement
    assert conversation.ask("which organs does it affect?").intent != "causes"


def test_the_listed_thing_talked_about_is_kept_with_the_state(bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("whats gaucher disease")
    restored = bot.conversation_from_dict(json.loads(json.dumps(conversation.to_dict())))
    assert restored.ask("which organs does it affect").intent == "causes"


def test_after_an_advice_refusal_the_last_one_is_still_of_the_list_talked_about(conversation: Conversation) -> None:
    conversation.ask("what are the surgeries for avn")
    conversation.ask("and number 3?")
    assert conversation.ask("which one is the best for me").kind == "advice"  # suggests the starters
    assert conversation.ask("what's the purpose of the last one").intent == "joint_replacement"


def test_is_there_an_option_without_radiation_chooses_the_other_test(conversation: Conversation) -> None:
    conversation.ask("what does an xray show in avn")
    assert conversation.ask("is it safe in pregnancy").kind == "decline"  # its suggestions are no list
    assert conversation.ask("is there an option without radiation").intent == "mri"  # "does not involve radiation"


@pytest.mark.parametrize(
    ("topic", "question", "intent"),
    [
        ("what is bone decompression", "does it fix blood flow", "bone_decompression"),  # "restore blood flow"
        ("what is a bone graft", "can someone else donate it", "bone_graft"),  # "a donor may provide the bone"
        ("what are the symptoms", "anything besides pain?", "symptoms"),  # "joint stiffness and limited range"
        ("tell me about bone decompression", "what sometimes comes after that procedure", "bone_graft"),
        (
            "can the bone actually collapse in avn?",
            "at that stage does decompression still work?",
            "bone_decompression",
        ),
        ("which operations exist for necrosis of bone?", "for what reason?", "surgery_options"),  # "why?"
    ],
)
def test_a_follow_up_in_words_of_its_own_leans_on_the_topic(
    conversation: Conversation, topic: str, question: str, intent: str
) -> None:
    conversation.ask(topic)
    assert conversation.ask(question).intent == intent


def test_back_to_that_scan_or_the_surgery_is_the_one_talked_about_last(conversation: Conversation) -> None:
    conversation.ask("what does a bone x-ray do")
    conversation.ask("and the disease itself, is it painful?")
    assert conversation.ask("back to that scan, where can i read more about it").intent == "xray"
    conversation.ask("what is bone decompression")
    conversation.ask("wait, decompression sickness is also a cause of avn?")
    assert conversation.ask("ok back to the surgery, what is it aiming for").intent == "bone_decompression"


def test_what_a_thing_just_picked_is_asks_about_the_thing_not_for_the_summary(conversation: Conversation) -> None:
    conversation.ask("how is it diagnosed?")
    reply = conversation.ask("the second one, what is it, how is it done and how is it treated?")
    assert reply.intent != "overview"  # "it" is the MRI picked, not the disease


def test_number_four_picks_the_fourth_and_asking_what_to_list_is_no_advice(conversation: Conversation) -> None:
    conversation.ask("what surgeries are there")
    assert conversation.ask("what's number four").intent == "joint_replacement"
    assert conversation.ask("which risk factors should I list").kind != "advice"  # "should I list" asks no advice
    assert conversation.ask("is he going to be ok").kind == "advice"  # about his own case


def test_after_a_question_about_the_disease_it_is_the_disease_whatever_the_question_asks(
    conversation: Conversation,
) -> None:
    conversation.ask("at what ages do we usually see it")
    assert conversation.ask("name some risk factors").intent == "causes"  # not the ages again
    conversation.ask("what causes the disease in the first place?")
    assert conversation.ask("and is it common in older people?").intent == "age"
    conversation.ask("my dad has avn in his ankle, what can he do for it besides surgery")
    assert conversation.ask("are crutches part of that").intent in {"nonsurgical", "treatment"}


def test_getting_rid_of_the_pain_is_reducing_it(conversation: Conversation) -> None:
    # "This treatment aims to restore blood flow to the area, reduce pain, ..."
    conversation.ask("what is core decompression?")
    assert conversation.ask("does it get rid of the pain?").intent == "bone_decompression"


@pytest.mark.parametrize(
    ("topic", "follow_up"),
    [
        ("what is a bone graft?", "what else could they do instead?"),
        ("what is core decompression?", "ok back to the surgery, what other operations are there besides that one?"),
    ],
)
def test_asking_what_else_there_is_besides_a_treatment_gets_its_list(
    conversation: Conversation, topic: str, follow_up: str
) -> None:
    conversation.ask(topic)
    assert conversation.ask(follow_up).intent == "surgery_options"


def test_an_alternative_the_document_never_speaks_of_is_still_declined(conversation: Conversation) -> None:
    conversation.ask("what does an MRI show?")
    assert conversation.ask("she's claustrophobic, can she have an open MRI instead?").passages == []


def test_which_one_about_what_the_page_does_not_cover_picks_none(conversation: Conversation) -> None:
    conversation.ask("what surgeries are there?")
    assert conversation.ask("which one has the best success rate").passages == []
    assert conversation.ask("which one works best before the bone collapses?").intent == "bone_decompression"


def test_a_correction_names_its_own_topic_and_the_kind_one_goes_back(conversation: Conversation) -> None:
    conversation.ask("how does the decompression work")
    corrected = conversation.ask("no sorry I meant decompression sickness, the diving thing, is that related?")
    assert corrected.intent == "causes"  # "that" is what the correction names, not the drilling
    assert conversation.ask("ok and the surgery one, when is it best done?").intent == "bone_decompression"


def test_a_bare_word_after_a_test_stays_with_it_when_its_passage_speaks_of_it(conversation: Conversation) -> None:
    conversation.ask("what does an mri show")
    assert conversation.ask("radiation?").intent == "mri"  # "It does not involve radiation."
    conversation.ask("what does a bone x-ray show")
    assert conversation.ask("radiation?").intent == "xray"  # "a very small dose of radiation"


def test_a_bare_word_stays_with_the_topic_whose_passage_says_it_over_another_section(
    conversation: Conversation,
) -> None:
    conversation.ask("what is an mri?")
    assert conversation.ask("early?").intent == "mri"  # "in its earliest stages", not the early treatments
    conversation.ask("how is avn diagnosed?")
    assert conversation.ask("why early?").intent == "diagnosis"  # "Early diagnosis ... essential"
    # ...but a word that names a part of the same section, or of the topic's list, goes there
    conversation.ask("what is the disclaimer?")
    assert conversation.ask("latest?").intent == "latest_info"
    conversation.ask("how is it treated?")
    assert conversation.ask("surgery?").intent == "surgery_options"


def test_is_there_asks_and_points_back_to_nothing(conversation: Conversation) -> None:
    conversation.ask("and is the content reviewed by doctors")
    assert conversation.ask("is there a newer version somewhere?").intent == "latest_info"  # not the disclaimer again
    conversation.ask("what does a bone x-ray show?")
    assert conversation.ask("what other test is there?").intent == "imaging_tests"
    conversation.ask("what does an MRI show?")
    assert conversation.ask("so it can find it earlier than other tests?").intent == "mri"  # compares, asks no other


def test_a_bare_question_word_asks_about_the_topic(conversation: Conversation) -> None:
    assert conversation.ask("how?").passages == []  # nothing to ask about yet
    conversation.ask("can they stop it from getting worse?")
    assert conversation.ask("how").intent == "nonsurgical"  # "...can often slow the progression"
    conversation.ask("what causes avascular necrosis?")
    assert conversation.ask("any others?").intent == "causes"


@pytest.mark.parametrize(
    ("topic", "follow_up", "intent"),
    [
        ("what is core decompression?", "can I just take painkillers instead?", "nonsurgical"),  # names its own
        ("what does an MRI show?", "what else should I know about the MRI?", "mri"),  # the thing itself
        ("what is an osteotomy", "I mean does it hurt?", None),  # a filler "I mean", no correction
        ("what are the causes", "thanks, but why?", "causes"),  # "why?" after thanks still asks
        ("what are the symptoms", "where?", "bones_affected"),  # "where" is its own question
        # "it" found early is the disease, not the MRI talked about
        ("can an MRI see early damage?", "if they find it early what's usually done", "nonsurgical"),
        ("what does an MRI show?", "and if its caught early, what's done", "nonsurgical"),
        ("what does an MRI show?", "how early can they find it?", "mri"),  # finding it is what the MRI does
        ("can steroids cause it", "oral only or IV aswell?", "causes"),  # "as well", not "a swell"
        ("what is core decompression", "is it only done if it's caught early?", "bone_decompression"),
    ],
)
def test_a_follow_up_keeps_what_it_asks(
    conversation: Conversation, topic: str, follow_up: str, intent: str | None
) -> None:
    conversation.ask(topic)
    assert conversation.ask(follow_up).intent == intent


def test_what_is_that_needs_the_name_the_sentence_ends_on(bot: Chatbot) -> None:
    assert bot.ask("The doctor said it is not osteonecrosis but Perthes disease. What is that?").intent != "what_is"
    assert bot.ask("hi, my father was just told he has AVN of the hip. what is that exactly?").intent == "what_is"


@pytest.mark.parametrize(
    "message",
    [
        "should I ask to come off the prednisone then",
        "should i ask for an MRI just in case",
        "so which one is it for me, the lupus or the steroids?",
        "can you tell me if his pain is from that?",
        "does he have it?",
        "has he got avn?",  # not how one gets it
        "is it all right to walk",  # no rights of the copyright
        "is 81 too old for the drilling one",  # whether an operation suits him
        "can u tell me if he has it",
        "is that radiation bad for me",
        "is it too late for me",
    ],
)
def test_a_personal_question_gets_no_medical_advice(conversation: Conversation, message: str) -> None:
    conversation.ask("what causes avascular necrosis?")
    reply = conversation.ask(message)
    assert (reply.kind, reply.passages) == ("advice", [])


def test_too_old_for_it_after_an_operation_asks_advice_and_after_care_its_age(conversation: Conversation) -> None:
    conversation.ask("what is a hip replacement")
    assert conversation.ask("he's 82, is he too old for it?").kind == "advice"  # whether it suits him
    conversation.ask("how do they stop it getting worse")
    assert conversation.ask("isn't he too young for this?").intent == "age"  # the disease's age
    conversation.ask("what is an mri")
    assert conversation.ask("can you be too young for this disease?").intent == "age"


def test_asking_what_to_ask_the_doctor_is_no_advice(bot: Chatbot) -> None:
    assert bot.ask("how has he got avn").intent == "causes"  # how one gets it, asked of him
    assert bot.ask("what should I ask my doctor").kind == "answer"
    assert bot.ask("what can I take for the pain").intent == "nonsurgical"  # the page lists NSAIDs


def test_which_one_is_better_is_not_chosen_when_no_passage_judges(conversation: Conversation) -> None:
    conversation.ask("what does an MRI show?")
    assert conversation.ask("which one is better").passages == []  # no passage says which is better
    conversation.ask("what does an MRI show?")
    assert conversation.ask("which one catches it earliest?").intent == "mri"  # "in its earliest stages"


def test_this_info_is_the_page_not_the_topic(conversation: Conversation) -> None:
    conversation.ask("give me an overview")
    assert conversation.ask("where is this info from").intent == "disclaimer"  # not the overview again


def test_the_other_surgeries_after_one_of_them_are_the_list(conversation: Conversation) -> None:
    assert ask_all(conversation, "what is bone decompression", "what are the other surgerys", "last one?") == [
        "bone_decompression",
        "surgery_options",
        "joint_replacement",
    ]


def test_one_of_the_list_picked_by_a_word_of_its_name(conversation: Conversation) -> None:
    # "joint" alone reads as the joints affected; after the surgeries it names the joint replacement
    assert ask_all(conversation, "what surgeries are there", "keep going", "the joint one") == [
        "surgery_options",
        "bone_decompression",
        "joint_replacement",
    ]
    assert ask_all(conversation, "what is avn", "the joint one") == ["what_is", "bones_affected"]  # no list


@pytest.mark.parametrize(
    ("first", "follow_up", "intent"),
    [
        ("core decompression - what is it", "which stage?", "bone_decompression"),  # "works best before the collapse"
        ("do avn patients get crutches", "which stage?", "nonsurgical"),  # "In the early stages..."
        ("what surgeries are there", "the drilling one is for wich stage", "bone_decompression"),
        ("what is an osteotomy", "which stage is it for", None),  # its passage names no stage
        ("what causes it", "which stage?", None),  # no treatment: staging, which the page leaves out
        ("core decompression - what is it", "what stage would mine be", None),
        ("core decompression - what is it", "and that's for which stage", "bone_decompression"),
        ("core decompression - what is it", "what stage is it", None),  # one's own stage
        ("how is it diagnosed", "which stage?", None),  # no treatment: "early diagnosis" is for no stage
    ],
)
def test_which_stage_a_treatment_is_for_is_in_its_passage(
    conversation: Conversation, first: str, follow_up: str, intent: str | None
) -> None:
    conversation.ask(first)
    assert conversation.ask(follow_up).intent == intent


def test_they_who_use_the_bone_are_the_topics_surgeons(conversation: Conversation) -> None:
    # "bone" alone is the subject's word: it says nothing against the graft talked about
    assert ask_all(
        conversation, "whats a bone graft", "who's bone do they use", "can they use artifical bone instead"
    ) == ["bone_graft", "bone_graft", "bone_graft"]  # an alternative within the graft itself


def test_an_ordinal_of_a_kind_then_a_question_asks_about_the_one_picked(conversation: Conversation) -> None:
    assert ask_all(conversation, "What means NSAIDs?", "The first surgery, how it works?") == [
        "nonsurgical",
        "bone_decompression",
    ]


@pytest.mark.parametrize(
    ("first", "follow_up", "intent"),
    [
        ("what are the symptoms", "and later?", "progression"),  # a question of time, no "see you later"
        ("how is it treated", "options?", "treatment"),  # the treatment's options, not the help text
    ],
)
def test_a_short_follow_up_is_no_small_talk(
    conversation: Conversation, first: str, follow_up: str, intent: str
) -> None:
    conversation.ask(first)
    assert conversation.ask(follow_up).intent == intent


@pytest.mark.parametrize(
    "dialogue",
    [
        ["is core decompression safe?"],
        ["what is a bone graft", "risks?"],  # the graft's risks, not the disease's risk factors
        ["what is core decompression", "is it safe?"],
        ["what is osteotomy", "any complications?"],
        ["what are the non-surgical treatments", "are they safe?"],
    ],
)
def test_asking_whether_a_treatment_is_safe_is_declined_where_its_passage_says_nothing_of_it(
    conversation: Conversation, dialogue: list[str]
) -> None:
    for message in dialogue:
        reply = conversation.ask(message)
    assert (reply.kind, reply.passages) == ("decline", [])


def test_safety_is_answered_where_the_passage_speaks_of_it(conversation: Conversation) -> None:
    # "It does not involve radiation"; and the disease's own risks are its risk factors
    assert ask_all(conversation, "what is an mri", "is it safe?") == ["mri", "mri"]
    assert ask_all(conversation, "what are the risks of getting avn?") == ["causes"]


@pytest.mark.parametrize("follow_up", ["goal?", "purpose?", "aim?", "what's the point of it?", "benefits?"])
def test_what_a_treatment_is_for_is_what_its_passage_says_it_aims_at(
    conversation: Conversation, follow_up: str
) -> None:
    conversation.ask("what is core decompression")  # "This treatment aims to restore blood flow..."
    assert conversation.ask(follow_up).intent == "bone_decompression"


def test_tell_me_more_goes_on_to_passages_not_shown_yet(conversation: Conversation) -> None:
    # which bones it affects is told in the very paragraph that says what it is
    assert ask_all(conversation, "what is avn", "tell me more", "and?") == ["what_is", "causes", "symptoms"]


def test_it_is_the_topic_when_its_passage_says_what_is_asked(conversation: Conversation) -> None:
    # the graft's passage: "...to help strengthen the bone and restore blood flow to the area"
    assert ask_all(conversation, "what is a bone graft", "does it restore blood flow?") == ["bone_graft", "bone_graft"]


@pytest.mark.parametrize(
    ("first", "follow_up", "intent"),
    [
        ("what are the symptoms", "and in the hip?", "symptoms"),
        ("how is it diagnosed", "and in the wrist?", "diagnosis"),
        ("how is it treated", "even in the ankle?", "treatment"),
    ],
)
def test_the_topics_question_of_another_place_is_the_topic_again(
    conversation: Conversation, first: str, follow_up: str, intent: str
) -> None:
    # the page says where it happens in what it is; of one joint apart from the others it says nothing
    conversation.ask(first)
    assert conversation.ask(follow_up).intent == intent


def test_which_with_a_verb_chooses_among_the_things_offered(conversation: Conversation) -> None:
    # "MRI can detect osteonecrosis in its earliest stages"; not the page's "latest information"
    assert ask_all(conversation, "which imaging tests", "which finds it earliest?") == ["imaging_tests", "mri"]


def test_whether_the_thing_talked_about_is_of_a_kind_is_its_own_passage(conversation: Conversation) -> None:
    # "In this surgical procedure, a physician drills a tunnel..." rather than the four surgeries
    assert ask_all(conversation, "explain core decompression please", "is it an operation?") == [
        "bone_decompression",
        "bone_decompression",
    ]


@pytest.mark.parametrize(
    ("first", "follow_up", "intent"),
    [
        ("what is an mri", "who reads it?", "images_note"),  # "Only qualified physicians should interpret images"
        ("what is an osteotomy", "reason?", "osteotomy"),  # as "why?" does
    ],
)
def test_a_terse_follow_up_reads_with_the_topic(
    conversation: Conversation, first: str, follow_up: str, intent: str
) -> None:
    conversation.ask(first)
    assert conversation.ask(follow_up).intent == intent


@pytest.mark.parametrize("question", ["where can I get an mri near me?", "where can I get treatment?"])
def test_where_to_have_it_done_is_declined(conversation: Conversation, question: str) -> None:
    # the page names no services; where to read the latest version it does name
    assert conversation.ask(question).passages == []
    assert conversation.ask("where can I get the latest version?").intent == "latest_info"


def test_a_wait_before_a_question_is_no_question_about_waiting(conversation: Conversation) -> None:
    assert conversation.ask("no wait, what causes it?").intent == "causes"
    assert conversation.ask("what are you? a doctor?").kind == "smalltalk"


@pytest.mark.parametrize(
    ("first", "correction", "intent"),
    [
        ("what is a bone graft", "sorry, I meant the drilling procedure, not the graft", "bone_decompression"),
        ("what is an osteotomy", "sorry not osteotomy, I meant arthroplasty", "joint_replacement"),
        ("how do you treat avn of the ankle", "sorry i ment diagnosis not treatmnet", "diagnosis"),
        ("what causes it", "no I meant the symptoms rather than the causes", "symptoms"),
        ("what causes it", "i meant what happens if you do not treat it", "progression"),  # its own "not"
    ],
)
def test_in_a_correction_what_is_not_meant_is_no_topic(
    conversation: Conversation, first: str, correction: str, intent: str
) -> None:
    conversation.ask(first)
    assert conversation.ask(correction).intent == intent


def test_on_the_list_is_the_list_just_quoted(conversation: Conversation) -> None:
    # not the surgeries, whose examples speak of "the list of surgeries"
    assert ask_all(conversation, "what causes avn", "is smoking on the list?", "are both on the list at least?") == [
        "causes",
        "causes",
        "causes",
    ]


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("what is bone graft, sorry I mean bone decompression", "bone_decompression"),
        ("what's arthroplasty? no wait, osteotomy", "osteotomy"),
        ("what does an MRI, I mean an X-ray, show?", "xray"),
        ("what causes it? no, scratch that, what age does it occur?", "age"),  # a question of its own
        ("what is an MRI, I mean, how does it work", "mri"),  # the same asked again in other words
    ],
)
def test_a_message_that_corrects_itself_asks_what_it_meant(
    conversation: Conversation, message: str, intent: str
) -> None:
    assert conversation.ask(message).intent == intent


def test_the_correction_in_a_message_is_what_it_goes_on_about(conversation: Conversation) -> None:
    conversation.ask("what is bone graft, sorry I mean bone decompression")
    assert conversation.ask("how is it done?").intent == "bone_decompression"


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("what is avn, thanks in advance", "what_is"),
        ("how is it diagnosed, cheers", "diagnosis"),
        ("what is avn, sorry to bother you", "what_is"),
        ("oops, I meant the causes", "causes"),  # "oops" is no typo of "pop" (out of joint)
    ],
)
def test_pleasantries_around_a_question_leave_the_question(
    conversation: Conversation, message: str, intent: str
) -> None:
    assert conversation.ask(message).intent == intent


def test_what_else_besides_the_topic_is_the_rest_of_its_list(conversation: Conversation) -> None:
    conversation.ask("is a joint replacement an option for osteonecrosis?")
    assert conversation.ask("what else is there besides replacing it?").intent == "surgery_options"
    conversation.ask("what is an mri")
    assert conversation.ask("what else is there besides the mri").intent == "imaging_tests"
    conversation.ask("does osteonecrosis hurt?")  # in no list: the rest of what its passage says
    assert conversation.ask("what else apart from pain").intent == "symptoms"


def test_a_slip_in_a_plural_is_read_as_the_singular_the_page_uses(conversation: Conversation) -> None:
    conversation.ask("which bones does avn affect")
    assert conversation.ask("and ankels?").intent == "bones_affected"  # "ankles", not "angels"


@pytest.mark.parametrize(
    ("first", "fragment"),
    [
        ("What does an X-ray produce?", "of what?"),
        ("what is a bone graft", "from whom?"),
        ("what is a bone graft", "where from?"),
        ("what causes avn", "like what?"),
        ("what causes avn", "for example?"),
    ],
)
def test_a_fragment_asking_a_detail_is_answered_by_the_passage_just_quoted(
    conversation: Conversation, first: str, fragment: str
) -> None:
    topic = conversation.ask(first).intent
    assert conversation.ask(fragment).intent == topic


def test_short_follow_ups_the_topic_answers(conversation: Conversation) -> None:
    conversation.ask("Which imaging tests are used?")
    assert conversation.ask("which can see the earliest stage?").intent == "mri"  # "in its earliest stages"
    conversation.ask("who owns the copyright?")
    assert conversation.ask("what year?").intent == "copyright"  # "Copyright 2026"
    conversation.ask("treatments early on?")
    assert conversation.ask("do those stop it?").intent == "nonsurgical"  # "can often slow the progression"


def test_whether_a_thing_is_the_only_one_asks_for_its_list(conversation: Conversation) -> None:
    conversation.ask("which surgery slows bone destruction?")
    assert conversation.ask("is that the only one?").intent == "surgery_options"
    assert conversation.ask("is the mri the only test?").intent == "imaging_tests"


def test_instead_of_something_the_thing_says_is_no_alternative_to_it(conversation: Conversation) -> None:
    conversation.ask("what is an mri")
    assert conversation.ask("what does it use instead of radiation?").intent == "mri"
    conversation.ask("what is a bone graft")
    assert conversation.ask("could they use donor bone instead?").intent == "bone_graft"
    conversation.ask("what is a joint replacement")
    assert conversation.ask("is there something instead of replacing it").intent == "surgery_options"


def test_a_part_of_the_passage_just_quoted_is_that_passage(conversation: Conversation) -> None:
    conversation.ask("what happens as avn progresses")
    assert conversation.ask("can you explain the last bit?").intent == "progression"


def test_saying_one_will_ask_the_team_is_an_acknowledgement(conversation: Conversation) -> None:
    conversation.ask("what causes avn")
    assert conversation.ask("ok i'll ask my transplant team").kind == "smalltalk"


def test_if_that_is_not_enough_is_when_it_fails(conversation: Conversation) -> None:
    conversation.ask("what is physical therapy for")
    assert conversation.ask("ok, and if that isn't enough?").intent == "surgery_options"


def test_what_else_after_an_item_of_a_list_is_the_rest_of_that_list(conversation: Conversation) -> None:
    conversation.ask("what causes avn")
    conversation.ask("and smoking?")
    assert conversation.ask("what else").intent == "causes"
    conversation.ask("what is an mri")  # no list: it goes on, as "tell me more" does
    assert conversation.ask("what else?").intent in conversation.bot.intent("mri").related


def test_what_else_goes_on_and_what_else_to_ask_offers_questions(conversation: Conversation) -> None:
    conversation.ask("why do people get osteonecrosis?")
    assert conversation.ask("what else?").passages  # more of the page, not a menu
    assert conversation.ask("what other questions?").kind == "clarify"
    assert conversation.bot.conversation().ask("what else?").kind == "clarify"  # nothing talked about yet
    conversation.ask("what surgeries are there?")
    assert conversation.ask("what else?").kind == "clarify"  # each surgery's passage was just quoted in the list


def test_a_thing_named_in_a_request_for_advice_is_the_topic_after_it(conversation: Conversation) -> None:
    assert conversation.ask("Should I do the hip replacement or wait?").kind == "advice"
    assert conversation.ask("what are the alternatives").intent == "surgery_options"


@pytest.mark.parametrize(
    ("first", "message", "intent"),
    [
        # what the new rules of this kind must leave alone
        (None, "how is avn treated in the hip, I mean the shoulder", "treatment"),  # no thing corrected
        (None, "is osteotomy a correction of the bone?", "osteotomy"),
        (None, "could you pick out the main points for me?", "overview"),  # no advice
        (None, "can this be copied from the site?", "copyright"),  # copying it, not where it is from
        ("what is a bone graft", "what else is there besides surgery?", "nonsurgical"),
        ("what is an mri", "the only thing I want to know is what causes it", "causes"),
    ],
)
def test_what_the_broader_rules_leave_alone(
    conversation: Conversation, first: str | None, message: str, intent: str
) -> None:
    if first:
        conversation.ask(first)
    assert conversation.ask(message).intent == intent


@pytest.mark.parametrize(
    ("message", "not_intent"),
    [
        ("what if the blood supply isnt enough?", "surgery_options"),  # no treatment failing
        ("how is a bone fracture treated?", "treatment"),  # a fracture's treatment, not the disease's
        ("which specialist do they refer to for avn?", "what_is"),  # a referral, no meaning
        ("what does type 2 mean on my mri report?", "mri"),
        ("can my doctor take an X-ray of my hip?", None),  # no medicine to take: no advice
    ],
)
def test_words_the_new_rules_must_not_read_otherwise(
    conversation: Conversation, message: str, not_intent: str | None
) -> None:
    reply = conversation.ask(message)
    assert reply.kind != "advice"
    assert not_intent is None or reply.intent != not_intent


def test_bringing_someone_to_a_doctor_is_still_personal_advice(conversation: Conversation) -> None:
    assert conversation.ask("should I bring him in to see a doctor?").kind == "advice"


def test_the_list_question_is_kept_with_the_conversation(bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("what causes avn")
    conversation.ask("and smoking?")
    restored = bot.conversation_from_dict(conversation.to_dict())
    assert restored.to_dict()["listed"] is True
    assert restored.ask("what else").intent == "causes"


def test_who_supplies_the_bone_is_the_grafts_donor_not_the_blood_supply(conversation: Conversation) -> None:
    conversation.ask("what is a bone graft")
    assert conversation.ask("who supplies the bone").intent == "bone_graft"  # "The patient or a donor may provide"


def test_what_the_user_says_they_asked_is_the_question(conversation: Conversation) -> None:
    conversation.ask("what are the symptoms")
    assert conversation.ask("no, I asked about the causes").intent == "causes"  # not what the doctor asks
    conversation.ask("how is it diagnosed")
    assert conversation.ask("no i asked about treatment").intent == "treatment"


def test_it_after_an_aspect_of_the_disease_is_the_disease(conversation: Conversation) -> None:
    # After the symptoms, "what causes it?" asks the causes' own question; it is no symptom's cause.
    assert ask_all(conversation, "what are the symptoms of avn?", "what causes it?") == ["symptoms", "causes"]
    assert conversation.ask("how would I know if I had it?").intent == "symptoms"


def test_whether_someone_has_it_is_the_disease_whatever_was_talked_about(conversation: Conversation) -> None:
    conversation.ask("how is osteonecrosis treated?")
    assert conversation.ask("how would I know if I have it?").intent == "symptoms"
    assert conversation.ask("how do they even know u have it").intent == "diagnosis"


def test_an_announced_change_of_subject_is_no_part_of_the_question(conversation: Conversation) -> None:
    conversation.ask("what does an MRI show?")
    reply = conversation.ask("totally different thing, are crutches part of the treatment?")
    assert reply.intent == "nonsurgical"


def test_children_are_asked_about_by_the_age_the_disease_occurs(conversation: Conversation) -> None:
    # The page gives the usual ages (20 to 50) and a childhood condition among the causes; how it
    # is treated in children, or whether they inherit it, it does not say.
    assert ask_all(conversation, "at what age does osteonecrosis occur?", "what about kids?") == ["age", "age"]
    assert conversation.ask("can my kids get it from me?").kind == "decline"


def test_how_children_are_treated_is_not_on_the_page(bot: Chatbot) -> None:
    assert bot.ask("how is osteonecrosis treated in children?").kind == "decline"


@pytest.mark.parametrize(
    "message", ["u a real person??", "Sorry for all the questions. Thank you for being patient with me."]
)
def test_chat_in_texting_or_with_an_apology_is_small_talk(conversation: Conversation, message: str) -> None:
    assert conversation.ask(message).kind == "smalltalk"


def test_the_risks_of_a_test_or_treatment_are_asked_of_it(conversation: Conversation) -> None:
    # Not the disease's risk factors: the page gives no risks of core decompression, and the X-ray's
    # "very small dose of radiation" is what it says of the X-ray's.
    assert ask_all(conversation, "what is core decompression?", "what are the risks?") == ["bone_decompression", None]
    assert ask_all(conversation, "what is a bone x-ray", "is there any risk?") == ["xray", "xray"]


def test_whether_it_works_is_asked_of_the_treatment_talked_about(conversation: Conversation) -> None:
    assert ask_all(conversation, "how is osteonecrosis treated?", "does it work?") == ["treatment", "treatment"]
    assert ask_all(conversation, "what are the nonsurgical treatments?", "are they effective?") == [
        "nonsurgical",
        "nonsurgical",
    ]


def test_by_whom_asks_the_passage_just_quoted(conversation: Conversation) -> None:
    assert ask_all(conversation, "is this page reviewed by doctors?", "by who exactly?") == ["disclaimer", "disclaimer"]


@pytest.mark.parametrize(
    "message",
    ["how's it going", "what's up", "thank you, that's all", "thanks, that's everything", "have a nice day"],
)
def test_chat_typed_with_contractions_is_small_talk(conversation: Conversation, message: str) -> None:
    assert conversation.ask(message).kind == "smalltalk"


def test_what_topics_it_covers_is_a_request_for_help(conversation: Conversation) -> None:
    assert conversation.ask("what topics do you cover?").kind == "smalltalk"


@pytest.mark.parametrize(
    "question",
    [
        "what's the difference between osteotomy and bone decompression?",
        "compare bone graft and osteotomy",
        "core decompression or joint replacement, what's the difference?",
    ],
)
def test_two_surgeries_compared_are_answered_by_the_list_that_gives_both(
    conversation: Conversation, question: str
) -> None:
    assert conversation.ask(question).intent == "surgery_options"


def test_which_one_comes_first_is_asked_of_the_list_not_the_symptoms_at_first(conversation: Conversation) -> None:
    assert ask_all(conversation, "what surgeries are there?", "which one is used first?") == [
        "surgery_options",
        "surgery_options",
    ]


def test_a_line_of_the_list_just_quoted_is_asked_of_that_list(conversation: Conversation) -> None:
    # "radiation therapy or chemotherapy" is a cause; the MRI's "does not involve radiation" is not it
    assert ask_all(conversation, "can chemo cause avn?", "and radiation?") == ["causes", "causes"]
    assert ask_all(conversation, "what is an mri", "radiation?") == ["mri", "mri"]
    # two words of one line ("prolonged use of oral or intravenous steroids") ask of it however put
    assert ask_all(conversation, "is long-term steroid use a risk factor for AVN", "oral only or also IV?") == [
        "causes",
        "causes",
    ]


def test_follow_ups_in_few_words_ask_of_the_topic(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "how do docs diagnose it", "main treatments?") == ["diagnosis", "treatment"]
    assert ask_all(bot.conversation(), "Can osteonecrosis be helped without an operation?", "what kind of things?") == [
        "nonsurgical",
        "nonsurgical",
    ]
    assert ask_all(bot.conversation(), "what causes it?", "now tell me about the treatment side") == [
        "causes",
        "treatment",
    ]


def test_how_dangerous_the_disease_is_is_how_it_progresses(conversation: Conversation) -> None:
    assert conversation.ask("is osteonecrosis dangerous?").intent == "progression"  # not the X-ray's dose
    assert conversation.ask("is it serious?").intent == "progression"
    assert conversation.ask("is the x-ray dangerous").intent == "xray"


@pytest.mark.parametrize(
    "message",
    [
        "would you choose the osteotomy?",
        "which surgery would you recommend for my hip?",
        "my hip hurts, do you think I need an MRI?",
        "is it ok to take them every day?",
    ],
)
def test_asking_the_bot_to_choose_for_oneself_is_advice(conversation: Conversation, message: str) -> None:
    assert conversation.ask(message).kind == "advice"


def test_which_of_two_early_treatments_to_use_is_answered_by_the_list(conversation: Conversation) -> None:
    assert conversation.ask("Should I use ice or heat for avascular necrosis?").intent == "nonsurgical"


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("do I need crutches or a walking stick", "nonsurgical"),  # which of the page's list
        ("what kind of scans will i need for avn", "imaging_tests"),  # what kind, not whether
    ],
)
def test_which_of_a_list_one_will_need_is_asked_of_the_list(
    conversation: Conversation, message: str, intent: str
) -> None:
    assert conversation.ask(message).intent == intent


def test_whether_one_will_need_a_thing_is_still_advice(conversation: Conversation) -> None:
    assert conversation.ask("will I need surgery?").kind == "advice"


@pytest.mark.parametrize("message", ["hello, anyone there?", "nice to meet you"])
def test_more_greetings(conversation: Conversation, message: str) -> None:
    assert conversation.ask(message).kind == "smalltalk"


def test_having_that_on_a_first_turn_is_having_the_disease(conversation: Conversation) -> None:
    assert conversation.ask("how would I know if I had that?").intent == "symptoms"


@pytest.mark.parametrize("message", ["can I ask you something", "another question", "I have a question"])
def test_announcing_a_question_is_answered_with_an_invitation(conversation: Conversation, message: str) -> None:
    reply = conversation.ask(message)
    assert (reply.kind, reply.passages, reply.text) == ("smalltalk", [], "Go ahead: what would you like to know?")


def test_many_thanks_with_a_remark_is_thanks(conversation: Conversation) -> None:
    reply = conversation.ask("Many thanks, that is most helpful")  # not "most common in bones near joints"
    assert reply.passages == [] and reply.text.startswith("You're welcome")


def test_what_happens_now_after_talk_of_the_disease_is_its_treatment(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "can a dislocation cause avn?", "I see. And what happens now?") == [
        "causes",
        "treatment",
    ]
    # with nothing of the page talked about, there is nothing to go on from
    assert ask_all(bot.conversation(), "what is the capital of france", "what happens next")[1] is None
    # after a treatment, what comes next is the next one on the page
    assert ask_all(bot.conversation(), "what is core decompression", "what happens next") == [
        "bone_decompression",
        "bone_graft",
    ]
    assert bot.ask("what happens next").kind == "smalltalk"  # nothing said yet: "More about what?"


def test_an_age_said_against_the_disease_asks_of_the_age(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "my son has sickle cell, can that cause avn?", "he's only 16 though") == [
        "causes",
        "age",
    ]
    assert bot.ask("im 19 can i even get this").intent == "age"
    assert bot.ask("he's 47").kind == "decline"  # an age told, nothing asked


def test_the_others_after_one_of_a_list_are_the_list(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "what is a joint replacement", "what are the others") == [
        "joint_replacement",
        "surgery_options",
    ]


def test_anything_else_to_know_is_more_on_the_topic(bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("which bones does it usually hit")
    reply = conversation.ask("anything else I should know?")  # no advice asked: more of the same
    assert reply.kind == "answer"
    assert reply.intent in bot.intent("bones_affected").related


def test_a_question_alone_settles_what_its_story_made_unsure(bot: Chatbot) -> None:
    assert bot.ask("my dad has it in his shoulder, what can i do at home for avn pain").intent == "nonsurgical"
    assert bot.ask("my dad has it in his shoulder, is this up to date").intent in ("latest_info", "disclaimer")


def test_a_story_settles_which_of_a_few_readings_its_question_asks(bot: Chatbot) -> None:
    story = "My doctor prescribed NSAIDs and physical therapy for early AVN. Is that a normal way to treat it?"
    assert bot.ask(story).intent == "nonsurgical"  # not "Did you mean the treatments or the age?"
    comparing = (
        "I got a copy of my MRI images and they look different from the pictures on a website. "
        "I'm trying to work out if mine is worse. Can I compare them myself?"
    )
    assert bot.ask(comparing).intent == "images_note"


def test_the_subjects_name_alone_picks_no_offered_question(conversation: Conversation) -> None:
    assert conversation.ask("whats the diference between osteonecrosis and osteoporosis").kind == "decline"
    assert conversation.ask("ok just tell me what osteonecrosis is").intent == "what_is"  # not the surgeries offered


def test_iv_is_intravenous(conversation: Conversation) -> None:
    assert ask_all(conversation, "steroids", "IV too?") == ["causes", "causes"]  # "oral or intravenous steroids"


def test_an_apology_for_the_wrong_chat_leaves_the_question(conversation: Conversation) -> None:
    assert conversation.ask("whats the weather in chicago").kind == "decline"
    assert conversation.ask("lol sorry wrong chat. actually what is bone necrosis").intent == "what_is"
    assert conversation.ask("haha ok what causes it").intent == "causes"
    assert conversation.ask("lol my uncle smokes like a chimney").passages == []  # a remark, no question


def test_always_says_how_sure_not_what_about(bot: Chatbot) -> None:
    assert ask_all(bot.conversation(), "symptoms of avn", "does it allways hurt") == ["symptoms", "symptoms"]
    assert bot.ask("Is AVN always in the hip? My mum has it in her ankle").intent == "bones_affected"
    assert bot.ask("is surgery always needed for AVN?").intent == "treatment"  # the treatments' own question


def test_a_last_question_that_stands_alone_is_answered_when_the_whole_was_not(bot: Chatbot) -> None:
    assert bot.ask("For the consultation, what the docter will ask me?").intent == "diagnosis"
    assert bot.ask("switching topics, what does an osteotomy do?").intent == "osteotomy"


@pytest.mark.parametrize(
    ("message", "said"),
    [("hello doctor", "Hello!"), ("hello doctor, thank you", "You're welcome."), ("ok so basically", "All right.")],
)
def test_openers_with_nothing_after_them_are_small_talk(bot: Chatbot, message: str, said: str) -> None:
    reply = bot.ask(message)
    assert (reply.kind, reply.passages) == ("smalltalk", [])
    assert reply.text.startswith(said)


def test_a_polite_opener_leaves_a_follow_up_as_it_was(conversation: Conversation) -> None:
    conversation.ask("which surgeries are there")
    assert conversation.ask("hello doctor, and the third one?").intent == "osteotomy"
    assert conversation.ask("dear sir, is it painful?").kind == "decline"  # the osteotomy's pain: not on the page


@pytest.mark.parametrize("tail", [" x", " cheers mate", " many thanks", " (asking for my mum)"])
def test_a_sign_off_after_a_follow_up_leaves_it_as_it_was(conversation: Conversation, tail: str) -> None:
    conversation.ask("what are the surgeries")
    assert conversation.ask(f"number two{tail}").intent == "bone_graft"
    assert conversation.ask(f"tell me more{tail}").passages  # more on the graft, not thanks


def test_a_sign_off_alone_after_thanks_is_thanks(bot: Chatbot) -> None:
    assert bot.ask("thank you (asking for my mum)").kind == "smalltalk"
    assert bot.ask("thanks x").kind == "smalltalk"


def test_a_misspelt_follow_up_is_read_as_spelled(conversation: Conversation) -> None:
    conversation.ask("what are the surgeries")
    assert conversation.ask("numbber two again?").intent == "bone_graft"
    assert conversation.ask("thnak you, that hepls a lot").kind == "smalltalk"
    assert conversation.ask("does it hurt alot").intent != "causes"  # texting's "alot" is "a lot", not a "clot"


def test_a_bare_then_goes_on_as_and_then_does(conversation: Conversation) -> None:
    conversation.ask("what is an osteotomy")
    assert conversation.ask("then?").passages  # not "I can't answer that"


@pytest.mark.parametrize(
    "question", ["what can I do myself for the pain from osteonecrosis", "what can she do herself for it"]
)
def test_what_one_can_do_oneself_is_the_care(bot: Chatbot, question: str) -> None:
    assert bot.ask(question).intent in ("treatment", "nonsurgical")


def test_thanks_with_a_word_of_stress_is_still_thanks(conversation: Conversation) -> None:
    conversation.ask("what can they do for her shoulder without operating")
    assert conversation.ask("ok thank you, that actually helps a lot").kind == "smalltalk"


def test_what_is_done_to_begin_with_is_the_first_care_and_why_it_began_the_causes(conversation: Conversation) -> None:
    conversation.ask("what is avn")
    assert conversation.ask("ok. what can they do for it to begin with?").intent in ("nonsurgical", "treatment")
    assert conversation.ask("why did i get it to begin with").intent == "causes"


@pytest.mark.parametrize("question", ["Why it is coming? I am not drink alcohol and not smoke.", "why does it come"])
def test_a_learners_why_it_comes_asks_the_cause_not_the_pages_source(bot: Chatbot, question: str) -> None:
    assert bot.ask(question).intent == "causes"


def test_from_where_comes_a_thing_is_where_it_comes_from(conversation: Conversation) -> None:
    conversation.ask("the doctor want make him a operation where they put new bone inside. how is this?")
    assert conversation.ask("from where come the bone?").intent == "bone_graft"
    assert conversation.ask("from where comes this information").intent == "disclaimer"


def test_escalation_words_and_announced_topics(conversation: Conversation) -> None:
    conversation.ask("The surgeon is talking about a new hip. What would the replacement be made of?")
    assert conversation.ask("is there anything else they could try before going that far?").intent == "nonsurgical"
    assert conversation.ask("ok next topic, surgical options for AVN").intent == "surgery_options"
    assert conversation.ask("how would they have found it?").intent == "diagnosis"  # "found" is no "find" to a stemmer


@pytest.mark.parametrize(
    "follow_up",
    [
        "and what gets packed into the holes afterwards",
        "and what happens after it, something about putting bone in the holes?",
        "and then they put bone in the holes? how do they get the bone for it",
    ],
)
def test_what_goes_into_the_holes_next_is_the_graft(conversation: Conversation, follow_up: str) -> None:
    conversation.ask("what is the point of drilling into the bone anyway")
    assert conversation.ask(follow_up).intent == "bone_graft"


def test_what_follows_the_drilling_elsewhere_stays_where_it_was(conversation: Conversation) -> None:
    conversation.ask("what is core decompression")
    assert conversation.ask("how long will I be in hospital afterwards").kind == "decline"


def test_a_texted_y_before_a_verb_is_why(conversation: Conversation) -> None:
    conversation.ask("my nan is getting her hip replaced cos of avn, wat do they put in instead")
    assert conversation.ask("y did she get it tho").intent == "causes"
    assert conversation.ask("y").kind != "answer"  # a lone "y" asks nothing


def test_what_a_report_term_means_is_the_term_not_the_test_named_before_it(bot: Chatbot) -> None:
    assert bot.ask("my MRI report says ARCO stage 3B, what does that mean").kind == "decline"  # staging
    assert bot.ask("My surgeon has suggested an osteotomy. I've never heard of it, what does it involve?").intent == (
        "osteotomy"
    )


def test_questions_after_a_comma_are_read_as_after_a_question_mark(bot: Chatbot) -> None:
    message = "how do they tell if you have it, do you need a blood test or somthing"
    assert bot.ask(message).intent == bot.ask(message.replace(",", "?")).intent == "diagnosis"


def test_another_test_to_compare_with_leaves_it_the_topic(conversation: Conversation) -> None:
    conversation.ask("what does the MRI actually do?")
    assert conversation.ask("does it use radiation like a ct scan does?").intent == "mri"
    assert conversation.ask("is it the same as a CT?").kind == "decline"  # a comparison the page does not make


def test_a_learners_is_possible_this_asks_the_claim(bot: Chatbot) -> None:
    message = "my father have the necrosis of bone, the doctor say is because he drink much alcohol. is possible this?"
    assert bot.ask(message).intent == "causes"


def test_a_supposition_that_it_starts_leaves_the_question(conversation: Conversation) -> None:
    conversation.ask("what else raises the risk of that?")
    assert conversation.ask("what are the first treatments if it does start").intent == "nonsurgical"


def test_a_conclusion_offered_to_confirm_is_personal(conversation: Conversation) -> None:
    conversation.ask("can steroids cause bone death?")
    assert conversation.ask("so I've got it then?").kind == "advice"


def test_how_a_listed_condition_is_treated_is_not_on_its_line(conversation: Conversation) -> None:
    conversation.ask("my son had Perthes when he was little. is that connected to osteonecrosis at all?")
    assert conversation.ask("how do they treat perthes in kids these days").kind == "decline"


@pytest.mark.parametrize(
    "message",
    ["what time does Boots close today", "this is useless, I want to speak to a real person NOW"],
)
def test_shop_hours_and_complaints_get_no_passage(bot: Chatbot, message: str) -> None:
    assert not bot.ask(message).passages


def test_a_number_beyond_the_suggestions_picks_a_line_of_the_topics_list(conversation: Conversation) -> None:
    conversation.ask("what are the risk factors for avascular necrosis?")
    assert conversation.ask("number 9 on that list, what's that one").intent == "causes"


def test_a_described_pick_and_how_a_listed_item_works(conversation: Conversation) -> None:
    conversation.ask("Which are the operations possible?")
    assert conversation.ask("the one that change the form of the bone, how it is called?").intent == "osteotomy"
    conversation.ask("is trauma a recognised cause of osteonecrosis?")
    conversation.ask("and HIV meds?")
    assert conversation.ask("how does that one cause it though?").kind == "decline"  # the line gives no reason


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("besides a joint replacement, what other operations are there", "surgery_options"),
        ("apart from an mri, what other tests are there", "imaging_tests"),
        ("the doctor will make me some questions?", "diagnosis"),  # a learner's questions made are asked
    ],
)
def test_besides_a_thing_said_first_and_questions_made(bot: Chatbot, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


def test_items_points_and_hedges(conversation: Conversation) -> None:
    conversation.ask("what are the non surgical treatments")
    assert conversation.ask("what's the fourth item").intent == "nonsurgical"
    conversation.ask("does smoking cause it")
    assert conversation.ask("back to treatment - what's the third item").intent in ("nonsurgical", "treatment")
    assert conversation.ask("And what precisely does the X-ray show?").intent == "xray"  # "precisely" is a hedge
    conversation.ask("where does this info come from")
    assert conversation.ask("is it upto date").intent == "disclaimer"


def test_what_can_help_besides_a_thing_asks_for_the_rest_of_its_list(bot: Chatbot) -> None:
    assert bot.ask("What operations can help osteonecrosis apart from a full hip replacement?").intent == (
        "surgery_options"
    )


def test_review_mends_in_conversation(conversation: Conversation, bot: Chatbot) -> None:
    conversation.ask("what is core decompression?")
    assert conversation.ask("how does that do it?").intent == "bone_decompression"  # how it works, no cause
    conversation.ask("can physio help?")
    assert conversation.ask("how do they do it?").intent == "nonsurgical"
    conversation.ask("what is an mri?")
    assert conversation.ask("does it take as long as a ct scan?").kind == "decline"  # a comparison
    assert bot.ask("my son is going to get it for sure?").kind == "advice"
    assert bot.ask("I will get it in the other hip?").kind == "advice"
    assert bot.ask("when does the hole close after core decompression?").passages  # no shop's hours
    treated = bot.conversation()
    treated.ask("how is it treated?")
    assert treated.ask("5").kind == "decline"  # a bare number picks no line of the passage


def test_why_the_one_talked_about_is_picked_over_another_sets_the_two_side_by_side(
    conversation: Conversation,
) -> None:
    conversation.ask("what does the MRI actually do?")
    assert conversation.ask("why would he pick that over just doing an xray").intent == "imaging_tests"


def test_a_shops_hours_are_declined_without_a_wrong_reason(bot: Chatbot) -> None:
    reply = bot.ask("what time does Boots close today")
    assert reply.kind == "decline"
    assert "imaging" not in reply.text  # no "it does not cover the imaging procedure itself"


def test_what_a_finding_means_and_a_learners_explain_me_more(conversation: Conversation, bot: Chatbot) -> None:
    finding = "xray shows the ball of my hip has started to collapse. what does that mean for me"
    assert bot.ask(finding).intent in ("progression", "what_is")  # what it found, not the X-ray
    conversation.ask("What is osteotomy, the doctor speak about it")
    assert conversation.ask("please explain me more").passages


def test_whether_the_graft_goes_with_the_drilling_is_the_grafts_question(conversation: Conversation) -> None:
    conversation.ask("whats a bone graft for avn? its on my surgery concent form")
    # its passage says: "After a core decompression, the doctor inserts healthy bone into the drilled holes"
    assert conversation.ask("is that done together with the decompression or instead of it").intent == "bone_graft"


def test_a_learners_if_this_not_helps_asks_what_comes_when_care_fails(conversation: Conversation) -> None:
    conversation.ask("Guten Tag. What treatments are there at the beginning of osteonecrosis?")
    assert conversation.ask("and if this not helps?").intent == "surgery_options"


def test_a_risk_for_someone_of_an_age_after_an_operation_is_the_operations_risk(
    conversation: Conversation, bot: Chatbot
) -> None:
    conversation.ask("what about the osteotomy one")
    assert conversation.ask("what's the risk for someone in their 80s").kind == "decline"  # the page gives none
    assert bot.ask("what's the risk for someone in their 80s").intent == "age"  # asked first: the disease's


def test_a_remark_then_thanks_is_thanks(conversation: Conversation) -> None:
    conversation.ask("What is the operation for change all the joint?")
    assert conversation.ask("He is very scared. Thank you").kind == "smalltalk"


def test_what_the_doctor_does_first_after_a_test_found_it_is_not_the_diagnosis(conversation: Conversation) -> None:
    conversation.ask("they found avn on my mri")
    assert conversation.ask("what will the doctor do first").intent != "diagnosis"


def test_what_they_will_do_for_someone_is_the_treatment(conversation: Conversation) -> None:
    conversation.ask("my mum has avn in her hip")
    assert conversation.ask("what will they do for her").intent == "treatment"


def test_what_they_do_first_to_check_after_a_symptom_is_the_diagnosis(conversation: Conversation) -> None:
    conversation.ask("pain when walking, is that a typical sign?")
    assert conversation.ask("what do they do first to check").intent == "diagnosis"


def test_a_follow_up_opening_with_a_thing_by_its_plain_words_is_about_it(conversation: Conversation) -> None:
    conversation.ask("what can they do for him")
    assert conversation.ask("the replacement option, what is it").intent == "joint_replacement"


def test_why_after_a_list_line_that_says_what_its_item_is_for_is_answered_by_it(conversation: Conversation) -> None:
    conversation.ask("what are the non surgical options")
    conversation.ask("the physio one?")
    assert conversation.ask("why").intent == "nonsurgical"  # "...to ease joint tenderness and increase range of motion"


def test_why_after_a_list_line_that_gives_no_reason_is_declined(conversation: Conversation) -> None:
    conversation.ask("what causes it")
    conversation.ask("and gaucher?")
    assert conversation.ask("why").kind == "decline"  # the line says what Gaucher disease is, not why


def test_the_last_after_a_line_of_a_list_is_the_lists_last_line(conversation: Conversation) -> None:
    conversation.ask("risk factors")
    conversation.ask("the 3rd one")
    assert conversation.ask("and the last").intent == "causes"


def test_other_options_than_the_thing_talked_about_are_its_list(conversation: Conversation) -> None:
    conversation.ask("what is a hip replacement")
    assert conversation.ask("were there other options than replacing it").intent == "surgery_options"


def test_what_a_surgeon_also_said_is_context(conversation: Conversation) -> None:
    conversation.ask("wife is booked for a core decompression next tuesday")
    assert conversation.ask('the surgeon also said "with bone graft". is that a seperate op').intent == "bone_graft"


def test_what_they_try_before_the_thing_talked_about_is_its_list(conversation: Conversation) -> None:
    conversation.ask("what is a hip replacement")
    assert conversation.ask("is there something they try before that").intent == "surgery_options"


def test_is_that_what_they_call_it_after_a_story_asks_what_it_is(conversation: Conversation) -> None:
    reply = conversation.ask("dad fell and broke his hip last year, they pinned it. is that what they call avn?")
    assert reply.intent == "what_is"


def test_what_they_do_before_the_graft_is_the_decompression(conversation: Conversation) -> None:
    conversation.ask("what is a bone graft")
    assert conversation.ask("what do they do before that").intent == "bone_decompression"


def test_a_word_of_the_topics_passage_after_it_is_not_read_as_another_thing(conversation: Conversation) -> None:
    conversation.ask("what is an xray")
    assert conversation.ask("the radiation, how much").intent == "xray"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("is that a sugery or an injecton", "bone_decompression"),  # whether it is of a kind: its passage says
        ("y tho whats the point of it", "bone_decompression"),  # texting's "why though"
    ],
)
def test_short_follow_ups_after_the_decompression(conversation: Conversation, question: str, intent: str) -> None:
    conversation.ask("what is core decompression")
    assert conversation.ask(question).intent == intent


def test_the_first_of_those_operations_is_the_first_surgery(conversation: Conversation) -> None:
    conversation.ask("what are the surgeries")
    assert conversation.ask("tell me more about the first of those operations").intent == "bone_decompression"


def test_then_what_if_it_is_avn_asks_what_is_done(conversation: Conversation) -> None:
    conversation.ask("what tests are there")
    assert conversation.ask("and if it turns out it is AVN, then what?").intent == "treatment"


def test_a_full_hip_replacement_after_the_surgeries_is_the_joint_replacement(conversation: Conversation) -> None:
    conversation.ask("what other operations are there")
    assert conversation.ask("the metal one, is that a full hip replacement?").intent == "joint_replacement"


def test_alternate_options_after_an_operation_are_its_list(conversation: Conversation) -> None:
    conversation.ask("what is an osteotomy")
    assert conversation.ask("What are the alternate options for same?").intent == "surgery_options"


def test_whether_it_is_of_a_kind_the_page_does_not_name_is_left_to_the_page(conversation: Conversation) -> None:
    conversation.ask("what is core decompression")
    assert conversation.ask("is it an operation or outpatient").kind == "decline"


def test_a_letter_typed_twice_is_a_slip_not_two_words(conversation: Conversation) -> None:
    conversation.ask("what is core decompression")
    # "usefull" is "useful", not "use full" (which read as the page's full text)
    assert conversation.ask("when is it most usefull").intent == "bone_decompression"


def test_whether_the_pain_comes_and_goes_is_not_where_it_comes_from(conversation: Conversation) -> None:
    conversation.ask("symptoms of osteonecrosis?")
    assert conversation.ask("does it come and go").kind == "decline"  # the page gives no such course


def test_whether_it_is_an_actual_operation_is_answered_by_its_passage(conversation: Conversation) -> None:
    conversation.ask("what is an osteotomy")
    assert conversation.ask("so is that an actual operation").intent == "osteotomy"


def test_needing_something_more_after_the_early_treatments_is_the_surgeries(conversation: Conversation) -> None:
    conversation.ask("whats the early treatment for avn")
    assert conversation.ask("and if i need something more").intent == "surgery_options"


def test_yes_before_asking_to_go_on_still_asks_to_go_on(conversation: Conversation) -> None:
    conversation.ask("what happens as it gets worse")
    assert conversation.ask("yes go on").kind != "decline"


def test_the_exercise_one_after_the_early_treatments_is_the_physical_therapy(conversation: Conversation) -> None:
    conversation.ask("early treatments for avn?")
    assert conversation.ask("what about the excercise one, whats that for").intent == "nonsurgical"


def test_going_back_to_a_person_asks_the_question_after_it(conversation: Conversation) -> None:
    conversation.ask("my aunt has avn and i found this page. can i copy it into the family whatsapp group")
    # "my aunt" names no topic: the question after the comma is what is asked
    assert (
        conversation.ask("ok back to my aunt, whats the bone graft thing her surgeon mentioned").intent == "bone_graft"
    )


@pytest.mark.parametrize(
    "question",
    [
        "is ibuprofen one of those?",
        "like naproxen?",
        "which ones? naproxen?",
        "ibuprofen counts right?",
        "does it name a specific one, naproxen or ibuprofen?",
        "is ibuprofin one of the nsaids ur on about",
        "which ones, ibuprofen? naproxen?",
        "could ibuprofen itself be one of the causes of the necrosis?",
    ],
)
def test_whether_a_drug_is_one_of_the_nsaids_is_not_said_by_the_page(conversation: Conversation, question: str) -> None:
    conversation.ask("what are the early treatments")
    reply = conversation.ask(question)
    # the page lists NSAIDs and never names one; the decline says what it leaves out, and offers the list again
    assert reply.kind == "decline" and not reply.passages
    assert "by name" in reply.text and reply.suggestions[0].intent == "nonsurgical"


@pytest.mark.parametrize(
    "question",
    ["does ibuprofen help?", "and anti-inflammatories like ibuprofen?", "can I use naproxen for the pain or not"],
)
def test_a_drug_asked_about_for_itself_is_read_as_its_kind(conversation: Conversation, question: str) -> None:
    conversation.ask("what are the early treatments")
    assert conversation.ask(question).intent == "nonsurgical"


def test_whether_a_named_clotting_disorder_is_on_the_list_is_not_said_by_the_page(conversation: Conversation) -> None:
    assert conversation.ask("is factor V Leiden one of the clotting disorders that cause AVN").kind == "decline"
    assert conversation.ask("I have factor V Leiden, a clotting disorder. Is that a risk for AVN?").intent == "causes"
    conversation.ask("what causes it")
    assert conversation.ask("I have factor V Leiden - is that one of them?").kind == "decline"
    # steroids are the page's own word for prednisone and its like
    assert conversation.ask("I've been on prednisolone for 2 years, is that one of them?").intent == "causes"


def test_a_correction_naming_another_joint_asks_the_same_question_of_it(conversation: Conversation) -> None:
    conversation.ask("whats a total hip replacment")
    assert conversation.ask("no sorry i meant the shoulder not the hip").intent == "joint_replacement"
    # a correction naming another question still asks that one
    assert conversation.ask("no i meant the causes").intent == "causes"


def test_steroids_by_a_route_the_page_does_not_list_are_not_on_its_list(conversation: Conversation) -> None:
    conversation.ask("what causes it")
    assert conversation.ask("do steroid inhalers count?").kind == "decline"
    # steroids into a vein are its "intravenous steroids"
    assert conversation.ask("and steroid injections into a vein?").intent == "causes"


@pytest.mark.parametrize(
    "question", ["the diving one in your list - how does diving cause it?", "how does diving do that to the bone?"]
)
def test_how_a_listed_cause_works_is_not_said_by_the_list(conversation: Conversation, question: str) -> None:
    conversation.ask("what causes it")
    assert conversation.ask(question).kind == "decline"


@pytest.mark.parametrize(
    "question",
    ["what if the bone has already collapsed", "post-collapse still ok?", "does it wrk if the bone already colapsed"],
)
def test_whether_an_operation_is_for_before_the_collapse_is_answered_by_its_passage(
    conversation: Conversation, question: str
) -> None:
    conversation.ask("what is core decompression")
    assert conversation.ask(question).intent == "bone_decompression"  # "works best before the collapse"


def test_what_happens_once_the_bone_has_collapsed_asks_of_the_disease(conversation: Conversation) -> None:
    conversation.ask("what is core decompression")
    assert conversation.ask("what happens once the bone has collapsed?").intent == "progression"
    conversation.ask("what operations are there")
    # after the list, which of them is asked
    assert conversation.ask("which of the operations works best before the bone collapses?").intent == (
        "bone_decompression"
    )


def test_the_childhood_hip_condition_is_the_perthes_line_which_says_not_how_it_is_treated(
    conversation: Conversation,
) -> None:
    conversation.ask("what causes it")
    assert conversation.ask("is there a childhood hip condition on that list as well?").intent == "causes"
    assert conversation.ask("how do they treat that Perthes thing").kind == "decline"


def test_a_drug_placed_among_its_kind_then_asked_about_is_read_as_its_kind(conversation: Conversation) -> None:
    conversation.ask("what are the early treatments")
    assert conversation.ask("ibuprofen is an anti inflammatory, so would it help?").intent == "nonsurgical"
    assert conversation.ask("does it list any painkillers like ibuprofen").intent == "nonsurgical"
    assert conversation.ask("is ibuprofen one of those?").kind == "decline"
    # after the decline, "it" is still the early care the decline offered
    assert conversation.ask("does it help though?").intent == "nonsurgical"


def test_a_place_meant_after_the_pages_own_notice_is_no_repeat_of_it(conversation: Conversation) -> None:
    conversation.ask("what is the copyright")
    assert conversation.ask("sorry I meant the shoulder").intent != "copyright"


def test_how_soon_it_collapses_after_an_operation_is_not_whether_the_operation_suits(
    conversation: Conversation,
) -> None:
    conversation.ask("what is core decompression")
    assert conversation.ask("how long before the bone collapses").intent != "bone_decompression"


@pytest.mark.parametrize(
    "question",
    [
        "so is his hip pain from the drinking?",
        "mum had radiotherapy for breast cancer 3 yrs ago, is that why her hip hurts now",
        "does that mean she has osteonecrosis?",
        "which of her meds is the problem one",
    ],
)
def test_whether_one_persons_pain_comes_of_a_cause_is_for_their_doctor(
    conversation: Conversation, question: str
) -> None:
    conversation.ask("what causes it")
    assert conversation.ask(question).kind == "advice"


def test_whether_ones_scan_like_the_pages_pictures_means_one_has_it_is_the_images_note(
    conversation: Conversation,
) -> None:
    assert conversation.ask("my scan looks like the picture, does that mean i have it").intent == "images_note"


def test_texting_shorthand_in_a_short_follow_up(conversation: Conversation) -> None:
    conversation.ask("which test finds avn earliest")
    assert conversation.ask("nd xray").intent == "xray"  # "nd" is "and"
    conversation.ask("avn age range")
    assert conversation.ask("ovr 60?").intent == "age"  # "ovr" is "over"


def test_typed_without_a_question_mark_a_follow_up_is_still_a_question(conversation: Conversation) -> None:
    conversation.ask("what are the early treatments")
    assert conversation.ask("and later").intent == "surgery_options"  # a time, no goodbye
    conversation.ask("what is avn")
    assert conversation.ask("lol ok is it painful").intent == "symptoms"  # a laugh and an "ok" lead in
    assert conversation.ask("ok later").kind == "smalltalk"  # a goodbye


def test_for_ages_is_a_long_time_not_an_age(conversation: Conversation) -> None:
    conversation.ask("what age does it start")
    assert conversation.ask("she was on steroids for her arthritis for ages").intent == "causes"
    assert conversation.ask("what ages does it affect").intent == "age"


def test_a_fragment_asks_of_the_operation_just_given_not_of_its_sibling(conversation: Conversation) -> None:
    conversation.ask("total hip replacement for avn, what is it")
    assert conversation.ask("made of what?").intent == "joint_replacement"  # the new joint, not the graft
    conversation.ask("what is a bone graft")
    assert conversation.ask("made of what?").intent == "bone_graft"


def test_whether_it_always_works_is_a_rate_the_page_never_gives(conversation: Conversation) -> None:
    conversation.ask("what is core decompression")
    assert conversation.ask("does it always work").kind == "decline"  # "works best before the collapse", no more
    conversation.ask("what are the symptoms")
    assert conversation.ask("is that always true").kind == "decline"


def test_a_comparison_of_two_operations_by_what_they_do_gets_both(bot: Chatbot) -> None:
    reply = bot.ask("what's the difference between having the bone reshaped and getting a whole new joint")
    assert reply.intent == "surgery_options"  # the list holds both: no "Did you mean ...?"
    assert {"osteotomy", "joint_replacement"} <= {p.id for p in reply.passages}


def test_how_many_after_a_list_is_answered_by_the_list(conversation: Conversation) -> None:
    conversation.ask("what are the risk factors")
    assert conversation.ask("how many are there").intent == "causes"  # not how common the disease is
    conversation.ask("what is avn")
    assert conversation.ask("how many are there").kind == "decline"  # no list: how many people have it


def test_the_first_of_those_picks_from_the_list_just_given(conversation: Conversation) -> None:
    conversation.ask("what surgeries are there")
    assert conversation.ask("tell me about the first of those").intent == "bone_decompression"
    assert conversation.ask("what are the symptoms").intent == "symptoms"
    assert conversation.ask("what happens at first").intent != "bone_decompression"  # "at first" picks nothing


def test_really_the_same_asks_whether_two_names_are_one_thing(conversation: Conversation) -> None:
    conversation.ask("whats the difference between osteonecrosis and avascular necrosis")
    assert conversation.ask("really the same?").intent == "what_is"  # "also called avascular necrosis"


def test_what_the_reviews_of_this_sessions_rules_found_they_leave_alone(conversation: Conversation) -> None:
    conversation.ask("what causes it")
    conversation.ask("is it common?")  # declined: how common, the page never says
    assert conversation.ask("how many?").kind == "decline"  # still how many people, not how many causes
    conversation.ask("what are the early treatments")
    assert conversation.ask("do they always work?").intent == "nonsurgical"  # they "can often slow" it
    conversation.ask("what is avn")
    assert conversation.ask("is it always so painful?").intent == "symptoms"  # "so" is how much, not whether
    conversation.ask("xray vs mri")
    assert conversation.ask("really the same?").intent != "what_is"  # two tests are not two names of it
    reshaped_or_new = "what's the difference between having the bone reshaped and getting a whole new joint"
    assert conversation.ask(f"{reshaped_or_new}, and which is more expensive").kind == "decline"
    assert conversation.ask("how is avn from alcohol treated?").intent == "treatment"
