"""Deadline normalisation table: (phrase, letter date) -> range; and finding the phrase."""

import pytest

from desktop_app.commitments.deadlines import find_deadline, normalise_deadline


def _r(start: str, end: str) -> dict[str, str]:
    return {"from": start, "to": end}


TABLE = [
    ("voor het zomerreces", "2021-05-21", _r("2021-05-21", "2021-07-08")),
    ("voor het zomerreces", "2021-09-01", _r("2021-09-01", "2022-07-07")),
    ("dit najaar", "2022-03-01", _r("2022-09-01", "2022-12-31")),
    ("in het najaar", "2022-12-05", _r("2023-09-01", "2023-12-31")),
    ("voor de zomer", "2023-02-03", _r("2023-02-03", "2023-07-06")),
    ("na de zomer", "2019-06-01", _r("2019-09-01", "2019-10-31")),
    # spring runs up to the summer recess: the latest day is 30 June
    ("in het voorjaar van 2022", "2021-10-01", _r("2022-03-01", "2022-06-30")),
    ("komend voorjaar", "2011-11-07", _r("2012-03-01", "2012-06-30")),
    # a recurring "spring of the following year" (after the year reported on): the next spring
    ("in het voorjaar van het daaropvolgende jaar", "2016-01-11", _r("2016-03-01", "2016-06-30")),
    ("in 2022", "2021-07-12", _r("2022-01-01", "2022-12-31")),
    ("eind 2025", "2025-06-01", _r("2025-11-01", "2025-12-31")),
    ("voor eind 2025", "2025-06-01", _r("2025-06-01", "2025-12-31")),
    ("eind oktober", "2020-09-18", _r("2020-10-21", "2020-10-31")),
    ("eind oktober", "2020-11-18", _r("2021-10-21", "2021-10-31")),
    ("begin maart", "2015-02-27", _r("2015-03-01", "2015-03-10")),
    ("in maart 2016", "2016-01-11", _r("2016-03-01", "2016-03-31")),
    ("uiterlijk in maart 2016", "2016-01-11", _r("2016-01-11", "2016-03-31")),
    ("uiterlijk 1 juli", "2025-03-01", _r("2025-03-01", "2025-07-01")),
    ("op 1 juli 2022", "2022-03-01", _r("2022-07-01", "2022-07-01")),
    ("per 1 januari 2023", "2022-10-01", _r("2023-01-01", "2023-01-01")),
    ("voor 1 april", "2020-02-18", _r("2020-02-18", "2020-03-31")),
    ("vóór 1 april 2020", "2020-02-18", _r("2020-02-18", "2020-03-31")),
    ("in het eerste kwartaal van 2026", "2025-12-08", _r("2026-01-01", "2026-03-31")),
    ("in het derde kwartaal", "2022-02-01", _r("2022-07-01", "2022-09-30")),
    ("in de tweede helft van 2022", "2022-02-01", _r("2022-07-01", "2022-12-31")),
    ("in de tweede week van maart", "2015-02-27", _r("2015-03-08", "2015-03-14")),
    ("voor de begrotingsbehandeling", "2021-11-02", _r("2021-11-02", "2021-11-30")),
    ("voor de kerst", "2021-11-02", None),
    ("voor het kerstreces", "2021-11-02", _r("2021-11-02", "2021-12-16")),
    ("volgende week", "2022-11-18", _r("2022-11-21", "2022-11-27")),
    ("volgende maand", "2022-12-18", _r("2023-01-01", "2023-01-31")),
    ("binnen zes weken", "2022-01-01", _r("2022-01-01", "2022-02-12")),
    ("voor het einde van het jaar", "2021-03-03", _r("2021-03-03", "2021-12-31")),
    ("dit jaar", "2021-03-03", _r("2021-01-01", "2021-12-31")),
    ("volgend jaar", "2021-03-03", _r("2022-01-01", "2022-12-31")),
    ("de komende periode", "2022-11-04", None),
    ("zo spoedig mogelijk", "2022-11-04", None),
    ("in 2022", None, _r("2022-01-01", "2022-12-31")),
    ("voor het zomerreces", None, None),
    # the end of a year: Nov–Dec; "voor"/"per"/"tegen" before an end mean "by the end of it"
    ("per eind 2020", "2020-02-18", _r("2020-02-18", "2020-12-31")),
    ("per eind 2020", None, _r("2020-12-31", "2020-12-31")),
    ("voor eind 2025", "2024-03-01", _r("2024-03-01", "2025-12-31")),
    ("vóór eind 2025", "2025-12-08", _r("2025-12-08", "2025-12-31")),
    ("uiterlijk eind 2024", "2023-06-15", _r("2023-06-15", "2024-12-31")),
    ("per eind oktober", "2023-01-01", _r("2023-01-01", "2023-10-31")),
    ("vanaf eind 2025", "2023-01-01", _r("2025-11-01", "2025-11-01")),
    ("eind dit jaar", "2023-06-15", _r("2023-11-01", "2023-12-31")),
    ("aan het einde van dit jaar", "2023-06-15", _r("2023-11-01", "2023-12-31")),
    ("tegen het einde van het jaar", "2023-06-01", _r("2023-06-01", "2023-12-31")),
    ("eind volgend jaar", "2023-06-15", _r("2024-11-01", "2024-12-31")),
    ("ultimo 2025", "2025-01-01", _r("2025-12-31", "2025-12-31")),
    ("ultimo maart", "2025-01-01", _r("2025-03-31", "2025-03-31")),
    ("later dit jaar", "2023-06-15", _r("2023-06-15", "2023-12-31")),
    # the beginning of a year is its first quarter
    ("begin volgend jaar", "2023-06-15", _r("2024-01-01", "2024-03-31")),
    ("begin komend jaar", "2023-06-15", _r("2024-01-01", "2024-03-31")),
    ("medio 2024", "2023-06-15", _r("2024-06-01", "2024-07-31")),
    ("in de loop van 2025", "2023-06-15", _r("2025-01-01", "2025-12-31")),
    ("vanaf 2025", "2023-06-15", _r("2025-01-01", "2025-01-01")),
    # from a period that has already begun: some day in the rest of it
    ("vanaf 2023", "2023-02-03", _r("2023-02-03", "2023-12-31")),
    ("per het tweede kwartaal", "2023-05-10", _r("2023-05-10", "2023-06-30")),
    ("uiterlijk 2030", "2023-06-15", _r("2023-06-15", "2030-12-31")),
    ("voor 2030", "2023-06-15", _r("2023-06-15", "2029-12-31")),
    ("tegen 2030", "2023-06-15", _r("2023-06-15", "2029-12-31")),
    # seasons
    ("voor de zomer van 2025", "2023-06-15", _r("2023-06-15", "2025-07-03")),
    ("voor de zomer", "2023-06-15", _r("2023-06-15", "2023-07-06")),
    ("voor de zomer", "2023-07-20", _r("2023-07-20", "2024-07-04")),
    ("voor het najaar", "2023-10-01", _r("2023-10-01", "2024-08-31")),
    ("na de zomer", "2023-06-15", _r("2023-09-01", "2023-10-31")),
    ("in het najaar van 2023", "2023-06-15", _r("2023-09-01", "2023-12-31")),
    ("in de zomer van dit jaar", "2023-03-01", _r("2023-06-01", "2023-08-31")),
    # recesses are the Kamer's own (first to last day); "voor" ends the day before, "na" is
    # its last day; Prinsjesdag is the third Tuesday of September
    ("na het zomerreces", "2023-06-15", _r("2023-09-04", "2023-09-04")),
    ("voorafgaand aan het zomerreces", "2023-06-15", _r("2023-06-15", "2023-07-06")),
    ("voor het zomerreces van 2024", "2023-06-15", _r("2023-06-15", "2024-07-04")),
    ("tijdens het zomerreces", "2023-03-01", _r("2023-07-07", "2023-09-04")),
    ("na het kerstreces", "2023-11-01", _r("2024-01-15", "2024-01-15")),
    ("voor Prinsjesdag", "2023-06-15", _r("2023-06-15", "2023-09-18")),
    ("met Prinsjesdag", "2023-10-01", _r("2024-09-17", "2024-09-17")),
    ("rond de jaarwisseling", "2023-06-15", _r("2023-12-31", "2023-12-31")),
    ("voor de jaarwisseling", "2023-06-15", _r("2023-06-15", "2023-12-31")),
    # relative spans count calendar weeks, months and years from the letter date
    ("binnen drie maanden", "2023-06-15", _r("2023-06-15", "2023-09-15")),
    ("binnen twee weken", "2023-06-15", _r("2023-06-15", "2023-06-29")),
    ("binnen 30 dagen", "2023-06-15", _r("2023-06-15", "2023-07-15")),
    ("binnen een half jaar", "2023-06-15", _r("2023-06-15", "2023-12-15")),
    ("binnen een jaar", "2023-06-15", _r("2023-06-15", "2024-06-15")),
    ("binnen anderhalf jaar", "2023-01-31", _r("2023-01-31", "2024-07-31")),
    ("binnen een maand", "2023-01-31", _r("2023-01-31", "2023-02-28")),
    ("over twee weken", "2023-06-15", _r("2023-06-29", "2023-06-29")),
    ("over drie maanden", "2023-06-15", _r("2023-09-15", "2023-09-15")),
    ("binnen enkele weken", "2023-06-15", None),
    ("binnen de wettelijke termijn van 30 dagen", "2023-05-22", _r("2023-05-22", "2023-06-21")),
    ("een termijn van vier weken", "2023-05-22", _r("2023-05-22", "2023-06-19")),
    # weekdays said to come: the first such day after the letter date (a Thursday here)
    ("aanstaande maandag", "2014-03-20", _r("2014-03-24", "2014-03-24")),
    ("komende donderdag", "2014-03-20", _r("2014-03-27", "2014-03-27")),
    ("dinsdag a.s.", "2014-03-20", _r("2014-03-25", "2014-03-25")),
    # the budget for a year is presented on Prinsjesdag of the year before
    ("in de Begroting 2023", "2022-06-07", _r("2022-09-20", "2022-09-20")),
    ("bij de ontwerpbegroting voor 2025", "2024-03-01", _r("2024-09-17", "2024-09-17")),
    # days, quarters
    ("op 1 juli 2025", "2023-06-15", _r("2025-07-01", "2025-07-01")),
    ("met ingang van 1 januari 2024", "2023-06-01", _r("2024-01-01", "2024-01-01")),
    ("m.i.v. 1 januari 2024", "2023-06-01", _r("2024-01-01", "2024-01-01")),
    ("uiterlijk op 1 juli", "2023-06-01", _r("2023-06-01", "2023-07-01")),
    ("in Q3 2024", "2023-06-15", _r("2024-07-01", "2024-09-30")),
    ("in Q1", "2023-06-15", _r("2024-01-01", "2024-03-31")),
    ("in het vierde kwartaal van dit jaar", "2023-06-15", _r("2023-10-01", "2023-12-31")),
    # around a season is vague: the words stay, no date
    ("rond de zomer", "2023-03-01", None),
    ("rond de zomer van 2024", "2023-03-01", None),
]


