"""The terminal chat, driven through prompt_toolkit's pipe input; assertions are on replies."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from chatbot import Chatbot, Conversation, Reply
from chatbot.commands import SORRY, Outcome, respond
from chatbot.render import Look
from chatbot.repl import QuestionCompleter, build_session, run

from .conftest import unsure_question

CTRL_C, CTRL_D = "\x03", "\x04"

Chat = Callable[..., tuple[int, list[Outcome]]]


@pytest.fixture
def chat(bot: Chatbot) -> Iterator[Chat]:
    """Type ``keys`` into a real prompt session; returns the exit code and every outcome."""

    def type_keys(keys: str, history_file: str | None = None) -> tuple[int, list[Outcome]]:
        outcomes: list[Outcome] = []
        with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
            pipe.send_text(keys)
            session = build_session(bot, history_file)
            code = run(bot, session=session, on_outcome=outcomes.append)
            chat.session = session  # type: ignore[attr-defined]
        return code, outcomes

    chat = type_keys
    yield chat


def replies(outcomes: list[Outcome]) -> list[Reply]:
    return [o.reply for o in outcomes if o.reply is not None]


def test_questions_get_the_replies_the_bot_gives(chat: Chat, bot: Chatbot) -> None:
    code, outcomes = chat("what is osteonecrosis?\nwhat is an osteotomy\n" + CTRL_D)
    assert code == 0
    assert [r.intent for r in replies(outcomes)] == [bot.ask("what is osteonecrosis?").intent, "osteotomy"]
    assert replies(outcomes)[1].text == bot.ask("what is an osteotomy").text


def test_commands_run_and_quit_ends_the_chat(chat: Chat) -> None:
    code, outcomes = chat("/help\n/topics\n/source\n/quit\nwhat is avn\n")
    assert code == 0
    assert [o.reply for o in outcomes] == [None] * 4
    assert "/topics" in outcomes[0].text and "/quit" in outcomes[0].text
    assert "What is an osteotomy?" in outcomes[1].text
    assert "Radiological Society of North America" in outcomes[2].text and "Disclaimer" in outcomes[2].text
    assert outcomes[3].quit


def test_unknown_command_gets_the_nearest_one(chat: Chat) -> None:
    _, outcomes = chat("/topcis\n" + CTRL_D)
    assert (
        " ".join(outcomes[0].text.split())
        == "I don't know the command /topcis. Did you mean /topics? Type /help to see the commands."
    )


def test_an_unknown_command_is_never_echoed_raw(conversation: Conversation) -> None:
    outcome = respond("/\x1b[31mzz\x07", conversation, Look())
    assert outcome.text == "I don't know the command /zz. Type /help to see the commands."


def test_ctrl_c_clears_the_line_and_the_chat_goes_on(chat: Chat) -> None:
    code, outcomes = chat("half a quest" + CTRL_C + "what is an osteotomy\n" + CTRL_D)
    assert code == 0
    assert [r.question for r in replies(outcomes)] == ["what is an osteotomy"]


def test_ctrl_d_leaves_at_once(chat: Chat) -> None:
    assert chat(CTRL_D) == (0, [])


def test_blank_lines_are_ignored(chat: Chat) -> None:
    assert chat("\n   \n" + CTRL_D) == (0, [])


def test_history_stays_in_memory_by_default(chat: Chat, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    chat("what is avn\n/topics\n" + CTRL_D)
    session = chat.session  # type: ignore[attr-defined]
    assert isinstance(session.history, InMemoryHistory)
    assert list(session.history.get_strings()) == ["what is avn", "/topics"]
    assert list(tmp_path.iterdir()) == []


def test_history_file_is_private_to_the_owner(chat: Chat, tmp_path: Path) -> None:
    path = tmp_path / "history"
    chat("what is avn\n" + CTRL_D, history_file=str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "+what is avn" in path.read_text()
    chat("steroids\n" + CTRL_D, history_file=str(path))
    assert list(chat.session.history.get_strings()) == ["what is avn", "steroids"]  # type: ignore[attr-defined]


def test_an_existing_history_file_is_made_private(chat: Chat, tmp_path: Path) -> None:
    path = tmp_path / "history"
    path.write_text("")
    path.chmod(0o644)
    chat("what is avn\n" + CTRL_D, history_file=str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_bye_leaves_the_chat(chat: Chat) -> None:
    code, outcomes = chat("bye\nwhat is avn\n")
    assert code == 0
    assert replies(outcomes) == []  # it left before the next question


def test_unsure_reply_lists_numbered_suggestions(chat: Chat, bot: Chatbot) -> None:
    question = unsure_question(bot)
    _, outcomes = chat(question + "\n" + CTRL_D)
    reply = replies(outcomes)[0]
    assert reply.kind == "clarify"
    for number, suggestion in enumerate(reply.suggestions, 1):
        assert f"{number}. {suggestion.question}" in reply.text


def test_typing_a_number_or_words_picks_a_suggestion(chat: Chat, bot: Chatbot) -> None:
    question = unsure_question(bot)
    offered = bot.conversation().ask(question).suggestions
    others = offered[1].question.lower().split()
    words = " ".join(w for w in offered[0].question.split() if w.lower() not in others)  # its own words
    assert words
    _, by_number = chat(f"{question}\n2\n" + CTRL_D)
    _, by_words = chat(f"{question}\n{words}\n" + CTRL_D)
    assert (replies(by_number)[1].kind, replies(by_number)[1].intent) == ("answer", offered[1].intent)
    assert (replies(by_words)[1].kind, replies(by_words)[1].intent) == ("answer", offered[0].intent)


def test_a_bug_in_one_turn_gives_one_apology_and_the_chat_goes_on(
    chat: Chat, bot: Chatbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    original = Conversation.ask

    def broken_once(self: Conversation, message: str) -> Reply:
        calls.append(message)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return original(self, message)

    monkeypatch.setattr("chatbot.conversation.Conversation.ask", broken_once)
    code, outcomes = chat("what is avn\nwhat is an osteotomy\n" + CTRL_D)
    assert code == 0
    assert outcomes[0] == Outcome(SORRY)
    assert replies(outcomes)[0].intent == "osteotomy"


def test_bare_help_and_exit_are_commands_too(conversation: Conversation) -> None:
    assert respond("exit", conversation, Look()).quit
    assert respond("Quit", conversation, Look()).quit
    assert respond("help", conversation, Look()).text.startswith("Type a question")


def completions(bot: Chatbot, text: str, tab: bool = False) -> list[str]:
    completer = QuestionCompleter(i.question for i in bot.kb.intents)
    event = CompleteEvent(completion_requested=tab)
    return [c.text for c in completer.get_completions(Document(text), event)]


def test_completion_offers_known_questions_with_the_words_typed(bot: Chatbot) -> None:
    assert completions(bot, "how is osteo") == ["How is osteonecrosis diagnosed?", "How is osteonecrosis treated?"]
    assert completions(bot, "graft") == ["What is a bone graft?"]
    assert completions(bot, "") == []
    assert len(completions(bot, "", tab=True)) == len(bot.kb.intents)


def test_completion_offers_commands_after_a_slash(bot: Chatbot) -> None:
    assert completions(bot, "/") == ["/help", "/topics", "/source", "/quit"]
    assert completions(bot, "/t") == ["/topics"]


def test_grey_suggestion_finishes_a_known_question(bot: Chatbot) -> None:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        session = build_session(bot)
        buffer = session.default_buffer
        assert session.auto_suggest is not None
        suggestion = session.auto_suggest.get_suggestion(buffer, Document("what is an os"))
        assert suggestion is not None and suggestion.text == "teotomy?"
        assert session.auto_suggest.get_suggestion(buffer, Document("zebra")) is None
