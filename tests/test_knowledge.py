"""The bundled knowledge base: verbatim passages, attribution, and load-time validation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chatbot import Chatbot, KnowledgeBase, KnowledgeBaseError, load
from chatbot.knowledge import BUNDLED_KB


def test_every_passage_is_an_exact_slice_of_the_source(kb: KnowledgeBase) -> None:
    for passage in kb.passages.values():
        assert kb.source_text[passage.start : passage.end] == passage.text
        assert passage.text == passage.text.strip()


def test_the_bundled_source_is_the_radiologyinfo_page(kb: KnowledgeBase) -> None:
    assert kb.source.title == "Osteonecrosis"
    assert "RadiologyInfo.org" in kb.source.publisher
    assert kb.source.url in kb.source_text
    assert kb.source.copyright == "Copyright ® 2026 Radiological Society of North America, Inc."
    assert kb.source.copyright in kb.source_text
    assert [p.heading for p in kb.source.disclaimer][:3] == ["Disclaimer"] * 3


def test_passages_know_their_section_heading_and_line(kb: KnowledgeBase) -> None:
    mri = kb.passages["mri"]
    assert mri.heading == "How is osteonecrosis diagnosed and evaluated?"
    assert mri.text.startswith("MRI (magnetic resonance imaging):")
    assert kb.source_text.split("\n")[mri.line - 1].startswith("MRI (magnetic resonance imaging)")
    assert kb.passages["bone_graft"].heading == "Bone graft"
    assert kb.passages["overview_condition"].heading == "Osteonecrosis"


def test_passages_are_whole_paragraphs_or_lists(kb: KnowledgeBase) -> None:
    causes = kb.passages["causes"].text
    assert causes.startswith("Osteonecrosis may occur after severe trauma")
    assert causes.endswith("- cancer")
    assert "- sickle cell disease" in causes


def test_the_knowledge_base_covers_the_documents_questions(kb: KnowledgeBase) -> None:
    ids = {intent.id for intent in kb.intents}
    required = {
        "overview", "what_is", "causes", "symptoms", "age", "diagnosis", "xray", "mri", "treatment",
        "nonsurgical", "surgery_options", "bone_decompression", "bone_graft", "osteotomy",
        "joint_replacement", "disclaimer", "copyright",
    }  # fmt: skip
    assert required <= ids
    for intent in kb.intents:
        assert intent.examples, intent.id
        assert set(intent.related) <= ids, intent.id


def test_synonyms_include_the_lay_words_for_the_disease(kb: KnowledgeBase) -> None:
    variants = set(kb.synonyms["osteonecrosis"])
    assert {"avn", "avascular necrosis", "aseptic necrosis", "ischemic bone necrosis", "bone infarction"} <= variants
    assert {"dead bone", "bone death"} <= variants
    assert "joint replacement" in kb.synonyms["arthroplasty"]


def test_the_top_level_intents_yaml_is_the_bundled_one() -> None:
    top = Path(__file__).parent.parent / "intents.yaml"
    assert top.resolve() == BUNDLED_KB.resolve()


def test_the_bundled_knowledge_base_works_from_any_folder(tmp_path: Path) -> None:
    code = "from chatbot import Chatbot; print(Chatbot().ask('what is osteonecrosis').intent)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "what_is"


def _kb_with(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the bundled knowledge base with one piece of text replaced."""
    text = BUNDLED_KB.read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "osteonecrosis.txt").write_bytes((BUNDLED_KB.parent / "osteonecrosis.txt").read_bytes())
    path = tmp_path / "intents.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_copy_of_the_bundled_knowledge_base_loads(tmp_path: Path) -> None:
    path = _kb_with(tmp_path, "version: 1", "version: 1")
    assert Chatbot.from_file(path).ask("what is a bone graft").intent == "bone_graft"


def test_a_title_with_a_backslash_is_read_as_it_is(tmp_path: Path) -> None:
    # with nothing said before, "it" is the title's subject: the title is no regex template
    path = _kb_with(tmp_path, "title: Osteonecrosis", 'title: "Osteonecrosis \\\\1"')
    assert Chatbot.from_file(path).ask("how would I know if I had it").kind in ("answer", "decline")


def test_a_passage_that_is_not_verbatim_fails_to_load(tmp_path: Path) -> None:
    path = _kb_with(tmp_path, 'quote: "Bone X-ray: This exam', 'quote: "Bone X-rays: This exam')
    with pytest.raises(KnowledgeBaseError) as error:
        load(path)
    message = str(error.value)
    assert str(path) in message
    assert "passage 'xray'" in message
    assert "line " in message
    assert "copy the words exactly" in message


def test_an_intent_answering_with_an_unknown_passage_names_the_intent(tmp_path: Path) -> None:
    path = _kb_with(tmp_path, "answer: [osteotomy]", "answer: [osteotomi]")
    with pytest.raises(KnowledgeBaseError, match=r"intent osteotomy.*unknown passage 'osteotomi'"):
        load(path)


def test_a_phrasing_claimed_by_two_intents_is_refused(tmp_path: Path) -> None:
    path = _kb_with(tmp_path, "      - osteotomy for avn\n", "      - bone graft\n")
    with pytest.raises(KnowledgeBaseError, match="claimed by intents bone_graft and osteotomy"):
        load(path)


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    path = _kb_with(tmp_path, "version: 1", "version: !!python/object/apply:os.system ['echo pwned']")
    with pytest.raises(KnowledgeBaseError, match="no !!python"):
        load(path)


def test_uncovered_examples_carry_evidence_of_their_own(bot: Chatbot) -> None:
    """An example like "both hips" reduces to {hip}, which every in-scope hip question shares:
    it can only steal answers. Each needs a word no intent uses, or at least two words."""
    intent_words = {t for i in bot.kb.intents for e in i.phrasings for t in bot.normaliser.analyse(e).terms}
    weak = [
        (topic.topic, example)
        for topic in bot.kb.not_covered
        for example in topic.examples
        if len(terms := set(bot.normaliser.analyse(example).terms)) < 2 and terms <= intent_words
    ]
    assert weak == []
