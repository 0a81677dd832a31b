"""One Chatbot shared by many threads answers exactly as it does for one thread.

A web server or a chat platform's bot serves many users from one Chatbot: ``ask`` keeps no
state, and each user has their own Conversation. The bots here are made fresh, so that the
threads also race to fill the bot's caches (typo corrections, stems), where a shared mutable
helper would show. A tiny switch interval makes the threads interleave often.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest

from chatbot import Chatbot, KnowledgeBase
from chatbot.evaluate import load_items, load_turns

from .conftest import DATA

THREADS = 8
T = TypeVar("T")
# These tests found that Normaliser's one Snowball stemmer keeps the word being stemmed on the
# instance, so two threads stemming at once corrupted each other; normalise.py now locks it.


def dev_questions() -> list[str]:
    return [turn.q for turn in load_turns(DATA / "dev_questions.yaml")]


def dev_dialogues() -> list[list[str]]:
    return [[turn.q for turn in dialogue] for dialogue in load_items(DATA / "dev_dialogues.yaml")]


@contextmanager
def switching_often() -> Iterator[None]:
    """Make the interpreter switch threads every microsecond instead of every 5 ms."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def in_threads(work: Callable[[int], T]) -> list[T]:
    """Run ``work(0) ... work(THREADS - 1)`` in as many threads, started together."""
    start = threading.Barrier(THREADS)

    def run(n: int) -> T:
        start.wait()
        return work(n)

    with switching_often(), ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(run, range(THREADS)))


def rotated(items: list[T], n: int) -> list[tuple[int, T]]:
    """The items with their positions, starting at thread n's share, so threads ask different things at once."""
    offset = n * len(items) // THREADS
    numbered = list(enumerate(items))
    return numbered[offset:] + numbered[:offset]


def test_eight_threads_sharing_one_bot_get_the_replies_one_thread_gets(kb: KnowledgeBase) -> None:
    questions = dev_questions()
    expected = [reply.to_dict() for reply in map(Chatbot(kb).ask, questions)]
    shared = Chatbot(kb)

    def ask_all(n: int) -> dict[int, dict[str, Any]]:
        return {i: shared.ask(question).to_dict() for i, question in rotated(questions, n)}

    for answers in in_threads(ask_all):
        mismatched = [questions[i] for i, reply in answers.items() if reply != expected[i]]
        assert mismatched == []


def test_eight_threads_with_a_conversation_each_get_the_replies_one_thread_gets(kb: KnowledgeBase) -> None:
    dialogues = dev_dialogues()

    def talk(bot: Chatbot, turns: list[str]) -> list[dict[str, Any]]:
        conversation = bot.conversation()
        return [conversation.ask(turn).to_dict() for turn in turns]

    single = Chatbot(kb)
    expected = [talk(single, turns) for turns in dialogues]
    shared = Chatbot(kb)

    def talk_all(n: int) -> dict[int, list[dict[str, Any]]]:
        return {i: talk(shared, turns) for i, turns in rotated(dialogues, n)}

    for answers in in_threads(talk_all):
        mismatched = [dialogues[i][0] for i, replies in answers.items() if replies != expected[i]]
        assert mismatched == []


@pytest.mark.parametrize("misspelt", ["osteonecorsis", "avasculr", "decompresion", "arthroplsty"])
def test_threads_racing_to_correct_the_same_typo_agree(kb: KnowledgeBase, misspelt: str) -> None:
    question = f"what is {misspelt}"
    expected = Chatbot(kb).ask(question).to_dict()
    shared = Chatbot(kb)
    assert in_threads(lambda n: shared.ask(question).to_dict()) == [expected] * THREADS
