"""Parse and validate a knowledge base file: the slow, careful part of loading.

Every passage is located in the source text and checked to be an exact slice of it; every
reference must resolve; every problem is reported with the file, the line or intent, and the fix.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import KnowledgeBaseError
from .knowledge import Intent, KnowledgeBase, Passage, Source, UncoveredTopic, source_path
from .normalise import fold
from .yamlfile import LineDict, LineList, line_of, load_yaml, read_text

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = {"version", "source", "sections", "passages", "synonyms", "unnamed", "not_covered", "intents"}
_SOURCE_KEYS = {"file", "title", "publisher", "url", "copyright", "disclaimer", "notice"}
_INTENT_KEYS = {"id", "question", "examples", "answer", "related"}


class Loader:
    """Loads one knowledge base file; ``load()`` returns it validated or raises KnowledgeBaseError."""

    def __init__(self, path: Path):
        self.path = path
        self.name = str(path)

    def fail(self, problem: str, at: object = None, where: str | None = None) -> KnowledgeBaseError:
        return KnowledgeBaseError(self.name, problem, line=line_of(at), where=where)

    def load(self) -> KnowledgeBase:
        data = load_yaml(self.path)
        if data is None:
            raise self.fail("the file is empty; it needs source, sections, passages and intents")
        top = self.mapping(data, "the top level", _TOP_KEYS, required={"source", "passages", "intents"})
        if top.get("version", 1) != 1:
            raise self.fail(f"version {top['version']!r} is not one this chatbot reads; use version: 1", top)
        source_spec = self.mapping(
            top["source"], "source", _SOURCE_KEYS, required=_SOURCE_KEYS - {"disclaimer", "notice"}
        )
        text = self.source_text(source_spec)
        sections = self.sections(top.get("sections") or LineList(), text)
        passages = self.passages(top["passages"], text, sections, source_spec["title"])
        source = self.source(source_spec, text, passages)
        intents = self.intents(top["intents"], passages, sections)
        synonyms = self.synonyms(top.get("synonyms") or LineDict())
        unnamed = self.unnamed(top.get("unnamed") or LineDict(), synonyms, text)
        uncovered = self.uncovered(top.get("not_covered") or LineList())
        return KnowledgeBase(
            path=self.name,
            source=source,
            source_text=text,
            sections=tuple(title for title, _ in sections),
            passages=passages,
            intents=intents,
            synonyms=synonyms,
            not_covered=uncovered,
            source_file=str(source_spec["file"]),
            unnamed=unnamed,
        )

    # -- shapes ------------------------------------------------------------------------------
    def mapping(self, value: Any, what: str, allowed: set[str], required: Iterable[str] = ()) -> LineDict:
        if not isinstance(value, dict):
            raise self.fail(f"{what} must be a mapping (key: value lines), not {_kind(value)}", value)
        for key in value:
            if key not in allowed:
                raise self.fail(
                    f"unknown key {key!r} in {what}; expected one of: {', '.join(sorted(allowed))}",
                    value,
                )
        for key in sorted(required):
            if key not in value:
                raise self.fail(f"{what} is missing the required key {key!r}", value)
        return value  # type: ignore[return-value]

    def text_value(self, value: Any, what: str, at: object = None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{what} must be a non-empty text, not {_kind(value)}", value if line_of(value) else at)
        return str(value)

    def text_list(self, value: Any, what: str, at: object = None) -> list[str]:
        if isinstance(value, str):
            value = LineList([value])
        if not isinstance(value, list) or not value:
            raise self.fail(
                f"{what} must be a non-empty list of texts, not {_kind(value)}", value if line_of(value) else at
            )
        return [self.text_value(item, f"each entry of {what}", value) for item in value]

    # -- the source document -------------------------------------------------------------------
    def source_text(self, spec: LineDict) -> str:
        file_name = self.text_value(spec["file"], "source.file", spec)
        if Path(file_name).is_absolute() or ".." in Path(file_name).parts:
            raise self.fail(
                f"source.file {file_name!r} must be a file name beside the knowledge base (no absolute path or ..)",
                spec["file"],
            )
        try:
            return read_text(source_path(self.path, file_name), "source document")
        except KnowledgeBaseError as exc:
            raise self.fail(f"source.file: {exc}", spec["file"]) from None

    def source(self, spec: LineDict, text: str, passages: dict[str, Passage]) -> Source:
        for key in ("url", "copyright"):
            value = self.text_value(spec[key], f"source.{key}", spec)
            if value not in text:
                raise self.fail(
                    f"source.{key} {value!r} does not appear in the source document; copy it from there",
                    spec[key],
                )
        return Source(
            title=self.text_value(spec["title"], "source.title", spec),
            publisher=self.text_value(spec["publisher"], "source.publisher", spec),
            url=str(spec["url"]),
            copyright=str(spec["copyright"]),
            disclaimer=self.passage_refs(spec, "disclaimer", passages),
            notice=self.passage_refs(spec, "notice", passages),
        )

    def passage_refs(self, spec: LineDict, key: str, passages: dict[str, Passage]) -> tuple[Passage, ...]:
        ids = self.text_list(spec[key], f"source.{key}", spec) if key in spec else []
        for pid in ids:
            if pid not in passages:
                raise self.fail(f"source.{key} names unknown passage {pid!r}; define it under passages", spec[key])
        return tuple(passages[pid] for pid in ids)

    def sections(self, value: Any, text: str) -> list[tuple[str, int]]:
        titles = self.text_list(value, "sections") if value else []
        lines = text.split("\n")
        offsets, pos = [], 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        found: list[tuple[str, int]] = []
        next_line = 0
        written = value if isinstance(value, list) else [value]  # as written, so that errors know the line
        for title, at in zip(titles, written, strict=True):
            for number in range(next_line, len(lines)):
                if lines[number].strip() == title.strip():
                    found.append((title, offsets[number]))
                    next_line = number + 1
                    break
            else:
                raise self.fail(
                    f"section {title!r} is not a whole line of the source after the previous section; "
                    "copy the heading exactly, in document order",
                    at,
                )
        return found

    # -- passages ----------------------------------------------------------------------------
    def passages(self, value: Any, text: str, sections: list[tuple[str, int]], title: str) -> dict[str, Passage]:
        if not isinstance(value, dict) or not value:
            raise self.fail(f"passages must be a mapping of passage ids to quotes, not {_kind(value)}", value)
        passages = {}
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        section_starts = [offset for _, offset in sections]
        for pid, spec in value.items():
            where = f"passage {pid!r}"
            if not isinstance(pid, str) or not _ID.match(pid):
                raise self.fail("its id must be lower-case letters, digits and _", value, where)
            start, end = self.locate(spec, text, where)
            section = bisect_right(section_starts, start)  # how many sections begin at or before it
            heading = sections[section - 1][0] if section else title
            passage_text = text[start:end]
            if not passage_text.strip():
                raise self.fail(f"{where} is empty", spec, where)
            passages[pid] = Passage(pid, passage_text, heading, start, end, bisect_right(line_starts, start))
        return passages

    def locate(self, spec: Any, text: str, where: str) -> tuple[int, int]:
        spec = self.mapping(spec, where, {"quote", "span", "to_paragraph_end"})
        if ("quote" in spec) == ("span" in spec):
            raise self.fail(f"{where} needs exactly one of 'quote' or 'span'", spec, where)
        if "quote" in spec:
            quote = self.text_value(spec["quote"], f"{where} quote", spec)
            start = self.find_once(text, quote, where, spec["quote"])
            end = start + len(quote)
        else:
            span = self.mapping(spec["span"], f"{where} span", {"from", "to"}, required={"from", "to"})
            first = self.text_value(span["from"], f"{where} span.from", span)
            last = self.text_value(span["to"], f"{where} span.to", span)
            start = self.find_once(text, first, where, span["from"])
            stop = text.find(last, start + len(first))
            if stop < 0:
                raise self.fail(
                    f"span.to {_short(last)} does not follow span.from in the source; quote words that come after it",
                    span["to"],
                    where,
                )
            end = stop + len(last)
        if not isinstance(spec.get("to_paragraph_end", False), bool):
            raise self.fail(f"{where}: to_paragraph_end must be true or false", spec, where)
        if spec.get("to_paragraph_end"):
            blank = text.find("\n\n", end)
            end = len(text) if blank < 0 else blank
        return start, end

    def find_once(self, text: str, quote: str, where: str, at: object) -> int:
        start = text.find(quote)
        if start < 0:
            raise self.fail(
                f"{_short(quote)} is not in the source document; copy the words exactly "
                "(same spelling, punctuation and spaces)",
                at,
                where,
            )
        if text.find(quote, start + 1) >= 0:
            raise self.fail(f"{_short(quote)} occurs more than once in the source; quote more words", at, where)
        return start

    # -- intents -----------------------------------------------------------------------------
    def intents(self, value: Any, passages: dict[str, Passage], sections: list[tuple[str, int]]) -> tuple[Intent, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(f"intents must be a non-empty list, not {_kind(value)}", value)
        intents: list[Intent] = []
        seen: dict[str, int | None] = {}
        for spec in value:
            named = isinstance(spec, dict) and isinstance(spec.get("id"), str)
            what = f"intent {spec['id']}" if named else "each intent"
            spec = self.mapping(spec, what, _INTENT_KEYS, required={"id", "question", "examples", "answer"})
            intent_id = spec["id"]
            if not isinstance(intent_id, str) or not _ID.match(intent_id):
                raise self.fail(f"intent id {intent_id!r}: use lower-case letters, digits and _", spec)
            if intent_id in seen:
                raise self.fail(
                    f"intent id {intent_id!r} is used twice (first on line {seen[intent_id]}); ids must be unique",
                    spec,
                    f"intent {intent_id}",
                )
            seen[intent_id] = line_of(spec)
            where = f"intent {intent_id}"
            answer = self.text_list(spec["answer"], f"{where} answer", spec)
            for pid in answer:
                if pid not in passages:
                    raise self.fail(
                        f"{where} answers with unknown passage {pid!r}; define it under passages", spec["answer"], where
                    )
            intents.append(
                Intent(
                    id=intent_id,
                    question=self.text_value(spec["question"], f"{where} question", spec),
                    examples=tuple(self.text_list(spec["examples"], f"{where} examples", spec)),
                    answer=tuple(answer),
                    related=tuple(self.text_list(spec["related"], f"{where} related", spec))
                    if spec.get("related")
                    else (),
                    section=passages[answer[0]].heading,
                )
            )
        self.check_references(intents, value)
        return tuple(intents)

    def check_references(self, intents: list[Intent], specs: list[Any]) -> None:
        from .normalise import fold  # local: validation needs the same folding the matcher uses

        ids = {intent.id for intent in intents}
        claimed: dict[str, str] = {}
        for intent, spec in zip(intents, specs, strict=True):
            for ref in intent.related:
                if ref not in ids:
                    raise self.fail(
                        f"intent {intent.id} is related to unknown intent {ref!r}; use the id of an intent here",
                        spec.get("related"),
                        f"intent {intent.id}",
                    )
            examples = spec["examples"] if isinstance(spec["examples"], list) else [spec["examples"]]
            for phrase in (spec["question"], *examples):  # as written, so that errors know the line
                key = fold(phrase)
                owner = claimed.setdefault(key, intent.id)
                if owner != intent.id:
                    raise self.fail(
                        f"the phrasing {phrase!r} is claimed by intents {owner} and {intent.id}; keep it in one",
                        phrase,
                        f"intent {intent.id}",
                    )

    def synonyms(self, value: Any) -> dict[str, tuple[str, ...]]:
        if not isinstance(value, dict):
            raise self.fail(f"synonyms must be a mapping of a word to its variants, not {_kind(value)}", value)
        result: dict[str, tuple[str, ...]] = {}
        owner: dict[str, str] = {}
        for canonical, variants in value.items():
            canonical = self.text_value(canonical, "a synonym key", value)
            words = self.text_list(variants, f"synonyms of {canonical!r}", value)
            for word in words:
                if owner.setdefault(word.lower(), canonical) != canonical:
                    raise self.fail(
                        f"synonym {word!r} is listed under both {owner[word.lower()]!r} and {canonical!r}; keep one",
                        variants,
                    )
            result[canonical] = tuple(words)
        return result

    def unnamed(self, value: Any, synonyms: dict[str, tuple[str, ...]], text: str) -> dict[str, str]:
        """Each particular thing to its kind's synonym key; each is also made a synonym of its kind."""
        if not isinstance(value, dict):
            raise self.fail(
                f"unnamed must be a mapping of a synonym key to particular things, not {_kind(value)}", value
            )
        taken = {word.lower(): key for key, words in synonyms.items() for word in (key, *words)}
        page = f" {fold(text)} "
        result: dict[str, str] = {}
        for kind, names in value.items():
            kind = self.text_value(kind, "an unnamed kind", value)
            things: list[str] = []
            if kind not in synonyms:
                raise self.fail(f"unnamed kind {kind!r} is not a synonym key; add it under synonyms first", value)
            for name in self.text_list(names, f"unnamed things of {kind!r}", value):
                owner = taken.get(name.lower()) or result.get(name)
                if owner:
                    raise self.fail(f"{name!r} is listed under {owner!r} already; keep it only under unnamed", names)
                if f" {fold(name)} " in page:
                    raise self.fail(
                        f"the source names {name!r}, so it is not unnamed; list it under synonyms instead", names
                    )
                result[name] = kind
                things.append(name)
            synonyms[kind] += tuple(things)
        return result

    def uncovered(self, value: Any) -> tuple[UncoveredTopic, ...]:
        if not isinstance(value, list):
            raise self.fail(f"not_covered must be a list of topics, not {_kind(value)}", value)
        topics = []
        for spec in value:
            spec = self.mapping(spec, "each not_covered topic", {"topic", "examples"}, required={"topic", "examples"})
            topic = self.text_value(spec["topic"], "not_covered topic", spec)
            topics.append(
                UncoveredTopic(topic, tuple(self.text_list(spec["examples"], f"examples of {topic!r}", spec)))
            )
        return tuple(topics)


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, (list, dict)) and not value:
        return "an empty list" if isinstance(value, list) else "an empty mapping"
    names = (
        (bool, "true/false"),
        (dict, "a mapping"),
        (list, "a list"),
        (str, "a text"),
        (int, "a number"),
        (float, "a number"),
    )
    for kind, name in names:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
