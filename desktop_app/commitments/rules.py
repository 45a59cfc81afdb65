"""Cue rules: decide whether one sentence is a commitment, of which kind, and by whom.

The rules read the lower-cased sentence. Order matters: a reference to an earlier promise wins
over everything; negative filters (statements about this letter, what others recommend,
predictions, conditionals) run before the promise/action cues; a refusal is a negated intention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.commitments import fastre

_ACTOR_NOUNS = (
    r"het kabinet|de regering|de minister(?: van [a-z ]+?| voor [a-z ]+?)?|de staatssecretaris"
    r"|de ind|het coa|de dt&v|de politie|de nationale politie|het ministerie(?: van [a-z ]+?)?"
    r"|mijn ministerie|ons ministerie|rijkswaterstaat|de ncg|de belastingdienst|toeslagen|de nvwa"
    r"|het rijk|de rijksoverheid|defensie|nederland|de uitvoeringsorganisaties|de ketenpartners"
    r"|de keten|het departement|de overheid|de inspectie|de dienst toeslagen|het uwv|de svb"
    r"|het cbs|het rivm"
)
_FIRST_PERSON = r"ik|wij|we|mijn|ons|onze"
_GOV = rf"(?:ik|wij|we|{_ACTOR_NOUNS})"  # the government as a subject
_PARLIAMENT = r"(?:uw kamer|de (?:tweede |eerste )?kamer|beide kamers|de kamers|u)"

# --- earlier promises and postponement -------------------------------------------------------
# the writer (or the cabinet) as the subject of an intention: "zal ik", "wij willen", "ga ik"
_WE_WILL = (r"(?:(?:zal|zullen|wil|willen|ga|gaan) (?:ik|wij|we|het kabinet)|(?:ik|wij|we"
            r"|het kabinet) (?:zal|zullen|wil|willen|ga|gaan))")
# the writer (or the cabinet) as the subject of a perfect: "heb ik", "het kabinet heeft"
_WE_HAVE = (r"(?:heb ik|ik heb|hebben (?:wij|we)|(?:wij|we) hebben|heeft het kabinet"
            r"|het kabinet heeft)")
EARLIER = (
    ("toegezegd", r"\btoegezegde?\b|\bzegden? (?:\S+ ){0,20}?toe\b"),
    ("toezegging", r"\btoezegging(?:en)?\b.{0,60}\b(?:gestand|uit\b|nakom|invulling|uitvoering"
                   r"|voldoe|voldaan|afgehandeld"
                   r"|na\s*[.;]?$)|\btoezegging(?:en)?\b.{0,120}\b(?:gedaan|gestand)\b"
                   r"|\b(?:gestand|invulling|uitvoering|tegemoet\w*|conform|volgens|gevolg"
                   r"|vervolg)\b.{0,40}\btoezegging"
                   # meeting a promise: "voldoe ik met deze brief aan een … gedane toezegging"
                   r"|\b(?:voldoe|voldoen|voldaan)\b.{0,100}\btoezegging"
                   # a promise referred to by what it promised: "de toezegging van 14 juni
                   # 2007 om de Kamer twee keer per jaar te informeren"
                   r"|\btoezegging(?:en)?\b(?: \S+){0,6}? om\b.{0,120}\bte \w+n\b"
                   # the writer's own promise named as such: "in op mijn toezegging"
                   r"|\b(?:mijn|onze) (?:eerdere )?toezegging(?:en)?\b"
                   # a promise declared met: "beschouw ik de toezegging … als afgedaan"
                   r"|\btoezegging(?:en)?\b.{0,160}\bals (?:afgedaan|afgehandeld|voldaan"
                   r"|ingelost|uitgevoerd)\b"
                   r"|\bconform (?:de )?(?:afspraak|afspraken)\b"),
    ("eerder gemeld", r"\b(?:heb|hebben|heeft)\b(?: \S+){0,14}? (?:aangegeven|gemeld|laten weten"
                      r"|meegedeeld|geschreven|bericht)\b.{0,160}\b(?:zou|zouden|zal|zullen"
                      r"|voorzag|voorzien|te (?:kunnen )?(?:sturen|zenden|informeren|aanbieden"
                      r"|rapporteren|berichten|doen toekomen)|aan te bieden|toe te (?:sturen"
                      r"|zenden))\b"
                      # an intention reported with an infinitive: "heb ik aangegeven met
                      # belanghebbenden in gesprek te gaan", "… dat het kabinet … wil geven"
                      rf"|\b{_WE_HAVE}\b(?: \S+){{0,10}}? (?:aangegeven|gemeld|laten weten"
                      r"|meegedeeld)\b(?: (?!dat\b|of\b)\S+){0,16}? te "
                      r"(?!(?:hechten|zijn|hebben|achten|vinden|worden|staan)\b)\w+n\b"
                      rf"|\b{_WE_HAVE}\b(?: \S+){{0,10}}? (?:aangegeven|gemeld|laten weten"
                      r"|meegedeeld) dat (?:ik|wij|we|het kabinet)\b(?: \S+){0,12}? (?:wil|willen"
                      r"|ga|gaan|gaat)\b"),
    ("eerder aangekondigd", r"\b(?:heb|hebben|heeft)\b (?:\S+ ){0,12}?(?:aangekondigd|beloofd"
                            r"|uitgesproken|toegezegd) (?:\S+ ){0,12}?te \w+en\b"
                            r"|\bzoals (?:eerder |reeds |al )?(?:aangekondigd|toegezegd"
                            r"|beloofd)\b"
                            # "Zoals ik u al aangekondigd had", "Daarbij kondigde ik … aan",
                            # "zegde ik toe … te"
                            r"|\bzoals (?:ik|wij|we|het kabinet)\b(?: \S+){0,4}? (?:aangekondigd"
                            r"|toegezegd|beloofd)\b"
                            r"|\b(?:kondigde|kondigden) (?:ik|wij|we|het kabinet)\b.{0,120}\baan\b"
                            r"|\b(?:zegde|zegden) (?:ik|wij|we|het kabinet)\b.{0,120}\btoe\b"
                            r"|\b(?:ik|wij|we|het kabinet) (?:kondigde|kondigden)\b.{0,120}\baan\b"
                            r"|\b(?:ik|wij|we|het kabinet) (?:zegde|zegden)\b.{0,120}\btoe\b"
                            # the writer announced something before: "Ik heb daarin een
                            # inhoudelijke reactie aangekondigd"
                            rf"|\b{_WE_HAVE}\b(?: \S+){{0,16}}? (?:aangekondigd|beloofd)\b"
                            # announced in a letter of the government: "In de kabinetsreactie
                            # op dit rapport is vervolgonderzoek aangekondigd"
                            r"|\b(?:is|zijn|werd|werden)\b(?: \S+){0,10}? aangekondigd\b"
                            r"(?=.*\b(?:brief|kamerbrief|kabinetsreactie|beleidsreactie"
                            r"|regeerakkoord|coalitieakkoord|hoofdlijnenakkoord|nota|kamerstuk"
                            r"|door (?:mij|ons|het kabinet|mijn ambtsvoorganger)))"
                            # "Het vorige kabinet heeft zich in 2019 gecommitteerd aan …"
                            r"|\b(?:heb|heeft|hebben)\b(?: \S+){0,3}? (?:zich|mij|ons)\b"
                            r"(?: \S+){0,6}? gecommitteerd (?:aan|om)\b"
                            r"|\b(?:brief|kabinetsreactie|beleidsreactie|regeerakkoord"
                            r"|coalitieakkoord|hoofdlijnenakkoord)\b.{0,160}\b(?:is|zijn)"
                            r"\b(?: \S+){0,10}? aangekondigd\b"),
    # the same in the passive, said in a letter or a debate: "In het AO van 8 december is
    # aangegeven dat de knelpunten nogmaals zouden worden geïnventariseerd" (see CONDITIONS)
    ("gemeld in", r"(?:\b(?:is|werd)\b(?: \S+){0,16}? (?:aangegeven|gemeld|meegedeeld)"
                  r"|^(?:aangegeven|gemeld|meegedeeld) werd) dat\b.{0,160}"
                  r"\b(?:zou|zouden|zal|zullen)\b(?! (?:\S+ ){0,8}?bestaan\b)"),
    ("eerder aangegeven", r"\b(?:heb|had|hebben|heeft)\b.{0,80}\b(?:aangegeven|aangekondigd"
                          r"|gemeld|laten weten|beloofd)\b.{0,20}\bdat\b.{0,80}\bzou(?:den)?\b"),
    ("uitstel", r"\bbinnen de (?:\w+ )?termijn(?: van \S+ \w+)?\b.{0,60}\b(?:niet|lukt het niet)\b"
                r"|\b(?:niet|helaas)\b.{0,60}\bbinnen de (?:\w+ )?termijn\b"
                r"|\btermijn\b.{0,20}\bniet (?:gehaald|haalbaar|te halen)\b"),
    ("uitstel", r"\bniet binnen de (?:gebruikelijke |gestelde |afgesproken |wettelijke )?termijn\b"
                r"(?!.*\bhaalbaar\b)"),
    ("uitstel", rf"\bniet (?:mogelijk|haalbaar)\b.{{0,40}}\b{_PARLIAMENT}\b.{{0,80}}\bte "
                rf"(?:informeren|sturen|zenden|beantwoorden|reageren)\b"),
    ("uitstel", r"\b(?:gaat|lukt) (?:het )?(?:net |helaas |ons |mij )?niet(?: lukken)?\s*[.!]?$"),
)

# --- negative filters --------------------------------------------------------------------------
# (words the pattern cannot match without, pattern): the words are checked first, with ``in``
SELF_LETTER = tuple(
    (needle, fastre.compile(p))
    for needle, p in (
        ("brief", r"(?<!\bdie )(?<!\bdat )(?<!\bwelke )\b(?:in|met|bij|via|middels) "
                  r"(?:deze|onderhavige|voorliggende|de(?:ze)? onderhavige) (?:kamer)?brief\b"
                  r"(?! (?:wordt|worden) "
                  r"(?:\S+ )?(?:geschetst|beschreven|genoemd)\b)"),
        ("ingegaan op", r"\bwordt (?:\S+ ){0,3}ingegaan op\b"),
        ("hierbij", r"^hierbij\b(?! (?:zal|zullen|ga|gaan|wil|willen)\b)"),
        ("hierbij ", r"\bhierbij (?:stuur|zend|bied|informeer|geleid|deel|ontvangt)\b"),
        ("bijgaand", r"\bbijgaand\b"),
        (" in op", r"\bga(?:at)? ik (?:\S+ ){0,3}in op\b"),
        ("deze brief ", r"\bdeze brief (?:zal|gaat|behandelt|volgt|stuur|zend|bied)\b"),
        ("hieronder", r"\bhieronder\b"),
        ("verder licht ik toe", r"\bverder licht ik toe\b"),
        ("beschreven", r"\bwordt (?:hierna |vervolgens )?beschreven\b"),
        ("de brief zal", r"\bde brief zal\b"),
        ("ik eindig", r"\bik eindig\b"),
        ("daaraan voorafgaand", r"^daaraan voorafgaand\b"),
        ("in dit stadium", r"\bwil ik (?:al )?in dit stadium\b"),
        ("ontvangt u ", r"\bontvangt u (?:deze brief|hierbij)\b"),
        ("stuur ik u bij deze", r"\bstuur ik u bij deze\b"),
        ("hierbij", r"\b(?:stuur|zend|bied|informeer|geleid|deel)\b.{0,40}\bhierbij\b"),
        (" ", r"\b(?:zal|ga) (?:ik|wij|we)\b.{0,80}\b(?:schetsen|toelichten|uiteenzetten"
              r"|beschrijven|stilstaan bij|ingaan op)\s*[.:]?$"),
    )
)
_OTHERS_NEEDLES = ("beve", "advis", "conclu", "constat", "pleit", "raadt", "beschrijft", "stelt",
                   "aanbevolen", "verzo")
# (one of these occurs in every sentence a SELF_LETTER pattern matches; "licht" covers "toelicht")
_SELF_GATE = ("brief", "hierbij", "licht", "in op", "beschr", "ingegaan", "bijgaand",
              "hieronder", "eindig", "voorafgaand", "stadium", "bij deze", "schets", "uiteen",
              "stilstaan")
OTHERS_SAY = fastre.compile(
    r"\b(?:wodc|ey|pbl|onderzoekers?|rapport|adviescommissie|commissie|raad van state|ombudsman"
    r"|rekenkamer|evaluatie|doorlichting|auteurs?|schrijvers?|opstellers|deelnemende landen"
    r"|lidstaten|respondenten)\b.{0,60}\b(?:beveelt|adviseert|adviseren|concludeert|concluderen"
    r"|constateert|constateren|pleit|pleiten|raadt|beschrijft|stelt voor|bevelen)\b"
    r"|\bzo stelt\b|\b(?:is|wordt|werd) (?:\S+ )?aanbevolen\b|\bwordt de regering verzocht\b"
    r"|\b(?:verzoekt|verzocht)\b"
)
PREDICTION_VERBS = (
    r"leiden|bijdragen|resulteren|opleveren|betekenen|toenemen|afnemen|stijgen|dalen|kosten"
    r"|duren|blijken|ontstaan|vergen|vereisen|uitpakken|uitvallen|meevallen|tegenvallen"
    r"|voordoen|(?:door|uit)?groeien|aan de orde komen|op de agenda staan|verschillen|variëren"
    r"|voor de hand liggen|impact hebben|effect hebben|gevolgen hebben|inzicht geven"
)
WEAK_FINAL_VERBS = r"hebben|zijn|worden|moeten|kunnen|komen|staan"
# The councils and meetings of others, whose agenda a letter announces: a Council of the EU or
# of others, not the cabinet's own ("de ministerraad zal besluiten")
_OTHERS_MEETINGS = (
    r"eurogroep|ecofin\w*|(?!(?:rijks)?ministerraad\b|onderraad\b)\w*raad|imfc|navo|nato|g20"
    r"|oeso|wto|top|bijeenkomst|vergadering|conferentie"
)
# Bodies outside the government that act and intend for themselves
_OTHER_BODIES = r"raad|commissie|lidstaten?|gemeenten?|provincies?"
NON_GOV_SUBJECT = fastre.compile(
    rf"^(?:de er\b|(?:de |het |een |alle |veel |deze |die )?(?:{_OTHER_BODIES}|europese raad"
    r"|europese commissie|kamer|uw kamer|rechter|rechtspraak|wodc|ey|pbl|onderzoekers?"
    r"|asielzoekers?|vreemdelingen?|ouders?|burgers?|bedrijven|markt|combinatie"
    r"|partijen|landen|deelnemers)\b"
    # the bodies and meetings of others whose agenda a letter announces ("De telefonische
    # Eurogroep zal op 4 maart plaatsvinden", "Het IMFC zal van gedachten wisselen", "Daarnaast
    # zullen de Ministers bespreken …", "De heer X zal fungeren als voorzitter")
    r"|(?:de |het |een |deze |die )?(?:(?:telefonische|informele|formele|gezamenlijke|jaarlijkse"
    rf"|eerstvolgende|volgende|europese|internationale) )*(?:{_OTHERS_MEETINGS}"
    r"|imf|vn|verenigde naties|wereldbank|voorzitter(?:schap)?"
    r"|ministers|staatshoofden|regeringsleiders|bondgenoten"
    r"|bespreking|ontbijt|lunch|diner)\b"
    r"|(?:de heer|mevrouw|mevr\.|dhr\.) )"
)

# --- cues -------------------------------------------------------------------------------------
_COMM_VERBS = (
    r"informeren|geïnformeerd|zenden|toezenden|sturen|toesturen|doen (?:toe)?komen|rapporteren"
    r"|verslag (?:doen|uitbrengen)|melden"
    r"|berichten|aanbieden|aan te bieden|terugkomen|terug te komen|beantwoorden|voorleggen"
    r"|toe te sturen|toe te zenden|te sturen|te zenden|te informeren|te rapporteren"
    r"|op de hoogte (?:houden|brengen|stellen)|ontvangen|ontvangt|zend|stuur|informeer|bericht"
    r"|kom ik|komen we|kom ik hierop terug|houd\w*|nazenden|nagezonden|nasturen|nagestuurd"
    # acts with the Kamer rather than towards it: "zal ik het gesprek met u voeren", "ga ik
    # met uw Kamer in debat", "Hierbij zal ik uw Kamer betrekken", "zal ik u … verschaffen"
    r"|betrekken|verschaffen|toelichten|toe te lichten|ter inzage (?:leggen|geven)"
    r"|in (?:debat|gesprek)|(?:het |een )?(?:gesprek|debat|overleg) (?:\S+ ){0,3}?voeren"
)
# what is sent or answered to the Kamer, how its coming is said, and what says it is to come
_DOCUMENTS = (
    r"(?:kamer|voortgangs|beleids|verzamel)?brie(?:f|ven)|verslag(?:en)?|(?:kabinets)?reacties?"
    r"|appreciaties?|(?:voortgangs)?rapportages?|notities?|nota|beantwoording|antwoorden"
    r"|(?:overige |resterende )?vragen|overzicht(?:en)?|(?:kabinets)?standpunt|uitwerking"
    r"|actieplan|visie|evaluaties?"
)
_DELIVERED = (
    r"volgt|volgen|ontvangt|ontvangen|tegemoet zien|(?:staat|staan|is|zijn) (?:\S+ )?gepland"
    r"|(?:eveneens|ook) gepland"
    r"|plaatsvinden|beantwoord|ter sprake"
    r"|verschijnt|verschijnen|toekomen"
)
_COMING = (
    r"volgende|komende|binnenkort|spoedig|korte termijn|zomer|voorjaar|najaar|winter|kwartaal"
    r"|begin|eind|medio|uiterlijk|separaat|separate?|aparte?|afzonderlijke?|later|te zijner tijd"
    r"|zodra|ieder|iedere|elk|elke|jaarlijks|halfjaarlijks|periodiek|voortaan|vanaf nu|voorafgaand"
    r"|in de loop van|tijdens|na afloop|20\d\d|januari|februari|maart|april|mei|juni|juli"
    r"|augustus|september|oktober|november|december|volgt|zal|zullen"
)
_PAST_MARKS = (
    r"werd|werden|was|waren|ontving|ontvingen|heb|hebt|heeft|hebben|had|hadden|vorige|afgelopen"
    r"|jl|reeds"
)
PROMISE = (
    ("op de hoogte", rf"\b(?:houd|houden) (?:ik |wij |we |het kabinet )?{_PARLIAMENT}\b.{{0,60}}"
                     r"\bop de hoogte\b"),
    ("ontvangt u", r"\b(?:ontvangt|blijft) u\b.{0,80}\b(?:ontvangen\b|uiterlijk|voor |vóór |in )"
                   r"|\b(?:kunt|zult) u\b.{0,100}\b(?:tegemoet (?:zien|te zien)|ontvangen"
                   r"|verwachten)\b"
                   r"|\bu (?:kunt|zult)\b.{0,100}\b(?:tegemoet zien|ontvangen|verwachten)\b"),
    ("zal informeren", rf"\b(?:zal|zullen|ga|gaan|wil|willen)\b.{{0,100}}\b{_PARLIAMENT}\b"
                       rf".{{0,200}}"  # 'een reactie op het rapport, mede namens …, doen toekomen'
                       rf"\b(?:{_COMM_VERBS})\b"),
    ("zal informeren", rf"\b{_PARLIAMENT}\b.{{0,80}}\b(?:zal|zullen)\b.{{0,120}}"
                       rf"\b(?:{_COMM_VERBS})\b"),
    ("streven", rf"\b(?:streef|streven|streeft|verwacht|verwachten|zet\w*|inzet|plan|voornemens)\b"
                rf".{{0,120}}\b{_PARLIAMENT}\b.{{0,100}}\b(?:te (?:kunnen )?(?:informeren|sturen"
                r"|zenden|rapporteren|berichten|beantwoorden|doen (?:toe)?komen)"
                r"|toe te (?:sturen|zenden)"
                r"|aan te bieden|voor te leggen)\b"),
    ("streven", r"\b(?:streef|streven|streeft|verwacht|verwachten|plan|voornemens|mijn streven"
                r"|kies|kiezen|kiest"
                r"|stel (?:ik )?(?:u )?voor)\b"
                r".{0,120}\b(?:toe te (?:sturen|zenden)|aan te bieden|te (?:kunnen )?(?:sturen"
                r"|zenden|informeren|berichten))\b"),
    ("kom terug", r"\b(?:kom|komen|komt) (?:ik|wij|we|het kabinet)\b.{0,100}\bterug\b"
                  r"|\b(?:ik|wij|we|het kabinet) (?:kom|komen|komt)\b.{0,100}\bterug\b"),
    ("stuur ik u", rf"\b(?:zend|stuur|bied|informeer|bericht)t? (?:ik|wij|we|het kabinet"
                   rf"|de minister|de staatssecretaris) (?:{_PARLIAMENT}|uw kamer)\b"
                   rf"|\b(?:het kabinet|de minister|de staatssecretaris) (?:zendt|stuurt|biedt"
                   rf"|informeert|bericht) (?:{_PARLIAMENT}|uw kamer)\b"),
    # "Begin april kom ik met een beleidsbrief over …" (a time to come: see CONDITIONS)
    ("kom met", rf"\b(?:(?:kom|komen|komt) (?:ik|wij|we|het kabinet)|(?:ik|wij|we|het kabinet) "
                rf"(?:kom|komen|komt))\b(?: \S+){{0,6}}? met (?:een|de|mijn|onze|het) (?:\S+ )?"
                rf"(?:{_DOCUMENTS})\b"),
    ("wordt geïnformeerd", r"\b(?:wordt|zal|zult) (?:u|uw kamer|de kamer)\b.{0,100}"
                           r"\b(?:geïnformeerd|ingelicht)\b"
                           # the Kamer as the one something is sent to: "zal u dan zo snel
                           # mogelijk worden toegezonden", "zullen u spoedig nagezonden worden"
                           r"|\b(?:wordt|worden|zal|zullen) (?:u|uw kamer|de kamer)\b.{0,60}"
                           r"\b(?:toegezonden|gezonden|toegestuurd|gestuurd|nagezonden"
                           r"|nagestuurd)\b"
                           r"|\b(?:wordt|worden|zal|zullen)\b.{0,80}\baan (?:u|uw kamer|de kamer)\b"
                           r"(?: \S+){0,3} (?:aangeboden|toegezonden|gezonden|gestuurd"
                           r"|toegestuurd|voorgelegd|gemeld|verstrekt)\b"),
    # the writer's own act of answering, reporting or reacting, the Kamer unnamed: "zal ik
    # separaat terugkomen", "De overige vragen zal ik beantwoorden tijdens …", "Ik zal vóór de
    # zomer met mijn reactie komen", "Ik zal uw Kamer voorzien van mijn reactie"
    ("zal reageren", rf"\b{_WE_WILL}\b.{{0,120}}\b(?:terugkomen|terug te komen|beantwoorden"
                     r"|verslag (?:doen|uitbrengen)|met (?:mijn|onze|een|de) (?:reactie|appreciatie"
                     r"|standpunt|visie)\b(?: \S+){0,8}? komen"
                     r"|voorzien van (?:mijn|onze|een|de) (?:reactie|appreciatie|standpunt))\b"),
    # answers promised: "Ook zal ik daarbij antwoord geven op de schriftelijke vragen"
    ("zal antwoorden", r"\b(?:(?:zal|zullen) (?:ik|wij|we|het kabinet)|(?:ik|wij|we|het kabinet) "
                       r"(?:zal|zullen))\b.{0,80}\bantwoord(?:en)? (?:geven|sturen|zenden) op\b"
                       r".{0,40}\bvragen\b"),
    ("zal ik sturen", r"\b(?:(?:zal|zullen) (?:ik|wij|we)|(?:ik|wij|we) (?:zal|zullen))\b.{0,100}"
                      r"\b(?:toesturen|toezenden|sturen|zenden|aanbieden|beantwoorden"
                      r"|rapporteren|doen toekomen)\s*[.;]?$"),
    ("wordt geïnformeerd", rf"\b{_PARLIAMENT}\b.{{0,60}}\b(?:zal|zullen|wordt|worden)\b.{{0,80}}"
                           r"\bgeïnformeerd\b"),
    # a document or an answer announced as coming, without a verb of sending: "In de loop van
    # volgende week volgt een verslag", "De brief … staat gepland in het eerste kwartaal",
    # "De overige vragen worden beantwoord tijdens …", "Uw Kamer ontvangt een separate brief"
    # (a document named close by, a word of time to come and no past: see CONDITIONS)
    ("stuk volgt", rf"\b(?:{_DELIVERED})\b"),
)
REFUSAL = (
    ("niet overgenomen", r"\b(?:wordt|worden|zal|zullen)\b.{0,80}\bniet\b(?: \S+){0,3} "
                         r"(?:overgenomen|overgenomen|uitgevoerd|ingevoerd|doorgevoerd|uitgerold"
                         r"|voortgezet|gerealiseerd|opgevolgd|gehonoreerd|verlengd)\b"),
    ("neem niet over", r"\bneem\w* (?:ik|wij|we|het kabinet)\b.{0,60}\bniet over\b"),
    ("geen aanleiding", r"\b(?:(?:zie|ziet|zien) (?:ik|wij|we|het kabinet)|(?:ik|wij|we"
                        r"|het kabinet) (?:zie|ziet|zien))\b.{0,160}\bgeen "
                        r"(?:aanleiding|reden|noodzaak"
                        r"|ruimte|mogelijkheid)\b|\bgeen (?:enkele |directe )?aanleiding\b.{0,40}"
                        r"\bom\b|\bgeen (?:reden|aanleiding) te zien\b"
                        # "is er voor het kabinet geen aanleiding tot een evaluatie"
                        r"|\bgeen (?:enkele |directe )?aanleiding tot (?:een |het |nadere )?"
                        r"(?!zorg|ongerustheid|twijfel|onrust)\w+"),
    # a request turned down: "kan ik geen gehoor geven aan uw verzoek", "dat ik niet instem met
    # het verzoek", "niet tegemoet komen aan de wens"
    ("verzoek afgewezen", r"\bgeen gehoor (?:geven|te geven|gegeven|kan geven)\b"
                          r"|\bniet (?:in)?(?:stem|stemmen|instemt)\b.{0,20}\bmet\b.{0,60}"
                          r"\b(?:verzoek|wens|voorstel)"
                          r"|\bstem\w* (?:ik |wij |we |het kabinet )?niet in met\b.{0,60}"
                          r"\b(?:verzoek|wens|voorstel)"
                          r"|\bniet (?:kan |kunnen )?(?:voldoen|tegemoetkomen"
                          r"|tegemoet (?:te )?komen) aan\b.{0,40}\b(?:verzoek|wens)"),
    ("niet openbaar", r"\b(?:kan|kunnen)\b.{0,60}\b(?:niet|evenmin) (?:worden )?(?:gepubliceerd"
                      r"|openbaar gemaakt|gedeeld|verstrekt|vrijgegeven)\b"
                      # "Ik kan dan ook geen informatie openbaar maken"
                      r"|\b(?:ik|wij|we|het kabinet) (?:kan|kunnen)\b[^,;]{0,30}\b(?:geen|niet)\b"
                      r"[^,;]{0,40}\b(?:openbaar (?:te )?maken|publiceren|vrijgeven)\b"
                      # "en maak om deze reden het memorandum niet openbaar"
                      r"|\b(?:(?:maak|maken|maakt) (?:ik|wij|we|het kabinet)|(?:ik|wij|we"
                      r"|het kabinet|en) (?:maak|maken|maakt))\b[^,;]{0,60}\bniet openbaar\b"
                      r"|\bdat (?:ik|wij|we|het kabinet)\b[^,;]{0,60}\bniet openbaar (?:maak|maken"
                      r"|maakt)\b"),
    ("niet voornemens", r"\b(?:niet|geen) (?:voornemens|van plan|voornemen)\b|\bzie\w* af van\b"
                        r"|\baf te zien van\b|\bbesloten\b.{0,40}\bniet te\b"),
    ("kan geen", r"\b(?:kan|kunnen) (?:ik|wij|we|het kabinet)\b[^,;]{0,40}\bgeen "
                 r"(?:mededeling\w*|toestemming|medewerking|uitspraken?|inzage|informatie)\b"
                 r"|\b(?:ik|wij|we|het kabinet)\b[^,;]{0,60}\bgeen (?:mededeling\w*|toestemming"
                 r"|medewerking|inzage) (?:kan|kunnen|zal|zullen)? ?(?:doen|geven|verlenen|bieden"
                 r"|verstrekken)\b"
                 r"|\bneemt (?:het kabinet|de regering)\b.{0,60}\bniet over\b"
                 r"|\b(?:doe|doet|doen) (?:ik|wij|we|het kabinet)\b.{0,30}\bgeen mededeling"),
    # advice against a proposal of the Kamer: "Het kabinet ontraadt het subamendement"
    ("ontraden", r"\b(?:ontraad|ontraadt)\b.{0,80}\b(?:sub)?(?:amendement|motie|voorstel"
                 r"|verzoek)|\b(?:wij|we) ontraden\b|\bontraden (?:wij|we)\b"),
    ("zal niet", rf"\b(?:(?:ik|wij|we|het kabinet) (?:zal|zullen|ga|gaan)|(?:zal|zullen|ga|gaan) "
                 rf"(?:ik|wij|we|het kabinet))\b[^,;]{{0,60}}\bniet\b"
                 rf"(?![^,;]*\b(?:{PREDICTION_VERBS})\b)"),
)
# What a writer "wants" to say, not do: thanks, emphasis, a remark ("Het kabinet wil de
# commissie … nadrukkelijk bedanken", "wil niet nalaten te benadrukken", "wil ik mijn
# waardering uitspreken"), up to twelve words after "wil"
_COURTESY = (
    r"bedanken|danken|benadrukken|vooropstellen|voorop stellen|nalaten|uitspreken|betuigen"
    r"|complimenteren|memoreren|onderstrepen|opmerken"
)
ACTION = (
    ("voornemens", r"\b(?:ben|is|zijn)\b.{0,40}\b(?<!niet )(?:voornemens|van plan|van zins)\b"
                   r"|\bvoornemen (?:om|is)\b"
                   # willing to act, said of oneself: "ben ik bereid om … in te stellen"
                   r"|\b(?:ben (?:ik|wij|we)|(?:ik|wij|we) (?:ben|zijn)|zijn (?:wij|we)"
                   r"|is het kabinet|het kabinet is) (?:\S+ ){0,2}?bereid\b.{0,150}\bte \w+"
                   # the intention as taken: "Het kabinet heeft zich voorgenomen … om te vormen"
                   rf"|\b(?:{_GOV} (?:heb|heeft|hebben)|(?:heb|heeft|hebben) {_GOV}) "
                   r"(?:\S+ ){0,2}?(?:(?:mij|zich|ons) (?:\S+ ){0,2}?voorgenomen|het voornemen)\b"
                   # "Het kabinet neemt zich voor …"
                   rf"|\b(?:{_GOV} (?:neem|neemt|nemen)|(?:neem|neemt|nemen) {_GOV}) "
                   r"(?:mij|zich|ons) (?:\S+ ){0,3}?voor\b"),
    ("inzet", r"\b(?:het is|is het) (?:mijn|onze|de) inzet\b|\bmijn inzet is\b"
              rf"|\b(?:{_FIRST_PERSON}|{_ACTOR_NOUNS}) zet\w* (?:zich |mij |ons )?"
              rf"(?:\S+ ){{0,3}}in "
              r"(?:op|om|voor)\b|\bzet\w* (?:ik|we|wij|het kabinet|de \w+) (?:zich |mij |ons )?"
              r"(?:\S+ ){0,3}in (?:op|om|voor)\b"),
    ("ik wil", rf"\b(?:ik wil|wil ik|willen we|willen wij|we willen|wij willen"
               rf"|(?:wil|willen) (?:{_ACTOR_NOUNS})|het kabinet wil)\b"
               r"(?! (?:\S+ ){0,4}(?:benadrukken|opmerken|bedanken|danken"
               r"|wijzen|stilstaan|noemen|melden|benoemen|onderstrepen|herhalen|aangeven"
               # whole words: "wil ik duidelijk maken" states, "duidelijkheid verschaffen"
               # is what the writer will do
               r"|aantekenen|zeggen|realistisch|transparant|duidelijk)\b)"
               rf"(?! (?:\S+ ){{0,12}}(?:{_COURTESY})\b)"),
    # "Het kabinet wenst toe te treden tot dit verdrag"
    ("wenst", r"\b(?:ik wens|wens ik|(?:wij|we) wensen|wensen (?:wij|we)|het kabinet wenst"
              r"|wenst het kabinet)\b"
              rf"(?! (?:\S+ ){{0,12}}(?:{_COURTESY})\b)(?: \S+){{0,12}}? te \w{{3,}}"),
    ("gaan", rf"\b(?:ga ik|gaan we|gaan wij|(?:gaat|gaan) (?:{_ACTOR_NOUNS})|we gaan|wij gaan"
             r"|ik ga|het kabinet gaat)\b(?! (?:\S+ ){0,4}in op\b)(?!.*\bgaat om\b)"
             # "wij gaan er vanuit dat": an assumption
             r"(?! (?:er|ervan|daar|daarvan) ?(?:van )?uit\b| er vanuit\b)"),
    ("besloten", r"\b(?:heb|heeft|hebben) (?:ik|wij|we|het kabinet)\b.{0,60}\bbesloten\b"
                 r"|\b(?:heb|heeft|hebben)\b.{0,30}\bbesloten\b|\bbesluit\w* (?:ik|het kabinet)\b"),
    # money the government puts in: "Daarbij investeert het kabinet € 40 mln. in …"
    ("investeert", rf"^(?:\S+ ){{0,3}}?(?:investeert|investeren) (?:{_ACTOR_NOUNS})\b"
                   rf"|(?:^|, )(?:{_ACTOR_NOUNS}) (?:\S+ ){{0,2}}?(?:investeert|investeren)\b"),
    ("streven", r"\b(?:ik streef|streef ik|mijn streven|we streven|het kabinet streeft"
                r"|streeft (?:het kabinet|de regering)|beoog ik|beogen (?:wij|we))\b"
                r"|\b(?:is|blijft) (?:het|mijn|ons|onze) (?:streven|doel|ambitie|prioriteit) om\b"
                # "Het kabinet heeft de ambitie om het herstel uiterlijk in 2027 af te ronden"
                rf"|\b(?:{_GOV} (?:heb|heeft|hebben)|(?:heb|heeft|hebben) {_GOV}) (?:de|als) "
                r"(?:\S+ )?ambitie om\b"
                r"|\bheeft (?:het |onze |mijn )?(?:hoogste )?prioriteit om\b"
                r"|\b(?:het kabinet|de regering|ik|wij|we) (?:beoogt|beogen|beoog)\b"
                r"|\bbeoogt (?:het kabinet|de regering)\b"),
    ("blijven", rf"\b(?:blijf|blijft|blijven) (?:ik|wij|we|het kabinet|{_ACTOR_NOUNS})?\b.{{0,60}}"
                r"\b(?:werken|in gesprek|inzetten|investeren|volgen|monitoren|herhalen|aandacht"
                r"|sturen op|bevorderen|ondersteunen|stimuleren)\b"),
    ("laat", r"\b(?:ik|het kabinet)\b.{0,120}\b(?:laat|laten)\b.{0,60}\b(?:toetsen|onderzoeken"
             r"|uitvoeren|evalueren|uitwerken|opstellen|verkennen|ontwikkelen)\b"),
    ("pakt op", rf"\b(?:{_ACTOR_NOUNS})\b (?:pakt|pakken)\b.{{0,80}}\bop\b"),
    # an organisation as the subject of an intention: "De Douane wil …", "Defensie gaat … invoeren"
    ("dat ik ga", rf"\bdat (?:ik|wij|we|het kabinet|{_ACTOR_NOUNS})\b(?: \S+){{0,30}}? "
                  r"(?:ga|gaat|gaan|wil|willen) \w{3,}en\s*[.;]?$"),
    ("organisatie wil", rf"(?:^|\bdat |, )(?:(?:{_ACTOR_NOUNS})|(?:de|het) [a-z]{{2,}}) "
                        rf"(?:wil|willen)\b(?! (?:\S+ ){{0,12}}(?:{_COURTESY})\b)"
                        rf"(?: \S+){{1,20}}? \w{{3,}}en\s*[.;]?$"),
    # an organisation of the government whose intention comes first: "Defensie wil overgaan tot
    # het gunnen van de order …"
    ("organisatie wil", rf"(?:^|\bdat |, )(?:{_ACTOR_NOUNS}) (?:wil|willen) "
                        r"(?!(?:hebben|zijn|worden|komen|staan|graag|benadrukken|opmerken)\b)"
                        r"\w{3,}n\b"),
    ("organisatie gaat", rf"(?:^|\bdat |, )(?:(?:{_ACTOR_NOUNS})|(?:de|het) [a-z]{{2,}})"
                        rf"(?: (?!(?:{PREDICTION_VERBS})\b)\S+){{0,6}}? (?:wil|willen|gaat|gaan)\b"
                        rf"(?! om\b| in op\b| immers\b)(?:(?! (?:{PREDICTION_VERBS})\b) \S+)"
                        r"{1,14}? (?!(?:hebben|zijn|worden|komen|staan)\b)\w{3,}en\s*[.;]?$"),
    ("afgesproken", r"\b(?:afgesproken is|is afgesproken|wordt afgesproken)\b.{0,140}\bte "
                    r"(?:blijven|gaan)\b"),
    # the procedure a "voorhang" letter announces for the draft it lays before the Kamer:
    # "geschiedt de voordracht aan de Koning … niet eerder dan vier weken na …"
    ("voorhang", r"\bgeschiedt de (?:voordracht|vaststelling)\b.{0,200}\bniet eerder dan\b"),
    # a step planned ahead: "is voorzien om het ontwerpbesluit in de week van … voor te leggen"
    ("voorzien", r"\b(?:is|wordt) (?:het )?voorzien om\b.{0,160}\bte \w+n\b"),
)
_PLAN_PARTICIPLES = (
    r"onderzocht|bezien|bekeken|verkend|uitgewerkt|aangesteld|vastgelegd|uitgenodigd|betrokken"
    r"|getoetst|gedefinieerd|gestroomlijnd|georganiseerd|ingericht|opgezet|ontwikkeld|geëvalueerd"
    r"|voortgezet|uitgebreid|aangepast|ingesteld|opgepakt|aangepakt|ingezet|verbeterd|versterkt"
    r"|opgesteld|gemonitord|aangescherpt|geïmplementeerd|ingevoerd|gerealiseerd"
    r"|geagendeerd|besproken|meegegeven|aangeboden|gestart|verkend|herzien|uitgerold|benut"
    r"|geïnvesteerd|geinvesteerd"
)
_HABITUAL = fastre.compile(
    r"\b(?:maandelijks|jaarlijks|wekelijks|altijd|regelmatig|met (?:enige )?regelmaat"
    r"|in de praktijk|reeds|afgelopen|sinds"
    r"|momenteel|op dit moment|inmiddels|al\b|nu\b|doorgaans|telkens|werd|werden|was|waren"
    r"|is (?:\S+ ){0,3}(?:geweest|gebleken))"
)
FUTURE_PASSIVE = fastre.compile(
    rf"\b(?:wordt|worden)\b(?: \S+){{0,14}}? (?:{_PLAN_PARTICIPLES})\b"
    rf"|\b(?:{_PLAN_PARTICIPLES})\b (?:wordt|worden)\b"
)
_ZAL = fastre.compile(r"\b(zal|zullen)\b")

# Cheap gates: a rule group only runs when one of its stems occurs in the sentence. Each stem
# is checked with ``in``, most frequent first (in the corpus), so a passing gate stops early;
# that is cheaper than one regex of them all, which tries every stem at every position.
_GATES = {
    "earlier": ("mogelijk", "toezeg", "toegez", "termijn", "aangegeven", "zou", "afspra",
                "bericht", "aangekond", "gemeld", "haalba", "laten weten", "zegde", "lukt",
                "kondigde", "gecommitteerd",
                "uitgesproken", "geschreven", "lukken", "meegedeeld", "beloofd"),
    "refusal": ("niet", "geen", "af ", "evenmin", "ontraa", "ontrad"),
    # "ïnform": "geïnformeerd" has no "inform" in it
    "promise": ("kamer", " u ", "rapport", "inform", "volg", "bied", "reactie", "stuur",
                "antwoord", "versch", "ontvang", "ïnform", "toekom", "stur", "visie", "zend",
                "verslag", "bericht", "terug", "plaatsvind", "toe te", " u,", "appreciatie",
                "hoogte", "standpunt", "gepland", "ter sprake", "nagez", "nazend", "nastu",
                "nagest", "kom "),
    "action": ("ik ", "ga", "20", "word", "hier", "daar", "ook", "zal", "we ", "zet", "besl",
               "pak", "laat", "doel", "wil", "blij", "verder", "tevens", "stre", "daarnaast",
               "wij ", "zull", "laten", "voorne", "ambit", "vervolgens", "prior", "tot slot",
               "beoog", "voorts", "bovendien", "afgespr", "geschiedt", "concreet", "voorzien om",
               "investe", "najaar", "voorjaar", "binnenkort", "komend", "volgend", "zomer",
               "van plan", "van zins", "kabinet", "regering", "rijksoverheid", "minister",
               "verhoog", "verlaag", "verdubbel", "halveer", "schrap", "beschikbaar",
               "voorgenomen", "wens"),
}


def _any_in(needles: tuple[str, ...], low: str) -> bool:
    """Whether any of ``needles`` occurs in ``low``."""
    for needle in needles:
        if needle in low:
            return True
    return False


def _gate(group: str, low: str) -> bool:
    return _any_in(_GATES[group], low)


# Words a rule cannot match without; checking them with ``in`` is much cheaper than the regex.
NEEDLES: dict[str, tuple[str, ...]] = {
    "toegezegd": ("toegezegd", "zegde"), "toezegging": ("toezegging", "afspra"),
    "stuk volgt": ("volg", "ontvang", "tegemoet", "gepland", "plaatsvind", "beantwoord",
                   "ter sprake", "versch", "toekom"),
    "eerder aangegeven": ("zou",),
    "uitstel": ("termijn", "mogelijk", "haalbaar", "niet"),
    "op de hoogte": ("hoogte",), "ontvangt u": ("ontvang", "blijf", "tegemoet", "verwacht"),
    "zal informeren": ("zal", "zullen", "ga", "wil"),
    "streven": ("stre", "verwacht", "zet", "plan", "voorne", "prior", "doel", "ambitie", "beoog",
                "kies", "kiez", "stel"),
    "kom terug": ("terug",),
    "stuur ik u": ("zend", "stuur", "bied", "informeer", "bericht"), "kom met": ("kom",),
    "wordt geïnformeerd": ("geïnformeerd", "ingelicht", "kamer", "zonden", "stuurd", "aan u "),
    "niet overgenomen": ("niet",),
    "zal ik sturen": ("zal", "zullen"), "zal antwoorden": ("antwoord",),
    "zal reageren": ("terug", "beantwoord", "verslag", "reactie", "appreciatie", "standpunt",
                     "visie"),
    "neem niet over": ("neem",), "geen aanleiding": ("geen",),
    "niet openbaar": ("niet", "evenmin", "geen"),
    "verzoek afgewezen": ("gehoor", "stem", "voldoen", "tegemoet"),
    "niet voornemens": ("voorne", "van plan", "af ", "besloten"), "zal niet": ("niet",),
    "voornemens": ("voorne", "van plan", "van zins", "bereid", "voorgenomen", "neem", "nemen"),
    "inzet": ("zet",), "ik wil": ("wil",), "wenst": ("wens",),
    "gaan": ("ga ik", "gaan", "gaat", "ik ga"),
    "besloten": ("beslo", "besluit"), "investeert": ("investe",), "blijven": ("blijf", "blijv"),
    "laat": ("laat", "laten"),
    "pakt op": ("pakt", "pakken"), "afgesproken": ("afgesproken",),
    "voorhang": ("geschiedt",), "voorzien": ("voorzien om",),
    "organisatie wil": ("wil",), "organisatie gaat": ("ga",), "dat ik ga": ("dat ",),
    "kan geen": ("geen", "niet over"),
    "eerder gemeld": ("aangegeven", "gemeld", "laten weten", "meegedeeld", "geschreven",
                      "bericht"),
    "gemeld in": ("aangegeven", "gemeld", "meegedeeld"),
    "eerder aangekondigd": ("aangekond", "beloofd", "uitgesproken", "toegezegd", "kondigde",
                            "zegde", "gecommitteerd"),
}

Rule = tuple[str, fastre.DualPattern, tuple[str, ...]]

_DOCUMENTS_RE = fastre.compile(rf"\b(?:{_DOCUMENTS})\b")
_COMING_RE = fastre.compile(rf"\b(?:{_COMING})\b")
_PAST_RE = fastre.compile(rf"\b(?:{_PAST_MARKS})\b")


def _document_coming(low: str, match: re.Match[str]) -> bool:
    """A document named up to 100 characters before the verb of coming or 60 after it, a word
    of time to come, and no past."""
    return bool(_DOCUMENTS_RE.search(low, max(0, match.start() - 100), match.end() + 60)
                and _COMING_RE.search(low) and not _PAST_RE.search(low))


# what a rule's sentence must also say, checked only when its pattern matched
def _sent_later(low: str, match: re.Match[str]) -> bool:
    """'stuur ik u … voor de zomer': a time to come; 'Tevens bied ik u het oordeel aan' hands
    it over with this letter."""
    return bool(_COMING_RE.search(low))


# where the government says what it will do: a letter, a debate, an agreement of a cabinet
_SAID_IN = fastre.compile(
    r"\b(?:brief|overleg|debat|commissiedebat|regeerakkoord|coalitieakkoord|hoofdlijnenakkoord"
    r"|kabinetsreactie|beleidsreactie|kamerstuk|handelingen)\b")


def _said_by_us(low: str, match: re.Match[str]) -> bool:
    """'is aangegeven dat … zou': said in a letter or a debate (or, opening the sentence,
    by the writer), and not a prediction."""
    return (match.start() == 0 or bool(_SAID_IN.search(low))) \
        and not re.search(rf"\b(?:{PREDICTION_VERBS})\b", low[match.start():])


def _not_habitual(low: str, match: re.Match[str]) -> bool:
    """"Het kabinet investeert jaarlijks …": what it always does, not a measure."""
    return not _HABITUAL.search(low)


# the intention of a body outside the government: "Het Zweedse voorzitterschap is voornemens
# …", "is de regering van Curaçao voornemens …", "Het Voorzitterschap heeft het voornemen …"
_OTHERS_INTEND = fastre.compile(
    rf"\b(?:{_OTHER_BODIES}|voorzitterschap|regering van)\b[^,;]*$")


def _ours(low: str, match: re.Match[str]) -> bool:
    """No body outside the government is the subject before or in the match (its clause)."""
    return not _OTHERS_INTEND.search(low[max(0, match.start() - 60):match.end()])


CONDITIONS: dict[str, Callable[[str, re.Match[str]], bool]] = {
    "stuk volgt": _document_coming, "stuur ik u": _sent_later, "kom met": _sent_later,
    "gemeld in": _said_by_us, "investeert": _not_habitual, "voornemens": _ours}


def _compiled(rules: tuple[tuple[str, str], ...]) -> tuple[Rule, ...]:
    return tuple((name, fastre.compile(pattern), NEEDLES.get(name, ())) for name, pattern in rules)


EARLIER_RULES = _compiled(EARLIER)
PROMISE_RULES = _compiled(PROMISE)
REFUSAL_RULES = _compiled(REFUSAL)
ACTION_RULES = _compiled(ACTION)
_GROUP_RULES = {"refusal": REFUSAL_RULES, "promise": PROMISE_RULES}


@dataclass(frozen=True)
class Verdict:
    """The outcome of the rules for one sentence."""

    kind: str
    cue: str
    actor: str | None


_WE_VERBS = (
    r"verkennen|onderzoeken|starten|werken|zetten|trekken|ontwikkelen|stimuleren|nemen"
    r"|investeren|versterken|organiseren|brengen|maken|ondersteunen|bevorderen|verbeteren"
    r"|stellen|treden|scheppen|realiseren|richten|intensiveren|verbreden|verdiepen"
    r"|bouwen|faciliteren|continueren|verlengen|introduceren|breiden|passen|pakken"
)
_IK_VERBS = (
    r"verken|onderzoek|start|werk|zet|trek|ontwikkel|stimuleer|neem|investeer|versterk"
    r"|organiseer|breng|maak|ondersteun|bevorder|verbeter|stel|treed|schep|realiseer|richt"
    r"|intensiveer|verbreed|verdiep|faciliteer|continueer|verleng|introduceer|breid|pas|pak"
)
# the same acts of the cabinet or a body under it, in the third person ("Het kabinet
# verdubbelt de ambitie …", "Het kabinet legt daarom in de Klimaatwet vast …"); not "werkt
# aan", "zet zich in", "richt zich": an effort that goes on
_IT_VERBS = (
    r"verkent|onderzoekt|start|ontwikkelt|stimuleert|investeert|versterkt|organiseert"
    r"|intensiveert|verbreedt|verdiept|continueert|verlengt|introduceert|verdubbelt|verhoogt"
    r"|verlaagt|verruimt|halveert|schrapt|stopt|beëindigt|vereenvoudigt"
    r"|(?:legt (?!zich).{1,80}\bvast|voert .{1,80}\b(?:in|uit)|trekt .{1,80}\buit"
    r"|stelt .{1,80}\bbeschikbaar|schaft .{1,80}\baf|breidt .{1,80}\buit|maakt .{1,80}\bvrij"
    r"|richt (?!zich).{1,80}\bin)(?=\s*[,.;]|\s+(?:dat|om|voor|zodat|met|door)\b)"
)
IT_PRESENT = fastre.compile(
    rf"^(?:(?:daarom|daarnaast|ook|tevens|verder|voorts|daarbij|hiertoe|daartoe|concreet|zo) )?"
    rf"(?:het kabinet|de regering|de rijksoverheid|{_ACTOR_NOUNS}) (?:daarom |ook |nu |tevens )?"
    rf"(?:{_IT_VERBS})\b")
FIRST_PERSON_DIRECT = fastre.compile(rf"\b(?:(?:we|wij) (?:{_WE_VERBS})|ik (?:{_IK_VERBS}))\b")
FIRST_PERSON_INVERTED = fastre.compile(rf"\b(?:(?:{_WE_VERBS}) (?:we|wij)|(?:{_IK_VERBS}) ik)\b")
_DIRECT_BEFORE = fastre.compile(
    r"(?:^|[,;:]|\b(?:daarom|daarnaast|ook|tevens|verder|voorts|daarbij|daarvoor|hiervoor"
    r"|hiertoe|daartoe|en|nu|vervolgens|tegelijkertijd))\s*$"
)
FUTURE_EXISTENCE = fastre.compile(r"\b(?:vanaf|per|in|na|met ingang van) (?:\S+ ){0,3}(20\d\d)\b"
                              r".{0,20}\b(?:komt|komen) er\b")
FRONTED_YEAR = fastre.compile(rf"^(?:in|vanaf|per|uiterlijk in) (20\d\d),? (\w+) "
                          rf"(?:{_ACTOR_NOUNS}|de overheid|ik|we|wij)\b")

# "Daarmee voorkomen we …": the effect of measures already named, not a new one.
_EFFECT_START = fastre.compile(r"(?:daarmee|hiermee|daardoor|hierdoor|op die manier|zodoende)\b")

# ("dat" and "die" after a preposition point at a thing: "de reactie op dat deel van het advies")
_SUBORDINATE = fastre.compile(
    r"(?:^|\s)(?:(?<!\bop\s)(?<!\bin\s)(?<!\bmet\s)(?<!\bvan\s)(?<!\bvoor\s)(?<!\bbij\s)"
    r"(?<!\bnaar\s)(?<!\bover\s)(?<!\bom\s)(?<!\bdoor\s)(?<!\btot\s)(?<!\buit\s)(?<!\bna\s)"
    r"(?<!\baan\s)(?<!\bonder\s)(?<!\btegen\s)(?<!\bbinnen\s)(?<!\btijdens\s)(?:dat|die)"
    r"|waar\w*|welke|hoe|als|indien|wanneer|omdat|zodat|voordat|nadat"
    r"|doordat|terwijl|zodra)\s"
)
# A decision the letter makes known: "Hierbij informeer ik u over het besluit om …" is about
# the letter itself, and it announces what the government will do.
DECISION_MADE_KNOWN = fastre.compile(
    r"\b(?:informeer|informeren|bericht|berichten) (?:ik|wij|we) (?:u|uw kamer) (?:\S+ )?over "
    r"(?:het|mijn|ons) besluit (?:om|tot|dat|(?!van )(?:\S+ ){1,25}?te \w+en\b)"
)
# telling the Kamer what the writer decided: "deel ik u mee dat", "bericht ik u dat"
_MADE_KNOWN = fastre.compile(
    r"\b(?:deel|delen|bericht|berichten|informeer|informeren) (?:ik|wij|we) (?:u|uw kamer)"
    r"(?: \S+){0,4}? (?:mee )?dat (?:ik|wij|we|het kabinet)\b")
# What is done every year or was done: no new measure ("Zoals gebruikelijk zend ik u dit voorjaar").
# Narrower than _HABITUAL on purpose: "al" and "nu" there would also veto "Defensie start dit
# najaar een proef … dat al vele jaren bestaat", where they belong to another clause.
_ROUTINE = fastre.compile(
    r"\b(?:jaarlijks|elk jaar|ieder jaar|gebruikelijk|werd|werden|was|waren)\b")
_GOV_SUBJECT = fastre.compile(rf"^(?:{_FIRST_PERSON}|{_ACTOR_NOUNS})\b")
# Finite verbs that state, judge or report rather than do (or that other rules read)
_NOT_ACTS = (
    r"is|zijn|heeft|hebben|heb|had|hadden|was|waren|werd|werden|kent|kennen|ken|kan"
    r"|kunnen|moet|moeten|mag|vindt|vind|ziet|zie|acht|hecht|ben|blijkt|wordt|worden|gaat om"
    r"|geldt|betreft|speelt|bestaat|ontbreekt|lijkt|denk|meen|verwacht|reageer|reageert"
    r"|verwijs|verwijst|merk|wijs|informeer|schets|licht|noem|benadruk|onderschrijf|deel"
    r"|constateer|stel vast|heet|dank|bedank|bied|stuur|zend"
    r"|wil|willen|zal|zullen|ga|gaan|gaat"  # (their own rules read these)
)
INVERTED_PRESENT = fastre.compile(
    rf"^(?:daarnaast|ook|tevens|verder|voorts|bovendien|hiertoe|daartoe|daarom|hiervoor"
    rf"|daarvoor|vervolgens|tot slot|concreet)\s+(?!(?:{_NOT_ACTS})\b)(\w+) "
    rf"(?:ik|wij|we|het kabinet|{_ACTOR_NOUNS})\b"
)
# A time soon to come, in words ("dit najaar", "binnenkort"; years are FRONTED_YEAR's)
NEAR_FUTURE = fastre.compile(
    r"\b(?:dit (?:najaar|voorjaar)|komend (?:najaar|voorjaar|jaar)|komende (?:zomer|winter)"
    r"|volgend jaar|later dit jaar|binnenkort|na de zomer|voor de zomer|eind dit jaar"
    r"|(?:volgende|komende) (?:week|maand)"
    r"|in de loop van (?:dit|volgend) jaar|begin volgend jaar|de komende (?:weken|maanden))\b"
)
_SOON = ("jaar", "binnenkort", "zomer", "winter", "komende")  # NEAR_FUTURE's needles
# A present passive of any verb that does something (not one that expects or judges):
# "wordt … geplaatst", "worden … ingevoerd", "wordt … verstrekt"
NEAR_PASSIVE = fastre.compile(
    r"\b(?:wordt|worden)\b(?: \S+){0,14}? (?!(?:verwacht|geschat|gedacht|geraamd|geacht|gezien"
    r"|beschouwd|voorspeld|bereikt|overschreden|gehouden|genoemd|gesteld|bekend|verschillend"
    r"|gebruikt)\b)"
    r"(?:(?:aan|af|bij|door|in|mee|om|op|over|terug|toe|uit|vast|voor|weg)?ge[a-zà-ÿ]{3,}[dt]"
    r"|(?:be|ver|ont|her|onder)[a-zà-ÿ]{3,}[dt]|" + _PLAN_PARTICIPLES + r")\b"
)
# A next step, for the passive ("worden vervolgens verankerd", "op 29 juni aanstaande")
_PASSIVE_TIME = fastre.compile(
    r"\b(?:\d+ [a-z]+ (?:aanstaande|a\.s\.)|vervolgens|nader|voortaan|straks"
    r"|op korte termijn|zo snel mogelijk|stapsgewijs)\b")
_MODAL = fastre.compile(r"\b(?:kan|kunnen|moet|moeten|mag|mogen|zou|zouden)\b")
# The government as the subject of a verb in the present tense near the start, before or
# after it: "Defensie start …", "Dit najaar start Defensie …" (not a verb of thinking in the
# plural, not an adverb where the verb should be)
_PRESENT_ACT = fastre.compile(
    rf"^((?:\S+ ){{0,4}}?)(?:(?:{_ACTOR_NOUNS}|ik|wij|we) (?!(?:{_NOT_ACTS}|hoop|hopen|vinden"
    rf"|zien|weten|denken|verwachten|menen|achten|constateren|merken|hechten|ook|nog|al|dan"
    rf"|daarom|graag|binnenkort|niet|geen)\b)[a-zà-ÿ]{{3,}}(?<![dt]e)\b"
    rf"|(?!(?:{_NOT_ACTS})\b)[a-zà-ÿ]{{3,}}(?<![dt]e) (?:{_ACTOR_NOUNS}|ik|wij|we)\b)"
)


# Footnote marks glued to a word: superscripts ("toegezegd¹"), or plain digits where a page's
# text lost the superscript ("toegezegd2", "artikelen1"; three letters at least before them,
# so "G20" and "CO2" keep theirs). To the regex engine they are word characters.
_FOOTNOTE_MARKS = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# (a pattern that starts with the digit is scanned for fast; the letters are checked behind it)
_GLUED_DIGITS = re.compile(r"\d(?<=[a-zà-ÿ]{3}\d)\d?(?![\w-])")
# and between two words where the space went with the superscript ("toegezegd3om")
_GLUED_BETWEEN = re.compile(r"\d(?<=[a-zà-ÿ]{3}\d)\d?(?=[a-zà-ÿ]{2})")


def lowered(sentence: str) -> str:
    """The sentence as the rules read it: lower case, single spaces, no footnote marks."""
    if not sentence.isascii():  # (superscripts are not ASCII)
        sentence = _FOOTNOTE_MARKS.sub("", sentence)
    sentence = _GLUED_DIGITS.sub("", _GLUED_BETWEEN.sub(" ", sentence))
    return " ".join(sentence.lower().split())


def could_commit(low: str) -> bool:
    """Whether a (lowered) sentence is long enough to commit and not a question."""
    return len(low) >= 20 and low.count(" ") >= 3 and not low.endswith("?")


def classify(
    sentence: str, signatory_role: str | None = None, letter_date: str | None = None,
    low: str | None = None,
) -> Verdict | None:
    """Decide whether ``sentence`` is a commitment; None when it is not. ``low`` is the
    sentence :func:`lowered`, when the caller has it already."""
    low = lowered(sentence) if low is None else low
    if not could_commit(low):
        return None
    hit = earlier_cue(low)
    if hit:
        return Verdict("earlier", hit, actor_of(sentence, signatory_role))
    if "besluit" in low:
        match = DECISION_MADE_KNOWN.search(low)
        if match:
            return Verdict("action", f"besluit gemeld: {_clip(match.group(0))}",
                           actor_of(sentence, signatory_role))
    if about_this_letter(low):
        # a refusal the letter makes known: "Hierbij deel ik u mee dat ik niet instem met
        # het verzoek …"
        hit = _MADE_KNOWN.search(low) and _group_hit("refusal", low)
        return Verdict("refusal", hit, actor_of(sentence, signatory_role)) if hit else None
    if others_say(low) or is_prediction(low) or is_stance(low) or is_agenda_of_others(low):
        return None
    for kind in ("refusal", "promise"):
        hit = _group_hit(kind, low)
        if hit:
            return Verdict(kind, hit, actor_of(sentence, signatory_role))
    year = int(letter_date[:4]) if letter_date else None
    hit = _gate("action", low) and _action_cue(low, year)
    if hit:
        # what is to be done is telling the Kamer: a promise, whatever rule found it
        kind = "promise" if for_the_kamer(low) else "action"
        return Verdict(kind, hit, actor_of(sentence, signatory_role))
    return None


# A commitment whose deed is telling the Kamer: said in a document for it ("in de
# eerstvolgende Kamerbrief … reageren", "zal worden meegenomen in de appreciatie"), sent to it
# ("een beleidsreactie aan de Kamer zal versturen", "ter inzage leggen bij uw Kamer"), or an
# answer to come ("zal ik nader ingaan op …", "voornemens uitgebreid te reageren op de motie").
# The documents are those of _DOCUMENTS that are sent whole, not "uitwerking", "actieplan" or
# "vragen": "Bij de uitwerking zal ik de stakeholders betrekken" is an act.
_IN_DOCUMENT = fastre.compile(
    r"\b(?:in|via|bij|met) (?:(?:de|het|een|mijn|onze|zijn|haar|die|dat|voornoemde"
    r"|eerstvolgende|volgende|aparte|separate|afzonderlijke|nieuwe|aanvullende|hierboven"
    r"|genoemde|geannoteerde) )*"
    r"(?:(?:kamer|voortgangs|beleids|verzamel)?brie(?:f|ven)|(?:kabinets|beleids)?reactie"
    r"|appreciatie|(?:voortgangs|halfjaar|jaar)?rapportage|(?:beleids)?notitie|nota"
    r"|(?:kabinets)?standpunt|visie|evaluatie|agenda)\b(?! van\b)")
_SENDS = r"(?:versturen|verstuur|sturen|stuur|toesturen|zenden|toezenden|aanbieden|leggen|toegaan)"
_KAMER_AS_ADDRESSEE = r"(?:aan|naar|bij) (?:uw|de) (?:vaste )?(?:commissie|kamer)"
_TO_THE_KAMER = fastre.compile(
    rf"\b{_SENDS}\b.{{0,60}}\b{_KAMER_AS_ADDRESSEE}\b"
    rf"|\b{_KAMER_AS_ADDRESSEE}\b.{{0,60}}\b{_SENDS}\b"
    r"|\bverantwoording af(?: te)? (?:leggen|afleggen)\b")
_ANSWER_TO_COME = fastre.compile(
    r"\b(?:reageren|te reageren|reageer|terugkomen|terug te komen|ingaan|in te gaan) op\b")


# a document named as said before: "Zoals ik in die brief aangaf", "Voorts gaven we in de brief"
_SAID_BEFORE = fastre.compile(
    r"\b(?:aangaf|aangegeven|meldde|gemeld|schreef|geschreven|gaf|gaven|heb|hebben|heeft|jl)\b")


def for_the_kamer(low: str) -> bool:
    """Whether what a :func:`lowered` commitment will do is telling the Kamer (a document
    of this letter itself, "in deze brief", or one named with its day is none to come)."""
    return bool(_IN_DOCUMENT.search(low) and not _SAID_BEFORE.search(low)
                or _TO_THE_KAMER.search(low) or _ANSWER_TO_COME.search(low))


def _group_hit(kind: str, low: str) -> str | None:
    """The first refusal or promise rule that matches, behind its group's gate."""
    return (_gate(kind, low) and _first(_GROUP_RULES[kind], low)) or None


