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
    "No matches": "Geen treffers",
    "%1 of %2": "%1 van %2",
    "Matches in the letter": "Treffers in de brief",
    "&Back": "&Terug",
    "&Forward": "Voo&ruit",
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
    "Add %n annotation(s) to a collection": ("%n aantekening aan een verzameling toevoegen",
                                             "%n aantekeningen aan een verzameling toevoegen"),
    "Change collection": "Verzameling wijzigen",
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
    "To collection": "Naar verzameling",
    "&Delete": "&Verwijderen",
    "Annotations not found": "Niet gevonden aantekeningen",
    "&Re-attach to the selected text": "&Opnieuw koppelen aan de geselecteerde tekst",
    "Select the passage in the letter first": "Selecteer eerst de passage in de brief",
    "Letter in the reader": "Brief in de lezer",
    "All letters": "Alle brieven",
    "All tags": "Alle labels",
    "All colours": "Alle kleuren",
    "All authors": "Alle auteurs",
    "New collection…": "Nieuwe verzameling…",
    "%n annotation(s)": ("%n aantekening", "%n aantekeningen"),
    "%n annotation(s) whose passage is no longer in the letter. Select the passage in the "
    "letter, choose the annotation and re-attach it:":
        ("%n aantekening waarvan de passage niet meer in de brief staat. Selecteer de passage "
         "in de brief, kies de aantekening en koppel haar opnieuw:",
         "%n aantekeningen waarvan de passage niet meer in de brief staat. Selecteer de "
         "passage in de brief, kies de aantekening en koppel haar opnieuw:"),
    "Tag…": "Labelen…",
    "Add to collection": "Aan verzameling toevoegen",
    "Delete": "Verwijderen",
    "(deleted annotation)": "(verwijderde aantekening)",
    "Collections": "Verzamelingen",
    "&New…": "&Nieuw…",
    "Re&name…": "&Hernoemen…",
    "De&lete": "Ver&wijderen",
    "Introduction": "Inleiding",
    "Introduction of the collection (Markdown)": "Inleiding van de verzameling (Markdown)",
    "&Save introduction": "Inleiding op&slaan",
    "Items of the collection": "Onderdelen van de verzameling",
    "Drag annotations here from the Annotations tab; drag items to reorder them.":
        "Sleep aantekeningen hierheen vanuit het tabblad Aantekeningen; sleep onderdelen om "
        "de volgorde te wijzigen.",
    "Add &heading…": "&Kop toevoegen…",
    "Move the collection up": "Verzameling omhoog",
    "Move the collection down": "Verzameling omlaag",
    "&Up": "Om&hoog",
    "Do&wn": "Om&laag",
    "&Remove": "&Weghalen",
    "New collection": "Nieuwe verzameling",
    "Title:": "Titel:",
    "Rename the collection": "De verzameling hernoemen",
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
    "No commitments yet.\n\nThey are found in the letters you import; the letters list shows "
    "how many each letter has.":
        "Nog geen toezeggingen.\n\nZe worden gevonden in de brieven die u importeert; de "
        "brievenlijst laat zien hoeveel elke brief er heeft.",
    "No commitment matches these filters.\n\nChoose “All kinds” and “Any status”, clear the "
    "actor, or widen the number of days.":
        "Geen toezegging past bij deze filters.\n\nKies “Alle soorten” en “Elke status”, maak "
        "het actorveld leeg of neem meer dagen.",
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
        "Een verzameling, een label of de geselecteerde aantekeningen exporteren als "
        "lesmateriaal (Word, PDF, HTML, Markdown)",
    "E&xport…": "E&xporteren…",
    "Export the selected annotations as a course pack":
        "De geselecteerde aantekeningen exporteren als lesmateriaal",
    "Export the collection as a course pack": "De verzameling exporteren als lesmateriaal",
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
    "Which collection or tag": "Welke verzameling of welk label",
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
    "A collection": "Een verzameling",
    "A tag": "Een label",
    "The selected annotations": "De geselecteerde aantekeningen",
    "%n selected annotation(s)": ("%n geselecteerde aantekening",
                                  "%n geselecteerde aantekeningen"),
    "Selected annotations": "Geselecteerde aantekeningen",
    "There is nothing to export yet: make a collection, tag annotations or select some in the "
    "Annotations tab.":
        "Er valt nog niets te exporteren: maak een verzameling, geef aantekeningen een label of "
        "selecteer er een paar in het tabblad Aantekeningen.",
    "%n note(s)": ("%n notitie", "%n notities"),
    "personal notes left out": "persoonlijke notities weggelaten",
    "%n passage(s) no longer found in the letter":
        ("%n passage niet meer gevonden in de brief", "%n passages niet meer gevonden in de brief"),
    "Sections: %1": "Onderdelen: %1",
    "Note:": "Notitie:",
    # review fixes: window, annotating, export (2026-12)
    '&Use the detected deadline':
        '&Gevonden termijn gebruiken',
    'Remove the corrected deadline':
        'De gecorrigeerde termijn verwijderen',
    'In the letter: “%1”':
        'In de brief: “%1”',
    'No collections yet.\n\nClick New… to make one, then drag annotations into it from the Annotations tab (or use To collection there).':
        'Er zijn nog geen verzamelingen.\n\nKlik op Nieuw… om er een te maken en sleep er dan aantekeningen in vanuit het tabblad Aantekeningen (of gebruik daar Naar verzameling).',
    '%n deadline(s) before %1:':
        ('%n termijn vóór %1:', '%n termijnen vóór %1:'),
    '%n deadline(s) after %1:':
        ('%n termijn na %1:', '%n termijnen na %1:'),
    '%n earlier':
        ('%n eerder', '%n eerder'),
    '%n later':
        ('%n later', '%n later'),
    'No annotations yet.\n\nSelect text in a letter and press 1–9 to highlight it in a colour, or Ctrl+M to add a note.':
        'Er zijn nog geen aantekeningen.\n\nSelecteer tekst in een brief en druk op 1–9 om die in een kleur te markeren, of op Ctrl+M om een notitie toe te voegen.',
    'No letter is open.\n\nOpen a letter, or choose “All letters” above.':
        'Er is geen brief geopend.\n\nOpen een brief, of kies hierboven “Alle brieven”.',
    'This letter has no annotations yet.\n\nSelect text in it and press 1–9 to highlight it, or choose “All letters” above.':
        'Deze brief heeft nog geen aantekeningen.\n\nSelecteer er tekst in en druk op 1–9 om die te markeren, of kies hierboven “Alle brieven”.',
    'No annotation matches the filters.\n\nClear the filter box or choose “All” in the lists above.':
        'Geen aantekening past bij de filters.\n\nMaak het filtervak leeg of kies “Alle” in de lijsten hierboven.',
    'Cannot write %1: permission denied. Choose a folder you can write to, or close the file if another program has it open.':
        'Kan %1 niet opslaan: geen toestemming. Kies een map waarin u mag schrijven, of sluit het bestand als een ander programma het open heeft.',
    'Cannot write %1: it is a folder. Choose a file name.':
        'Kan %1 niet opslaan: dat is een map. Kies een bestandsnaam.',
    'Cannot write %1: it is not an ordinary file (a device or a pipe). Choose a file name.':
        'Kan %1 niet opslaan: dat is geen gewoon bestand (maar een apparaat of een pipe). Kies een bestandsnaam.',
    'Cannot write %1: the folder %2 does not exist.':
        'Kan %1 niet opslaan: de map %2 bestaat niet.',
    'Cannot write %1: %2 is a file, not a folder. Choose another location.':
        'Kan %1 niet opslaan: %2 is een bestand, geen map. Kies een andere plek.',
    'Cannot write %1: files cannot be created in %2. Choose a folder you can write to.':
        'Kan %1 niet opslaan: in %2 kunnen geen bestanden worden gemaakt. Kies een map waarin u mag schrijven.',
    'Cannot write %1: the disk is full. Make room or choose another location; nothing was written.':
        'Kan %1 niet opslaan: de schijf is vol. Maak ruimte vrij of kies een andere plek; er is niets opgeslagen.',
    'Cannot write %1: the disk is read-only. Choose another location.':
        'Kan %1 niet opslaan: op deze schijf kan niet worden geschreven (alleen-lezen). Kies een andere plek.',
    'Cannot write %1: %2. Choose another location.':
        'Kan %1 niet opslaan: %2. Kies een andere plek.',
    'This collection no longer exists. Choose another one.':
        'Deze verzameling bestaat niet meer. Kies een andere.',
    'No annotations have the tag “%1”. Choose another tag, or tag passages in the Annotations tab.':
        'Geen enkele aantekening heeft het label “%1”. Kies een ander label, of geef passages een label op het tabblad Aantekeningen.',
    'Select at least one annotation to export (in the Annotations tab).':
        'Selecteer ten minste één aantekening om te exporteren (op het tabblad Aantekeningen).',
    'Unknown export format “%1”. Choose one of: %2.':
        'Onbekend exportformaat “%1”. Kies uit: %2.',
    'There are no commitments to export: the filters leave none. Change the filters and export again.':
        'Er zijn geen toezeggingen om te exporteren: de filters laten er geen over. Pas de filters aan en exporteer opnieuw.',
    'None of the commitments shown has a deadline, so there is nothing to put in a calendar. Export them as CSV instead.':
        'Geen van de getoonde toezeggingen heeft een termijn, dus er is niets om in een agenda te zetten. Exporteer ze in plaats daarvan als CSV.',
    'a quotation mark (") is not closed':
        'een aanhalingsteken (") is niet gesloten',
    'a parenthesis is not matched':
        'een haakje heeft geen tegenhanger',
    'a square bracket is not matched':
        'een vierkant haakje heeft geen tegenhanger',
    'unknown field “%1” (ignored)':
        'onbekend veld “%1” (genegeerd)',
    '“%1” has no value':
        '“%1” heeft geen waarde',
    '“%1” at the start has nothing to combine':
        '“%1” aan het begin heeft niets om te combineren',
    '“%1” at the end has nothing to combine':
        '“%1” aan het eind heeft niets om te combineren',
    'Query not understood; searched for its words instead.':
        'Zoekvraag niet begrepen; in plaats daarvan op de losse woorden gezocht.',
    'Query not understood completely: %1. Showing results for what could be read.':
        'Zoekvraag niet helemaal begrepen: %1. De resultaten gelden voor wat wel te lezen was.',
    'Searching for words starting with “%1” needs at least %2 letters before the *; showing letters with the word “%1” itself.':
        'Zoeken op woorden die met “%1” beginnen vraagt minstens %2 letters vóór de *; getoond worden brieven met het woord “%1” zelf.',
    '“%1” is not a date (ignored); write datum:2021, datum:2021-06, datum:2021-06-30 or datum:[2021-01-01 TO 2021-06-30].':
        '“%1” is geen datum (genegeerd); schrijf datum:2021, datum:2021-06, datum:2021-06-30 of datum:[2021-01-01 TO 2021-06-30].',
    'Unknown commitment kind “%1” (ignored); use promise, action, refusal or earlier (Dutch: toezegging, actie, weigering, eerder).':
        'Onbekende soort toezegging “%1” (genegeerd); gebruik toezegging, actie, weigering of eerder (Engels: promise, action, refusal, earlier).',
    '“%1” matches %2 words; searched for the %3 most frequent of them. Type more letters before the * to search for fewer words.':
        '„%1” past bij %2 woorden; gezocht is naar de %3 die het vaakst voorkomen. Typ meer letters vóór de * om naar minder woorden te zoeken.',
    'Fuzzy search allows at most %1 differences: searched for “%2~%1” instead of “%2~%3”.':
        'Vaag zoeken staat hoogstens %1 verschillen toe: gezocht op “%2~%1” in plaats van “%2~%3”.',
    'The search index is not ready yet; it is being built from the letters. Search again in a moment.':
        'De zoekindex is nog niet klaar; hij wordt opgebouwd uit de brieven. Zoek over een ogenblik opnieuw.',
    'The search index was damaged (%1); it is being rebuilt from the letters. Search again in a moment.':
        'De zoekindex was beschadigd (%1); hij wordt opnieuw opgebouwd uit de brieven. Zoek over een ogenblik opnieuw.',
    'The disk holding the data folder %1 is full, so %2 and the files after it were not imported (the letters before it were). Free some disk space and import again.':
        'De schijf met de gegevensmap %1 is vol, dus %2 en de bestanden daarna zijn niet geïmporteerd (de brieven daarvoor wel). Maak schijfruimte vrij en importeer opnieuw.',
    'The search index is busy with another update; try again shortly.':
        'De zoekindex is bezig met een andere bijwerking; probeer het zo opnieuw.',
    'The search index is being updated by another program (waited %1 s). Close the other copy of the app or wait until its indexing has finished, then try again.':
        'De zoekindex wordt bijgewerkt door een ander programma (%1 s gewacht). Sluit het andere exemplaar van het programma of wacht tot het klaar is met indexeren, en probeer het dan opnieuw.',
    'The search index is locked by another program; wait until it has finished indexing, then try again.':
        'De zoekindex is vergrendeld door een ander programma; wacht tot het klaar is met indexeren en probeer het dan opnieuw.',
    'no extension':
        'geen extensie',
    '%1: %2':
        '%1: %2',
    'this is a folder; import it with File → Import Folder.':
        'dit is een map; importeer hem met Bestand → Map importeren.',
    'unsupported file type “%1”. Supported: %2.':
        'bestandstype “%1” wordt niet ondersteund. Ondersteund: %2.',
    'the file is %1 MB, larger than the %2 MB limit for one letter. Split it or import the letter itself.':
        'het bestand is %1 MB, groter dan de grens van %2 MB voor één brief. Splits het of importeer alleen de brief zelf.',
    'the file does not exist.':
        'het bestand bestaat niet.',
    'permission denied: the file cannot be read.':
        'geen toegang: het bestand kan niet worden gelezen.',
    'the file cannot be read (%1).':
        'het bestand kan niet worden gelezen (%1).',
    'no letter text was found in this file.':
        'in dit bestand is geen brieftekst gevonden.',
    'the file is empty. Choose a file that contains a letter.':
        'het bestand is leeg. Kies een bestand met een brief.',
    'this is not a text file (it contains binary data). Import the letter as .txt, .md, .html, .xml or .pdf.':
        'dit is geen tekstbestand (het bevat binaire gegevens). Importeer de brief als .txt, .md, .html, .xml of .pdf.',
    'the file says it is UTF-16 but is not valid UTF-16. Save it again as UTF-8.':
        'het bestand zegt UTF-16 te zijn, maar is geen geldige UTF-16. Sla het opnieuw op als UTF-8.',
    'this is not an XML file (it contains binary data).':
        'dit is geen XML-bestand (het bevat binaire gegevens).',
    'the XML is not well-formed (%1). Download the file again.':
        'de XML is niet goed gevormd (%1). Download het bestand opnieuw.',
    'this XML is not a Kamerstuk (root element <%1>); only the official Kamerstuk schema is read.':
        'deze XML is geen Kamerstuk (hoofdelement <%1>); alleen het officiële Kamerstuk-schema wordt gelezen.',
    'the PDF is encrypted (password protected). Save an unprotected copy and import that.':
        'de PDF is versleuteld (met een wachtwoord beveiligd). Sla een onbeveiligde kopie op en importeer die.',
    'the PDF is damaged or not a PDF (%1). Download the letter again or import its text version.':
        'de PDF is beschadigd of geen PDF (%1). Download de brief opnieuw of importeer de tekstversie.',
    'the PDF has %1 pages; a letter has at most %2. Import the letter itself, not a whole volume.':
        "de PDF heeft %1 pagina's; een brief heeft er hoogstens %2. Importeer de brief zelf, niet een hele bundel.",
    'the PDF has no text layer (it is a scan). Run OCR on it first, or import a text version of the letter.':
        'de PDF heeft geen tekstlaag (het is een scan). Laat er eerst tekstherkenning (OCR) op los, of importeer een tekstversie van de brief.',
    'The letter “%1” is no longer in the library. Choose a letter in the list, or import it again.':
        'De brief “%1” staat niet meer tussen de brieven. Kies een brief in de lijst, of importeer hem opnieuw.',
    # UX review fixes (2026-12)
    'Choose a letter in the list to read it, or search on the right. Import letters with %1 or %2.':
        'Kies een brief in de lijst om hem te lezen, of zoek rechts. Importeer brieven met %1 of %2.',
    'Continued from the start':
        'Verder vanaf het begin',
    'Continued from the end':
        'Verder vanaf het eind',
    'recognised by: “%1”':
        'herkend aan: “%1”',
    'There are no letters yet.\n\nImport letter files with %1 or a folder with %2, or drop them on the window.':
        'Er zijn nog geen brieven.\n\nImporteer briefbestanden met %1 of een map met %2, of sleep ze naar het venster.',
    '&Annotations': '&Aantekeningen',
    'Coll&ections': '&Verzamelingen',
    'The annotations database cannot be used: it is damaged.':
        'De database met aantekeningen is niet te gebruiken: hij is beschadigd.',
    'There is no backup of it yet. Keep the file as it is and ask your IT support for help; the letters are not affected.':
        'Er is nog geen reservekopie van. Laat het bestand zoals het is en vraag uw IT-ondersteuning om hulp; de brieven zijn niet geraakt.',
    'The latest backup is from %1 (%2 hours ago). Restoring it brings back the annotations as they were then; changes made after it are not in it. The damaged file is kept beside it (not deleted), so they can still be rescued.':
        'De laatste reservekopie is van %1 (%2 uur geleden). Terugzetten brengt de aantekeningen terug zoals ze toen waren; wijzigingen van daarna zitten er niet in. Het beschadigde bestand blijft ernaast bewaard (niet verwijderd), zodat die nog te redden zijn.',
    '&Restore the Backup': 'Reservekopie &terugzetten',
    'The data folder holding %1 is read-only, so the app cannot open its letters and annotations for use. Ask your IT support to make the folder writable; nothing in it was changed.':
        'De gegevensmap met %1 is alleen-lezen, dus de app kan de brieven en aantekeningen niet openen om te gebruiken. Vraag uw IT-ondersteuning de map schrijfbaar te maken; er is niets in veranderd.',
    'Letter Lis&t':
        'Brieven&lijst',
    'Si&de Panel (Search, Annotations, Collections)':
        '&Zijpaneel (zoeken, aantekeningen, verzamelingen)',
    'Zoom %1 %':
        'Zoom %1 %',
    'Text size of the letter (Ctrl+0: back to 100 %)':
        'Tekstgrootte van de brief (Ctrl+0: terug naar 100 %)',
    'Dossier: %1':
        'Dossier: %1',
    'Important':
        'Belangrijk',
    'Important: key passage':
        'Belangrijk: kernpassage',
    'Question':
        'Vraag',
    'Question: to ask or look into':
        'Vraag: navragen of uitzoeken',
    'Course material':
        'Lesmateriaal',
    'Course material: a passage for a collection':
        'Lesmateriaal: passage voor een verzameling',
    'Critique':
        'Kritiek',
    'Critique: weak point or risk':
        'Kritiek: zwak punt of risico',
    'Stored as “%1”':
        'Opgeslagen als “%1”',
    '%n no longer found':
        ('%n niet meer gevonden', '%n niet meer gevonden'),
    'Export…':
        'Exporteren…',
    'Re-attach to the selected text':
        'Opnieuw koppelen aan de geselecteerde tekst',
    'Click an annotation in the letter, or select one in the Annotations tab, then delete it.':
        'Klik op een aantekening in de brief, of selecteer er een in het tabblad Aantekeningen, en verwijder die dan.',
    'Mark %n annotation(s) as %1':
        ('%n aantekening markeren als %1', '%n aantekeningen markeren als %1'),
    'New collection “%1”':
        'Nieuwe verzameling “%1”',
    'Edit the introduction of “%1”':
        'Inleiding van “%1” bewerken',
    'Rename collection “%1”':
        'Verzameling “%1” hernoemen',
    'Delete collection “%1”':
        'Verzameling “%1” verwijderen',
    'Add a heading to “%1”':
        'Kop toevoegen aan “%1”',
    'Add to “%1”':
        'Toevoegen aan “%1”',
    'Move an item in “%1”':
        'Onderdeel verplaatsen in “%1”',
    'Remove an item from “%1”':
        'Onderdeel weghalen uit “%1”',
    'Move collection “%1”':
        'Verzameling “%1” verplaatsen',
    'Undo':
        'Ongedaan maken',
    'Redo':
        'Opnieuw',
    '&Undo %1':
        '&Ongedaan maken: %1',
    '&Redo %1':
        'O&pnieuw: %1',
    'Find &Previous':
        'Vor&ige zoeken',
    '&Search All Letters':
        '&Alle brieven doorzoeken',
    'Due &within':
        '&Termijn binnen',
    'Reo&pen':
        'Her&openen',
    '&Confirm':
        'Be&vestigen',
    'Re&ject':
        'Afwij&zen',
    'Mark &done…':
        'Af&gerond…',
    'Rena&me…':
        'He&rnoemen…',
    'Add hea&ding…':
        '&Kop toevoegen…',
    'De&lete':
        '&Verwijderen',
    '&Up':
        '&Omhoog',
    '&Remove':
        'W&eghalen',
    'Delete the collection “%1” with %n passage(s)?':
        ('De verzameling “%1” met %n passage verwijderen?', 'De verzameling “%1” met %n passages verwijderen?'),
    'Delete collection':
        'Verzameling verwijderen',
    'The annotations themselves are kept. Edit → Undo brings the collection back.':
        'De aantekeningen zelf blijven bewaard. Bewerken → Ongedaan maken haalt de verzameling terug.',
    'No letters were imported.':
        'Er zijn geen brieven geïmporteerd.',
    'No letters found in folder “%1”: there are no letter files (.txt, .md, .html, .xml, .pdf) in it. Choose the folder that holds the letters.':
        'Geen brieven gevonden in map “%1”: er staan geen briefbestanden (.txt, .md, .html, .xml, .pdf) in. Kies de map waarin de brieven staan.',
    '%n file(s) skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.':
        ('%n bestand overgeslagen (%1): dit programma leest alleen .txt-, .md-, .html-, .xml- en .pdf-bestanden. Sla brieven in een ander formaat eerst op als PDF of HTML.', '%n bestanden overgeslagen (%1): dit programma leest alleen .txt-, .md-, .html-, .xml- en .pdf-bestanden. Sla brieven in een ander formaat eerst op als PDF of HTML.'),
    '“%1” right after “%2” has nothing to combine (ignored)':
        '“%1” direct na “%2” heeft niets om te combineren (genegeerd)',
    'a phrase of %1 words is too long; searched for its first %2 words':
        'een woordgroep van %1 woorden is te lang; gezocht op de eerste %2 woorden',
    'the query is too long (at most %1 words and %2 characters); searched for its start only':
        'de zoekvraag is te lang (hoogstens %1 woorden en %2 tekens); alleen op het begin gezocht',
    'The query is too complex to search as written; searched for its words instead.':
        'De zoekvraag is te ingewikkeld om zo te zoeken; gezocht op de losse woorden.',
    'The query could not be searched; try fewer or plainer words.':
        'Op deze zoekvraag kon niet worden gezocht; probeer minder of eenvoudiger woorden.',
    'The disk holding the search index is full, so the index could not be updated. Free some disk space; the index is then rebuilt from the library (File → Rebuild Search Index). Your letters and annotations are unchanged.':
        'De schijf met de zoekindex is vol, zodat de index niet kon worden bijgewerkt. Maak schijfruimte vrij; de index wordt dan opnieuw opgebouwd uit de bibliotheek (Bestand → Zoekindex opnieuw opbouwen). Uw brieven en aantekeningen zijn ongewijzigd.',
    'this is not an ordinary file (a pipe or a device), so it cannot be read as a letter. Import the letter file itself.':
        'dit is geen gewoon bestand (maar een pipe of een apparaat), dus het kan niet als brief worden gelezen. Importeer het briefbestand zelf.',
    'The disk holding the database %1 is full, so it cannot be opened. Free some disk space (or choose a data folder on another disk) and try again; nothing in the database was changed.':
        'De schijf met de database %1 is vol, zodat die niet kan worden geopend. Maak schijfruimte vrij (of kies een gegevensmap op een andere schijf) en probeer het opnieuw; er is niets in de database veranderd.',
    'The search index could not be updated: the disk is full. Free some disk space; the index is then rebuilt from the library. The imported letters are in the library.':
        'De zoekindex kon niet worden bijgewerkt: de schijf is vol. Maak schijfruimte vrij; de index wordt dan opnieuw opgebouwd uit de bibliotheek. De geïmporteerde brieven staan in de bibliotheek.',
    "&Getting Started": "&Aan de slag",
    "&Keyboard Shortcuts": "&Sneltoetsen",
    "Getting Started": "Aan de slag",
    "Keyboard Shortcuts": "Sneltoetsen",
    "getting-started_en.html": "getting-started_nl.html",
    "Close the find bar and return to the letter": "Zoekbalk sluiten en terug naar de brief",
    "Zoom the letter": "In- of uitzoomen op de brief",
    "Ctrl+mouse wheel": "Ctrl+muiswiel",
    "In the letter": "In de brief",
    "Between %1 and %2; due by the last day": "Tussen %1 en %2; uiterlijk op de laatste dag",
    "Deadline set by a person": "Termijn door een persoon ingesteld",
    "No date: the letter names none that can be pinned down":
        "Geen datum: de brief noemt er geen die vast te leggen is",
    "not found in the letter": "niet gevonden in de brief",
    "%1: its text is very different from the letter %2 already in the library (only %3% alike), so it did not replace that letter; it was imported as a separate letter %4. Delete it if it is not a letter; if it is a new version of %2, delete %2 first and import it again.":
        "%1: de tekst verschilt sterk van de brief %2 die al in de bibliotheek staat (maar %3% gelijk), dus die brief is niet vervangen; het bestand is als aparte brief %4 geïmporteerd. Verwijder die als het geen brief is; is het een nieuwe versie van %2, verwijder dan eerst %2 en importeer opnieuw.",
    "the letter's text is %1 MB, more than the %2 MB one letter may have (a longer letter is slow to open and to search). Split the file into parts of at most %2 MB and import those.":
        "de tekst van de brief is %1 MB, meer dan de %2 MB die één brief mag hebben (een langere brief opent en doorzoekt traag). Splits het bestand in delen van hoogstens %2 MB en importeer die.",
    "the XML is nested more than %1 levels deep, so it is not a Kamerstuk. Download the file again.":
        "de XML is meer dan %1 niveaus diep genest, dus het is geen Kamerstuk. Download het bestand opnieuw.",
    "the file could not be read: its structure is nested too deeply to be a letter.":
        "het bestand kon niet worden gelezen: de opbouw is te diep genest voor een brief.",
    "the file could not be read (%1). The other files are not affected; please report this file as a problem of the app.":
        "het bestand kon niet worden gelezen (%1). De andere bestanden hebben er geen last van; meld dit bestand als probleem van het programma.",
    "The data folder %1 is read-only: changes (annotations, reviews, imports) cannot be saved there. Reading and searching still work. Ask your IT support to make the folder writable.":
        "In de gegevensmap %1 kan niet worden geschreven: wijzigingen (aantekeningen, beoordelingen, imports) kunnen er niet worden bewaard. Lezen en zoeken werken wel. Vraag uw IT-ondersteuning de map schrijfbaar te maken.",
    "%1 (read-only)": "%1 (alleen-lezen)",
    "Read-only: changes cannot be saved": "Alleen-lezen: wijzigingen worden niet bewaard",
    "%n annotation(s) deleted": ("%n aantekening verwijderd", "%n aantekeningen verwijderd"),
    'page %1 of %2': 'pagina %1 van %2',
    'Print Letter': 'Brief afdrukken',
    'Print Preview': 'Afdrukvoorbeeld',
    '&Print…': 'Af&drukken…',
    'Print the letter in the reader': 'De brief in de lezer afdrukken',
    'Print Pre&view…': 'Afdruk&voorbeeld…',
    'Print with &Highlights': 'Afdrukken met mar&keringen',
    'Highlights': 'Markeringen',
    'Print the colours of commitments and annotations': 'De kleuren van toezeggingen en aantekeningen afdrukken',
    'Possible commitment: the detector is not sure of this sentence. Confirm or reject it.': 'Mogelijke toezegging: de herkenning is niet zeker van deze zin. Bevestig of wijs haar af.',
    'Confidence': 'Zekerheid',
    'High confidence': 'Hoge zekerheid',
    'All detected': 'Alle herkende',
    '“All detected” adds the possible commitments: sentences the detector is not sure of': '“Alle herkende” voegt de mogelijke toezeggingen toe: zinnen waarover de herkenning niet zeker is',
    'Due in month': 'Termijn in maand',
    'Any month': 'Elke maand',
    'Clear the month filter': 'Maandfilter wissen',
    'List the commitments of every month again': 'Toon de toezeggingen van alle maanden weer',
    'Only commitments due in %1 are listed: click “Due in %1 ✕” to list every month.': 'Alleen toezeggingen met een termijn in %1 staan in de lijst: klik op “Termijn in %1 ✕” om alle maanden te tonen.',
    'Possible commitments are hidden: choose “All detected” to list them too.': 'Mogelijke toezeggingen zijn verborgen: kies “Alle herkende” om ze ook te tonen.',
    'Due in %1': 'Termijn in %1',
    'Click a month to list its commitments.': 'Klik op een maand om de toezeggingen ervan te tonen.',
    'Possible commitments are sentences the detector is not sure of (drawn paler)': 'Mogelijke toezeggingen zijn zinnen waarover de herkenning niet zeker is (lichter getekend)',
    'Show possible commitments': 'Mogelijke toezeggingen tonen',
    'Commitment': 'Toezegging',
    'possible commitment': 'mogelijke toezegging',
    'Edit Letter &Details…': 'Brief&gegevens bewerken…',
    'Correct the title, date, reference and other details of the letter in the reader': 'De titel, datum, het kenmerk en andere gegevens van de brief in de lezer corrigeren',
    'Edit Letter Details': 'Briefgegevens bewerken',
    '&Subject:': 'Onder&werp:',
    '&Date:': '&Datum:',
    'Dossi&er:': 'Dossi&er:',
    '&Number:': '&Nummer:',
    '&Reference (kenmerk):': '&Kenmerk:',
    'Si&gnatory:': 'Ondertekenaa&r:',
    "Signatory's role / &ministry:": 'Functie / &ministerie:',
    'Correct what the letter “%1” says about itself. Your corrections are kept with your annotations and stay when the letter is imported again; an empty field shows what the letter says.': 'Corrigeer wat de brief “%1” over zichzelf zegt. Uw correcties worden bij uw annotaties bewaard en blijven staan als de brief opnieuw wordt geïmporteerd; een leeg veld toont wat de brief zegt.',
    '(not in the letter)': '(staat niet in de brief)',
    'Write the date as YYYY-MM-DD, e.g. 2021-07-12': 'Schrijf de datum als JJJJ-MM-DD, bijv. 2021-07-12',
    "The lists show a letter's subject before its title; a corrected title takes the subject's place unless you correct the subject too.": 'De lijsten tonen het onderwerp van een brief vóór de titel; een gecorrigeerde titel neemt de plaats van het onderwerp in, tenzij u ook het onderwerp corrigeert.',
    'Reset': 'Herstellen',
    "Reset to the letter's value": 'Terug naar de waarde uit de brief',
    'From the letter: %1': 'Uit de brief: %1',
    'The letter does not say.': 'De brief vermeldt dit niet.',
    'This is longer than %1 characters; shorten it.': 'Dit is langer dan %1 tekens; maak het korter.',
    'This contains a character that cannot be saved; retype it.': 'Dit bevat een teken dat niet kan worden opgeslagen; typ het opnieuw.',
    'Write this on one line, without tabs or line breaks.': 'Schrijf dit op één regel, zonder tabs of regeleinden.',
    'Write the date as YYYY-MM-DD, e.g. 2021-07-12.': 'Schrijf de datum als JJJJ-MM-DD, bijv. 2021-07-12.',
    'This date does not exist; give a real date, e.g. 2021-07-12.': 'Deze datum bestaat niet; geef een bestaande datum, bijv. 2021-07-12.',
    'This value cannot be saved; change it.': 'Deze waarde kan niet worden opgeslagen; pas haar aan.',
    'Choose a letter in the list first.': 'Kies eerst een brief in de lijst.',
    'The letter “%1” is no longer in the library.': 'De brief “%1” staat niet meer in de bibliotheek.',
    'Edit details of “%1”': 'Gegevens van “%1” bewerken',
    "What a spreadsheet with this computer's regional settings expects":
        "Wat een spreadsheet met de regionale instellingen van deze computer verwacht",
    # the window's catalogue of messages (desktop_app/ui/shell/messages.py)
    "Look in:": "Zoeken in:",
    "Files of type:": "Bestandstype:",
    "This could not be done (%1).": "Dit kon niet worden gedaan (%1).",
    "Unknown sort order “%1”.": "Onbekende sorteervolgorde “%1”.",
    "Unknown search scope “%1”.": "Onbekend zoekbereik “%1”.",
    "%1 cannot be the data folder: it (or a folder above it) is a file, not a folder. Start "
    "the app with another data folder.":
        "%1 kan niet de gegevensmap zijn: het (of een map erboven) is een bestand, geen map. "
        "Start de app met een andere gegevensmap.",
    "The data folder %1 cannot be created (%2). Start the app with another data folder.":
        "De gegevensmap %1 kan niet worden gemaakt (%2). Start de app met een andere "
        "gegevensmap.",
    "The disk holding the database %1 is full, so it cannot be opened. Free some disk space "
    "and start the app again; nothing in the database was changed.":
        "De schijf met de database %1 is vol, dus de database kan niet worden geopend. Maak "
        "schijfruimte vrij en start de app opnieuw; er is niets in de database veranderd.",
    "The database %1 cannot be opened (%2). Check that its folder exists and is writable, "
    "then start the app again.":
        "De database %1 kan niet worden geopend (%2). Controleer of de map bestaat en "
        "schrijfbaar is en start de app dan opnieuw.",
    "The database %1 cannot be opened: another program is using it. Close other copies of "
    "the app and try again.":
        "De database %1 kan niet worden geopend: een ander programma gebruikt hem. Sluit andere "
        "vensters van de app en probeer het opnieuw.",
    "A database of the app is damaged. Ask your IT support for help; nothing was changed.":
        "Een database van de app is beschadigd. Vraag uw IT-ondersteuning om hulp; er is niets "
        "veranderd.",
    "A database of the app cannot be used. Close other copies of the app and try again.":
        "Een database van de app kan niet worden gebruikt. Sluit andere vensters van de app en "
        "probeer het opnieuw.",
    "The file %1 is not a database of this app, so it was left alone. Start the app with "
    "another data folder.":
        "Het bestand %1 is geen database van deze app en is daarom niet aangeraakt. Start de "
        "app met een andere gegevensmap.",
    "It is no longer in the library (it may have been deleted in the meantime). Choose "
    "another one.":
        "Het staat niet meer in de bibliotheek (het is misschien intussen verwijderd). Kies "
        "een ander.",
    "Choose a comma, a semicolon or a tab as the CSV separator.":
        "Kies een komma, een puntkomma of een tab als scheidingsteken voor CSV.",
    "This letter detail cannot be edited.": "Dit briefgegeven kan niet worden bewerkt.",
    "This letter detail cannot be saved as written (at most %1 characters, a date as "
    "2024-06-30); change it. Nothing was saved.":
        "Dit briefgegeven kan zo niet worden bewaard (hoogstens %1 tekens, een datum als "
        "2024-06-30); pas het aan. Er is niets bewaard.",
    "This review verdict is not known; nothing was saved.":
        "Dit beoordelingsoordeel is onbekend; er is niets bewaard.",
    "This commitment kind is not known; nothing was saved.":
        "Dit soort toezegging is onbekend; er is niets bewaard.",
    "This link cannot be made as asked; nothing was saved.":
        "Deze koppeling kan zo niet worden gemaakt; er is niets bewaard.",
    "Select a sentence of the later letter to link; nothing was saved.":
        "Selecteer een zin van de latere brief om te koppelen; er is niets bewaard.",
    "This kind of link is not known (%1): choose fulfils, postpones, repeats or changes. "
    "Nothing was saved.":
        "Dit soort koppeling is onbekend (%1): kies vervult (fulfils), stelt uit (postpones), "
        "herhaalt (repeats) of wijzigt (changes). Er is niets bewaard.",
    "The new due date %1 is not a date; give one like 2025-12-31. Nothing was saved.":
        "De nieuwe termijn %1 is geen datum; geef er een als 2025-12-31. Er is niets bewaard.",
    "A commitment can only be linked to another, later letter. Choose a sentence in another "
    "letter.":
        "Een toezegging kan alleen aan een andere, latere brief worden gekoppeld. Kies een zin "
        "in een andere brief.",
    "This link no longer exists (it may have been removed in the meantime).":
        "Deze koppeling bestaat niet meer (ze is misschien intussen verwijderd).",
    "Letter %1 has no such commitment (it has %2). Choose one of its commitments.":
        "Brief %1 heeft deze toezegging niet (de brief heeft er %2). Kies een van de "
        "toezeggingen van de brief.",
    "No sentence of letter %1 refers to this commitment. Select the sentence in that letter "
    "yourself.":
        "Geen zin van brief %1 verwijst naar deze toezegging. Selecteer de zin in die brief "
        "zelf.",
    "Letter %1 does not contain this sentence. Select it in the letter.":
        "Brief %1 bevat deze zin niet. Selecteer de zin in de brief.",
    "This commitment status is not known; nothing was saved.":
        "Deze status van een toezegging is onbekend; er is niets bewaard.",
    "The annotations cannot be saved: the data folder is read-only. Ask your IT support to "
    "make the folder writable; nothing was changed.":
        "De aantekeningen kunnen niet worden bewaard: de gegevensmap is alleen-lezen. Vraag uw "
        "IT-ondersteuning de map schrijfbaar te maken; er is niets veranderd.",
    "The disk holding the annotations is full, so the change was not saved. Free some disk "
    "space and try again; nothing already saved was lost.":
        "De schijf met de aantekeningen is vol, dus de wijziging is niet bewaard. Maak "
        "schijfruimte vrij en probeer het opnieuw; wat al bewaard was, is niet verloren.",
    "Another program keeps the annotations busy, so the change was not saved. Close other "
    "copies of the app and try again.":
        "Een ander programma houdt de aantekeningen bezet, dus de wijziging is niet bewaard. "
        "Sluit andere vensters van de app en probeer het opnieuw.",
    "The change could not be saved (%1). Try again; nothing already saved was lost.":
        "De wijziging kon niet worden bewaard (%1). Probeer het opnieuw; wat al bewaard was, "
        "is niet verloren.",
    "This step cannot be undone or redone: what it changed was changed again since. Edit it "
    "directly.":
        "Deze stap kan niet ongedaan worden gemaakt of opnieuw worden gedaan: wat hij "
        "veranderde, is sindsdien opnieuw veranderd. Bewerk het rechtstreeks.",
    "This selection cannot be annotated (%1). Select a passage of the letter's text.":
        "Bij deze selectie kan geen aantekening worden gemaakt (%1). Selecteer een passage in "
        "de tekst van de brief.",
    "The text cannot be saved: it is too long (at most %1 characters) or holds characters "
    "that cannot be stored. Nothing was saved.":
        "De tekst kan niet worden bewaard: hij is te lang (hoogstens %1 tekens) of bevat tekens "
        "die niet kunnen worden opgeslagen. Er is niets bewaard.",
    "There is no colour “%1”. Choose one of: %2.": "Er is geen kleur “%1”. Kies een van: %2.",
    "Give the colour a name.": "Geef de kleur een naam.",
    "The colour “%1” is used by %2 annotations; give them another colour first.":
        "De kleur “%1” wordt door %2 aantekeningen gebruikt; geef die eerst een andere kleur.",
    "Give the collection a title.": "Geef de verzameling een titel.",
    "Add an annotation or a section heading to the collection.":
        "Voeg een aantekening of een tussenkop aan de verzameling toe.",
    "These annotations are not kept in a file, so they have no backups.":
        "Deze aantekeningen staan niet in een bestand en hebben dus geen reservekopieën.",
    "This file is not a usable backup of the annotations; nothing was changed.":
        "Dit bestand is geen bruikbare reservekopie van de aantekeningen; er is niets "
        "veranderd.",
    "The annotation file could not be imported; nothing was imported.":
        "Het aantekeningenbestand kon niet worden geïmporteerd; er is niets geïmporteerd.",
    "The annotation file is larger than %1 MB; nothing was imported.":
        "Het aantekeningenbestand is groter dan %1 MB; er is niets geïmporteerd.",
    "the file cannot be read as a letter.": "het bestand kan niet als brief worden gelezen.",
    "the PDF is damaged or not a PDF. Download the letter again or import its text version.":
        "de PDF is beschadigd of geen PDF. Download de brief opnieuw of importeer de "
        "tekstversie.",
    "The export could not be made.": "De export kon niet worden gemaakt.",
    "There is nothing to export. Choose annotations, a tag or a collection that holds "
    "passages.":
        "Er is niets te exporteren. Kies aantekeningen, een label of een verzameling met "
        "passages.",
    '%n imported annotation(s) that waited for these letters are now attached.': ('%n geïmporteerde aantekening die op deze brieven wachtte, is nu gekoppeld.', '%n geïmporteerde aantekeningen die op deze brieven wachtten, zijn nu gekoppeld.'),
    '%n imported annotation(s) still wait for letters that are not in the library; import those letters to attach them.': ('%n geïmporteerde aantekening wacht nog op een brief die niet in de bibliotheek staat; importeer die brief om haar te koppelen.', '%n geïmporteerde aantekeningen wachten nog op brieven die niet in de bibliotheek staan; importeer die brieven om ze te koppelen.'),
    # REFI-QDA export, merged formats, team sharing, originals (2026-12 third session)
    "Export a QDA project": "Een QDA-project exporteren",
    "%n annotation(s) left out: no longer found in their letter.": (
        "%n aantekening weggelaten: niet meer gevonden in haar brief.",
        "%n aantekeningen weggelaten: niet meer gevonden in hun brief."),
    "QDA project for QualCoder, ATLAS.ti, NVivo (.qdpx)":
        "QDA-project voor QualCoder, ATLAS.ti, NVivo (.qdpx)",
    "%1 from %2": "%1 uit %2",
    "%1: merged with %2 (%3): text from %4; %5": "%1: samengevoegd met %2 (%3): tekst uit %4; %5",
    "the details agree": "de gegevens komen overeen",
    "XML": "XML",
    "HTML": "HTML",
    "markdown": "markdown",
    "text": "tekst",
    "PDF": "PDF",
    "title": "titel",
    "subject": "onderwerp",
    "date": "datum",
    "Kamerstuk number": "Kamerstuknummer",
    "parliamentary year": "vergaderjaar",
    "signatory": "ondertekenaar",
    "reference": "kenmerk",
    "chamber": "Kamer",
    "This annotation is %1's, shared through the team folder: it is read-only here. Annotate "
    "the passage yourself to add your own note.":
        "Deze aantekening is van %1, gedeeld via de teammap: hier kunt u haar alleen lezen. "
        "Markeer de passage zelf om een eigen notitie toe te voegen.",
    "Sharing did not work. Try again.": "Delen is niet gelukt. Probeer het opnieuw.",
    "No team folder is set for sharing. Choose the shared folder first.":
        "Er is geen teammap ingesteld om te delen. Kies eerst de gedeelde map.",
    "The team folder %1 cannot be found. Connect the network drive or choose the folder "
    "again.": "De teammap %1 is niet te vinden. Verbind de netwerkschijf of kies de map "
              "opnieuw.",
    "The name is empty. Give the name colleagues should see.":
        "De naam is leeg. Geef de naam die collega's moeten zien.",
    "There is no open conflict for this annotation.":
        "Er is geen open conflict voor deze aantekening.",
    "Open Original": "Origineel openen",
    "Open Original PDF": "Originele PDF openen",
    "Open Original Text": "Originele tekst openen",
    "Open Original Markdown": "Origineel markdownbestand openen",
    "Open Original HTML": "Originele HTML openen",
    "Open Original XML": "Originele XML openen",
    "Open the file this letter was imported from in the system's viewer":
        "Het bestand waaruit deze brief is geïmporteerd openen in de viewer van het systeem",
    "No original file is kept for this letter (it was removed from the data folder); import "
    "the file again to keep a copy.":
        "Van deze brief is geen origineel bestand bewaard (het is uit de gegevensmap "
        "verwijderd); importeer het bestand opnieuw om een kopie te bewaren.",
    "The original file %1 could not be opened: it is gone, or the system has no viewer for "
    "it.": "Het originele bestand %1 kon niet worden geopend: het is weg, of het systeem heeft "
           "er geen viewer voor.",
    # team sharing in the window (File → Team Sharing…)
    "&Team Sharing…": "Delen met het &team…",
    "Share annotations with colleagues through a shared folder, sync, and resolve conflicts":
        "Aantekeningen delen met collega's via een gedeelde map, synchroniseren en conflicten "
        "oplossen",
    "Shared by %1: read-only here": "Gedeeld door %1: hier alleen te lezen",
    "Your annotations, everyone's, or a colleague's (shared through the team folder)":
        "Uw aantekeningen, die van iedereen of van één collega (gedeeld via de teammap)",
    "Everyone": "Iedereen",
    "Mine": "Van mij",
    "Theirs": "Van de collega",
    "Colleagues' annotations are read-only here":
        "Aantekeningen van collega's zijn hier alleen te lezen",
    "Colleague": "Collega",
    "Colleagues": "Collega's",
    "Pack written": "Bestand geschreven",
    "Found": "Gevonden",
    "By %1 (shared, read-only)": "Van %1 (gedeeld, alleen te lezen)",
    "Keep my version": "Mijn versie behouden",
    "Keep their version": "Versie van de collega behouden",
    "Kept your version.": "Uw versie is behouden.",
    "Kept the version of %1.": "De versie van %1 is behouden.",
    "%n annotation(s) changed both here and by a colleague. Open File → Team Sharing… to "
    "resolve them.": (
        "%n aantekening is zowel hier als door een collega gewijzigd. Open Bestand → Delen "
        "met het team… om dit op te lossen.",
        "%n aantekeningen zijn zowel hier als door een collega gewijzigd. Open Bestand → "
        "Delen met het team… om dit op te lossen."),
    "%n added": ("%n toegevoegd", "%n toegevoegd"),
    "%n changed": ("%n gewijzigd", "%n gewijzigd"),
    "%n deleted": ("%n verwijderd", "%n verwijderd"),
    "%n new conflict(s)": ("%n nieuw conflict", "%n nieuwe conflicten"),
    "%n waiting for a letter not in the library": (
        "%n wacht op een brief die niet in de bibliotheek staat",
        "%n wachten op een brief die niet in de bibliotheek staat"),
    "Synced. No colleague's file is in the folder yet.":
        "Gesynchroniseerd. Er staat nog geen bestand van een collega in de map.",
    "Synced.": "Gesynchroniseerd.",
    "%n colleague file(s) could not be read.": (
        "%n bestand van een collega kon niet worden gelezen.",
        "%n bestanden van collega's konden niet worden gelezen."),
    "Team Sharing": "Delen met het team",
    "Share your annotations with colleagues through a shared folder (a network drive or a "
    "synced folder). Each person's app writes its own file there and reads the others'. "
    "Colleagues' annotations show with their name and are read-only here.":
        "Deel uw aantekeningen met collega's via een gedeelde map (een netwerkschijf of een "
        "gesynchroniseerde map). De app van ieder schrijft daar een eigen bestand en leest "
        "die van de anderen. Aantekeningen van collega's staan er met hun naam bij en zijn "
        "hier alleen te lezen.",
    "Shared folder": "Gedeelde map",
    "No folder chosen: sharing is off": "Geen map gekozen: delen staat uit",
    "C&hoose…": "K&iezen…",
    "Your name": "Uw naam",
    "&Use This Folder": "Deze map &gebruiken",
    "&Sync Now": "Nu &synchroniseren",
    "Conflicts": "Conflicten",
    "My version": "Mijn versie",
    "Their version": "Versie van de collega",
    "Keep &Mine": "&Mijn versie behouden",
    "Keep &Theirs": "Versie van de &collega behouden",
    "Shared &folder:": "Gedeelde &map:",
    "Your &name:": "Uw &naam:",
    "Sharing is off: choose the shared folder and your name, then press “Use This Folder”.":
        "Delen staat uit: kies de gedeelde map en uw naam en klik op “Deze map gebruiken”.",
    "Folder: %1": "Map: %1",
    "You: %1, %2": "U: %1, %2",
    "%n annotation(s) of your own": ("%n eigen aantekening", "%n eigen aantekeningen"),
    "Last sync: %1": "Laatst gesynchroniseerd: %1",
    "not yet": "nog niet",
    "%n colleague(s)": ("%n collega", "%n collega's"),
    "%n open conflict(s)": ("%n open conflict", "%n open conflicten"),
    "Syncing…": "Bezig met synchroniseren…",
    "No conflicts: nothing was changed here and by its owner at once.":
        "Geen conflicten: niets is zowel hier als door de eigenaar gewijzigd.",
    "%n annotation(s) changed here and by the colleague they belong to. Choose one, compare "
    "the versions and keep one; the other is kept on record.": (
        "%n aantekening is hier en door de collega van wie ze is gewijzigd. Kies haar, "
        "vergelijk de versies en behoud er één; de andere blijft bewaard.",
        "%n aantekeningen zijn hier en door de collega van wie ze zijn gewijzigd. Kies er "
        "een, vergelijk de versies en behoud er één; de andere blijft bewaard."),
    "you": "u",
    "Deleted by %1.": "Verwijderd door %1.",
    "Changed by": "Gewijzigd door",
    "Choose the shared folder": "Kies de gedeelde map",
    # exchanging annotations in the window (File → Import Annotations…, W3C export)
    "Import &Annotations…": "Aantekeningen &importeren…",
    "Import annotations from W3C Web Annotation (JSON) or Hypothesis files":
        "Aantekeningen importeren uit bestanden met W3C-webannotaties (JSON) of uit Hypothesis",
    "Import annotations": "Aantekeningen importeren",
    "Annotation files (*.json *.jsonld);;All files (*)":
        "Aantekeningbestanden (*.json *.jsonld);;Alle bestanden (*)",
    "Importing annotations…": "Bezig met aantekeningen importeren…",
    "Import annotations from %1": "Aantekeningen importeren uit %1",
    "%n annotation(s) not imported:": ("%n aantekening niet geïmporteerd:",
                                       "%n aantekeningen niet geïmporteerd:"),
    "%n annotation(s) wait for a letter not in the library:": (
        "%n aantekening wacht op een brief die niet in de bibliotheek staat:",
        "%n aantekeningen wachten op een brief die niet in de bibliotheek staat:"),
    "%n annotation(s) imported, but their passage was not found in the letter (shown under "
    "“Annotations not found”):": (
        "%n aantekening geïmporteerd, maar haar passage is niet in de brief gevonden (staat "
        "onder “Niet gevonden aantekeningen”):",
        "%n aantekeningen geïmporteerd, maar hun passage is niet in de brief gevonden (staan "
        "onder “Niet gevonden aantekeningen”):"),
    "%n annotation(s) that waited for their letter are now attached:": (
        "%n aantekening die op haar brief wachtte, is nu gekoppeld:",
        "%n aantekeningen die op hun brief wachtten, zijn nu gekoppeld:"),
    "%n annotation(s) added:": ("%n aantekening toegevoegd:", "%n aantekeningen toegevoegd:"),
    "%n annotation(s) updated with a newer version:": (
        "%n aantekening bijgewerkt met een nieuwere versie:",
        "%n aantekeningen bijgewerkt met een nieuwere versie:"),
    "%n annotation(s) already up to date:": ("%n aantekening was al actueel:",
                                             "%n aantekeningen waren al actueel:"),
    "%n updated": ("%n bijgewerkt", "%n bijgewerkt"),
    "%n attached": ("%n gekoppeld", "%n gekoppeld"),
    "%n already up to date": ("%n al actueel", "%n al actueel"),
    "%n with their passage not found": ("%n met een passage die niet is gevonden",
                                        "%n met een passage die niet is gevonden"),
    "%n not imported": ("%n niet geïmporteerd", "%n niet geïmporteerd"),
    "Annotations imported: %1.": "Aantekeningen geïmporteerd: %1.",
    "the files held none": "de bestanden bevatten er geen",
    "The files held no annotations; nothing was imported.":
        "De bestanden bevatten geen aantekeningen; er is niets geïmporteerd.",
    "The import was cancelled; the files not yet imported were left out.":
        "Het importeren is geannuleerd; de bestanden die nog niet aan de beurt waren, zijn "
        "overgeslagen.",
    "%n annotation(s) are kept waiting for letters that are not in the library; they attach "
    "when you import those letters.": (
        "%n aantekening wacht op een brief die niet in de bibliotheek staat; ze wordt "
        "gekoppeld zodra u die brief importeert.",
        "%n aantekeningen wachten op brieven die niet in de bibliotheek staan; ze worden "
        "gekoppeld zodra u die brieven importeert."),
    "“%1” is not valid JSON (a mistake at line %2, column %3), so nothing in it was imported "
    "and nothing was changed. Export the annotations again, or choose another file.":
        "“%1” is geen geldige JSON (een fout op regel %2, kolom %3), dus er is niets uit "
        "geïmporteerd en niets gewijzigd. Exporteer de aantekeningen opnieuw of kies een ander "
        "bestand.",
    "“%1” is not a text (JSON) file, so nothing in it was imported. Choose a .json file of W3C "
    "Web Annotations or a Hypothesis export.":
        "“%1” is geen tekstbestand (JSON), dus er is niets uit geïmporteerd. Kies een "
        ".json-bestand met W3C-webannotaties of een export uit Hypothesis.",
    "“%1” is larger than %2 MB, so nothing in it was imported. Export fewer annotations per "
    "file and import those files.":
        "“%1” is groter dan %2 MB, dus er is niets uit geïmporteerd. Exporteer minder "
        "aantekeningen per bestand en importeer die bestanden.",
    "“%1” could not be read (it is missing, a folder, or you have no permission); nothing in "
    "it was imported.":
        "“%1” kon niet worden gelezen (het ontbreekt, is een map, of u hebt geen toestemming); "
        "er is niets uit geïmporteerd.",
    "“%1” holds no W3C Web Annotations or Hypothesis annotations, so nothing in it was "
    "imported. Choose an annotation collection, page or annotation (.json), or a Hypothesis "
    "export or search result.":
        "“%1” bevat geen W3C-webannotaties of aantekeningen uit Hypothesis, dus er is niets uit "
        "geïmporteerd. Kies een verzameling, pagina of aantekening (.json), of een export of "
        "zoekresultaat uit Hypothesis.",
    "in %1": "in %1",
    "for %1": "voor %1",
    "The file holds no annotations.": "Het bestand bevat geen aantekeningen.",
    "Annotations imported": "Aantekeningen geïmporteerd",
    "What became of each annotation": "Wat er met elke aantekening is gebeurd",
    "Nothing was imported.": "Er is niets geïmporteerd.",
    "%n imported annotation(s) wait for letters not in the library": (
        "%n geïmporteerde aantekening wacht op een brief die niet in de bibliotheek staat",
        "%n geïmporteerde aantekeningen wachten op brieven die niet in de bibliotheek staan"),
    "They attach when these letters are imported:":
        "Ze worden gekoppeld zodra deze brieven zijn geïmporteerd:",
    "Web Annotations (W3C JSON, for Hypothesis and other tools) (.json)":
        "Webannotaties (W3C JSON, voor Hypothesis en andere programma's) (.json)",
    "Export as Web Annotations": "Exporteren als webannotaties",
    "Web Annotation files (*.json)": "Webannotatiebestanden (*.json)",
    # commitment lineage (issue 20): the reader's panel and the overview's column
    "Commitment lineage": "Vervolg van de toezegging",
    "Earlier due dates: %1": "Eerdere termijnen: %1",
    "Possibly fulfilled by": "Mogelijk nagekomen in",
    "Possibly postponed in": "Mogelijk uitgesteld in",
    "Possibly repeated in": "Mogelijk herhaald in",
    "Possibly changed in": "Mogelijk gewijzigd in",
    "(new due %1)": "(nieuwe termijn %1)",
    "Confirm": "Bevestigen",
    "Reject": "Afwijzen",
    "Not linked (rejected)": "Niet gekoppeld (afgewezen)",
    "Fulfilled by": "Nagekomen in",
    "Postponed in": "Uitgesteld in",
    "Repeated in": "Herhaald in",
    "Changed in": "Gewijzigd in",
    "(the sentence is no longer found)": "(de zin staat niet meer in de brief)",
    "Remove link": "Koppeling verwijderen",
    "Not linked (rejected) ←": "Niet gekoppeld (afgewezen) ←",
    "Fulfils ←": "Komt na ←",
    "Postpones ←": "Stelt uit ←",
    "Repeats ←": "Herhaalt ←",
    "Changes ←": "Wijzigt ←",
    "Possibly fulfils ←": "Komt mogelijk na ←",
    "Possibly postpones ←": "Stelt mogelijk uit ←",
    "Possibly repeats ←": "Herhaalt mogelijk ←",
    "Possibly changes ←": "Wijzigt mogelijk ←",
    # a proposal with direct evidence (the letter named, the promise's words said again)
    "Likely fulfilled by": "Waarschijnlijk nagekomen in",
    "Likely postponed in": "Waarschijnlijk uitgesteld in",
    "Likely repeated in": "Waarschijnlijk herhaald in",
    "Likely changed in": "Waarschijnlijk gewijzigd in",
    "Likely fulfils ←": "Komt waarschijnlijk na ←",
    "Likely postpones ←": "Stelt waarschijnlijk uit ←",
    "Likely repeats ←": "Herhaalt waarschijnlijk ←",
    "Likely changes ←": "Wijzigt waarschijnlijk ←",
    # why a commitment gets no likely proposal (the linker's reasons)
    "but a refusal: nothing to fulfil": "maar een weigering: er valt niets na te komen",
    "but the detector is unsure it is a commitment":
        "maar de detector twijfelt of het een toezegging is",
    "but its own letter keeps it": "maar de brief zelf komt haar na",
    "but it is kept in a meeting with the Kamer": "maar die wordt in een overleg met de Kamer "
    "nagekomen",
    "but a measure: its words said again do not say it was taken":
        "maar een maatregel: dat de woorden terugkomen zegt niet dat die is genomen",
    "Reject link": "Koppeling afwijzen",
    "Confirm link": "Koppeling bevestigen",
    "Lineage": "Vervolg",
    "fulfilled by %1": "nagekomen in %1",
    "postponed in %1": "uitgesteld in %1",
    "%n proposal(s)": ("%n voorstel", "%n voorstellen"),
    "Later letters may fulfil, postpone or repeat this commitment: open it and click the "
    "commitment to confirm or reject them.":
        "Latere brieven komen deze toezegging misschien na, stellen haar uit of herhalen haar: "
        "open de brief en klik op de toezegging om dat te bevestigen of af te wijzen.",
    "Still open, longest first": "Nog open, langst open eerst",
    "Sort the open commitments by how long they have been open: the oldest first":
        "De open toezeggingen sorteren op hoe lang ze open staan: de oudste eerst",
    # lineage chain view, data folder check (this session)
    'About %n letter(s) found': ('Ongeveer %n brief gevonden', 'Ongeveer %n brieven gevonden'),
    'The letters database is damaged (%1). Close the app and open it again: it is set aside and rebuilt from your original files.':
        'De database met brieven is beschadigd (%1). Sluit de app en open haar opnieuw: de database wordt dan apart gezet en opnieuw opgebouwd uit uw originele bestanden.',
    'The letters database is in use by another window or program: try again when it is done.':
        'De database met brieven is in gebruik door een ander venster of programma: probeer het opnieuw als dat klaar is.',
    'The annotations database is in use by another window or program: try again when it is done.':
        'De database met aantekeningen is in gebruik door een ander venster of programma: probeer het opnieuw als dat klaar is.',
    '&Check Data Folder':
        '&Gegevensmap controleren',
    'Check the letters and annotations databases and the search index for damage':
        'De databases van brieven en aantekeningen en de zoekindex op schade controleren',
    'Chain of a commitment':
        'Keten van een toezegging',
    'Link':
        'Koppeling',
    'Sentence':
        'Zin',
    'Due':
        'Uiterlijk',
    'Confirmed by':
        'Bevestigd door',
    'Letters of the chain':
        'Brieven van de keten',
    'Possible links':
        'Mogelijke koppelingen',
    'Proposal':
        'Voorstel',
    'New due':
        'Nieuwe termijn',
    'Why':
        'Waarom',
    '&Open letter':
        'Brief &openen',
    'Re&move link':
        'Koppeling &verwijderen',
    'Close':
        'Sluiten',
    'Link the selected proposal (Ctrl+Z undoes)':
        'Het gekozen voorstel koppelen (Ctrl+Z maakt ongedaan)',
    'Say the selected proposal is wrong: it is not proposed again (Ctrl+Z undoes)':
        'Het gekozen voorstel afwijzen: het wordt niet opnieuw voorgesteld (Ctrl+Z maakt ongedaan)',
    'Looking for later letters…':
        'Latere brieven zoeken…',
    'This commitment is no longer found in its letter. Close this window and open the chain again from the commitments overview.':
        'Deze toezegging staat niet meer in haar brief. Sluit dit venster en open de keten opnieuw vanuit het toezeggingenoverzicht.',
    'Promise in %1: “%2”':
        'Toezegging in %1: “%2”',
    'No later letter is linked to this commitment yet. Confirm a possible link below, or link a letter from the reader.':
        'Er is nog geen latere brief aan deze toezegging gekoppeld. Bevestig hieronder een mogelijke koppeling, of koppel een brief vanuit de lezer.',
    'No other later letter in the library looks back at this commitment.':
        'Geen andere latere brief in de bibliotheek verwijst naar deze toezegging.',
    'Promise':
        'Toezegging',
    '%1, %2':
        '%1, %2',
    'someone':
        'iemand',
    'Which later letters may fulfil, postpone or repeat this commitment: select it and click Chain…, or open the letter and click the commitment.':
        'Welke latere brieven deze toezegging mogelijk nakomen, uitstellen of herhalen: selecteer haar en klik op Keten…, of open de brief en klik op de toezegging.',
    'Open the letter':
        'De brief openen',
    'Show the chain across letters…':
        'De keten over brieven tonen…',
    'Chai&n…':
        '&Keten…',
    'The selected commitment across letters: the later letters that fulfil, postpone or repeat it':
        'De gekozen toezegging over brieven heen: de latere brieven die haar nakomen, uitstellen of herhalen',
    'Checking the data folder…':
        'De gegevensmap wordt gecontroleerd…',
    'The letters database was damaged. It was set aside as %1. Close the app and open it again: it is then rebuilt from your original files.':
        'De database met brieven was beschadigd. Die is apart gezet als %1. Sluit de app en open haar opnieuw: de database wordt dan opnieuw opgebouwd uit uw originele bestanden.',
    'The annotations database is damaged. Close the app and open it again: it offers to restore the latest backup (%1).':
        'De database met aantekeningen is beschadigd. Sluit de app en open haar opnieuw: ze biedt dan aan de laatste reservekopie (%1) terug te zetten.',
    'The annotations database is damaged and there is no backup of it. Close the app and ask your IT support to restore annotations.db from their backup.':
        'De database met aantekeningen is beschadigd en er is geen reservekopie van. Sluit de app en vraag uw IT-ondersteuning annotations.db uit hun back-up terug te zetten.',
    'The annotations database is fine.':
        'De database met aantekeningen is in orde.',
    'Rebuild Search Index':
        'Zoekindex opnieuw opbouwen',
    'The search index is up to date and opens without errors.':
        'De zoekindex is bijgewerkt en opent zonder fouten.',
    'The search index is behind the library. Choose %1 to bring it up to date.':
        'De zoekindex loopt achter op de bibliotheek. Kies %1 om haar bij te werken.',
    'There is no search index yet. Choose %1 to build it.':
        'Er is nog geen zoekindex. Kies %1 om haar op te bouwen.',
    'The search index is damaged. Choose %1: it is rebuilt from your letters, nothing is lost.':
        'De zoekindex is beschadigd. Kies %1: ze wordt opnieuw opgebouwd uit uw brieven, er gaat niets verloren.',
    'Show the chain across letters':
        'De keten over brieven tonen',
    'Show chain':
        'Keten tonen',
    'The letters database is fine (%n letter(s)).': ('De database met brieven is in orde (%n brief).', 'De database met brieven is in orde (%n brieven).'),
    # why the linker proposes a later letter (the params are the letters' own Dutch words)
    "names the letter (Kamerstuk %1, nr. %2)": "noemt de brief (Kamerstuk %1, nr. %2)",
    "names the letter of %1": "noemt de brief van %1",
    "same dossier (%1)": "zelfde dossier (%1)",
    "says %1": "zegt %1",
    "but %1, not %2": "maar %1, niet %2",
    "but about %1, not the promised one": "maar over %1, niet de toegezegde",
    "but the %1, not the %2": "maar de %1, niet de %2",
    "but keeps a promise of %1": "maar komt een toezegging na van %1",
    "but recalls another promise: %1": "maar noemt een andere toezegging: %1",
    "but recalls Kamerstuk %1, nr. %2": "maar blikt terug op Kamerstuk %1, nr. %2",
    "hands over %1": "levert %1",
    "on %1": "over %1",
    "looks back at a promise": "blikt terug op een toezegging",
    "around the due date": "rond de termijn",
    "%n week(s) later in the dossier": ("%n week later in het dossier",
                                        "%n weken later in het dossier"),
    "%n month(s) later in the dossier": ("%n maand later in het dossier",
                                         "%n maanden later in het dossier"),
    "%n year(s) later": ("%n jaar later", "%n jaar later"),
    # a colleague's pack that a sync could not (fully) read
    "The pack %1 was skipped: %2.": "Het bestand %1 is overgeslagen: %2.",
    "The pack %1 was skipped: it holds the pack of %2, whose pack is %3 (a copy a sync tool "
    "made?). Delete the copy once that pack is in order.":
        "Het bestand %1 is overgeslagen: het bevat het bestand van %2, dat %3 heet (een kopie "
        "die een synchronisatieprogramma maakte?). Verwijder de kopie zodra dat bestand in "
        "orde is.",
    "Some annotations in the pack of %1 could not be read; the others were.":
        "Sommige aantekeningen in het bestand van %1 konden niet worden gelezen; de andere "
        "wel.",
    # the reader's lineage panel: proposals pointing at a sentence beyond the best few
    "%n more earlier promise(s) this sentence may answer": (
        "Nog %n eerdere toezegging waarop deze zin mogelijk antwoordt",
        "Nog %n eerdere toezeggingen waarop deze zin mogelijk antwoordt"),
    "Show all": "Alle tonen",
}

