<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <location filename="../../desktop_app/ui/reader/printing.py" line="97" />
        <source>page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/printing.py" line="221" />
        <source>Print Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/printing.py" line="229" />
        <source>Print Preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="86" />
        <source>&amp;Import Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="88" />
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="90" />
        <source>Import &amp;Annotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="91" />
        <source>Import annotations from W3C Web Annotation (JSON) or Hypothesis files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="93" />
        <source>&amp;Rebuild Search Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="95" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="97" />
        <source>Export a collection, a tag or the selected annotations as a course pack (Word, PDF, HTML, Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="100" />
        <source>&amp;Team Sharing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="101" />
        <source>Share annotations with colleagues through a shared folder, sync, and resolve conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="103" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="105" />
        <source>Print the letter in the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="106" />
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="109" />
        <source>Print with &amp;Highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="112" />
        <source>Highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="113" />
        <source>Print the colours of commitments and annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="115" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="116" />
        <source>&amp;Find in Letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="117" />
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="118" />
        <source>Find &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="119" />
        <source>Next Search &amp;Hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="120" />
        <source>Previous Search Hi&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="121" />
        <source>&amp;Search All Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="123" />
        <source>Filter the &amp;Letter List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="126" />
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="127" />
        <source>&amp;Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="135" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="137" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="138" />
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="139" />
        <source>&amp;About Kamerbrieven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="140" />
        <source>&amp;Getting Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="141" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="142" />
        <source>&amp;Check Data Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="143" />
        <source>Check the letters and annotations databases and the search index for damage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="145" />
        <location filename="../../desktop_app/ui/shell/actions.py" line="209" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="146" />
        <location filename="../../desktop_app/ui/shell/actions.py" line="210" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="149" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="150" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="153" />
        <source>Add or Edit &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="154" />
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="157" />
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="160" />
        <source>Annotation &amp;Colours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="161" />
        <source>Edit Letter &amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="162" />
        <source>Correct the title, date, reference and other details of the letter in the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="164" />
        <source>&amp;Letters and Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="165" />
        <source>&amp;Commitments Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="167" />
        <source>Letter Lis&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="168" />
        <source>Si&amp;de Panel (Search, Annotations, Collections)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="170" />
        <source>&amp;Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="171" />
        <source>Coll&amp;ections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="173" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="178" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="179" />
        <source>Import Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="180" />
        <source>Rebuild Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="181" />
        <source>Import letter files (txt, md, html, xml, pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="182" />
        <source>Import every letter file in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="209" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="210" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="236" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="241" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="245" />
        <source>&amp;Annotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="246" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="251" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="276" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/actions.py" line="283" />
        <source>Annotate toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="64" />
        <source>Select a passage in the letter first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="98" />
        <source>Select a passage or an annotation first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="119" />
        <source>Click an annotation in the letter, or select one in the Annotations tab, then delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="125" />
        <source>Select the passage in the letter first, then re-attach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="132" />
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="149" />
        <source>Mark “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="168" />
        <source>Edit note and tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="187" />
        <source>Mark %n annotation(s) as %1</source>
        <translation><numerusform>Mark %n annotation as %1</numerusform><numerusform>Mark %n annotations as %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="250" />
        <source>New collection “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="251" />
        <source>Edit the introduction of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="253" />
        <source>Rename collection “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="254" />
        <source>Delete collection “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="255" />
        <source>Add a heading to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="256" />
        <source>Add to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="257" />
        <source>Move an item in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="258" />
        <source>Remove an item from “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="259" />
        <source>Move collection “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="194" />
        <source>Tag %n annotation(s)</source>
        <translation><numerusform>Tag %n annotation</numerusform><numerusform>Tag %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="202" />
        <source>Delete %n annotation(s)</source>
        <translation><numerusform>Delete %n annotation</numerusform><numerusform>Delete %n annotations</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="208" />
        <source>Re-attach annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="213" />
        <source>Change colour %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="217" />
        <source>Remove colour %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="224" />
        <source>Add %n annotation(s) to a collection</source>
        <translation><numerusform>Add %n annotation to a collection</numerusform><numerusform>Add %n annotations to a collection</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotating.py" line="276" />
        <source>Review %n commitment(s)</source>
        <translation><numerusform>Review %n commitment</numerusform><numerusform>Review %n commitments</numerusform></translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="76" />
        <source>Note and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="82" />
        <source>Note (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="83" />
        <source>A note in Markdown: **bold**, *italic*, - lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="86" />
        <source>Note as shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="88" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="89" />
        <source>tags, separated by commas (theme/asylum)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="99" />
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationImportController</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="31" />
        <source>Import annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="32" />
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="68" />
        <source>Importing annotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/annotation_import.py" line="84" />
        <source>Import annotations from %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="122" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="123" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="123" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="123" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="240" />
        <source>Shared by %1: read-only here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="113" />
        <source>Which letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="115" />
        <source>Sort order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="116" />
        <source>In text order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="117" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="119" />
        <source>Filter annotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="120" />
        <source>Filter annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="122" />
        <source>Filter by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="123" />
        <source>Filter by colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="124" />
        <source>Filter by author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="125" />
        <source>Your annotations, everyone's, or a colleague's (shared through the team folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="127" />
        <source>Filter by date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="128" />
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="128" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="129" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="129" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="130" />
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="133" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="142" />
        <source>&amp;Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="144" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="501" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="148" />
        <source>To collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="151" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="152" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="153" />
        <source>Export the selected annotations as a course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="158" />
        <source>Annotations not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="159" />
        <source>&amp;Re-attach to the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="160" />
        <source>Select the passage in the letter first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="239" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="311" />
        <source>Letter in the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="240" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="312" />
        <source>All letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="243" />
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="318" />
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="245" />
        <source>All colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="344" />
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="344" />
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="368" />
        <source>New collection…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="403" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="405" />
        <source>%n no longer found</source>
        <translation><numerusform>%n no longer found</numerusform><numerusform>%n no longer found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="408" />
        <source>%n annotation(s) whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</source>
        <translation><numerusform>%n annotation whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</numerusform><numerusform>%n annotations whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="421" />
        <source>No annotations yet.

Select text in a letter and press 1–9 to highlight it in a colour, or Ctrl+M to add a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="424" />
        <source>No letter is open.

Open a letter, or choose “All letters” above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="428" />
        <source>This letter has no annotations yet.

Select text in it and press 1–9 to highlight it, or choose “All letters” above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="431" />
        <source>No annotation matches the filters.

Clear the filter box or choose “All” in the lists above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="483" />
        <source>Colleagues' annotations are read-only here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="500" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="503" />
        <source>Add to collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="505" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="507" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotations_panel.py" line="522" />
        <source>Re-attach to the selected text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="108" />
        <source>Chain of a commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="119" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="126" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="119" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="126" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="119" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="120" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="127" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="120" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="121" />
        <source>Confirmed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="122" />
        <source>Letters of the chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="125" />
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="129" />
        <source>Possible links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="126" />
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="127" />
        <source>New due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="128" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="132" />
        <source>&amp;Open letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="133" />
        <source>Re&amp;move link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="134" />
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="135" />
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="136" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="137" />
        <source>Link the selected proposal (Ctrl+Z undoes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="138" />
        <source>Say the selected proposal is wrong: it is not proposed again (Ctrl+Z undoes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="185" />
        <source>Looking for later letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="196" />
        <source>This commitment is no longer found in its letter. Close this window and open the chain again from the commitments overview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="207" />
        <source>Promise in %1: “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="217" />
        <source>No later letter is linked to this commitment yet. Confirm a possible link below, or link a letter from the reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="222" />
        <source>Earlier due dates: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="225" />
        <source>No other later letter in the library looks back at this commitment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="236" />
        <source>Promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="241" />
        <source>Not linked (rejected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="243" />
        <source>Fulfilled by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="243" />
        <source>Postponed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="244" />
        <source>Repeated in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="245" />
        <source>Changed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="248" />
        <source>(the sentence is no longer found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="250" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/chain_view.py" line="250" />
        <source>someone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColleagueModel</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="61" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="61" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="61" />
        <source>Pack written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectionItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/collections/models.py" line="101" />
        <source>(deleted annotation)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="68" />
        <source>Collections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="69" />
        <source>No collections yet.

Click New… to make one, then drag annotations into it from the Annotations tab (or use To collection there).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="75" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="76" />
        <source>Rena&amp;me…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="77" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="78" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="79" />
        <source>Export the collection as a course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="82" />
        <source>Move the collection up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="83" />
        <source>Move the collection down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="88" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="89" />
        <source>Introduction of the collection (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="91" />
        <source>&amp;Save introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="95" />
        <source>Items of the collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="101" />
        <source>Drag annotations here from the Annotations tab; drag items to reorder them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="104" />
        <source>Add hea&amp;ding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="105" />
        <source>&amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="106" />
        <source>Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="107" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="233" />
        <source>New collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="233" />
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="244" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="244" />
        <source>Rename the collection</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="255" />
        <source>Delete the collection “%1” with %n passage(s)?</source>
        <translation><numerusform>Delete the collection “%1” with %n passage?</numerusform><numerusform>Delete the collection “%1” with %n passages?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="256" />
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="258" />
        <source>Delete collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="257" />
        <source>The annotations themselves are kept. Edit → Undo brings the collection back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="291" />
        <source>Section heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections/collections_view.py" line="291" />
        <source>Heading:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Letter date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="66" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="67" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="67" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="67" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="68" />
        <source>Lineage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="71" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="71" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="72" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="75" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="77" />
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="79" />
        <source>not found in the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="158" />
        <source>fulfilled by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="160" />
        <source>postponed in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="167" />
        <source>Which later letters may fulfil, postpone or repeat this commitment: select it and click Chain…, or open the letter and click the commitment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="175" />
        <source>Possible commitment: the detector is not sure of this sentence. Confirm or reject it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="183" />
        <source>In the letter: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="186" />
        <source>Between %1 and %2; due by the last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="189" />
        <source>Deadline set by a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/models.py" line="191" />
        <source>No date: the letter names none that can be pinned down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="65" />
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="142" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="66" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="69" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="70" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="70" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="71" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="71" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="73" />
        <source>Dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="74" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="75" />
        <source>High confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="76" />
        <source>All detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="78" />
        <source>“All detected” adds the possible commitments: sentences the detector is not sure of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="81" />
        <source>Due in month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="82" />
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="352" />
        <source>Any month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="85" />
        <source>Clear the month filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="86" />
        <source>List the commitments of every month again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="89" />
        <source>Actor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="90" />
        <source>Filter by actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="96" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="97" />
        <source>Days until the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="98" />
        <source>&amp;Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="99" />
        <source>Deadline passed and not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="106" />
        <source>Commitments of all letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="137" />
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="138" />
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="139" />
        <source>Mark &amp;done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="414" />
        <source>Open the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="416" />
        <source>Show the chain across letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="92" />
        <source>Due &amp;within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="140" />
        <source>Reo&amp;pen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="148" />
        <source>Dead&amp;line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="149" />
        <source>Chai&amp;n…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="150" />
        <source>The selected commitment across letters: the later letters that fulfil, postpone or repeat it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="154" />
        <source>Still open, longest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="155" />
        <source>Sort the open commitments by how long they have been open: the oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="158" />
        <source>E&amp;xport commitments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="159" />
        <source>Save the commitments shown (as filtered) as a spreadsheet or a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="163" />
        <source>CSV for Excel (comma)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="164" />
        <source>CSV for Excel with Dutch settings (semicolon)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="170" />
        <source>CSV with tabs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="171" />
        <source>iCalendar (deadlines as events)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="174" />
        <source>What a spreadsheet with this computer's regional settings expects</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="275" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="277" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="299" />
        <source>No commitments yet.

They are found in the letters you import; the letters list shows how many each letter has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="305" />
        <source>Only commitments due in %1 are listed: click “Due in %1 ✕” to list every month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="309" />
        <source>Possible commitments are hidden: choose “All detected” to list them too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="311" />
        <source>No commitment matches these filters.

Choose “All kinds” and “Any status”, clear the actor, or widen the number of days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="329" />
        <source>Due in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/commitments_view.py" line="368" />
        <source>All dossiers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="77" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="77" />
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="77" />
        <source>Found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataCheckControl</name>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="122" />
        <source>Checking the data folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="132" />
        <source>The letters database is damaged (%1). Close the app and open it again: it is set aside and rebuilt from your original files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="136" />
        <source>The letters database is in use by another window or program: try again when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/data_check.py" line="139" />
        <source>The letters database is fine (%n letter(s)).</source>
        <translation><numerusform>The letters database is fine (%n letter).</numerusform><numerusform>The letters database is fine (%n letters).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="143" />
        <source>The annotations database is damaged. Close the app and open it again: it offers to restore the latest backup (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="147" />
        <source>The annotations database is damaged and there is no backup of it. Close the app and ask your IT support to restore annotations.db from their backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="151" />
        <source>The annotations database is in use by another window or program: try again when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="154" />
        <source>The annotations database is fine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="155" />
        <source>Rebuild Search Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="157" />
        <source>The search index is up to date and opens without errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="158" />
        <source>The search index is behind the library. Choose %1 to bring it up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="160" />
        <source>There is no search index yet. Choose %1 to build it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/data_check.py" line="162" />
        <source>The search index is damaged. Choose %1: it is rebuilt from your letters, nothing is lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="198" />
        <source>&amp;Use the detected deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="200" />
        <source>Remove the corrected deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="207" />
        <source>In the letter: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineTimeline</name>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="42" />
        <source>Deadlines by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="115" />
        <source>Click a month to list its commitments.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="117" />
        <source>%n deadline(s) before %1:</source>
        <translation><numerusform>%n deadline before %1:</numerusform><numerusform>%n deadlines before %1:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="122" />
        <source>%n deadline(s) after %1:</source>
        <translation><numerusform>%n deadline after %1:</numerusform><numerusform>%n deadlines after %1:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="134" />
        <source>No deadlines among the commitments shown.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="84" />
        <source>%n earlier</source>
        <translation><numerusform>%n earlier</numerusform><numerusform>%n earlier</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="85" />
        <source>%n later</source>
        <translation><numerusform>%n later</numerusform><numerusform>%n later</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments/deadline_timeline.py" line="160" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="98" />
        <source>Export a QDA project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="99" />
        <source>Export the course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="101" />
        <source>%1 files (*%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="90" />
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="129" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="95" />
        <source>Export as Web Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="96" />
        <source>Web Annotation files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="112" />
        <source>There are no commitments to export: the filters leave none. Change the filters and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="116" />
        <source>None of the commitments shown has a deadline, so there is nothing to put in a calendar. Export them as CSV instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="120" />
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="121" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="122" />
        <source>Export the commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="123" />
        <source>commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="139" />
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="142" />
        <source>%n dated commitment(s) as calendar events</source>
        <translation><numerusform>%n dated commitment as a calendar event</numerusform><numerusform>%n dated commitments as calendar events</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="144" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="146" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
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
        <translation><numerusform>from %n letter</numerusform><numerusform>from %n letters</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="152" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="153" />
        <source>Exported %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/exporting.py" line="156" />
        <source>%n annotation(s) left out: no longer found in their letter.</source>
        <translation><numerusform>%n annotation left out: no longer found in its letter.</numerusform><numerusform>%n annotations left out: no longer found in their letter.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="40" />
        <source>Export a course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="49" />
        <source>What to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="51" />
        <source>Which collection or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="53" />
        <source>Title of the course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="55" />
        <source>File format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="56" />
        <source>Word document (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="57" />
        <source>PDF document (.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="58" />
        <source>Web page (.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="59" />
        <source>Markdown (.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="60" />
        <source>QDA project for QualCoder, ATLAS.ti, NVivo (.qdpx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="62" />
        <source>Web Annotations (W3C JSON, for Hypothesis and other tools) (.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="65" />
        <source>Include my personal &amp;notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="71" />
        <source>The first passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="75" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="77" />
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="78" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="79" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="80" />
        <source>F&amp;ormat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="84" />
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="93" />
        <source>A collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="94" />
        <source>A tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="95" />
        <source>The selected annotations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="121" />
        <source>%n selected annotation(s)</source>
        <translation><numerusform>%n selected annotation</numerusform><numerusform>%n selected annotations</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="133" />
        <source>Selected annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="162" />
        <source>There is nothing to export yet: make a collection, tag annotations or select some in the Annotations tab.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="181" />
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="182" />
        <source>from %n letter(s)</source>
        <translation><numerusform>from %n letter</numerusform><numerusform>from %n letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="183" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="184" />
        <source>personal notes left out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="187" />
        <source>%n passage(s) no longer found in the letter</source>
        <translation><numerusform>%n passage no longer found in the letter</numerusform><numerusform>%n passages no longer found in the letter</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="191" />
        <source>Sections: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting/export_dialog.py" line="196" />
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/file_dialogs.py" line="18" />
        <source>Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/file_dialogs.py" line="20" />
        <source>Files of type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="37" />
        <source>getting-started_en.html</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="45" />
        <source>Close the find bar and return to the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="47" />
        <source>Zoom the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="48" />
        <source>Ctrl+mouse wheel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="68" />
        <source>In the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="81" />
        <location filename="../../desktop_app/ui/shell/help.py" line="138" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/help.py" line="131" />
        <source>Getting Started</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="144" />
        <source>Annotations imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="157" />
        <source>What became of each annotation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportWords</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="35" />
        <source>%n annotation(s) not imported:</source>
        <translation><numerusform>%n annotation not imported:</numerusform><numerusform>%n annotations not imported:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="36" />
        <source>%n annotation(s) wait for a letter not in the library:</source>
        <translation><numerusform>%n annotation waits for a letter not in the library:</numerusform><numerusform>%n annotations wait for a letter not in the library:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="37" />
        <source>%n annotation(s) imported, but their passage was not found in the letter (shown under “Annotations not found”):</source>
        <translation><numerusform>%n annotation imported, but its passage was not found in the letter (shown under “Annotations not found”):</numerusform><numerusform>%n annotations imported, but their passage was not found in the letter (shown under “Annotations not found”):</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="39" />
        <source>%n annotation(s) that waited for their letter are now attached:</source>
        <translation><numerusform>%n annotation that waited for its letter is now attached:</numerusform><numerusform>%n annotations that waited for their letter are now attached:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="41" />
        <source>%n annotation(s) added:</source>
        <translation><numerusform>%n annotation added:</numerusform><numerusform>%n annotations added:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="42" />
        <source>%n annotation(s) updated with a newer version:</source>
        <translation><numerusform>%n annotation updated with a newer version:</numerusform><numerusform>%n annotations updated with a newer version:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="43" />
        <source>%n annotation(s) already up to date:</source>
        <translation><numerusform>%n annotation already up to date:</numerusform><numerusform>%n annotations already up to date:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="50" />
        <source>%n added</source>
        <translation><numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="51" />
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="52" />
        <source>%n attached</source>
        <translation><numerusform>%n attached</numerusform><numerusform>%n attached</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="53" />
        <source>%n already up to date</source>
        <translation><numerusform>%n already up to date</numerusform><numerusform>%n already up to date</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="54" />
        <source>%n with their passage not found</source>
        <translation><numerusform>%n with its passage not found</numerusform><numerusform>%n with their passage not found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="55" />
        <source>%n waiting for a letter not in the library</source>
        <translation><numerusform>%n waiting for a letter not in the library</numerusform><numerusform>%n waiting for a letter not in the library</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="57" />
        <source>%n not imported</source>
        <translation><numerusform>%n not imported</numerusform><numerusform>%n not imported</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="66" />
        <source>Annotations imported: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="67" />
        <source>the files held none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="69" />
        <source>The files held no annotations; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="73" />
        <source>The import was cancelled; the files not yet imported were left out.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="80" />
        <source>%n annotation(s) are kept waiting for letters that are not in the library; they attach when you import those letters.</source>
        <translation><numerusform>%n annotation is kept waiting for a letter that is not in the library; it attaches when you import that letter.</numerusform><numerusform>%n annotations are kept waiting for letters that are not in the library; they attach when you import those letters.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="89" />
        <source>“%1” is not valid JSON (a mistake at line %2, column %3), so nothing in it was imported and nothing was changed. Export the annotations again, or choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="93" />
        <source>“%1” is not a text (JSON) file, so nothing in it was imported. Choose a .json file of W3C Web Annotations or a Hypothesis export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="96" />
        <source>“%1” is larger than %2 MB, so nothing in it was imported. Export fewer annotations per file and import those files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="99" />
        <source>“%1” could not be read (it is missing, a folder, or you have no permission); nothing in it was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="103" />
        <source>“%1” holds no W3C Web Annotations or Hypothesis annotations, so nothing in it was imported. Choose an annotation collection, page or annotation (.json), or a Hypothesis export or search result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="112" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="115" />
        <source>for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="117" />
        <source>%1: %2</source>
        <comment>annotation: reason</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReporter</name>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="43" />
        <source>No letters were imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="45" />
        <source>Import finished: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="49" />
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="52" />
        <source>No letters found in folder “%1”: there are no letter files (.txt, .md, .html, .xml, .pdf) in it. Choose the folder that holds the letters.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="61" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="62" />
        <source>%n file(s) could not be read:</source>
        <translation><numerusform>%n file could not be read:</numerusform><numerusform>%n files could not be read:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="69" />
        <source>%n imported annotation(s) that waited for these letters are now attached.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="72" />
        <source>%n imported annotation(s) still wait for letters that are not in the library; import those letters to attach them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="77" />
        <source>The search index could not be updated: the disk is full. Free some disk space; the index is then rebuilt from the library. The imported letters are in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="85" />
        <source>%1: its text is very different from the letter %2 already in the library (only %3% alike), so it did not replace that letter; it was imported as a separate letter %4. Delete it if it is not a letter; if it is a new version of %2, delete %2 first and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="94" />
        <source>%1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="96" />
        <source>%1: merged with %2 (%3): text from %4; %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="99" />
        <source>the details agree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="102" />
        <source>XML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="102" />
        <source>HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="102" />
        <source>markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="103" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="103" />
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="108" />
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="108" />
        <source>subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="109" />
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="109" />
        <source>Kamerstuk number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="110" />
        <source>parliamentary year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="111" />
        <source>signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="111" />
        <source>reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="112" />
        <source>chamber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="118" />
        <source>no extension</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/importing.py" line="119" />
        <source>%n file(s) skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.</source>
        <translation><numerusform>%n file skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.</numerusform><numerusform>%n files skipped (%1): this app reads only .txt, .md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML first.</numerusform></translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="74" />
        <source>Please wait until the running job has finished, or cancel it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="21" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="23" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/job_control.py" line="24" />
        <source>Cancel the running job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="26" />
        <source>Commitments: show or hide each kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="33" />
        <source>Show %1 commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="44" />
        <source>Possible commitments are sentences the detector is not sure of (drawn paler)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="51" />
        <source>promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="51" />
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="52" />
        <source>refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="52" />
        <source>earlier promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/kind_legend.py" line="56" />
        <source>Show possible commitments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterDetailsController</name>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="200" />
        <source>Choose a letter in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="205" />
        <source>The letter “%1” is no longer in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="224" />
        <source>Edit details of “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterDetailsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="49" />
        <source>Edit Letter Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="53" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="53" />
        <source>&amp;Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="54" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="54" />
        <source>Dossi&amp;er:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="55" />
        <source>&amp;Number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="55" />
        <source>&amp;Reference (kenmerk):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="56" />
        <source>Si&amp;gnatory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="57" />
        <source>Signatory's role / &amp;ministry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="61" />
        <source>Correct what the letter “%1” says about itself. Your corrections are kept with your annotations and stay when the letter is imported again; an empty field shows what the letter says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="94" />
        <source>(not in the letter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="96" />
        <source>Write the date as YYYY-MM-DD, e.g. 2021-07-12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="98" />
        <source>The lists show a letter's subject before its title; a corrected title takes the subject's place unless you correct the subject too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="102" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="103" />
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="104" />
        <source>Reset to the letter's value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="107" />
        <source>From the letter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="108" />
        <source>The letter does not say.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="150" />
        <source>This is longer than %1 characters; shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="152" />
        <source>This contains a character that cannot be saved; retype it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="153" />
        <source>Write this on one line, without tabs or line breaks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="154" />
        <source>Write the date as YYYY-MM-DD, e.g. 2021-07-12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="155" />
        <source>This date does not exist; give a real date, e.g. 2021-07-12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="157" />
        <source>This value cannot be saved; change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_details.py" line="165" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterListPane</name>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="96" />
        <source>Filter letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="98" />
        <source>Filter letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="99" />
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="100" />
        <source>All dossiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="101" />
        <source>All signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="131" />
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="336" />
        <source>There are no letters yet.

Import letter files with %1 or a folder with %2, or drop them on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="340" />
        <source>No letter matches the filter.

Clear the filter box or choose “All” in the lists above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="370" />
        <source>Edit Letter &amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/letter_list.py" line="381" />
        <source>Open Original</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Kamerstuk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="175" />
        <source>Signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="176" />
        <source>Commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="176" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="181" />
        <source>Comm.</source>
        <comment>short for Commitments</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="182" />
        <source>Ann.</source>
        <comment>short for Annotations</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="408" />
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters/models.py" line="453" />
        <source>Dossier: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../../desktop_app/ui/reader/letter_view.py" line="36" />
        <source>Letter text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="42" />
        <source>Preparing the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="51" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="55" />
        <source>Rebuilding the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="59" />
        <source>The data folder %1 is read-only: changes (annotations, reviews, imports) cannot be saved there. Reading and searching still work. Ask your IT support to make the folder writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="82" />
        <source>Index: updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="91" />
        <source>Index: up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="92" />
        <source>Index: out of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_control.py" line="96" />
        <source>Index: unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LineageControl</name>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_control.py" line="267" />
        <source>Reject link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_control.py" line="267" />
        <source>Confirm link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_control.py" line="273" />
        <source>Remove link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LineagePanel</name>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="57" />
        <source>Commitment lineage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="73" />
        <source>Looking for later letters…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="95" />
        <source>%n more earlier promise(s) this sentence may answer</source>
        <translation><numerusform>%n more earlier promise this sentence may answer</numerusform><numerusform>%n more earlier promises this sentence may answer</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="98" />
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="110" />
        <source>Earlier due dates: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="118" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="143" />
        <source>(new due %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="123" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="171" />
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="124" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="172" />
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="127" />
        <source>Show the chain across letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="134" />
        <source>Not linked (rejected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="136" />
        <source>Fulfilled by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="136" />
        <source>Postponed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="137" />
        <source>Repeated in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="138" />
        <source>Changed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="145" />
        <source>(the sentence is no longer found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="146" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="162" />
        <source>Remove link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="153" />
        <source>Not linked (rejected) ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="155" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="177" />
        <source>Fulfils ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="155" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="177" />
        <source>Postpones ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="156" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="178" />
        <source>Repeats ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="157" />
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="179" />
        <source>Changes ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/lineage_panel.py" line="163" />
        <source>Show chain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LineageWords</name>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="30" />
        <source>Likely fulfilled by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="31" />
        <source>Likely postponed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="32" />
        <source>Likely repeated in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="33" />
        <source>Likely changed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="34" />
        <source>Possibly fulfilled by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="35" />
        <source>Possibly postponed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="36" />
        <source>Possibly repeated in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="37" />
        <source>Possibly changed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="38" />
        <source>Likely fulfils ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="39" />
        <source>Likely postpones ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="40" />
        <source>Likely repeats ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="41" />
        <source>Likely changes ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="42" />
        <source>Possibly fulfils ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="43" />
        <source>Possibly postpones ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="44" />
        <source>Possibly repeats ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lineage_words.py" line="45" />
        <source>Possibly changes ←</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="129" />
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="130" />
        <source>Commitments overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="150" />
        <source>Text size of the letter (Ctrl+0: back to 100 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="153" />
        <source>Index: not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/main_window.py" line="258" />
        <source>%n letter(s)</source>
        <translation><numerusform>%n letter</numerusform><numerusform>%n letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/main_window.py" line="259" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="268" />
        <source>The letter “%1” is no longer in the library. Choose a letter in the list, or import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="347" />
        <source>Zoom %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="404" />
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="431" />
        <source>%1 (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="432" />
        <source>Read-only: changes cannot be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="450" />
        <source>Loading the letters that come with the app…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="23" />
        <source>Import letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="24" />
        <source>Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/importing.py" line="31" />
        <source>Import a folder of letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="506" />
        <source>About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="509" />
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Read, search and annotate Dutch parliamentary letters offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_app/ui/shell/message_bar.py" line="42" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/message_bar.py" line="52" />
        <location filename="../../desktop_app/ui/shell/message_bar.py" line="53" />
        <source>Dismiss the message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="47" />
        <source>Query not understood completely: %1. Showing results for what could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="58" />
        <source>This could not be done (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="68" />
        <source>no extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="70" />
        <source>%1: %2</source>
        <comment>file name: problem</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="85" />
        <source>a quotation mark (") is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="86" />
        <source>a parenthesis is not matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="87" />
        <source>a square bracket is not matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="88" />
        <source>unknown field “%1” (ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="89" />
        <source>“%1” has no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="90" />
        <source>“%1” at the start has nothing to combine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="92" />
        <source>“%1” at the end has nothing to combine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="94" />
        <source>Query not understood; searched for its words instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="96" />
        <source>Searching for words starting with “%1” needs at least %2 letters before the *; showing letters with the word “%1” itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="99" />
        <source>“%1” matches %2 words; searched for the %3 most frequent of them. Type more letters before the * to search for fewer words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="103" />
        <source>“%1” is not a date (ignored); write datum:2021, datum:2021-06, datum:2021-06-30 or datum:[2021-01-01 TO 2021-06-30].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="106" />
        <source>Unknown commitment kind “%1” (ignored); use promise, action, refusal or earlier (Dutch: toezegging, actie, weigering, eerder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="109" />
        <source>Fuzzy search allows at most %1 differences: searched for “%2~%1” instead of “%2~%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="112" />
        <source>“%1” right after “%2” has nothing to combine (ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="114" />
        <source>a phrase of %1 words is too long; searched for its first %2 words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="116" />
        <source>the query is too long (at most %1 words and %2 characters); searched for its start only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="118" />
        <source>The query is too complex to search as written; searched for its words instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="120" />
        <source>The query could not be searched; try fewer or plainer words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="122" />
        <source>Unknown sort order “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="123" />
        <source>Unknown search scope “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="124" />
        <source>The search index is not ready yet; it is being built from the letters. Search again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="126" />
        <source>The search index was damaged (%1); it is being rebuilt from the letters. Search again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="129" />
        <source>The disk holding the data folder %1 is full, so %2 and the files after it were not imported (the letters before it were). Free some disk space and import again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="133" />
        <source>The search index is busy with another update; try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="135" />
        <source>The search index is being updated by another program (waited %1 s). Close the other copy of the app or wait until its indexing has finished, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="139" />
        <source>The disk holding the search index is full, so the index could not be updated. Free some disk space; the index is then rebuilt from the library (File → Rebuild Search Index). Your letters and annotations are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="144" />
        <source>The search index is locked by another program; wait until it has finished indexing, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="151" />
        <source>%1 cannot be the data folder: it (or a folder above it) is a file, not a folder. Start the app with another data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="154" />
        <source>The data folder %1 cannot be created (%2). Start the app with another data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="157" />
        <source>The disk holding the database %1 is full, so it cannot be opened. Free some disk space and start the app again; nothing in the database was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="160" />
        <source>The data folder holding %1 is read-only, so the app cannot open its letters and annotations for use. Ask your IT support to make the folder writable; nothing in it was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="164" />
        <source>The data folder %1 is read-only: changes (annotations, reviews, imports) cannot be saved there. Reading and searching still work. Ask your IT support to make the folder writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="168" />
        <source>The database %1 cannot be opened (%2). Check that its folder exists and is writable, then start the app again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="171" />
        <source>The database %1 cannot be opened: another program is using it. Close other copies of the app and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="174" />
        <source>A database of the app is damaged. Ask your IT support for help; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="176" />
        <source>A database of the app cannot be used. Close other copies of the app and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="178" />
        <source>The file %1 is not a database of this app, so it was left alone. Start the app with another data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="181" />
        <source>It is no longer in the library (it may have been deleted in the meantime). Choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="183" />
        <source>Choose a comma, a semicolon or a tab as the CSV separator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="185" />
        <source>This letter detail cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="186" />
        <source>This letter detail cannot be saved as written (at most %1 characters, a date as 2024-06-30); change it. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="189" />
        <source>Choose a letter in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="190" />
        <source>This review verdict is not known; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="192" />
        <source>This commitment kind is not known; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="194" />
        <source>This commitment status is not known; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="196" />
        <source>This link cannot be made as asked; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="197" />
        <source>Select a sentence of the later letter to link; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="199" />
        <source>This kind of link is not known (%1): choose fulfils, postpones, repeats or changes. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="202" />
        <source>The new due date %1 is not a date; give one like 2025-12-31. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="204" />
        <source>A commitment can only be linked to another, later letter. Choose a sentence in another letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="206" />
        <source>This link no longer exists (it may have been removed in the meantime).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="208" />
        <source>Letter %1 has no such commitment (it has %2). Choose one of its commitments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="211" />
        <source>No sentence of letter %1 refers to this commitment. Select the sentence in that letter yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="213" />
        <source>Letter %1 does not contain this sentence. Select it in the letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="220" />
        <source>The annotations cannot be saved: the data folder is read-only. Ask your IT support to make the folder writable; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="223" />
        <source>The disk holding the annotations is full, so the change was not saved. Free some disk space and try again; nothing already saved was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="226" />
        <source>Another program keeps the annotations busy, so the change was not saved. Close other copies of the app and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="229" />
        <source>The change could not be saved (%1). Try again; nothing already saved was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="231" />
        <source>This step cannot be undone or redone: what it changed was changed again since. Edit it directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="233" />
        <source>This annotation is %1's, shared through the team folder: it is read-only here. Annotate the passage yourself to add your own note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="237" />
        <source>Sharing did not work. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="238" />
        <source>No team folder is set for sharing. Choose the shared folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="240" />
        <source>The team folder %1 cannot be found. Connect the network drive or choose the folder again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="243" />
        <source>The name is empty. Give the name colleagues should see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="245" />
        <source>There is no open conflict for this annotation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="247" />
        <source>This selection cannot be annotated (%1). Select a passage of the letter's text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="249" />
        <source>The text cannot be saved: it is too long (at most %1 characters) or holds characters that cannot be stored. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="252" />
        <source>There is no colour “%1”. Choose one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="254" />
        <source>Give the colour a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="255" />
        <source>The colour “%1” is used by %2 annotations; give them another colour first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="257" />
        <source>Give the collection a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="258" />
        <source>Add an annotation or a section heading to the collection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="260" />
        <source>These annotations are not kept in a file, so they have no backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="262" />
        <source>This file is not a usable backup of the annotations; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="264" />
        <source>The annotations database cannot be used: it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="266" />
        <source>The annotation file could not be imported; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="268" />
        <source>The annotation file is larger than %1 MB; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="275" />
        <source>The pack %1 was skipped: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="276" />
        <source>The pack %1 was skipped: it holds the pack of %2, whose pack is %3 (a copy a sync tool made?). Delete the copy once that pack is in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="279" />
        <source>Some annotations in the pack of %1 could not be read; the others were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="286" />
        <source>names the letter (Kamerstuk %1, nr. %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="288" />
        <source>names the letter of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="289" />
        <source>same dossier (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="290" />
        <source>says %1</source>
        <comment>the promise's words the later sentence has</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="292" />
        <source>but %1, not %2</source>
        <comment>other years than promised</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="294" />
        <source>but about %1, not the promised one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="295" />
        <source>but the %1, not the %2</source>
        <comment>Dutch ordinals: de derde, de tweede</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="298" />
        <source>but keeps a promise of %1</source>
        <comment>a debate or motion</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="300" />
        <source>but recalls another promise: %1</source>
        <comment>the thing the later letter says was promised</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="303" />
        <source>but recalls Kamerstuk %1, nr. %2</source>
        <comment>another document the later sentence looks back at</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="306" />
        <source>hands over %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="307" />
        <source>on %1</source>
        <comment>the subject's words</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="308" />
        <source>looks back at a promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="309" />
        <source>around the due date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/messages.py" line="310" />
        <source>%n week(s) later in the dossier</source>
        <translation><numerusform>%n week later in the dossier</numerusform><numerusform>%n weeks later in the dossier</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/messages.py" line="311" />
        <source>%n month(s) later in the dossier</source>
        <translation><numerusform>%n month later in the dossier</numerusform><numerusform>%n months later in the dossier</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/messages.py" line="313" />
        <source>%n year(s) later</source>
        <translation><numerusform>%n year later</numerusform><numerusform>%n years later</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="314" />
        <source>but a refusal: nothing to fulfil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="315" />
        <source>but the detector is unsure it is a commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="317" />
        <source>but its own letter keeps it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="318" />
        <source>but it is kept in a meeting with the Kamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="321" />
        <source>but a measure: its words said again do not say it was taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="327" />
        <source>the file cannot be read as a letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="328" />
        <source>this is a folder; import it with File → Import Folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="329" />
        <source>unsupported file type “%1”. Supported: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="331" />
        <source>the file is %1 MB, larger than the %2 MB limit for one letter. Split it or import the letter itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="334" />
        <source>the letter's text is %1 MB, more than the %2 MB one letter may have (a longer letter is slow to open and to search). Split the file into parts of at most %2 MB and import those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="338" />
        <source>the file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="339" />
        <source>permission denied: the file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="340" />
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="341" />
        <source>no letter text was found in this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="342" />
        <source>the file is empty. Choose a file that contains a letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="343" />
        <source>this is not a text file (it contains binary data). Import the letter as .txt, .md, .html, .xml or .pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="345" />
        <source>the file says it is UTF-16 but is not valid UTF-16. Save it again as UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="347" />
        <source>this is not an XML file (it contains binary data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="348" />
        <source>the XML is not well-formed (%1). Download the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="350" />
        <source>this XML is not a Kamerstuk (root element &lt;%1&gt;); only the official Kamerstuk schema is read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="352" />
        <source>the PDF is encrypted (password protected). Save an unprotected copy and import that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="355" />
        <source>the PDF is damaged or not a PDF. Download the letter again or import its text version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="357" />
        <source>the PDF has %1 pages; a letter has at most %2. Import the letter itself, not a whole volume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="360" />
        <source>this is not an ordinary file (a pipe or a device), so it cannot be read as a letter. Import the letter file itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="363" />
        <source>the XML is nested more than %1 levels deep, so it is not a Kamerstuk. Download the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="366" />
        <source>the file could not be read: its structure is nested too deeply to be a letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="368" />
        <source>the file could not be read (%1). The other files are not affected; please report this file as a problem of the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="371" />
        <source>the PDF has no text layer (it is a scan). Run OCR on it first, or import a text version of the letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="378" />
        <source>The export could not be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="379" />
        <source>Cannot write %1: permission denied. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="382" />
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="384" />
        <source>Cannot write %1: it is not an ordinary file (a device or a pipe). Choose a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="386" />
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="388" />
        <source>Cannot write %1: %2 is a file, not a folder. Choose another location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="390" />
        <source>Cannot write %1: files cannot be created in %2. Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="392" />
        <source>Cannot write %1: the disk is full. Make room or choose another location; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="394" />
        <source>Cannot write %1: the disk is read-only. Choose another location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="396" />
        <source>Cannot write %1: %2. Choose another location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="398" />
        <source>This collection no longer exists. Choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="400" />
        <source>There is nothing to export. Choose annotations, a tag or a collection that holds passages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="402" />
        <source>No annotations have the tag “%1”. Choose another tag, or tag passages in the Annotations tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="405" />
        <source>Select at least one annotation to export (in the Annotations tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/messages.py" line="407" />
        <source>Unknown export format “%1”. Choose one of: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="16" />
        <source>Important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="17" />
        <source>Important: key passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="18" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="19" />
        <source>Question: to ask or look into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="20" />
        <source>Course material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="21" />
        <source>Course material: a passage for a collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="23" />
        <source>Critique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/palette_words.py" line="24" />
        <source>Critique: weak point or risk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaletteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="244" />
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="248" />
        <source>Annotation colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="254" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="255" />
        <source>&amp;Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="256" />
        <source>&amp;Meaning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="257" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="265" />
        <source>Keys 1–9 in the letter mark the selection with the colours in this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="290" />
        <source>New colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="290" />
        <source>Name of the colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="293" />
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="303" />
        <source>Choose the colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="312" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="312" />
        <source>What the colour means:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="319" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="319" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="319" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="320" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/models.py" line="331" />
        <source>Stored as “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingNotice</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/pending_notice.py" line="36" />
        <source>%n imported annotation(s) wait for letters not in the library</source>
        <translation><numerusform>%n imported annotation waits for a letter not in the library</numerusform><numerusform>%n imported annotations wait for letters not in the library</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/pending_notice.py" line="40" />
        <source>They attach when these letters are imported:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/pending_notice.py" line="42" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="154" />
        <source>Add a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_dialogs.py" line="155" />
        <source>Tag:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="198" />
        <source>Commitment details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="207" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="208" />
        <source>Find in letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="211" />
        <source>Matches in the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="219" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="275" />
        <source>Choose a letter in the list to read it, or search on the right. Import letters with %1 or %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="355" />
        <source>Mark as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="451" />
        <source>Commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="736" />
        <source>Search hit %1 of %2 (F4: next, Shift+F4: previous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="214" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="832" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="233" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="473" />
        <location filename="../../desktop_app/ui/reader/reader.py" line="520" />
        <source>Open Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="470" />
        <source>Open Original PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="470" />
        <source>Open Original Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="471" />
        <source>Open Original Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="472" />
        <source>Open Original HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="472" />
        <source>Open Original XML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="494" />
        <source>Open the file this letter was imported from in the system's viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="495" />
        <source>No original file is kept for this letter (it was removed from the data folder); import the file again to keep a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="506" />
        <source>The original file %1 could not be opened: it is gone, or the system has no viewer for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="550" />
        <source>By %1 (shared, read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="847" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="848" />
        <source>Continued from the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="849" />
        <source>Continued from the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="919" />
        <source>possible commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="922" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="923" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="925" />
        <source>actor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="927" />
        <source>deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader/reader.py" line="928" />
        <source>recognised by: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="18" />
        <source>The annotations database cannot be used: it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="22" />
        <source>There is no backup of it yet. Keep the file as it is and ask your IT support for help; the letters are not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="27" />
        <source>The latest backup is from %1 (%2 hours ago). Restoring it brings back the annotations as they were then; changes made after it are not in it. The damaged file is kept beside it (not deleted), so they can still be rescued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="47" />
        <source>&amp;Restore the Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/rescue.py" line="49" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../desktop_app/ui/search/models.py" line="59" />
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="98" />
        <source>Search all letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="99" />
        <source>Search query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="103" />
        <source>Any year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="103" />
        <source>Any dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="104" />
        <source>Any signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="114" />
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="119" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="159" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="192" />
        <source>Type words to search every letter. Use quotes for a phrase, * for a prefix, datum:2021 or van:name to narrow down.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search/search_pane.py" line="198" />
        <source>About %n letter(s) found</source>
        <translation><numerusform>About %n letter found</numerusform><numerusform>About %n letters found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search/search_pane.py" line="200" />
        <source>%n letter(s) found</source>
        <translation><numerusform>%n letter found</numerusform><numerusform>%n letters found</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="202" />
        <source>No letters found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="205" />
        <source>Did you mean %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/search_pane.py" line="207" />
        <source>Try fewer or shorter words, or remove a filter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareController</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="125" />
        <source>Keep my version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="125" />
        <source>Keep their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="128" />
        <source>Kept your version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="129" />
        <source>Kept the version of %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="152" />
        <source>%n annotation(s) changed both here and by a colleague. Open File → Team Sharing… to resolve them.</source>
        <translation><numerusform>%n annotation changed both here and by a colleague. Open File → Team Sharing… to resolve it.</numerusform><numerusform>%n annotations changed both here and by a colleague. Open File → Team Sharing… to resolve them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="171" />
        <source>%n added</source>
        <translation><numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="172" />
        <source>%n changed</source>
        <translation><numerusform>%n changed</numerusform><numerusform>%n changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="173" />
        <source>%n deleted</source>
        <translation><numerusform>%n deleted</numerusform><numerusform>%n deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="175" />
        <source>%n new conflict(s)</source>
        <translation><numerusform>%n new conflict</numerusform><numerusform>%n new conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="177" />
        <source>%n waiting for a letter not in the library</source>
        <translation><numerusform>%n waiting for a letter not in the library</numerusform><numerusform>%n waiting for a letter not in the library</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="179" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="181" />
        <source>Synced. No colleague's file is in the folder yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="183" />
        <source>Synced.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_control.py" line="185" />
        <source>%n colleague file(s) could not be read.</source>
        <translation><numerusform>%n colleague file could not be read.</numerusform><numerusform>%n colleague files could not be read.</numerusform></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="103" />
        <source>Team Sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="112" />
        <source>Share your annotations with colleagues through a shared folder (a network drive or a synced folder). Each person's app writes its own file there and reads the others'. Colleagues' annotations show with their name and are read-only here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="118" />
        <source>Shared folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="119" />
        <source>No folder chosen: sharing is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="120" />
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="122" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="123" />
        <source>&amp;Use This Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="130" />
        <source>&amp;Sync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="132" />
        <source>Colleagues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="134" />
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="179" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="139" />
        <source>My version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="140" />
        <source>Their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="143" />
        <source>Keep &amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="144" />
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="161" />
        <source>Shared &amp;folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="165" />
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="170" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="184" />
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="185" />
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="212" />
        <source>Sharing is off: choose the shared folder and your name, then press “Use This Folder”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="215" />
        <source>Folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="216" />
        <source>You: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="217" />
        <source>%n annotation(s) of your own</source>
        <translation><numerusform>%n annotation of your own</numerusform><numerusform>%n annotations of your own</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="218" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="219" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="220" />
        <source>%n colleague(s)</source>
        <translation><numerusform>%n colleague</numerusform><numerusform>%n colleagues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="221" />
        <source>%n open conflict(s)</source>
        <translation><numerusform>%n open conflict</numerusform><numerusform>%n open conflicts</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="236" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="243" />
        <source>No conflicts: nothing was changed here and by its owner at once.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="245" />
        <source>%n annotation(s) changed here and by the colleague they belong to. Choose one, compare the versions and keep one; the other is kept on record.</source>
        <translation><numerusform>%n annotation changed here and by the colleague it belongs to. Choose it, compare the versions and keep one; the other is kept on record.</numerusform><numerusform>%n annotations changed here and by the colleague they belong to. Choose one, compare the versions and keep one; the other is kept on record.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="262" />
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="272" />
        <source>Deleted by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="273" />
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="273" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="274" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="275" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="276" />
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="276" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/sharing/share_dialog.py" line="283" />
        <source>Choose the shared folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../desktop_app/ui/shell/side_panel.py" line="35" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/side_panel.py" line="36" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/side_panel.py" line="37" />
        <source>Collections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreUndoStack</name>
    <message>
        <location filename="../../desktop_app/ui/shell/undo.py" line="109" />
        <source>The annotations were changed elsewhere (for example by re-importing a letter), so there is nothing to undo here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/undo.py" line="130" />
        <source>%n annotation(s) deleted</source>
        <translation><numerusform>%n annotation deleted</numerusform><numerusform>%n annotations deleted</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/undo.py" line="131" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/shell/app.py" line="63" />
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.reader</name>
    <message>
        <location filename="../../desktop_app/ui/annotations/annotation_wiring.py" line="153" />
        <source>Mark as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/import_report.py" line="170" />
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>