def earlier_cue(low: str) -> str | None:
    """The rule that finds a reference to a promise made before in a :func:`lowered`
    sentence ("zoals toegezegd", "heb ik aangekondigd …", "niet binnen de termijn"), or None.
    The lineage linker reads referring sentences with it too."""
    return (_gate("earlier", low) and _first(EARLIER_RULES, low)) or None


def is_postponement(cue: str | None) -> bool:
    """Whether a rule's cue ("name: matched words") is one of the EARLIER rules that find a
    promised thing not coming in time ("niet binnen de termijn"): a promise still open."""
    return bool(cue) and cue.split(":", 1)[0] == "uitstel"


def _first(rules: tuple[Rule, ...], low: str) -> str | None:
    """The first rule that matches, as "name: matched words" (a rule with needles runs only
    when one of them occurs in ``low``)."""
    for name, pattern, needles in rules:
        for needle in needles:  # (inlined _any_in: this loop runs for every sentence)
            if needle in low:
                break
        else:
            if needles:
                continue
        match = pattern.search(low)
        if match and (name not in CONDITIONS or CONDITIONS[name](low, match)):
            return f"{name}: {_clip(match.group(0))}"
    return None


def _clip(words: str, limit: int = 60) -> str:
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


@lru_cache(maxsize=1024)
def about_this_letter(low: str) -> bool:
    """Statements about the letter itself ("In deze brief ga ik in op …", "Hierbij stuur ik u")."""
    if not _any_in(_SELF_GATE, low):
        return False
    for needle, pattern in SELF_LETTER:
        if needle in low and pattern.search(low):
            return True
    return False


