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
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="40" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="44" />
        <source>Add or Edit &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="45" />
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="46" />
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="47" />
        <source>Annotation &amp;Colours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="48" />
        <source>&amp;Letters and Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="49" />
        <source>&amp;Commitments Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="50" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="55" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="56" />
        <source>Import Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="57" />
        <source>Rebuild Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="58" />
        <source>Import letter files (txt, md, html, xml, pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="59" />
        <source>Import every letter file in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="79" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="81" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="84" />
        <source>&amp;Annotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="85" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="87" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="100" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="107" />
        <source>Annotate toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="55" />
        <source>Select a passage in the letter first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="84" />
        <source>Select a passage or an annotation first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="98" />
        <source>Select the passage in the letter first, then re-attach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="105" />
        <source>Mark “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="118" />
        <source>Edit note and tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotating.py" line="123" />
        <source>Colour %n annotation(s)</source>
        <translation><numerusform>Colour %n annotation</numerusform><numerusform>Colour %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotating.py" line="133" />
        <source>Tag %n annotation(s)</source>
        <translation><numerusform>Tag %n annotation</numerusform><numerusform>Tag %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotating.py" line="136" />
        <source>Delete %n annotation(s)</source>
        <translation><numerusform>Delete %n annotation</numerusform><numerusform>Delete %n annotations</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="140" />
        <source>Re-attach annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="145" />
        <source>Change colour %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="149" />
        <source>Remove colour %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotating.py" line="156" />
        <source>Add %n annotation(s) to a collection</source>
        <translation><numerusform>Add %n annotation to a collection</numerusform><numerusform>Add %n annotations to a collection</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="163" />
        <source>Change collection</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotating.py" line="176" />
        <source>Review %n commitment(s)</source>
        <translation><numerusform>Review %n commitment</numerusform><numerusform>Review %n commitments</numerusform></translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="61" />
        <source>Note and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="66" />
        <source>Note (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="67" />
        <source>A note in Markdown: **bold**, *italic*, - lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="69" />
        <source>Note as shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="71" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="72" />
        <source>tags, separated by commas (theme/asylum)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="82" />
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="87" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="87" />
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="87" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="87" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="88" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="88" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="88" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="79" />
        <source>Which letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="81" />
        <source>Sort order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="82" />
        <source>In text order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="83" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="85" />
        <source>Filter annotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="86" />
        <source>Filter annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="88" />
        <source>Filter by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="89" />
        <source>Filter by colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="90" />
        <source>Filter by author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="91" />
        <source>Filter by date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="92" />
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="92" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="93" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="93" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="94" />
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="97" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="102" />
        <source>&amp;Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="104" />
        <location filename="../../desktop_app/ui/annotations_panel.py" line="281" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="108" />
        <source>To collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="111" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="115" />
        <source>Annotations not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="117" />
        <source>&amp;Re-attach to the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="118" />
        <source>Select the passage in the letter first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="179" />
        <source>Letter in the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="180" />
        <source>All letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="183" />
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="185" />
        <source>All colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="187" />
        <source>All authors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="213" />
        <source>New collection…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations_panel.py" line="238" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations_panel.py" line="240" />
        <source>%n annotation(s) whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</source>
        <translation><numerusform>%n annotation whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</numerusform><numerusform>%n annotations whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="280" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="283" />
        <source>Add to collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="286" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectionItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="323" />
        <source>(deleted annotation)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="43" />
        <source>Collections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="44" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="45" />
        <source>Re&amp;name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="46" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="48" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="49" />
        <source>Introduction of the collection (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="51" />
        <source>&amp;Save introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="55" />
        <source>Items of the collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="61" />
        <source>Drag annotations here from the Annotations tab; drag items to reorder them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="64" />
        <source>Add &amp;heading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="65" />
        <source>&amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="66" />
        <source>Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="67" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="158" />
        <source>New collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="158" />
        <location filename="../../desktop_app/ui/collections_view.py" line="167" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="167" />
        <source>Rename the collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="181" />
        <source>Section heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="181" />
        <source>Heading:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="176" />
        <source>Letter date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="176" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="176" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="176" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="177" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="177" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="177" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="180" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="180" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="181" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="184" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="186" />
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="131" />
        <location filename="../../desktop_app/ui/commitments_view.py" line="174" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="132" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="135" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="136" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="136" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="137" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="137" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="139" />
        <source>Dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="141" />
        <source>Actor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="142" />
        <source>Filter by actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="144" />
        <source>&amp;Due within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="148" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="149" />
        <source>Days until the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="150" />
        <source>&amp;Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="151" />
        <source>Deadline passed and not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="156" />
        <source>Commitments of all letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="169" />
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="170" />
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="171" />
        <source>Mark &amp;done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="172" />
        <source>Re&amp;open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="180" />
        <source>Dead&amp;line…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments_view.py" line="255" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments_view.py" line="257" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="266" />
        <source>All dossiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="309" />
        <source>Mark as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="309" />
        <source>How was it done? (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="318" />
        <source>Correct the deadline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineTimeline</name>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="45" />
        <source>Deadlines by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="73" />
        <source>No deadlines among the commitments shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="86" />
        <source>today</source>
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
        <location filename="../../desktop_app/ui/reader.py" line="116" />
        <source>Commitments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="123" />
        <source>Show %1 commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="132" />
        <source>promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="132" />
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="133" />
        <source>refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="133" />
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
        <location filename="../../desktop_app/ui/models.py" line="191" />
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="53" />
        <source>Letter text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="74" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="75" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="76" />
        <source>Collections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="89" />
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="90" />
        <source>Commitments overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103" />
        <source>Index: not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="180" />
        <source>%n letter(s)</source>
        <translation><numerusform>%n letter</numerusform><numerusform>%n letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="181" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="221" />
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="276" />
        <source>Loading the letters that come with the app…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277" />
        <source>Preparing the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="282" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="286" />
        <source>Rebuilding the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="295" />
        <source>Please wait until the running job has finished, or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="300" />
        <source>Index: updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="333" />
        <source>Index: up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="334" />
        <source>Index: out of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="341" />
        <source>Index: unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="345" />
        <source>Import finished: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="349" />
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="354" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="355" />
        <source>%n file(s) could not be read:</source>
        <translation><numerusform>%n file could not be read:</numerusform><numerusform>%n files could not be read:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="362" />
        <source>Import letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="363" />
        <source>Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="368" />
        <source>Import a folder of letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="383" />
        <source>About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="386" />
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
    <name>PaletteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="162" />
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="166" />
        <source>Annotation colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="171" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="172" />
        <source>&amp;Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="173" />
        <source>&amp;Meaning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="174" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="182" />
        <source>Keys 1–9 in the letter mark the selection with the colours in this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="207" />
        <source>New colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="207" />
        <source>Name of the colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="210" />
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="220" />
        <source>Choose the colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="228" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="228" />
        <source>What the colour means:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="400" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="400" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="400" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="401" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="122" />
        <source>Add a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_dialogs.py" line="123" />
        <source>Tag:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="206" />
        <source>Commitment details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="208" />
        <location filename="../../desktop_app/ui/reader.py" line="209" />
        <source>Find in letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="214" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="244" />
        <source>Choose a letter in the list to read it, or search on the right. Import letters with File → Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="291" />
        <source>Mark as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="436" />
        <source>Search hit %1 of %2 (F4: next, Shift+F4: previous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="483" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="528" />
        <source>actor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="530" />
        <source>deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="531" />
        <source>cue: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="250" />
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
    <name>StoreUndoStack</name>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="109" />
        <source>The annotations were changed elsewhere (for example by re-importing a letter), so there is nothing to undo here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="38" />
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>