<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name />
    <message>
        <location filename="../../desktop_app/ui/reader/printing.py" line="97" />
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/printing.py" line="221" />
        <source>Print Letter</source>
        <translation>Brief afdrukken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/printing.py" line="229" />
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="86" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="88" />
        <source>Import &amp;Folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="90" />
        <source>Import &amp;Annotations…</source>
        <translation>Aantekeningen &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="91" />
        <source>Import annotations from W3C Web Annotation (JSON) or Hypothesis files</source>
        <translation>Aantekeningen importeren uit bestanden met W3C-webannotaties (JSON) of uit Hypothesis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="93" />
        <source>&amp;Rebuild Search Index</source>
        <translation>Zoekindex opnieuw &amp;opbouwen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="95" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="97" />
        <source>Export a collection, a tag or the selected annotations as a course pack (Word, PDF, HTML, Markdown)</source>
        <translation>Een verzameling, een label of de geselecteerde aantekeningen exporteren als lesmateriaal (Word, PDF, HTML, Markdown)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="100" />
        <source>&amp;Team Sharing…</source>
        <translation>Delen met het &amp;team…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="101" />
        <source>Share annotations with colleagues through a shared folder, sync, and resolve conflicts</source>
        <translation>Aantekeningen delen met collega's via een gedeelde map, synchroniseren en conflicten oplossen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="103" />
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="105" />
        <source>Print the letter in the reader</source>
        <translation>De brief in de lezer afdrukken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="106" />
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="109" />
        <source>Print with &amp;Highlights</source>
        <translation>Afdrukken met mar&amp;keringen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="112" />
        <source>Highlights</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="113" />
        <source>Print the colours of commitments and annotations</source>
        <translation>De kleuren van toezeggingen en aantekeningen afdrukken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="115" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="116" />
        <source>&amp;Find in Letter…</source>
        <translation>&amp;Zoeken in brief…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="117" />
        <source>Find &amp;Next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="118" />
        <source>Find &amp;Previous</source>
        <translation>Vor&amp;ige zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="119" />
        <source>Next Search &amp;Hit</source>
        <translation>Volgende &amp;treffer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="120" />
        <source>Previous Search Hi&amp;t</source>
        <translation>Vorige t&amp;reffer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="121" />
        <source>&amp;Search All Letters</source>
        <translation>&amp;Alle brieven doorzoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="123" />
        <source>Filter the &amp;Letter List</source>
        <translation>&amp;Brievenlijst filteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="126" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="127" />
        <source>&amp;Forward</source>
        <translation>Voo&amp;ruit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="135" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="137" />
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="138" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="139" />
        <source>&amp;About Kamerbrieven</source>
        <translation>&amp;Over Kamerbrieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="140" />
        <source>&amp;Getting Started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="141" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="142" />
        <source>&amp;Check Data Folder</source>
        <translation>&amp;Gegevensmap controleren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="143" />
        <source>Check the letters and annotations databases and the search index for damage</source>
        <translation>De databases van brieven en aantekeningen en de zoekindex op schade controleren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="145" />
        <location filename="../../desktop_app/ui/shell/actions.py" line="209" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="146" />
        <location filename="../../desktop_app/ui/shell/actions.py" line="210" />
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="149" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="150" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="153" />
        <source>Add or Edit &amp;Note…</source>
        <translation>&amp;Notitie toevoegen of bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="154" />
        <source>Edit &amp;Tags…</source>
        <translation>&amp;Labels bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="157" />
        <source>&amp;Delete Annotation</source>
        <translation>Aantekening &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="160" />
        <source>Annotation &amp;Colours…</source>
        <translation>&amp;Kleuren van aantekeningen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="161" />
        <source>Edit Letter &amp;Details…</source>
        <translation>Brief&amp;gegevens bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="162" />
        <source>Correct the title, date, reference and other details of the letter in the reader</source>
        <translation>De titel, datum, het kenmerk en andere gegevens van de brief in de lezer corrigeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="164" />
        <source>&amp;Letters and Reader</source>
        <translation>&amp;Brieven en lezer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="165" />
        <source>&amp;Commitments Overview</source>
        <translation>&amp;Overzicht toezeggingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="167" />
        <source>Letter Lis&amp;t</source>
        <translation>Brieven&amp;lijst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="168" />
        <source>Si&amp;de Panel (Search, Annotations, Collections)</source>
        <translation>&amp;Zijpaneel (zoeken, aantekeningen, verzamelingen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="170" />
        <source>&amp;Annotations</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="171" />
        <source>Coll&amp;ections</source>
        <translation>&amp;Verzamelingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="173" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="178" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="179" />
        <source>Import Folder</source>
        <translation>Map importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="180" />
        <source>Rebuild Index</source>
        <translation>Index opbouwen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="181" />
        <source>Import letter files (txt, md, html, xml, pdf)</source>
        <translation>Briefbestanden importeren (txt, md, html, xml, pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="182" />
        <source>Import every letter file in a folder</source>
        <translation>Alle briefbestanden in een map importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="209" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="210" />
        <source>&amp;Redo %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="236" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="241" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="245" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annoteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="246" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="251" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="276" />
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="283" />
        <source>Annotate toolbar</source>
        <translation>Werkbalk annoteren</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="64" />
        <source>Select a passage in the letter first.</source>
        <translation>Selecteer eerst een passage in de brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="98" />
        <source>Select a passage or an annotation first.</source>
        <translation>Selecteer eerst een passage of een aantekening.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="119" />
        <source>Click an annotation in the letter, or select one in the Annotations tab, then delete it.</source>
        <translation>Klik op een aantekening in de brief, of selecteer er een in het tabblad Aantekeningen, en verwijder die dan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="125" />
        <source>Select the passage in the letter first, then re-attach.</source>
        <translation>Selecteer eerst de passage in de brief en koppel dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="132" />
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="149" />
        <source>Mark “%1”</source>
        <translation>Markeer “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="168" />
        <source>Edit note and tags</source>
        <translation>Notitie en labels bewerken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="187" />
        <source>Mark %n annotation(s) as %1</source>
        <translation><numerusform>%n aantekening markeren als %1</numerusform><numerusform>%n aantekeningen markeren als %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="250" />
        <source>New collection “%1”</source>
        <translation>Nieuwe verzameling “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="251" />
        <source>Edit the introduction of “%1”</source>
        <translation>Inleiding van “%1” bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="253" />
        <source>Rename collection “%1”</source>
        <translation>Verzameling “%1” hernoemen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="254" />
        <source>Delete collection “%1”</source>
        <translation>Verzameling “%1” verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="255" />
        <source>Add a heading to “%1”</source>
        <translation>Kop toevoegen aan “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="256" />
        <source>Add to “%1”</source>
        <translation>Toevoegen aan “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="257" />
        <source>Move an item in “%1”</source>
        <translation>Onderdeel verplaatsen in “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="258" />
        <source>Remove an item from “%1”</source>
        <translation>Onderdeel weghalen uit “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="259" />
        <source>Move collection “%1”</source>
        <translation>Verzameling “%1” verplaatsen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="194" />
        <source>Tag %n annotation(s)</source>
        <translation><numerusform>%n aantekening labelen</numerusform><numerusform>%n aantekeningen labelen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="202" />
        <source>Delete %n annotation(s)</source>
        <translation><numerusform>%n aantekening verwijderen</numerusform><numerusform>%n aantekeningen verwijderen</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="208" />
        <source>Re-attach annotation</source>
        <translation>Aantekening opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="213" />
        <source>Change colour %1</source>
        <translation>Kleur %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="217" />
        <source>Remove colour %1</source>
        <translation>Kleur %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="224" />
        <source>Add %n annotation(s) to a collection</source>
        <translation><numerusform>%n aantekening aan een verzameling toevoegen</numerusform><numerusform>%n aantekeningen aan een verzameling toevoegen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="276" />
        <source>Review %n commitment(s)</source>
        <translation><numerusform>%n toezegging beoordelen</numerusform><numerusform>%n toezeggingen beoordelen</numerusform></translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="76" />
        <source>Note and tags</source>
        <translation>Notitie en labels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="82" />
        <source>Note (Markdown)</source>
        <translation>Notitie (Markdown)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="83" />
        <source>A note in Markdown: **bold**, *italic*, - lists</source>
        <translation>Een notitie in Markdown: **vet**, *cursief*, - opsommingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="86" />
        <source>Note as shown</source>
        <translation>Notitie zoals getoond</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="88" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="89" />
        <source>tags, separated by commas (theme/asylum)</source>
        <translation>labels, gescheiden door komma's (thema/asiel)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="99" />
        <source>&amp;Tags:</source>
        <translation>&amp;Labels:</translation>
    </message>
</context>
<context>
    <name>AnnotationImportController</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="31" />
        <source>Import annotations</source>
        <translation>Aantekeningen importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="32" />
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation>Aantekeningbestanden (*.json *.jsonld);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="68" />
        <source>Importing annotations…</source>
        <translation>Bezig met aantekeningen importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="84" />
        <source>Import annotations from %1</source>
        <translation>Aantekeningen importeren uit %1</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="123" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="123" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="123" />
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="240" />
        <source>Shared by %1: read-only here</source>
        <translation>Gedeeld door %1: hier alleen te lezen</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="113" />
        <source>Which letters</source>
        <translation>Welke brieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="115" />
        <source>Sort order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="116" />
        <source>In text order</source>
        <translation>In tekstvolgorde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="117" />
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="119" />
        <source>Filter annotations…</source>
        <translation>Aantekeningen filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="120" />
        <source>Filter annotations</source>
        <translation>Aantekeningen filteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="122" />
        <source>Filter by tag</source>
        <translation>Filteren op label</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="123" />
        <source>Filter by colour</source>
        <translation>Filteren op kleur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="124" />
        <source>Filter by author</source>
        <translation>Filteren op auteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="125" />
        <source>Your annotations, everyone's, or a colleague's (shared through the team folder)</source>
        <translation>Uw aantekeningen, die van iedereen of van één collega (gedeeld via de teammap)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="127" />
        <source>Filter by date</source>
        <translation>Filteren op datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="128" />
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="128" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="129" />
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="129" />
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="130" />
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="133" />
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="142" />
        <source>&amp;Tag…</source>
        <translation>&amp;Labelen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="144" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="501" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="148" />
        <source>To collection</source>
        <translation>Naar verzameling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="151" />
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="152" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="153" />
        <source>Export the selected annotations as a course pack</source>
        <translation>De geselecteerde aantekeningen exporteren als lesmateriaal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="158" />
        <source>Annotations not found</source>
        <translation>Niet gevonden aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="159" />
        <source>&amp;Re-attach to the selected text</source>
        <translation>&amp;Opnieuw koppelen aan de geselecteerde tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="160" />
        <source>Select the passage in the letter first</source>
        <translation>Selecteer eerst de passage in de brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="239" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="311" />
        <source>Letter in the reader</source>
        <translation>Brief in de lezer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="240" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="312" />
        <source>All letters</source>
        <translation>Alle brieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="243" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="318" />
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="245" />
        <source>All colours</source>
        <translation>Alle kleuren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="344" />
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="344" />
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="368" />
        <source>New collection…</source>
        <translation>Nieuwe verzameling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="403" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n aantekening</numerusform><numerusform>%n aantekeningen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="405" />
        <source>%n no longer found</source>
        <translation><numerusform>%n niet meer gevonden</numerusform><numerusform>%n niet meer gevonden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="408" />
        <source>%n annotation(s) whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</source>
        <translation><numerusform>%n aantekening waarvan de passage niet meer in de brief staat. Selecteer de passage in de brief, kies de aantekening en koppel haar opnieuw:</numerusform><numerusform>%n aantekeningen waarvan de passage niet meer in de brief staat. Selecteer de passage in de brief, kies de aantekening en koppel haar opnieuw:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="421" />
        <source>No annotations yet.

Select text in a letter and press 1–9 to highlight it in a colour, or Ctrl+M to add a note.</source>
        <translation>Er zijn nog geen aantekeningen.

Selecteer tekst in een brief en druk op 1–9 om die in een kleur te markeren, of op Ctrl+M om een notitie toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="424" />
        <source>No letter is open.

Open a letter, or choose “All letters” above.</source>
        <translation>Er is geen brief geopend.

Open een brief, of kies hierboven “Alle brieven”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="428" />
        <source>This letter has no annotations yet.

Select text in it and press 1–9 to highlight it, or choose “All letters” above.</source>
        <translation>Deze brief heeft nog geen aantekeningen.

Selecteer er tekst in en druk op 1–9 om die te markeren, of kies hierboven “Alle brieven”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="431" />
        <source>No annotation matches the filters.

Clear the filter box or choose “All” in the lists above.</source>
        <translation>Geen aantekening past bij de filters.

Maak het filtervak leeg of kies “Alle” in de lijsten hierboven.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="483" />
        <source>Colleagues' annotations are read-only here</source>
        <translation>Aantekeningen van collega's zijn hier alleen te lezen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="500" />
        <source>Tag…</source>
        <translation>Labelen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="503" />
        <source>Add to collection</source>
        <translation>Aan verzameling toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="505" />
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="507" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="522" />
        <source>Re-attach to the selected text</source>
        <translation>Opnieuw koppelen aan de geselecteerde tekst</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="108" />
        <source>Chain of a commitment</source>
        <translation>Keten van een toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="119" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="126" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="119" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="126" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="119" />
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="120" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="127" />
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="120" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="121" />
        <source>Confirmed by</source>
        <translation>Bevestigd door</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="122" />
        <source>Letters of the chain</source>
        <translation>Brieven van de keten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="125" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="129" />
        <source>Possible links</source>
        <translation>Mogelijke koppelingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="126" />
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="127" />
        <source>New due</source>
        <translation>Nieuwe termijn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="128" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="132" />
        <source>&amp;Open letter</source>
        <translation>Brief &amp;openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="133" />
        <source>Re&amp;move link</source>
        <translation>Koppeling &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="134" />
        <source>&amp;Confirm</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="135" />
        <source>Re&amp;ject</source>
        <translation>Afwij&amp;zen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="136" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="137" />
        <source>Link the selected proposal (Ctrl+Z undoes)</source>
        <translation>Het gekozen voorstel koppelen (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="138" />
        <source>Say the selected proposal is wrong: it is not proposed again (Ctrl+Z undoes)</source>
        <translation>Het gekozen voorstel afwijzen: het wordt niet opnieuw voorgesteld (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="185" />
        <source>Looking for later letters…</source>
        <translation>Latere brieven zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="196" />
        <source>This commitment is no longer found in its letter. Close this window and open the chain again from the commitments overview.</source>
        <translation>Deze toezegging staat niet meer in haar brief. Sluit dit venster en open de keten opnieuw vanuit het toezeggingenoverzicht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="207" />
        <source>Promise in %1: “%2”</source>
        <translation>Toezegging in %1: “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="217" />
        <source>No later letter is linked to this commitment yet. Confirm a possible link below, or link a letter from the reader.</source>
        <translation>Er is nog geen latere brief aan deze toezegging gekoppeld. Bevestig hieronder een mogelijke koppeling, of koppel een brief vanuit de lezer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="222" />
        <source>Earlier due dates: %1</source>
        <translation>Eerdere termijnen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="225" />
        <source>No other later letter in the library looks back at this commitment.</source>
        <translation>Geen andere latere brief in de bibliotheek verwijst naar deze toezegging.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="236" />
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="241" />
        <source>Not linked (rejected)</source>
        <translation>Niet gekoppeld (afgewezen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="243" />
        <source>Fulfilled by</source>
        <translation>Nagekomen in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="243" />
        <source>Postponed in</source>
        <translation>Uitgesteld in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="244" />
        <source>Repeated in</source>
        <translation>Herhaald in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="245" />
        <source>Changed in</source>
        <translation>Gewijzigd in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="248" />
        <source>(the sentence is no longer found)</source>
        <translation>(de zin staat niet meer in de brief)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="250" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="250" />
        <source>someone</source>
        <translation>iemand</translation>
    </message>
</context>
<context>
    <name>ColleagueModel</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="61" />
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="61" />
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="61" />
        <source>Pack written</source>
        <translation>Bestand geschreven</translation>
    </message>
</context>
<context>
    <name>CollectionItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/collections/models.py" line="101" />
        <source>(deleted annotation)</source>
        <translation>(verwijderde aantekening)</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="68" />
        <source>Collections</source>
        <translation>Verzamelingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="69" />
        <source>No collections yet.

Click New… to make one, then drag annotations into it from the Annotations tab (or use To collection there).</source>
        <translation>Er zijn nog geen verzamelingen.

Klik op Nieuw… om er een te maken en sleep er dan aantekeningen in vanuit het tabblad Aantekeningen (of gebruik daar Naar verzameling).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="75" />
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="76" />
        <source>Rena&amp;me…</source>
        <translation>He&amp;rnoemen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="77" />
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="78" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="79" />
        <source>Export the collection as a course pack</source>
        <translation>De verzameling exporteren als lesmateriaal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="82" />
        <source>Move the collection up</source>
        <translation>Verzameling omhoog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="83" />
        <source>Move the collection down</source>
        <translation>Verzameling omlaag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="88" />
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="89" />
        <source>Introduction of the collection (Markdown)</source>
        <translation>Inleiding van de verzameling (Markdown)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="91" />
        <source>&amp;Save introduction</source>
        <translation>Inleiding op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="95" />
        <source>Items of the collection</source>
        <translation>Onderdelen van de verzameling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="101" />
        <source>Drag annotations here from the Annotations tab; drag items to reorder them.</source>
        <translation>Sleep aantekeningen hierheen vanuit het tabblad Aantekeningen; sleep onderdelen om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="104" />
        <source>Add hea&amp;ding…</source>
        <translation>&amp;Kop toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="105" />
        <source>&amp;Up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="106" />
        <source>Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="107" />
        <source>&amp;Remove</source>
        <translation>W&amp;eghalen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="233" />
        <source>New collection</source>
        <translation>Nieuwe verzameling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="233" />
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="244" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="244" />
        <source>Rename the collection</source>
        <translation>De verzameling hernoemen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="255" />
        <source>Delete the collection “%1” with %n passage(s)?</source>
        <translation><numerusform>De verzameling “%1” met %n passage verwijderen?</numerusform><numerusform>De verzameling “%1” met %n passages verwijderen?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="256" />
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="258" />
        <source>Delete collection</source>
        <translation>Verzameling verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="257" />
        <source>The annotations themselves are kept. Edit → Undo brings the collection back.</source>
        <translation>De aantekeningen zelf blijven bewaard. Bewerken → Ongedaan maken haalt de verzameling terug.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="291" />
        <source>Section heading</source>
        <translation>Tussenkop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="291" />
        <source>Heading:</source>
        <translation>Kop:</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Letter date</source>
        <translation>Datum brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="67" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="67" />
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="67" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="68" />
        <source>Lineage</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="71" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="71" />
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="72" />
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="75" />
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="77" />
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="79" />
        <source>not found in the letter</source>
        <translation>niet gevonden in de brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="158" />
        <source>fulfilled by %1</source>
        <translation>nagekomen in %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="160" />
        <source>postponed in %1</source>
        <translation>uitgesteld in %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="167" />
        <source>Which later letters may fulfil, postpone or repeat this commitment: select it and click Chain…, or open the letter and click the commitment.</source>
        <translation>Welke latere brieven deze toezegging mogelijk nakomen, uitstellen of herhalen: selecteer haar en klik op Keten…, of open de brief en klik op de toezegging.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="175" />
        <source>Possible commitment: the detector is not sure of this sentence. Confirm or reject it.</source>
        <translation>Mogelijke toezegging: de herkenning is niet zeker van deze zin. Bevestig of wijs haar af.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="183" />
        <source>In the letter: “%1”</source>
        <translation>In de brief: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="186" />
        <source>Between %1 and %2; due by the last day</source>
        <translation>Tussen %1 en %2; uiterlijk op de laatste dag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="189" />
        <source>Deadline set by a person</source>
        <translation>Termijn door een persoon ingesteld</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="191" />
        <source>No date: the letter names none that can be pinned down</source>
        <translation>Geen datum: de brief noemt er geen die vast te leggen is</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="65" />
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="142" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="66" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="69" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="70" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="70" />
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="71" />
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="71" />
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="73" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="74" />
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="75" />
        <source>High confidence</source>
        <translation>Hoge zekerheid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="76" />
        <source>All detected</source>
        <translation>Alle herkende</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="78" />
        <source>“All detected” adds the possible commitments: sentences the detector is not sure of</source>
        <translation>“Alle herkende” voegt de mogelijke toezeggingen toe: zinnen waarover de herkenning niet zeker is</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="81" />
        <source>Due in month</source>
        <translation>Termijn in maand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="82" />
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="352" />
        <source>Any month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="85" />
        <source>Clear the month filter</source>
        <translation>Maandfilter wissen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="86" />
        <source>List the commitments of every month again</source>
        <translation>Toon de toezeggingen van alle maanden weer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="89" />
        <source>Actor…</source>
        <translation>Actor…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="90" />
        <source>Filter by actor</source>
        <translation>Filteren op actor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="96" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="97" />
        <source>Days until the deadline</source>
        <translation>Dagen tot de termijn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="98" />
        <source>&amp;Overdue</source>
        <translation>Te &amp;laat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="99" />
        <source>Deadline passed and not done</source>
        <translation>Termijn verstreken en niet afgerond</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="106" />
        <source>Commitments of all letters</source>
        <translation>Toezeggingen van alle brieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="137" />
        <source>&amp;Confirm</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="138" />
        <source>Re&amp;ject</source>
        <translation>Afwij&amp;zen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="139" />
        <source>Mark &amp;done…</source>
        <translation>Af&amp;gerond…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="414" />
        <source>Open the letter</source>
        <translation>De brief openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="416" />
        <source>Show the chain across letters…</source>
        <translation>De keten over brieven tonen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="92" />
        <source>Due &amp;within</source>
        <translation>&amp;Termijn binnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="140" />
        <source>Reo&amp;pen</source>
        <translation>Her&amp;openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="148" />
        <source>Dead&amp;line…</source>
        <translation>Ter&amp;mijn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="149" />
        <source>Chai&amp;n…</source>
        <translation>&amp;Keten…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="150" />
        <source>The selected commitment across letters: the later letters that fulfil, postpone or repeat it</source>
        <translation>De gekozen toezegging over brieven heen: de latere brieven die haar nakomen, uitstellen of herhalen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="154" />
        <source>Still open, longest first</source>
        <translation>Nog open, langst open eerst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="155" />
        <source>Sort the open commitments by how long they have been open: the oldest first</source>
        <translation>De open toezeggingen sorteren op hoe lang ze open staan: de oudste eerst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="158" />
        <source>E&amp;xport commitments…</source>
        <translation>Toezeggingen e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="159" />
        <source>Save the commitments shown (as filtered) as a spreadsheet or a calendar</source>
        <translation>De getoonde (gefilterde) toezeggingen opslaan als spreadsheet of agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="163" />
        <source>CSV for Excel (comma)…</source>
        <translation>CSV voor Excel (komma)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="164" />
        <source>CSV for Excel with Dutch settings (semicolon)…</source>
        <translation>CSV voor Excel met Nederlandse instellingen (puntkomma)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="170" />
        <source>CSV with tabs…</source>
        <translation>CSV met tabs…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="171" />
        <source>iCalendar (deadlines as events)…</source>
        <translation>iCalendar (termijnen als afspraken)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="174" />
        <source>What a spreadsheet with this computer's regional settings expects</source>
        <translation>Wat een spreadsheet met de regionale instellingen van deze computer verwacht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="275" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n toezegging</numerusform><numerusform>%n toezeggingen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="277" />
        <source>%n overdue</source>
        <translation><numerusform>%n te laat</numerusform><numerusform>%n te laat</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="299" />
        <source>No commitments yet.

They are found in the letters you import; the letters list shows how many each letter has.</source>
        <translation>Nog geen toezeggingen.

Ze worden gevonden in de brieven die u importeert; de brievenlijst laat zien hoeveel elke brief er heeft.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="305" />
        <source>Only commitments due in %1 are listed: click “Due in %1 ✕” to list every month.</source>
        <translation>Alleen toezeggingen met een termijn in %1 staan in de lijst: klik op “Termijn in %1 ✕” om alle maanden te tonen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="309" />
        <source>Possible commitments are hidden: choose “All detected” to list them too.</source>
        <translation>Mogelijke toezeggingen zijn verborgen: kies “Alle herkende” om ze ook te tonen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="311" />
        <source>No commitment matches these filters.

Choose “All kinds” and “Any status”, clear the actor, or widen the number of days.</source>
        <translation>Geen toezegging past bij deze filters.

Kies “Alle soorten” en “Elke status”, maak het actorveld leeg of neem meer dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="329" />
        <source>Due in %1</source>
        <translation>Termijn in %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="368" />
        <source>All dossiers</source>
        <translation>Alle dossiers</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="77" />
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="77" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="77" />
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
</context>
<context>
    <name>DataCheckControl</name>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="122" />
        <source>Checking the data folder…</source>
        <translation>De gegevensmap wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="132" />
        <source>The letters database is damaged (%1). Close the app and open it again: it is set aside and rebuilt from your original files.</source>
        <translation>De database met brieven is beschadigd (%1). Sluit de app en open haar opnieuw: de database wordt dan apart gezet en opnieuw opgebouwd uit uw originele bestanden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="136" />
        <source>The letters database is in use by another window or program: try again when it is done.</source>
        <translation>De database met brieven is in gebruik door een ander venster of programma: probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/data_check.py" line="139" />
        <source>The letters database is fine (%n letter(s)).</source>
        <translation><numerusform>De database met brieven is in orde (%n brief).</numerusform><numerusform>De database met brieven is in orde (%n brieven).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="143" />
        <source>The annotations database is damaged. Close the app and open it again: it offers to restore the latest backup (%1).</source>
        <translation>De database met aantekeningen is beschadigd. Sluit de app en open haar opnieuw: ze biedt dan aan de laatste reservekopie (%1) terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="147" />
        <source>The annotations database is damaged and there is no backup of it. Close the app and ask your IT support to restore annotations.db from their backup.</source>
        <translation>De database met aantekeningen is beschadigd en er is geen reservekopie van. Sluit de app en vraag uw IT-ondersteuning annotations.db uit hun back-up terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="151" />
        <source>The annotations database is in use by another window or program: try again when it is done.</source>
        <translation>De database met aantekeningen is in gebruik door een ander venster of programma: probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="154" />
        <source>The annotations database is fine.</source>
        <translation>De database met aantekeningen is in orde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="155" />
        <source>Rebuild Search Index</source>
        <translation>Zoekindex opnieuw opbouwen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="157" />
        <source>The search index is up to date and opens without errors.</source>
        <translation>De zoekindex is bijgewerkt en opent zonder fouten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="158" />
        <source>The search index is behind the library. Choose %1 to bring it up to date.</source>
        <translation>De zoekindex loopt achter op de bibliotheek. Kies %1 om haar bij te werken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="160" />
        <source>There is no search index yet. Choose %1 to build it.</source>
        <translation>Er is nog geen zoekindex. Kies %1 om haar op te bouwen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="162" />
        <source>The search index is damaged. Choose %1: it is rebuilt from your letters, nothing is lost.</source>
        <translation>De zoekindex is beschadigd. Kies %1: ze wordt opnieuw opgebouwd uit uw brieven, er gaat niets verloren.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="198" />
        <source>&amp;Use the detected deadline</source>
        <translation>&amp;Gevonden termijn gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="200" />
        <source>Remove the corrected deadline</source>
        <translation>De gecorrigeerde termijn verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="207" />
        <source>In the letter: “%1”</source>
        <translation>In de brief: “%1”</translation>
    </message>
</context>
<context>
    <name>DeadlineTimeline</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="42" />
        <source>Deadlines by month</source>
        <translation>Termijnen per maand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="115" />
        <source>Click a month to list its commitments.</source>
        <translation>Klik op een maand om de toezeggingen ervan te tonen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="117" />
        <source>%n deadline(s) before %1:</source>
        <translation><numerusform>%n termijn vóór %1:</numerusform><numerusform>%n termijnen vóór %1:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="122" />
        <source>%n deadline(s) after %1:</source>
        <translation><numerusform>%n termijn na %1:</numerusform><numerusform>%n termijnen na %1:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="134" />
        <source>No deadlines among the commitments shown.</source>
        <translation>Geen termijnen bij de getoonde toezeggingen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="84" />
        <source>%n earlier</source>
        <translation><numerusform>%n eerder</numerusform><numerusform>%n eerder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="85" />
        <source>%n later</source>
        <translation><numerusform>%n later</numerusform><numerusform>%n later</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="160" />
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="98" />
        <source>Export a QDA project</source>
        <translation>Een QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="99" />
        <source>Export the course pack</source>
        <translation>Het lesmateriaal exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="101" />
        <source>%1 files (*%2)</source>
        <translation>%1-bestanden (*%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="90" />
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="129" />
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="95" />
        <source>Export as Web Annotations</source>
        <translation>Exporteren als webannotaties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="96" />
        <source>Web Annotation files (*.json)</source>
        <translation>Webannotatiebestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="112" />
        <source>There are no commitments to export: the filters leave none. Change the filters and export again.</source>
        <translation>Er zijn geen toezeggingen om te exporteren: de filters laten er geen over. Pas de filters aan en exporteer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="116" />
        <source>None of the commitments shown has a deadline, so there is nothing to put in a calendar. Export them as CSV instead.</source>
        <translation>Geen van de getoonde toezeggingen heeft een termijn, dus er is niets om in een agenda te zetten. Exporteer ze in plaats daarvan als CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="120" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="121" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="122" />
        <source>Export the commitments</source>
        <translation>De toezeggingen exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="123" />
        <source>commitments</source>
        <translation>toezeggingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="139" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Het exporteren is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="142" />
        <source>%n dated commitment(s) as calendar events</source>
        <translation><numerusform>%n toezegging met termijn als afspraak</numerusform><numerusform>%n toezeggingen met termijn als afspraken</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="144" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n toezegging</numerusform><numerusform>%n toezeggingen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="146" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n aantekening</numerusform><numerusform>%n aantekeningen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="149" />
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="147" />
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="150" />
        <source>from %n letter(s)</source>
        <translation><numerusform>uit %n brief</numerusform><numerusform>uit %n brieven</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="152" />
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="153" />
        <source>Exported %1 to %2.</source>
        <translation>%1 geëxporteerd naar %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="156" />
        <source>%n annotation(s) left out: no longer found in their letter.</source>
        <translation><numerusform>%n aantekening weggelaten: niet meer gevonden in haar brief.</numerusform><numerusform>%n aantekeningen weggelaten: niet meer gevonden in hun brief.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="40" />
        <source>Export a course pack</source>
        <translation>Lesmateriaal exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="49" />
        <source>What to export</source>
        <translation>Wat exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="51" />
        <source>Which collection or tag</source>
        <translation>Welke verzameling of welk label</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="53" />
        <source>Title of the course pack</source>
        <translation>Titel van het lesmateriaal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="55" />
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="56" />
        <source>Word document (.docx)</source>
        <translation>Word-document (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="57" />
        <source>PDF document (.pdf)</source>
        <translation>PDF-document (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="58" />
        <source>Web page (.html)</source>
        <translation>Webpagina (.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="59" />
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="60" />
        <source>QDA project for QualCoder, ATLAS.ti, NVivo (.qdpx)</source>
        <translation>QDA-project voor QualCoder, ATLAS.ti, NVivo (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="62" />
        <source>Web Annotations (W3C JSON, for Hypothesis and other tools) (.json)</source>
        <translation>Webannotaties (W3C JSON, voor Hypothesis en andere programma's) (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="65" />
        <source>Include my personal &amp;notes</source>
        <translation>Mijn persoonlijke &amp;notities opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="71" />
        <source>The first passages</source>
        <translation>De eerste passages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="75" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="77" />
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="78" />
        <source>&amp;From:</source>
        <translation>&amp;Uit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="79" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="80" />
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="84" />
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voorbeeld&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="93" />
        <source>A collection</source>
        <translation>Een verzameling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="94" />
        <source>A tag</source>
        <translation>Een label</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="95" />
        <source>The selected annotations</source>
        <translation>De geselecteerde aantekeningen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="121" />
        <source>%n selected annotation(s)</source>
        <translation><numerusform>%n geselecteerde aantekening</numerusform><numerusform>%n geselecteerde aantekeningen</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="133" />
        <source>Selected annotations</source>
        <translation>Geselecteerde aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="162" />
        <source>There is nothing to export yet: make a collection, tag annotations or select some in the Annotations tab.</source>
        <translation>Er valt nog niets te exporteren: maak een verzameling, geef aantekeningen een label of selecteer er een paar in het tabblad Aantekeningen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="181" />
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="182" />
        <source>from %n letter(s)</source>
        <translation><numerusform>uit %n brief</numerusform><numerusform>uit %n brieven</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="183" />
        <source>%n note(s)</source>
        <translation><numerusform>%n notitie</numerusform><numerusform>%n notities</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="184" />
        <source>personal notes left out</source>
        <translation>persoonlijke notities weggelaten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="187" />
        <source>%n passage(s) no longer found in the letter</source>
        <translation><numerusform>%n passage niet meer gevonden in de brief</numerusform><numerusform>%n passages niet meer gevonden in de brief</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="191" />
        <source>Sections: %1</source>
        <translation>Onderdelen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="196" />
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/file_dialogs.py" line="18" />
        <source>Look in:</source>
        <translation>Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/file_dialogs.py" line="20" />
        <source>Files of type:</source>
        <translation>Bestandstype:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="37" />
        <source>getting-started_en.html</source>
        <translation>getting-started_nl.html</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="45" />
        <source>Close the find bar and return to the letter</source>
        <translation>Zoekbalk sluiten en terug naar de brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="47" />
        <source>Zoom the letter</source>
        <translation>In- of uitzoomen op de brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="48" />
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+muiswiel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="68" />
        <source>In the letter</source>
        <translation>In de brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="81" />
        <location filename="../../desktop_app/ui/shell/help.py" line="138" />
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="131" />
        <source>Getting Started</source>
        <translation>Aan de slag</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="144" />
        <source>Annotations imported</source>
        <translation>Aantekeningen geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="157" />
        <source>What became of each annotation</source>
        <translation>Wat er met elke aantekening is gebeurd</translation>
    </message>
</context>
<context>
    <name>ImportReportWords</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="35" />
        <source>%n annotation(s) not imported:</source>
        <translation><numerusform>%n aantekening niet geïmporteerd:</numerusform><numerusform>%n aantekeningen niet geïmporteerd:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="36" />
        <source>%n annotation(s) wait for a letter not in the library:</source>
        <translation><numerusform>%n aantekening wacht op een brief die niet in de bibliotheek staat:</numerusform><numerusform>%n aantekeningen wachten op een brief die niet in de bibliotheek staat:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="37" />
        <source>%n annotation(s) imported, but their passage was not found in the letter (shown under “Annotations not found”):</source>
        <translation><numerusform>%n aantekening geïmporteerd, maar haar passage is niet in de brief gevonden (staat onder “Niet gevonden aantekeningen”):</numerusform><numerusform>%n aantekeningen geïmporteerd, maar hun passage is niet in de brief gevonden (staan onder “Niet gevonden aantekeningen”):</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="39" />
        <source>%n annotation(s) that waited for their letter are now attached:</source>
        <translation><numerusform>%n aantekening die op haar brief wachtte, is nu gekoppeld:</numerusform><numerusform>%n aantekeningen die op hun brief wachtten, zijn nu gekoppeld:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="41" />
        <source>%n annotation(s) added:</source>
        <translation><numerusform>%n aantekening toegevoegd:</numerusform><numerusform>%n aantekeningen toegevoegd:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="42" />
        <source>%n annotation(s) updated with a newer version:</source>
        <translation><numerusform>%n aantekening bijgewerkt met een nieuwere versie:</numerusform><numerusform>%n aantekeningen bijgewerkt met een nieuwere versie:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="43" />
        <source>%n annotation(s) already up to date:</source>
        <translation><numerusform>%n aantekening was al actueel:</numerusform><numerusform>%n aantekeningen waren al actueel:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="50" />
        <source>%n added</source>
        <translation><numerusform>%n toegevoegd</numerusform><numerusform>%n toegevoegd</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="51" />
        <source>%n updated</source>
        <translation><numerusform>%n bijgewerkt</numerusform><numerusform>%n bijgewerkt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="52" />
        <source>%n attached</source>
        <translation><numerusform>%n gekoppeld</numerusform><numerusform>%n gekoppeld</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="53" />
        <source>%n already up to date</source>
        <translation><numerusform>%n al actueel</numerusform><numerusform>%n al actueel</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="54" />
        <source>%n with their passage not found</source>
        <translation><numerusform>%n met een passage die niet is gevonden</numerusform><numerusform>%n met een passage die niet is gevonden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="55" />
        <source>%n waiting for a letter not in the library</source>
        <translation><numerusform>%n wacht op een brief die niet in de bibliotheek staat</numerusform><numerusform>%n wachten op een brief die niet in de bibliotheek staat</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="57" />
        <source>%n not imported</source>
        <translation><numerusform>%n niet geïmporteerd</numerusform><numerusform>%n niet geïmporteerd</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="66" />
        <source>Annotations imported: %1.</source>
        <translation>Aantekeningen geïmporteerd: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="67" />
        <source>the files held none</source>
        <translation>de bestanden bevatten er geen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="69" />
        <source>The files held no annotations; nothing was imported.</source>
        <translation>De bestanden bevatten geen aantekeningen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="73" />
        <source>The import was cancelled; the files not yet imported were left out.</source>
        <translation>Het importeren is geannuleerd; de bestanden die nog niet aan de beurt waren, zijn overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="80" />
        <source>%n annotation(s) are kept waiting for letters that are not in the library; they attach when you import those letters.</source>
        <translation><numerusform>%n aantekening wacht op een brief die niet in de bibliotheek staat; ze wordt gekoppeld zodra u die brief importeert.</numerusform><numerusform>%n aantekeningen wachten op brieven die niet in de bibliotheek staan; ze worden gekoppeld zodra u die brieven importeert.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="89" />
        <source>“%1” is not valid JSON (a mistake at line %2, column %3), so nothing in it was imported and nothing was changed. Export the annotations again, or choose another file.</source>
        <translation>“%1” is geen geldige JSON (een fout op regel %2, kolom %3), dus er is niets uit geïmporteerd en niets gewijzigd. Exporteer de aantekeningen opnieuw of kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="93" />
        <source>“%1” is not a text (JSON) file, so nothing in it was imported. Choose a .json file of W3C Web Annotations or a Hypothesis export.</source>
        <translation>“%1” is geen tekstbestand (JSON), dus er is niets uit geïmporteerd. Kies een .json-bestand met W3C-webannotaties of een export uit Hypothesis.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="96" />
        <source>“%1” is larger than %2 MB, so nothing in it was imported. Export fewer annotations per file and import those files.</source>
        <translation>“%1” is groter dan %2 MB, dus er is niets uit geïmporteerd. Exporteer minder aantekeningen per bestand en importeer die bestanden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="99" />
        <source>“%1” could not be read (it is missing, a folder, or you have no permission); nothing in it was imported.</source>
        <translation>“%1” kon niet worden gelezen (het ontbreekt, is een map, of u hebt geen toestemming); er is niets uit geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="103" />
        <source>“%1” holds no W3C Web Annotations or Hypothesis annotations, so nothing in it was imported. Choose an annotation collection, page or annotation (.json), or a Hypothesis export or search result.</source>
        <translation>“%1” bevat geen W3C-webannotaties of aantekeningen uit Hypothesis, dus er is niets uit geïmporteerd. Kies een verzameling, pagina of aantekening (.json), of een export of zoekresultaat uit Hypothesis.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="112" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="115" />
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="117" />
        <source>%1: %2</source>
        <comment>annotation: reason</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportReporter</name>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="43" />
        <source>No letters were imported.</source>
        <translation>Er zijn geen brieven geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="45" />
        <source>Import finished: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Importeren klaar: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="49" />
        <source>The import was cancelled.</source>
        <translation>Het importeren is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="52" />
        <source>No letters found in folder “%1”: there are no letter files (.txt, .md, .html, .xml, .pdf) in it. Choose the folder that holds the letters.</source>
        <translation>Geen brieven gevonden in map “%1”: er staan geen briefbestanden (.txt, .md, .html, .xml, .pdf) in. Kies de map waarin de brieven staan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="61" />
        <source>… and %n more</source>
        <translation><numerusform>… en nog %n</numerusform><numerusform>… en nog %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="62" />
        <source>%n file(s) could not be read:</source>
        <translation><numerusform>%n bestand kon niet worden gelezen:</numerusform><numerusform>%n bestanden konden niet worden gelezen:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="69" />
        <source>%n imported annotation(s) that waited for these letters are now attached.</source>
        <translation><numerusform>%n geïmporteerde aantekening die op deze brieven wachtte, is nu gekoppeld.</numerusform><numerusform>%n geïmporteerde aantekeningen die op deze brieven wachtten, zijn nu gekoppeld.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="72" />
        <source>%n imported annotation(s) still wait for letters that are not in the library; import those letters to attach them.</source>
        <translation><numerusform>%n geïmporteerde aantekening wacht nog op een brief die niet in de bibliotheek staat; importeer die brief om haar te koppelen.</numerusform><numerusform>%n geïmporteerde aantekeningen wachten nog op brieven die niet in de bibliotheek staan; importeer die brieven om ze te koppelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="77" />
        <source>The search index could not be updated: the disk is full. Free some disk space; the index is then rebuilt from the library. The imported letters are in the library.</source>
        <translation>De zoekindex kon niet worden bijgewerkt: de schijf is vol. Maak schijfruimte vrij; de index wordt dan opnieuw opgebouwd uit de bibliotheek. De geïmporteerde brieven staan in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="85" />
        <source>%1: its text is very different from the letter %2 already in the library (only %3% alike), so it did not replace that letter; it was imported as a separate letter %4. Delete it if it is not a letter; if it is a new version of %2, delete %2 first and import it again.</source>
        <translation>%1: de tekst verschilt sterk van de brief %2 die al in de bibliotheek staat (maar %3% gelijk), dus die brief is niet vervangen; het bestand is als aparte brief %4 geïmporteerd. Verwijder die als het geen brief is; is het een nieuwe versie van %2, verwijder dan eerst %2 en importeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="94" />
        <source>%1 from %2</source>
        <translation>%1 uit %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="96" />
        <source>%1: merged with %2 (%3): text from %4; %5</source>
        <translation>%1: samengevoegd met %2 (%3): tekst uit %4; %5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="99" />
        <source>the details agree</source>
        <translation>de gegevens komen overeen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="102" />
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="102" />
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="102" />
        <source>markdown</source>
        <translation>markdown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="103" />
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="103" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="108" />
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="108" />
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="109" />
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="109" />
        <source>Kamerstuk number</source>
        <translation>Kamerstuknummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="110" />
        <source>parliamentary year</source>
        <translation>vergaderjaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="111" />
        <source>signatory</source>
        <translation>ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="111" />
        <source>reference</source>
        <translation>kenmerk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="112" />
        <source>chamber</source>
        <translation>Kamer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="118" />
        <source>no extension</source>
        <translation>geen extensie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="119" />
        <source>%n file(s) skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.</source>
        <translation><numerusform>%n bestand overgeslagen (%1): dit programma leest alleen .txt-, .md-, .html-, .xml- en .pdf-bestanden. Sla brieven in een ander formaat eerst op als PDF of HTML.</numerusform><numerusform>%n bestanden overgeslagen (%1): dit programma leest alleen .txt-, .md-, .html-, .xml- en .pdf-bestanden. Sla brieven in een ander formaat eerst op als PDF of HTML.</numerusform></translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="74" />
        <source>Please wait until the running job has finished, or cancel it.</source>
        <translation>Wacht tot de lopende taak klaar is, of annuleer hem.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="21" />
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="23" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="24" />
        <source>Cancel the running job</source>
        <translation>De lopende taak annuleren</translation>
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="26" />
        <source>Commitments: show or hide each kind</source>
        <translation>Toezeggingen: toon of verberg elke soort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="33" />
        <source>Show %1 commitments</source>
        <translation>Toezeggingen van het soort %1 tonen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="44" />
        <source>Possible commitments are sentences the detector is not sure of (drawn paler)</source>
        <translation>Mogelijke toezeggingen zijn zinnen waarover de herkenning niet zeker is (lichter getekend)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="51" />
        <source>promise</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="51" />
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="52" />
        <source>refusal</source>
        <translation>weigering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="52" />
        <source>earlier promise</source>
        <translation>eerdere toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="56" />
        <source>Show possible commitments</source>
        <translation>Mogelijke toezeggingen tonen</translation>
    </message>
</context>
<context>
    <name>LetterDetailsController</name>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="200" />
        <source>Choose a letter in the list first.</source>
        <translation>Kies eerst een brief in de lijst.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="205" />
        <source>The letter “%1” is no longer in the library.</source>
        <translation>De brief “%1” staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="224" />
        <source>Edit details of “%1”</source>
        <translation>Gegevens van “%1” bewerken</translation>
    </message>
</context>
<context>
    <name>LetterDetailsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="49" />
        <source>Edit Letter Details</source>
        <translation>Briefgegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="53" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="53" />
        <source>&amp;Subject:</source>
        <translation>Onder&amp;werp:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="54" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="54" />
        <source>Dossi&amp;er:</source>
        <translation>Dossi&amp;er:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="55" />
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="55" />
        <source>&amp;Reference (kenmerk):</source>
        <translation>&amp;Kenmerk:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="56" />
        <source>Si&amp;gnatory:</source>
        <translation>Ondertekenaa&amp;r:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="57" />
        <source>Signatory's role / &amp;ministry:</source>
        <translation>Functie / &amp;ministerie:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="61" />
        <source>Correct what the letter “%1” says about itself. Your corrections are kept with your annotations and stay when the letter is imported again; an empty field shows what the letter says.</source>
        <translation>Corrigeer wat de brief “%1” over zichzelf zegt. Uw correcties worden bij uw annotaties bewaard en blijven staan als de brief opnieuw wordt geïmporteerd; een leeg veld toont wat de brief zegt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="94" />
        <source>(not in the letter)</source>
        <translation>(staat niet in de brief)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="96" />
        <source>Write the date as YYYY-MM-DD, e.g. 2021-07-12</source>
        <translation>Schrijf de datum als JJJJ-MM-DD, bijv. 2021-07-12</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="98" />
        <source>The lists show a letter's subject before its title; a corrected title takes the subject's place unless you correct the subject too.</source>
        <translation>De lijsten tonen het onderwerp van een brief vóór de titel; een gecorrigeerde titel neemt de plaats van het onderwerp in, tenzij u ook het onderwerp corrigeert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="102" />
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="103" />
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="104" />
        <source>Reset to the letter's value</source>
        <translation>Terug naar de waarde uit de brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="107" />
        <source>From the letter: %1</source>
        <translation>Uit de brief: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="108" />
        <source>The letter does not say.</source>
        <translation>De brief vermeldt dit niet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="150" />
        <source>This is longer than %1 characters; shorten it.</source>
        <translation>Dit is langer dan %1 tekens; maak het korter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="152" />
        <source>This contains a character that cannot be saved; retype it.</source>
        <translation>Dit bevat een teken dat niet kan worden opgeslagen; typ het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="153" />
        <source>Write this on one line, without tabs or line breaks.</source>
        <translation>Schrijf dit op één regel, zonder tabs of regeleinden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="154" />
        <source>Write the date as YYYY-MM-DD, e.g. 2021-07-12.</source>
        <translation>Schrijf de datum als JJJJ-MM-DD, bijv. 2021-07-12.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="155" />
        <source>This date does not exist; give a real date, e.g. 2021-07-12.</source>
        <translation>Deze datum bestaat niet; geef een bestaande datum, bijv. 2021-07-12.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="157" />
        <source>This value cannot be saved; change it.</source>
        <translation>Deze waarde kan niet worden opgeslagen; pas haar aan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="165" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LetterListPane</name>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="96" />
        <source>Filter letters…</source>
        <translation>Brieven filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="98" />
        <source>Filter letters</source>
        <translation>Brieven filteren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="99" />
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="100" />
        <source>All dossiers</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="101" />
        <source>All signatories</source>
        <translation>Alle ondertekenaars</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="131" />
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="336" />
        <source>There are no letters yet.

Import letter files with %1 or a folder with %2, or drop them on the window.</source>
        <translation>Er zijn nog geen brieven.

Importeer briefbestanden met %1 of een map met %2, of sleep ze naar het venster.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="340" />
        <source>No letter matches the filter.

Clear the filter box or choose “All” in the lists above.</source>
        <translation>Geen brief past bij het filter.

Maak het filtervak leeg of kies “Alle” in de lijsten hierboven.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="370" />
        <source>Edit Letter &amp;Details…</source>
        <translation>Brief&amp;gegevens bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="381" />
        <source>Open Original</source>
        <translation>Origineel openen</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Kamerstuk</source>
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="176" />
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="176" />
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="181" />
        <source>Comm.</source>
        <comment>short for Commitments</comment>
        <translation>Toez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="182" />
        <source>Ann.</source>
        <comment>short for Annotations</comment>
        <translation>Aant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="408" />
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="453" />
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../../desktop_app/ui/reader/letter_view.py" line="36" />
        <source>Letter text</source>
        <translation>Tekst van de brief</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="42" />
        <source>Preparing the index…</source>
        <translation>Index voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="51" />
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="55" />
        <source>Rebuilding the index…</source>
        <translation>Index opnieuw opbouwen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="59" />
        <source>The data folder %1 is read-only: changes (annotations, reviews, imports) cannot be saved there. Reading and searching still work. Ask your IT support to make the folder writable.</source>
        <translation>In de gegevensmap %1 kan niet worden geschreven: wijzigingen (aantekeningen, beoordelingen, imports) kunnen er niet worden bewaard. Lezen en zoeken werken wel. Vraag uw IT-ondersteuning de map schrijfbaar te maken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="82" />
        <source>Index: updating…</source>
        <translation>Index: bijwerken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="91" />
        <source>Index: up to date</source>
        <translation>Index: bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="92" />
        <source>Index: out of date</source>
        <translation>Index: verouderd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="96" />
        <source>Index: unknown</source>
        <translation>Index: onbekend</translation>
    </message>
</context>
<context>
    <name>LineageControl</name>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_control.py" line="267" />
        <source>Reject link</source>
        <translation>Koppeling afwijzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_control.py" line="267" />
        <source>Confirm link</source>
        <translation>Koppeling bevestigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_control.py" line="273" />
        <source>Remove link</source>
        <translation>Koppeling verwijderen</translation>
    </message>
</context>
<context>
    <name>LineagePanel</name>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="57" />
        <source>Commitment lineage</source>
        <translation>Vervolg van de toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="73" />
        <source>Looking for later letters…</source>
        <translation>Latere brieven zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="95" />
        <source>%n more earlier promise(s) this sentence may answer</source>
        <translation><numerusform>Nog %n eerdere toezegging waarop deze zin mogelijk antwoordt</numerusform><numerusform>Nog %n eerdere toezeggingen waarop deze zin mogelijk antwoordt</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="98" />
        <source>Show all</source>
        <translation>Alle tonen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="110" />
        <source>Earlier due dates: %1</source>
        <translation>Eerdere termijnen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="118" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="143" />
        <source>(new due %1)</source>
        <translation>(nieuwe termijn %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="123" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="171" />
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="124" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="172" />
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="127" />
        <source>Show the chain across letters</source>
        <translation>De keten over brieven tonen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="134" />
        <source>Not linked (rejected)</source>
        <translation>Niet gekoppeld (afgewezen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="136" />
        <source>Fulfilled by</source>
        <translation>Nagekomen in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="136" />
        <source>Postponed in</source>
        <translation>Uitgesteld in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="137" />
        <source>Repeated in</source>
        <translation>Herhaald in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="138" />
        <source>Changed in</source>
        <translation>Gewijzigd in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="145" />
        <source>(the sentence is no longer found)</source>
        <translation>(de zin staat niet meer in de brief)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="146" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="162" />
        <source>Remove link</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="153" />
        <source>Not linked (rejected) ←</source>
        <translation>Niet gekoppeld (afgewezen) ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="155" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="177" />
        <source>Fulfils ←</source>
        <translation>Komt na ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="155" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="177" />
        <source>Postpones ←</source>
        <translation>Stelt uit ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="156" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="178" />
        <source>Repeats ←</source>
        <translation>Herhaalt ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="157" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="179" />
        <source>Changes ←</source>
        <translation>Wijzigt ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="163" />
        <source>Show chain</source>
        <translation>Keten tonen</translation>
    </message>
</context>
<context>
    <name>LineageWords</name>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="30" />
        <source>Likely fulfilled by</source>
        <translation>Waarschijnlijk nagekomen in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="31" />
        <source>Likely postponed in</source>
        <translation>Waarschijnlijk uitgesteld in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="32" />
        <source>Likely repeated in</source>
        <translation>Waarschijnlijk herhaald in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="33" />
        <source>Likely changed in</source>
        <translation>Waarschijnlijk gewijzigd in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="34" />
        <source>Possibly fulfilled by</source>
        <translation>Mogelijk nagekomen in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="35" />
        <source>Possibly postponed in</source>
        <translation>Mogelijk uitgesteld in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="36" />
        <source>Possibly repeated in</source>
        <translation>Mogelijk herhaald in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="37" />
        <source>Possibly changed in</source>
        <translation>Mogelijk gewijzigd in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="38" />
        <source>Likely fulfils ←</source>
        <translation>Komt waarschijnlijk na ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="39" />
        <source>Likely postpones ←</source>
        <translation>Stelt waarschijnlijk uit ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="40" />
        <source>Likely repeats ←</source>
        <translation>Herhaalt waarschijnlijk ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="41" />
        <source>Likely changes ←</source>
        <translation>Wijzigt waarschijnlijk ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="42" />
        <source>Possibly fulfils ←</source>
        <translation>Komt mogelijk na ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="43" />
        <source>Possibly postpones ←</source>
        <translation>Stelt mogelijk uit ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="44" />
        <source>Possibly repeats ←</source>
        <translation>Herhaalt mogelijk ←</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="45" />
        <source>Possibly changes ←</source>
        <translation>Wijzigt mogelijk ←</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="129" />
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="130" />
        <source>Commitments overview</source>
        <translation>Overzicht toezeggingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="150" />
        <source>Text size of the letter (Ctrl+0: back to 100 %)</source>
        <translation>Tekstgrootte van de brief (Ctrl+0: terug naar 100 %)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="153" />
        <source>Index: not checked yet</source>
        <translation>Index: nog niet gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/main_window.py" line="258" />
        <source>%n letter(s)</source>
        <translation><numerusform>%n brief</numerusform><numerusform>%n brieven</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/main_window.py" line="259" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n toezegging</numerusform><numerusform>%n toezeggingen</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="268" />
        <source>The letter “%1” is no longer in the library. Choose a letter in the list, or import it again.</source>
        <translation>De brief “%1” staat niet meer tussen de brieven. Kies een brief in de lijst, of importeer hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="347" />
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="404" />
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="431" />
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="432" />
        <source>Read-only: changes cannot be saved</source>
        <translation>Alleen-lezen: wijzigingen worden niet bewaard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="450" />
        <source>Loading the letters that come with the app…</source>
        <translation>De brieven die bij het programma horen worden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="23" />
        <source>Import letters</source>
        <translation>Brieven importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="24" />
        <source>Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)</source>
        <translation>Brieven (*.txt *.md *.html *.htm *.xml *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="31" />
        <source>Import a folder of letters</source>
        <translation>Een map met brieven importeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="506" />
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="509" />
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Read, search and annotate Dutch parliamentary letters offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Kamerbrieven offline lezen, doorzoeken en annoteren.&lt;/p&gt;&lt;p&gt;Gegevensmap:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_app/ui/shell/message_bar.py" line="42" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/message_bar.py" line="52" />
        <location filename="../../desktop_app/ui/shell/message_bar.py" line="53" />
        <source>Dismiss the message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="47" />
        <source>Query not understood completely: %1. Showing results for what could be read.</source>
        <translation>Zoekvraag niet helemaal begrepen: %1. De resultaten gelden voor wat wel te lezen was.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="58" />
        <source>This could not be done (%1).</source>
        <translation>Dit kon niet worden gedaan (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="68" />
        <source>no extension</source>
        <translation>geen extensie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="70" />
        <source>%1: %2</source>
        <comment>file name: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="85" />
        <source>a quotation mark (") is not closed</source>
        <translation>een aanhalingsteken (") is niet gesloten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="86" />
        <source>a parenthesis is not matched</source>
        <translation>een haakje heeft geen tegenhanger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="87" />
        <source>a square bracket is not matched</source>
        <translation>een vierkant haakje heeft geen tegenhanger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="88" />
        <source>unknown field “%1” (ignored)</source>
        <translation>onbekend veld “%1” (genegeerd)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="89" />
        <source>“%1” has no value</source>
        <translation>“%1” heeft geen waarde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="90" />
        <source>“%1” at the start has nothing to combine</source>
        <translation>“%1” aan het begin heeft niets om te combineren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="92" />
        <source>“%1” at the end has nothing to combine</source>
        <translation>“%1” aan het eind heeft niets om te combineren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="94" />
        <source>Query not understood; searched for its words instead.</source>
        <translation>Zoekvraag niet begrepen; in plaats daarvan op de losse woorden gezocht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="96" />
        <source>Searching for words starting with “%1” needs at least %2 letters before the *; showing letters with the word “%1” itself.</source>
        <translation>Zoeken op woorden die met “%1” beginnen vraagt minstens %2 letters vóór de *; getoond worden brieven met het woord “%1” zelf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="99" />
        <source>“%1” matches %2 words; searched for the %3 most frequent of them. Type more letters before the * to search for fewer words.</source>
        <translation>„%1” past bij %2 woorden; gezocht is naar de %3 die het vaakst voorkomen. Typ meer letters vóór de * om naar minder woorden te zoeken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="103" />
        <source>“%1” is not a date (ignored); write datum:2021, datum:2021-06, datum:2021-06-30 or datum:[2021-01-01 TO 2021-06-30].</source>
        <translation>“%1” is geen datum (genegeerd); schrijf datum:2021, datum:2021-06, datum:2021-06-30 of datum:[2021-01-01 TO 2021-06-30].</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="106" />
        <source>Unknown commitment kind “%1” (ignored); use promise, action, refusal or earlier (Dutch: toezegging, actie, weigering, eerder).</source>
        <translation>Onbekende soort toezegging “%1” (genegeerd); gebruik toezegging, actie, weigering of eerder (Engels: promise, action, refusal, earlier).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="109" />
        <source>Fuzzy search allows at most %1 differences: searched for “%2~%1” instead of “%2~%3”.</source>
        <translation>Vaag zoeken staat hoogstens %1 verschillen toe: gezocht op “%2~%1” in plaats van “%2~%3”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="112" />
        <source>“%1” right after “%2” has nothing to combine (ignored)</source>
        <translation>“%1” direct na “%2” heeft niets om te combineren (genegeerd)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="114" />
        <source>a phrase of %1 words is too long; searched for its first %2 words</source>
        <translation>een woordgroep van %1 woorden is te lang; gezocht op de eerste %2 woorden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="116" />
        <source>the query is too long (at most %1 words and %2 characters); searched for its start only</source>
        <translation>de zoekvraag is te lang (hoogstens %1 woorden en %2 tekens); alleen op het begin gezocht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="118" />
        <source>The query is too complex to search as written; searched for its words instead.</source>
        <translation>De zoekvraag is te ingewikkeld om zo te zoeken; gezocht op de losse woorden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="120" />
        <source>The query could not be searched; try fewer or plainer words.</source>
        <translation>Op deze zoekvraag kon niet worden gezocht; probeer minder of eenvoudiger woorden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="122" />
        <source>Unknown sort order “%1”.</source>
        <translation>Onbekende sorteervolgorde “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="123" />
        <source>Unknown search scope “%1”.</source>
        <translation>Onbekend zoekbereik “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="124" />
        <source>The search index is not ready yet; it is being built from the letters. Search again in a moment.</source>
        <translation>De zoekindex is nog niet klaar; hij wordt opgebouwd uit de brieven. Zoek over een ogenblik opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="126" />
        <source>The search index was damaged (%1); it is being rebuilt from the letters. Search again in a moment.</source>
        <translation>De zoekindex was beschadigd (%1); hij wordt opnieuw opgebouwd uit de brieven. Zoek over een ogenblik opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="129" />
        <source>The disk holding the data folder %1 is full, so %2 and the files after it were not imported (the letters before it were). Free some disk space and import again.</source>
        <translation>De schijf met de gegevensmap %1 is vol, dus %2 en de bestanden daarna zijn niet geïmporteerd (de brieven daarvoor wel). Maak schijfruimte vrij en importeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="133" />
        <source>The search index is busy with another update; try again shortly.</source>
        <translation>De zoekindex is bezig met een andere bijwerking; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="135" />
        <source>The search index is being updated by another program (waited %1 s). Close the other copy of the app or wait until its indexing has finished, then try again.</source>
        <translation>De zoekindex wordt bijgewerkt door een ander programma (%1 s gewacht). Sluit het andere exemplaar van het programma of wacht tot het klaar is met indexeren, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="139" />
        <source>The disk holding the search index is full, so the index could not be updated. Free some disk space; the index is then rebuilt from the library (File → Rebuild Search Index). Your letters and annotations are unchanged.</source>
        <translation>De schijf met de zoekindex is vol, zodat de index niet kon worden bijgewerkt. Maak schijfruimte vrij; de index wordt dan opnieuw opgebouwd uit de bibliotheek (Bestand → Zoekindex opnieuw opbouwen). Uw brieven en aantekeningen zijn ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="144" />
        <source>The search index is locked by another program; wait until it has finished indexing, then try again.</source>
        <translation>De zoekindex is vergrendeld door een ander programma; wacht tot het klaar is met indexeren en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="151" />
        <source>%1 cannot be the data folder: it (or a folder above it) is a file, not a folder. Start the app with another data folder.</source>
        <translation>%1 kan niet de gegevensmap zijn: het (of een map erboven) is een bestand, geen map. Start de app met een andere gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="154" />
        <source>The data folder %1 cannot be created (%2). Start the app with another data folder.</source>
        <translation>De gegevensmap %1 kan niet worden gemaakt (%2). Start de app met een andere gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="157" />
        <source>The disk holding the database %1 is full, so it cannot be opened. Free some disk space and start the app again; nothing in the database was changed.</source>
        <translation>De schijf met de database %1 is vol, dus de database kan niet worden geopend. Maak schijfruimte vrij en start de app opnieuw; er is niets in de database veranderd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="160" />
        <source>The data folder holding %1 is read-only, so the app cannot open its letters and annotations for use. Ask your IT support to make the folder writable; nothing in it was changed.</source>
        <translation>De gegevensmap met %1 is alleen-lezen, dus de app kan de brieven en aantekeningen niet openen om te gebruiken. Vraag uw IT-ondersteuning de map schrijfbaar te maken; er is niets in veranderd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="164" />
        <source>The data folder %1 is read-only: changes (annotations, reviews, imports) cannot be saved there. Reading and searching still work. Ask your IT support to make the folder writable.</source>
        <translation>In de gegevensmap %1 kan niet worden geschreven: wijzigingen (aantekeningen, beoordelingen, imports) kunnen er niet worden bewaard. Lezen en zoeken werken wel. Vraag uw IT-ondersteuning de map schrijfbaar te maken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="168" />
        <source>The database %1 cannot be opened (%2). Check that its folder exists and is writable, then start the app again.</source>
        <translation>De database %1 kan niet worden geopend (%2). Controleer of de map bestaat en schrijfbaar is en start de app dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="171" />
        <source>The database %1 cannot be opened: another program is using it. Close other copies of the app and try again.</source>
        <translation>De database %1 kan niet worden geopend: een ander programma gebruikt hem. Sluit andere vensters van de app en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="174" />
        <source>A database of the app is damaged. Ask your IT support for help; nothing was changed.</source>
        <translation>Een database van de app is beschadigd. Vraag uw IT-ondersteuning om hulp; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="176" />
        <source>A database of the app cannot be used. Close other copies of the app and try again.</source>
        <translation>Een database van de app kan niet worden gebruikt. Sluit andere vensters van de app en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="178" />
        <source>The file %1 is not a database of this app, so it was left alone. Start the app with another data folder.</source>
        <translation>Het bestand %1 is geen database van deze app en is daarom niet aangeraakt. Start de app met een andere gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="181" />
        <source>It is no longer in the library (it may have been deleted in the meantime). Choose another one.</source>
        <translation>Het staat niet meer in de bibliotheek (het is misschien intussen verwijderd). Kies een ander.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="183" />
        <source>Choose a comma, a semicolon or a tab as the CSV separator.</source>
        <translation>Kies een komma, een puntkomma of een tab als scheidingsteken voor CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="185" />
        <source>This letter detail cannot be edited.</source>
        <translation>Dit briefgegeven kan niet worden bewerkt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="186" />
        <source>This letter detail cannot be saved as written (at most %1 characters, a date as 2024-06-30); change it. Nothing was saved.</source>
        <translation>Dit briefgegeven kan zo niet worden bewaard (hoogstens %1 tekens, een datum als 2024-06-30); pas het aan. Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="189" />
        <source>Choose a letter in the list first.</source>
        <translation>Kies eerst een brief in de lijst.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="190" />
        <source>This review verdict is not known; nothing was saved.</source>
        <translation>Dit beoordelingsoordeel is onbekend; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="192" />
        <source>This commitment kind is not known; nothing was saved.</source>
        <translation>Dit soort toezegging is onbekend; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="194" />
        <source>This commitment status is not known; nothing was saved.</source>
        <translation>Deze status van een toezegging is onbekend; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="196" />
        <source>This link cannot be made as asked; nothing was saved.</source>
        <translation>Deze koppeling kan zo niet worden gemaakt; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="197" />
        <source>Select a sentence of the later letter to link; nothing was saved.</source>
        <translation>Selecteer een zin van de latere brief om te koppelen; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="199" />
        <source>This kind of link is not known (%1): choose fulfils, postpones, repeats or changes. Nothing was saved.</source>
        <translation>Dit soort koppeling is onbekend (%1): kies vervult (fulfils), stelt uit (postpones), herhaalt (repeats) of wijzigt (changes). Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="202" />
        <source>The new due date %1 is not a date; give one like 2025-12-31. Nothing was saved.</source>
        <translation>De nieuwe termijn %1 is geen datum; geef er een als 2025-12-31. Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="204" />
        <source>A commitment can only be linked to another, later letter. Choose a sentence in another letter.</source>
        <translation>Een toezegging kan alleen aan een andere, latere brief worden gekoppeld. Kies een zin in een andere brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="206" />
        <source>This link no longer exists (it may have been removed in the meantime).</source>
        <translation>Deze koppeling bestaat niet meer (ze is misschien intussen verwijderd).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="208" />
        <source>Letter %1 has no such commitment (it has %2). Choose one of its commitments.</source>
        <translation>Brief %1 heeft deze toezegging niet (de brief heeft er %2). Kies een van de toezeggingen van de brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="211" />
        <source>No sentence of letter %1 refers to this commitment. Select the sentence in that letter yourself.</source>
        <translation>Geen zin van brief %1 verwijst naar deze toezegging. Selecteer de zin in die brief zelf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="213" />
        <source>Letter %1 does not contain this sentence. Select it in the letter.</source>
        <translation>Brief %1 bevat deze zin niet. Selecteer de zin in de brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="220" />
        <source>The annotations cannot be saved: the data folder is read-only. Ask your IT support to make the folder writable; nothing was changed.</source>
        <translation>De aantekeningen kunnen niet worden bewaard: de gegevensmap is alleen-lezen. Vraag uw IT-ondersteuning de map schrijfbaar te maken; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="223" />
        <source>The disk holding the annotations is full, so the change was not saved. Free some disk space and try again; nothing already saved was lost.</source>
        <translation>De schijf met de aantekeningen is vol, dus de wijziging is niet bewaard. Maak schijfruimte vrij en probeer het opnieuw; wat al bewaard was, is niet verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="226" />
        <source>Another program keeps the annotations busy, so the change was not saved. Close other copies of the app and try again.</source>
        <translation>Een ander programma houdt de aantekeningen bezet, dus de wijziging is niet bewaard. Sluit andere vensters van de app en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="229" />
        <source>The change could not be saved (%1). Try again; nothing already saved was lost.</source>
        <translation>De wijziging kon niet worden bewaard (%1). Probeer het opnieuw; wat al bewaard was, is niet verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="231" />
        <source>This step cannot be undone or redone: what it changed was changed again since. Edit it directly.</source>
        <translation>Deze stap kan niet ongedaan worden gemaakt of opnieuw worden gedaan: wat hij veranderde, is sindsdien opnieuw veranderd. Bewerk het rechtstreeks.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="233" />
        <source>This annotation is %1's, shared through the team folder: it is read-only here. Annotate the passage yourself to add your own note.</source>
        <translation>Deze aantekening is van %1, gedeeld via de teammap: hier kunt u haar alleen lezen. Markeer de passage zelf om een eigen notitie toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="237" />
        <source>Sharing did not work. Try again.</source>
        <translation>Delen is niet gelukt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="238" />
        <source>No team folder is set for sharing. Choose the shared folder first.</source>
        <translation>Er is geen teammap ingesteld om te delen. Kies eerst de gedeelde map.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="240" />
        <source>The team folder %1 cannot be found. Connect the network drive or choose the folder again.</source>
        <translation>De teammap %1 is niet te vinden. Verbind de netwerkschijf of kies de map opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="243" />
        <source>The name is empty. Give the name colleagues should see.</source>
        <translation>De naam is leeg. Geef de naam die collega's moeten zien.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="245" />
        <source>There is no open conflict for this annotation.</source>
        <translation>Er is geen open conflict voor deze aantekening.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="247" />
        <source>This selection cannot be annotated (%1). Select a passage of the letter's text.</source>
        <translation>Bij deze selectie kan geen aantekening worden gemaakt (%1). Selecteer een passage in de tekst van de brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="249" />
        <source>The text cannot be saved: it is too long (at most %1 characters) or holds characters that cannot be stored. Nothing was saved.</source>
        <translation>De tekst kan niet worden bewaard: hij is te lang (hoogstens %1 tekens) of bevat tekens die niet kunnen worden opgeslagen. Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="252" />
        <source>There is no colour “%1”. Choose one of: %2.</source>
        <translation>Er is geen kleur “%1”. Kies een van: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="254" />
        <source>Give the colour a name.</source>
        <translation>Geef de kleur een naam.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="255" />
        <source>The colour “%1” is used by %2 annotations; give them another colour first.</source>
        <translation>De kleur “%1” wordt door %2 aantekeningen gebruikt; geef die eerst een andere kleur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="257" />
        <source>Give the collection a title.</source>
        <translation>Geef de verzameling een titel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="258" />
        <source>Add an annotation or a section heading to the collection.</source>
        <translation>Voeg een aantekening of een tussenkop aan de verzameling toe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="260" />
        <source>These annotations are not kept in a file, so they have no backups.</source>
        <translation>Deze aantekeningen staan niet in een bestand en hebben dus geen reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="262" />
        <source>This file is not a usable backup of the annotations; nothing was changed.</source>
        <translation>Dit bestand is geen bruikbare reservekopie van de aantekeningen; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="264" />
        <source>The annotations database cannot be used: it is damaged.</source>
        <translation>De database met aantekeningen is niet te gebruiken: hij is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="266" />
        <source>The annotation file could not be imported; nothing was imported.</source>
        <translation>Het aantekeningenbestand kon niet worden geïmporteerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="268" />
        <source>The annotation file is larger than %1 MB; nothing was imported.</source>
        <translation>Het aantekeningenbestand is groter dan %1 MB; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="275" />
        <source>The pack %1 was skipped: %2.</source>
        <translation>Het bestand %1 is overgeslagen: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="276" />
        <source>The pack %1 was skipped: it holds the pack of %2, whose pack is %3 (a copy a sync tool made?). Delete the copy once that pack is in order.</source>
        <translation>Het bestand %1 is overgeslagen: het bevat het bestand van %2, dat %3 heet (een kopie die een synchronisatieprogramma maakte?). Verwijder de kopie zodra dat bestand in orde is.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="279" />
        <source>Some annotations in the pack of %1 could not be read; the others were.</source>
        <translation>Sommige aantekeningen in het bestand van %1 konden niet worden gelezen; de andere wel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="286" />
        <source>names the letter (Kamerstuk %1, nr. %2)</source>
        <translation>noemt de brief (Kamerstuk %1, nr. %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="288" />
        <source>names the letter of %1</source>
        <translation>noemt de brief van %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="289" />
        <source>same dossier (%1)</source>
        <translation>zelfde dossier (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="290" />
        <source>says %1</source>
        <comment>the promise's words the later sentence has</comment>
        <translation>zegt %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="292" />
        <source>but %1, not %2</source>
        <comment>other years than promised</comment>
        <translation>maar %1, niet %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="294" />
        <source>but about %1, not the promised one</source>
        <translation>maar over %1, niet de toegezegde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="295" />
        <source>but the %1, not the %2</source>
        <comment>Dutch ordinals: de derde, de tweede</comment>
        <translation>maar de %1, niet de %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="298" />
        <source>but keeps a promise of %1</source>
        <comment>a debate or motion</comment>
        <translation>maar komt een toezegging na van %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="300" />
        <source>but recalls another promise: %1</source>
        <comment>the thing the later letter says was promised</comment>
        <translation>maar noemt een andere toezegging: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="303" />
        <source>but recalls Kamerstuk %1, nr. %2</source>
        <comment>another document the later sentence looks back at</comment>
        <translation>maar blikt terug op Kamerstuk %1, nr. %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="306" />
        <source>hands over %1</source>
        <translation>levert %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="307" />
        <source>on %1</source>
        <comment>the subject's words</comment>
        <translation>over %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="308" />
        <source>looks back at a promise</source>
        <translation>blikt terug op een toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="309" />
        <source>around the due date</source>
        <translation>rond de termijn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/messages.py" line="310" />
        <source>%n week(s) later in the dossier</source>
        <translation><numerusform>%n week later in het dossier</numerusform><numerusform>%n weken later in het dossier</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/messages.py" line="311" />
        <source>%n month(s) later in the dossier</source>
        <translation><numerusform>%n maand later in het dossier</numerusform><numerusform>%n maanden later in het dossier</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/messages.py" line="313" />
        <source>%n year(s) later</source>
        <translation><numerusform>%n jaar later</numerusform><numerusform>%n jaar later</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="314" />
        <source>but a refusal: nothing to fulfil</source>
        <translation>maar een weigering: er valt niets na te komen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="315" />
        <source>but the detector is unsure it is a commitment</source>
        <translation>maar de detector twijfelt of het een toezegging is</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="317" />
        <source>but its own letter keeps it</source>
        <translation>maar de brief zelf komt haar na</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="318" />
        <source>but it is kept in a meeting with the Kamer</source>
        <translation>maar die wordt in een overleg met de Kamer nagekomen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="321" />
        <source>but a measure: its words said again do not say it was taken</source>
        <translation>maar een maatregel: dat de woorden terugkomen zegt niet dat die is genomen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="327" />
        <source>the file cannot be read as a letter.</source>
        <translation>het bestand kan niet als brief worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="328" />
        <source>this is a folder; import it with File → Import Folder.</source>
        <translation>dit is een map; importeer hem met Bestand → Map importeren.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="329" />
        <source>unsupported file type “%1”. Supported: %2.</source>
        <translation>bestandstype “%1” wordt niet ondersteund. Ondersteund: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="331" />
        <source>the file is %1 MB, larger than the %2 MB limit for one letter. Split it or import the letter itself.</source>
        <translation>het bestand is %1 MB, groter dan de grens van %2 MB voor één brief. Splits het of importeer alleen de brief zelf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="334" />
        <source>the letter's text is %1 MB, more than the %2 MB one letter may have (a longer letter is slow to open and to search). Split the file into parts of at most %2 MB and import those.</source>
        <translation>de tekst van de brief is %1 MB, meer dan de %2 MB die één brief mag hebben (een langere brief opent en doorzoekt traag). Splits het bestand in delen van hoogstens %2 MB en importeer die.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="338" />
        <source>the file does not exist.</source>
        <translation>het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="339" />
        <source>permission denied: the file cannot be read.</source>
        <translation>geen toegang: het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="340" />
        <source>the file cannot be read (%1).</source>
        <translation>het bestand kan niet worden gelezen (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="341" />
        <source>no letter text was found in this file.</source>
        <translation>in dit bestand is geen brieftekst gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="342" />
        <source>the file is empty. Choose a file that contains a letter.</source>
        <translation>het bestand is leeg. Kies een bestand met een brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="343" />
        <source>this is not a text file (it contains binary data). Import the letter as .txt, .md, .html, .xml or .pdf.</source>
        <translation>dit is geen tekstbestand (het bevat binaire gegevens). Importeer de brief als .txt, .md, .html, .xml of .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="345" />
        <source>the file says it is UTF-16 but is not valid UTF-16. Save it again as UTF-8.</source>
        <translation>het bestand zegt UTF-16 te zijn, maar is geen geldige UTF-16. Sla het opnieuw op als UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="347" />
        <source>this is not an XML file (it contains binary data).</source>
        <translation>dit is geen XML-bestand (het bevat binaire gegevens).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="348" />
        <source>the XML is not well-formed (%1). Download the file again.</source>
        <translation>de XML is niet goed gevormd (%1). Download het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="350" />
        <source>this XML is not a Kamerstuk (root element &lt;%1&gt;); only the official Kamerstuk schema is read.</source>
        <translation>deze XML is geen Kamerstuk (hoofdelement &lt;%1&gt;); alleen het officiële Kamerstuk-schema wordt gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="352" />
        <source>the PDF is encrypted (password protected). Save an unprotected copy and import that.</source>
        <translation>de PDF is versleuteld (met een wachtwoord beveiligd). Sla een onbeveiligde kopie op en importeer die.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="355" />
        <source>the PDF is damaged or not a PDF. Download the letter again or import its text version.</source>
        <translation>de PDF is beschadigd of geen PDF. Download de brief opnieuw of importeer de tekstversie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="357" />
        <source>the PDF has %1 pages; a letter has at most %2. Import the letter itself, not a whole volume.</source>
        <translation>de PDF heeft %1 pagina's; een brief heeft er hoogstens %2. Importeer de brief zelf, niet een hele bundel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="360" />
        <source>this is not an ordinary file (a pipe or a device), so it cannot be read as a letter. Import the letter file itself.</source>
        <translation>dit is geen gewoon bestand (maar een pipe of een apparaat), dus het kan niet als brief worden gelezen. Importeer het briefbestand zelf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="363" />
        <source>the XML is nested more than %1 levels deep, so it is not a Kamerstuk. Download the file again.</source>
        <translation>de XML is meer dan %1 niveaus diep genest, dus het is geen Kamerstuk. Download het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="366" />
        <source>the file could not be read: its structure is nested too deeply to be a letter.</source>
        <translation>het bestand kon niet worden gelezen: de opbouw is te diep genest voor een brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="368" />
        <source>the file could not be read (%1). The other files are not affected; please report this file as a problem of the app.</source>
        <translation>het bestand kon niet worden gelezen (%1). De andere bestanden hebben er geen last van; meld dit bestand als probleem van het programma.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="371" />
        <source>the PDF has no text layer (it is a scan). Run OCR on it first, or import a text version of the letter.</source>
        <translation>de PDF heeft geen tekstlaag (het is een scan). Laat er eerst tekstherkenning (OCR) op los, of importeer een tekstversie van de brief.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="378" />
        <source>The export could not be made.</source>
        <translation>De export kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="379" />
        <source>Cannot write %1: permission denied. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>Kan %1 niet opslaan: geen toestemming. Kies een map waarin u mag schrijven, of sluit het bestand als een ander programma het open heeft.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="382" />
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation>Kan %1 niet opslaan: dat is een map. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="384" />
        <source>Cannot write %1: it is not an ordinary file (a device or a pipe). Choose a file name.</source>
        <translation>Kan %1 niet opslaan: dat is geen gewoon bestand (maar een apparaat of een pipe). Kies een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="386" />
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Kan %1 niet opslaan: de map %2 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="388" />
        <source>Cannot write %1: %2 is a file, not a folder. Choose another location.</source>
        <translation>Kan %1 niet opslaan: %2 is een bestand, geen map. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="390" />
        <source>Cannot write %1: files cannot be created in %2. Choose a folder you can write to.</source>
        <translation>Kan %1 niet opslaan: in %2 kunnen geen bestanden worden gemaakt. Kies een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="392" />
        <source>Cannot write %1: the disk is full. Make room or choose another location; nothing was written.</source>
        <translation>Kan %1 niet opslaan: de schijf is vol. Maak ruimte vrij of kies een andere plek; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="394" />
        <source>Cannot write %1: the disk is read-only. Choose another location.</source>
        <translation>Kan %1 niet opslaan: op deze schijf kan niet worden geschreven (alleen-lezen). Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="396" />
        <source>Cannot write %1: %2. Choose another location.</source>
        <translation>Kan %1 niet opslaan: %2. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="398" />
        <source>This collection no longer exists. Choose another one.</source>
        <translation>Deze verzameling bestaat niet meer. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="400" />
        <source>There is nothing to export. Choose annotations, a tag or a collection that holds passages.</source>
        <translation>Er is niets te exporteren. Kies aantekeningen, een label of een verzameling met passages.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="402" />
        <source>No annotations have the tag “%1”. Choose another tag, or tag passages in the Annotations tab.</source>
        <translation>Geen enkele aantekening heeft het label “%1”. Kies een ander label, of geef passages een label op het tabblad Aantekeningen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="405" />
        <source>Select at least one annotation to export (in the Annotations tab).</source>
        <translation>Selecteer ten minste één aantekening om te exporteren (op het tabblad Aantekeningen).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="407" />
        <source>Unknown export format “%1”. Choose one of: %2.</source>
        <translation>Onbekend exportformaat “%1”. Kies uit: %2.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="16" />
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="17" />
        <source>Important: key passage</source>
        <translation>Belangrijk: kernpassage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="18" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="19" />
        <source>Question: to ask or look into</source>
        <translation>Vraag: navragen of uitzoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="20" />
        <source>Course material</source>
        <translation>Lesmateriaal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="21" />
        <source>Course material: a passage for a collection</source>
        <translation>Lesmateriaal: passage voor een verzameling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="23" />
        <source>Critique</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="24" />
        <source>Critique: weak point or risk</source>
        <translation>Kritiek: zwak punt of risico</translation>
    </message>
</context>
<context>
    <name>PaletteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="244" />
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="248" />
        <source>Annotation colours</source>
        <translation>Kleuren van aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="254" />
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="255" />
        <source>&amp;Colour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="256" />
        <source>&amp;Meaning…</source>
        <translation>&amp;Betekenis…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="257" />
        <source>&amp;Remove</source>
        <translation>W&amp;eghalen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="265" />
        <source>Keys 1–9 in the letter mark the selection with the colours in this order.</source>
        <translation>De toetsen 1–9 in de brief markeren de selectie met de kleuren in deze volgorde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="290" />
        <source>New colour</source>
        <translation>Nieuwe kleur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="290" />
        <source>Name of the colour:</source>
        <translation>Naam van de kleur:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="293" />
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="303" />
        <source>Choose the colour</source>
        <translation>Kies de kleur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="312" />
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="312" />
        <source>What the colour means:</source>
        <translation>Wat de kleur betekent:</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="319" />
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="319" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="319" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="320" />
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="331" />
        <source>Stored as “%1”</source>
        <translation>Opgeslagen als “%1”</translation>
    </message>
</context>
<context>
    <name>PendingNotice</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/pending_notice.py" line="36" />
        <source>%n imported annotation(s) wait for letters not in the library</source>
        <translation><numerusform>%n geïmporteerde aantekening wacht op een brief die niet in de bibliotheek staat</numerusform><numerusform>%n geïmporteerde aantekeningen wachten op brieven die niet in de bibliotheek staan</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/pending_notice.py" line="40" />
        <source>They attach when these letters are imported:</source>
        <translation>Ze worden gekoppeld zodra deze brieven zijn geïmporteerd:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/pending_notice.py" line="42" />
        <source>… and %n more</source>
        <translation><numerusform>… en nog %n</numerusform><numerusform>… en nog %n</numerusform></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="154" />
        <source>Add a tag</source>
        <translation>Label toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="155" />
        <source>Tag:</source>
        <translation>Label:</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="198" />
        <source>Commitment details</source>
        <translation>Details van de toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="207" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="208" />
        <source>Find in letter</source>
        <translation>Zoeken in brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="211" />
        <source>Matches in the letter</source>
        <translation>Treffers in de brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="219" />
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="275" />
        <source>Choose a letter in the list to read it, or search on the right. Import letters with %1 or %2.</source>
        <translation>Kies een brief in de lijst om hem te lezen, of zoek rechts. Importeer brieven met %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="355" />
        <source>Mark as %1</source>
        <translation>Markeer als %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="451" />
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="736" />
        <source>Search hit %1 of %2 (F4: next, Shift+F4: previous)</source>
        <translation>Treffer %1 van %2 (F4: volgende, Shift+F4: vorige)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="214" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="832" />
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="233" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="473" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="520" />
        <source>Open Original</source>
        <translation>Origineel openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="470" />
        <source>Open Original PDF</source>
        <translation>Originele PDF openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="470" />
        <source>Open Original Text</source>
        <translation>Originele tekst openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="471" />
        <source>Open Original Markdown</source>
        <translation>Origineel markdownbestand openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="472" />
        <source>Open Original HTML</source>
        <translation>Originele HTML openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="472" />
        <source>Open Original XML</source>
        <translation>Originele XML openen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="494" />
        <source>Open the file this letter was imported from in the system's viewer</source>
        <translation>Het bestand waaruit deze brief is geïmporteerd openen in de viewer van het systeem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="495" />
        <source>No original file is kept for this letter (it was removed from the data folder); import the file again to keep a copy.</source>
        <translation>Van deze brief is geen origineel bestand bewaard (het is uit de gegevensmap verwijderd); importeer het bestand opnieuw om een kopie te bewaren.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="506" />
        <source>The original file %1 could not be opened: it is gone, or the system has no viewer for it.</source>
        <translation>Het originele bestand %1 kon niet worden geopend: het is weg, of het systeem heeft er geen viewer voor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="550" />
        <source>By %1 (shared, read-only)</source>
        <translation>Van %1 (gedeeld, alleen te lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="847" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="848" />
        <source>Continued from the end</source>
        <translation>Verder vanaf het eind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="849" />
        <source>Continued from the start</source>
        <translation>Verder vanaf het begin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="919" />
        <source>possible commitment</source>
        <translation>mogelijke toezegging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="922" />
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="923" />
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="925" />
        <source>actor: %1</source>
        <translation>actor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="927" />
        <source>deadline: %1</source>
        <translation>termijn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="928" />
        <source>recognised by: “%1”</source>
        <translation>herkend aan: “%1”</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="18" />
        <source>The annotations database cannot be used: it is damaged.</source>
        <translation>De database met aantekeningen is niet te gebruiken: hij is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="22" />
        <source>There is no backup of it yet. Keep the file as it is and ask your IT support for help; the letters are not affected.</source>
        <translation>Er is nog geen reservekopie van. Laat het bestand zoals het is en vraag uw IT-ondersteuning om hulp; de brieven zijn niet geraakt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="27" />
        <source>The latest backup is from %1 (%2 hours ago). Restoring it brings back the annotations as they were then; changes made after it are not in it. The damaged file is kept beside it (not deleted), so they can still be rescued.</source>
        <translation>De laatste reservekopie is van %1 (%2 uur geleden). Terugzetten brengt de aantekeningen terug zoals ze toen waren; wijzigingen van daarna zitten er niet in. Het beschadigde bestand blijft ernaast bewaard (niet verwijderd), zodat die nog te redden zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="47" />
        <source>&amp;Restore the Backup</source>
        <translation>Reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="49" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../desktop_app/ui/search/models.py" line="59" />
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="98" />
        <source>Search all letters…</source>
        <translation>Alle brieven doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="99" />
        <source>Search query</source>
        <translation>Zoekvraag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="103" />
        <source>Any year</source>
        <translation>Elk jaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="103" />
        <source>Any dossier</source>
        <translation>Elk dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="104" />
        <source>Any signatory</source>
        <translation>Elke ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="114" />
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="119" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="159" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="192" />
        <source>Type words to search every letter. Use quotes for a phrase, * for a prefix, datum:2021 or van:name to narrow down.</source>
        <translation>Typ woorden om alle brieven te doorzoeken. Gebruik aanhalingstekens voor een woordgroep, * voor een begin van een woord, datum:2021 of van:naam om te verfijnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search/search_pane.py" line="198" />
        <source>About %n letter(s) found</source>
        <translation><numerusform>Ongeveer %n brief gevonden</numerusform><numerusform>Ongeveer %n brieven gevonden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search/search_pane.py" line="200" />
        <source>%n letter(s) found</source>
        <translation><numerusform>%n brief gevonden</numerusform><numerusform>%n brieven gevonden</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="202" />
        <source>No letters found.</source>
        <translation>Geen brieven gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="205" />
        <source>Did you mean %1?</source>
        <translation>Bedoelde u %1?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="207" />
        <source>Try fewer or shorter words, or remove a filter.</source>
        <translation>Probeer minder of kortere woorden, of haal een filter weg.</translation>
    </message>
</context>
<context>
    <name>ShareController</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="125" />
        <source>Keep my version</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="125" />
        <source>Keep their version</source>
        <translation>Versie van de collega behouden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="128" />
        <source>Kept your version.</source>
        <translation>Uw versie is behouden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="129" />
        <source>Kept the version of %1.</source>
        <translation>De versie van %1 is behouden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="152" />
        <source>%n annotation(s) changed both here and by a colleague. Open File → Team Sharing… to resolve them.</source>
        <translation><numerusform>%n aantekening is zowel hier als door een collega gewijzigd. Open Bestand → Delen met het team… om dit op te lossen.</numerusform><numerusform>%n aantekeningen zijn zowel hier als door een collega gewijzigd. Open Bestand → Delen met het team… om dit op te lossen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="171" />
        <source>%n added</source>
        <translation><numerusform>%n toegevoegd</numerusform><numerusform>%n toegevoegd</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="172" />
        <source>%n changed</source>
        <translation><numerusform>%n gewijzigd</numerusform><numerusform>%n gewijzigd</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="173" />
        <source>%n deleted</source>
        <translation><numerusform>%n verwijderd</numerusform><numerusform>%n verwijderd</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="175" />
        <source>%n new conflict(s)</source>
        <translation><numerusform>%n nieuw conflict</numerusform><numerusform>%n nieuwe conflicten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="177" />
        <source>%n waiting for a letter not in the library</source>
        <translation><numerusform>%n wacht op een brief die niet in de bibliotheek staat</numerusform><numerusform>%n wachten op een brief die niet in de bibliotheek staat</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="179" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="181" />
        <source>Synced. No colleague's file is in the folder yet.</source>
        <translation>Gesynchroniseerd. Er staat nog geen bestand van een collega in de map.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="183" />
        <source>Synced.</source>
        <translation>Gesynchroniseerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="185" />
        <source>%n colleague file(s) could not be read.</source>
        <translation><numerusform>%n bestand van een collega kon niet worden gelezen.</numerusform><numerusform>%n bestanden van collega's konden niet worden gelezen.</numerusform></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="103" />
        <source>Team Sharing</source>
        <translation>Delen met het team</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="112" />
        <source>Share your annotations with colleagues through a shared folder (a network drive or a synced folder). Each person's app writes its own file there and reads the others'. Colleagues' annotations show with their name and are read-only here.</source>
        <translation>Deel uw aantekeningen met collega's via een gedeelde map (een netwerkschijf of een gesynchroniseerde map). De app van ieder schrijft daar een eigen bestand en leest die van de anderen. Aantekeningen van collega's staan er met hun naam bij en zijn hier alleen te lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="118" />
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="119" />
        <source>No folder chosen: sharing is off</source>
        <translation>Geen map gekozen: delen staat uit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="120" />
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="122" />
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="123" />
        <source>&amp;Use This Folder</source>
        <translation>Deze map &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="130" />
        <source>&amp;Sync Now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="132" />
        <source>Colleagues</source>
        <translation>Collega's</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="134" />
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="179" />
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="139" />
        <source>My version</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="140" />
        <source>Their version</source>
        <translation>Versie van de collega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="143" />
        <source>Keep &amp;Mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="144" />
        <source>Keep &amp;Theirs</source>
        <translation>Versie van de &amp;collega behouden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="161" />
        <source>Shared &amp;folder:</source>
        <translation>Gedeelde &amp;map:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="165" />
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="170" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="184" />
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="185" />
        <source>Theirs</source>
        <translation>Van de collega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="212" />
        <source>Sharing is off: choose the shared folder and your name, then press “Use This Folder”.</source>
        <translation>Delen staat uit: kies de gedeelde map en uw naam en klik op “Deze map gebruiken”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="215" />
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="216" />
        <source>You: %1, %2</source>
        <translation>U: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="217" />
        <source>%n annotation(s) of your own</source>
        <translation><numerusform>%n eigen aantekening</numerusform><numerusform>%n eigen aantekeningen</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="218" />
        <source>Last sync: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="219" />
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="220" />
        <source>%n colleague(s)</source>
        <translation><numerusform>%n collega</numerusform><numerusform>%n collega's</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="221" />
        <source>%n open conflict(s)</source>
        <translation><numerusform>%n open conflict</numerusform><numerusform>%n open conflicten</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="236" />
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="243" />
        <source>No conflicts: nothing was changed here and by its owner at once.</source>
        <translation>Geen conflicten: niets is zowel hier als door de eigenaar gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="245" />
        <source>%n annotation(s) changed here and by the colleague they belong to. Choose one, compare the versions and keep one; the other is kept on record.</source>
        <translation><numerusform>%n aantekening is hier en door de collega van wie ze is gewijzigd. Kies haar, vergelijk de versies en behoud er één; de andere blijft bewaard.</numerusform><numerusform>%n aantekeningen zijn hier en door de collega van wie ze zijn gewijzigd. Kies er een, vergelijk de versies en behoud er één; de andere blijft bewaard.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="262" />
        <source>you</source>
        <translation>u</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="272" />
        <source>Deleted by %1.</source>
        <translation>Verwijderd door %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="273" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="273" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="274" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="275" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="276" />
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="276" />
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="283" />
        <source>Choose the shared folder</source>
        <translation>Kies de gedeelde map</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../desktop_app/ui/shell/side_panel.py" line="35" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/side_panel.py" line="36" />
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/side_panel.py" line="37" />
        <source>Collections</source>
        <translation>Verzamelingen</translation>
    </message>
</context>
<context>
    <name>StoreUndoStack</name>
    <message>
        <location filename="../../desktop_app/ui/shell/undo.py" line="109" />
        <source>The annotations were changed elsewhere (for example by re-importing a letter), so there is nothing to undo here.</source>
        <translation>De aantekeningen zijn elders gewijzigd (bijvoorbeeld door een brief opnieuw te importeren), dus hier valt niets ongedaan te maken.</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/undo.py" line="130" />
        <source>%n annotation(s) deleted</source>
        <translation><numerusform>%n aantekening verwijderd</numerusform><numerusform>%n aantekeningen verwijderd</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/undo.py" line="131" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/shell/app.py" line="63" />
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
<context>
    <name>self.reader</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_wiring.py" line="153" />
        <source>Mark as %1</source>
        <translation>Markeer als %1</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="170" />
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
</context>
</TS>