"""What the learned scorer sees of a sentence: clause cues, the rules' verdict, words, context.

Every feature is a name with the value 1 (present). They are built to describe *how* Dutch
government letters commit, not *which* sentences did in the labelled letters:

* clause cues — a government actor or first person, "u"/the Kamer, communication verbs, modal
  and tense (zal/gaan/wil, present, perfect, past), a future time or a deadline phrase, passive
  voice, negation, refusal/earlier-promise/about-this-letter/hedge words, what others say;
* conjunctions a linear model cannot build itself ("government actor *and* zal", "present tense
  *and* future time", "negation *and* intention");
* the cue rules' verdict and cue name (``rules.classify``) and the filters they run;
* the words of the sentence and its first two words (the Dutch sentence start carries the
  clause type: "Hierbij", "Ik zal", "In het voorjaar stuur ik");
* context: the heading the sentence is under ("Vervolg", "Planning", "Toezeggingen"), whether
  it is a list item, its place in the letter and the verdict on its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.commitments import rules
from desktop_app.commitments.deadlines import find_deadline, normalise_deadline
from desktop_app.model import Block

_GOV = (
    r"het kabinet|de regering|kabinet|regering|(?:de )?ministers?(?: van [\w&]+| voor \w+)?"
    r"|(?:de )?staatssecretaris(?:sen)?|ministerie|departement|rijksoverheid|het rijk|defensie"
    r"|de ind|het coa|douane|rijkswaterstaat|belastingdienst|toeslagen|nvwa|inspectie|uwv|svb"
    r"|cbs|rivm|politie|ncg|rvo|agentschap|de overheid|nederland"
)
_OTHER = (
    r"raad van state|onderzoeksraad|ovv|wodc|rekenkamer|ombudsman|commissie|europese commissie"
    r"|voorzitterschap|lidstaten|stichting|gemeenten|provincies|waterschappen|sociale partners"
    r"|werkgevers|bedrijven|partijen|rapport|onderzoekers|adviseur|adviesraad|de raad"
)
_COMM = (
    r"informeren|geïnformeerd|geinformeerd|informeer|inlichten|sturen|stuur|toesturen|zenden|zend"
    r"|toekomen|aanbieden|aan te bieden|bied|rapporteren|rapporteer|berichten|terugkomen"
    r"|terug te komen|verslag doen|tegemoet zien|ontvangt|ontvangen|beantwoorden|beantwoord"
    r"|voorleggen|toelichten|op de hoogte|delen|meenemen|betrekken"
)
_FUTURE_TIME = (
    r"voor de zomer|na de zomer|zomerreces|kerstreces|voorjaarsreces|herfstreces"
    r"|(?:dit|komend|komende|in het|voor het) (?:voorjaar|najaar|zomer|winter)|\bq[1-4]\b"
    r"|kwartaal|\beind 20\d\d|\bbegin 20\d\d|\bmedio 20\d\d|binnenkort|op (?:zeer )?korte termijn"
    r"|de komende|komend jaar|volgend jaar|per direct|aanstaande|\ba\.s\.|voortaan|in het vervolg"
    r"|binnen (?:\w+ )?(?:weken|maanden|dagen|week)|uiterlijk|zo spoedig mogelijk|spoedig"
    r"|in de loop van|na afloop|vanaf|met ingang van|zodra|straks|later dit jaar"
)
_PAST = (
    r"\bjl\.|jongstleden|afgelopen|\bwas\b|\bwaren\b|\bwerd\b|\bwerden\b|\bhad\b|\bhadden\b"
    r"|in (?:mijn|de|haar|zijn) brief van|tijdens het (?:algemeen overleg|ao|commissiedebat"
    r"|debat|notaoverleg)|\bop \d{1,2} \w+ (?:jl|20\d\d)"
)
_EARLIER = (
    r"toezegging|toegezegd|toe te zeggen|zoals aangekondigd|zoals aangegeven|zoals gemeld"
    r"|aangekondigd|aangegeven|laten weten|gestand|nakom|\bkom\w* .{0,40}\bna\b|beloofd"
    r"|conform (?:mijn |de |deze |onze )?(?:toezegging|afspraak|motie)|uitgesproken|verzoek van"
    r"|motie|naar aanleiding van|in reactie op|uitvoering van|verzocht"
)
_SELF = (
    r"(?:in|met|bij|via) (?:deze|onderhavige|voorliggende) (?:\w+)?brief|\bhierbij\b|bijgaand"
    r"|in bijlage|hieronder|deze brief|dit verslag|deze notitie|deze rapportage|als volgt"
    r"|hierna|in het onderstaande|ga ik in op|wordt ingegaan"
)
_OTHERS_SAY = (
    r"beveelt|adviseert|adviseren|concludeert|concluderen|constateert|pleit|raadt|aanbevolen"
    r"|aanbeveling|verzoekt|stelt voor|vraagt|vroeg|roept"
)
_INTENT = (
    r"voornemen|voornemens|streven|streef|\binzet\b|zet\w* (?:\w+ ){0,3}in\b|ambitie|prioriteit"
    r"|beoog\w*|gericht op|erop gericht|besloten|besluit|kies\w* (?:er )?voor|ervoor gekozen"
    r"|\bwil\b|willen|van plan|plannen|doel|voorstel|wetsvoorstel|uitwerk|opstellen|starten"
)
_REFUSE = (
    r"niet over\b|niet overgenomen|geen aanleiding|geen reden|geen noodzaak|geen mededeling"
    r"|geen toestemming|af te zien|zie\w* af|niet voornemens|niet van plan|geen meerwaarde"
    r"|niet (?:worden )?gedeeld|niet (?:mogelijk|haalbaar|wenselijk)|kan (?:ik|het kabinet)? ?niet"
    r"|niet (?:in|aan) te gaan|ontraad|geen gevolg|niet in te stemmen|wijs\w* \w* ?af|afgewezen"
    r"|niet (?:open)?baar|geen voorstander"
)
_STANCE = (
    r"\b(?:vind|vindt|onderstreep\w*|benadruk\w*|acht|hecht|deel|erken\w*|betreur\w*|constateer"
    r"|verwelkom\w*|steun\w*|ben van mening|meen|denk|herken|waardeer|begrijp)\b"
)
_PRED = (
    r"leiden|bijdragen|resulteren|opleveren|betekenen|toenemen|afnemen|stijgen|dalen|kosten"
    r"|duren|blijken|ontstaan|vergen|nodig zijn|mogelijk zijn|het geval zijn|verwacht\w*"
    r"|waarschijnlijk|wellicht|mogelijk"
)
_HABIT = (
    r"jaarlijks|maandelijks|wekelijks|altijd|regelmatig|doorgaans|momenteel|op dit moment"
    r"|inmiddels|reeds|\bal\b|\bnu\b|sinds|nog steeds|onverminderd|blijft|blijven|continu"
)
_SUBORD = (
    r"^(?:dat|die|waar\w*|welke|hoe|als|indien|wanneer|omdat|zodat|voordat|nadat|doordat"
    r"|terwijl|zodra|om|mits|tenzij|of)\b"
)
_DOCS = (
    r"evaluatie|rapportage|voortgangsrapportage|brief|reactie|kabinetsreactie|wetsvoorstel|visie"
    r"|beleidsreactie|appreciatie|verslag|notitie|plan van aanpak|nota|kamerbrief|overzicht"
    r"|voortgangsbrief|uitwerking|resultaten|uitkomsten|stand van zaken"
)
_PARTICIPLE = (
    r"\b(?:ge\w{3,}(?:d|t|en)|\w+(?:eerd|ceerd)|(?:aan|op|in|uit|vast|mee|voor|door|over|af|bij"
    r"|toe)ge\w+(?:d|t|en))\b"
)

# Cues that are a plain choice of words: looked up in the sentence's set of words.
_WORD_CUES = {
    "fp": {"ik", "wij", "we"},
    "fp_poss": {"mijn", "ons", "onze"},
    "zal": {"zal", "zullen"},
    "gaan": {"ga", "gaat", "gaan"},
    "zou": {"zou", "zouden"},
    "kan": {"kan", "kunnen", "kunt"},
    "moet": {"moet", "moeten", "dient", "dienen"},
    "neg": {"niet", "geen", "nooit"},
    "perfect": {"heb", "heeft", "hebben"},
    "wordt": {"wordt", "worden"},
    "conditional": {"als", "indien", "wanneer", "mits", "tenzij"},
    "habit_word": {"jaarlijks", "maandelijks", "wekelijks", "altijd", "regelmatig", "doorgaans",
                   "momenteel", "inmiddels", "reeds", "al", "nu", "sinds", "onverminderd",
                   "blijft", "blijven", "continu"},
}
def _gate(needles: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern finding any of the strings a cue cannot match without (a cheap gate)."""
    return re.compile("|".join(map(re.escape, needles))) if needles else None