# The due date (the latest day the phrase allows) of the phrases the issue names.
DUE = [
    ("in het najaar", "2017-03-10", "2017-12-31"),
    ("dit najaar", "2019-05-01", "2019-12-31"),
    ("binnen 4 weken", "2020-03-02", "2020-03-30"),
    ("in september 2017", "2017-03-10", "2017-09-30"),
    ("voor 1 april 2020", "2020-01-10", "2020-03-31"),
    ("in Q1 2026", "2025-10-01", "2026-03-31"),
    ("eind 2025", "2025-03-01", "2025-12-31"),
    ("voor de zomer", "2024-03-10", "2024-07-04"),
    ("voor het zomerreces", "2024-03-10", "2024-07-04"),
    ("na het zomerreces", "2024-03-10", "2024-09-02"),
    ("voor het kerstreces", "2023-10-10", "2023-12-21"),
    ("na het meireces", "2024-03-10", "2024-05-13"),
    ("voor het voorjaarsreces", "2024-01-10", "2024-02-15"),
    ("uiterlijk 30 april", "2020-04-06", "2020-04-30"),
]


@pytest.mark.parametrize(("phrase", "letter_date", "due"), DUE)
def test_due_dates(phrase: str, letter_date: str, due: str) -> None:
    assert normalise_deadline(phrase, letter_date)["to"] == due


