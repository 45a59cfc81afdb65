"""Commitment detection in Kamerbrieven: promises, actions, refusals and earlier promises.

``detect`` splits a letter's normalised text into sentences (list items and paragraphs from
``blocks``; headings, signatures and footnotes are skipped), runs the cue rules on each, describes
each sentence by its features (``features.py``: clause cues, the rules' verdict, words, context)
and lets the learned scorer (``learned.py``, weights trained on labelled real letters) decide
whether it is a commitment, of which kind, and how sure it is (``high`` or ``possible``). It
returns ``Commitment`` objects whose offsets point into the same text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.commitments.deadlines import find_deadline, normalise_deadline
from desktop_app.commitments.features import (
    PROMISED_BY_OTHERS,
    REPORTED_PROMISE,
    SentenceContext,
    contexts,
    sentence_features,
)
from desktop_app.commitments.learned import Features, Model, shipped_model
from desktop_app.commitments.rules import Verdict, actor_of, classify, for_the_kamer, lowered
from desktop_app.commitments.sentences import paragraph_blocks, split_sentences
from desktop_app.model import Block, Commitment

# 2.22: weights on 804 letters (blind sets c51-c53 added);
# 2.21: the intention of a body outside the government ("Het Zweedse voorzitterschap is
# voornemens …", "De gemeenten hebben de ambitie om …") is no rule hit; weights on 769 letters;
# 2.20: weights on 769 letters (blind sets c48-c50 added);
# 2.19: a commitment the scorer alone finds whose deed is telling the Kamer is a promise (as
# the rules have it for theirs since 2.13);
# 2.18: the same intentions with the subject after the verb ("beoog ik", "streeft het
# kabinet", "wil de minister", "gaat de staatssecretaris"), "heeft het voornemen", "neemt zich
# voor", a promise kept "gestand" up to 120 characters after "toezegging", growth as a
# prediction ("zal … doorgroeien"); weights on 733 letters;
# 2.17: weights on 733 letters (blind sets c45-c47 added);
# 2.16: intentions of the government taken, held or wished ("heeft zich voorgenomen", "heeft
# de ambitie om", "wenst … te"), a government organisation whose "wil" comes first ("Defensie
# wil overgaan tot …"), participles with "onder" ("wordt … ondertekend"); weights on 697 letters;
# 2.15: what a meeting of others will discuss is an agenda, no commitment (a rule filter and a
# feature); weights on 697 letters (blind sets c42-c44 added);
# 2.14: the Kamer receiving, hedged, is a promise ("Uw Kamer zal naar verwachting …
# ontvangen"); "wordt uw Kamer … geïnformeerd" with up to 100 characters between; "ben ik
# bereid om … te" as an intention; weights on 665 letters;
# 2.13: a commitment whose deed is telling the Kamer (said in a document for it, sent to it,
# an answer to come) is a promise whichever rule found it; weights on 665 letters (blind sets
# c39-c41 added);
# 2.12: an unlisted dotted abbreviation ("t.o.v.") ends a sentence only before a capital;
# weights on 632 letters (blind sets c36-c38 added);
# 2.11: the veto starts at 0.05 (a rule hit the scorer gives under 5 % is dropped), chosen on
# the five earlier blind rounds; weights on 602 letters;
# 2.10: rule classes from blind sets c33-c35 ("geen aanleiding" in any person and with "tot",
# reporting to the Kamer is a promise, the cabinet acting in the present tense); weights on
# 602 letters;
# 2.9: the passive with a time soon to come or a next step; a letter or document promised in
# the present tense with a time to come; a promise reported in the passive; refusals in the
# present tense and made known by the letter; "van plan/zins"; "dat"/"die" after a
# preposition opens no clause; weights on 567 letters;
# 2.8: rule classes from blind sets c27-c30 (money the government puts in, a decision the
# letter makes known, the present with a time soon to come); "wil" with thanks or emphasis is
# no intention; weights on 550 letters;
# 2.7: rule classes from blind sets c23-c26 (a document sent to "u" in the passive present,
# "te doen komen", announcements in the simple past, a digit glued between words, declining
# to publish); weights on 512 letters;
# 2.6: a statement verb after "wil ik" is a whole word ("duidelijkheid verschaffen" is an act);
# 2.5: bands tied on inner F1 (within 0.005) go to recall;
# 2.4: rule classes from blind sets c18-c22 (meetings of others, announced before, acts with
# the Kamer, glued footnote digits); weights on 466 letters;
# 2.3: advice against a Kamer proposal, promises declared met; weights on 370 letters;
# 2.2: rule classes from blind sets c8-c15; 2.1: clause features (subject, finite verb,
# reported promises), bands by grouped inner CV; 2.0: rules + learned scorer with confidence;
# 1.5: "c.s." and glued footnote marks
DETECTOR_VERSION = "2.22"

SKIPPED_BLOCKS = frozenset({"heading", "signature", "footnote", "table_row"})
_HEADING_LIKE = re.compile(r"^[^.!?;:]{0,90}$")


def detect(
    text: str,
    blocks: Sequence[Block] = (),
    *,
    letter_date: str | None = None,
    signatory_role: str | None = None,
    model: Model | None = None,
) -> list[Commitment]:
    """Find the commitments in a letter's normalised text, sorted by start offset.

    ``model`` is the learned scorer (by default the one shipped); without weights the cue
    rules decide alone, every detection at high confidence.
    """
    model = model if model is not None else shipped_model()
    found = []
    for ctx, verdict, features in scored_sentences(text, blocks, letter_date, signatory_role):
        decision = decide(model, verdict, features, ctx.text)
        if decision is None:
            continue
        kind, confidence = decision
        found.append(_commitment(ctx, verdict, kind, confidence, letter_date, signatory_role))
    return found


def scored_sentences(
    text: str, blocks: Sequence[Block] = (), letter_date: str | None = None,
    signatory_role: str | None = None,
) -> list[tuple[SentenceContext, Verdict | None, Features]]:
    """The body sentences of a letter with the rules' verdict and their features, in order."""
    spans = split_sentences(text, _body_blocks(text, blocks))
    ctxs = contexts(text, spans, blocks)
    lows = [lowered(c.text) for c in ctxs]
    verdicts = [classify(c.text, signatory_role, letter_date, low)
                for c, low in zip(ctxs, lows, strict=True)]
    out = []
    for i, ctx in enumerate(ctxs):
        neighbours = (i > 0 and verdicts[i - 1] is not None,
                      i + 1 < len(verdicts) and verdicts[i + 1] is not None)
        out.append((ctx, verdicts[i], sentence_features(ctx, letter_date, verdicts[i],
                                                         neighbours, lows[i])))
    return out