@lru_cache(maxsize=1024)
def others_say(low: str) -> bool:
    """What a report, a committee or the Kamer says or asks, unless the writer takes it up."""
    if not _any_in(_OTHERS_NEEDLES, low) or not OTHERS_SAY.search(low):
        return False
    return not _WRITER_TAKES_UP.search(low)


# What a meeting of others will discuss: "Tijdens de Raad Buitenlandse Zaken … zullen de
# ministers spreken over …", "Het rapport zal … in de Board of Governors van het IAEA worden
# besproken", "Ook zal worden gesproken over …". An agenda, not a deed of the government, unless
# the writer, the cabinet or the Netherlands is the subject ("Wij zullen met haar de opzet
# bespreken"); a talk of the government with others ("met de bestuurders worden besproken")
# names no meeting of others.
# (anywhere in the sentence, also in compounds: "jaarvergadering", "donorconferentie")
_MEETING_OF_OTHERS = fastre.compile(
    rf"\b(?:{_OTHERS_MEETINGS}|board|beraad|voorzitterschap"
    r"|\w+(?:bijeenkomst|vergadering|conferentie))\b")
_DISCUSSED = fastre.compile(
    r"\b(?:zal|zullen)\b.{0,120}\b(?:spreken|bespreken|besproken|gesproken|plaatsvinden"
    r"|van gedachten wisselen|aan de orde komen|op de agenda staan)\b")
