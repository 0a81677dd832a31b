"""Benchmark the chatbot: answer latency, cold start, and cost as a knowledge base grows.

    .venv/bin/python bench/bench.py            # figures as text, with a profile hint per missed target
    .venv/bin/python bench/bench.py --json     # the same figures as one JSON object on stdout
    .venv/bin/python bench/bench.py --quick    # fewer runs and no 10,000-intent knowledge base

Answering uses one thread, so the figures are one core's; ``--cpu N`` also pins the benchmark
(and the commands it starts) to CPU N. Figures, not tests: nothing here fails a build.

* ``ask_p50_ms`` / ``ask_p99_ms``: in-process ``Chatbot.ask`` over the development questions
  (tests/data/dev_questions.yaml) with the bundled knowledge base, after one warm-up pass.
  ``ask_first_pass_*`` are the same on a fresh bot, before its typo-correction cache has seen
  the questions, which is what a real user's first question costs.
* ``cold_start_ms``: median wall time of ``python -m chatbot ask "what is osteonecrosis"`` as a
  fresh process; ``cold_start`` also gives bare ``python -c pass``, the ``chatbot`` script, and
  how much of the start is importing the library and loading the knowledge base.
* ``scale``: load time and ask latency on knowledge bases of 100, 1,000 and 10,000 intents made
  by bench/make_kb.py (written under bench/generated/, which git ignores), and the growth
  exponent between the two largest (1.0 is linear; below 1.0 is sub-linear). ``found_share``
  is the share of paraphrased questions (worded unlike any example) answered with the intent
  they were made for: a check that the bot still finds things at scale, not an accuracy figure.
"""

from __future__ import annotations

import argparse
import atexit
import compileall
import cProfile
import json
import math
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_kb  # bench/ is not a package

from chatbot import Chatbot
from chatbot.evaluate import load_turns
from chatbot.knowledge import load

ROOT = Path(__file__).resolve().parent.parent
DEV_QUESTIONS = ROOT / "tests" / "data" / "dev_questions.yaml"
COLD_QUESTION = "what is osteonecrosis"
SIZES = (100, 1000, 10000)
# The bench keeps its prepared knowledge bases in a folder of its own, never the user's cache.
BENCH_CACHE = tempfile.mkdtemp(prefix="chatbot-bench-cache-")
atexit.register(shutil.rmtree, BENCH_CACHE, ignore_errors=True)
os.environ["CHATBOT_CACHE_DIR"] = BENCH_CACHE
os.environ.pop("CHATBOT_NO_CACHE", None)  # left set in a shell, it would time every start as a first one

# Targets from issue 6.
ASK_P50_MS, ASK_P99_MS = 0.3, 1.0
COLD_START_MS, COLD_START_RATIO = 150.0, 5.0
SCALE_ASK_P50_MS, SCALE_LOAD_MS = 5.0, 2000.0  # at 10,000 intents

# Stage names for the profile hint: where a message's time goes, by library module.
STAGES = {
    "sanitise": "clean (sanitise.py)",
    "normalise": "normalise (normalise.py)",
    "rewrites": "rewrite phrasings (rewrites.py)",
    "patterns": "compile patterns (patterns.py)",
    "match": "rank (match.py)",
    "decide": "decide (decide.py)",
    "forms": "question forms (forms.py)",
    "smalltalk": "small talk (smalltalk.py)",
    "bot": "build the reply (bot.py)",
    "reply": "reply text (reply.py)",
    "conversation": "conversation (conversation.py)",
    "loader": "parse + validate (loader.py)",
    "knowledge": "knowledge base objects (knowledge.py)",
    "cache": "cache read/write (cache.py)",
    "yamlfile": "YAML loading (yamlfile.py)",
}


@dataclass
class Target:
    """One figure against its limit."""

    name: str
    value: float | None
    limit: float

    @property
    def met(self) -> bool:
        return self.value is not None and self.value <= self.limit

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "limit": self.limit, "met": self.met}