def decide(model: Model | None, verdict: Verdict | None, features: Features,
           text: str | None = None) -> tuple[str, str] | None:
    """(kind, confidence) of a sentence, or None when it is not a commitment.

    The cue rules and the learned scorer decide together: a sentence the rules accept stays
    a commitment unless the scorer finds it very unlikely (below ``veto``); a sentence they
    pass over becomes one when the scorer is fairly sure (``possible`` or above). Measured on
    letters neither was tuned on, the union keeps the rules' recall and adds to it, where
    either alone did worse on one of the two blind sets. The kind is the rules' when they
    found one (they name it more reliably), else the scorer's; a promise reported in a
    "dat"-clause under a perfect reporting verb ("heb ik aangegeven dat ik … zal") is an
    earlier promise, and an earlier promise of a body outside government is no rule hit. At
    ``high`` or above a commitment is sure; statements about the letter itself and ongoing
    efforts are at most ``possible``. Without weights the rules decide alone. A commitment the
    scorer alone finds whose deed is telling the Kamer (``text``: the sentence) is a promise,
    as the rules have it for theirs (:func:`rules.for_the_kamer`).
    """
    if verdict and verdict.kind == "earlier" and PROMISED_BY_OTHERS in features:
        verdict = None  # a body outside government promised: a fact, unless the scorer says
    if model is None:
        return (verdict.kind, "high") if verdict else None
    if not features:  # too short to commit, or a question
        return None
    p = model.probability(features)
    if p < (model.veto if verdict else model.possible):
        return None
    kind = verdict.kind if verdict else model.kind(features)
    if kind == "action" and verdict is None and text is not None and \
            for_the_kamer(lowered(text)):
        kind = "promise"
    if kind in ("promise", "action") and REPORTED_PROMISE in features:
        kind = "earlier"  # "heb ik aangegeven dat ik … zal": the promise is reported, not new
    capped = not AT_MOST_POSSIBLE.isdisjoint(features)
    return kind, "high" if p >= model.high and not capped else "possible"


# Features that keep a detection at "possible": about this letter, ongoing efforts.
AT_MOST_POSSIBLE = frozenset({"filter=self", "self", "habit_no_future", "cue=blijven"})


def _commitment(ctx: SentenceContext, verdict: Verdict | None, kind: str, confidence: str,
                letter_date: str | None, signatory_role: str | None) -> Commitment:
    # An earlier promise quotes its own (often past) deadline: keep the words, not a date.
    earlier = kind == "earlier"
    phrase = find_deadline(ctx.text, letter_date, allow_past=earlier)
    deadline = normalise_deadline(phrase, letter_date) if phrase and not earlier else None
    return Commitment(
        start=ctx.start,
        end=ctx.end,
        text=ctx.text,
        kind=kind,
        actor=verdict.actor if verdict else actor_of(ctx.text, signatory_role),
        deadline_text=phrase,
        deadline=deadline,
        cue=verdict.cue if verdict else "learned",
        confidence=confidence,
    )


def _body_blocks(text: str, blocks: Sequence[Block]) -> list[Block]:
    """The blocks worth reading: paragraphs and list items, not headings or footnotes."""
    if blocks:
        return [b for b in blocks if b.kind not in SKIPPED_BLOCKS]
    return [b for b in paragraph_blocks(text) if not _HEADING_LIKE.match(text[b.start : b.end])]


__all__ = ["DETECTOR_VERSION", "decide", "detect", "scored_sentences"]
