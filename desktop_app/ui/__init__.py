"""The Qt user interface: thin views over the domain (the only package that imports Qt).

Grouped by feature, so the layout says where things live:

* ``shell/`` - the window itself: ``app`` (start-up, translators, error hook), ``main_window``
  (composes and wires), ``actions`` (menus, toolbar), ``panes``, ``pane_toggle`` and
  ``side_panel`` (how the panes share the window), ``window_state`` (QSettings),
  ``message_bar`` and ``messages`` (the one catalogue of window messages), ``help``,
  ``file_dialogs``, ``undo`` (the undo stack over the store's history), ``tasks`` and
  ``job_control`` (background jobs), ``store_watch`` (changes by another process),
  ``rescue`` (a damaged database at start-up), ``platform_check`` and ``smoke``.
* ``library/`` - the library's background work: ``library_control`` (first start, imports, a
  rebuilt index), ``library_jobs`` (the job functions and the search service), ``importing``
  (the file choosers and the import report).
* ``letters/`` - the letter list: ``models``, ``letter_list`` (the pane) and ``letter_details``
  (Letter → Edit Details…).
* ``reader/`` - one letter: ``reader`` (the pane), ``letter_view`` (its text view),
  ``kind_legend`` and ``printing``.
* ``search/`` - ``search_pane`` and the ``models`` of its hits.
* ``annotations/`` - annotating: ``annotating`` (the undoable verbs), ``annotation_dialogs``,
  ``annotation_wiring``, ``annotations_panel`` (the browser), ``models`` (its table and the
  palette's) and ``palette_words``.
* ``commitments/`` - the overview: ``commitments_view``, its ``models``, the
  ``deadline_timeline`` and ``commitment_menu`` (review verbs shared with the reader).
* ``collections/`` - course packs: ``collections_view`` and its ``models``.
* ``exporting/`` - ``exporting`` (File → Export…), ``export_dialog`` and ``export_jobs``.

Shared by several features, at this level: ``widgets`` (``fill``, ``FlowLayout``, combo-box
sizing, colour swatches), ``models`` (the sort role and proxy, the row-table base, a note as
table text or tooltip, the annotation drag format), ``safe_text`` (rich text that cannot
reach outside the app) and ``colours`` (readable colours on the palette in use).
"""
