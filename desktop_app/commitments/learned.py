"""The learned scorer: two linear models over sentence features, in plain Python.

* a logistic regression gives the probability that a sentence is a commitment;
* a softmax regression gives its kind (promise, action, refusal, earlier).

Weights are trained on the labelled letters (``python -m desktop_app.commitments.train``) and
shipped as a small JSON file (``weights.json`` beside this module), read once. Inference is a sum
of weights per feature: no network, no numerical library. Training is plain Python too (Adagrad
over the sparse features), fast enough for grouped cross-validation on a laptop.
"""

from __future__ import annotations

import json
import math
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from desktop_app.model import COMMITMENT_KINDS

WEIGHTS = Path(__file__).with_name("weights.json")
Features = dict[str, float]


@dataclass
class Model:
    """Weights of the two regressions and the probability bands the detector uses.

    A sentence the cue rules accept stays a commitment unless its probability is below
    ``veto``; a sentence they pass over becomes one at ``possible`` or above. At ``high`` or
    above a commitment is shown at high confidence.
    """

    binary: dict[str, float]
    kinds: dict[str, dict[str, float]]
    veto: float = 0.05
    possible: float = 0.6
    high: float = 0.8
    info: dict = field(default_factory=dict)  # what it was trained on, for the record

    def probability(self, features: Features) -> float:
        """How likely the sentence with these features is a commitment (0..1)."""
        weights = self.binary
        if set(features.values()) == {1.0}:  # the usual case: names that are present
            return _sigmoid(sum(map(weights.get, features, repeat(0.0))))
        return _sigmoid(sum(weights.get(name, 0.0) * v for name, v in features.items()))

    def kind(self, features: Features) -> str:
        """The most likely kind of commitment."""
        def score(kind: str) -> float:
            weights = self.kinds[kind]
            return sum(weights.get(name, 0.0) * v for name, v in features.items())
        return max(self.kinds, key=score)

    def to_json(self) -> str:
        data = {"veto": self.veto, "possible": self.possible, "high": self.high,
                "info": self.info,
                "binary": _rounded(self.binary),
                "kinds": {k: _rounded(w) for k, w in self.kinds.items()}}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0)

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(data["binary"], data["kinds"], data["veto"], data["possible"], data["high"],
                   data.get("info", {}))


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    """Weights to 4 decimals, the negligible ones dropped (a smaller file, the same verdicts)."""
    return {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 5e-4}


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model shipped with the app, or None when the weights file is missing."""
    try:
        return Model.from_json(WEIGHTS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Example:
    """One labelled sentence as the learner sees it."""

    features: Features
    label: str  # yes | borderline | no
    kind: str | None
    letter: str = ""


def train(examples: Sequence[Example], *, l2: float = 1e-3, epochs: int = 25,
          positive_weight: float = 2.0, rate: float = 0.3, seed: int = 7) -> Model:
    """Fit both regressions. Borderline sentences are left out of the binary model (the guide
    counts them neither way) and kept for the kind model."""
    binary = [(e.features, 1.0 if e.label == "yes" else 0.0) for e in examples
              if e.label != "borderline"]
    kinds = [(e.features, e.kind) for e in examples
             if e.label != "no" and e.kind in COMMITMENT_KINDS]
    return Model(
        binary=_train_binary(binary, l2, epochs, positive_weight, rate, seed),
        kinds=_train_softmax(kinds, l2, epochs, rate, seed),
    )


def _train_binary(data: list[tuple[Features, float]], l2: float, epochs: int,
                  positive_weight: float, rate: float, seed: int) -> dict[str, float]:
    """Logistic regression by Adagrad, one sentence at a time, with L2 on the touched weights."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-6)
    order = list(range(len(data)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            features, target = data[i]
            p = _sigmoid(sum(weights[k] * v for k, v in features.items()))
            error = (p - target) * (positive_weight if target else 1.0)
            for k, v in features.items():
                g = error * v + (l2 * weights[k] if k != "bias" else 0.0)
                squares[k] += g * g
                weights[k] -= rate * g / math.sqrt(squares[k])
    return dict(weights)


def _train_softmax(data: list[tuple[Features, str]], l2: float, epochs: int, rate: float,
                   seed: int) -> dict[str, dict[str, float]]:
    """Multinomial logistic regression over the kinds, trained like the binary one."""
    kinds = list(COMMITMENT_KINDS)
    weights = {k: defaultdict(float) for k in kinds}
    squares = {k: defaultdict(lambda: 1e-6) for k in kinds}
    order = list(range(len(data)))
    shuffle = random.Random(seed + 1).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            features, target = data[i]
            scores = {c: sum(weights[c][k] * v for k, v in features.items()) for c in kinds}
            top = max(scores.values())
            exps = {c: math.exp(s - top) for c, s in scores.items()}
            total = sum(exps.values())
            for c in kinds:
                error = exps[c] / total - (1.0 if c == target else 0.0)
                w, sq = weights[c], squares[c]
                for k, v in features.items():
                    g = error * v + (l2 * w[k] if k != "bias" else 0.0)
                    sq[k] += g * g
                    w[k] -= rate * g / math.sqrt(sq[k])
    return {c: dict(w) for c, w in weights.items()}
