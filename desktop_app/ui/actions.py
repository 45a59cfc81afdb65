"""The window's actions, menus and toolbar (kept out of main_window.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

_Std = QKeySequence.StandardKey


class Actions:
    """Every action of the main window; the window connects their ``triggered`` signals."""

    def __init__(self, window: QMainWindow):
        self.window = window
        style = window.style()
        sp = QStyle.StandardPixmap
        self.import_files = self._make(self.tr("&Import Files…"), _Std.Open,
                                       style.standardIcon(sp.SP_FileIcon))
        self.import_folder = self._make(self.tr("Import &Folder…"), "Ctrl+Shift+O",
                                        style.standardIcon(sp.SP_DirOpenIcon))
        self.rebuild_index = self._make(self.tr("&Rebuild Search Index"), None,
                                        style.standardIcon(sp.SP_BrowserReload))
        self.export = self._make(self.tr("&Export…"), "Ctrl+E",
                                 style.standardIcon(sp.SP_DialogSaveButton))
        self.export.setStatusTip(self.tr("Export a collection, a tag or the selected "
                                         "annotations as a course pack (Word, PDF, HTML, "
                                         "Markdown)"))
        self.quit = self._make(self.tr("&Quit"), _Std.Quit)
        self.find = self._make(self.tr("&Find in Letter…"), _Std.Find)
        self.find_next = self._make(self.tr("Find &Next"), "F3")
        self.find_previous = self._make(self.tr("Find &Previous"), "Shift+F3")
        self.next_hit = self._make(self.tr("Next Search &Hit"), "F4")
        self.previous_hit = self._make(self.tr("Previous Search Hi&t"), "Shift+F4")
        self.search = self._make(self.tr("&Search All Letters"), "Ctrl+Shift+F",
                                 style.standardIcon(sp.SP_FileDialogContentsView))
        self.filter_letters = self._make(self.tr("Filter the &Letter List"), "Ctrl+L")
        self.zoom_in = self._make(self.tr("Zoom &In"), _Std.ZoomIn)
        self.zoom_in.setShortcuts([QKeySequence(_Std.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(self.tr("Zoom &Out"), _Std.ZoomOut)
        self.zoom_reset = self._make(self.tr("&Reset Zoom"), "Ctrl+0")
        self.about = self._make(self.tr("&About Kamerbrieven"), None)
        self.undo = self._make(self.tr("&Undo"), "Ctrl+Z", style.standardIcon(sp.SP_ArrowBack))
        self.redo = self._make(self.tr("&Redo"), "Ctrl+Shift+Z",
                               style.standardIcon(sp.SP_ArrowForward))
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_note = self._make(self.tr("Add or Edit &Note…"), "Ctrl+M")
        self.edit_tags = self._make(self.tr("Edit &Tags…"), "Ctrl+T")
        self.delete_annotation = self._make(self.tr("&Delete Annotation"), None)
        self.edit_palette = self._make(self.tr("Annotation &Colours…"), None)
        self.show_reader = self._make(self.tr("&Letters and Reader"), "Ctrl+1")
        self.show_commitments = self._make(self.tr("&Commitments Overview"), "Ctrl+2")
        self.edit_note.setIconText(self.tr("Note"))
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.annotate_menu = None
        self.annotate_toolbar: QToolBar | None = None
        self.import_files.setIconText(self.tr("Import"))
        self.import_folder.setIconText(self.tr("Import Folder"))
        self.rebuild_index.setIconText(self.tr("Rebuild Index"))
        self.import_files.setStatusTip(self.tr("Import letter files (txt, md, html, xml, pdf)"))
        self.import_folder.setStatusTip(self.tr("Import every letter file in a folder"))

    @staticmethod
    def tr(text: str) -> str:
        """Translate in the "Actions" context (this class is not a QObject)."""
        return QCoreApplication.translate("Actions", text)

    def _make(self, text: str, shortcut, icon: QIcon | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        self.window.addAction(action)  # shortcuts work wherever the focus is
        return action

    def connect_reader(self, reader) -> None:
        """Find in the letter, search hits and zoom act on the reader."""
        for action, slot in ((self.find, reader.show_find), (self.find_next, reader.find_next),
                             (self.find_previous, reader.find_previous),
                             (self.next_hit, reader.next_hit),
                             (self.previous_hit, reader.previous_hit),
                             (self.zoom_in, reader.zoom_in), (self.zoom_out, reader.zoom_out),
                             (self.zoom_reset, reader.zoom_reset)):
            action.triggered.connect(slot)

    def build_menus(self) -> None:
        """File, Edit, View and Help menus."""
        bar = self.window.menuBar()
        groups = (
            (self.tr("&File"), (self.import_files, self.import_folder, None, self.export,
                                None, self.rebuild_index, None, self.quit)),
            (self.tr("&Edit"), (self.undo, self.redo, None, self.find, self.find_next,
                                self.find_previous, None, self.next_hit, self.previous_hit,
                                None, self.search, self.filter_letters)),
            (self.tr("&Annotate"), ()),
            (self.tr("&View"), (self.show_reader, self.show_commitments, None, self.zoom_in,
                                self.zoom_out, self.zoom_reset)),
            (self.tr("&Help"), (self.about,)),
        )
        for title, actions in groups:
            menu = bar.addMenu(title)
            if not actions:
                self.annotate_menu = menu
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"), self.window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_files, self.import_folder, self.rebuild_index):
            toolbar.addAction(action)
        self.window.addToolBar(toolbar)
        self.annotate_toolbar = QToolBar(self.tr("Annotate toolbar"), self.window)
        self.annotate_toolbar.setObjectName("annotate-toolbar")
        self.annotate_toolbar.setMovable(False)
        self.annotate_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.window.addToolBar(self.annotate_toolbar)
        return toolbar

    def set_colour_actions(self, colour_actions: list[QAction]) -> list[QAction | None]:
        """Fill the Annotate menu and toolbar; returns the reader's context-menu actions."""
        menu, bar = self.annotate_menu, self.annotate_toolbar
        menu.clear()
        bar.clear()
        for action in colour_actions:
            menu.addAction(action)
            bar.addAction(action)
        rest = (self.edit_note, self.edit_tags, self.delete_annotation)
        for part in (menu, bar):
            part.addSeparator()
            part.addActions(rest if part is menu else rest[:1])
        menu.addSeparator()
        menu.addAction(self.edit_palette)
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        return [*colour_actions, None, *rest]
