"""Rendering is a pure function from values and a Look to text: tested on exact output."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Intent, Match, Passage, Reply, Source, Suggestion
from chatbot.render import (
    Look,
    render_greeting,
    render_matches,
    render_notes,
    render_passages,
    render_reply,
    render_source,
    render_topics,
    wrap,
)
from chatbot.reply import answer_text, suggestions_text

B, D, R = "\x1b[1m", "\x1b[2m", "\x1b[0m"  # bold, dim, reset

DISCLAIMER = Passage("note", "Check with your doctor.", "Disclaimer", 200, 223, 9)
SOURCE = Source("Bones", "Example.org", "http://example.org", "Copyright 2026 Example", (DISCLAIMER,))
PASSAGE = Passage("p1", "Bones are alive and always changing, healing small cracks.", "What are bones?", 10, 68, 3)
ITEMS = Passage("p2", "Treatment may include:\n\n- rest and cold packs for a while", "Treatment", 80, 135, 5)


def answer(*passages: Passage) -> Reply:
    return Reply("answer", answer_text(list(passages), SOURCE), "q", SOURCE, list(passages), "x", 1.0)


def test_plain_look_gives_the_reply_text_itself(bot: Chatbot) -> None:
    for question in ("what is an osteotomy", "how much does it cost", "steroids", "hello"):
        reply = bot.ask(question)
        assert render_reply(reply, Look()) == reply.text


def test_answer_on_a_terminal_has_bold_heading_wrapped_passage_and_dim_source() -> None:
    assert render_reply(answer(PASSAGE), Look(width=30, colour=True)) == (
        f"{B}What are bones?{R}\n\n"
        "Bones are alive and always\n"
        "changing, healing small\n"
        "cracks.\n\n"
        f'{D}Source: "Bones" (section: What{R}\n'
        f"{D}are bones?), Example.org,{R}\n"
        f"{D}http://example.org. Copyright{R}\n"
        f"{D}2026 Example{R}"
    )


def test_list_items_wrap_under_their_text_and_colour_can_be_off() -> None:
    assert render_reply(answer(ITEMS), Look(width=24)) == (
        "Treatment\n\n"
        "Treatment may include:\n\n"
        "- rest and cold packs\n"
        "  for a while\n\n"
        'Source: "Bones"\n'
        "(section: Treatment),\n"
        "Example.org,\n"
        "http://example.org.\n"
        "Copyright 2026 Example"
    )


def test_suggestion_numbers_are_bold_and_long_questions_hang() -> None:
    suggestions = [Suggestion("a", "What are bones made of, and why?"), Suggestion("b", "Do bones heal?")]
    text = suggestions_text("Did you mean:", suggestions, "Reply with a number.")
    reply = Reply("clarify", text, "q", SOURCE, [], None, 0.5, suggestions)
    assert render_reply(reply, Look(width=24, colour=True)) == (
        "Did you mean:\n"
        f"  {B}1.{R} What are bones made\n"
        "     of, and why?\n"
        f"  {B}2.{R} Do bones heal?\n"
        "Reply with a number."
    )


def test_notes_are_dim_lines_in_brackets() -> None:
    reply = Reply("answer", "x", "q", SOURCE, notes=["message cut", "second"])
    assert render_notes(reply, Look(colour=True)) == f"{D}(message cut){R}\n{D}(second){R}"
    assert render_notes(reply, Look()) == "(message cut)\n(second)"


def test_greeting_says_what_it_answers_where_from_and_no_medical_advice() -> None:
    text = render_greeting(SOURCE, [Suggestion("a", "What are bones?")], Look())
    assert text == (
        'Hello! I answer questions about "Bones" with passages quoted word for word from Example.org, '
        "so I can tell you only what that page says. I don't give medical advice: for questions about "
        "your own health, please ask your doctor.\n\n"
        "You could ask:\n"
        "  - What are bones?\n\n"
        "Type a question, or /help for commands. Ctrl-D or /quit leaves."
    )


def test_bundled_greeting_names_radiologyinfo(bot: Chatbot) -> None:
    text = render_greeting(bot.source, bot.starters(), Look(width=80))
    assert "RadiologyInfo.org" in text
    assert "medical advice" in text
    assert all(len(line) <= 80 for line in text.splitlines())


def test_topics_for_people_and_for_staff() -> None:
    intents = [Intent("what", "What are bones?", (), ()), Intent("heal_fast", "Do bones heal?", (), ())]
    groups = [("Bones", intents[:1]), ("Healing", intents[1:])]
    assert render_topics(groups, Look(colour=True)) == (
        f"{B}Bones{R}\n  - What are bones?\n\n{B}Healing{R}\n  - Do bones heal?"
    )
    assert render_topics(groups, Look(), ids=True) == (
        "Bones\n  what       What are bones?\n\nHealing\n  heal_fast  Do bones heal?"
    )


def test_source_gives_attribution_disclaimer_and_copyright() -> None:
    assert render_source(SOURCE, Look()) == (
        '"Bones", Example.org\nhttp://example.org\n\nDisclaimer\n\nCheck with your doctor.\n\nCopyright 2026 Example'
    )


def test_passages_plain_are_the_answer_text_and_marks_are_bold_on_a_terminal() -> None:
    assert render_passages([PASSAGE, ITEMS], SOURCE, Look()) == answer_text([PASSAGE, ITEMS], SOURCE)
    start = ITEMS.text.index("and cold packs")
    marked = render_passages([ITEMS], SOURCE, Look(width=20, colour=True), [[(start, start + 14)]])
    assert f"- rest {B}and cold\n  packs{R} for a" in marked


def test_matches_table_lines_up() -> None:
    matches = [Match("what", "What are bones?", 0.9), Match("heal_fast", "Do bones heal?", 0.41234)]
    assert render_matches(matches) == "0.900  what       What are bones?\n0.412  heal_fast  Do bones heal?"


@pytest.mark.parametrize("width", [0, -1])
def test_no_width_means_no_wrapping(width: int) -> None:
    line = "word " * 50
    assert wrap(line, Look(width=width)) == line


def test_no_colour_means_no_escape_sequences(bot: Chatbot) -> None:
    look = Look(width=60)
    texts = [render_reply(bot.ask(q), look) for q in ("what is avn", "cost", "hi")]
    texts += [render_topics(bot.topics(), look), render_source(bot.source, look)]
    assert not any("\x1b" in text for text in texts)