_OUR_SUBJECT = fastre.compile(r"\b(?:ik|wij|we|het kabinet|nederland)\b")


@lru_cache(maxsize=1024)
def is_agenda_of_others(low: str) -> bool:
    """What a meeting of others will discuss or when it meets, the government not its
    subject: an agenda announced, no commitment."""
    return bool(_DISCUSSED.search(low) and _MEETING_OF_OTHERS.search(low)
                and not _OUR_SUBJECT.search(low))


_WRITER_TAKES_UP = fastre.compile(
    r"\b(?:ik|wij|we|het kabinet)\b.{0,40}\b(?:zal|zullen|ga|gaan|wil|neem)\b"
    r"|\b(?:zal|zullen|ga|gaan|wil|neem) (?:ik|wij|we|het kabinet)\b")


_STANCE = fastre.compile(
    r"\b(?:(?:vind|vindt|vinden|acht|achten|acht het kabinet)(?: \S+){0,3}? "
    r"(?:van (?:groot )?belang|belangrijk|essentieel|cruciaal|wenselijk|noodzakelijk)"
    r"|(?:het is|is het)(?: \S+){0,2}? "
    r"(?:van (?:groot )?belang|belangrijk|essentieel|cruciaal|wenselijk|noodzakelijk))"
    r"(?: \S+){0,3}? dat\b"
    # in a subordinate clause, the verb last: "dat het kabinet het van groot belang vindt dat"
    r"|\b(?:van (?:groot )?belang|belangrijk|essentieel|cruciaal|wenselijk|noodzakelijk) "
    r"(?:vind|vindt|vinden|acht|achten)\b(?: \S+){0,2}? dat\b"
)