# Cues that need a pattern, each with the strings it cannot match without (a cheap gate).
_REGEX_CUES = {
    name: (re.compile(pattern), _gate(needles))
    for name, pattern, needles in (
        ("gov", rf"\b(?:{_GOV})\b", ("kabinet", "regering", "minist", "staatssecret",
                                     "departement", "rijk", "defensie", "ind", "coa", "douane",
                                     "waterstaat", "belasting", "toeslag", "nvwa", "inspectie",
                                     "uwv", "svb", "cbs", "rivm", "politie", "ncg", "rvo",
                                     "agentschap", "overheid", "nederland")),
        ("other", rf"\b(?:{_OTHER})\b", ("raad", "ovv", "wodc", "rekenkamer", "ombudsman",
                                         "commissie", "voorzitterschap", "lidstaten", "stichting",
                                         "gemeenten", "provincies", "waterschappen", "partners",
                                         "werkgevers", "bedrijven", "partijen", "rapport",
                                         "onderzoekers", "adviseur")),
        ("parl", r"uw kamer|de (?:tweede |eerste )?kamer|beide kamers|\bu\b|\buw\b", ("u",)),
        ("comm", rf"\b(?:{_COMM})\b", ("inform", "ïnform", "inlicht", "stur", "zend", "toekom",
                                       "bied", "rapport", "bericht", "terug", "verslag",
                                       "tegemoet", "ontvang", "beantwoord", "voorleggen",
                                       "toelichten", "hoogte", "delen", "meenemen",
                                       "betrekken")),
        ("fut_time", rf"\b(?:{_FUTURE_TIME})", ("zomer", "reces", "voorjaar", "najaar", "winter",
                                               "q1", "q2", "q3", "q4", "kwartaal", "eind 20",
                                               "begin 20", "medio 20", "binnenkort", "termijn",
                                               "komend", "volgend", "per direct", "aanstaande",
                                               "a.s.", "voortaan", "vervolg", "binnen",
                                               "uiterlijk", "spoedig", "in de loop", "afloop",
                                               "vanaf", "met ingang", "zodra", "straks",
                                               "later dit jaar")),
        ("past", rf"\b(?:{_PAST})", ("jl", "jongstleden", "afgelopen", "was", "waren", "werd",
                                    "had", "brief van", "tijdens het")),
        ("earlier_lex", rf"\b(?:{_EARLIER})", ("toezeg", "toegez", "toe te zeggen", "zoals",
                                              "aangekond", "aangegeven", "laten weten",
                                              "gestand", "nakom", "kom", "beloofd", "conform",
                                              "uitgesproken", "verzoek", "motie",
                                              "naar aanleiding", "in reactie", "uitvoering",
                                              "verzocht")),
        ("self", rf"\b(?:{_SELF})", ("brief", "hierbij", "bijgaand", "bijlage", "hieronder",
                                    "verslag", "notitie", "rapportage", "als volgt", "hierna",
                                    "onderstaande", "in op", "ingegaan")),
        ("others_say", rf"\b(?:{_OTHERS_SAY})\b", ("beveel", "advise", "conclude", "constate",
                                                   "pleit", "raadt", "aanbevol", "aanbeveling",
                                                   "verzoekt", "stelt voor", "vraagt", "vroeg",
                                                   "roept")),
        ("intent", rf"\b(?:{_INTENT})", ("voorne", "strev", "streef", "inzet", "zet", "ambitie",
                                        "prioriteit", "beoog", "gericht op", "besl", "kies",
                                        "gekozen", "wil", "plan", "doel", "voorstel", "uitwerk",
                                        "opstellen", "starten")),
        ("refuse", rf"\b(?:{_REFUSE})", ("niet", "geen", "af", "ontraad")),
        ("stance", _STANCE, ("vind", "onderstreep", "benadruk", "acht", "hecht", "deel", "erken",
                             "betreur", "constateer", "verwelkom", "steun", "mening", "meen",
                             "denk", "herken", "waardeer", "begrijp")),
        ("pred", rf"\b(?:{_PRED})\b", ("leiden", "bijdragen", "resulteren", "opleveren",
                                       "betekenen", "nemen", "stijgen", "dalen", "kosten",
                                       "duren", "blijken", "ontstaan", "vergen", "nodig zijn",
                                       "mogelijk", "het geval", "verwacht", "waarschijnlijk",
                                       "wellicht")),
        ("habit_phrase", r"\bop dit moment\b|\bnog steeds\b", ("op dit moment", "nog steeds")),
        ("docs", rf"\b(?:{_DOCS})\b", ("evaluatie", "rapport", "brief", "reactie",
                                       "wetsvoorstel", "visie", "appreciatie", "verslag",
                                       "notitie", "plan van aanpak", "nota", "overzicht",
                                       "uitwerking", "resultaten", "uitkomsten", "stand van")),
        ("participle", _PARTICIPLE, ("ge", "eerd")),
        ("u_subject", r"^(?:\w+ ){0,6}(?:ontvangt|kunt|zult|wordt) u\b|^u\b", ("u",)),
        ("tegemoet", r"tegemoet zien|tegemoet kunt", ("tegemoet",)),
        ("inverted_fp", r"^(?:\w+ ){1,6}?(\w+) (?:ik|wij|we|het kabinet)\b",
         ("ik", "wij", "we", "kabinet")),
        ("starts_subord", _SUBORD, ()),
    )
}
_STANCE_START = re.compile(rf"^(?:\w+ ){{0,2}}{_STANCE}")
_WEAK_INVERTED = re.compile(r"is|zijn|heb|ben|was|kan|moet|wil|vind|\w+(?:te|de)")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*|\d+")
_HEADING_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset(
    "de het een en van in op te dat die is voor met aan zijn er als bij om ook door dit deze"
    " niet of worden wordt naar over uit tot dan nog wel kan zo".split()
)
_FOOTNOTE_MARKS = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


