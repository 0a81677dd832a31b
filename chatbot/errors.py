"""Typed errors raised by the chatbot library; the CLI turns them into one-line messages."""

from __future__ import annotations


class ChatbotError(Exception):
    """Base class of every error the chatbot library raises on purpose."""


class KnowledgeBaseError(ChatbotError):
    """A knowledge base that cannot be loaded: names the file, the line or intent, and the fix.

    >>> print(KnowledgeBaseError("kb.yaml", "passage 'x' is not in the source", line=12))
    kb.yaml, line 12: passage 'x' is not in the source
    """

    def __init__(self, path: str, problem: str, *, line: int | None = None, where: str | None = None):
        self.path = path
        self.problem = problem
        self.line = line
        self.where = where
        place = path
        if line is not None:
            place += f", line {line}"
        if where:
            place += f" ({where})"
        super().__init__(f"{place}: {problem}")
