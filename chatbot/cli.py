"""The ``chatbot`` command: parse options, call the library, print, and exit with a documented code.

Exit codes: 0 done (answered); 1 not answered (declined or unsure, nothing found, a bad batch
line); 2 usage error; 3 a file could not be used (knowledge base, batch, eval or history file);
130 interrupted by Ctrl-C; 141 output closed early (``| head``); 70 an internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys
from collections.abc import Iterator
from typing import IO, Any, TypeVar

from .bot import Chatbot
from .commands import respond
from .errors import ChatbotError
from .render import Look, colour_wanted, render_matches, render_notes, render_passages, render_topics
from .sanitise import clean

OK, NOT_ANSWERED, USAGE, BAD_FILE, INTERNAL, INTERRUPTED, CLOSED = 0, 1, 2, 3, 70, 130, 141
_T = TypeVar("_T")
COMMANDS = ("chat", "ask", "batch", "topics", "show", "search", "eval")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    argv = _with_command(sys.argv[1:] if argv is None else argv)
    if argv[0] not in (*COMMANDS, "-h", "--help", "--version"):
        import shlex  # only for this message: not worth every start's import time

        words = clean(" ".join(argv), limit=200, keep_end=False)[0]
        return _fail(
            f"{argv[0]!r} is not a command (see chatbot --help); to ask a question: chatbot ask {shlex.quote(words)}",
            USAGE,
        )
    args = _parser().parse_args(argv)
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        return _fail("standard output is closed; nothing can be printed", CLOSED)
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]  # a non-UTF-8 terminal
    try:
        code: int = args.run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _closed_output()
    except ChatbotError as exc:
        return _fail(str(exc), BAD_FILE)
    except OSError as exc:
        return _fail(f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc), BAD_FILE)
    except KeyboardInterrupt:
        return _fail("interrupted", INTERRUPTED)
    except Exception as exc:
        if os.environ.get("CHATBOT_DEBUG"):
            raise
        return _fail(f"internal error ({type(exc).__name__}: {exc}); please report it", INTERNAL)


def _with_command(argv: list[str]) -> list[str]:
    """The command first: ``chatbot --kb X ask Q`` is ``chatbot ask --kb X Q``; with no command, ``chat``."""
    if argv and argv[0] in ("-h", "--help", "--version"):
        return argv
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] in _VALUED else 1
    if i < len(argv) and argv[i] in COMMANDS:
        return [argv[i], *argv[:i], *argv[i + 1 :]]
    return ["chat", *argv] if i == len(argv) or i > 0 else argv


_VALUED = ("--kb", "--history", "--top")  # options that take the next word as their value


def _fail(message: str, code: int) -> int:
    """One line on stderr, with nothing of the user's input raw (no escape sequences)."""
    print(f"chatbot: {clean(message, limit=2000, keep_end=False)[0]}", file=sys.stderr)
    return code


