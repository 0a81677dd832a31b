"""End to end: the real program on a pseudo-terminal, used as a person would."""

from __future__ import annotations

import os
import re
import sys
from typing import Any

import pytest

from chatbot import Chatbot

from .conftest import unsure_question

pexpect = pytest.importorskip("pexpect")

TIMEOUT = 30  # seconds per step: generous, for a slow CI machine
FIRST = "how is avascular necrosis treated"


def said(text: str) -> str:
    """A pattern for text as the chat shows it: wrapped to the terminal, so any spaces may be a line break."""
    return r"\s+".join(re.escape(word) for word in text.split())


def ctrl_d_until_goodbye(child: Any) -> None:
    """Press Ctrl-D; again if it came before the prompt was ready (the terminal then swallows it)."""
    for _ in range(TIMEOUT):
        child.sendcontrol("d")
        if child.expect(["Goodbye", pexpect.TIMEOUT], timeout=1) == 0:
            return
    raise AssertionError("Ctrl-D did not end the chat")


def test_a_chat_on_a_terminal(bot: Chatbot) -> None:
    unsure = unsure_question(bot, after=(FIRST,))  # the second question
    conversation = bot.conversation()
    heading = conversation.ask(FIRST).passages[0].heading
    offered = conversation.ask(unsure).suggestions
    picked = conversation.ask("1")
    assert (picked.kind, picked.intent) == ("answer", offered[0].intent)
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1", "TERM": "xterm"}
    child = pexpect.spawn(
        sys.executable, ["-m", "chatbot"], env=env, encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 120)
    )
    try:
        child.expect(said("quoted word for word from"))
        child.expect(said("I don't give medical advice"))
        child.expect(said("/help for commands"))
        child.sendline(FIRST)
        child.expect(said(heading))
        child.expect("Source: ")
        child.sendline(unsure)
        child.expect(said(f"1. {offered[0].question}"))
        child.expect(said(f"{len(offered)}. {offered[-1].question}"))
        child.sendline("1")
        child.expect(said(picked.passages[0].heading))
        child.expect(said(" ".join(picked.passages[0].text.split()[:8])))
        child.expect("Source: ")
        child.sendline("/topics")
        child.expect(said("I can answer these questions"))
        child.expect(said("What is an osteotomy?"))
        child.expect(said(bot.topics()[-1][1][-1].question))
        ctrl_d_until_goodbye(child)
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