@dataclass(frozen=True)
class SentenceContext:
    """A sentence of a letter with what surrounds it."""

    start: int
    end: int
    text: str
    block_kind: str = "paragraph"
    heading: str = ""  # the nearest heading before it (lower case), "" when none
    position: float = 0.0  # where it starts, as a share of the letter (0 = first)


def contexts(text: str, spans: Sequence[tuple[int, int]],
             blocks: Sequence[Block]) -> list[SentenceContext]:
    """Each sentence span with its block kind, the heading above it and its place."""
    headings = sorted((b.start, b.end) for b in blocks if b.kind == "heading")
    body = sorted((b.start, b.end, b.kind) for b in blocks if b.kind != "heading")
    out = []
    h = b = 0
    heading = ""
    size = max(1, len(text))
    for start, end in spans:
        while h < len(headings) and headings[h][0] <= start:
            heading = text[headings[h][0]:headings[h][1]].lower()
            h += 1
        while b < len(body) and body[b][1] <= start:
            b += 1
        kind = body[b][2] if b < len(body) and body[b][0] <= start else "paragraph"
        out.append(SentenceContext(start, end, text[start:end], kind, heading, start / size))
    return out


def sentence_features(
    ctx: SentenceContext, letter_date: str | None, verdict: rules.Verdict | None,
    neighbours: tuple[bool, bool] = (False, False),
) -> dict[str, float]:
    """The features of one sentence (see the module docstring); values are all 1.0."""
    low = " ".join(_FOOTNOTE_MARKS.sub("", ctx.text).lower().split())
    names = {"bias"}
    tokens = ["<num>" if t.isdigit() else t for t in _WORD.findall(low)]
    words = set(tokens)
    hit = _cues(low, words)
    names |= hit
    year = int(letter_date[:4]) if letter_date and letter_date[:4].isdigit() else None
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", low)] if "20" in low else []
    if years:
        names.add("year")
    if year and any(y >= year for y in years):
        names.add("year_future")
    elif years:
        names.add("year_past_only")
    n_words = low.count(" ") + 1
    names.add("len_short" if n_words < 8 else "len_long" if n_words > 40 else "len_mid")
    future = bool({"fut_time", "year_future"} & (hit | names))
    actor = bool({"fp", "gov"} & hit)
    names |= _conjunctions(hit, actor, future, low)
    names |= _rule_features(low, verdict)
    names |= deadline_features(ctx.text, letter_date)
    names |= _words(tokens)
    names |= _context_features(ctx, neighbours)
    return dict.fromkeys(names, 1.0)


