"""The README's sample session is replayed, so it can never describe a bot we no longer have."""

from __future__ import annotations

import re
from pathlib import Path

from chatbot import Chatbot

README = Path(__file__).parent.parent / "README.md"


def sample_turns() -> list[tuple[str, str]]:
    """(what the user typed, what the README shows the bot answering), in order."""
    session = README.read_text(encoding="utf-8").split("A sample session:", 1)[1].split("```text\n", 1)[1]
    session = session.split("```", 1)[0]
    turns = re.split(r"^> (.*)$", session, flags=re.M)[1:]
    return [(typed, shown) for typed, shown in zip(turns[::2], turns[1::2], strict=True) if not typed.startswith("/")]


def test_the_readme_sample_session_is_what_the_bot_says(bot: Chatbot) -> None:
    conversation = bot.conversation()
    turns = sample_turns()
    assert len(turns) >= 3
    for typed, shown in turns:
        assert " ".join(conversation.ask(typed).text.split()) == " ".join(shown.split()), typed
