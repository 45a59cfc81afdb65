<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="19" />
        <source>&amp;Import Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="21" />
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="23" />
        <source>&amp;Rebuild Search Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="25" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="26" />
        <source>&amp;Find in Letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="27" />
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="28" />
        <source>Find &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="29" />
        <source>Next Search &amp;Hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="30" />
        <source>Previous Search Hi&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="31" />
        <source>&amp;Search All Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="33" />
        <source>Filter the &amp;Letter List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="34" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="36" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="37" />
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="38" />
        <source>&amp;About Kamerbrieven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="39" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="40" />
        <source>Import Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="41" />
        <source>Rebuild Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="42" />
        <source>Import letter files (txt, md, html, xml, pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="43" />
        <source>Import every letter file in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="63" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="65" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="68" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="69" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="80" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="63" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="65" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="66" />
        <source>Cancel the running job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="76" />
        <source>Commitments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="83" />
        <source>Show %1 commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="92" />
        <source>promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="92" />
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="93" />
        <source>refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="93" />
        <source>earlier promise</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterListPane</name>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="37" />
        <source>Filter letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="39" />
        <source>Filter letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="40" />
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="41" />
        <source>All dossiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="42" />
        <source>All signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="71" />
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="143" />
        <source>There are no letters yet.

Import letter files or a folder with File → Import, or drop them on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="146" />
        <source>No letter matches the filter.

Clear the filter box or choose “All” in the lists above.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Kamerstuk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="70" />
        <source>Signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="71" />
        <source>Commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="71" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="76" />
        <source>Comm.</source>
        <comment>short for Commitments</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="77" />
        <source>Ann.</source>
        <comment>short for Annotations</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="185" />
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="36" />
        <source>Letter text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77" />
        <source>Index: not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="122" />
        <source>%n letter(s)</source>
        <translation><numerusform>%n letter</numerusform><numerusform>%n letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="123" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145" />
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150" />
        <source>Loading the letters that come with the app…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151" />
        <source>Preparing the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="156" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160" />
        <source>Rebuilding the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169" />
        <source>Please wait until the running job has finished, or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174" />
        <source>Index: updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204" />
        <source>Index: up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="205" />
        <source>Index: out of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212" />
        <source>Index: unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216" />
        <source>Import finished: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="220" />
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="226" />
        <source>%n file(s) could not be read:</source>
        <translation><numerusform>%n file could not be read:</numerusform><numerusform>%n files could not be read:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="233" />
        <source>Import letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234" />
        <source>Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>Import a folder of letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254" />
        <source>About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="257" />
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Read, search and annotate Dutch parliamentary letters offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="28" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="31" />
        <source>Dismiss the message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="137" />
        <source>Commitment details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="139" />
        <location filename="../../desktop_app/ui/reader.py" line="140" />
        <source>Find in letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="145" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="174" />
        <source>Choose a letter in the list to read it, or search on the right. Import letters with File → Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="257" />
        <source>Search hit %1 of %2 (F4: next, Shift+F4: previous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="304" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="349" />
        <source>actor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="351" />
        <source>deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="352" />
        <source>cue: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="244" />
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="94" />
        <source>Search all letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="95" />
        <source>Search query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="99" />
        <source>Any year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="99" />
        <source>Any dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="100" />
        <source>Any signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="111" />
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="116" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="155" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="180" />
        <source>Type words to search every letter. Use quotes for a phrase, * for a prefix, datum:2021 or van:name to narrow down.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_pane.py" line="186" />
        <source>%n letter(s) found</source>
        <translation><numerusform>%n letter found</numerusform><numerusform>%n letters found</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="188" />
        <source>No letters found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="191" />
        <source>Did you mean %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="193" />
        <source>Try fewer or shorter words, or remove a filter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="37" />
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>