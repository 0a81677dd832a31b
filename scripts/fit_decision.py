"""Fit the answer-or-decline model in chatbot/decide.py on the tuning questions, and print it.

    python scripts/fit_decision.py            # fit, sweep the threshold, print the settings to paste
    python scripts/fit_decision.py --check    # also report the held-out figures (never used to choose)

A question is a positive example when its best intent quotes what one of its expected intents
quotes: answering would be right. Out-of-scope questions, and in-scope ones whose best intent is wrong, are
negatives. The model is a logistic regression with a little L2, fitted by Newton's method (ten
features need nothing more). The bot answers when the probability is at least 0.5: answering is
then more likely right than wrong. A question whose uncovered topic leads by ``UNCOVERED_LEAD`` is
declined whatever the model says (``decide.overruled``), so it is left out of the fit. The sweep
of other thresholds is printed for information; it moves answers between in-scope accuracy and
declines along the same frontier.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["CHATBOT_NO_CACHE"] = "1"  # always prepare from the files as they are now

from chatbot import Chatbot, decide, smalltalk  # noqa: E402
from chatbot.evaluate import NONE, Turn, evaluate, load_turns, quotes_expected  # noqa: E402
from chatbot.sanitise import clean  # noqa: E402

DATA = ROOT / "tests" / "data"
TUNING = tuple(sorted(p.name for p in DATA.glob("dev_questions*.yaml")))
HELD_OUT = ("heldout_questions.yaml",)
L2 = 0.01


def questions(names: tuple[str, ...]) -> list[Turn]:
    return load_turns(*(DATA / name for name in names))


def examples(bot: Chatbot, turns: list[Turn]) -> tuple[list[list[float]], list[int]]:
    """The evidence for each question, and whether answering with its best intent is right.

    Long messages are read with a neutral model, so the fit does not depend on the coefficients it
    replaces: its probability is 0.5 for every reading (sigmoid of 0), which is ``QUESTION_SURE``,
    so every question sentence the overruling rule leaves alone counts as sure. Fitted on its own
    readings, the model swung between two settings that both scored lower on the tuning files.
    """
    saved = decide.INTERCEPT, decide.COEFFICIENTS
    decide.INTERCEPT, decide.COEFFICIENTS = 0.0, (0.0,) * len(decide.FEATURES)
    try:
        return _examples(bot, turns)
    finally:
        decide.INTERCEPT, decide.COEFFICIENTS = saved


def _examples(bot: Chatbot, turns: list[Turn]) -> tuple[list[list[float]], list[int]]:
    rows, labels = [], []
    for turn in turns:
        text, chat = smalltalk.read(clean(turn.q)[0])  # as a conversation reads it: "Hi, ..." is a question
        if chat is not None:
            continue  # small talk and advice requests never reach the decision
        _, candidates = bot.matcher.understand(text)
        features = decide.evidence(candidates, bot.answers)
        if features is None or decide.overruled(features):
            continue  # no intent matched at all, or an uncovered topic leads: declined, whatever the model
        best = next(c for c in candidates if c.covered)
        rows.append(features)
        right = NONE not in turn.expect and quotes_expected(bot, best.key, turn.expect)
        labels.append(int(right))
    return rows, labels


def fit(rows: list[list[float]], labels: list[int], rounds: int = 25) -> list[float]:
    """Logistic regression by Newton's method; returns [intercept, *coefficients]."""
    data = [[1.0, *row] for row in rows]
    size = len(data[0])
    w = [0.0] * size
    for _ in range(rounds):
        gradient = [-L2 * w[j] if j else 0.0 for j in range(size)]
        hessian = [[(L2 if i == j and i else 0.0) for j in range(size)] for i in range(size)]
        for x, y in zip(data, labels, strict=True):
            p = decide.sigmoid(sum(a * b for a, b in zip(w, x, strict=True)))
            for i in range(size):
                gradient[i] += (y - p) * x[i]
                for j in range(size):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve(hessian, gradient)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def figures(bot: Chatbot, turns: list[Turn]) -> dict[str, float]:
    result = evaluate(bot, [[t] for t in turns]).figures()
    return {"in_scope": result["in_scope"] or 0.0, "declined": result["out_of_scope_declined"] or 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="also print the held-out figures")
    args = parser.parse_args()
    bot = Chatbot()
    tuning = questions(TUNING)
    rows, labels = examples(bot, tuning)
    w = fit(rows, labels)
    decide.INTERCEPT, decide.COEFFICIENTS = w[0], tuple(w[1:])
    print(f"fitted on {len(rows)} questions ({sum(labels)} where answering is right)")
    threshold_in_use = decide.ANSWER_PROBABILITY
    for threshold in [t / 100 for t in range(30, 71, 5)]:
        decide.ANSWER_PROBABILITY = threshold
        f = figures(bot, tuning)
        print(f"  threshold {threshold:.2f}: in scope {f['in_scope']:.3f}, declined {f['declined']:.3f}")
    decide.ANSWER_PROBABILITY = threshold_in_use
    print("\nsettings for chatbot/decide.py:")
    print("COEFFICIENTS = (" + ", ".join(f"{c:.3f}" for c in w[1:]) + ")")
    print(f"INTERCEPT = {w[0]:.3f}")
    if args.check:
        print("held out (for information only):", figures(bot, questions(HELD_OUT)))


if __name__ == "__main__":
    main()