EN: dict[str, tuple[str, str]] = {
    # exchanging annotations in the window (File → Import Annotations…)
    "%n annotation(s) not imported:": ("%n annotation not imported:",
                                       "%n annotations not imported:"),
    "%n annotation(s) wait for a letter not in the library:": (
        "%n annotation waits for a letter not in the library:",
        "%n annotations wait for a letter not in the library:"),
    "%n annotation(s) imported, but their passage was not found in the letter (shown under "
    "“Annotations not found”):": (
        "%n annotation imported, but its passage was not found in the letter (shown under "
        "“Annotations not found”):",
        "%n annotations imported, but their passage was not found in the letter (shown under "
        "“Annotations not found”):"),
    "%n annotation(s) that waited for their letter are now attached:": (
        "%n annotation that waited for its letter is now attached:",
        "%n annotations that waited for their letter are now attached:"),
    "%n annotation(s) added:": ("%n annotation added:", "%n annotations added:"),
    "%n annotation(s) updated with a newer version:": (
        "%n annotation updated with a newer version:",
        "%n annotations updated with a newer version:"),
    "%n annotation(s) already up to date:": ("%n annotation already up to date:",
                                             "%n annotations already up to date:"),
    "%n updated": ("%n updated", "%n updated"),
    "%n attached": ("%n attached", "%n attached"),
    "%n already up to date": ("%n already up to date", "%n already up to date"),
    "%n with their passage not found": ("%n with its passage not found",
                                        "%n with their passage not found"),
    "%n not imported": ("%n not imported", "%n not imported"),
    "%n annotation(s) are kept waiting for letters that are not in the library; they attach "
    "when you import those letters.": (
        "%n annotation is kept waiting for a letter that is not in the library; it attaches "
        "when you import that letter.",
        "%n annotations are kept waiting for letters that are not in the library; they attach "
        "when you import those letters."),
    "%n imported annotation(s) wait for letters not in the library": (
        "%n imported annotation waits for a letter not in the library",
        "%n imported annotations wait for letters not in the library"),
    "%n annotation(s) changed both here and by a colleague. Open File → Team Sharing… to "
    "resolve them.": (
        "%n annotation changed both here and by a colleague. Open File → Team Sharing… to "
        "resolve it.",
        "%n annotations changed both here and by a colleague. Open File → Team Sharing… to "
        "resolve them."),
    "%n added": ("%n added", "%n added"),
    "%n changed": ("%n changed", "%n changed"),
    "%n deleted": ("%n deleted", "%n deleted"),
    "%n new conflict(s)": ("%n new conflict", "%n new conflicts"),
    "%n waiting for a letter not in the library": (
        "%n waiting for a letter not in the library",
        "%n waiting for a letter not in the library"),
    "%n colleague file(s) could not be read.": ("%n colleague file could not be read.",
                                                "%n colleague files could not be read."),
    "%n annotation(s) of your own": ("%n annotation of your own", "%n annotations of your own"),
    "%n colleague(s)": ("%n colleague", "%n colleagues"),
    "%n open conflict(s)": ("%n open conflict", "%n open conflicts"),
    "%n annotation(s) changed here and by the colleague they belong to. Choose one, compare "
    "the versions and keep one; the other is kept on record.": (
        "%n annotation changed here and by the colleague it belongs to. Choose it, compare "
        "the versions and keep one; the other is kept on record.",
        "%n annotations changed here and by the colleague they belong to. Choose one, "
        "compare the versions and keep one; the other is kept on record."),
    "%n annotation(s) left out: no longer found in their letter.": (
        "%n annotation left out: no longer found in its letter.",
        "%n annotations left out: no longer found in their letter."),
    "%n annotation(s) deleted": ("%n annotation deleted", "%n annotations deleted"),
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
    '%n deadline(s) before %1:':
        ('%n deadline before %1:', '%n deadlines before %1:'),
    '%n deadline(s) after %1:':
        ('%n deadline after %1:', '%n deadlines after %1:'),
    '%n earlier':
        ('%n earlier', '%n earlier'),
    '%n later':
        ('%n later', '%n later'),
    '%n no longer found':
        ('%n no longer found', '%n no longer found'),
    'Mark %n annotation(s) as %1':
        ('Mark %n annotation as %1', 'Mark %n annotations as %1'),
    'Delete the collection “%1” with %n passage(s)?':
        ('Delete the collection “%1” with %n passage?', 'Delete the collection “%1” with %n passages?'),
    '%n file(s) skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.':
        ('%n file skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.', '%n files skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.'),
    "%n proposal(s)": ("%n proposal", "%n proposals"),
    'The letters database is fine (%n letter(s)).': ('The letters database is fine (%n letter).', 'The letters database is fine (%n letters).'),
    'About %n letter(s) found': ('About %n letter found', 'About %n letters found'),
    "%n week(s) later in the dossier": ("%n week later in the dossier",
                                        "%n weeks later in the dossier"),
    "%n month(s) later in the dossier": ("%n month later in the dossier",
                                         "%n months later in the dossier"),
    "%n year(s) later": ("%n year later", "%n years later"),
    "%n more earlier promise(s) this sentence may answer": (
        "%n more earlier promise this sentence may answer",
        "%n more earlier promises this sentence may answer"),
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
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
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
