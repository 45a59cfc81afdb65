"""The content words common enough that a phrase of two of them is indexed as one pair.

The ``pairs`` field holds a pair of adjacent words where the first is a stop word or both are
in :data:`COMMON_TERMS` (see ``schema.indexed_pair``); other phrases are proved from the body's
positions, which is cheap only when one of their words is rare. A phrase of two common words
("tweede kamer", "minister president") would have to read the positions of both in nearly
every letter, so those pairs are indexed.

The list: the 300 index terms (stemmed, folded) found in the most letters of the
bundled letters and the commitment corpus (digits left out), made by :func:`main`
(``python -m desktop_app.search.common_terms``). Changing it changes which pairs an index
holds: bump ``schema.SCHEMA_VERSION`` with it (a test holds the two together).
"""

from __future__ import annotations

COMMON_TERMS = frozenset("""
aandacht aangegev aanleid aanpak aantal aanvull aanzien activiteit advies af afgelop afsprak
algemen all april artikel basis beantwoord begrot begrotingsstat belang belangrijk beleid
bericht beschik besluit bestur betreft betrek betrok bevat bied bijgewerkt bijlag bijvoorbeeld
binn binnenland blijv bov bred brief buitenland central commissie cultur daarbij daarmee
daarnaast daarom datum december defensie del den direct diver document doel drie economisch
eerder eerst effect eind enkel eu europes evaluatie februari financiel financien ga gan gat
gebied gebruik gedan geeft gef gegev geinformeerd gelegd gemaakt general genom gepubliceerd
gerelateerd gericht gesprek gesteld gev gevolg gevraagd gezond goed grag grot hag handel her
hierbij hierover houd html huidig ieder ii informatie informatiepunt informer infrastructur
inhoud inmiddel international invull inzag inzak inzet inzicht januari jar jl juli juni
justitie kabinet kabinetsreactie kader kamer kamerstuk kamerstukdossier klimat kom komend komt
koninkrijksrelaties kort kost kst kwaliteit land landbouw lang lat led lid link maart maatregel
maatschapp mak med mee mei mens middel milieu minister ministerie moet mogelijk moment motie
moties nader namen national natur nederland nem nieuw nl nodig noodzak not november nr nummer
officiel oktober onderdel ondernummer onderwerp onderwijs onderzoek ontvang ontvangt ontwikkel
onz open opgenom ord originel over overleg pagina pdf per period person plat preview proces
raadpleg rad rapport reactie recent regel reger resultat sam samenlev samenwerk schriftelijk
september sind sit situatie social sport sprak staatssecretaris stan stand stat sted stell stur
ten ter termijn teven tijd tijden toe toegezegd toekom toekomst toezegg tuss twed twee
tweedekamer uitkomst uitvoer uitwerk vanuit vast vaststell veilig verantwoord verbeter verder
vergaderjar verschill versie versterk vertrouw verwacht verzocht verzoek via vind visie
voldoend volgend volksgezond voorbereid voortgang voorzien voorzitter vorm vrag waarbij waarin
waarop war waterstat we wek wel welk welzijn werk werkgeleg werkzam wet wetenschap wij wijz www
zak zend zet zien zoal zorg zowel zull
""".split())


def main() -> None:  # pragma: no cover - a maintenance script
    """Print the list from the bundled letters and the commitment corpus."""
    import collections
    import pathlib
    import textwrap

    from desktop_app.search.schema import _STOP_MARK, _scan

    root = pathlib.Path(__file__).resolve().parents[2]
    files = sorted(root.glob("letters/*")) + sorted(
        p for p in (root / "tests/data/commitments/corpus").glob("*.txt")
        if not p.name.startswith("labels"))
    df: collections.Counter[str] = collections.Counter()
    for path in files:
        keys = _scan(path.read_text(encoding="utf-8", errors="replace"))[1]
        df.update({k for k in keys
                   if not k.startswith(_STOP_MARK) and not k.isdigit() and len(k) > 1})
    top = [t for t, _ in sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:300]]
    print(textwrap.fill(" ".join(sorted(top)), width=95))


if __name__ == "__main__":  # pragma: no cover
    main()
