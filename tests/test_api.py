"""The library contract other bots rely on (README, "Use it as a library")."""

from __future__ import annotations

import json
import subprocess
import sys

from chatbot import Chatbot, Passage, Reply, Source, Suggestion
from chatbot.knowledge import BUNDLED_KB


def test_ask_answers_with_attributed_verbatim_passages(bot: Chatbot) -> None:
    reply = bot.ask("how do they diagnose AVN?")
    assert isinstance(reply, Reply)
    assert reply.kind == "answer"
    assert reply.intent == "diagnosis"
    assert 0.0 < reply.confidence <= 1.0
    assert reply.suggestions == []
    assert all(isinstance(p, Passage) for p in reply.passages)
    assert reply.passages[0].heading == "How is osteonecrosis diagnosed and evaluated?"
    assert isinstance(reply.source, Source)
    assert reply.source.title == "Osteonecrosis"


def test_reply_text_is_the_passage_under_its_heading_then_the_source() -> None:
    reply = Chatbot().ask("what is an osteotomy?")
    assert reply.text == (
        "Osteotomy\n\n"
        "In this surgical procedure, a physician reshapes the diseased bone and changes its alignment to reduce "
        "stress on the area.\n\n"
        'Source: "Osteonecrosis" (section: Osteotomy), RadiologyInfo.org (RSNA and ACR), http://www.radiologyinfo.org. '
        "Copyright ® 2026 Radiological Society of North America, Inc."
    )


def test_to_dict_is_json_ready_and_complete(bot: Chatbot) -> None:
    data = json.loads(json.dumps(bot.ask("what is an osteotomy?").to_dict()))
    assert list(data) == [
        "question", "kind", "intent", "confidence", "passages", "suggestions", "source", "notes", "text",
    ]  # fmt: skip
    assert data["question"] == "what is an osteotomy?"
    assert data["intent"] == "osteotomy"
    assert data["passages"][0]["heading"] == "Osteotomy"
    assert set(data["passages"][0]) == {"id", "heading", "text", "start", "end", "line"}
    assert data["source"] == {
        "title": "Osteonecrosis",
        "publisher": "RadiologyInfo.org (RSNA and ACR)",
        "url": "http://www.radiologyinfo.org",
        "copyright": "Copyright ® 2026 Radiological Society of North America, Inc.",
    }


def test_declines_carry_no_passage_but_suggestions(bot: Chatbot) -> None:
    reply = bot.ask("how much does a hip replacement cost?")
    assert (reply.kind, reply.intent, reply.passages) == ("decline", None, [])
    assert all(isinstance(s, Suggestion) for s in reply.suggestions)
    assert reply.to_dict()["passages"] == []


def test_from_file_loads_another_knowledge_base() -> None:
    bot = Chatbot.from_file(BUNDLED_KB)
    assert bot.ask("what is an MRI").intent == "mri"


def test_a_conversation_answers_like_the_bot(bot: Chatbot) -> None:
    conversation = bot.conversation()
    assert conversation.ask("what is a bone graft?").intent == "bone_graft"


def test_candidates_rank_intents_for_staff(bot: Chatbot) -> None:
    ranked = bot.candidates("bone graft or decompression", limit=3)
    assert [m.intent for m in ranked][:2] == ["bone_graft", "bone_decompression"]
    assert ranked[0].question == "What is a bone graft?"
    assert ranked[0].confidence >= ranked[1].confidence
    assert len(bot.candidates("surgery", limit=2)) == 2


def test_topics_are_grouped_as_in_the_document(bot: Chatbot) -> None:
    sections = [section for section, _ in bot.topics()]
    assert sections.index("What is osteonecrosis?") < sections.index("How is osteonecrosis treated?")
    assert sum(len(items) for _, items in bot.topics()) == len(bot.kb.intents)


def test_importing_the_library_does_not_import_prompt_toolkit() -> None:
    code = "import sys, chatbot; chatbot.Chatbot().ask('mri'); print('prompt_toolkit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
