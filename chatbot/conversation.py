"""One user's conversation with the bot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .reply import Reply

if TYPE_CHECKING:
    from .bot import Chatbot


class Conversation:
    """One user's session with a Chatbot."""

    def __init__(self, bot: Chatbot):
        self.bot = bot

    def ask(self, message: str) -> Reply:
        """Answer the next message of this conversation."""
        return self.bot.ask(message)
