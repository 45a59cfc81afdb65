"""The learned scorer: training, inference, the weights file and the detector's decisions."""

from __future__ import annotations

import json

import pytest

from desktop_app.commitments import AT_MOST_POSSIBLE, decide, detect
from desktop_app.commitments.learned import Example, Model, shipped_model, train
from desktop_app.commitments.rules import Verdict


def _examples() -> list[Example]:
    """A feature 'cue' that marks commitments, 'noise' on both sides, kinds by 'k_*'."""
    out = []
    for i in range(40):
        out.append(Example({"bias": 1.0, "cue": 1.0, "k_promise": 1.0, f"n{i % 3}": 1.0},
                           "yes", "promise", f"a{i}"))
        out.append(Example({"bias": 1.0, "cue": 1.0, "k_action": 1.0, f"n{i % 3}": 1.0},
                           "yes", "action", f"b{i}"))
        out.append(Example({"bias": 1.0, f"n{i % 3}": 1.0}, "no", None, f"c{i}"))
        out.append(Example({"bias": 1.0, "k_action": 1.0}, "borderline", "action", f"d{i}"))
    return out


def test_training_learns_which_features_mark_a_commitment_and_its_kind() -> None:
    model = train(_examples())
    assert model.probability({"bias": 1.0, "cue": 1.0}) > 0.8
    assert model.probability({"bias": 1.0, "n1": 1.0}) < 0.2
    assert model.kind({"bias": 1.0, "cue": 1.0, "k_promise": 1.0}) == "promise"
    assert model.kind({"bias": 1.0, "cue": 1.0, "k_action": 1.0}) == "action"


def test_training_is_deterministic() -> None:
    assert train(_examples()).binary == train(_examples()).binary


def test_the_weights_survive_the_json_file_with_the_same_verdicts() -> None:
    model = train(_examples())
    model.veto, model.possible, model.high = 0.05, 0.45, 0.85
    back = Model.from_json(model.to_json())
    assert (back.veto, back.possible, back.high) == (0.05, 0.45, 0.85)
    for features in ({"bias": 1.0, "cue": 1.0}, {"bias": 1.0, "n2": 1.0}):
        assert back.probability(features) == pytest.approx(model.probability(features), abs=1e-3)
        assert back.kind({**features, "k_promise": 1.0}) == model.kind(
            {**features, "k_promise": 1.0})


def test_the_shipped_weights_are_a_small_valid_model() -> None:
    model = shipped_model()
    assert model is not None, "desktop_app/commitments/weights.json is missing"
    assert 0.0 <= model.veto < model.possible <= 1.0 and model.veto < model.high <= 1.0
    assert set(model.kinds) == {"promise", "action", "refusal", "earlier"}
    assert model.info["letters"] >= 100 and model.info["commitments"] >= 200
    assert all(isinstance(w, float) for w in model.binary.values())
    json.loads(model.to_json())


def _model(weights: dict[str, float], veto: float = 0.1, possible: float = 0.7,
           high: float = 0.8) -> Model:
    kinds = {k: {} for k in ("promise", "action", "refusal", "earlier")}
    kinds["refusal"], kinds["action"] = {"k_refusal": 1.0}, {"lean": 1.0}
    return Model(weights, kinds, veto, possible, high)


def test_rules_and_scorer_decide_together() -> None:
    verdict = Verdict("promise", "zal informeren: …", None)
    model = _model({"sure": 5.0, "unsure": 0.0, "lean": 1.0, "wrong": -5.0})
    assert decide(model, verdict, {"sure": 1.0}) == ("promise", "high")
    assert decide(model, verdict, {"unsure": 1.0}) == ("promise", "possible")
    assert decide(model, verdict, {"wrong": 1.0}) is None  # vetoed: very unlikely
    # a sentence the rules pass over: the scorer adds it when fairly sure, with its kind
    assert decide(model, None, {"sure": 1.0, "k_refusal": 1.0}) == ("refusal", "high")
    assert decide(model, None, {"lean": 1.0}) == ("action", "possible")  # p 0.73
    assert decide(model, None, {"unsure": 1.0}) is None  # p 0.5: not sure enough
    assert decide(model, None, {}) is None  # too short to commit, or a question
    assert decide(None, verdict, {}) == ("promise", "high")  # no weights: the rules alone
    assert decide(None, None, {"sure": 1.0}) is None