# -- measuring ----------------------------------------------------------------------------------
def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timings_ms(ask: Callable[[str], object], questions: Sequence[str], repeats: int = 1) -> list[float]:
    """Wall time of each call, in milliseconds, over ``repeats`` passes of the questions."""
    clock = time.perf_counter
    times = []
    for _ in range(repeats):
        for question in questions:
            start = clock()
            ask(question)
            times.append((clock() - start) * 1000)
    return times


def summary(times: Sequence[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(times, 0.5), 4), "p99_ms": round(percentile(times, 0.99), 4)}


def dev_questions() -> list[str]:
    return [turn.q for turn in load_turns(DEV_QUESTIONS)]


def measure_ask(repeats: int) -> dict[str, Any]:
    questions = dev_questions()
    fresh = Chatbot()
    first = summary(timings_ms(fresh.ask, questions))
    warm = summary(timings_ms(fresh.ask, questions, repeats))
    return {
        "ask_p50_ms": warm["p50_ms"],
        "ask_p99_ms": warm["p99_ms"],
        "ask_first_pass_p50_ms": first["p50_ms"],
        "ask_first_pass_p99_ms": first["p99_ms"],
        "ask_questions": len(questions),
        "ask_repeats": repeats,
    }


def wall_ms(command: list[str], runs: int, warm_up: bool = True) -> tuple[float | None, float | None, str]:
    """Median and fastest wall time of a command run ``runs`` times, after one warm-up run unless not.

    The median is the figure; the fastest is steadier on a busy machine, so the breakdown of
    the cold start into its parts uses it. Gives None and the reason when the command fails.
    """
    times = []
    for n in range(runs + warm_up):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        elapsed = (time.perf_counter() - start) * 1000
        if done.returncode not in (0, 1):  # 1: the CLI's "not answered"
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return None, None, f"exit {done.returncode}: {last}"
        if n >= warm_up:
            times.append(elapsed)
    return round(statistics.median(times), 1), round(min(times), 1), ""


def measure_cold_start(runs: int) -> dict[str, Any]:
    """Fresh processes with a warm cache (as every start after the first), and the very first."""
    # Compiled, as `pip install .` leaves the package: in a checkout with PYTHONDONTWRITEBYTECODE
    # set, every start would otherwise compile every module again (25 ms), which no installed user sees.
    compileall.compile_dir(ROOT / "chatbot", quiet=1)
    python = sys.executable
    script = Path(python).parent / "chatbot"
    commands = {
        "python_ms": [python, "-c", "pass"],
        "import_ms": [python, "-c", "import chatbot.bot"],
        "library_ask_ms": [python, "-c", f"from chatbot import Chatbot; Chatbot().ask({COLD_QUESTION!r})"],
        "module_ms": [python, "-m", "chatbot", "ask", COLD_QUESTION],
    }
    if script.exists():
        commands["script_ms"] = [str(script), "ask", COLD_QUESTION]
    figures: dict[str, Any] = {}
    with empty_cache():
        # No warm-up: this run finds the cache folder empty and builds the entry.
        figures["first_run_ms"], _, _ = wall_ms(commands["module_ms"], 1, warm_up=False)
    fastest: dict[str, float | None] = {}
    for name, command in commands.items():
        figures[name], fastest[name], error = wall_ms(command, runs)
        if error:
            figures[name.replace("_ms", "_error")] = error
    figures["fastest"] = fastest
    figures["command"] = " ".join(commands["module_ms"][1:])
    module, bare = figures["module_ms"], figures["python_ms"]
    figures["ratio_to_python"] = round(module / bare, 1) if module and bare else None
    return figures


