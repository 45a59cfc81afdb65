"""What the learned scorer sees of a sentence: clause cues, the rules' verdict, words, context.

Every feature is a name with the value 1 (present). They are built to describe *how* Dutch
government letters commit, not *which* sentences did in the labelled letters:

* clause cues — a government actor or first person, "u"/the Kamer, communication verbs, modal
  and tense (zal/gaan/wil, present, perfect, past), a future time, passive
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.commitments import fastre, rules
from desktop_app.model import Block

# Each cue is a list of words and phrases ("|"-separated; a trailing * matches any ending of
# its last word). They are looked up in the sentence's words and word pairs, triples and
# quadruples: a set lookup each, so describing every sentence of a letter stays cheap.
CUES: dict[str, str] = {
    "gov": "kabinet|regering|minister|ministers|staatssecretaris|staatssecretarissen|ministerie"
           "|departement|rijksoverheid|het rijk|defensie|ind|coa|douane|rijkswaterstaat"
           "|belastingdienst|toeslagen|nvwa|inspectie|uwv|svb|cbs|rivm|politie|ncg|rvo"
           "|agentschap|overheid|nederland",
    "other": "raad van state|onderzoeksraad|ovv|wodc|rekenkamer|ombudsman|commissie"
             "|voorzitterschap|lidstaten|lidstaat|stichting|gemeenten|provincies|waterschappen"
             "|sociale partners|werkgevers|bedrijven|partijen|rapport|onderzoekers|adviseur"
             "|adviesraad|de raad",
    "parl": "u|uw|kamer|kamers",
    "comm": "informeren|geïnformeerd|geinformeerd|informeer|inlichten|sturen|stuur|toesturen"
            "|zenden|zend|toekomen|aanbieden|aan te bieden|bied|rapporteren|rapporteer"
            "|berichten|terugkomen|terug te komen|verslag doen|tegemoet zien|ontvangt|ontvangen"
            "|beantwoorden|beantwoord|voorleggen|toelichten|op de hoogte|delen|meenemen"
            "|betrekken|toezenden",
    "fut_time": "voor de zomer|na de zomer|zomerreces|kerstreces|voorjaarsreces|herfstreces"
                "|dit voorjaar|dit najaar|komend voorjaar|komend najaar|komende zomer"
                "|in het voorjaar|in het najaar|voor het najaar|kwartaal|binnenkort"
                "|korte termijn|de komende|komend jaar|volgend jaar|per direct|aanstaande|a s"
                "|voortaan|in het vervolg|uiterlijk|zo spoedig mogelijk|spoedig|in de loop van"
                "|na afloop|vanaf|met ingang van|zodra|straks|later dit jaar|binnen <num>"
                "|eind <num>|begin <num>|medio <num>|q",
    "past": "jl|jongstleden|afgelopen|was|waren|werd|werden|had|hadden|brief van"
            "|tijdens het algemeen|tijdens het commissiedebat|tijdens het debat",
    "earlier_lex": "toezegging*|toegezegd|toe te zeggen|zoals aangekondigd|zoals aangegeven"
                   "|zoals gemeld|aangekondigd|aangegeven|laten weten|gestand|nakom*|beloofd"
                   "|conform|uitgesproken|verzoek van|motie|naar aanleiding van|in reactie op"
                   "|uitvoering van|verzocht",
    "self": "deze brief|onderhavige brief|voorliggende brief|deze kamerbrief|hierbij|bijgaand"
            "|in bijlage|hieronder|dit verslag|deze notitie|deze rapportage|als volgt|hierna"
            "|het onderstaande|ga ik in op|wordt ingegaan",
    "others_say": "beveelt|adviseert|adviseren|concludeert|concluderen|constateert|pleit"
                  "|raadt|aanbevolen|aanbeveling*|verzoekt|stelt voor|vraagt|vroeg|roept",
    "intent": "voornemen|voornemens|streven|streef|inzet|zet in|zetten in|ambitie|prioriteit"
              "|beoog*|gericht op|besloten|besluit|kies|kiest|kiezen|gekozen|wil|willen"
              "|van plan|plannen|doel|doelen|voorstel|wetsvoorstel|uitwerk*|opstellen|starten",
    "refuse": "niet over|niet overgenomen|geen aanleiding|geen reden|geen noodzaak"
              "|geen mededeling*|geen toestemming|af te zien|zie af|zien af|niet voornemens"
              "|niet van plan|geen meerwaarde|niet gedeeld|niet mogelijk|niet haalbaar"
              "|niet wenselijk|kan niet|niet in te gaan|ontraad*|geen gevolg|afgewezen"
              "|niet openbaar|geen voorstander",
    "stance": "vind|vindt|onderstreep*|benadruk*|acht|hecht|deel|erken*|betreur*|constateer"
              "|verwelkom*|steun*|van mening|meen|denk|herken|waardeer|begrijp",
    "pred": "leiden|bijdragen|resulteren|opleveren|betekenen|toenemen|afnemen|stijgen|dalen"
            "|kosten|duren|blijken|ontstaan|vergen|nodig zijn|mogelijk zijn|het geval zijn"
            "|verwacht*|waarschijnlijk|wellicht|mogelijk",
    "habit": "jaarlijks|maandelijks|wekelijks|altijd|regelmatig|doorgaans|momenteel"
             "|op dit moment|inmiddels|reeds|al|nu|sinds|nog steeds|onverminderd|blijft|blijven"
             "|continu",
    "docs": "evaluatie|rapportage|voortgangsrapportage|brief|reactie|kabinetsreactie"
            "|wetsvoorstel|visie|beleidsreactie|appreciatie|verslag|notitie|plan van aanpak"
            "|nota|kamerbrief|overzicht|voortgangsbrief|uitwerking|resultaten|uitkomsten"
            "|stand van zaken",
    "fp": "ik|wij|we",
    "fp_poss": "mijn|ons|onze",
    "zal": "zal|zullen",
    "gaan": "ga|gaat|gaan",
    "zou": "zou|zouden",
    "kan": "kan|kunnen|kunt",
    "moet": "moet|moeten|dient|dienen",
    "neg": "niet|geen|nooit",
    "perfect": "heb|heeft|hebben",
    "wordt": "wordt|worden",
    "conditional": "als|indien|wanneer|mits|tenzij",
    "tegemoet": "tegemoet zien|tegemoet kunt",
}
_SUBORDINATORS = frozenset(
    "dat die waar waarbij waarmee waarin welke hoe als indien wanneer omdat zodat voordat nadat"
    " doordat terwijl zodra om mits tenzij of".split()
)
_U_VERBS = frozenset("ontvangt kunt zult wordt".split())
_SUBJECTS = frozenset("ik wij we kabinet".split())
_WEAK_VERBS = frozenset("is zijn heb ben was kan moet wil vind".split())
_PARTICIPLE = fastre.compile(  # a past participle by its form: "geïnformeerd", "aangepast"
    r"\b(?:ge\w{3,}(?:d|t|en)|\w{3,}eerd|(?:aan|op|in|uit|vast|mee|voor|door|over|af|bij"
    r"|toe)ge\w{2,}(?:d|t|en))\b"
)


# --- clause structure ---------------------------------------------------------------------
# A light clause analysis over the words: a clause starts at the sentence start, after , ; : or
# at a subordinating word; its finite verb is the first word of a closed class (auxiliaries,
# modals, copulas) or, failing that, the word next to a first-person pronoun; its subject is
# the pronoun or noun next to that verb (inverted after it, or heading the clause). Features
# name the clause type (main or subordinate), the subject's class, the finite verb's class and
# negation, and how the first subordinate clause hangs from the main clause ("heb aangegeven
# dat ik … zal": a reported promise). Enough for a linear model to tell "ik zal" in a main
# clause from "dat de Commissie zal" in a reported one.
_FINITE = {
    **dict.fromkeys("zal zullen zult".split(), "fut"),
    **dict.fromkeys("wil willen wilt".split(), "want"),
    **dict.fromkeys("ga gaat gaan".split(), "go"),
    **dict.fromkeys("heb heeft hebben".split(), "perf"),
    **dict.fromkeys("had hadden was waren werd werden".split(), "past"),
    **dict.fromkeys("ben is zijn".split(), "be"),
    **dict.fromkeys("wordt worden".split(), "pass"),
    **dict.fromkeys("kan kunnen kunt mag mogen".split(), "can"),
    **dict.fromkeys("moet moeten dient dienen".split(), "must"),
    **dict.fromkeys("zou zouden".split(), "cond"),
    **dict.fromkeys("blijf blijft blijven".split(), "keep"),
}
_CLAUSE_STARTS = frozenset(
    "dat die waar waarbij waarmee waarin waarvoor waarop welke hoe indien wanneer omdat zodat"
    " voordat nadat doordat terwijl zodra mits tenzij alsof totdat zoals".split()
)
_FP = frozenset("ik wij we".split())
_GOV_WORDS = frozenset(
    "kabinet regering minister ministers staatssecretaris ministerie rijksoverheid overheid"
    " defensie ind coa douane rijkswaterstaat belastingdienst nvwa inspectie uwv svb politie"
    " nederland departement rijk".split()
)
_OTHER_WORDS = frozenset(
    "commissie raad lidstaten lidstaat voorzitterschap rapport onderzoekers onderzoeksraad"
    " ovv wodc rekenkamer ombudsman stichting gemeenten provincies partijen bedrijven sector"
    " werkgevers partners bondgenoten landen".split()
)
_PARL_WORDS = frozenset("u kamer kamers".split())
_THIRD = frozenset("hij zij ze".split())
_REPORTING = frozenset(
    "aangegeven aangekondigd gemeld toegezegd beloofd gezegd geschreven bericht meegedeeld"
    " afgesproken uitgesproken weten".split()
)
_CLAUSE_PUNCT = frozenset(",;:()")
_SUBJECT_CLASS = {  # one lookup per word; "fp" wins over "gov", "gov" over "parl" and "other"
    **dict.fromkeys(_OTHER_WORDS, "other"), **dict.fromkeys(_PARL_WORDS, "parl"),
    **dict.fromkeys(_GOV_WORDS, "gov"), **dict.fromkeys(_FP, "fp"), "er": "er",
    **dict.fromkeys(_THIRD, "p3"),
}
# What a word does for the clause split: 0 ends a clause, 1 starts one, 2 is a finite verb
_ROLE = {**dict.fromkeys(_FINITE, 2), **dict.fromkeys(_CLAUSE_STARTS, 1),
         **dict.fromkeys(_CLAUSE_PUNCT, 0)}
_HAS_PUNCT = re.compile(r"[,;:()]")
_HAS_DIGIT = re.compile(r"\d")
# A clause headed by one of these puts its subject after the finite verb ("In dat overleg heeft
# de Stichting …", "Daarom zal ik …"); "dat" after a preposition is a demonstrative, not "that".
_FRONTED = frozenset(
    "in op met voor bij van na over aan uit door naar tot om tijdens sinds vanaf per binnen"
    " daarnaast daarom daarbij daarmee daarvoor daartoe hiertoe hierbij hiervoor ook tevens"
    " verder voorts bovendien vervolgens zo nu dan eerder inmiddels".split()
)
_PREPOSITIONS = frozenset("in op met voor bij van na over aan uit door naar tot om".split())
# What the clauses say together (see ``_clause_features``)
REPORTED_PROMISE = "reported_promise"  # "heb ik aangegeven dat ik … zal": an earlier promise
PROMISED_BY_OTHERS = "promised_by_others"  # "De Commissie heeft toegezegd …": not ours


def _subject_class(words: Sequence[str]) -> str:
    """The class of the first pronoun or noun that can be a subject among ``words``."""
    classes = _SUBJECT_CLASS
    for w in words:
        found = classes.get(w)
        if found:
            return found
    return "np"


def _split_clauses(tokens: Sequence[str]) -> list[tuple[str, list[str], int | None]]:
    """(main|sub, words, index of the first closed-class finite verb or None) per clause."""
    clauses: list[tuple[str, list[str], int | None]] = []
    kind, words, verb_at = "main", [], None
    roles = _ROLE
    for t in tokens:
        role = roles.get(t)
        if role is None:
            words.append(t)
        elif role == 2:
            if verb_at is None:
                verb_at = len(words)
            words.append(t)
        elif role == 0:
            if words:
                clauses.append((kind, words, verb_at))
            kind, words, verb_at = "main", [], None
        elif t == "dat" and words and words[-1] in _PREPOSITIONS:  # "in dat overleg"
            words.append(t)
        else:
            if words:
                clauses.append((kind, words, verb_at))
                words, verb_at = [], None
            kind = "sub"
            words.append(t)
    if words:
        clauses.append((kind, words, verb_at))
    return clauses


_CLAUSE_NAMES: dict[tuple[str, str, str, bool], tuple[str, ...]] = {}  # a few hundred at most


def _clause_names(kind: str, subject: str, verb: str, neg: bool) -> tuple[str, ...]:
    """The feature names of one clause (remembered: there are few combinations)."""
    names = (f"cl={kind}:{subject}:{verb}", f"cl={kind}:{verb}", f"cl={kind}:{subject}")
    return names + (f"cl={kind}:neg:{verb}", f"cl={kind}:neg:{subject}") if neg else names


def _clause_features(tokens: Sequence[str], future: bool = False) -> set[str]:
    """Clause type, subject class, finite-verb class and negation per clause (see above);
    with ``future`` (a future time in the sentence) the main clauses' also with ":fut"."""
    names: set[str] = set()
    first_sub: tuple[str, str] | None = None
    main_verbs: set[str] = set()
    main_subjects: set[str] = set()
    reporting = False
    for kind, words, verb_at in _split_clauses(tokens):
        if kind == "main" and not _REPORTING.isdisjoint(words):
            reporting = True  # the participle may stand in a later part: "heeft …, aangegeven"
        if verb_at is None:  # a lexical verb: "In het voorjaar stuur ik", "Het kabinet neemt"
            subject = "fp" if not _FP.isdisjoint(words) else _subject_class(words)
            if subject == "np" or subject == "er":
                continue
            verb = "lex"
        else:
            verb = _FINITE[words[verb_at]]
            head = words[1:verb_at] if kind == "sub" else words[:verb_at]
            if head and head[0] in _FRONTED:  # V2: the subject follows the verb
                subject = _subject_class(words[verb_at + 1 : verb_at + 5])
            else:
                subject = _subject_class(head) if head else "np"
                if subject == "np":  # "Dan zal ik", "Morgen stuurt het kabinet"
                    subject = _subject_class(words[verb_at + 1 : verb_at + 3])
        key = (kind, subject, verb, "niet" in words or "geen" in words)
        found = _CLAUSE_NAMES.get(key)
        if found is None:
            found = _CLAUSE_NAMES[key] = _clause_names(*key)
        names.update(found)
        if kind == "main":
            if future and verb != "fut":
                names.add(f"cl=main:{subject}:{verb}:fut")
            main_verbs.add(verb)
            if verb in ("perf", "past"):
                main_subjects.add(subject)
        elif first_sub is None and words[0] == "dat":
            first_sub = (subject, verb)
    reporting = reporting and bool(main_subjects)
    if first_sub and main_verbs:
        for verb in main_verbs:
            names.add(f"frame={verb}>{first_sub[0]}:{first_sub[1]}")
        if reporting:
            names.add(f"frame=reported>{first_sub[0]}:{first_sub[1]}")
            if first_sub[1] in ("fut", "want", "go", "cond") and main_subjects & {"fp", "gov"}:
                # a promise the writer or a government body reported having made
                names.add(REPORTED_PROMISE)
    if reporting and main_subjects == {"other"}:
        names.add(PROMISED_BY_OTHERS)
    return names


