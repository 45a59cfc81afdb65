"""Regenerate the translations: pyside6-lupdate → fill the .ts files → pyside6-lrelease → .qm.

Usage: python resources/i18n/update_translations.py

The Dutch texts live in ``NL`` below (source text → translation; plural forms as tuples);
``EN`` only gives English plural forms for ``%n`` strings. Run after changing any ``tr()``
string; lupdate keeps the .ts files in step with the code, this script fills them in.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent

NL: dict[str, str | tuple[str, str]] = {
    "&Import Files…": "&Bestanden importeren…",
    "Import &Folder…": "&Map importeren…",
    "&Rebuild Search Index": "Zoekindex opnieuw &opbouwen",
    "&Quit": "&Afsluiten",
    "&Find in Letter…": "&Zoeken in brief…",
    "Find &Next": "&Volgende zoeken",
    "Find &Previous": "V&orige zoeken",
    "Next Search &Hit": "Volgende &treffer",
    "Previous Search Hi&t": "Vorige t&reffer",
    "&Search All Letters": "Alle brieven door&zoeken",
    "Filter the &Letter List": "&Brievenlijst filteren",
    "Zoom &In": "&Inzoomen",
    "Zoom &Out": "&Uitzoomen",
    "&Reset Zoom": "&Normale grootte",
    "&About Kamerbrieven": "&Over Kamerbrieven",
    "Import": "Importeren",
    "Import Folder": "Map importeren",
    "Rebuild Index": "Index opbouwen",
    "Import letter files (txt, md, html, xml, pdf)":
        "Briefbestanden importeren (txt, md, html, xml, pdf)",
    "Import every letter file in a folder": "Alle briefbestanden in een map importeren",
    "&File": "&Bestand",
    "&Edit": "Be&werken",
    "&View": "Beel&d",
    "&Help": "&Help",
    "Main toolbar": "Hoofdwerkbalk",
    "Progress": "Voortgang",
    "Cancel": "Annuleren",
    "Cancel the running job": "De lopende taak annuleren",
    "Commitments: show or hide each kind": "Toezeggingen: toon of verberg elke soort",
    "Show %1 commitments": "Toezeggingen van het soort %1 tonen",
    "promise": "toezegging",
    "action": "actie",
    "refusal": "weigering",
    "earlier promise": "eerdere toezegging",
    "Filter letters…": "Brieven filteren…",
    "Filter letters": "Brieven filteren",
    "All years": "Alle jaren",
    "All dossiers": "Alle dossiers",
    "All signatories": "Alle ondertekenaars",
    "Letters": "Brieven",
    "There are no letters yet.\n\nImport letter files or a folder with File → Import, or drop "
    "them on the window.":
        "Er zijn nog geen brieven.\n\nImporteer briefbestanden of een map met Bestand → "
        "Importeren, of sleep ze naar het venster.",
    "No letter matches the filter.\n\nClear the filter box or choose “All” in the lists above.":
        "Geen brief past bij het filter.\n\nMaak het filtervak leeg of kies “Alle” in de lijsten "
        "hierboven.",
    "Date": "Datum",
    "Subject": "Onderwerp",
    "Kamerstuk": "Kamerstuk",
    "Signatory": "Ondertekenaar",
    "Commitments": "Toezeggingen",
    "Annotations": "Aantekeningen",
    "Comm.": "Toez.",
    "Ann.": "Aant.",
    "(no subject)": "(geen onderwerp)",
    "Letter text": "Tekst van de brief",
    "Index: not checked yet": "Index: nog niet gecontroleerd",
    "%n letter(s)": ("%n brief", "%n brieven"),
    "%n commitment(s)": ("%n toezegging", "%n toezeggingen"),
    "The search failed: %1": "Het zoeken is mislukt: %1",
    "Preparing the index…": "Index voorbereiden…",
    "Importing…": "Importeren…",
    "Rebuilding the index…": "Index opnieuw opbouwen…",
    "Please wait until the running job has finished, or cancel it.":
        "Wacht tot de lopende taak klaar is, of annuleer hem.",
    "Index: updating…": "Index: bijwerken…",
    "Index: up to date": "Index: bijgewerkt",
    "Index: out of date": "Index: verouderd",
    "Index: unknown": "Index: onbekend",
    "Import finished: %1 new, %2 updated, %3 unchanged.":
        "Importeren klaar: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.",
    "The import was cancelled.": "Het importeren is geannuleerd.",
    "… and %n more": ("… en nog %n", "… en nog %n"),
    "%n file(s) could not be read:": ("%n bestand kon niet worden gelezen:",
                                      "%n bestanden konden niet worden gelezen:"),
    "Import letters": "Brieven importeren",
    "Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)":
        "Brieven (*.txt *.md *.html *.htm *.xml *.pdf);;Alle bestanden (*)",
    "Import a folder of letters": "Een map met brieven importeren",
    "About %1": "Over %1",
    "<h3>%1 %2</h3><p>Read, search and annotate Dutch parliamentary letters offline.</p>"
    "<p>Data folder:<br><code>%3</code></p>":
        "<h3>%1 %2</h3><p>Kamerbrieven offline lezen, doorzoeken en annoteren.</p>"
        "<p>Gegevensmap:<br><code>%3</code></p>",
    "Message": "Melding",
    "Dismiss the message": "Melding sluiten",
    "Commitment details": "Details van de toezegging",
    "Find in letter": "Zoeken in brief",
    "Close the find bar": "Zoekbalk sluiten",
    "Choose a letter in the list to read it, or search on the right. Import letters with "
    "File → Import.":
        "Kies een brief in de lijst om hem te lezen, of zoek rechts. Importeer brieven met "
        "Bestand → Importeren.",
    "Not found": "Niet gevonden",
    "actor: %1": "actor: %1",
    "deadline: %1": "termijn: %1",
    "cue: “%1”": "signaal: “%1”",
    "Search all letters…": "Alle brieven doorzoeken…",
    "Search query": "Zoekvraag",
    "Any year": "Elk jaar",
    "Any dossier": "Elk dossier",
    "Any signatory": "Elke ondertekenaar",
    "Search status": "Zoekstatus",
    "Search results": "Zoekresultaten",
    "Type words to search every letter. Use quotes for a phrase, * for a prefix, datum:2021 "
    "or van:name to narrow down.":
        "Typ woorden om alle brieven te doorzoeken. Gebruik aanhalingstekens voor een "
        "woordgroep, * voor een begin van een woord, datum:2021 of van:naam om te verfijnen.",
    "%n letter(s) found": ("%n brief gevonden", "%n brieven gevonden"),
    "No letters found.": "Geen brieven gevonden.",
    "Did you mean %1?": "Bedoelde u %1?",
    "Try fewer or shorter words, or remove a filter.":
        "Probeer minder of kortere woorden, of haal een filter weg.",
    "Something went wrong: %1": "Er ging iets mis: %1",
    "Searching…": "Zoeken…",
    "Loading the letters that come with the app…":
        "De brieven die bij het programma horen worden geladen…",
    "Search hit %1 of %2 (F4: next, Shift+F4: previous)":
        "Treffer %1 van %2 (F4: volgende, Shift+F4: vorige)",
    # annotating, the annotation browser, collections, commitments overview
    "&Undo": "&Ongedaan maken",
    "&Redo": "O&pnieuw",
    "Add or Edit &Note…": "&Notitie toevoegen of bewerken…",
    "Edit &Tags…": "&Labels bewerken…",
    "&Delete Annotation": "Aantekening &verwijderen",
    "Annotation &Colours…": "&Kleuren van aantekeningen…",
    "&Letters and Reader": "&Brieven en lezer",
    "&Commitments Overview": "&Overzicht toezeggingen",
    "Note": "Notitie",
    "&Annotate": "&Annoteren",
    "Annotate toolbar": "Werkbalk annoteren",
    "Select a passage in the letter first.": "Selecteer eerst een passage in de brief.",
    "Select a passage or an annotation first.":
        "Selecteer eerst een passage of een aantekening.",
    "Select the passage in the letter first, then re-attach.":
        "Selecteer eerst de passage in de brief en koppel dan opnieuw.",
    "Mark “%1”": "Markeer “%1”",
    "Edit note and tags": "Notitie en labels bewerken",
    "Colour %n annotation(s)": ("%n aantekening kleuren", "%n aantekeningen kleuren"),
    "Tag %n annotation(s)": ("%n aantekening labelen", "%n aantekeningen labelen"),
    "Delete %n annotation(s)": ("%n aantekening verwijderen", "%n aantekeningen verwijderen"),
    "Re-attach annotation": "Aantekening opnieuw koppelen",
    "Change colour %1": "Kleur %1 wijzigen",
    "Remove colour %1": "Kleur %1 verwijderen",
    "Add %n annotation(s) to a collection": ("%n aantekening aan een map toevoegen",
                                             "%n aantekeningen aan een map toevoegen"),
    "Change collection": "Map wijzigen",
    "Review %n commitment(s)": ("%n toezegging beoordelen", "%n toezeggingen beoordelen"),
    "Note and tags": "Notitie en labels",
    "Note (Markdown)": "Notitie (Markdown)",
    "A note in Markdown: **bold**, *italic*, - lists":
        "Een notitie in Markdown: **vet**, *cursief*, - opsommingen",
    "Note as shown": "Notitie zoals getoond",
    "Tags": "Labels",
    "tags, separated by commas (theme/asylum)": "labels, gescheiden door komma's (thema/asiel)",
    "&Tags:": "&Labels:",
    "Colour": "Kleur",
    "Passage": "Passage",
    "Letter": "Brief",
    "Author": "Auteur",
    "Changed": "Gewijzigd",
    "Which letters": "Welke brieven",
    "Sort order": "Volgorde",
    "In text order": "In tekstvolgorde",
    "Newest first": "Nieuwste eerst",
    "Filter annotations…": "Aantekeningen filteren…",
    "Filter annotations": "Aantekeningen filteren",
    "Filter by tag": "Filteren op label",
    "Filter by colour": "Filteren op kleur",
    "Filter by author": "Filteren op auteur",
    "Filter by date": "Filteren op datum",
    "Any date": "Elke datum",
    "Today": "Vandaag",
    "Last 7 days": "Afgelopen 7 dagen",
    "Last 30 days": "Afgelopen 30 dagen",
    "Last year": "Afgelopen jaar",
    "&Tag…": "&Labelen…",
    "To collection": "Naar map",
    "&Delete": "&Verwijderen",
    "Annotations not found": "Niet gevonden aantekeningen",
    "&Re-attach to the selected text": "&Opnieuw koppelen aan de geselecteerde tekst",
    "Select the passage in the letter first": "Selecteer eerst de passage in de brief",
    "Letter in the reader": "Brief in de lezer",
    "All letters": "Alle brieven",
    "All tags": "Alle labels",
    "All colours": "Alle kleuren",
    "All authors": "Alle auteurs",
    "New collection…": "Nieuwe map…",
    "%n annotation(s)": ("%n aantekening", "%n aantekeningen"),
    "%n annotation(s) whose passage is no longer in the letter. Select the passage in the "
    "letter, choose the annotation and re-attach it:":
        ("%n aantekening waarvan de passage niet meer in de brief staat. Selecteer de passage "
         "in de brief, kies de aantekening en koppel haar opnieuw:",
         "%n aantekeningen waarvan de passage niet meer in de brief staat. Selecteer de "
         "passage in de brief, kies de aantekening en koppel haar opnieuw:"),
    "Tag…": "Labelen…",
    "Add to collection": "Aan map toevoegen",
    "Delete": "Verwijderen",
    "(deleted annotation)": "(verwijderde aantekening)",
    "Collections": "Mappen",
    "&New…": "&Nieuw…",
    "Re&name…": "&Hernoemen…",
    "De&lete": "Ver&wijderen",
    "Introduction": "Inleiding",
    "Introduction of the collection (Markdown)": "Inleiding van de map (Markdown)",
    "&Save introduction": "Inleiding op&slaan",
    "Items of the collection": "Onderdelen van de map",
    "Drag annotations here from the Annotations tab; drag items to reorder them.":
        "Sleep aantekeningen hierheen vanuit het tabblad Aantekeningen; sleep onderdelen om "
        "de volgorde te wijzigen.",
    "Add &heading…": "&Kop toevoegen…",
    "Move the collection up": "Verzameling omhoog",
    "Move the collection down": "Verzameling omlaag",
    "&Up": "Om&hoog",
    "Do&wn": "Om&laag",
    "&Remove": "&Weghalen",
    "New collection": "Nieuwe map",
    "Title:": "Titel:",
    "Rename the collection": "De map hernoemen",
    "Section heading": "Tussenkop",
    "Heading:": "Kop:",
    "Letter date": "Datum brief",
    "Kind": "Soort",
    "Actor": "Actor",
    "Text": "Tekst",
    "Deadline": "Termijn",
    "Status": "Status",
    "open": "open",
    "done": "afgerond",
    "rejected": "afgewezen",
    "confirmed": "bevestigd",
    "overdue": "te laat",
    "All kinds": "Alle soorten",
    "Open": "Open",
    "Done": "Afgerond",
    "Rejected": "Afgewezen",
    "Any status": "Elke status",
    "Dossier": "Dossier",
    "Actor…": "Actor…",
    "Filter by actor": "Filteren op actor",
    "&Due within": "&Termijn binnen",
    " days": " dagen",
    "Days until the deadline": "Dagen tot de termijn",
    "&Overdue": "Te &laat",
    "Deadline passed and not done": "Termijn verstreken en niet afgerond",
    "Commitments of all letters": "Toezeggingen van alle brieven",
    "&Confirm": "&Bevestigen",
    "Re&ject": "&Afwijzen",
    "Mark &done…": "&Afgerond…",
    "Re&open": "&Heropenen",
    "Dead&line…": "Ter&mijn…",
    "%n overdue": ("%n te laat", "%n te laat"),
    "Mark as done": "Markeren als afgerond",
    "How was it done? (optional)": "Hoe is het afgerond? (optioneel)",
    "Correct the deadline": "Termijn corrigeren",
    "Deadlines by month": "Termijnen per maand",
    "No deadlines among the commitments shown.": "Geen termijnen bij de getoonde toezeggingen.",
    "today": "vandaag",
    "Search": "Zoeken",
    "Commitments overview": "Overzicht toezeggingen",
    "Annotation colours": "Kleuren van aantekeningen",
    "&Add…": "&Toevoegen…",
    "&Colour…": "&Kleur…",
    "&Meaning…": "&Betekenis…",
    "Keys 1–9 in the letter mark the selection with the colours in this order.":
        "De toetsen 1–9 in de brief markeren de selectie met de kleuren in deze volgorde.",
    "New colour": "Nieuwe kleur",
    "Name of the colour:": "Naam van de kleur:",
    "Choose the colour": "Kies de kleur",
    "Meaning": "Betekenis",
    "What the colour means:": "Wat de kleur betekent:",
    "Key": "Toets",
    "Name": "Naam",
    "Add a tag": "Label toevoegen",
    "Tag:": "Label:",
    "Mark as %1": "Markeer als %1",
    "The annotations were changed elsewhere (for example by re-importing a letter), so there "
    "is nothing to undo here.":
        "De aantekeningen zijn elders gewijzigd (bijvoorbeeld door een brief opnieuw te "
        "importeren), dus hier valt niets ongedaan te maken.",
    # exports
    "&Export…": "&Exporteren…",
    "Export a collection, a tag or the selected annotations as a course pack (Word, PDF, HTML, "
    "Markdown)":
        "Een map, een label of de geselecteerde aantekeningen exporteren als lesmateriaal "
        "(Word, PDF, HTML, Markdown)",
    "E&xport…": "E&xporteren…",
    "Export the selected annotations as a course pack":
        "De geselecteerde aantekeningen exporteren als lesmateriaal",
    "Export the collection as a course pack": "De map exporteren als lesmateriaal",
    "E&xport commitments…": "Toezeggingen e&xporteren…",
    "Save the commitments shown (as filtered) as a spreadsheet or a calendar":
        "De getoonde (gefilterde) toezeggingen opslaan als spreadsheet of agenda",
    "CSV for Excel (comma)…": "CSV voor Excel (komma)…",
    "CSV for Excel with Dutch settings (semicolon)…":
        "CSV voor Excel met Nederlandse instellingen (puntkomma)…",
    "CSV with tabs…": "CSV met tabs…",
    "iCalendar (deadlines as events)…": "iCalendar (termijnen als afspraken)…",
    "Export the course pack": "Het lesmateriaal exporteren",
    "%1 files (*%2)": "%1-bestanden (*%2)",
    "Exporting…": "Exporteren…",
    "iCalendar files (*.ics)": "iCalendar-bestanden (*.ics)",
    "CSV files (*.csv)": "CSV-bestanden (*.csv)",
    "Export the commitments": "De toezeggingen exporteren",
    "commitments": "toezeggingen",
    "The export was cancelled; no file was written.":
        "Het exporteren is geannuleerd; er is geen bestand geschreven.",
    "%n dated commitment(s) as calendar events":
        ("%n toezegging met termijn als afspraak", "%n toezeggingen met termijn als afspraken"),
    "%n passage(s)": ("%n passage", "%n passages"),
    "from %n letter(s)": ("uit %n brief", "uit %n brieven"),
    "Exported %1 to %2.": "%1 geëxporteerd naar %2.",
    "Open folder": "Map openen",
    "Export a course pack": "Lesmateriaal exporteren",
    "What to export": "Wat exporteren",
    "Which collection or tag": "Welke map of welk label",
    "Title of the course pack": "Titel van het lesmateriaal",
    "File format": "Bestandsformaat",
    "Word document (.docx)": "Word-document (.docx)",
    "PDF document (.pdf)": "PDF-document (.pdf)",
    "Web page (.html)": "Webpagina (.html)",
    "Markdown (.md)": "Markdown (.md)",
    "Include my personal &notes": "Mijn persoonlijke &notities opnemen",
    "The first passages": "De eerste passages",
    "&Source:": "&Bron:",
    "&From:": "&Uit:",
    "&Title:": "&Titel:",
    "F&ormat:": "&Formaat:",
    "<b>Preview</b>": "<b>Voorbeeld</b>",
    "A collection": "Een map",
    "A tag": "Een label",
    "The selected annotations": "De geselecteerde aantekeningen",
    "%n selected annotation(s)": ("%n geselecteerde aantekening",
                                  "%n geselecteerde aantekeningen"),
    "Selected annotations": "Geselecteerde aantekeningen",
    "There is nothing to export yet: make a collection, tag annotations or select some in the "
    "Annotations tab.":
        "Er valt nog niets te exporteren: maak een map, geef aantekeningen een label of "
        "selecteer er een paar in het tabblad Aantekeningen.",
    "%n note(s)": ("%n notitie", "%n notities"),
    "personal notes left out": "persoonlijke notities weggelaten",
    "%n passage(s) no longer found in the letter":
        ("%n passage niet meer gevonden in de brief", "%n passages niet meer gevonden in de brief"),
    "Sections: %1": "Onderdelen: %1",
    "Note:": "Notitie:",
}

EN: dict[str, tuple[str, str]] = {
    "%n letter(s)": ("%n letter", "%n letters"),
    "%n commitment(s)": ("%n commitment", "%n commitments"),
    "… and %n more": ("… and %n more", "… and %n more"),
    "%n file(s) could not be read:": ("%n file could not be read:",
                                      "%n files could not be read:"),
    "%n letter(s) found": ("%n letter found", "%n letters found"),
    "Colour %n annotation(s)": ("Colour %n annotation", "Colour %n annotations"),
    "Tag %n annotation(s)": ("Tag %n annotation", "Tag %n annotations"),
    "Delete %n annotation(s)": ("Delete %n annotation", "Delete %n annotations"),
    "Add %n annotation(s) to a collection": ("Add %n annotation to a collection",
                                             "Add %n annotations to a collection"),
    "Review %n commitment(s)": ("Review %n commitment", "Review %n commitments"),
    "%n annotation(s)": ("%n annotation", "%n annotations"),
    "%n annotation(s) whose passage is no longer in the letter. Select the passage in the "
    "letter, choose the annotation and re-attach it:":
        ("%n annotation whose passage is no longer in the letter. Select the passage in the "
         "letter, choose the annotation and re-attach it:",
         "%n annotations whose passage is no longer in the letter. Select the passage in the "
         "letter, choose the annotation and re-attach it:"),
    "%n overdue": ("%n overdue", "%n overdue"),
    "%n dated commitment(s) as calendar events": ("%n dated commitment as a calendar event",
                                                  "%n dated commitments as calendar events"),
    "%n passage(s)": ("%n passage", "%n passages"),
    "from %n letter(s)": ("from %n letter", "from %n letters"),
    "%n selected annotation(s)": ("%n selected annotation", "%n selected annotations"),
    "%n note(s)": ("%n note", "%n notes"),
    "%n passage(s) no longer found in the letter":
        ("%n passage no longer found in the letter", "%n passages no longer found in the letter"),
}


def fill(ts: Path, table: dict, language: str, require_all: bool) -> list[str]:
    """Write translations from ``table`` into ``ts``; returns the sources left untranslated."""
    tree = ET.parse(ts)
    tree.getroot().set("language", language)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        value = table.get(source)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if value is None:
            if require_all:
                missing.append(source)
            translation.set("type", "unfinished")
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, tuple) else (value, value)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").glob("*.py"))
    targets = {"nl": (NL, True), "en": (EN, False)}
    for lang, (table, require_all) in targets.items():
        ts = HERE / f"kamerbrieven_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)],
                       check=True)
        missing = fill(ts, table, lang, require_all)
        if missing:
            print(f"{ts.name}: {len(missing)} untranslated:", *missing, sep="\n  ")
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