def test_recesses_from_the_table_and_the_pattern_agree_where_published() -> None:
    from desktop_app.commitments import recesses

    for name, years in recesses.RECESSES.items():
        for year, (first, last) in years.items():
            assert recesses.is_published(name, year)
            start, end = recesses.recess(name, year)
            assert (start.isoformat(), end.isoformat()) == (first, last)
            assert start.weekday() == 4 and end.weekday() == 0  # Friday to Monday
            assert start.year == year and end > start


@pytest.mark.parametrize("year", range(2010, 2028))
def test_every_recess_from_2010_to_2027_has_dates(year: int) -> None:
    """Published where the table has the year, else the Kamer's pattern (Friday to Monday)."""
    from desktop_app.commitments import recesses

    for name in recesses.NAMES:
        start, end = recesses.recess(name, year)
        assert start.year == year and start.weekday() == 4 and end.weekday() == 0
        assert 7 < (end - start).days < 70


@pytest.mark.parametrize(("phrase", "letter_date", "expected"), TABLE)
def test_normalise_table(phrase: str, letter_date: str | None, expected: dict | None) -> None:
    assert normalise_deadline(phrase, letter_date) == expected


FIND = [
    ("Ik zal uw Kamer voor het zomerreces een reactie doen toekomen.", "2019-06-21",
     "voor het zomerreces"),
    ("Ik streef ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal van "
     "2026, te informeren.", "2025-12-08", "uiterlijk in het eerste kwartaal van 2026"),
    ("Met de brief van 4 juli 2018 informeerde de staatssecretaris uw Kamer.", "2019-09-01", None),
    ("Zie Kamerstuk 35 788 en Handelingen II 2020/21, nr. 30.", "2021-07-12", None),
    ("Aan de hand van het ketendoel worden in 2022 de processen getoetst.", "2021-07-12",
     "in 2022"),
    ("De komende periode zal de IND initiatieven bestendigen.", "2022-11-04",
     "De komende periode"),
    ("Deze documenten zal ik uw Kamer volgende week doen toekomen.", "2022-11-18",
     "volgende week"),
    ("We verwachten deze eind oktober te kunnen sturen.", "2020-09-18", "eind oktober"),
    ("Ik heb dat in 2019 besloten.", "2021-01-01", None),
    ("Wij zullen dit per eind 2020 invoeren.", "2020-03-10", "per eind 2020"),
    ("Ik zal de regeling voor eind 2025 aanpassen.", "2024-03-01", "voor eind 2025"),
    ("Vóór eind 2025 wordt dit geregeld.", "2025-12-08", "Vóór eind 2025"),
    ("De wet treedt eind 2025 in werking.", "2023-06-15", "eind 2025"),
    ("Begin 2026 ontvangt u de evaluatie.", "2023-06-15", "Begin 2026"),
    ("Medio 2024 stuur ik u de resultaten.", "2023-06-15", "Medio 2024"),
    ("In de loop van 2025 wordt het plan uitgewerkt.", "2023-06-15", "In de loop van 2025"),
    ("Ik informeer u eind dit jaar.", "2023-06-15", "eind dit jaar"),
    ("Ik informeer uw Kamer later dit jaar.", "2023-06-15", "later dit jaar"),
    ("Ik informeer uw Kamer in de loop van volgend jaar.", "2023-06-15",
     "in de loop van volgend jaar"),
    ("Rond de jaarwisseling ontvangt u de brief.", "2023-06-15", "Rond de jaarwisseling"),
    ("Over twee weken ontvangt u een reactie.", "2023-06-15", "Over twee weken"),
    ("Ik informeer uw Kamer voor de zomer.", "2023-06-15", "voor de zomer"),
    ("Ik informeer uw Kamer voorafgaand aan het zomerreces.", "2023-06-15",
     "voorafgaand aan het zomerreces"),
    ("Ik informeer uw Kamer voor het zomerreces van 2024.", "2023-06-15",
     "voor het zomerreces van 2024"),
    ("Ik stuur u de stand van zaken voor Prinsjesdag.", "2023-06-15", "voor Prinsjesdag"),
    # more than three years ahead a year is a policy target, not a deadline
    ("We willen voor 2030 50% minder primaire grondstoffen gebruiken.", "2023-02-03", None),
    ("In 2050 is de Nederlandse economie volledig circulair.", "2023-02-03", None),
    ("We willen voor 2026 de helft minder grondstoffen gebruiken.", "2023-02-03", "voor 2026"),
    ("Vanaf 2025 geldt de nieuwe norm.", "2023-06-15", "Vanaf 2025"),
    ("Dit moet uiterlijk 2030 gereed zijn.", "2023-06-15", None),
    ("Dit moet uiterlijk 2026 gereed zijn.", "2023-06-15", "uiterlijk 2026"),
    # a year after a noun names a plan or document, not a deadline
    ("Dit sluit aan bij de visie gewasbescherming 2030.", "2023-06-15", None),
    ("De Kamer zal via de Afsprakenlijst bestuurlijk overleg MIRT 2015 worden geïnformeerd.",
     "2015-10-29", None),
    ("Het Nationaal Programma Circulaire Economie 2023-2030 wordt uitgevoerd.", "2023-02-03",
     None),
    ("In de periode 2023–2030 investeren we.", "2023-01-01", None),
    ("We werken aan de doelen van Agenda 2030.", "2023-06-15", None),
    ("Dit volgt uit het Klimaatakkoord 2019 en het Coalitieakkoord 2021-2025.", "2023-06-15",
     None),
    ("De begrotingsstaat van het Infrastructuurfonds voor het jaar 2016 wordt vastgesteld.",
     "2015-10-01", None),
    ("Het verslag over twee jaar onderzoek volgt.", "2023-01-01", None),
    # "a.s." marks a date still to come, even after "van"
    ("In het bestuurlijk overleg MIRT van 9 november a.s. wordt dit besproken.", "2015-10-29",
     "9 november"),
    # the second of two dates after a reference is a reference too
    ("De toezeggingen kwamen naar voren in ons debat van 27 maart en 2 april.", "2019-07-11",
     None),
    # a footnote mark after a year ("2022¹" extracted as "20221") does not hide the year
    ("Ik stuur u de reactie, zoals verstuurd aan de Commissie op 19 januari 20221.",
     "2022-02-21", None),
    ("Hieronder de stand aan het einde van het tweede kwartaal van 20181.", "2018-07-20", None),
    # counted from an event, not from the letter
    ("Binnen drie maanden na afloop van zijn werkzaamheden volgt een eindrapportage.",
     "2011-11-07", None),
    ("U ontvangt het besluit binnen zes weken na dagtekening van deze brief.", "2023-01-02",
     "binnen zes weken"),
    # a sentence that hands over or describes this letter is kept by the letter itself
    ("Hierbij bied ik u de geannoteerde agenda aan voor de bijeenkomst op 29 juni a.s.",
     "2017-06-16", None),
    ("In deze brief zal worden ingegaan op de situatie op de korte termijn (deze winter).",
     "2022-03-14", None),
    ("Met deze brief maak ik het kader voor het budget in 2015 bekend.", "2014-11-03", None),
    ("Bij deze wil ik u laten weten dat ik dit per 1 januari 2013 invoer.", "2012-07-02",
     "per 1 januari 2013"),
    ("Hierbij laat ik u weten dat ik u voor de zomer informeer.", "2023-02-01", "voor de zomer"),
    ("Ik zal u aanstaande maandag schriftelijk nader informeren.", "2014-03-20",
     "aanstaande maandag"),
    ("De budgettaire aanpassing wordt zichtbaar in de Begroting 2023.", "2022-06-07",
     "in de Begroting 2023"),
    ("Vanaf 2023 komt er een reparateursregister.", "2023-02-03", "Vanaf 2023"),
    # the phrase keeps the letter's own capitals
    ("Ik zal u VOOR 1 APRIL 2020 informeren.", "2019-12-01", "VOOR 1 APRIL 2020"),
    # a letter whose lower case is longer ("İ" becomes two characters) is read as written
    ("Na overleg in İstanbul zal ik u voor 1 april 2020 informeren.", "2019-12-01",
     "voor 1 april 2020"),
    ("Na overleg in İstanbul zal ik u Voor 1 April 2020 informeren.", "2019-12-01",
     "Voor 1 April 2020"),
]


@pytest.mark.parametrize(("sentence", "letter_date", "expected"), FIND)
def test_find_deadline(sentence: str, letter_date: str, expected: str | None) -> None:
    assert find_deadline(sentence, letter_date) == expected