@lru_cache(maxsize=1024)
def is_stance(low: str) -> bool:
    """What the writer finds important that happens ("het kabinet vindt het van groot belang
    dat de Kamer goed wordt geïnformeerd", "het is belangrijk dat alle partijen …"): a view or
    an appeal, not a commitment."""
    return ("belang" in low or "essentieel" in low or "cruciaal" in low or "wenselijk" in low
            or "noodzakelijk" in low) and bool(_STANCE.search(low))


# a talk with the Kamer, or an answer or a discussion in a debate ("Hierover zal ik dan graag
# het gesprek met u voeren", "De overige vragen zal ik beantwoorden tijdens mijn eerste
# termijn van het debat"); a talk with others is reported in letters ("Ik ga in gesprek met
# de FNV"), and "met u af te spreken" is agreeing, not talking
_WITH_THE_KAMER = fastre.compile(
    rf"\bgesprek met {_PARLIAMENT}\b"
    rf"|\bmet {_PARLIAMENT}\b(?: \S+){{0,3}}? (?:van gedachten (?:te )?wisselen|in gesprek"
    r"|(?<!\baf )(?<!\baf te )(?:te )?spreken|(?:te )?bespreken|debatteren)\b"
    r"|\b(?:beantwoorden|bespreken|toelichten|ingaan op)\b(?: \S+){0,3}? (?:tijdens|in) "
    r"(?:\S+ ){0,3}?(?:debat|overleg|commissiedebat|notaoverleg|wetgevingsoverleg|termijn)\b")


