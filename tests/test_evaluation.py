"""The evaluation harness, and a floor under the development set's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot import Chatbot
from chatbot.baseline import Baseline
from chatbot.evaluate import EvalFileError, evaluate, format_report, load_items
from chatbot.robustness import PERTURBATIONS, perturbed, robustness

from .conftest import DATA

# The figures reached on the development files when these floors were last set; a change that
# drops below them has made the bot worse on that file. Raise them when the bot gets better; lower
# one only with a change that gains more elsewhere, and say in its commit which items it trades.
FLOORS = {
    "dev_questions.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.99},
    "dev_questions_styles.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.94},
    "dev_questions_lay.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.98},
    "dev_questions_fresh.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.93},
    "dev_questions_public.yaml": {"in_scope": 0.89, "out_of_scope_declined": 0.82},
    "dev_dialogues.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.97},  # four "what else?" labelled for a menu
    "dev_dialogues_2.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.98},
    "dev_dialogues_3.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.99},
    "dev_questions_fresh2.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.91},  # "spread to other bones"
    "dev_dialogues_4.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.98},
    "dev_questions_fresh3.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.95},
    "dev_dialogues_5.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_questions_public2.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.94},
    "dev_questions_fresh4.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.98},
    "dev_dialogues_6.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.96},
    "dev_questions_public3.yaml": {"in_scope": 1.00, "out_of_scope_declined": 1.00},
    "dev_questions_fresh5.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.97},
    "dev_dialogues_7.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.95},
    "dev_questions_public4.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.90},
    "dev_questions_fresh6.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.96},
    "dev_dialogues_8.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.98},
    "dev_questions_public5.yaml": {"in_scope": 1.00, "out_of_scope_declined": 0.97},
    "dev_questions_fresh7.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.96},
    "dev_dialogues_9.yaml": {"dialogue_turns": 0.97, "follow_ups": 0.97},
    "dev_questions_public6.yaml": {"in_scope": 1.00, "out_of_scope_declined": 0.97},
    "dev_questions_fresh8.yaml": {"in_scope": 0.99, "out_of_scope_declined": 1.00},
    "dev_dialogues_10.yaml": {"dialogue_turns": 0.97, "follow_ups": 0.96},
    "dev_questions_public7.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.95},
    "dev_questions_fresh9.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.96},
    "dev_dialogues_11.yaml": {"dialogue_turns": 0.97, "follow_ups": 0.96},
    "dev_questions_public8.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.97},
    "dev_dialogues_12.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.96},
    "dev_dialogues_13.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_questions_fresh10.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.95},
    "dev_questions_lay2.yaml": {"in_scope": 0.93, "out_of_scope_declined": 1.00},
    "dev_questions_nonnative.yaml": {"in_scope": 0.92, "out_of_scope_declined": 0.95},
    "dev_dialogues_14.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.98},
    "dev_dialogues_15.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_dialogues_16.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.93},
    "dev_dialogues_17.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.94},
    "dev_dialogues_18.yaml": {"dialogue_turns": 0.92, "follow_ups": 0.93},
    "dev_dialogues_19.yaml": {"dialogue_turns": 0.92, "follow_ups": 0.92},
    "dev_questions_fresh11.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.97},
    "dev_questions_fresh12.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.98},
    "dev_questions_lay3.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.96},
    "dev_questions_lay4.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.96},
    "dev_questions_nonnative2.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.95},
    "dev_questions_public9.yaml": {"in_scope": 1.00, "out_of_scope_declined": 0.98},
    "dev_questions_fresh13.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.98},
    "dev_questions_lay5.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.99},
    "dev_questions_nonnative4.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.94},
    "dev_questions_public10.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.96},
    "dev_questions_fresh14.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.97},
    "dev_dialogues_20.yaml": {"dialogue_turns": 0.97, "follow_ups": 0.97},
    "dev_dialogues_21.yaml": {"dialogue_turns": 0.90, "follow_ups": 0.91},
    "dev_dialogues_22.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.94},
    "dev_dialogues_23.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.95},
    "dev_questions_fresh15.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.98},
    "dev_questions_fresh16.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.98},
    "dev_dialogues_24.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.98},
    "dev_dialogues_25.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_questions_fresh17.yaml": {"in_scope": 1.00, "out_of_scope_declined": 0.98},
    "dev_questions_styles2.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.89},
    "dev_dialogues_26.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.93},
    "dev_dialogues_28.yaml": {"dialogue_turns": 0.90, "follow_ups": 0.89},
    "dev_questions_fresh19.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.99},
    "dev_dialogues_29.yaml": {"dialogue_turns": 0.86, "follow_ups": 0.87},
    "dev_questions_fresh18.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.98},
    "dev_dialogues_27.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.93},
    "dev_questions_fresh20.yaml": {"in_scope": 0.90, "out_of_scope_declined": 0.90},
    "dev_questions_fresh21.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.98},
    "dev_questions_fresh22.yaml": {"in_scope": 0.92, "out_of_scope_declined": 0.93},
    "dev_questions_fresh23.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.94},
    "dev_questions_fresh24.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.96},
    "dev_dialogues_30.yaml": {"dialogue_turns": 0.95, "follow_ups": 0.96},
    "dev_dialogues_31.yaml": {"dialogue_turns": 0.95, "follow_ups": 0.96},
    "dev_questions_fresh25.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.93},
    "dev_dialogues_32.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.95},
    "dev_questions_fresh26.yaml": {"in_scope": 0.93, "out_of_scope_declined": 1.00},
    "dev_questions_fresh27.yaml": {"in_scope": 0.93, "out_of_scope_declined": 1.00},
    "dev_questions_fresh28.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.97},
    "dev_questions_fresh29.yaml": {"in_scope": 0.96, "out_of_scope_declined": 1.00},
    "dev_dialogues_33.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.95},
    "dev_dialogues_34.yaml": {"dialogue_turns": 0.90, "follow_ups": 0.88},
    "dev_dialogues_35.yaml": {"dialogue_turns": 0.99, "follow_ups": 0.98},
    "dev_questions_fresh30.yaml": {"in_scope": 0.96, "out_of_scope_declined": 1.00},
    "dev_questions_fresh31.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.96},
    "dev_questions_fresh32.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.95},
    "dev_dialogues_36.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.96},
    "dev_dialogues_37.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.95},
    "dev_dialogues_38.yaml": {"dialogue_turns": 0.91, "follow_ups": 0.92},
    "dev_questions_fresh33.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.88},
    "dev_questions_fresh34.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.97},
    "dev_questions_fresh35.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.90},
    "dev_dialogues_39.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_dialogues_40.yaml": {"dialogue_turns": 0.88, "follow_ups": 0.88},
    "dev_questions_fresh36.yaml": {"in_scope": 0.92, "out_of_scope_declined": 0.93},
    "dev_dialogues_41.yaml": {"dialogue_turns": 0.89, "follow_ups": 0.89},
    "dev_questions_fresh37.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.95},
    "dev_questions_fresh38.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.94},
    "dev_questions_fresh39.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.95},
    "dev_dialogues_42.yaml": {"dialogue_turns": 0.95, "follow_ups": 0.95},
    "dev_dialogues_43.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.95},
    "dev_dialogues_44.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.94},
    "dev_questions_fresh40.yaml": {"in_scope": 0.95, "out_of_scope_declined": 1.00},
    "dev_dialogues_45.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.92},
    "dev_questions_fresh43.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.95},
    "dev_dialogues_48.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.92},
    "dev_questions_fresh41.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.98},
    "dev_questions_fresh42.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.97},
    "dev_dialogues_46.yaml": {"dialogue_turns": 0.95, "follow_ups": 0.96},
    "dev_dialogues_47.yaml": {"dialogue_turns": 0.88, "follow_ups": 0.87},
    "dev_questions_fresh44.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.98},
    "dev_questions_fresh45.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.95},
    "dev_questions_fresh46.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.96},
    "dev_questions_fresh47.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.97},
    "dev_dialogues_49.yaml": {"dialogue_turns": 0.97, "follow_ups": 0.96},
    "dev_dialogues_50.yaml": {"dialogue_turns": 0.90, "follow_ups": 0.92},
    "dev_dialogues_51.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.98},
    "dev_dialogues_52.yaml": {"dialogue_turns": 0.92, "follow_ups": 0.90},
    "dev_dialogues_53.yaml": {"dialogue_turns": 1.00, "follow_ups": 1.00},
    "dev_dialogues_54.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.95},
    "dev_dialogues_55.yaml": {"dialogue_turns": 0.97, "follow_ups": 0.96},
    "dev_dialogues_56.yaml": {"dialogue_turns": 0.98, "follow_ups": 0.98},
    "dev_questions_fresh48.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.93},
    "dev_questions_fresh49.yaml": {"in_scope": 0.93, "out_of_scope_declined": 0.97},
    "dev_questions_fresh50.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.96},
    "dev_questions_fresh51.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.96},
    "dev_questions_fresh52.yaml": {"in_scope": 0.99, "out_of_scope_declined": 0.90},
    "dev_dialogues_57.yaml": {"dialogue_turns": 0.84, "follow_ups": 0.85},
    "dev_questions_fresh53.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.98},
    "dev_dialogues_58.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.96},
    "dev_questions_fresh54.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.96},
    "dev_dialogues_59.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.91},
    "dev_questions_fresh55.yaml": {"in_scope": 0.99, "out_of_scope_declined": 1.00},
    "dev_dialogues_61.yaml": {"dialogue_turns": 0.91, "follow_ups": 0.92},
    "dev_questions_fresh57.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.96},
    "dev_dialogues_62.yaml": {"dialogue_turns": 0.88, "follow_ups": 0.86},
    "dev_questions_fresh58.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.94},
    "dev_dialogues_60.yaml": {"dialogue_turns": 0.89, "follow_ups": 0.89},
    "dev_questions_fresh56.yaml": {"in_scope": 0.92, "out_of_scope_declined": 0.91},
    "dev_dialogues_63.yaml": {"dialogue_turns": 0.92, "follow_ups": 0.91},
    "dev_dialogues_64.yaml": {"dialogue_turns": 0.91, "follow_ups": 0.91},
    "dev_dialogues_65.yaml": {"dialogue_turns": 0.95, "follow_ups": 0.95},
    "dev_dialogues_66.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_dialogues_67.yaml": {"dialogue_turns": 0.97, "follow_ups": 0.98},
    "dev_dialogues_68.yaml": {"dialogue_turns": 0.91, "follow_ups": 0.90},
    "dev_dialogues_69.yaml": {"dialogue_turns": 0.86, "follow_ups": 0.88},
    "dev_questions_fresh59.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.94},
    "dev_questions_fresh60.yaml": {"in_scope": 1.00, "out_of_scope_declined": 0.97},
    "dev_questions_fresh61.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.96},
    "dev_questions_fresh62.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.96},
    "dev_questions_fresh63.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.98},
    "dev_questions_fresh64.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.96},
    "dev_dialogues_70.yaml": {"dialogue_turns": 0.81, "follow_ups": 0.79},
    "dev_dialogues_71.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_dialogues_72.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.92},
    "dev_dialogues_73.yaml": {"dialogue_turns": 0.90, "follow_ups": 0.87},
    "dev_questions_fresh65.yaml": {"in_scope": 0.92, "out_of_scope_declined": 0.96},
    "dev_questions_fresh66.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.95},
    "dev_questions_fresh67.yaml": {"in_scope": 0.87, "out_of_scope_declined": 0.97},
    "dev_questions_fresh68.yaml": {"in_scope": 0.87, "out_of_scope_declined": 0.96},
    "dev_dialogues_74.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.91},
    "dev_dialogues_75.yaml": {"dialogue_turns": 0.90, "follow_ups": 0.94},
    "dev_questions_fresh69.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.97},
    "dev_questions_fresh70.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.96},
    "dev_questions_fresh71.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.97},
    "dev_dialogues_76.yaml": {"dialogue_turns": 0.92, "follow_ups": 0.93},
    "dev_dialogues_77.yaml": {"dialogue_turns": 0.91, "follow_ups": 0.89},
    "dev_questions_fresh72.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.97},
    "dev_questions_fresh73.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.94},
    "dev_dialogues_78.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.93},
    "dev_questions_fresh74.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.96},
    "dev_dialogues_79.yaml": {"dialogue_turns": 0.89, "follow_ups": 0.87},
    "dev_dialogues_80.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.94},
    "dev_dialogues_81.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_questions_fresh75.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.97},
    "dev_questions_fresh76.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.96},
    "dev_questions_fresh77.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.98},
    "dev_dialogues_82.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.91},
    "dev_dialogues_83.yaml": {"dialogue_turns": 0.91, "follow_ups": 0.90},
    "dev_dialogues_84.yaml": {"dialogue_turns": 0.93, "follow_ups": 0.92},
    "dev_questions_fresh78.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.92},
    "dev_questions_fresh79.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.90},
    "dev_questions_fresh80.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.95},
    "dev_dialogues_85.yaml": {"dialogue_turns": 0.91, "follow_ups": 0.90},
    "dev_dialogues_86.yaml": {"dialogue_turns": 0.95, "follow_ups": 0.94},
    "dev_dialogues_87.yaml": {"dialogue_turns": 0.90, "follow_ups": 0.90},
    "dev_questions_fresh81.yaml": {"in_scope": 0.93, "out_of_scope_declined": 0.88},
    "dev_questions_fresh82.yaml": {"in_scope": 0.95, "out_of_scope_declined": 0.92},
    "dev_questions_fresh83.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.97},
    "dev_dialogues_88.yaml": {"dialogue_turns": 0.92, "follow_ups": 0.91},
    "dev_dialogues_89.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.96},
    "dev_questions_fresh84.yaml": {"in_scope": 0.93, "out_of_scope_declined": 0.89},
    "dev_questions_fresh85.yaml": {"in_scope": 0.96, "out_of_scope_declined": 0.96},
    "dev_questions_fresh86.yaml": {"in_scope": 0.94, "out_of_scope_declined": 0.89},
    "dev_dialogues_90.yaml": {"dialogue_turns": 0.88, "follow_ups": 0.89},
    "dev_questions_fresh87.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.97},
    "dev_dialogues_91.yaml": {"dialogue_turns": 0.94, "follow_ups": 0.93},
    "dev_questions_fresh88.yaml": {"in_scope": 0.98, "out_of_scope_declined": 0.95},
    "dev_dialogues_92.yaml": {"dialogue_turns": 0.92, "follow_ups": 0.90},
    "dev_questions_fresh89.yaml": {"in_scope": 0.97, "out_of_scope_declined": 0.97},
    "dev_dialogues_93.yaml": {"dialogue_turns": 0.96, "follow_ups": 0.95},
}


def test_the_harness_scores_questions_and_dialogues(bot: Chatbot, tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.yaml"
    labelled.write_text(
        """