def _closed_output() -> int:
    """The reader went away (``| head``): stop quietly, and keep Python from complaining at exit."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return CLOSED


# -- the parser ------------------------------------------------------------------------------
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chatbot",
        description="Answers questions about one document with its own words, quoted and attributed.",
        epilog="With no command, chats. Exit codes: 0 answered, 1 not answered (declined, unsure, nothing "
        "found, a bad batch line), 2 usage error, 3 a file could not be used, 70 internal error, 130 Ctrl-C, "
        "141 output closed early.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    kb = argparse.ArgumentParser(add_help=False)
    kb.add_argument("--kb", metavar="PATH", help="use this knowledge base (intents.yaml) instead of the bundled one")
    js = argparse.ArgumentParser(add_help=False)
    js.add_argument("--json", action="store_true", help="print JSON instead of text")

    def command(name: str, run: Any, help: str, json: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[kb, js] if json else [kb], help=help, description=help)
        p.set_defaults(run=run)
        return p

    chat = command("chat", _chat, "chat in the terminal (the default); questions on stdin get plain answers", False)
    chat.add_argument("--history", metavar="FILE", help="keep the questions you type in FILE (private to you)")
    ask = command("ask", _ask, "answer one question (exit code 1 when the bot does not answer it)")
    ask.add_argument("question", metavar="QUESTION")
    ask.add_argument("--top", type=_positive, metavar="N", help="list the N best candidate intents instead")
    batch = command("batch", _batch, "answer one question per line (text or JSON lines); one JSON result per line")
    batch.add_argument("file", metavar="FILE", nargs="?", help="questions file (default: stdin)")
    command("topics", _topics, "list every question the bot answers, by section")
    show = command("show", _show, "print one intent's passages and source")
    show.add_argument("intent", metavar="INTENT", help="an intent id, as `chatbot topics` lists them")
    search = command("search", _search, "find the passages that mention a word or phrase (typos forgiven)")
    search.add_argument("words", metavar="WORDS", nargs="+")
    ev = command("eval", _eval, "score the bot on labelled question and dialogue files")
    ev.add_argument("files", metavar="FILE", nargs="+")
    ev.add_argument(
        "--baseline", action="store_true", help="score plain rapidfuzz matching instead, to see what the matcher gains"
    )
    ev.add_argument(
        "--perturb",
        type=_perturbations,
        metavar="KINDS",
        help="also re-ask every item changed as people type (all, or some by name, comma-separated: an unknown "
        "name lists them) and print how many right answers stay right",
    )
    return parser


def _perturbations(text: str) -> list[str]:
    from .robustness import PERTURBATIONS

    asked = [n.strip() for n in text.split(",") if n.strip()]
    names = list(PERTURBATIONS) if "all" in asked else list(dict.fromkeys(asked))
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown or not names:
        choices = ",".join(PERTURBATIONS)
        found = f"unknown {', '.join(map(repr, unknown))}" if unknown else "no kind given"
        raise argparse.ArgumentTypeError(f"{found}; choose all or {choices}")
    return names


def _positive(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _version() -> str:
    from . import __version__

    return __version__


# -- helpers ---------------------------------------------------------------------------------
def _bot(args: argparse.Namespace) -> Chatbot:
    return Chatbot.from_file(args.kb) if args.kb else Chatbot()


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _terminal_look() -> Look:
    """Colour on a terminal (never with NO_COLOR); no wrapping, so text pastes cleanly."""
    return Look(colour=colour_wanted(sys.stdout.isatty()))


def _note(text: str) -> None:
    if text:
        print(text, file=sys.stderr)


def _stdin() -> IO[bytes]:
    """Standard input as bytes (each line is decoded on its own); nothing if it was closed (`<&-`)."""
    return sys.stdin.buffer if sys.stdin is not None else io.BytesIO()


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each line; text is None for a line that is not UTF-8."""
    for number, raw in enumerate(stream, 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None
            continue
        yield number, text.removeprefix("\ufeff").rstrip("\r\n")


# -- the commands ----------------------------------------------------------------------------
def _chat(args: argparse.Namespace) -> int:
    bot = _bot(args)
    if sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty():
        from .repl import run  # prompt_toolkit only for a person at a terminal

        return run(bot, args.history)
    return _chat_lines(bot, _stdin())


def _chat_lines(bot: Chatbot, stream: IO[bytes]) -> int:
    """Questions from a pipe: plain answers, a blank line between them, no prompt."""
    conversation, look = bot.conversation(), Look()
    code, first = OK, True
    for number, line in _lines(stream):
        if line is None:
            code = _fail(f"line {number} is not UTF-8 text; skipped it", NOT_ANSWERED)
            continue
        outcome = respond(line, conversation, look)
        if outcome.reply is not None:
            _note(render_notes(outcome.reply, look))
        if outcome.text:
            _out(outcome.text if first else "\n" + outcome.text)
            sys.stdout.flush()
            first = False
        if outcome.quit:
            break
    return code


def _ask(args: argparse.Namespace) -> int:
    bot = _bot(args)
    if args.top:
        matches = bot.candidates(args.question, limit=args.top)
        if args.json:
            _out(json.dumps([m.to_dict() for m in matches]))
        elif matches:
            _out(render_matches(matches))
        else:
            _note("No intent matches that question.")
        return OK if matches else NOT_ANSWERED
    reply = bot.ask(args.question)
    if args.json:
        _out(json.dumps(reply.to_dict()))
    else:
        _note(render_notes(reply, Look()))
        _out(reply.text)
    return OK if reply.answered else NOT_ANSWERED


def _batch(args: argparse.Namespace) -> int:
    bot = _bot(args)
    failed, done, guard = False, 0, _StopBetweenLines()
    with contextlib.ExitStack() as stack:
        stream = stack.enter_context(open(args.file, "rb")) if args.file not in (None, "-") else _stdin()
        lines = _lines(stream)
        stack.enter_context(guard)
        while not guard.stopped and (item := guard.read(lines)) is not None:
            done, line = item
            result = _batch_result(bot, done, line)
            _out(json.dumps(result))
            sys.stdout.flush()
            failed = failed or "error" in result
    if guard.stopped:
        done_text = f"after line {done}; every line up to it has its result" if done else "before the first line"
        return _fail(f"interrupted {done_text}", INTERRUPTED)
    return NOT_ANSWERED if failed else OK


def _batch_result(bot: Chatbot, number: int, line: str | None) -> dict[str, Any]:
    """The JSON result for one line: the reply's fields, or an error for that line alone."""
    if line is None:
        return {"line": number, "id": None, "error": "the line is not UTF-8 text"}
    item_id, question, problem = _batch_item(line)
    if problem:
        return {"line": number, "id": item_id, "error": problem}
    try:
        return {"line": number, "id": item_id, **bot.ask(question).to_dict()}
    except Exception as exc:  # one bad line must not stop the batch
        return {"line": number, "id": item_id, "error": f"internal error ({type(exc).__name__}); please report it"}


def _batch_item(line: str) -> tuple[Any, str, str]:
    """(id, question, problem) from a text line or a JSON line ``{"id": ..., "question": ...}``."""
    if not line.lstrip().startswith("{"):
        return None, line, "" if line.strip() else "the line is empty"
    try:
        item = json.loads(line)
    except ValueError as exc:
        return None, "", f"invalid JSON: {exc}"
    if not isinstance(item, dict):
        return None, "", 'a JSON line must be an object like {"id": 1, "question": "..."}'
    question = item.get("question")
    if not isinstance(question, str) or not question.strip():
        return item.get("id"), "", 'the JSON object needs "question": a non-empty text'
    return item.get("id"), question, ""


class _StopBetweenLines:
    """Ctrl-C during batch stops it between lines: the line being answered is finished and written.

    While it waits for the next line, Ctrl-C stops it at once (nothing is half done then).
    """

    def __init__(self) -> None:
        self.stopped = False
        self._reading = False
        self._previous: Any = None

    def __enter__(self) -> _StopBetweenLines:
        with contextlib.suppress(ValueError):  # not the main thread: keep the default behaviour
            self._previous = signal.signal(signal.SIGINT, self._interrupt)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _interrupt(self, signum: int, frame: object) -> None:
        self.stopped = True
        if self._reading:
            raise KeyboardInterrupt

    def read(self, lines: Iterator[_T]) -> _T | None:
        """The next item, or None at the end or when Ctrl-C came while waiting for it."""
        self._reading = True
        try:
            return None if self.stopped else next(lines, None)
        except KeyboardInterrupt:
            return None
        finally:
            self._reading = False


def _topics(args: argparse.Namespace) -> int:
    groups = _bot(args).topics()
    if args.json:
        listing = [
            {"section": section, "intents": [{"id": i.id, "question": i.question} for i in intents]}
            for section, intents in groups
        ]
        _out(json.dumps(listing))
    else:
        _out(render_topics(groups, _terminal_look(), ids=True))
    return OK


def _show(args: argparse.Namespace) -> int:
    bot = _bot(args)
    ids = [intent.id for intent in bot.kb.intents]
    if args.intent not in ids:
        import difflib

        close = difflib.get_close_matches(args.intent, ids, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        return _fail(f"no intent {args.intent!r}{hint} (`chatbot topics` lists them)", USAGE)
    reply = bot.answer(bot.intent(args.intent).question, args.intent)
    _out(json.dumps(reply.to_dict()) if args.json else reply.text)
    return OK


def _search(args: argparse.Namespace) -> int:
    from .search import search

    bot, query = _bot(args), " ".join(args.words)
    result = search(bot, query)
    if not result.words:
        return _fail(f"give a word to search for, not {query!r}", USAGE)
    if args.json:
        _out(json.dumps(result.to_dict()))
    elif result.hits:
        if result.corrections:
            _note(f"(searched for: {' '.join(result.words)})")
        passages = [hit.passage for hit in result.hits]
        _out(render_passages(passages, bot.source, _terminal_look(), [hit.spans for hit in result.hits]))
    else:
        _note(f"No passage mentions {' '.join(result.words)!r}.")
    return OK if result.hits else NOT_ANSWERED


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import Answerer, evaluate, format_report, load_items

    items = [item for path in args.files for item in load_items(path)]
    bot = _bot(args)
    answerer: Answerer = bot
    if args.baseline:
        from .baseline import Baseline

        answerer = Baseline(bot)
    report = evaluate(answerer, items)
    kept = []
    if args.perturb:
        from .robustness import robustness

        kept = robustness(answerer, items, args.perturb, right=[o.right for o in report.outcomes])
    if args.json:
        data = report.to_dict()
        if args.perturb:
            data["robustness"] = {k.name: {"kept": k.kept, "of": k.of, "share": k.share} for k in kept}
        _out(json.dumps(data))
    else:
        from .robustness import format_robustness

        _out(format_report(report) + ("\n\n" + format_robustness(kept) if kept else ""))
    return OK
