"""The main window: letters, reader and side tabs (search, annotations, collections), and the
commitments overview; it composes and wires, nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.errors import UserError
from desktop_app.library import ImportReport
from desktop_app.model import SearchHit, SearchResult
from desktop_app.render import summary_title
from desktop_app.ui import library_jobs as jobs
from desktop_app.ui.actions import Actions
from desktop_app.ui.annotating import AnnotationController
from desktop_app.ui.annotation_dialogs import PaletteDialog
from desktop_app.ui.annotations_panel import AnnotationsPanel
from desktop_app.ui.collections_view import CollectionsView
from desktop_app.ui.commitments_view import CommitmentsView
from desktop_app.ui.letter_list import LetterListPane
from desktop_app.ui.reader import ReaderPane
from desktop_app.ui.search_pane import SearchPane
from desktop_app.ui.tasks import JobRunner
from desktop_app.ui.widgets import JobProgress, MessageBar


class MainWindow(QMainWindow):
    """Composes the panes and wires their signals; holds no domain logic."""

    def __init__(self, library, settings: QSettings | None = None,
                 runner: JobRunner | None = None, search: jobs.SearchService | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.data_dir = Path(library.data_dir)
        self.settings = settings or QSettings()
        self.runner = runner or JobRunner(self, max_threads=1)
        self.search_service = search or jobs.SearchService(library.index_dir, self)
        self.job_id = 0
        self._job_kind = ""
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._palette: list = []
        self.palette_dialog: PaletteDialog | None = None
        self._build_ui()
        self.annotating = AnnotationController(library, self.reader, self.annotations, self)
        self._connect_signals()
        self._connect_annotations()
        self.reload_letters()
        self.refresh_annotations()
        self._restore_settings()

    def _build_ui(self) -> None:
        self.letters = LetterListPane(self)
        self.reader = ReaderPane(self)
        self.search = SearchPane(self)
        self.annotations = AnnotationsPanel(self.library, self)
        self.collections = CollectionsView(self.library, self)
        self.side = QTabWidget(self)
        self.side.setObjectName("side-tabs")
        for pane, title in ((self.search, self.tr("Search")),
                            (self.annotations, self.tr("Annotations")),
                            (self.collections, self.tr("Collections"))):
            self.side.addTab(pane, title)
        self.commitments = CommitmentsView(self.library, self.reader.legend.kind_label, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        for pane, stretch in ((self.letters, 0), (self.reader, 1), (self.side, 0)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 520, 360])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("centre-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Letters"))
        self.tabs.addTab(self.commitments, self.tr("Commitments overview"))
        self.message_bar = MessageBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.actions = Actions(self)
        self.actions.build_menus()
        self.toolbar = self.actions.build_toolbar()
        self.progress = JobProgress(self)
        self.counts_label = QLabel(self)
        self.index_label = QLabel(self.tr("Index: not checked yet"), self)
        status = self.statusBar()
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.index_label)
        self.setTabOrder(self.letters.filter_box, self.letters.table)
        self.setTabOrder(self.letters.table, self.reader.view)
        self.setTabOrder(self.reader.view, self.search.query_box)
        self.resize(1400, 860)

    def _connect_signals(self) -> None:
        a, r = self.actions, self.reader
        a.import_files.triggered.connect(self.choose_files)
        a.import_folder.triggered.connect(self.choose_folder)
        a.rebuild_index.triggered.connect(self.rebuild_index)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(r.show_find)
        a.find_next.triggered.connect(r.find_next)
        a.find_previous.triggered.connect(r.find_previous)
        a.next_hit.triggered.connect(r.next_hit)
        a.previous_hit.triggered.connect(r.previous_hit)
        a.search.triggered.connect(self.search.focus_query)
        a.filter_letters.triggered.connect(self.letters.filter_box.setFocus)
        a.zoom_in.triggered.connect(r.zoom_in)
        a.zoom_out.triggered.connect(r.zoom_out)
        a.zoom_reset.triggered.connect(r.zoom_reset)
        a.about.triggered.connect(self.show_about)
        self.letters.letter_selected.connect(self.open_letter)
        self.search.search_requested.connect(self.search_service.search)
        self.search.open_hit_requested.connect(self.open_hit)
        self.search_service.result_ready.connect(self._on_search_result)
        self.search_service.search_failed.connect(self.search.show_error)
        self.search_service.failed.connect(self._on_search_crashed)
        self.runner.progress.connect(self._on_job_progress)
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        self.progress.cancel_requested.connect(self.cancel_job)

    def _connect_annotations(self) -> None:
        a, r, c, p = self.actions, self.reader, self.annotating, self.annotations
        c.changed.connect(self.refresh_annotations)
        c.failed.connect(self._show_error)
        c.undo.reset.connect(self._show_info)
        c.undo.canUndoChanged.connect(a.undo.setEnabled)
        c.undo.canRedoChanged.connect(a.redo.setEnabled)
        a.undo.triggered.connect(c.undo.undo_step)
        a.redo.triggered.connect(c.undo.redo_step)
        c.info.connect(self._show_info)
        a.edit_note.triggered.connect(c.edit_note)
        a.edit_tags.triggered.connect(c.edit_tags)
        a.delete_annotation.triggered.connect(c.delete_current)
        a.edit_palette.triggered.connect(self.edit_palette)
        a.show_reader.triggered.connect(self._show_reader_tab)
        a.show_commitments.triggered.connect(self._show_commitments_tab)
        r.colour_requested.connect(c.mark)
        r.annotation_clicked.connect(c.select)
        p.open_requested.connect(self.open_annotation)
        p.tag_requested.connect(c.add_tag)
        p.recolour_requested.connect(c.recolour)
        p.delete_requested.connect(c.delete)
        p.collect_requested.connect(c.collect)
        p.new_collection_requested.connect(self._collect_into_new)
        p.reattach_requested.connect(c.reattach_to_selection)
        self.collections.change_requested.connect(c.change_collection)
        self.collections.open_requested.connect(self.open_annotation)
        self.commitments.open_requested.connect(self.open_at)
        self.commitments.review_requested.connect(c.review)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # -- letters -------------------------------------------------------------------------
    def reload_letters(self) -> None:
        """Read the letter list again (after an import) and update the status bar."""
        rows = self.library.summaries()
        self.letters.set_rows(rows)
        self.search.model.titles = {r.id: summary_title(r) for r in rows}
        self.annotations.set_titles(self.search.model.titles, [r.id for r in rows])
        model = self.letters.model
        self.counts_label.setText(self.tr("%n letter(s)", "", model.all_count()) + " · "
                                  + self.tr("%n commitment(s)", "", model.commitment_total()))

    def open_letter(self, letter_id: str, matches=()) -> bool:
        """Show a letter in the reader, with search-hit spans if given."""
        try:
            letter = self.library.letter(letter_id)
        except UserError as exc:
            self.message_bar.show_message(str(exc), "error")
            return False
        self.reader.show_letter(letter, matches, self.library.annotations.annotations(letter_id))
        self.letters.select(letter_id, emit=False)
        self.annotations.set_open_letter(letter_id)
        return True

    def open_at(self, letter_id: str, start: int, end: int) -> bool:
        """Open a letter in the reader tab with ``[start, end)`` selected (a commitment)."""
        self.tabs.setCurrentWidget(self.splitter)
        if (self.reader.letter is None or self.reader.letter.id != letter_id) \
                and not self.open_letter(letter_id):
            return False
        self.reader.view.setFocus()
        return self.reader.select_span(start, end)

    def open_annotation(self, letter_id: str, annotation_id: str) -> bool:
        """Open the letter of an annotation and select its passage."""
        self.tabs.setCurrentWidget(self.splitter)
        if (self.reader.letter is None or self.reader.letter.id != letter_id) \
                and not self.open_letter(letter_id):
            return False
        return self.reader.select_annotation(annotation_id)

    def open_hit(self, hit: SearchHit) -> None:
        """Open the letter of a search hit scrolled to its first match, all matches painted."""
        if self.open_letter(hit.id, hit.matches):
            self.reader.view.setFocus()

    def _on_search_result(self, result: SearchResult) -> None:
        self.search.show_result(result)

    def _on_search_crashed(self, _job_id: int, message: str, _details: str) -> None:
        self.search.show_error(self.tr("The search failed: %1").replace("%1", message))

    # -- annotating ----------------------------------------------------------------------
    def refresh_annotations(self) -> None:
        """After any annotation change (or undo): repaint and re-read every view of them."""
        store = self.library.annotations
        palette = store.palette()
        if palette != self._palette:
            self._palette = palette
            self.reader.set_palette(palette)
            self.reader.view.context_actions = self.actions.set_colour_actions(
                self.reader.colour_actions)
        if self.reader.letter is not None:
            self.reader.set_annotations(store.annotations(self.reader.letter.id))
        self.letters.model.set_annotation_counts(self.library.annotation_counts())
        self.annotations.reload()
        self.collections.reload(self.annotating.last_collection)
        if self.tabs.currentWidget() is self.commitments:
            self.commitments.reload()
        if self.palette_dialog is not None:
            self.palette_dialog.set_rows(palette)

    def edit_palette(self) -> None:
        if self.palette_dialog is None:
            self.palette_dialog = PaletteDialog(self)
            self.palette_dialog.set_requested.connect(self.annotating.set_colour)
            self.palette_dialog.remove_requested.connect(self.annotating.remove_colour)
        self.palette_dialog.set_rows(self._palette)
        self.palette_dialog.show()

    def _collect_into_new(self, ids: list[str]) -> None:
        self.collections.new_collection()
        if self.annotating.last_collection:
            self.annotating.collect(self.annotating.last_collection, ids)
            self.side.setCurrentWidget(self.collections)

    def _on_tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.commitments:
            self.commitments.reload()

    def _show_reader_tab(self) -> None:
        self.tabs.setCurrentWidget(self.splitter)

    def _show_commitments_tab(self) -> None:
        self.tabs.setCurrentWidget(self.commitments)

    def _show_error(self, message: str) -> None:
        self.message_bar.show_message(message, "error")

    def _show_info(self, message: str) -> None:
        self.message_bar.show_message(message, "info")

    # -- jobs ----------------------------------------------------------------------------
    def start(self) -> None:
        """After showing the window: seed the bundled letters (first start) and the index."""
        self.letters.show_busy(self.tr("Loading the letters that come with the app…"))
        self._run_job("startup", jobs.startup_job(self.data_dir), self.tr("Preparing the index…"))

    def import_paths(self, paths: list[str]) -> bool:
        """Import files/folders in the background; False when another job is running."""
        return self._run_job("import", jobs.import_job(self.data_dir, list(paths)),
                             self.tr("Importing…"))

    def rebuild_index(self) -> bool:
        return self._run_job("index", jobs.rebuild_index_job(self.data_dir),
                             self.tr("Rebuilding the index…"))

    def cancel_job(self) -> None:
        if self.job_id:
            self.runner.cancel(self.job_id)
            self.progress.cancel_button.setEnabled(False)

    def _run_job(self, kind: str, fn, text: str) -> bool:
        if self.job_id:
            self.message_bar.show_message(self.tr("Please wait until the running job has "
                                                  "finished, or cancel it."), "info")
            return False
        self._job_kind = kind
        self.progress.start(text)
        self.index_label.setText(self.tr("Index: updating…") if kind != "import" else "")
        for action in (self.actions.import_files, self.actions.import_folder,
                       self.actions.rebuild_index):
            action.setEnabled(False)
        self.job_id = -1  # set before start(): a synchronous runner finishes inside it
        job_id = self.runner.start(fn)
        if self.job_id == -1:
            self.job_id = job_id
        return True

    def _on_job_progress(self, job_id: int, done: int, total: int) -> None:
        if job_id == self.job_id:
            self.progress.set_progress(done, total)

    def _end_job(self) -> str:
        kind, self.job_id, self._job_kind = self._job_kind, 0, ""
        self.progress.finish()
        for action in (self.actions.import_files, self.actions.import_folder,
                       self.actions.rebuild_index):
            action.setEnabled(True)
        return kind

    def _on_job_finished(self, job_id: int, result: object) -> None:
        if job_id != self.job_id and self.job_id != -1:
            return
        kind = self._end_job()
        self.reload_letters()
        if self.reader.letter is not None:  # an import may have changed its text
            self.open_letter(self.reader.letter.id)
        self.refresh_annotations()
        if kind == "import":
            self._report_import(result)
        current = getattr(result, "index_current", result if kind == "index" else True)
        self.index_label.setText(self.tr("Index: up to date") if current
                                 else self.tr("Index: out of date"))
        self.search.request_search()

    def _on_job_failed(self, job_id: int, message: str, details: str) -> None:
        if job_id != self.job_id and self.job_id != -1:
            return
        self._end_job()
        self.index_label.setText(self.tr("Index: unknown"))
        self.message_bar.show_message(message, "error")

    def _report_import(self, report: ImportReport) -> None:
        text = self.tr("Import finished: %1 new, %2 updated, %3 unchanged.")
        for i, n in enumerate((report.added, report.updated, report.unchanged), 1):
            text = text.replace(f"%{i}", str(len(n)))
        if report.cancelled:
            text += " " + self.tr("The import was cancelled.")
        if report.errors:
            problems = "<br>".join(_escape(str(e)) for e in report.errors[:10])
            more = len(report.errors) - 10
            if more > 0:
                problems += "<br>" + self.tr("… and %n more", "", more)
            text += "<br>" + self.tr("%n file(s) could not be read:", "",
                                     len(report.errors)) + "<br>" + problems
        self.message_bar.show_message(text, "error" if report.errors else "info")

    # -- dialogs and drops ---------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import letters"), str(Path.home()),
            self.tr("Letters (*.txt *.md *.html *.htm *.xml *.pdf);;All files (*)"))
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of letters"),
                                                  str(Path.home()))
        if folder:
            self.import_paths([folder])

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
        s = self.settings
        if s.value("window/geometry") is not None:
            self.restoreGeometry(s.value("window/geometry"))
            self.restoreState(s.value("window/state"))
        if s.value("window/splitter") is not None:
            self.splitter.restoreState(s.value("window/splitter"))
        self.reader.set_zoom(float(s.value("reader/zoom", 0.0)))
        hidden = s.value("reader/hidden_kinds", "")
        if hidden:
            self.reader.legend.set_visible(set(self.reader.legend.boxes) - set(hidden.split(",")))
        letter_id = s.value("reader/letter", "")
        if letter_id and self.letters.model.contains(letter_id):
            self.open_letter(letter_id)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("reader/zoom", self.reader.zoom)
        hidden = set(self.reader.legend.boxes) - self.reader.legend.visible()
        s.setValue("reader/hidden_kinds", ",".join(sorted(hidden)))
        s.setValue("reader/letter", self.reader.letter.id if self.reader.letter else "")
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self.cancel_job()
        self.runner.wait(5000)
        self.search_service.close()
        super().closeEvent(event)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