@contextmanager
def empty_cache() -> Iterator[None]:
    """Point the bot's cache at an empty folder for a while (a first start), then back."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CHATBOT_CACHE_DIR"] = folder
        try:
            yield
        finally:
            os.environ["CHATBOT_CACHE_DIR"] = BENCH_CACHE


def measure_size(size: int, count: int) -> dict[str, Any]:
    path = make_kb.write(size)
    with empty_cache():
        start = time.perf_counter()
        kb = load(path)
        loaded = time.perf_counter()
        Chatbot(kb)
        ready = time.perf_counter()
        Chatbot.from_file(path)  # validates, prepares and writes the cache entry
        cached_start = time.perf_counter()
        bot = Chatbot.from_file(path)  # what every later start does
        cached = time.perf_counter()
    asked = make_kb.questions(size, count)
    texts = [q for q, _ in asked]
    bot.ask(texts[0])  # warm-up
    times = timings_ms(bot.ask, texts)
    found = sum(bot.ask(q).intent == expected for q, expected in asked)
    return {
        "intents": size,
        "yaml_bytes": path.stat().st_size,
        "load_ms": round((cached - cached_start) * 1000, 1),
        "first_load_ms": round((ready - start) * 1000, 1),
        "validate_ms": round((loaded - start) * 1000, 1),
        "index_ms": round((ready - loaded) * 1000, 1),
        **{f"ask_{name}": value for name, value in summary(times).items()},
        "found_share": round(found / len(asked), 3),
    }


def growth(scale: dict[str, dict[str, Any]], key: str) -> float | None:
    """Exponent k in cost ~ intents**k between the two largest sizes (1.0 is linear)."""
    sizes = sorted(scale, key=int)
    if len(sizes) < 2:
        return None
    small, big = scale[sizes[-2]], scale[sizes[-1]]
    if not small[key] or not big[key]:
        return None
    return round(math.log(big[key] / small[key]) / math.log(int(sizes[-1]) / int(sizes[-2])), 2)


# -- profile hints --------------------------------------------------------------------------------
def _owner(func: tuple[str, int, str]) -> str:
    """A short name for a profiled function's module: ``match``, ``yaml``, ``builtins``..."""
    path = func[0]
    if path == "~":
        return "builtins"
    parts = Path(path).parts
    if "chatbot" in parts:
        return Path(path).stem
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].split(".")[0]
    return "stdlib" if "python3" in path else Path(path).stem


def _label(func: tuple[str, int, str]) -> str:
    if func[0] == "~":
        return func[2]
    path = Path(func[0])
    where = path.name if _owner(func) == path.stem else f"{_owner(func)}/{path.name}"
    return f"{where}:{func[1]}({func[2]})"


def profile(work: Callable[[], object]) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """Run ``work`` under cProfile; the share of time by module and by function, largest first.

    Time spent inside built-ins (``str.find``, ``sum``, rapidfuzz's C code) is charged to the
    Python function that called them, so the figures say which of our functions to change.
    """
    profiler = cProfile.Profile()
    profiler.runcall(work)
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    by_module: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    for func, (_, _, own, _, callers) in stats.items():
        charged = [(func, own)]
        if func[0] == "~" and callers:
            charged = [(caller, figures[2]) for caller, figures in callers.items()]
        for owner, seconds in charged:
            by_module[_owner(owner)] += seconds
            by_function[_label(owner)] += seconds
    total = sum(by_module.values()) or 1.0
    shares = [(name, round(seconds / total, 3)) for name, seconds in by_module.most_common(4)]
    functions = [(name, round(seconds / total, 3)) for name, seconds in by_function.most_common(5)]
    return shares, functions


def hint(what: str, work: Callable[[], object]) -> str:
    modules, functions = profile(work)
    stages = ", ".join(f"{STAGES.get(name, name)} {share:.0%}" for name, share in modules)
    hot = "; ".join(f"{name} {share:.0%}" for name, share in functions)
    return f"{what}: time by stage: {stages}. Hottest functions (own time + built-ins they call): {hot}."


