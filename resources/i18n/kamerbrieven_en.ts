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
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="27" />
        <source>Export a collection, a tag or the selected annotations as a course pack (Word, PDF, HTML, Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="30" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="31" />
        <source>&amp;Find in Letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="32" />
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="33" />
        <source>Find &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="34" />
        <source>Next Search &amp;Hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="35" />
        <source>Previous Search Hi&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="36" />
        <source>&amp;Search All Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="38" />
        <source>Filter the &amp;Letter List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="39" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="41" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="42" />
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="43" />
        <source>&amp;About Kamerbrieven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="44" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="45" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="49" />
        <source>Add or Edit &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="50" />
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="51" />
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="52" />
        <source>Annotation &amp;Colours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="53" />
        <source>&amp;Letters and Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="54" />
        <source>&amp;Commitments Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="55" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="60" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="61" />
        <source>Import Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="62" />
        <source>Rebuild Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="63" />
        <source>Import letter files (txt, md, html, xml, pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="64" />
        <source>Import every letter file in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="94" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="96" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="99" />
        <source>&amp;Annotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="100" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="102" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="115" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="122" />
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
        <location filename="../../desktop_app/ui/annotation_models.py" line="118" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="118" />
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="118" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="118" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="119" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="119" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="119" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="80" />
        <source>Which letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="82" />
        <source>Sort order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="83" />
        <source>In text order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="84" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="86" />
        <source>Filter annotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="87" />
        <source>Filter annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="89" />
        <source>Filter by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="90" />
        <source>Filter by colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="91" />
        <source>Filter by author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="92" />
        <source>Filter by date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="93" />
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="93" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="94" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="94" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="95" />
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="98" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="103" />
        <source>&amp;Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="105" />
        <location filename="../../desktop_app/ui/annotations_panel.py" line="288" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="109" />
        <source>To collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="112" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="113" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="114" />
        <source>Export the selected annotations as a course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="119" />
        <source>Annotations not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="121" />
        <source>&amp;Re-attach to the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="122" />
        <source>Select the passage in the letter first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="185" />
        <source>Letter in the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="186" />
        <source>All letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="189" />
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="191" />
        <source>All colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="193" />
        <source>All authors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="219" />
        <source>New collection…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations_panel.py" line="244" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/annotations_panel.py" line="246" />
        <source>%n annotation(s) whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</source>
        <translation><numerusform>%n annotation whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</numerusform><numerusform>%n annotations whose passage is no longer in the letter. Select the passage in the letter, choose the annotation and re-attach it:</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="287" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="290" />
        <source>Add to collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotations_panel.py" line="293" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectionItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="318" />
        <source>(deleted annotation)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="44" />
        <source>Collections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="45" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="46" />
        <source>Re&amp;name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="47" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="48" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="49" />
        <source>Export the collection as a course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="52" />
        <source>Move the collection up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="53" />
        <source>Move the collection down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="58" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="59" />
        <source>Introduction of the collection (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="61" />
        <source>&amp;Save introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="65" />
        <source>Items of the collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="71" />
        <source>Drag annotations here from the Annotations tab; drag items to reorder them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="74" />
        <source>Add &amp;heading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="75" />
        <source>&amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="76" />
        <source>Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="77" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="179" />
        <source>New collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="179" />
        <location filename="../../desktop_app/ui/collections_view.py" line="188" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="188" />
        <source>Rename the collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="206" />
        <source>Section heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/collections_view.py" line="206" />
        <source>Heading:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="189" />
        <source>Letter date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="189" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="189" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="189" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="190" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="190" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="190" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="193" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="193" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="194" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="197" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="199" />
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="132" />
        <location filename="../../desktop_app/ui/commitments_view.py" line="175" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="133" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="136" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="137" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="137" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="138" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="138" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="140" />
        <source>Dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="142" />
        <source>Actor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="143" />
        <source>Filter by actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="145" />
        <source>&amp;Due within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="149" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="150" />
        <source>Days until the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="151" />
        <source>&amp;Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="152" />
        <source>Deadline passed and not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="157" />
        <source>Commitments of all letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="170" />
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="171" />
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="172" />
        <source>Mark &amp;done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="173" />
        <source>Re&amp;open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="181" />
        <source>Dead&amp;line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="183" />
        <source>E&amp;xport commitments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="184" />
        <source>Save the commitments shown (as filtered) as a spreadsheet or a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="189" />
        <source>CSV for Excel (comma)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="190" />
        <source>CSV for Excel with Dutch settings (semicolon)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="191" />
        <source>CSV with tabs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="192" />
        <source>iCalendar (deadlines as events)…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments_view.py" line="271" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/commitments_view.py" line="273" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="287" />
        <source>All dossiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="330" />
        <source>Mark as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="330" />
        <source>How was it done? (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/commitments_view.py" line="339" />
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
    <name>ExportController</name>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="73" />
        <source>Export the course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="75" />
        <source>%1 files (*%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="83" />
        <location filename="../../desktop_app/ui/exporting.py" line="98" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="89" />
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="90" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="91" />
        <source>Export the commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="92" />
        <source>commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="108" />
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting.py" line="111" />
        <source>%n dated commitment(s) as calendar events</source>
        <translation><numerusform>%n dated commitment as a calendar event</numerusform><numerusform>%n dated commitments as calendar events</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting.py" line="113" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting.py" line="115" />
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exporting.py" line="116" />
        <source>from %n letter(s)</source>
        <translation><numerusform>from %n letter</numerusform><numerusform>from %n letters</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="118" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="119" />
        <source>Exported %1 to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="38" />
        <source>Export a course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="47" />
        <source>What to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="49" />
        <source>Which collection or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="51" />
        <source>Title of the course pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="53" />
        <source>File format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="54" />
        <source>Word document (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="55" />
        <source>PDF document (.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="56" />
        <source>Web page (.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="57" />
        <source>Markdown (.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="59" />
        <source>Include my personal &amp;notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="64" />
        <source>The first passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="68" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="70" />
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="71" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="72" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="73" />
        <source>F&amp;ormat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="77" />
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="86" />
        <source>A collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="87" />
        <source>A tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="88" />
        <source>The selected annotations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="114" />
        <source>%n selected annotation(s)</source>
        <translation><numerusform>%n selected annotation</numerusform><numerusform>%n selected annotations</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="126" />
        <source>Selected annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="155" />
        <source>There is nothing to export yet: make a collection, tag annotations or select some in the Annotations tab.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="174" />
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="175" />
        <source>from %n letter(s)</source>
        <translation><numerusform>from %n letter</numerusform><numerusform>from %n letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="176" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="177" />
        <source>personal notes left out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="180" />
        <source>%n passage(s) no longer found in the letter</source>
        <translation><numerusform>%n passage no longer found in the letter</numerusform><numerusform>%n passages no longer found in the letter</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="184" />
        <source>Sections: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="189" />
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReporter</name>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="36" />
        <source>Import finished: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="40" />
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/importing.py" line="45" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/importing.py" line="46" />
        <source>%n file(s) could not be read:</source>
        <translation><numerusform>%n file could not be read:</numerusform><numerusform>%n files could not be read:</numerusform></translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <location filename="../../desktop_app/ui/job_control.py" line="37" />
        <source>Please wait until the running job has finished, or cancel it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="69" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="71" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="72" />
        <source>Cancel the running job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="117" />
        <source>Commitments: show or hide each kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="124" />
        <source>Show %1 commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="133" />
        <source>promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="133" />
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="134" />
        <source>refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="134" />
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
        <location filename="../../desktop_app/ui/letter_list.py" line="146" />
        <source>There are no letters yet.

Import letter files or a folder with File → Import, or drop them on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_list.py" line="149" />
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
        <location filename="../../desktop_app/ui/main_window.py" line="159" />
        <source>%n letter(s)</source>
        <translation><numerusform>%n letter</numerusform><numerusform>%n letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="160" />
        <source>%n commitment(s)</source>
        <translation><numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200" />
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230" />
        <source>Loading the letters that come with the app…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231" />
        <source>Preparing the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240" />
        <source>Rebuilding the index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251" />
        <source>Index: updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273" />
        <source>Index: up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="274" />
        <source>Index: out of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="279" />
        <source>Index: unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="17" />
        <source>Import letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="18" />
        <source>Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="26" />
        <source>Import a folder of letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="301" />
        <source>About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304" />
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Read, search and annotate Dutch parliamentary letters offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="31" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="34" />
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
        <location filename="../../desktop_app/ui/annotation_models.py" line="395" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="395" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="395" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotation_models.py" line="396" />
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
        <location filename="../../desktop_app/ui/reader.py" line="207" />
        <source>Commitment details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="209" />
        <location filename="../../desktop_app/ui/reader.py" line="210" />
        <source>Find in letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="215" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="245" />
        <source>Choose a letter in the list to read it, or search on the right. Import letters with File → Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="292" />
        <source>Mark as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="437" />
        <source>Search hit %1 of %2 (F4: next, Shift+F4: previous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="484" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="529" />
        <source>actor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="531" />
        <source>deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="532" />
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
    <name>SidePanel</name>
    <message>
        <location filename="../../desktop_app/ui/side_panel.py" line="21" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/side_panel.py" line="22" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/side_panel.py" line="23" />
        <source>Collections</source>
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
        <location filename="../../desktop_app/ui/app.py" line="47" />
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>