def kept_in_meeting(low: str) -> bool:
    """Whether a :func:`lowered` commitment is kept in a meeting with the Kamer rather than in
    a letter (one that names a letter, "per brief voor het debat", is not)."""
    return "brief" not in low and bool(_WITH_THE_KAMER.search(low))


@lru_cache(maxsize=1024)
def is_prediction(low: str) -> bool:
    """Expectations about outcomes: "ik verwacht dat", "naar verwachting"."""
    if "verwacht" not in low or _PROMISED_EXPECTATION.search(low):
        return False
    return bool(re.search(r"\bverwacht\w* (?:\S+ ){0,3}dat\b|\bnaar verwachting\b", low))


# "Ik verwacht dat ik de Kamer in het tweede kwartaal kan informeren", "zal ik naar verwachting
# in 2014 aan de Kamer aanbieden": the writer's own promise to parliament, with a hedge.
_PROMISED_EXPECTATION = fastre.compile(
    rf"\b(?:ik|wij|we|het kabinet)\b.{{0,120}}\b{_PARLIAMENT}\b.{{0,120}}\b(?:{_COMM_VERBS})\b"
    rf"|\b(?:ik|wij|we|het kabinet)\b.{{0,120}}\b(?:{_COMM_VERBS})\b.{{0,60}}\b{_PARLIAMENT}\b"
    # the Kamer as the one who receives: "Uw Kamer zal naar verwachting begin december de
    # kabinetsappreciatie … ontvangen"
    r"|\b(?:uw kamer|de (?:tweede )?kamer) (?:zal|wordt)\b.{0,120}\b(?:ontvangen|geïnformeerd)\b"
)


