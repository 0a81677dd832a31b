"""Shared fixtures: one bundled knowledge base and one bot for the whole run (both are immutable)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot import Chatbot, KnowledgeBase, load

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load()


@pytest.fixture(scope="session")
def bot(kb: KnowledgeBase) -> Chatbot:
    return Chatbot(kb)


@pytest.fixture
def conversation(bot: Chatbot):  # type: ignore[no-untyped-def]
    return bot.conversation()