def test_what_the_scorer_alone_finds_to_tell_the_kamer_is_a_promise() -> None:
    """As the rules have it for theirs: an action whose deed is telling the Kamer."""
    model = _model({"lean": 5.0})
    told = "Daarin zal ik ook ingaan op de evaluatie van de regeling."
    done = "Daarbij zal de subsidie voor de regeling worden verhoogd."
    assert decide(model, None, {"lean": 1.0}, told) == ("promise", "high")
    assert decide(model, None, {"lean": 1.0}, done) == ("action", "high")
    assert decide(model, None, {"lean": 1.0}) == ("action", "high")  # no sentence given


@pytest.mark.parametrize("feature", sorted(AT_MOST_POSSIBLE))
def test_about_this_letter_and_ongoing_efforts_are_at_most_possible(feature: str) -> None:
    model = _model({"sure": 5.0})
    verdict = Verdict("action", "blijven: …", None)
    assert decide(model, verdict, {"sure": 1.0, feature: 1.0}) == ("action", "possible")


def test_detect_rates_a_plain_promise_high_and_a_statement_about_the_letter_possible() -> None:
    text = ("Ik zal uw Kamer voor het zomerreces van 2026 informeren over de uitkomsten van "
            "het onderzoek.\n\nHierbij stuur ik u, mede namens de minister van Financiën, de "
            "voortgangsrapportage over het eerste halfjaar.")
    found = detect(text, letter_date="2026-02-02")
    by_start = {c.text.split()[0]: c for c in found}
    assert by_start["Ik"].confidence == "high"
    assert by_start["Ik"].deadline == {"from": "2026-02-02", "to": "2026-07-01"} or \
        by_start["Ik"].deadline["to"] < "2026-07-10"
    assert all(c.confidence == "possible" for c in found if c.text.startswith("Hierbij"))


def test_a_promise_reported_under_a_reporting_verb_is_an_earlier_promise() -> None:
    text = ("In mijn brief van mei heb ik aangegeven dat ik uw Kamer voor de zomer zal "
            "informeren over de uitkomsten.")
    model = _model({"bias": 5.0})
    features = _sentence(text)
    assert "reported_promise" in features
    assert decide(model, Verdict("promise", "zal informeren: …", None), features) == (
        "earlier", "high")
    # the same promise made now stays a promise
    now = _sentence("Ik zal uw Kamer voor de zomer informeren over de uitkomsten.")
    assert decide(model, Verdict("promise", "zal informeren: …", None), now) == (
        "promise", "high")


def test_an_earlier_promise_of_a_body_outside_government_is_no_rule_hit() -> None:
    text = ("In dat overleg heeft de Stichting van de Arbeid toegezegd u regelmatig te "
            "informeren over de uitvoering van het akkoord.")
    features = _sentence(text)
    assert "promised_by_others" in features
    verdict = Verdict("earlier", "toegezegd: toegezegd", None)
    assert decide(_model({"bias": 0.0}, veto=0.0), verdict, features) is None  # p 0.5 < 0.7
    decision = decide(_model({"bias": 5.0}), verdict, features)  # the scorer may still add it
    assert decision is not None and decision[0] != "earlier"
    ours = _sentence("In dat overleg heeft de minister toegezegd u regelmatig te informeren "
                     "over de uitvoering van het akkoord.")
    assert "promised_by_others" not in ours
    assert decide(_model({"bias": 0.0}, veto=0.0), verdict, ours) == ("earlier", "possible")


def _sentence(text: str) -> dict[str, float]:
    from desktop_app.commitments.features import SentenceContext, sentence_features

    return sentence_features(SentenceContext(0, len(text), text), "2024-01-10", None)
