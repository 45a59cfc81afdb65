<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="19" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="21" />
        <source>Import &amp;Folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="23" />
        <source>&amp;Rebuild Search Index</source>
        <translation>Zoekindex opnieuw &amp;opbouwen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="25" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="26" />
        <source>&amp;Find in Letter…</source>
        <translation>&amp;Zoeken in brief…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="27" />
        <source>Find &amp;Next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="28" />
        <source>Find &amp;Previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="29" />
        <source>Next Search &amp;Hit</source>
        <translation>Volgende &amp;treffer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="30" />
        <source>Previous Search Hi&amp;t</source>
        <translation>Vorige t&amp;reffer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="31" />
        <source>&amp;Search All Letters</source>
        <translation>Alle brieven door&amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="33" />
        <source>Filter the &amp;Letter List</source>
        <translation>&amp;Brievenlijst filteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="34" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="36" />
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="37" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="38" />
        <source>&amp;About Kamerbrieven</source>
        <translation>&amp;Over Kamerbrieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="39" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="40" />
        <source>Import Folder</source>
        <translation>Map importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="41" />
        <source>Rebuild Index</source>
        <translation>Index opbouwen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="42" />
        <source>Import letter files (txt, md, html, xml, pdf)</source>
        <translation>Briefbestanden importeren (txt, md, html, xml, pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="43" />
        <source>Import every letter file in a folder</source>
        <translation>Alle briefbestanden in een map importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="63" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="65" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="68" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="69" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="80" />
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="63" />
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="65" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="66" />
        <source>Cancel the running job</source>
        <translation>De lopende taak annuleren</translation>
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="76" />
        <source>Commitments:</source>
        <translation>Toezeggingen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="83" />
        <source>Show %1 commitments</source>
        <translation>Toezeggingen van het soort %1 tonen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="92" />
        <source>promise</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="92" />
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="93" />
        <source>refusal</source>
        <translation>weigering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="93" />
        <source>earlier promise</source>
        <translation>eerdere toezegging</translation>
    </message>
</context>
<context>
    <name>LetterListPane</name>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="37" />
        <source>Filter letters…</source>
        <translation>Brieven filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="39" />
        <source>Filter letters</source>
        <translation>Brieven filteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="40" />
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="41" />
        <source>All dossiers</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="42" />
        <source>All signatories</source>
        <translation>Alle ondertekenaars</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="71" />
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="143" />
        <source>There are no letters yet.

Import letter files or a folder with File → Import, or drop them on the window.</source>
        <translation>Er zijn nog geen brieven.

Importeer briefbestanden of een map met Bestand → Importeren, of sleep ze naar het venster.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="146" />
        <source>No letter matches the filter.

Clear the filter box or choose “All” in the lists above.</source>
        <translation>Geen brief past bij het filter.

Maak het filtervak leeg of kies “Alle” in de lijsten hierboven.</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Kamerstuk</source>
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="71" />
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="71" />
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="76" />
        <source>Comm.</source>
        <comment>short for Commitments</comment>
        <translation>Toez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="77" />
        <source>Ann.</source>
        <comment>short for Annotations</comment>
        <translation>Aant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="185" />
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="36" />
        <source>Letter text</source>
        <translation>Tekst van de brief</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77" />
        <source>Index: not checked yet</source>
        <translation>Index: nog niet gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="122" />
        <source>%n letter(s)</source>
        <translation><numerusform>%n brief</numerusform><numerusform>%n brieven</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="123" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n toezegging</numerusform><numerusform>%n toezeggingen</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145" />
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150" />
        <source>Loading the letters that come with the app…</source>
        <translation>De brieven die bij het programma horen worden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151" />
        <source>Preparing the index…</source>
        <translation>Index voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="156" />
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160" />
        <source>Rebuilding the index…</source>
        <translation>Index opnieuw opbouwen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169" />
        <source>Please wait until the running job has finished, or cancel it.</source>
        <translation>Wacht tot de lopende taak klaar is, of annuleer hem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174" />
        <source>Index: updating…</source>
        <translation>Index: bijwerken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204" />
        <source>Index: up to date</source>
        <translation>Index: bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="205" />
        <source>Index: out of date</source>
        <translation>Index: verouderd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212" />
        <source>Index: unknown</source>
        <translation>Index: onbekend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216" />
        <source>Import finished: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Importeren klaar: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="220" />
        <source>The import was cancelled.</source>
        <translation>Het importeren is geannuleerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <source>… and %n more</source>
        <translation><numerusform>… en nog %n</numerusform><numerusform>… en nog %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="226" />
        <source>%n file(s) could not be read:</source>
        <translation><numerusform>%n bestand kon niet worden gelezen:</numerusform><numerusform>%n bestanden konden niet worden gelezen:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="233" />
        <source>Import letters</source>
        <translation>Brieven importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234" />
        <source>Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)</source>
        <translation>Brieven (*.txt *.md *.html *.htm *.xml *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>Import a folder of letters</source>
        <translation>Een map met brieven importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254" />
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="257" />
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Read, search and annotate Dutch parliamentary letters offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Kamerbrieven offline lezen, doorzoeken en annoteren.&lt;/p&gt;&lt;p&gt;Gegevensmap:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="28" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="31" />
        <source>Dismiss the message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="137" />
        <source>Commitment details</source>
        <translation>Details van de toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="139" />
        <location filename="../../desktop_app/ui/reader.py" line="140" />
        <source>Find in letter</source>
        <translation>Zoeken in brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="145" />
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="174" />
        <source>Choose a letter in the list to read it, or search on the right. Import letters with File → Import.</source>
        <translation>Kies een brief in de lijst om hem te lezen, of zoek rechts. Importeer brieven met Bestand → Importeren.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="257" />
        <source>Search hit %1 of %2 (F4: next, Shift+F4: previous)</source>
        <translation>Treffer %1 van %2 (F4: volgende, Shift+F4: vorige)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="304" />
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="349" />
        <source>actor: %1</source>
        <translation>actor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="351" />
        <source>deadline: %1</source>
        <translation>termijn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="352" />
        <source>cue: “%1”</source>
        <translation>signaal: “%1”</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="244" />
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="94" />
        <source>Search all letters…</source>
        <translation>Alle brieven doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="95" />
        <source>Search query</source>
        <translation>Zoekvraag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="99" />
        <source>Any year</source>
        <translation>Elk jaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="99" />
        <source>Any dossier</source>
        <translation>Elk dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="100" />
        <source>Any signatory</source>
        <translation>Elke ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="111" />
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="116" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="155" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="180" />
        <source>Type words to search every letter. Use quotes for a phrase, * for a prefix, datum:2021 or van:name to narrow down.</source>
        <translation>Typ woorden om alle brieven te doorzoeken. Gebruik aanhalingstekens voor een woordgroep, * voor een begin van een woord, datum:2021 of van:naam om te verfijnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_pane.py" line="186" />
        <source>%n letter(s) found</source>
        <translation><numerusform>%n brief gevonden</numerusform><numerusform>%n brieven gevonden</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="188" />
        <source>No letters found.</source>
        <translation>Geen brieven gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="191" />
        <source>Did you mean %1?</source>
        <translation>Bedoelde u %1?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="193" />
        <source>Try fewer or shorter words, or remove a filter.</source>
        <translation>Probeer minder of kortere woorden, of haal een filter weg.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="37" />
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
</TS>