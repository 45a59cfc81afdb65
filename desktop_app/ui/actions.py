"""The window's actions, menus and toolbar (kept out of main_window.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

_Std = QKeySequence.StandardKey


class Actions:
    """Every action of the main window; the window connects their ``triggered`` signals."""

    def __init__(self, window: QMainWindow):
        self.window = window
        tr = window.tr
        style = window.style()
        sp = QStyle.StandardPixmap
        self.import_files = self._make(tr("&Import Files…"), _Std.Open,
                                       style.standardIcon(sp.SP_FileIcon))
        self.import_folder = self._make(tr("Import &Folder…"), "Ctrl+Shift+O",
                                        style.standardIcon(sp.SP_DirOpenIcon))
        self.rebuild_index = self._make(tr("&Rebuild Search Index"), None,
                                        style.standardIcon(sp.SP_BrowserReload))
        self.quit = self._make(tr("&Quit"), _Std.Quit)
        self.find = self._make(tr("&Find in Letter…"), _Std.Find)
        self.find_next = self._make(tr("Find &Next"), "F3")
        self.find_previous = self._make(tr("Find &Previous"), "Shift+F3")
        self.next_hit = self._make(tr("Next Search &Hit"), "F4")
        self.previous_hit = self._make(tr("Previous Search Hi&t"), "Shift+F4")
        self.search = self._make(tr("&Search All Letters"), "Ctrl+Shift+F",
                                 style.standardIcon(sp.SP_FileDialogContentsView))
        self.filter_letters = self._make(tr("Filter the &Letter List"), "Ctrl+L")
        self.zoom_in = self._make(tr("Zoom &In"), _Std.ZoomIn)
        self.zoom_in.setShortcuts([QKeySequence(_Std.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(tr("Zoom &Out"), _Std.ZoomOut)
        self.zoom_reset = self._make(tr("&Reset Zoom"), "Ctrl+0")
        self.about = self._make(tr("&About Kamerbrieven"), None)
        self.import_files.setIconText(tr("Import"))
        self.import_folder.setIconText(tr("Import Folder"))
        self.rebuild_index.setIconText(tr("Rebuild Index"))
        self.import_files.setStatusTip(tr("Import letter files (txt, md, html, xml, pdf)"))
        self.import_folder.setStatusTip(tr("Import every letter file in a folder"))

    def _make(self, text: str, shortcut, icon: QIcon | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        self.window.addAction(action)  # shortcuts work wherever the focus is
        return action

    def build_menus(self) -> None:
        """File, Edit, View and Help menus."""
        tr, bar = self.window.tr, self.window.menuBar()
        groups = (
            (tr("&File"), (self.import_files, self.import_folder, None, self.rebuild_index, None,
                           self.quit)),
            (tr("&Edit"), (self.find, self.find_next, self.find_previous, None, self.next_hit,
                           self.previous_hit, None, self.search, self.filter_letters)),
            (tr("&View"), (self.zoom_in, self.zoom_out, self.zoom_reset)),
            (tr("&Help"), (self.about,)),
        )
        for title, actions in groups:
            menu = bar.addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.window.tr("Main toolbar"), self.window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_files, self.import_folder, self.rebuild_index):
            toolbar.addAction(action)
        self.window.addToolBar(toolbar)
        return toolbar
