"""Score the bot on labelled questions and dialogues: what ``rasa test nlu`` is to Rasa.

A file is a YAML list. A question item is ``{q: TEXT, expect: ID | [IDS] | none, kind: ...}``; a
dialogue item is ``{id: NAME, turns: [{q: TEXT, expect: ...}, ...]}``, where a turn may also
expect ``more`` (any passage on the current topic or a related one). A reply is right when it
quotes exactly what one of the expected intents answers with (so an intent that shares its
passages with an expected one counts too: the user sees the same answer), or, for ``none``, when
it returns no passage at all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .errors import ChatbotError
from .knowledge import Intent
from .reply import CLARIFY, Reply
from .yamlfile import line_of, load_yaml

NONE = "none"
MORE = "more"


class _Session(Protocol):
    def ask(self, message: str) -> Reply: ...


class Answerer(Protocol):
    """What the harness needs of a bot: a Chatbot, or the plain baseline it is compared with."""

    def conversation(self) -> _Session: ...
    def intent(self, intent_id: str) -> Intent: ...


class EvalFileError(ChatbotError):
    """A labelled file that cannot be read."""


@dataclass(frozen=True)
class Turn:
    """One labelled message: the text and the acceptable outcomes."""

    q: str
    expect: frozenset[str]  # intent ids, or {"none"}, or {"more"}
    kind: str = ""
    dialogue: str = ""  # the dialogue's id, "" for a lone question
    position: int = 0  # 0 for a lone question or a dialogue's first turn
    where: str = ""  # file and line, for messages about the item


@dataclass(frozen=True)
class Outcome:
    """How the bot did on one turn."""

    turn: Turn
    got: str  # the intent answered, or the reply kind when no passage came back
    right: bool
    clarified: bool
    confidence: float


@dataclass
class Report:
    """Figures over a set of outcomes."""

    outcomes: list[Outcome] = field(default_factory=list)

    def share(self, picked: list[Outcome]) -> float | None:
        return round(sum(o.right for o in picked) / len(picked), 4) if picked else None

    def figures(self) -> dict[str, Any]:
        """The headline figures, as shares of items right (None where a group is empty)."""
        lone = [o for o in self.outcomes if not o.turn.dialogue]
        in_scope = [o for o in lone if NONE not in o.turn.expect]
        out_scope = [o for o in lone if NONE in o.turn.expect]
        follow = [o for o in self.outcomes if o.turn.dialogue and o.turn.position > 0]
        return {
            "items": len(self.outcomes),
            "overall": self.share(self.outcomes),
            "in_scope": self.share(in_scope),
            "in_scope_items": len(in_scope),
            "out_of_scope_declined": self.share(out_scope),
            "out_of_scope_items": len(out_scope),
            "dialogue_turns": self.share([o for o in self.outcomes if o.turn.dialogue]),
            "follow_ups": self.share(follow),
            "follow_up_items": len(follow),
            "clarified": round(sum(o.clarified for o in self.outcomes) / len(self.outcomes), 4)
            if self.outcomes
            else None,
        }

    def by_kind(self) -> dict[str, float | None]:
        """Share right per ``kind`` label."""
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[outcome.turn.kind or "-"].append(outcome)
        return {kind: self.share(items) for kind, items in sorted(groups.items())}

    def per_intent(self) -> dict[str, dict[str, Any]]:
        """Per expected intent: how many items, how many right, and the share."""
        table: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            table["/".join(sorted(outcome.turn.expect))].append(outcome)
        return {
            key: {"items": len(items), "right": sum(o.right for o in items), "share": self.share(items)}
            for key, items in sorted(table.items())
        }

    def confusions(self) -> list[tuple[str, str, int]]:
        """(expected, got, count) for wrong answers, most frequent first."""
        counts = Counter(("/".join(sorted(o.turn.expect)), o.got) for o in self.outcomes if not o.right)
        return [(e, g, n) for (e, g), n in counts.most_common()]

    def misses(self) -> list[Outcome]:
        """Every wrong outcome."""
        return [o for o in self.outcomes if not o.right]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: figures, per kind, per intent, confusions and misses."""
        return {
            "figures": self.figures(),
            "by_kind": self.by_kind(),
            "per_intent": self.per_intent(),
            "confusions": [{"expected": e, "got": g, "count": n} for e, g, n in self.confusions()],
            "misses": [
                {"q": o.turn.q, "expected": sorted(o.turn.expect), "got": o.got, "dialogue": o.turn.dialogue or None}
                for o in self.misses()
            ],
        }


def load_items(path: str | Path) -> list[list[Turn]]:
    """A labelled file as a list of dialogues; a lone question is a dialogue of one turn."""
    try:
        data = load_yaml(Path(path), "labelled file")
    except ChatbotError as exc:
        raise EvalFileError(str(exc)) from None
    if not isinstance(data, list):
        raise EvalFileError(f"{path}: expected a list of questions or dialogues")
    items: list[list[Turn]] = []
    for entry in data:
        if isinstance(entry, dict) and "turns" in entry:
            name = str(entry.get("id") or f"line {line_of(entry)}")
            turns = entry["turns"]
            if not isinstance(turns, list) or not turns:
                raise EvalFileError(f"{path}, line {line_of(entry)}: dialogue {name} needs a list of turns")
            items.append([_turn(path, t, name, n) for n, t in enumerate(turns)])
        else:
            items.append([_turn(path, entry, "", 0)])
    return items