def _is_conditional(low: str) -> bool:
    """A sentence whose only modal is "zou/zouden" states a hypothesis, not an intention."""
    return "zou" in low and bool(_ZOU.search(low)) and not _INTENT_MODAL.search(low)


_ZOU = fastre.compile(r"\bzou(?:den)?\b")
_INTENT_MODAL = fastre.compile(r"\b(?:zal|zullen|wil|willen|ga|gaan)\b")


def _action_cue(low: str, letter_year: int | None = None) -> str | None:
    """Announced measures: intentions, future tense with a government subject, planned passives."""
    if _is_conditional(low):
        return None
    hit = _first(ACTION_RULES, low) or _zal_cue(low) or _passive_cue(low)
    if hit:
        return hit
    match = INVERTED_PRESENT.search(low)
    if not match and not _EFFECT_START.match(low):
        match = _first_person_present(low) or IT_PRESENT.search(low)
    if match and not _HABITUAL.search(low):
        return f"tegenwoordige tijd: {_clip(match.group(0))}"
    return _future_present(low, letter_year)


def _first_person_present(low: str) -> re.Match[str] | None:
    """"We verkennen …", "Daarom zetten we in op …": a measure in the present tense."""
    if "we " in low or "wij " in low or "ik " in low:
        for match in FIRST_PERSON_DIRECT.finditer(low):
            if _DIRECT_BEFORE.search(low[max(0, match.start() - 30) : match.start()]):
                return match
    if " we" in low or " wij" in low or " ik" in low:
        return FIRST_PERSON_INVERTED.search(low)
    return None


