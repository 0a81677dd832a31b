"""``chatbot search``: the passages that mention a word or phrase, forgiving typos."""

from __future__ import annotations

import json

import pytest

from chatbot import Chatbot
from chatbot.search import search


def found(bot: Chatbot, query: str) -> list[tuple[str, list[str]]]:
    """(passage id, the matched words as written) for each hit."""
    return [(h.passage.id, [h.passage.text[a:b] for a, b in h.spans]) for h in search(bot, query).hits]


def test_steroids_finds_the_risk_factor_and_the_nsaids(bot: Chatbot) -> None:
    assert found(bot, "steroids") == [("causes", ["steroids"]), ("early_treatment", ["steroidal"])]


def test_crutches_and_mri(bot: Chatbot) -> None:
    assert found(bot, "crutches") == [("early_treatment", ["crutches"])]
    assert found(bot, "crutch") == [("early_treatment", ["crutches"])]
    assert found(bot, "MRI") == [("overview_care", ["MRI"]), ("diagnosis", ["MRI"]), ("mri", ["MRI"] * 3)]


@pytest.mark.parametrize(("typo", "meant"), [("steriods", "steroids"), ("cruches", "crutches"), ("lupsu", "lupus")])
def test_typos_are_corrected_and_reported(bot: Chatbot, typo: str, meant: str) -> None:
    result = search(bot, typo)
    assert result.corrections == ((typo, meant),)
    assert result.words == (meant,)
    assert result.hits == search(bot, meant).hits


def test_several_words_are_a_phrase(bot: Chatbot) -> None:
    assert found(bot, "range of motion") == [
        ("symptoms_more", ["range of motion"]),
        ("early_treatment", ["range of motion"]),
    ]
    assert found(bot, "X-ray")[1] == ("diagnosis", ["X-ray"])
    assert found(bot, "motion range") == []


def test_two_words_typed_as_one_are_searched_as_a_phrase(bot: Chatbot) -> None:
    assert found(bot, "bloodsupply") == found(bot, "blood supply") != []
    assert search(bot, "bloodsupply").corrections == (("bloodsupply", "blood supply"),)


def test_no_text_is_listed_twice(bot: Chatbot) -> None:
    # "age" lies inside "symptoms_more": both mention the ages, only the larger one is listed.
    assert [pid for pid, _ in found(bot, "ages of 20")] == ["symptoms_more"]


def test_nothing_found_and_nothing_to_search(bot: Chatbot) -> None:
    assert search(bot, "zebra").hits == ()
    assert search(bot, "?!").words == ()
    assert search(bot, "?!").hits == ()


def test_spans_point_into_the_passage_and_to_dict_is_json(bot: Chatbot) -> None:
    result = search(bot, "blood supply")
    data = json.loads(json.dumps(result.to_dict()))
    assert list(data) == ["query", "words", "corrections", "passages"]
    first = data["passages"][0]
    assert first["id"] == "overview_condition"
    assert all(first["text"][a:b].lower() == "blood supply" for a, b in first["matches"])
