"""The terminal chat: a prompt_toolkit session around ``commands.respond``.

Only ``chatbot`` on a terminal imports this module (prompt_toolkit is slow to import and writes
control sequences). Each prompt_toolkit concern is one small piece: the history, the completer,
the auto-suggestion, the toolbar and the session that puts them together; ``run`` is the loop.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.auto_suggest import AutoSuggest, AutoSuggestFromHistory
from prompt_toolkit.auto_suggest import Suggestion as GreySuggestion
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import ANSI
from prompt_toolkit.history import FileHistory, History, InMemoryHistory

from .bot import Chatbot
from .commands import COMMANDS, Outcome, respond
from .normalise import fold
from .render import MAX_WIDTH, Look, colour_wanted, render_greeting, render_notes
from .smalltalk import GOODBYE

PROMPT = "> "
TOOLBAR = " Tab: questions I know   Up: earlier ones   /help   Ctrl-D: quit "  # fits 80 columns


def open_history(path: str | None) -> History:
    """Questions stay in memory unless a file is named; a new file is readable by its owner alone."""
    if path is None:
        return InMemoryHistory()
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))  # questions about health are private
    os.chmod(path, 0o600)  # an existing file too: the README promises it is readable by its owner alone
    return FileHistory(path)


class QuestionCompleter(Completer):
    """Completes slash commands, and the questions the bot knows that contain the words typed so far."""

    def __init__(self, questions: Iterable[str]):
        self.questions = [(q, fold(q).split()) for q in questions]

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        text = document.text_before_cursor
        if text.lstrip().startswith("/"):
            typed = text.lstrip()
            for command in COMMANDS:
                if f"/{command.name}".startswith(typed):
                    yield Completion(f"/{command.name}", -len(text), display_meta=command.summary)
            return
        typed_words = fold(text).split()
        if not typed_words and not complete_event.completion_requested:
            return
        for question, question_words in self.questions:
            if all(any(w.startswith(t) for w in question_words) for t in typed_words):
                yield Completion(question, -len(text))


class QuestionSuggest(AutoSuggest):
    """Grey suggestion: an earlier question of this session, else a known question that starts alike."""

    def __init__(self, questions: Iterable[str]):
        self.questions = list(questions)
        self.history = AutoSuggestFromHistory()

    def get_suggestion(self, buffer: Buffer, document: Document) -> GreySuggestion | None:
        earlier = self.history.get_suggestion(buffer, document)
        if earlier is not None:
            return earlier
        text = document.text
        if not text.strip() or document.cursor_position < len(text):
            return None
        for question in self.questions:
            if len(question) > len(text) and question[: len(text)].casefold() == text.casefold():
                return GreySuggestion(question[len(text) :])
        return None


def build_session(bot: Chatbot, history_file: str | None = None) -> PromptSession[str]:
    """The prompt session: history, completion, grey suggestions and the toolbar."""
    questions = [intent.question for intent in bot.kb.intents]
    return PromptSession(
        PROMPT,
        history=open_history(history_file),
        completer=QuestionCompleter(questions),
        auto_suggest=QuestionSuggest(questions),
        complete_while_typing=True,
        bottom_toolbar=TOOLBAR,
    )


def look_of(session: PromptSession[str]) -> Look:
    """Wrap to the terminal's width (read each turn: it may have been resized); colour unless NO_COLOR."""
    width = min(session.output.get_size().columns - 1, MAX_WIDTH)
    return Look(width=max(width, 20), colour=colour_wanted())


def show(text: str) -> None:
    """Print rendered text (with its ANSI styles) through prompt_toolkit, then a blank line."""
    print_formatted_text(ANSI(text + "\n"))


def run(
    bot: Chatbot,
    history_file: str | None = None,
    *,
    session: PromptSession[str] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> int:
    """Chat until Ctrl-D or /quit. Ctrl-C clears the line. ``on_outcome`` sees every turn (for tests)."""
    session = session or build_session(bot, history_file)
    conversation = bot.conversation()
    show(render_greeting(bot.source, bot.starters(), look_of(session)))
    while True:
        try:
            line = session.prompt()
            look = look_of(session)
            outcome = respond(line, conversation, look)
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if not outcome.text and not outcome.quit:
            continue
        if on_outcome is not None:
            on_outcome(outcome)
        if outcome.reply is not None and outcome.reply.notes:
            show(render_notes(outcome.reply, look))
        if outcome.text:
            show(outcome.text)
        if outcome.quit:
            break
    show(GOODBYE)
    return 0
