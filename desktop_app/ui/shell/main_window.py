"""The main window: letters, reader and side tabs (search, annotations, collections), and the
commitments overview; it composes and wires, nothing else.

Helpers keep it small: ``actions`` (menus, toolbar), ``panes`` (how the panes share the
width), ``side_panel`` (the side tabs), ``annotation_wiring`` (annotation verbs and views),
``job_control`` (the background job), ``library_control`` (imports and the index),
``exporting`` (File → Export…), ``printing`` (File → Print…) and ``window_state`` (QSettings).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.errors import NotFound, UserError
from desktop_app.model import SearchHit, SearchResult
from desktop_app.ui.annotations.annotation_wiring import AnnotationWiring
from desktop_app.ui.commitments.commitments_view import CommitmentsView
from desktop_app.ui.exchange.annotation_import import AnnotationImportController
from desktop_app.ui.exporting.exporting import ExportController
from desktop_app.ui.letters.letter_details import LetterDetailsController
from desktop_app.ui.letters.letter_list import LetterListPane
from desktop_app.ui.library import library_jobs as jobs
from desktop_app.ui.library.data_check import DataCheckControl
from desktop_app.ui.library.library_control import LibraryControl
from desktop_app.ui.reader.lineage_control import LineageControl
from desktop_app.ui.reader.lineage_jobs import LineageJobs
from desktop_app.ui.reader.printing import PrintController
from desktop_app.ui.reader.reader import ReaderPane
from desktop_app.ui.sharing.share_control import ShareController
from desktop_app.ui.shell.actions import Actions
from desktop_app.ui.shell.job_control import JobControl, JobProgress
from desktop_app.ui.shell.message_bar import MessageBar
from desktop_app.ui.shell.panes import PaneLayout
from desktop_app.ui.shell.side_panel import SidePanel
from desktop_app.ui.shell.store_watch import StoreWatch
from desktop_app.ui.shell.tasks import JobRunner
from desktop_app.ui.shell.undo import UndoOffer
from desktop_app.ui.shell.window_state import default_sizes, restore_state, save_state
from desktop_app.ui.widgets import fill


class MainWindow(QMainWindow):
    """Composes the panes and wires their signals; holds no domain logic."""

    def __init__(self, library, settings: QSettings | None = None,
                 runner: JobRunner | None = None, search: jobs.SearchService | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        share_gil_with_workers()
        self.library = library
        self.data_dir = Path(library.data_dir)
        self.settings = settings or QSettings()
        self.runner = runner or JobRunner(self, max_threads=1)
        self.search_service = search or jobs.SearchService(library.index_dir, self, warm=False)
        self._warm_search = search is None  # see start()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._index_repair_started = False  # a rebuild after a failed search is running
        self._build_ui()
        self.jobs = JobControl(self.runner, self.progress, self)
        self.library_control = LibraryControl(self.data_dir, self.jobs, self,
                                              read_only=getattr(library, "read_only", False))
        self.data_check = DataCheckControl(  # Help → Check Data Folder
            self.data_dir, self.jobs, self, self.actions.menu_path(self.actions.rebuild_index))
        self.wiring = AnnotationWiring(library, self.actions, self.reader, self.letters,
                                       self.side, self.commitments, self)
        self.annotating = self.wiring.controller
        self.undo_offer = UndoOffer(self.message_bar, self.annotating.undo, self)
        self.letter_details = LetterDetailsController(library, self.annotating.undo, self)
        self.lineage = LineageControl(  # lineage read in its own worker thread
            library, self.reader, self.annotating.undo, self,
            jobs=LineageJobs(library, self, synchronous=self.runner.synchronous))
        self.store_watch = StoreWatch(library.annotations, self)  # the command line's changes
        self.exporter = ExportController(library, self.jobs, self)
        self.annotation_import = AnnotationImportController(  # File → Import Annotations…
            library, self.jobs, self.annotating.undo, self,
            read_only=self.library_control.read_only,
            read_only_text=self.library_control.read_only_text())
        self.sharing = ShareController(library, self.annotating.undo, self,  # File → Team Sharing
                                       synchronous=self.runner.synchronous,
                                       read_only=self.library_control.read_only)
        a = self.actions
        self.printing = PrintController(self.reader, a.print_letter, a.print_preview,
                                        a.print_highlights, self)
        self.reader.set_original_source(library.originals_of)  # "Open Original"
        self.letters.set_originals(library.originals_of, self.reader.original_label,
                                   self.reader.open_original)
        self._connect_signals()
        self._connect_panes()
        self.reload_letters()
        self.refresh_annotations()
        self._restore_settings()
        if self.library_control.read_only:
            self._show_read_only()

    def _build_ui(self) -> None:
        self.letters = LetterListPane(self)
        self.reader = ReaderPane(self)
        self.side = SidePanel(self.library, self)
        self.search, self.annotations = self.side.search, self.side.annotations
        self.collections = self.side.collections
        self.commitments = CommitmentsView(self.library, self.reader.legend.kind_label, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        for pane in (self.letters, self.reader, self.side):
            self.splitter.addWidget(pane)
        # no stretch factors: a resized window scales the three panes alike (the reader
        # took every pixel of a smaller window); the list and the side tabs may be dragged
        # shut (View menu brings them back), the reader never
        self.splitter.setCollapsible(self.splitter.indexOf(self.reader), False)
        self.splitter.setSizes(default_sizes(1400))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("centre-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Letters"))
        self.tabs.addTab(self.commitments, self.tr("Commitments overview"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        # beside the tabs; a longer message makes room for itself above them
        self.message_bar = MessageBar(central, beside=self.tabs.tabBar())
        self.actions = Actions(self)
        self.actions.build_menus()
        self.toolbar = self.actions.build_toolbar()
        self.show_letters, self.show_side = self.actions.show_letters, self.actions.show_side
        self.panes = PaneLayout(self.splitter, self.letters, self.side, self.show_letters,
                                self.show_side, self)
        files, folder = map(self.actions.menu_path, (self.actions.import_files,
                                                     self.actions.import_folder))
        self.letters.set_import_menus(files, folder)
        self.reader.set_import_menus(files, folder)
        self.progress = JobProgress(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setToolTip(self.tr("Text size of the letter (Ctrl+0: back to 100 %)"))
        self.zoom_label.hide()
        self.counts_label = QLabel(self)
        self.index_label = QLabel(self.tr("Index: not checked yet"), self)
        self.read_only_label = QLabel(self)  # shown in a read-only data folder
        self.read_only_label.setObjectName("read-only-notice")
        self.read_only_label.hide()
        status = self.statusBar()
        for widget in (self.read_only_label, self.progress, self.zoom_label, self.counts_label,
                       self.index_label):
            status.addPermanentWidget(widget)
        self._set_tab_order()
        self.resize(1400, 860)

    def _set_tab_order(self) -> None:
        """Tab goes left to right: filters → letter list → letter text → search."""
        lt, r, s = self.letters, self.reader, self.search
        chain = [lt.filter_box, lt.year_box, lt.dossier_box, lt.signatory_box, lt.table,
                 r.view, *r.legend.boxes.values(), r.find_box, s.query_box,
                 *s.facet_boxes.values(), s.list]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        a = self.actions
        a.connect_reader(self.reader)
        a.import_files.triggered.connect(self.library_control.choose_files)
        a.import_folder.triggered.connect(self.library_control.choose_folder)
        a.import_annotations.triggered.connect(self.annotation_import.choose_files)
        self.annotation_import.imported.connect(self.store_watch.poll)  # another connection
        self.annotation_import.report.connect(self._show_message)
        a.rebuild_index.triggered.connect(self.rebuild_index)
        a.check_data.triggered.connect(self.data_check.start)
        self.data_check.report.connect(self._show_message)
        a.export.triggered.connect(self.export)
        a.quit.triggered.connect(self.close)
        a.search.triggered.connect(self._focus_search)
        a.show_annotations.triggered.connect(self._focus_annotations)
        a.show_collections.triggered.connect(self._focus_collections)
        a.filter_letters.triggered.connect(self._focus_filter)
        a.about.triggered.connect(self.show_about)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        self.letters.letter_selected.connect(self._on_letter_chosen)
        self.reader.zoom_changed.connect(self._on_zoom_changed)
        self.search.search_requested.connect(self.search_service.search)
        self.search.open_hit_requested.connect(self.open_hit)
        self.search_service.result_ready.connect(self._on_search_result)
        self.search_service.search_failed.connect(self.search.show_error)
        self.search_service.search_failed.connect(self._on_search_failed)
        self.search_service.failed.connect(self._on_search_crashed)
        self.jobs.started.connect(self._on_job_started)
        self.jobs.ended.connect(self._on_job_ended)
        self.jobs.failed.connect(self._on_job_failed)
        self.jobs.refused.connect(self._show_info)
        self.library_control.changed.connect(self._on_library_changed)
        self.library_control.index_state.connect(self.index_label.setText)
        self.library_control.report.connect(self._show_report)
        self.exporter.info.connect(self._show_report)
        a.share.triggered.connect(self.sharing.open_dialog)
        self.sharing.synced.connect(self.store_watch.poll)  # written by the sync's connection
        self.sharing.error.connect(self._show_error)
        self.sharing.info.connect(self._show_info)

    def _connect_panes(self) -> None:
        a, c = self.actions, self.annotating
        c.failed.connect(self._show_error)
        c.undo.reset.connect(self._show_info)
        c.info.connect(self._show_info)
        c.deleted.connect(self.undo_offer.deleted)
        c.changed.connect(self.sharing.own_changed)  # shared a few seconds later
        self.store_watch.changed.connect(self.refresh_annotations)
        d = self.letter_details  # corrected letter details: edited, undone, or by the CLI
        a.edit_details.triggered.connect(self.edit_details)
        self.letters.edit_details_requested.connect(d.edit)
        d.info.connect(self._show_info)
        c.changed.connect(d.check)
        self.store_watch.changed.connect(d.check)
        d.letters_changed.connect(self._on_details_changed)
        a.show_reader.triggered.connect(self._show_reader_tab)
        a.show_commitments.triggered.connect(self._show_commitments_tab)
        self.annotations.open_requested.connect(self.open_annotation)
        self.annotations.export_requested.connect(self.exporter.export_annotations)
        self.collections.open_requested.connect(self.open_annotation)
        self.collections.export_requested.connect(self.exporter.export_collection)
        self.commitments.open_requested.connect(self.open_at)
        self.lineage.open_requested.connect(self.open_at)  # "Fulfilled by → <letter>"
        self.lineage.failed.connect(self._show_error)
        self.commitments.chain_requested.connect(self.lineage.show_chain)
        self.store_watch.changed.connect(self.lineage.refresh)
        self.commitments.export_requested.connect(self.exporter.export_commitments)

    # -- letters -------------------------------------------------------------------------
    def reload_letters(self) -> None:
        """Read the letter list again (after an import) and update the status bar."""
        # a page at a time from SQLite: a count and the rows in view, not every letter
        if self.letters.model.library is self.library:
            self.letters.reload()
        else:
            self.letters.set_library(self.library)
        # titles only where other views need them: the annotated letters and the hits shown
        annotated = list(self.library.annotation_counts())
        rows = self.library.letter_summaries([*annotated, *self._hit_ids()])
        self.search.model.set_letters(rows)
        order = sorted(rows, key=lambda r: r.id)
        order.sort(key=lambda r: r.metadata.date or "", reverse=True)  # as the list: newest
        self.annotations.set_titles(self.search.model.titles, [r.id for r in order])
        model = self.letters.model
        self.counts_label.setText(self.tr("%n letter(s)", "", model.all_count()) + " · "
                                  + self.tr("%n commitment(s)", "", model.commitment_total()))

    def open_letter(self, letter_id: str, matches=()) -> bool:
        """Show a letter in the reader, with search-hit spans if given."""
        try:
            letter = self.library.letter(letter_id)
        except NotFound:
            # the domain's text tells a command-line user what to type; say it for the window
            self.message_bar.show_message(fill(self.tr(
                "The letter “%1” is no longer in the library. Choose a letter in the list, or "
                "import it again."), letter_id), "error")
            return False
        except UserError as exc:
            self.message_bar.show_message(self.library_control.error_text(exc), "error")
            return False
        self.reader.show_letter(letter, matches, self.library.annotations.annotations(letter_id))
        self.letters.select(letter_id, emit=False)
        self.annotations.set_open_letter(letter_id)
        return True

    def edit_details(self) -> None:
        """Letter → Edit Letter Details…: of the letter in the reader (else the list's)."""
        letter = self.reader.letter
        self.letter_details.edit(letter.id if letter is not None else self.letters.current_id())

    def _on_details_changed(self, ids: list[str]) -> None:
        """A letter's details were corrected: the lists, the reader's header and the search
        results show the new ones (the reader keeps its place)."""
        self.reload_letters()
        letter = self.reader.letter
        if letter is not None and letter.id in ids:
            scroll = self.reader.view.verticalScrollBar().value()
            self.open_letter(letter.id, self.reader.matches)
            self.reader.view.verticalScrollBar().setValue(scroll)
        self.search.request_search()

    def _on_letter_chosen(self, letter_id: str) -> None:
        self.message_bar.clear_transient()  # the user has moved on
        self.reader.remember()
        self.open_letter(letter_id)

    def go_back(self) -> None:
        """Back (Alt+Left): to the letter and the place of the last jump."""
        self._travel(self.reader.step_back())

    def go_forward(self) -> None:
        self._travel(self.reader.step_forward())

    def _travel(self, place) -> None:
        if place is None:
            return
        self.tabs.setCurrentWidget(self.splitter)
        if (self.reader.letter is None or self.reader.letter.id != place.letter_id) \
                and not self.open_letter(place.letter_id, place.matches):
            return
        self.reader.go_to_place(place)

    def _focus_filter(self) -> None:
        self.panes.letters_toggle.reveal()
        self.letters.filter_box.setFocus()

    def _focus_search(self) -> None:
        self.side.setCurrentWidget(self.search)  # shows the side panel when it was hidden
        self.search.focus_query()

    def _focus_annotations(self) -> None:
        self._focus_pane(self.annotations, self.annotations.table)

    def _focus_collections(self) -> None:
        self._focus_pane(self.collections, self.collections.collections)

    def _focus_pane(self, pane: QWidget, preferred: QWidget) -> None:
        """Bring a side pane forward with the focus in it: on ``preferred`` (its list), or
        while that is hidden (an empty state shows) on the pane's first control."""
        self.side.setCurrentWidget(pane)
        if preferred.isVisible():
            preferred.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = pane.nextInFocusChain()
        while widget is not pane:
            if (pane.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _on_zoom_changed(self, _zoom: float) -> None:
        percent = self.reader.zoom_percent()
        self.zoom_label.setText(fill(self.tr("Zoom %1 %"), percent))
        self.zoom_label.setVisible(percent != 100)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.panes.shown()

    def open_at(self, letter_id: str, start: int, end: int) -> bool:
        """Open a letter in the reader tab with ``[start, end)`` selected (a commitment)."""
        self.message_bar.clear_transient()
        self.reader.remember()
        self.tabs.setCurrentWidget(self.splitter)
        if (self.reader.letter is None or self.reader.letter.id != letter_id) \
                and not self.open_letter(letter_id):
            return False
        self.reader.view.setFocus()
        return self.reader.select_span(start, end)

    def open_annotation(self, letter_id: str, annotation_id: str) -> bool:
        """Open the letter of an annotation and select its passage."""
        self.message_bar.clear_transient()
        self.reader.remember()
        self.tabs.setCurrentWidget(self.splitter)
        if (self.reader.letter is None or self.reader.letter.id != letter_id) \
                and not self.open_letter(letter_id):
            return False
        return self.reader.select_annotation(annotation_id)

    def open_hit(self, hit: SearchHit) -> None:
        """Open the letter of a search hit scrolled to its first match, all matches painted."""
        self.message_bar.clear_transient()
        self.reader.remember()
        if self.open_letter(hit.id, hit.matches):
            self.reader.view.setFocus()

    def _hit_ids(self) -> list[str]:
        model = self.search.model
        return [model.hit(r).id for r in range(model.rowCount())]

    def _on_search_result(self, result: SearchResult) -> None:
        self._index_repair_started = False  # the index works: a later failure may repair
        known = self.search.model.summaries  # the hits are titled as in the letter list
        if any(h.id not in known for h in result.hits):
            self.search.model.set_letters([*known.values(), *self.library.letter_summaries(
                h.id for h in result.hits if h.id not in known)])
        self.search.show_result(result)

    def _on_search_failed(self, error: object) -> None:
        """An index found missing or damaged while searching (deleted, damaged bytes) is
        rebuilt at once, as the pane's message says; once, until a search works again."""
        code = getattr(error, "code", "")
        if code in ("index-missing", "index-damaged") and not self._index_repair_started \
                and not self.jobs.job_id:
            self._index_repair_started = True
            self.rebuild_index()

    def _on_search_crashed(self, _job_id: int, message: object, _details: str) -> None:
        self.search.show_error(self.tr("The search failed: %1").replace("%1", str(message)))

    # -- annotations and exports ---------------------------------------------------------
    def refresh_annotations(self) -> None:
        """After any annotation change (or undo): repaint and re-read every view of them."""
        self.wiring.refresh()

    @property
    def palette_dialog(self):
        return self.wiring.palette_dialog

    def export(self) -> None:
        """File → Export…: the course-pack dialog (the selected annotations are one source)."""
        self.exporter.open_dialog(self.annotations.selected_ids())

    def _show_reader_tab(self) -> None:
        self.tabs.setCurrentWidget(self.splitter)

    def _show_commitments_tab(self) -> None:
        self.tabs.setCurrentWidget(self.commitments)

    def _show_error(self, message: object) -> None:
        self.message_bar.show_message(self.library_control.error_text(message), "error")

    def _show_read_only(self) -> None:
        """A read-only data folder: say so in the title, the status bar and once in full."""
        text = self.library_control.read_only_text()
        self.setWindowTitle(self.tr("%1 (read-only)").replace("%1", APP_NAME))
        self.read_only_label.setText(self.tr("Read-only: changes cannot be saved"))
        self.read_only_label.setToolTip(text)
        self.read_only_label.show()
        self.message_bar.show_message(text, "info")

    def _show_report(self, message: str, kind: str = "info") -> None:
        """An import or export report: rich text that escapes the names it quotes."""
        self.message_bar.show_message(message, kind, rich=True)

    def _show_info(self, message: str) -> None:
        self.message_bar.show_message(message, "info")

    def _show_message(self, message: str, kind: str) -> None:
        self.message_bar.show_message(message, kind)

    # -- jobs ----------------------------------------------------------------------------
    def start(self) -> None:
        """After showing the window: seed the bundled letters (first start) and the index."""
        self.letters.show_busy(self.tr("Loading the letters that come with the app…"))
        if self._warm_search:  # after the list shows: the searcher's tables take seconds
            self.search_service.warm()
        self.library_control.start()
        self.sharing.start()  # when a shared folder is set

    def import_paths(self, paths: list[str]) -> bool:
        """Import files/folders in the background; False when another job is running."""
        return self.library_control.import_paths(paths)

    def rebuild_index(self) -> bool:
        return self.library_control.rebuild_index()

    @property
    def job_id(self) -> int:
        return self.jobs.job_id

    def cancel_job(self) -> None:
        self.jobs.cancel()

    def _on_job_started(self, _kind: str) -> None:
        self.message_bar.clear_transient()  # the last result is history now
        self._enable_job_actions(False)

    def _on_job_ended(self, _kind: str) -> None:
        self._enable_job_actions(True)

    def _enable_job_actions(self, enabled: bool) -> None:
        a = self.actions
        for action in (a.import_files, a.import_folder, a.import_annotations,
                       a.rebuild_index, a.export, a.check_data):
            action.setEnabled(enabled)

    def _on_library_changed(self) -> None:
        """An import or the index changed the library: read the letters again."""
        self.reload_letters()
        if self.reader.letter is not None:  # an import may have changed its text
            self.open_letter(self.reader.letter.id)
        self.refresh_annotations()
        self.search.request_search()

    def _on_job_failed(self, _kind: str, message: object) -> None:
        # a UserError from the index (locked, in use, damaged …) in the user's language
        self.message_bar.show_message(self.library_control.error_text(message), "error")

    # -- drops and about -----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.import_paths(paths):
            event.acceptProposedAction()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About %1").replace("%1", APP_NAME), self.about_text())

    def about_text(self) -> str:
        return self.tr("<h3>%1 %2</h3><p>Read, search and annotate Dutch parliamentary letters "
                       "offline.</p><p>Data folder:<br><code>%3</code></p>").replace(
            "%1", APP_NAME).replace("%2", __version__).replace("%3", _escape(str(self.data_dir)))

    # -- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        letter_id = restore_state(self.settings, self, self.splitter, self.reader, self.letters,
                                  self.panes.toggles)
        # widths restored (a cramped reader's are dropped): else shared out when shown
        self.panes.sized = self.settings.value("window/splitter") is not None
        self._on_zoom_changed(self.reader.zoom)
        if letter_id and self.letters.model.contains(letter_id):
            self.open_letter(letter_id)

    def save_settings(self) -> None:
        save_state(self.settings, self, self.splitter, self.reader, self.letters,
                   self.panes.toggles)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self.cancel_job()
        self.sharing.close()
        self.runner.wait(5000)
        self.lineage.close()
        self.search_service.close()
        super().closeEvent(event)


# How long a thread holding the GIL keeps it while another waits (Python's default: 5 ms).
GIL_SWITCH_INTERVAL = 0.001


def share_gil_with_workers() -> None:
    """Let the GUI thread wait at most 1 ms for the GIL while a background job runs Python.

    Painting or sizing the letter list calls into Python thousands of times and reads rows
    from SQLite (which lets go of the GIL for every row); with a busy worker each of those
    waited up to 5 ms: reading one page of the list took 70-140 ms instead of 20."""
    if sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
        sys.setswitchinterval(GIL_SWITCH_INTERVAL)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
