"""Any text in gives a reply out, in bounded time, and nothing the user typed comes back raw.

Speed is measured by bench/bench.py; the time bounds here are generous sanity checks only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatbot import Chatbot, Reply
from chatbot.reply import KINDS
from chatbot.sanitise import CUT_NOTE, MAX_QUESTION_CHARS, clean

SANE_SECONDS = 2.0  # per call, even for 1 MB of text; the benchmark measures real speed

# Pieces that have broken chatbots before: escape sequences (colour, window title, cursor
# moves, C1 CSI), NUL and other controls, bidi overrides, zero-width and joiner characters,
# lone surrogates, emoji with modifiers, combining marks, and words the bot knows.
TRICKY = [
    "", " ", "\t", "\r\n", "\x00", "\x07", "\x08", "\x7f", "\x85", "\x9b31m", "\x1b", "\x1b[31m", "\x1b[0m",
    "\x1b]0;pwned\x07", "\x1b]8;;http://evil\x1b\\", "\x1b[2J\x1b[H", "\x1bc", "\x1b[", "\u202e", "\u200f",
    "\u2066", "\u200b", "\u200d", "\ufeff", "\u2028", "\ud800", "\udfff", "😀", "🦴", "👍🏽", "🏳️‍🌈", "é", "n\u0303",
    "\U000e0041", "\uf8ff", "what is avn?", "mri", "hip", "osteonecrosis", "1", "more", "thanks",
]  # fmt: skip
ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates included
MESSAGES = st.lists(st.sampled_from(TRICKY) | st.text(ANY_CHARACTER, max_size=12), max_size=8).map("".join)
MEGABYTE = 1_000_000


def made_up_word(n: int) -> str:
    """A six-letter word the bot has never seen, different for each n."""
    n = n * 7919 + 13
    return "".join(chr(ord("a") + (n // 26**i) % 26) for i in range(6))


def strings(value: Any) -> Iterator[str]:
    """Every string in a JSON-ready value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def unsafe(text: str, newlines: bool = True) -> list[str]:
    """Characters a terminal or a log could act on: controls (but newlines), format marks, surrogates."""
    allowed = "\n" if newlines else ""
    return [ch for ch in text if unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in allowed]


def assert_safe(reply: Reply) -> None:
    """A reply as every caller may rely on: well formed, JSON-ready, nothing raw from the user."""
    assert reply.kind in KINDS
    assert reply.text.strip()
    assert len(reply.question) <= MAX_QUESTION_CHARS
    assert not unsafe(reply.question, newlines=False)
    data = reply.to_dict()
    json.dumps(data, ensure_ascii=False).encode("utf-8")  # no lone surrogate anywhere
    for text in strings(data):
        assert not unsafe(text), repr(text)
    for passage in reply.passages:
        assert passage.text in reply.text


def timed(ask: Any, message: str) -> Reply:
    start = time.perf_counter()
    reply = ask(message)
    assert time.perf_counter() - start < SANE_SECONDS
    assert isinstance(reply, Reply)
    return reply


@settings(max_examples=150, deadline=None)
@given(message=MESSAGES)
def test_any_message_gets_a_safe_reply(bot: Chatbot, message: str) -> None:
    assert_safe(timed(bot.ask, message))


@settings(max_examples=40, deadline=None)
@given(messages=st.lists(MESSAGES, min_size=1, max_size=6))
def test_any_conversation_gets_safe_replies(bot: Chatbot, messages: list[str]) -> None:
    conversation = bot.conversation()
    for message in messages:
        assert_safe(timed(conversation.ask, message))


@settings(max_examples=40, deadline=None)
@given(message=MESSAGES)
def test_candidates_never_fail_either(bot: Chatbot, message: str) -> None:
    for match in bot.candidates(message):
        assert 0 <= match.confidence <= 1


@pytest.mark.parametrize(
    "message",
    [
        pytest.param("", id="empty"),
        pytest.param("   \t\n  ", id="whitespace"),
        pytest.param("\x00\x01\x02\x03", id="controls"),
        pytest.param("😀" * 50, id="emoji"),
        pytest.param("\ud800", id="lone-surrogate"),
        pytest.param("what is \udfff avn", id="surrogate-in-a-question"),
        pytest.param("\u202eavn si tahw", id="right-to-left-override"),
        pytest.param("\u200f\u200e\u2066", id="bidi-marks"),
        pytest.param("SO:0\rN:0", id="leading-words-inside-tokens"),  # "so 0 and 0": found by hypothesis
    ],
)
def test_odd_messages_get_an_ordinary_reply(bot: Chatbot, message: str) -> None:
    reply = bot.ask(message)
    assert_safe(reply)
    assert reply.kind in ("decline", "clarify", "smalltalk", "answer")