class _WordMemo(dict):
    """What ``compute`` says of a word, remembered per word: words repeat a great deal
    across letters, so most lookups are one dictionary hit (``map(memo.__getitem__, …)``
    makes no Python call for a known word). Bounded: a letter of random strings cannot grow
    it."""

    def __init__(self, compute: Callable[[str], object], limit: int = 200_000):
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, token: str) -> object:
        found = self.compute(token)
        if len(self) < self.limit:
            self[token] = found
        return found


class _Lexicon:
    """The cues compiled to lookup tables: whole words and phrases, and word beginnings."""

    def __init__(self, cues: dict[str, str]):
        self.phrases: dict[str, frozenset[str]] = {}
        prefixes: dict[str, set[str]] = {}
        for name, alternatives in cues.items():
            for phrase in alternatives.split("|"):
                if phrase.endswith("*"):
                    prefixes.setdefault(phrase[:-1], set()).add(name)
                else:
                    self.phrases[phrase] = self.phrases.get(phrase, frozenset()) | {name}
        self.prefixes = {k: frozenset(v) for k, v in prefixes.items()}
        self.lengths = sorted({len(p) for p in self.prefixes})
        # the first two words of every phrase of several words
        self.pairs = frozenset(tuple(p.split()[:2]) for p in self.phrases if " " in p)
        self.words = _WordMemo(self._word)

    def _word(self, token: str) -> frozenset[str]:
        """What one word says, as itself or by its beginning."""
        names = set(self.phrases.get(token, ()))
        for length in self.lengths:
            if len(token) >= length:
                names |= self.prefixes.get(token[:length], frozenset())
        return frozenset(names)

    def cues(self, tokens: Sequence[str]) -> set[str]:
        """The names of the cues whose words or phrases occur in ``tokens``."""
        hit: set[str] = set().union(*map(self.words.__getitem__, tokens))
        pairs = self.pairs.intersection(zip(tokens, tokens[1:], strict=False))
        if pairs:  # phrases of two to four words start at these pairs
            phrases = self.phrases
            n = len(tokens)
            for i in range(n - 1):
                if (tokens[i], tokens[i + 1]) not in pairs:
                    continue
                gram = tokens[i]
                for j in range(i + 1, min(n, i + 4)):
                    gram = gram + " " + tokens[j]
                    names = phrases.get(gram)
                    if names:
                        hit |= names
        return hit


