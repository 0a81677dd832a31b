"""An offline FAQ chatbot that answers with verbatim passages of one source document.

>>> from chatbot import Chatbot
>>> Chatbot().ask("what is avascular necrosis?").intent
'what_is'
"""

from .bot import Chatbot, Match
from .conversation import Conversation
from .errors import ChatbotError, KnowledgeBaseError
from .knowledge import Intent, KnowledgeBase, Passage, Source, load
from .reply import Reply, Suggestion

__all__ = [
    "Chatbot",
    "ChatbotError",
    "Conversation",
    "Intent",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Match",
    "Passage",
    "Reply",
    "Source",
    "Suggestion",
    "load",
]
__version__ = "0.1.0"