def _future_present(low: str, letter_year: int | None) -> str | None:
    """Present tense about a later year: "In 2030 koopt de overheid …", "Vanaf 2023 komt er …";
    or about a time soon to come, with the government acting: "Defensie start dit najaar …";
    or a passive with such a time or a next step: "Deze afspraken worden vervolgens verankerd
    in een Europawet"."""
    soon = _any_in(_SOON, low) and NEAR_FUTURE.search(low)
    if soon and not _ROUTINE.search(low):
        match = _PRESENT_ACT.search(low)
        if match and not _SUBORDINATE.search(" " + match.group(1)):
            return f"toekomst: {_clip(match.group(0).strip() + ' … ' + soon.group(0))}"
    if "word" in low:
        when = soon or _PASSIVE_TIME.search(low)
        passive = when and not _ROUTINE.search(low) and _near_passive(low)
        if passive:
            return f"toekomst: {_clip(passive + ' … ' + when.group(0))}"
    if "20" not in low:
        return None
    for pattern in (FUTURE_EXISTENCE, FRONTED_YEAR):
        if pattern is FUTURE_EXISTENCE and "komt er" not in low and "komen er" not in low:
            continue
        match = pattern.search(low)
        if not match or (letter_year and int(match.group(1)) < letter_year):
            continue
        if pattern is FRONTED_YEAR and re.fullmatch(r"is|zijn|was|waren|heeft|hebben|\w+(?:te|de)",
                                                    match.group(2)):
            continue
        return f"toekomst: {_clip(match.group(0))}"
    return None


def _near_passive(low: str) -> str | None:
    """A present passive in a main clause, no modal, no habit: with a time soon to come or a
    next step it is a step planned ("Komend jaar wordt een vaste staf … geplaatst op Sint
    Maarten", "De kosten worden nader in kaart gebracht")."""
    if _HABITUAL.search(low):  # (the caller has checked that "word" occurs)
        return None
    for match in NEAR_PASSIVE.finditer(low):
        head = _clause_head(low, match.start())
        if _SUBORDINATE.search(" " + head) or _MODAL.search(head + match.group(0)):
            continue
        return match.group(0)
    return None


def _passive_cue(low: str) -> str | None:
    """A present passive of a planning verb in a main clause ("Ook wordt onderzocht …")."""
    if "word" not in low:
        return None
    for match in FUTURE_PASSIVE.finditer(low):
        head = _clause_head(low, match.start())
        if _SUBORDINATE.search(" " + head) or _HABITUAL.search(low):
            continue
        if re.search(r"\b(?:kan|kunnen|moet|moeten|mag|mogen)\b", head + match.group(0)):
            continue
        return f"gepland: {_clip(match.group(0))}"
    return None


def _zal_cue(low: str) -> str | None:
    """"zal/zullen" with a government or inanimate subject and a non-predictive main verb."""
    if "zal" not in low and "zullen" not in low:
        return None
    for match in _ZAL.finditer(low):
        clause = _clause_around(low, match.start(), match.end())
        if _predictive_clause(clause):
            continue
        subject = _subject(low, match)
        if subject and NON_GOV_SUBJECT.match(subject) and not _passive(clause):
            continue
        head = _clause_head(low, match.start())
        sub = _SUBORDINATE.search(" " + head)
        if sub and not _GOV_SUBJECT.match(head[sub.end() - 1 :].strip()):
            continue
        return f"zal: {_clip(clause.strip())}"
    return None


def _predictive_clause(clause: str) -> bool:
    """A "zal" clause about outcomes: "zal ertoe leiden", "zal … nodig zijn"."""
    if re.search(rf"\b(?:zal|zullen)\b.*\b(?:{PREDICTION_VERBS})\b", clause):
        return True
    if re.search(r"\b(?:ertoe|naar verwachting|waarschijnlijk|wellicht|mogelijk)\b", clause):
        return True
    # a change of a quantity as the subject: "In 173 gemeenten zal een daling … plaatsvinden"
    if re.search(r"\b(?:zal|zullen) (?:\S+ ){0,2}?(?:een |de )?(?:daling|stijging|toename|afname"
                 r"|groei|krimp)\b", clause):
        return True
    weak_final = re.search(rf"\b(?:{WEAK_FINAL_VERBS})\s*[.;:!?]?\s*$", clause.strip())
    planned = re.search(rf"\b(?:{_PLAN_PARTICIPLES}|plaatsvinden)\b", clause)
    return bool(weak_final) and not planned and not _passive(clause)


def _clause_head(low: str, start: int) -> str:
    """What stands before ``start`` in its clause (since the last , ; or :)."""
    return low[max(low.rfind(c, 0, start) for c in ",;:") + 1 : start]


def _clause_around(low: str, start: int, end: int) -> str:
    """The clause containing ``low[start:end]``: bounded by , ; : and sentence ends."""
    left = max(low.rfind(c, 0, start) for c in ",;:") + 1
    rights = [i for i in (low.find(c, end) for c in ",;:") if i >= 0]
    return low[left : min(rights) if rights else len(low)]


def _subject(low: str, match: re.Match[str]) -> str | None:
    """The subject of a "zal" clause: inverted after it or at the start of its clause."""
    after = low[match.end() :].lstrip()
    if re.match(rf"(?:{_FIRST_PERSON}|er|{_ACTOR_NOUNS})\b", after):
        return after.split(",")[0]
    head = _clause_head(low, match.start()).strip()
    head = re.sub(r"^(?:dat|die|en|maar|waarbij|omdat|zodat|of)\s+", "", head)
    if re.match(r"^(?:ook|daarnaast|tevens|voorts|zo|daarbij|in|op|bij|met|voor|ten|de komende"
                r"|aansluitend|vervolgens|daarna|nadien|eveneens|verder|naast|tijdens|na|vanaf"
                r"|per|eerst|hierbij|hierin|daarin|binnenkort|medio|begin|eind)\b", head):
        return after.split(",")[0]
    return head or None


def _passive(clause: str) -> bool:
    return bool(re.search(r"\b(?:worden|zijn)\b", clause)) and bool(
        re.search(r"\b(?:ge\w+|\w+(?:d|t|en))\b\s*(?:worden|zijn)?\s*$", clause.strip(" .")))


def actor_of(sentence: str, signatory_role: str | None) -> str | None:
    """Who commits: "ik" is the signatory's role; otherwise a named government body or None."""
    low = sentence.lower()
    if _I.search(low):
        return signatory_role
    match = _ACTOR_NOUN.search(sentence)
    if match:
        return match.group(0)
    if _WE.search(low):
        return signatory_role or "het kabinet"
    return None


_I = fastre.compile(r"\b(?:ik|mij|mijn)\b")
_WE = fastre.compile(r"\b(?:wij|we|ons|onze)\b")
_ACTOR_NOUN = fastre.compile(rf"\b(?:{_ACTOR_NOUNS})\b", re.I)
