"""Shared fixtures: one bundled knowledge base and one bot for the whole run (both are immutable)."""

from __future__ import annotations

import atexit
import functools
import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from chatbot import Chatbot, KnowledgeBase, load
from chatbot.evaluate import load_turns

DATA = Path(__file__).parent / "data"

# The tests (and the programs they start) keep their prepared knowledge bases out of the user's
# cache, in a folder removed when the run ends.
os.environ["CHATBOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="chatbot-test-cache-")
os.environ.pop("CHATBOT_NO_CACHE", None)  # the cache tests need the cache, whatever the shell says
atexit.register(shutil.rmtree, os.environ["CHATBOT_CACHE_DIR"], ignore_errors=True)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load()


@pytest.fixture(scope="session")
def bot(kb: KnowledgeBase) -> Chatbot:
    return Chatbot(kb)


@pytest.fixture
def conversation(bot: Chatbot):  # type: ignore[no-untyped-def]
    return bot.conversation()


# Questions that have made the bundled bot unsure; with the labelled questions of tests/data, the
# first that still does is used (the matcher is tuned often; what makes it unsure changes).
UNSURE = [
    "My surgeon wants to do a core decompression and then pack bone into the holes. Will that bone come from "
    "me, from a donor, or is it something artificial, and what is the graft meant to do?",
    "what blood tests diagnose avascular necrosis",
    "the x ray is giving radiation to my body?",
    "can osteonecrosis come back after surgery",
    "what is a bone graft made off",
    "waht is avn",
    "Why does it matter to catch osteonecrosis early?",
    "is it possible the doctors find no reason at all for the necrosis?",
    "can you give me general informations about the avascular necrosis",
]


@functools.cache  # the bot is shared by the whole test session
def unsure_question(bot: Chatbot, after: tuple[str, ...] = ()) -> str:
    """A question that makes the bot list numbered suggestions (in a conversation, after ``after``)."""
    files = sorted(DATA.glob("dev_questions*.yaml"))
    labelled = (turn.q for path in files for turn in load_turns(path))  # read only if needed
    for question in itertools.chain(UNSURE, labelled):
        conversation = bot.conversation()
        for earlier in after:
            conversation.ask(earlier)
        if conversation.ask(question).kind == "clarify":
            return str(question)
    pytest.fail("no known question makes the bot ask 'did you mean' any more; add one to UNSURE")