def _conjunctions(hit: set[str], actor: bool, future: bool, low: str) -> set[str]:
    """Pairs of cues whose meaning lies in their combination."""
    pairs = {
        "actor_zal": actor and "zal" in hit,
        "actor_gaan": actor and "gaan" in hit,
        "actor_intent": actor and "intent" in hit,
        "parl_comm": "parl" in hit and "comm" in hit,
        "parl_comm_fut": "parl" in hit and "comm" in hit and (
            future or bool({"zal", "gaan"} & hit)),
        "comm_fut_nomodal": "comm" in hit and future and "zal" not in hit,
        "present_fut": future and not {"zal", "past", "perfect"} & hit,
        "passive_plan": {"wordt", "participle"} <= hit and not {"habit", "past"} & hit,
        "passive_fut": {"wordt", "participle"} <= hit and future and "past" not in hit,
        "zal_passive": {"zal", "participle"} <= hit and "worden" in low,
        "neg_actor": "neg" in hit and actor,
        "neg_intent": "neg" in hit and bool({"zal", "intent", "gaan"} & hit),
        "refuse_actor": "refuse" in hit and actor,
        "earlier_perfect": "earlier_lex" in hit and bool({"perfect", "past"} & hit),
        "earlier_parl": "earlier_lex" in hit and "parl" in hit,
        "earlier_future": "earlier_lex" in hit and (future or "zal" in hit),
        "self_comm": "self" in hit and "comm" in hit,
        "self_future": "self" in hit and (future or "zal" in hit),
        "other_zal": "other" in hit and "zal" in hit and "fp" not in hit,
        "zal_pred": "zal" in hit and "pred" in hit,
        "zal_moet": "zal" in hit and "moet" in hit,
        "stance_start": bool(_STANCE_START.search(low)),
        "past_no_future": "past" in hit and not future and "zal" not in hit,
        "habit_no_future": "habit" in hit and not future and "zal" not in hit,
    }
    names = {name for name, on in pairs.items() if on}
    match = _REGEX_CUES["inverted_fp"][0].search(low) if "inverted_fp" in hit else None
    if match and not {"perfect", "zal"} & hit and not _WEAK_INVERTED.fullmatch(match.group(1)):
        names.add("inverted_present_fp")
    return names