def import_hint(runs: int = 3, top: int = 6) -> str:
    """The modules that take longest to import in ``python -m chatbot ask`` (fastest of ``runs``)."""
    command = [sys.executable, "-X", "importtime", "-m", "chatbot", "ask", COLD_QUESTION]
    own: dict[str, int] = {}
    for _ in range(runs):
        lines = subprocess.run(command, capture_output=True, text=True, cwd=ROOT).stderr.splitlines()
        for line in lines:
            fields = line.removeprefix("import time:").split("|")
            if len(fields) == 3 and fields[0].strip().isdigit():
                name, micros = fields[2].strip(), int(fields[0])
                own[name] = min(micros, own.get(name, micros))
    heaviest = sorted(own.items(), key=lambda item: -item[1])[:top]
    total = sum(own.values()) / 1000
    listed = ", ".join(f"{name} {micros / 1000:.1f}" for name, micros in heaviest)
    return f"imports take {total:.0f} ms under -X importtime; slowest (own ms): {listed}"


def hints(figures: dict[str, Any], targets: list[Target], quick: bool) -> list[str]:
    missed = {t.name for t in targets if not t.met and t.value is not None}
    notes: list[str] = []
    if missed & {"ask_p50_ms", "ask_p99_ms"}:
        bot, questions = Chatbot(), dev_questions()
        notes.append(hint("ask (bundled)", lambda: [bot.ask(q) for q in questions * 3]))
    if missed & {"cold_start_ms", "cold_start_ratio"}:
        fast = figures["cold_start"]["fastest"]
        if None not in (fast["python_ms"], fast["import_ms"], fast["library_ask_ms"], fast["module_ms"]):
            notes.append(
                f"cold start (fastest runs): bare python {fast['python_ms']:.0f} ms; importing the library "
                f"{fast['import_ms'] - fast['python_ms']:.0f} ms more; loading the bundled knowledge base and one "
                f"ask {fast['library_ask_ms'] - fast['import_ms']:.0f} ms more; the CLI on top "
                f"{fast['module_ms'] - fast['library_ask_ms']:.0f} ms"
            )
        notes.append(import_hint())
        notes.append(hint("bundled knowledge base load (Chatbot())", lambda: Chatbot()))
    largest = max(figures["scale"], key=int, default=None)
    if largest and not quick:
        path = make_kb.GENERATED / f"kb_{largest}" / "intents.yaml"
        if "scale_load_ms" in missed:
            Chatbot.from_file(path)  # the target times a start from the cache: make the entry first
            notes.append(hint(f"load at {int(largest):,} intents", lambda: Chatbot.from_file(path)))
        if missed & {"scale_ask_p50_ms", "scale_ask_growth"}:
            bot = Chatbot.from_file(path)
            texts = [q for q, _ in make_kb.questions(int(largest), 100)]
            notes.append(hint(f"ask at {int(largest):,} intents", lambda: [bot.ask(q) for q in texts]))
    return notes


# -- reporting ----------------------------------------------------------------------------------
def check(figures: dict[str, Any]) -> list[Target]:
    cold = figures["cold_start"]
    targets = [
        Target("ask_p50_ms", figures["ask_p50_ms"], ASK_P50_MS),
        Target("ask_p99_ms", figures["ask_p99_ms"], ASK_P99_MS),
        Target("cold_start_ms", figures["cold_start_ms"], COLD_START_MS),
        Target("cold_start_ratio", cold["ratio_to_python"], COLD_START_RATIO),
    ]
    biggest = figures["scale"].get(str(max(SIZES)))
    if biggest:
        targets.append(Target("scale_ask_p50_ms", biggest["ask_p50_ms"], SCALE_ASK_P50_MS))
        targets.append(Target("scale_load_ms", biggest["load_ms"], SCALE_LOAD_MS))
    growth_ask = figures["scale_growth"]["ask_p50"]
    if growth_ask is not None:
        targets.append(Target("scale_ask_growth", growth_ask, 0.99))
    # Load time is reported with its growth exponent but has no growth target: reading a file ten
    # times larger cannot take less than ten times as long. Answer time must grow sub-linearly.
    return targets


