"""Broken knowledge bases: each gives one clear KnowledgeBaseError naming the file, where, and the fix.

tests/data/broken/control.yaml loads; every other file there is a copy of it with one mistake,
described in its first line. The CLI turns each error into one line on stderr and exit code 3.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbot import Chatbot, KnowledgeBaseError, load
from chatbot.knowledge import MAX_FILE_BYTES

BROKEN = Path(__file__).parent / "data" / "broken"
CONTROL = BROKEN / "control.yaml"

# file name: (where the error points, [what the message must say, including the fix])
CASES: dict[str, tuple[str | None, list[str]]] = {
    # YAML that does not parse
    "bad_yaml": ("line 22", ["YAML error", "check the indentation"]),
    "unclosed_quote": ("line 21", ["YAML error", "quotes and brackets are closed"]),
    "tab_indent": ("line 41", ["YAML error", "indent with spaces, not tabs"]),
    "two_documents": ("line 4", ["a single document", "remove the '---' line"]),
    "duplicate_key": ("line 19", ["key 'quote' appears twice in one mapping (first on line 18)", "keep one"]),
    "list_as_key": ("line 25", ["a key must be a word or a text, not a list", "remove the brackets"]),
    "python_tag": ("line 3", ["python/object/apply:os.system", "no !!python or other custom tags"]),
    "recursive_alias": ("line 25", ["recursive", "must not stand inside the value it names"]),
    "deep_nesting": (None, ["nested too deeply", "only a few levels"]),
    "nul_bytes": ("line 7", ["control character U+0000", "remove it"]),
    "not_utf8": (None, ["not UTF-8 text", "save it as UTF-8"]),
    "empty": (None, ["the file is empty", "it needs source, sections, passages and intents"]),
    "only_comments": (None, ["the file is empty", "it needs source, sections, passages and intents"]),
    # wrong shapes and types
    "top_level_list": ("line 3", ["the top level must be a mapping", "not a list"]),
    "intents_not_a_list": ("line 28", ["intents must be a non-empty list, not a mapping"]),
    "question_not_text": ("line 36", ["intent treatment question must be a non-empty text, not a number"]),
    "answer_empty": ("line 38", ["intent treatment answer must be a non-empty list of texts, not an empty list"]),
    "billion_laughs": ("line 40", ["intent treatment examples must be a non-empty text, not a list"]),
    "missing_answer": ("line 36", ["intent treatment is missing the required key 'answer'"]),
    "unknown_key": ("line 36", ["unknown key 'exmaples' in intent treatment", "expected one of: answer, examples"]),
    "bad_id": ("line 36", ["intent id 'Knee Treatment'", "use lower-case letters, digits and _"]),
    # references between parts
    "duplicate_id": ("intent knee_pain", ["id 'knee_pain' is used twice (first on line 28)", "ids must be unique"]),
    "unknown_passage": ("intent treatment", ["unknown passage 'treatmnet'", "define it under passages"]),
    "unknown_related": ("intent knee_pain", ["unknown intent 'treatments'", "use the id of an intent here"]),
    "shared_phrasing": (
        "line 41",
        ["'does knee pain get better' is claimed by intents knee_pain and treatment", "keep it in one"],
    ),
    "synonym_twice": ("line 26", ["synonym 'kneecap' is listed under both 'knee' and 'patella'", "keep one"]),
    "unnamed_not_a_kind": ("line 28", ["unnamed kind 'cold' is not a synonym key", "add it under synonyms first"]),
    "unnamed_also_a_synonym": ("line 28", ["'kneecap' is listed under 'knee' already", "keep it only under unnamed"]),
    "unnamed_in_source": (
        "line 28",
        ["the source names 'ice pack', so it is not unnamed", "list it under synonyms instead"],
    ),
    # the source document
    "passage_not_in_source": (
        "line 21",
        ["passage 'treatment'", "'Rest your knee and use an ice pack' is not in the source", "copy the words exactly"],
    ),
    "ambiguous_quote": (
        "line 18",
        ["passage 'knee_pain'", "'pain' occurs more than once in the source", "quote more words"],
    ),
    "span_backwards": (
        "line 23",
        ["span.to 'Rest the knee' does not follow span.from", "quote words that come after it"],
    ),
    "unknown_section": (
        "line 14",
        ["section 'Treatments' is not a whole line of the source", "copy the heading exactly"],
    ),
    "url_not_in_source": (
        "line 9",
        ["source.url 'https://example.org/knees' does not appear in the source document", "copy it from there"],
    ),
    "missing_source": ("line 6", ["sources.txt: source document not found", "check the path"]),
    "source_is_folder": ("line 6", ["source document is a folder, not a file"]),
    "source_not_utf8": ("line 6", ["source_latin1.txt: source document is not UTF-8 text", "save it as UTF-8"]),
    "nul_in_source_name": ("line 6", ["the file name has a control character in it", "rename it"]),
}


def load_error(path: Path) -> str:
    """The message of the KnowledgeBaseError that loading ``path`` raises."""
    with pytest.raises(KnowledgeBaseError) as error:
        load(path)
    return str(error.value)


def test_the_control_knowledge_base_loads_and_answers() -> None:
    bot = Chatbot.from_file(CONTROL)
    reply = bot.ask("what helps a sore knee?")
    assert reply.intent == "treatment"
    assert reply.passages[0].text.startswith("Rest the knee and use an ice pack")


def test_every_broken_file_has_a_case_and_there_are_many() -> None:
    files = {path.stem for path in BROKEN.glob("*.yaml")} - {"control"}
    assert files == set(CASES)
    assert len(CASES) >= 10


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_broken_knowledge_base_names_the_file_the_place_and_the_fix(name: str) -> None:
    path = BROKEN / f"{name}.yaml"
    place, parts = CASES[name]
    message = load_error(path)
    assert message.startswith(str(path))
    if place:
        assert place in message
    for part in parts:
        assert part in message
    assert "\n" not in message and "Traceback" not in message


def test_the_examples_give_the_messages_a_reader_sees() -> None:
    assert load_error(BROKEN / "duplicate_id.yaml") == (
        f"{BROKEN / 'duplicate_id.yaml'}, line 36 (intent knee_pain): "
        "intent id 'knee_pain' is used twice (first on line 28); ids must be unique"
    )
    assert load_error(BROKEN / "passage_not_in_source.yaml") == (
        f"{BROKEN / 'passage_not_in_source.yaml'}, line 21 (passage 'treatment'): "
        "'Rest your knee and use an ice pack' is not in the source document; "
        "copy the words exactly (same spelling, punctuation and spaces)"
    )


def test_a_python_tag_is_refused_without_running_it(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = CONTROL.read_text(encoding="utf-8").replace(
        "version: 1", f"version: !!python/object/apply:os.system ['touch {marker}']"
    )
    (tmp_path / "source.txt").write_bytes((BROKEN / "source.txt").read_bytes())
    (tmp_path / "kb.yaml").write_text(text, encoding="utf-8")
    assert "no !!python" in load_error(tmp_path / "kb.yaml")
    assert not marker.exists()


def test_a_huge_knowledge_base_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: huge on paper, nothing written
    start = time.perf_counter()
    message = load_error(huge)
    assert time.perf_counter() - start < 1
    assert message == f"{huge}: knowledge base is {MAX_FILE_BYTES + 1:,} bytes; the limit is {MAX_FILE_BYTES:,}"


def test_a_huge_source_document_is_refused_and_named(tmp_path: Path) -> None:
    shutil.copy(CONTROL, tmp_path / "intents.yaml")
    with (tmp_path / "source.txt").open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)
    message = load_error(tmp_path / "intents.yaml")
    assert message.startswith(f"{tmp_path / 'intents.yaml'}, line 6: source.file: {tmp_path / 'source.txt'}")
    assert f"the limit is {MAX_FILE_BYTES:,}" in message


def test_a_knowledge_base_that_is_a_folder_is_named(tmp_path: Path) -> None:
    assert load_error(tmp_path) == f"{tmp_path}: knowledge base is a folder, not a file"


# -- any damage gives a KnowledgeBaseError, never another exception -----------------------------
def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a loaded YAML tree, as a tuple of keys and indexes."""
    found = [here] if here else []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        found += _paths(child, (*here, key))
    return found