def _rule_features(low: str, verdict: rules.Verdict | None) -> set[str]:
    """The cue rules' verdict and the filters they apply."""
    names = set()
    if verdict is None:
        names.add("rule=none")
    else:
        names.add(f"rule={verdict.kind}")
        names.add(f"cue={verdict.cue.split(':')[0]}")
    if rules.about_this_letter(low):
        names.add("filter=self")
    if rules.others_say(low):
        names.add("filter=others")
    if rules.is_prediction(low):
        names.add("filter=prediction")
    return names


@lru_cache(maxsize=256)
def deadline_phrases(sentence: str, letter_date: str | None) -> tuple[str | None, str | None]:
    """(any time phrase, a phrase of a time ahead) of a sentence (``find_deadline``)."""
    phrase = find_deadline(sentence, letter_date, allow_past=True)
    return phrase, (find_deadline(sentence, letter_date) if phrase else None)


def deadline_features(sentence: str, letter_date: str | None) -> set[str]:
    """Whether the sentence names a time ahead (a deadline) or one already past."""
    any_phrase, phrase = deadline_phrases(sentence, letter_date)
    if not any_phrase:
        return set()
    if phrase:
        concrete = normalise_deadline(phrase, letter_date) is not None
        return {"deadline", "deadline_date" if concrete else "deadline_vague"}
    return {"deadline_past"}


def _cues(low: str, words: set[str]) -> set[str]:
    """The clause cues found in a lower-cased sentence (see _WORD_CUES and _REGEX_CUES)."""
    hit = {name for name, vocabulary in _WORD_CUES.items() if not vocabulary.isdisjoint(words)}
    for name, (pattern, gate) in _REGEX_CUES.items():
        if (gate is None or gate.search(low)) and pattern.search(low):
            hit.add(name)
    if "habit_word" in hit or "habit_phrase" in hit:
        hit.add("habit")
    if low.endswith("?"):
        hit.add("question")
    elif low.endswith(":"):
        hit.add("colon_end")
    return hit


def _words(tokens: list[str]) -> set[str]:
    """Words (digits as one token) and the sentence's first two words."""
    names = {f"w={t}" for t in tokens if t not in _STOP}
    if tokens:
        names.add(f"s0={tokens[0]}")
        if len(tokens) > 1:
            names.add(f"s01={tokens[0]}_{tokens[1]}")
    return names


def _context_features(ctx: SentenceContext, neighbours: tuple[bool, bool]) -> set[str]:
    """The heading above the sentence, its block kind, its place, its neighbours' verdicts."""
    names = {f"h={w}" for w in _HEADING_WORD.findall(ctx.heading)}
    if not ctx.heading:
        names.add("h=<none>")
    names.add(f"block={ctx.block_kind}")
    names.add(f"pos={min(4, int(ctx.position * 5))}")
    if neighbours[0]:
        names.add("prev_rule")
    if neighbours[1]:
        names.add("next_rule")
    return names
