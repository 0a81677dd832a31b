"""The cache of prepared knowledge bases: fast starts that never weaken the verbatim guarantee."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chatbot import Chatbot, KnowledgeBaseError, cache
from chatbot import bot as bot_module
from chatbot.knowledge import BUNDLED_KB


@pytest.fixture
def kb_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled knowledge base, with its own empty cache folder."""
    monkeypatch.setenv("CHATBOT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "osteonecrosis.txt").write_bytes((BUNDLED_KB.parent / "osteonecrosis.txt").read_bytes())
    (folder / "intents.yaml").write_bytes(BUNDLED_KB.read_bytes())
    return folder / "intents.yaml"


def test_a_second_start_comes_from_the_cache_and_answers_the_same(
    kb_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Chatbot.from_file(kb_copy)
    assert len(list((kb_copy.parent.parent / "cache").glob("*.json"))) == 1

    def no_parsing(path: object) -> None:
        raise AssertionError("a cached knowledge base must not be parsed again")

    monkeypatch.setattr(bot_module, "load", no_parsing)  # the name Chatbot.from_file calls
    second = Chatbot.from_file(kb_copy)
    assert second.kb == first.kb
    for question in ("what is avn", "how is it treated", "bone graf", "how much does it cost"):
        assert second.ask(question).to_dict() == first.ask(question).to_dict()


def test_an_edited_source_is_checked_again_and_refused_if_no_longer_verbatim(kb_copy: Path) -> None:
    Chatbot.from_file(kb_copy)
    source = kb_copy.parent / "osteonecrosis.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Bone X-ray:", "Bone X-rays:"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="passage 'xray'"):
        Chatbot.from_file(kb_copy)


def test_an_edited_knowledge_base_is_loaded_afresh(kb_copy: Path) -> None:
    Chatbot.from_file(kb_copy)
    kb_copy.write_text(
        kb_copy.read_text(encoding="utf-8").replace(
            "      - osteotomy\n", "      - osteotomy\n      - bone reshaping surgery\n"
        ),
        encoding="utf-8",
    )
    assert "bone reshaping surgery" in Chatbot.from_file(kb_copy).intent("osteotomy").examples


def test_a_damaged_cache_entry_is_ignored(kb_copy: Path) -> None:
    Chatbot.from_file(kb_copy)
    (entry,) = (kb_copy.parent.parent / "cache").glob("*.json")
    entry.write_text('{"kb": {"passages": {"x": [1, 2]}}}', encoding="utf-8")
    assert Chatbot.from_file(kb_copy).ask("what is an MRI").intent == "mri"


def test_the_cache_holds_data_only(kb_copy: Path) -> None:
    Chatbot.from_file(kb_copy)
    (entry,) = (kb_copy.parent.parent / "cache").glob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert set(data) == {"kb", "source_sha256", "prepared"}


def test_the_cache_can_be_turned_off(kb_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHATBOT_NO_CACHE", "1")
    assert cache.directory() is None
    Chatbot.from_file(kb_copy)
    assert not (kb_copy.parent.parent / "cache").exists()


def test_an_entry_of_another_shape_is_rebuilt(kb_copy: Path) -> None:
    Chatbot.from_file(kb_copy)
    (entry,) = (kb_copy.parent.parent / "cache").glob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["prepared"]["counts"] = 7  # valid JSON, wrong shape
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert Chatbot.from_file(kb_copy).ask("what is an MRI").intent == "mri"
    assert json.loads(entry.read_text(encoding="utf-8"))["prepared"]["counts"] != 7


def test_a_file_name_with_a_nul_is_a_knowledge_base_error(kb_copy: Path) -> None:
    with pytest.raises(KnowledgeBaseError):
        Chatbot.from_file(str(kb_copy) + "\x00")


def test_every_module_that_prepares_a_knowledge_base_makes_the_cache_stale_when_changed() -> None:
    # (the rewrites shape every example's analysis: a change to them alone once kept stale entries)
    package = Path(cache.__file__).parent
    preparing = ["knowledge.py", "loader.py", "normalise.py", "match.py"]
    needed = {"bot.py", "cache.py"}
    while preparing:
        name = preparing.pop()
        if name not in needed:
            needed.add(name)
            source = (package / name).read_text(encoding="utf-8")
            imported = re.findall(r"^\s*from \.(\w+) import|^\s*from \. import (\w+)", source, re.MULTILINE)
            preparing += [f"{module or name}.py" for module, name in imported]
    assert needed <= set(cache._INPUTS)
