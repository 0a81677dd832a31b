"""One turn of the chat: a slash command from the registry, or a message for the conversation.

Shared by the terminal chat and the line-by-line (piped) chat, so both answer alike. Nothing here
imports prompt_toolkit or prints: a turn gives back an ``Outcome`` to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .render import Look, render_reply, render_source, render_topics, wrap
from .sanitise import clean

if TYPE_CHECKING:
    from .bot import Chatbot
    from .conversation import Conversation
    from .reply import Reply

SORRY = "Sorry, something went wrong with that message. Please try again, or ask in other words."


@dataclass(frozen=True)
class Outcome:
    """What one turn gives back: text to show, the bot's reply if it was asked, and whether to leave."""

    text: str
    reply: Reply | None = None
    quit: bool = False


@dataclass(frozen=True)
class Command:
    """A slash command: its name, a one-line summary for /help, and what it does."""

    name: str
    summary: str
    run: Callable[[Chatbot, Look], Outcome]
    aliases: tuple[str, ...] = ()


def _help(bot: Chatbot, look: Look) -> Outcome:
    pad = max(len(c.name) for c in COMMANDS) + 1
    lines = ["Type a question in your own words, or one of these commands:"]
    lines += [f"  /{c.name:<{pad}} {c.summary}" for c in COMMANDS]
    lines += [
        "When I'm not sure what you mean, I list numbered questions: type the number, or a few of its "
        "words, to pick one.",
        "Tab lists the questions I know that have the words you typed; the right arrow takes the grey "
        "text; the up arrow brings back your earlier questions.",
    ]
    return Outcome(wrap("\n".join(lines), look))


def _topics(bot: Chatbot, look: Look) -> Outcome:
    lead = wrap("I can answer these questions, in your own words too:", look)
    return Outcome(lead + "\n\n" + render_topics(bot.topics(), look))


def _source(bot: Chatbot, look: Look) -> Outcome:
    return Outcome(render_source(bot.source, look))


def _quit(bot: Chatbot, look: Look) -> Outcome:
    return Outcome("", quit=True)


COMMANDS: tuple[Command, ...] = (
    Command("help", "what you can type here", _help),
    Command("topics", "the questions I can answer", _topics),
    Command("source", "where my answers come from: attribution, disclaimer, copyright", _source),
    Command("quit", "leave the chat (Ctrl-D also leaves)", _quit, aliases=("exit", "bye", "goodbye", "q")),
)
# Typed without the slash, these words still mean the command: people type them to get out or get help.
# (Not "q", which could be the start of a question.)
BARE_WORDS = {
    word: c.name for c in COMMANDS if c.name in ("help", "quit") for word in (c.name, *c.aliases) if word != "q"
}


def find(name: str) -> Command | None:
    """The command called ``name`` (without the slash), by name or alias."""
    name = name.lower()
    return next((c for c in COMMANDS if name == c.name or name in c.aliases), None)


def nearest(name: str) -> Command | None:
    """The command whose name is closest to a mistyped one, if any is close."""
    import difflib  # only for the rare unknown command

    names = {alias: c for c in COMMANDS for alias in (c.name, *c.aliases)}
    close = difflib.get_close_matches(name.lower(), list(names), n=1, cutoff=0.5)
    if not close:
        close = [n for n in names if n.startswith(name.lower()[:1])][:1] if name else []
    return names[close[0]] if close else None


def is_command(line: str) -> bool:
    """Whether a line is a command rather than a message for the bot."""
    line = line.strip()
    return line.startswith("/") or line.lower() in BARE_WORDS


def run_command(line: str, bot: Chatbot, look: Look) -> Outcome:
    """Run a command line (``/topics``); an unknown one gets the nearest command suggested."""
    line = line.strip()
    if line.startswith("/"):
        name = line[1:].split(maxsplit=1)[0] if line[1:].strip() else ""
    else:
        name = BARE_WORDS.get(line.lower(), "")
    command = find(name)
    if command is not None:
        return command.run(bot, look)
    shown = clean(line.split(maxsplit=1)[0], limit=40, keep_end=False)[0]  # never echo control characters
    guess = nearest(name)
    hint = f" Did you mean /{guess.name}?" if guess else ""
    return Outcome(wrap(f"I don't know the command {shown}.{hint} Type /help to see the commands.", look))


def respond(line: str, conversation: Conversation, look: Look) -> Outcome:
    """One turn: run a command, or ask the conversation and render its reply.

    A bug in one turn gives one apologetic line instead of a traceback, and the chat goes on.
    """
    if not line.strip():
        return Outcome("")
    try:
        if is_command(line):
            return run_command(line, conversation.bot, look)
        reply = conversation.ask(line)
        return Outcome(render_reply(reply, look), reply)
    except Exception:  # the chat must outlive a bug in one turn
        return Outcome(SORRY)