_LEXICON = _Lexicon(CUES)
_WORD = fastre.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*|\d+|[,;:()]")
_HEADING_WORD = fastre.compile(r"[^\W\d_]{4,}")
_STOP = frozenset(
    "de het een en van in op te dat die is voor met aan zijn er als bij om ook door dit deze"
    " niet of worden wordt naar over uit tot dan nog wel kan zo".split()
)


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
    neighbours: tuple[bool, bool] = (False, False), low: str | None = None,
) -> dict[str, float]:
    """The features of one sentence (see the module docstring); values are all 1.0.

    A sentence too short to commit, or a question, has none: it is never a commitment.
    """
    low = rules.lowered(ctx.text) if low is None else low
    if not rules.could_commit(low):
        return {}
    names = {"bias"}
    marked = _WORD.findall(low)  # words, numbers and the marks that end a clause
    raw = [t for t in marked if t not in _CLAUSE_PUNCT] if _HAS_PUNCT.search(low) else marked
    # (str.isdigit also takes "①" and "₂", which \d does not: those are never ASCII)
    tokens = ["<num>" if t.isdigit() else t for t in raw] \
        if not low.isascii() or _HAS_DIGIT.search(low) else raw
    hit = _cues(tokens, low)
    names |= hit
    year = int(letter_date[:4]) if letter_date and letter_date[:4].isdigit() else None
    years = [int(t) for t in raw if len(t) == 4 and t.startswith("20")] if "20" in low else ()
    if years:
        names.add("year")
    if year and any(y >= year for y in years):
        names.add("year_future")
    elif years:
        names.add("year_past_only")
    n_words = low.count(" ") + 1
    names.add("len_short" if n_words < 8 else "len_long" if n_words > 40 else "len_mid")
    future = not names.isdisjoint(("fut_time", "year_future"))  # names holds hit
    actor = bool({"fp", "gov"} & hit)
    names |= _conjunctions(hit, actor, future, tokens)
    names |= _clause_features(marked, future)
    names |= _rule_features(low, verdict)
    names |= _words(tokens)
    names |= _context_features(ctx, neighbours)
    return dict.fromkeys(names, 1.0)