def test_a_question_wrapped_in_escape_sequences_is_still_answered_and_echoed_clean(bot: Chatbot) -> None:
    reply = bot.ask("\x1b[1m\x1b]0;owned\x07what is an \x1b[31mMRI\x1b[0m?\u202e\x00")
    assert reply.question == "what is an MRI?"
    assert reply.intent == "mri"
    assert "[31m" not in json.dumps(reply.to_dict())


def test_clean_removes_sequences_whole_and_keeps_the_words() -> None:
    assert clean("\x1b[31mred\x1b[0m and \x9b1mbold") == ("red and bold", False)
    assert clean("a\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\") == ("alink", False)
    assert clean("tab\tand\nnewline\u2028too") == ("tab and newline too", False)


def test_a_question_must_be_text(bot: Chatbot) -> None:
    with pytest.raises(TypeError, match="a question must be a str, not bytes"):
        bot.ask(b"what is avn")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "message",
    [
        pytest.param("a" * MEGABYTE),
        "what is osteonecrosis? " * (MEGABYTE // 23),
        "😀" * MEGABYTE,
        "\x00\x1b[31m" * (MEGABYTE // 6),
        " ".join(made_up_word(n) for n in range(MEGABYTE // 7)),  # every word needs typo fixing: the worst case
        "\u202e" * MEGABYTE + "what is avn",
    ],
    ids=["one-long-word", "a-question-repeated", "emoji", "escapes", "unknown-words", "rtl-then-question"],
)
def test_a_megabyte_message_is_cut_to_the_limit_and_answered_with_a_note(bot: Chatbot, message: str) -> None:
    reply = timed(bot.ask, message)
    assert_safe(reply)
    assert len(reply.question) <= MAX_QUESTION_CHARS
    assert reply.notes == [CUT_NOTE]
    assert_safe(timed(bot.conversation().ask, message))


@pytest.mark.parametrize("word", ["n", "and", "so", "but", "then", "ok"])
def test_a_message_of_one_linking_word_repeated_is_answered(bot: Chatbot, word: str) -> None:
    message = (f"{word} " * MAX_QUESTION_CHARS)[: MAX_QUESTION_CHARS - 7] + "thanks"  # (was a RecursionError)
    assert_safe(timed(bot.ask, message))
    assert_safe(timed(bot.conversation().ask, message))


def test_a_message_at_the_limit_is_read_whole(bot: Chatbot) -> None:
    message = ("my hip hurts and " * 100)[: MAX_QUESTION_CHARS - 1] + "?"
    reply = bot.ask(message)
    assert_safe(reply)
    assert reply.notes == []
    assert reply.question == message


def test_one_character_over_the_limit_gets_the_note(bot: Chatbot) -> None:
    reply = bot.ask(("my hip hurts and " * 100)[:MAX_QUESTION_CHARS] + "?")
    assert len(reply.question) <= MAX_QUESTION_CHARS
    assert reply.notes == [CUT_NOTE]
    assert reply.question.endswith("?")  # the end is kept: that is where a question usually is
    assert reply.notes[0].endswith("I read only its end.")  # what the user is told


def test_a_very_long_word_gets_a_reply(bot: Chatbot) -> None:
    assert_safe(bot.ask("what is " + "x" * 100 + " avn"))


@pytest.mark.parametrize(
    "before", ["which surgery is there besides ", "why not just ", "why can't they just do ", "what is that, "]
)
def test_a_long_word_after_a_set_phrase_is_read_in_sane_time(bot: Chatbot, before: str) -> None:
    # (a pattern that could cut one word into pieces every way took 51 s on this message)
    assert_safe(timed(bot.ask, before + "a" * 160 + " b c d e f g"))


# -- the command line ------------------------------------------------------------------------------
def test_the_cli_echoes_nothing_raw_and_never_shows_a_traceback() -> None:
    question = "\x1b]0;owned\x07\x1b[31mwhat is an MRI?\u202e"
    for extra in ([], ["--json"]):
        done = subprocess.run(
            [sys.executable, "-m", "chatbot", "ask", *extra, question],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        assert not unsafe(done.stdout), repr(done.stdout[:200])
    assert json.loads(done.stdout)["question"] == "what is an MRI?"


@pytest.mark.parametrize("message", ["print('hello world')", 'console.log("avn")', "<script>alert(1)</script>"])
def test_a_line_of_code_quotes_nothing(bot: Chatbot, message: str) -> None:
    assert bot.ask(message).passages == []  # "print" is no question about printing the page