CONTROL_DATA = yaml.safe_load(CONTROL.read_text(encoding="utf-8"))
PLACES = _paths(CONTROL_DATA)
WORDS = ["knee_pain", "treatment", "source.txt", "Knee care", "Treatment", "Knee pain is common in adults.", "knee"]
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(WORDS),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def _damage(data: Any, place: tuple[Any, ...], value: Any, delete: bool) -> None:
    parent = data
    for key in place[:-1]:
        parent = parent[key]
    if delete:
        del parent[place[-1]]
    else:
        parent[place[-1]] = value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.lists(st.tuples(st.sampled_from(PLACES), VALUES, st.booleans()), min_size=1, max_size=3))
def test_any_damage_to_a_knowledge_base_gives_a_knowledge_base_error_or_a_working_bot(
    tmp_path: Path, damage: list[tuple[tuple[Any, ...], Any, bool]]
) -> None:
    data = yaml.safe_load(CONTROL.read_text(encoding="utf-8"))
    for place, value, delete in damage:
        try:
            _damage(data, place, value, delete)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced this place
    (tmp_path / "source.txt").write_bytes((BROKEN / "source.txt").read_bytes())
    path = tmp_path / "kb.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        bot = Chatbot.from_file(path)
    except KnowledgeBaseError as error:
        assert str(error).startswith(str(path))
    else:
        assert bot.ask("is knee pain common?").text