def _conjunctions(hit: set[str], actor: bool, future: bool, tokens: list[str]) -> set[str]:
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
        "zal_passive": {"zal", "participle"} <= hit and "worden" in tokens,
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
        "stance_start": "stance" in hit and "stance" in _LEXICON.cues(tokens[:3]),
        "past_no_future": "past" in hit and not future and "zal" not in hit,
        "habit_no_future": "habit" in hit and not future and "zal" not in hit,
    }
    names = {name for name, on in pairs.items() if on}
    # "Daarom zetten we …", "In het voorjaar stuur ik …": a verb before its subject
    subject = next((i for i, t in enumerate(tokens[:8]) if t in _SUBJECTS), None)
    if subject and subject >= 2 and not {"perfect", "zal"} & hit:
        verb = tokens[subject - 1]
        if verb not in _WEAK_VERBS and not verb.endswith(("te", "de")) and verb != "het":
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
    if rules.is_agenda_of_others(low):
        names.add("filter=agenda")
    return names





def _cues(tokens: list[str], low: str) -> set[str]:
    """The clause cues of a sentence: the lexicon's, and those of word order and form."""
    hit = _LEXICON.cues(tokens)
    if tokens:
        if tokens[0] in _SUBORDINATORS:
            hit.add("starts_subord")
        if tokens[0] == "u" or "u" in tokens[1:9] and any(
                t in _U_VERBS and tokens[i + 1:i + 2] == ["u"] for i, t in enumerate(tokens[:8])):
            hit.add("u_subject")
    if _PARTICIPLE.search(low):
        hit.add("participle")
    if low.endswith("?"):
        hit.add("question")
    elif low.endswith(":"):
        hit.add("colon_end")
    return hit


# a word's feature name ("w=kamer"), "" for a stop word
_WORD_NAMES = _WordMemo(lambda token: "" if token in _STOP else f"w={token}")


def _words(tokens: list[str]) -> set[str]:
    """Words (digits as one token) and the sentence's first two words."""
    names = set(map(_WORD_NAMES.__getitem__, tokens))
    names.discard("")  # a stop word
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