- q: "what is an MRI"
  expect: mri
  kind: plain
- q: "how much does it cost"
  expect: none
  kind: near_miss
- q: "what is a bone graft"
  expect: [osteotomy]
  kind: plain
- id: two-turns
  turns:
    - q: "what causes avn"
      expect: causes
    - q: "what is an osteotomy"
      expect: osteotomy
""",
        encoding="utf-8",
    )
    report = evaluate(bot, load_items(labelled))
    figures = report.figures()
    assert figures["items"] == 5
    assert figures["in_scope"] == 0.5
    assert figures["out_of_scope_declined"] == 1.0
    assert figures["follow_ups"] == 1.0
    assert report.confusions() == [("osteotomy", "bone_graft", 1)]
    text = format_report(report)
    assert "'what is a bone graft': expected osteotomy, got bone_graft" in text


def test_an_intent_that_quotes_the_same_passages_counts_as_right(bot: Chatbot, tmp_path: Path) -> None:
    # "Which joints does it affect?" is answered by bones_affected, which quotes the same
    # paragraph as what_is: the user reads the same answer, so a label of what_is is met.
    labelled = tmp_path / "labelled.yaml"
    labelled.write_text('- q: "which joints does it affect"\n  expect: what_is\n', encoding="utf-8")
    report = evaluate(bot, load_items(labelled))
    assert report.outcomes[0].got == "bones_affected"
    assert report.figures()["in_scope"] == 1.0


def test_a_malformed_labelled_file_says_where(tmp_path: Path) -> None:
    labelled = tmp_path / "bad.yaml"
    labelled.write_text('- q: "what is it"\n- expect: none\n', encoding="utf-8")
    with pytest.raises(EvalFileError, match="line 1: each item needs q"):
        load_items(labelled)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_figures_stay_above_their_floor(bot: Chatbot, name: str) -> None:
    figures = evaluate(bot, load_items(DATA / name)).figures()
    for figure, floor in FLOORS[name].items():
        assert figures[figure] >= floor, f"{name}: {figure} {figures[figure]} fell below {floor}"


def test_the_matcher_beats_plain_fuzzy_matching_by_a_wide_margin(bot: Chatbot) -> None:
    items = load_items(DATA / "dev_questions.yaml")
    ours = evaluate(bot, items).figures()
    plain = evaluate(Baseline(bot), items).figures()
    assert plain["overall"] < 0.6
    assert ours["overall"] >= plain["overall"] + 0.3


# Of the turns answered right as written, the share that must stay right when every turn is changed
# as people type (chatbot eval --perturb all): 98.6% or more on these files on 2026-12-06.
ROBUSTNESS_FLOOR = 0.97
ROBUSTNESS_FILES = ("dev_questions.yaml", "dev_dialogues.yaml")


def test_right_answers_survive_the_ways_people_type(bot: Chatbot) -> None:
    items = [item for name in ROBUSTNESS_FILES for item in load_items(DATA / name)]
    kept = robustness(bot, items, list(PERTURBATIONS))
    assert [k.name for k in kept if (k.share or 0) < ROBUSTNESS_FLOOR] == []


def test_a_perturbation_changes_every_turn_the_same_way_each_run() -> None:
    items = load_items(DATA / "dev_dialogues.yaml")[:3]
    for name in PERTURBATIONS:
        once, again = perturbed(items, name), perturbed(items, name)
        assert once == again
        changed = [
            a.q != b.q for item, other in zip(items, once, strict=True) for a, b in zip(item, other, strict=True)
        ]
        assert any(changed), name
    bot = Chatbot()
    right = sum(outcome.right for outcome in evaluate(bot, items).outcomes)
    # a story changes only first turns, and counts them and every follow-up after them
    assert robustness(bot, items, ["story"])[0].of == right
    story = perturbed(items, "story")
    assert all(
        turn.q == before.q
        for item, other in zip(items, story, strict=True)
        for before, turn in zip(item[1:], other[1:], strict=True)
    )  # a story only before a first turn