def text_report(figures: dict[str, Any]) -> str:
    cold = figures["cold_start"]
    lines = [
        f"chatbot benchmark: Python {figures['python']}, {figures['machine']}, {figures['cpu']}",
        "",
        f"ask, bundled knowledge base ({figures['ask_questions']} dev questions x {figures['ask_repeats']}, warm):"
        f"  p50 {figures['ask_p50_ms']:.3f} ms   p99 {figures['ask_p99_ms']:.3f} ms",
        f"ask, first pass on a fresh bot:                       "
        f"  p50 {figures['ask_first_pass_p50_ms']:.3f} ms   p99 {figures['ask_first_pass_p99_ms']:.3f} ms",
        "",
        f"cold start ({cold['command']}): median {figures['cold_start_ms']} ms, {cold['ratio_to_python']}x bare python"
        f" (the very first run, which prepares the cache: {cold['first_run_ms']} ms)",
    ]
    for name in ("python_ms", "import_ms", "library_ask_ms", "module_ms", "script_ms"):
        if name in cold:
            error = cold.get(name.replace("_ms", "_error"), "")
            fastest = cold["fastest"].get(name)
            lines.append(f"  {name:<15} median {cold[name]} ms, fastest {fastest} ms {error}".rstrip())
    lines += [
        "",
        "scale (generated knowledge bases):",
        "  intents   yaml MB   load ms  (first load: validate + index)   ask p50 ms  p99 ms  found",
    ]
    for row in figures["scale"].values():
        lines.append(
            f"  {row['intents']:>7,}  {row['yaml_bytes'] / 1e6:>8.2f}  {row['load_ms']:>8.1f}  "
            f"({row['first_load_ms']:.0f}: {row['validate_ms']:.0f} + {row['index_ms']:.0f})".ljust(64)
            + f"{row['ask_p50_ms']:>9.3f}  {row['ask_p99_ms']:>7.3f}  {row['found_share']:.0%}"
        )
    growth_figures = figures["scale_growth"]
    lines.append(
        f"  growth exponent, largest two sizes: ask p50 {growth_figures['ask_p50']}, load {growth_figures['load']}"
    )
    lines += ["", "targets:"]
    for target in figures["targets"]:
        mark = "ok  " if target["met"] else ("--  " if target["value"] is None else "MISS")
        lines.append(f"  {mark} {target['name']:<18} {target['value']} (limit {target['limit']})")
    if figures["hints"]:
        lines += ["", "profile hints:"] + [f"  - {h}" for h in figures["hints"]]
    return "\n".join(lines)


def pin_to_cpu(cpu: int | None) -> str:
    """Run on one given CPU (inherited by the commands started), where the system allows it.

    Not the default: on a shared machine the pinned CPU may be the busy one. Unpinned, the
    figures are still one core's, because answering a question uses one thread.
    """
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        return "not pinned; one thread"
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def run(quick: bool, cpu: int | None = None) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "cpu": pin_to_cpu(cpu),
    }
    figures.update(measure_ask(repeats=2 if quick else 5))
    figures["cold_start"] = measure_cold_start(runs=3 if quick else 9)
    figures["cold_start_ms"] = figures["cold_start"]["module_ms"]
    sizes = SIZES[:-1] if quick else SIZES
    figures["scale"] = {str(size): measure_size(size, 100 if quick else 300) for size in sizes}
    figures["scale_growth"] = {
        "ask_p50": growth(figures["scale"], "ask_p50_ms"),
        "load": growth(figures["scale"], "load_ms"),
    }
    targets = check(figures)
    figures["targets"] = [t.to_dict() for t in targets]
    figures["hints"] = hints(figures, targets, quick)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--quick", action="store_true", help="fewer runs, and no 10,000-intent knowledge base")
    parser.add_argument("--cpu", type=int, metavar="N", help="pin the benchmark to CPU number N")
    args = parser.parse_args()
    figures = run(args.quick, args.cpu)
    print(json.dumps(figures, indent=2) if args.json else text_report(figures))


if __name__ == "__main__":
    main()
