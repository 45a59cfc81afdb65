"""Training and grouped cross-validation: no letter is scored by a model that saw its group."""

from __future__ import annotations

from desktop_app.commitments import evaluate as evaluate_module
from desktop_app.commitments import train as train_module
from desktop_app.commitments.evaluate import Report
from desktop_app.commitments.learned import Example, Model
from desktop_app.commitments.train import CrossValidation, choose_bands, cross_validate


def test_cross_validation_never_trains_on_the_group_it_scores(monkeypatch) -> None:
    groups = train_module.letter_groups()
    corpus = {r.letter for r in train_module.load_set("corpus")}
    seen: dict[str, set[str]] = {}

    def fake_fit(examples, **_):
        model = Model({"bias": -10.0}, {k: {} for k in ("promise", "action", "refusal",
                                                         "earlier")}, 0.5, 0.9)
        model.info = {"letters": sorted({e.letter for e in examples})}
        return model

    def fake_score(report, overall, high_only, shown, name, set_name, detector):
        seen.setdefault(name, set()).update(detector.__self__.info["letters"]
                                            if hasattr(detector, "__self__") else [])

    def fake_detector(model):
        class Bound:
            def __call__(self, *a, **k):
                return []
        bound = Bound()
        bound.__self__ = model  # type: ignore[attr-defined]
        return bound

    monkeypatch.setattr(train_module, "fit", fake_fit)
    monkeypatch.setattr(train_module, "_score", fake_score)
    monkeypatch.setattr(train_module, "model_detector", fake_detector)
    cv = cross_validate("ministry")
    assert set(seen) == corpus  # every corpus letter is scored exactly in its own fold
    for name, trained_on in seen.items():
        ministry = groups[name]["ministry"]
        assert trained_on, name
        assert all(groups[other]["ministry"] != ministry for other in trained_on), name
    assert set(cv.per_group) == {groups[n]["ministry"] for n in corpus}


def test_bands_are_chosen_on_left_out_letters_and_high_is_stricter() -> None:
    examples = []
    for i in range(60):  # the rules accept 'cue' sentences; 'maybe' is one half of the time
        examples.append(Example({"bias": 1.0, "cue": 1.0}, "yes", "action", f"a{i}"))
        examples.append(Example({"bias": 1.0, "maybe": 1.0, "rule=none": 1.0},
                                "yes" if i % 2 else "no", "action", f"b{i}"))
        examples.append(Example({"bias": 1.0, "rule=none": 1.0}, "no", None, f"c{i}"))
    veto, possible, high = choose_bands(examples, folds=3)
    assert 0.0 <= veto < high <= 1.0 and 0.0 < possible <= 1.0
    # every rule hit here is right, and still a rule hit the scorer finds nearly impossible is
    # dropped: on letters the rules were not written against, those were false alarms
    assert veto >= 0.05
    model = train_module.train(examples)
    assert model.probability({"bias": 1.0, "cue": 1.0}) >= high  # sure ones are high
    assert model.probability({"bias": 1.0, "maybe": 1.0, "rule=none": 1.0}) < high  # coin flips


def test_the_cross_validation_report_names_the_figures_that_count(monkeypatch) -> None:
    overall, high = Report(), Report()
    overall.overall.tp, overall.overall.fp, overall.overall.fn = 8, 2, 2
    overall.kind_correct = 7
    high.overall.tp, high.overall.fn = 5, 5
    canned = CrossValidation("site", overall, high, {"okb": overall}, 6, 1,
                             {"okb": (0.4, 0.9)})
    monkeypatch.setattr(train_module, "cross_validate", lambda grouping: canned)
    text = evaluate_module.format_cross_validation("site")
    assert "unseen sites" in text
    assert "overall     0.800  0.800  0.800" in text
    assert "kind accuracy: 0.875" in text
    assert "6 shown, 1 of them borderline or wrong (0.167)" in text
    assert "okb" in text and "dev (the shipped detector; tuned on it)" in text


def test_the_ministry_halves_are_fixed_and_cover_every_labelled_ministry() -> None:
    # sorted codes, alternating: the rule was stated before any error was read
    assert train_module.HALVES == {"A": ("AZ", "BZK", "EZK", "IenW", "LNV", "SZW"),
                                   "B": ("BZ", "Def", "Fin", "JenV", "OCW", "VWS")}
    ministries = {g["ministry"] for g in train_module.letter_groups().values()}
    assert ministries == set(train_module.MINISTRIES)
    assert train_module.half_of("IenW") == "A" and train_module.half_of("JenV") == "B"


def test_the_figures_of_a_half_add_up_to_the_whole() -> None:
    def report(tp: int, fp: int, fn: int, kind: str) -> Report:
        r = Report()
        r.overall.tp, r.overall.fp, r.overall.fn, r.kind_correct = tp, fp, fn, tp
        r.per_kind[kind].tp = tp
        r.errors.append(f"FN {kind}")
        return r
    a, b = report(3, 1, 2, "promise"), report(5, 0, 1, "action")
    cv = CrossValidation("ministry", Report(), Report(), {}, 0, 0, {},
                         {"a": (a, Report(), 2, 1), "b": (b, Report(), 3, 0)})
    both, _, shown, bad = cv.subset({"a", "b", "not scored"})
    assert (both.overall.tp, both.overall.fp, both.overall.fn) == (8, 1, 3)
    assert (both.per_kind["promise"].tp, both.per_kind["action"].tp) == (3, 5)
    assert (shown, bad, both.kind_correct, len(both.errors)) == (5, 1, 8, 2)
    only_a = cv.subset({"a"})[0]
    assert (only_a.overall.tp, only_a.errors) == (3, ["FN promise"])


def test_fit_chooses_the_regularisation_by_inner_cross_validation() -> None:
    examples = []
    for i in range(45):
        examples.append(Example({"bias": 1.0, "rule=none": 1.0, "cue": 1.0}, "yes", "action",
                                f"a{i}"))
        examples.append(Example({"bias": 1.0, "rule=none": 1.0, "x": 1.0}, "no", None, f"b{i}"))
    grid = ({"epochs": 0}, {"epochs": 25})  # no training at all cannot tell them apart
    for order in (grid, grid[::-1]):
        model = train_module.fit(examples, grid=order)
        assert model.info["params"] == {"epochs": 25}
        assert model.probability({"bias": 1.0, "rule=none": 1.0, "cue": 1.0}) > model.possible
    assert train_module.fit(examples, epochs=0).info["params"] == {"epochs": 0}
