"""The ``chatbot`` command line, run as a real program: exact output, JSON and exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from chatbot import Chatbot
from chatbot.evaluate import evaluate, format_report, load_items
from chatbot.knowledge import BUNDLED_KB
from chatbot.render import Look, render_matches, render_passages
from chatbot.search import search

from .conftest import unsure_question


def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "chatbot", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def out(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8")


def err(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8")


def json_lines(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out(result).splitlines()]


# -- ask -----------------------------------------------------------------------------------------
def test_ask_prints_the_reply_text_and_exits_0_when_answered(bot: Chatbot) -> None:
    result = run("ask", "what is osteonecrosis")
    assert (result.returncode, out(result), err(result)) == (0, bot.ask("what is osteonecrosis").text + "\n", "")


def test_ask_json_is_exactly_the_reply_dict(bot: Chatbot) -> None:
    result = run("ask", "how do they diagnose AVN?", "--json")
    assert result.returncode == 0
    assert out(result) == json.dumps(bot.ask("how do they diagnose AVN?").to_dict()) + "\n"


def test_ask_exits_1_when_the_bot_declines(bot: Chatbot) -> None:
    result = run("ask", "how much does the surgery cost", "--json")
    assert result.returncode == 1
    assert json.loads(out(result)) == bot.ask("how much does the surgery cost").to_dict()
    assert json.loads(out(result))["kind"] == "decline"


def test_ask_exits_1_when_the_bot_is_unsure(bot: Chatbot) -> None:
    question = unsure_question(bot)
    result = run("ask", question)
    assert (result.returncode, out(result)) == (1, bot.ask(question).text + "\n")


def test_ask_top_lists_candidates(bot: Chatbot) -> None:
    plain, as_json = run("ask", "surgery", "--top", "3"), run("ask", "surgery", "--top", "3", "--json")
    matches = bot.candidates("surgery", limit=3)
    assert (plain.returncode, out(plain)) == (0, render_matches(matches) + "\n")
    assert json.loads(out(as_json)) == [m.to_dict() for m in matches]
    assert len(matches) == 3


def test_ask_never_echoes_escape_sequences() -> None:
    result = run("ask", "\x1b[2J\x1b]0;pwned\x07what is an osteotomy", "--json")
    assert json.loads(out(result))["question"] == "what is an osteotomy"
    assert b"\x1b" not in result.stdout + result.stderr


# -- topics, show, search ------------------------------------------------------------------------
def test_topics_json_and_text(bot: Chatbot) -> None:
    data = json.loads(out(run("topics", "--json")))
    assert data == [
        {"section": section, "intents": [{"id": i.id, "question": i.question} for i in intents]}
        for section, intents in bot.topics()
    ]
    text = out(run("topics"))
    assert "  osteotomy" in text and "What is an osteotomy?" in text
    assert text.splitlines()[0] == bot.topics()[0][0]


def test_show_prints_one_intent_and_its_source(bot: Chatbot) -> None:
    expected = bot.answer(bot.intent("mri").question, "mri")
    assert out(run("show", "mri")) == expected.text + "\n"
    assert json.loads(out(run("show", "mri", "--json"))) == expected.to_dict()


def test_show_unknown_intent_is_a_usage_error_with_a_hint() -> None:
    result = run("show", "osteotmy")
    assert result.returncode == 2
    assert err(result) == "chatbot: no intent 'osteotmy'; did you mean osteotomy? (`chatbot topics` lists them)\n"


def test_search_prints_passages_and_attribution(bot: Chatbot) -> None:
    result = run("search", "crutches")
    found = search(bot, "crutches")
    assert (result.returncode, err(result)) == (0, "")
    assert out(result) == render_passages([h.passage for h in found.hits], bot.source, Look()) + "\n"


def test_search_json_and_typo_note(bot: Chatbot) -> None:
    result = run("search", "steriods", "--json")
    assert json.loads(out(result)) == search(bot, "steriods").to_dict()
    assert err(run("search", "steriods")) == "(searched for: steroids)\n"


def test_search_exit_codes() -> None:
    nothing = run("search", "zebra")
    assert (nothing.returncode, out(nothing), err(nothing)) == (1, "", "No passage mentions 'zebra'.\n")
    assert run("search", "?!").returncode == 2


# -- batch ---------------------------------------------------------------------------------------
def test_batch_one_result_per_line_in_order_and_bad_lines_are_errors(bot: Chatbot) -> None:
    stdin = (
        b"what is avn\n"
        b"\xff\xfe not utf-8\n"
        b'{"id": 7, "question": "steroids"}\n'
        b"{not json\n"
        b"\n"
        b'{"id": "x"}\n'
        b"how is it treated\r\n"
    )
    result = run("batch", stdin=stdin)
    lines = json_lines(result)
    assert result.returncode == 1
    assert [line["line"] for line in lines] == [1, 2, 3, 4, 5, 6, 7]
    assert lines[0] == {"line": 1, "id": None, **bot.ask("what is avn").to_dict()}
    assert lines[1] == {"line": 2, "id": None, "error": "the line is not UTF-8 text"}
    assert lines[2] == {"line": 3, "id": 7, **bot.ask("steroids").to_dict()}
    assert lines[3]["error"].startswith("invalid JSON")
    assert lines[4] == {"line": 5, "id": None, "error": "the line is empty"}
    assert lines[5] == {"line": 6, "id": "x", "error": 'the JSON object needs "question": a non-empty text'}
    assert lines[6] == {"line": 7, "id": None, **bot.ask("how is it treated").to_dict()}


def test_batch_from_a_file_exits_0_when_every_line_is_answered(tmp_path: Path, bot: Chatbot) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("\ufeffwhat is an osteotomy\ncost of surgery\n", encoding="utf-8")
    result = run("batch", str(questions))
    assert result.returncode == 0
    assert json_lines(result) == [
        {"line": 1, "id": None, **bot.ask("what is an osteotomy").to_dict()},
        {"line": 2, "id": None, **bot.ask("cost of surgery").to_dict()},
    ]


def test_batch_missing_file_exits_3(tmp_path: Path) -> None:
    result = run("batch", str(tmp_path / "nope.txt"))
    assert (result.returncode, out(result)) == (3, "")
    assert err(result) == f"chatbot: {tmp_path / 'nope.txt'}: No such file or directory\n"


def start_batch() -> subprocess.Popen[bytes]:
    """`chatbot batch` reading from a pipe we write to, as a script feeding it would."""
    return subprocess.Popen(
        [sys.executable, "-m", "chatbot", "batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_ctrl_c_during_batch_keeps_every_line_read_so_far() -> None:
    process = start_batch()
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(b"what is avn\nsteroids\n")
    process.stdin.flush()
    first = [process.stdout.readline(), process.stdout.readline()]
    process.send_signal(signal.SIGINT)  # while it waits for the third line
    rest, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert [json.loads(line)["line"] for line in first] == [1, 2]
    assert rest == b""
    assert stderr == b"chatbot: interrupted after line 2; every line up to it has its result\n"


def test_output_closed_early_ends_quietly() -> None:
    process = start_batch()
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.write(b"what is avn\n" * 2000)
    process.stdin.close()
    json.loads(process.stdout.readline())
    process.stdout.close()  # like `| head -1`
    assert process.wait(timeout=120) == 141
    assert process.stderr.read() == b""


# -- chat without a terminal ------------------------------------------------------------------
def test_piped_chat_prints_plain_answers_without_prompt_noise(bot: Chatbot) -> None:
    result = run(stdin=b"what is avn\n\n/topicz\nwhat is an osteotomy\n/quit\nnot read\n")
    conversation = bot.conversation()
    expected = [
        conversation.ask("what is avn").text,
        "I don't know the command /topicz. Did you mean /topics? Type /help to see the commands.",
        conversation.ask("what is an osteotomy").text,
    ]
    assert (result.returncode, out(result), err(result)) == (0, "\n\n".join(expected) + "\n", "")
    assert run("chat", stdin=b"what is avn\n").stdout == run(stdin=b"what is avn\n").stdout


def test_piped_chat_skips_a_line_that_is_not_utf8(bot: Chatbot) -> None:
    result = run(stdin=b"\xc3\x28 broken\nwhat is an osteotomy\n")
    assert result.returncode == 1
    assert err(result) == "chatbot: line 1 is not UTF-8 text; skipped it\n"
    assert out(result) == bot.ask("what is an osteotomy").text + "\n"


# -- knowledge bases, eval, usage, start-up ------------------------------------------------------
def test_a_broken_kb_gives_its_one_line_error_and_exit_3(tmp_path: Path) -> None:
    broken = tmp_path / "intents.yaml"
    broken.write_text("source: [unclosed\n", encoding="utf-8")
    for args in (["ask", "hi"], ["topics"], ["batch"], ["search", "bone"], ["show", "x"], ["chat"], []):
        result = run(*args, "--kb", str(broken))
        assert result.returncode == 3, args
        assert out(result) == ""
        lines = err(result).splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"chatbot: {broken}, line ")


def test_kb_option_before_or_after_the_command(bot: Chatbot) -> None:
    before = run("--kb", str(BUNDLED_KB), "ask", "what is an osteotomy")
    after = run("ask", "what is an osteotomy", "--kb", str(BUNDLED_KB))
    assert out(before) == out(after) == bot.ask("what is an osteotomy").text + "\n"


def test_eval_prints_the_report_or_its_json(tmp_path: Path, bot: Chatbot) -> None:
    items = tmp_path / "items.yaml"
    items.write_text(
        '- {q: "what is an osteotomy", expect: osteotomy}\n- {q: "cost", expect: none}\n', encoding="utf-8"
    )
    report = evaluate(bot, load_items(items))
    assert out(run("eval", str(items))) == format_report(report) + "\n"
    assert json.loads(out(run("eval", str(items), "--json"))) == report.to_dict()
    bad = tmp_path / "bad.yaml"
    bad.write_text("{}\n", encoding="utf-8")
    result = run("eval", str(bad))
    assert (result.returncode, err(result)) == (3, f"chatbot: {bad}: expected a list of questions or dialogues\n")


def test_eval_can_re_ask_every_item_changed_as_people_type(tmp_path: Path) -> None:
    items = tmp_path / "items.yaml"
    items.write_text('- {q: "What is an osteotomy?", expect: osteotomy}\n', encoding="utf-8")
    text = out(run("eval", str(items), "--perturb", "lowercase,sign-off"))
    assert "  lowercase    100.0%  (1 of 1)" in text and "  sign-off     100.0%  (1 of 1)" in text
    data = json.loads(out(run("eval", str(items), "--perturb", "all", "--json")))
    # a slip goes into a word of five letters or more: "osteotomy?" has its mark, so none is counted
    assert data["robustness"]["typo"] == {"kept": 0, "of": 0, "share": None}
    items.write_text('- {q: "What is an osteotomy for", expect: osteotomy}\n', encoding="utf-8")
    data = json.loads(out(run("eval", str(items), "--perturb", "typo,sound-alike", "--json")))
    assert data["robustness"]["typo"] == {"kept": 1, "of": 1, "share": 1.0}
    assert data["robustness"]["sound-alike"] == {"kept": 1, "of": 1, "share": 1.0}
    wrong = run("eval", str(items), "--perturb", "shouting")
    assert wrong.returncode == 2 and "unknown 'shouting'; choose all or lowercase,typo," in err(wrong)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["what", "is", "avn"],
            "chatbot: 'what' is not a command (see chatbot --help); to ask a question: chatbot ask",
        ),
        (["ask"], "the following arguments are required: QUESTION"),
        (["ask", "x", "--top", "0"], "expected a whole number of at least 1"),
        (["frobnicate"], "'frobnicate' is not a command"),
        (['what is "avn"'], """to ask a question: chatbot ask 'what is "avn"'"""),  # a command that runs as shown
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in err(result)
    assert "Traceback" not in err(result)


def test_help_and_version() -> None:
    assert run("--help").returncode == 0
    assert "Exit codes" in out(run("--help"))
    assert out(run("--version")).startswith("chatbot ")


def test_an_internal_error_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    from chatbot.cli import main

    def broken(self: Chatbot, question: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Chatbot, "ask", broken)
    assert main(["ask", "what is avn"]) == 70
    assert capsys.readouterr().err == "chatbot: internal error (RuntimeError: boom); please report it\n"


def ask_importing(module: str, env: dict[str, str] | None = None, question: str = "what is osteonecrosis") -> int:
    """The exit code of `chatbot ask` in a new process: 10 if it imported ``module``."""
    code = (
        f"import sys; from chatbot.cli import main; code = main(['ask', {question!r}]); "
        f"sys.exit(10 if {module!r} in sys.modules else code)"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, env=env).returncode


def test_a_start_with_the_cache_ready_does_not_parse_yaml(tmp_path: Path) -> None:
    env = {**os.environ, "CHATBOT_CACHE_DIR": str(tmp_path)}
    assert ask_importing("yaml", env) == 10  # the first start parses the knowledge base and fills the cache
    assert ask_importing("yaml", env) == 0


def test_a_start_with_the_cache_ready_stems_no_word_of_the_page(tmp_path: Path) -> None:
    # The checks that read passages ("what is an MRI?" asks whether the MRI is only a list item)
    # find the page's words stemmed in the cache; the stemmer is for words the page never uses.
    env = {**os.environ, "CHATBOT_CACHE_DIR": str(tmp_path)}
    ask_importing("yaml", env)  # fills the cache
    assert ask_importing("snowballstemmer", env, "what is an MRI?") == 0
    assert ask_importing("snowballstemmer", env, "what is lupus?") == 0  # its line explains it


def test_ask_does_not_import_prompt_toolkit() -> None:
    assert ask_importing("prompt_toolkit") == 0


def test_python_m_chatbot_is_the_chatbot_command() -> None:
    script = Path(sys.executable).parent / "chatbot"
    if not script.exists():
        pytest.skip("the chatbot script is not installed next to this Python")
    direct = subprocess.run([str(script), "ask", "steroids", "--json"], capture_output=True, timeout=60)
    assert (direct.returncode, direct.stdout) == (0, run("ask", "steroids", "--json").stdout)


def test_ctrl_c_while_a_line_is_answered_finishes_that_line_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from chatbot.cli import main

    questions = tmp_path / "q.txt"
    questions.write_text("what is avn\nsteroids\nwhat is an osteotomy\n", encoding="utf-8")
    original = Chatbot.ask

    def interrupted(self: Chatbot, question: str) -> Any:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C in the middle of answering
        return original(self, question)

    monkeypatch.setattr(Chatbot, "ask", interrupted)
    assert main(["batch", str(questions)]) == 130
    captured = capsys.readouterr()
    assert [json.loads(line)["question"] for line in captured.out.splitlines()] == ["what is avn"]
    assert captured.err == "chatbot: interrupted after line 1; every line up to it has its result\n"


def test_closed_stdout_or_stdin_is_a_clean_exit() -> None:
    def started_with_closed(fd: int, *args: str) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable, "-m", "chatbot", *args]
        return subprocess.run(command, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(fd), timeout=60)

    no_stdout = started_with_closed(1, "ask", "what is avn")
    assert (no_stdout.returncode, no_stdout.stderr) == (
        141,
        b"chatbot: standard output is closed; nothing can be printed\n",
    )
    for args in (["batch"], []):
        no_stdin = started_with_closed(0, *args)
        assert (no_stdin.returncode, no_stdin.stderr) == (0, b"")