def load_turns(*paths: str | Path) -> list[Turn]:
    """Every turn of labelled files, in order: the lone questions and the dialogues' turns."""
    return [turn for path in paths for item in load_items(path) for turn in item]


def _turn(path: str | Path, entry: Any, dialogue: str, position: int) -> Turn:
    if not isinstance(entry, dict) or not isinstance(entry.get("q"), str) or "expect" not in entry:
        raise EvalFileError(f"{path}, line {line_of(entry)}: each item needs q (a text) and expect")
    expect = entry["expect"]
    labels = expect if isinstance(expect, list) else [expect]
    return Turn(
        entry["q"],
        frozenset(str(x).lower() if x is not None else NONE for x in labels),
        str(entry.get("kind") or ""),
        dialogue,
        position,
        f"{path}, line {line_of(entry)}",
    )


def evaluate(bot: Answerer, items: list[list[Turn]]) -> Report:
    """Run every item through the bot, each in a conversation of its own (a lone question is one turn).

    An expected intent the bot does not have is an error (a typo in a label would otherwise
    count silently as a miss).
    """
    for dialogue in items:
        for turn in dialogue:
            for label in turn.expect - {NONE, MORE}:
                try:
                    bot.intent(label)
                except KeyError:
                    raise EvalFileError(
                        f"{turn.where}: expected intent {label!r} is not in the knowledge base"
                    ) from None
    report = Report()
    for dialogue in items:
        conversation = bot.conversation()
        topic: str | None = None
        for turn in dialogue:
            reply = conversation.ask(turn.q)  # a lone question is a conversation of one turn
            report.outcomes.append(_score(bot, turn, reply, topic))
            if reply.intent:
                topic = reply.intent
    return report


def quotes_expected(bot: Answerer, intent_id: str, expect: frozenset[str]) -> bool:
    """Whether answering with ``intent_id`` is right for ``expect``: it is one of the expected
    intents or quotes exactly what one of them quotes (``bones_affected`` and ``what_is`` share a
    paragraph). The rule of ``chatbot eval``, and of the decision model's labels."""
    if intent_id in expect:
        return True
    answer = bot.intent(intent_id).answer
    return any(answer == bot.intent(e).answer for e in expect - {NONE, MORE})


def _score(bot: Answerer, turn: Turn, reply: Reply, topic: str | None) -> Outcome:
    got = reply.intent if reply.passages else reply.kind
    if NONE in turn.expect:
        right = not reply.passages
    elif MORE in turn.expect:
        near = {topic, *bot.intent(topic).related} if topic else set()
        right = bool(reply.passages) and (reply.intent in near or not near)
    else:
        right = bool(reply.passages) and reply.intent is not None and quotes_expected(bot, reply.intent, turn.expect)
    return Outcome(turn, str(got), right, reply.kind == CLARIFY, reply.confidence)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def format_report(report: Report) -> str:
    """The report as text for a terminal."""
    f = report.figures()

    def pct(value: float | None) -> str:
        return "   -  " if value is None else f"{value * 100:5.1f}%"

    lines = [
        f"items                 {f['items']}",
        f"overall               {pct(f['overall'])}",
        f"in scope answered     {pct(f['in_scope'])}  ({_count(f['in_scope_items'], 'question')})",
        f"out of scope declined {pct(f['out_of_scope_declined'])}  ({_count(f['out_of_scope_items'], 'question')})",
        f"follow-up turns       {pct(f['follow_ups'])}  ({_count(f['follow_up_items'], 'turn')})",
        f"dialogue turns        {pct(f['dialogue_turns'])}",
        f"clarified             {pct(f['clarified'])}",
        "",
        "by kind:",
    ]
    lines += [f"  {kind:12} {pct(share)}" for kind, share in report.by_kind().items()]
    lines += ["", "per expected intent:    items  right"]
    lines += [
        f"  {key:28} {row['items']:4} {row['right']:5}  {pct(row['share'])}" for key, row in report.per_intent().items()
    ]
    confusions = report.confusions()
    if confusions:
        lines += ["", "confusions (expected -> got):"]
        lines += [f"  {n:3} x  {e} -> {g}" for e, g, n in confusions[:25]]
    missed = report.misses()
    if missed:
        lines += ["", "misses:"]
        for o in missed:
            where = f" [{o.turn.dialogue} #{o.turn.position + 1}]" if o.turn.dialogue else ""
            lines.append(f"  {o.turn.q!r}{where}: expected {'/'.join(sorted(o.turn.expect))}, got {o.got}")
    return "\n".join(lines)
