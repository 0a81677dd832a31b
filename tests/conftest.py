"""Shared fixtures: one bundled knowledge base and one bot for the whole run (both are immutable)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from chatbot import Chatbot, KnowledgeBase, load

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