# -- the command line ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(CASES))
def test_the_cli_prints_one_line_and_exits_3_for_each_broken_file(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from chatbot.cli import main

    path = BROKEN / f"{name}.yaml"
    assert main(["ask", "--kb", str(path), "is knee pain common?"]) == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"chatbot: {path}")
    assert "Traceback" not in err


@pytest.mark.parametrize("name", ["python_tag", "deep_nesting"])
def test_a_broken_file_never_gives_a_traceback_from_the_real_command(name: str) -> None:
    path = BROKEN / f"{name}.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "chatbot", "ask", "--kb", str(path), "is knee pain common?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3
    assert done.stdout == ""
    assert done.stderr.startswith(f"chatbot: {path}")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_an_escape_sequence_in_a_question_is_refused_before_it_reaches_a_terminal(tmp_path: Path) -> None:
    shutil.copy(BROKEN / "source.txt", tmp_path / "source.txt")
    text = CONTROL.read_text(encoding="utf-8").replace(
        "question: Is knee pain common?", 'question: "Is knee pain \\e]0;pwned\\a\\e[31mcommon?"'
    )
    (tmp_path / "kb.yaml").write_text(text, encoding="utf-8")
    assert load_error(tmp_path / "kb.yaml") == (
        f"{tmp_path / 'kb.yaml'}, line 29: a text holds the control character U+001B; remove it"
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("version: 1", "version: 2"), "line 3: version 2 is not one this chatbot reads; use version: 1"),
        (("file: source.txt", "file: ../source.txt"), "source.file '../source.txt' must be a file name beside"),
        (("file: source.txt", "file: /etc/passwd"), "source.file '/etc/passwd' must be a file name beside"),
        (
            (
                '    quote: "Knee pain is common in adults."\n    to_paragraph_end: true',
                '    quote: "Knee pain is common in adults."\n    to_paragraph_end: "yes"',
            ),
            "to_paragraph_end must be true or false",
        ),
    ],
    ids=["unknown-version", "source-outside", "source-absolute", "to-paragraph-end-not-a-boolean"],
)
def test_a_version_source_path_or_span_flag_it_cannot_honour_is_refused(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    shutil.copy(BROKEN / "source.txt", tmp_path / "source.txt")
    text = CONTROL.read_text(encoding="utf-8")
    assert change[0] in text
    (tmp_path / "kb.yaml").write_text(text.replace(*change, 1), encoding="utf-8")
    assert expected in load_error(tmp_path / "kb.yaml")


def test_an_escape_sequence_in_the_source_document_is_refused_and_placed(tmp_path: Path) -> None:
    shutil.copy(CONTROL, tmp_path / "intents.yaml")
    source = (BROKEN / "source.txt").read_text(encoding="utf-8")
    (tmp_path / "source.txt").write_text(source.replace("Treatment", "\x1b[2JTreatment", 1), encoding="utf-8")
    message = load_error(tmp_path / "intents.yaml")
    assert message.startswith(f"{tmp_path / 'intents.yaml'}, line 6: source.file: {tmp_path / 'source.txt'}, line 5")
    assert message.endswith("the control character U+001B; remove it")


def test_a_huge_knowledge_base_is_refused_on_the_cached_path_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHATBOT_CACHE_DIR", str(tmp_path / "cache"))
    endless = tmp_path / "endless.yaml"
    endless.symlink_to("/dev/zero")  # no size on paper and no end: only a bounded read stops
    start = time.perf_counter()
    with pytest.raises(KnowledgeBaseError, match="the limit is"):
        Chatbot.from_file(endless)
    assert time.perf_counter() - start < 1


def test_a_non_character_in_the_knowledge_base_is_refused_and_placed(tmp_path: Path) -> None:
    text = CONTROL.read_text(encoding="utf-8")
    (tmp_path / "intents.yaml").write_text(text.replace("\n", "\n# \ufffe\n", 1), encoding="utf-8")
    assert load_error(tmp_path / "intents.yaml").endswith(
        "line 2: the file contains U+FFFE, which is not a character; remove it"
    )
