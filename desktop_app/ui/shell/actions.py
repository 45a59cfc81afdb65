"""The window's actions, menus and toolbar (kept out of main_window.py)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from desktop_app.ui.shell import help as help_pages
from desktop_app.ui.shell.help import plain_text

_Std = QKeySequence.StandardKey
ICON_SIZES = (16, 22, 24, 32, 48)


def _arrow_pixmap(size: int, colour: QColor, redo: bool) -> QPixmap:
    """A curved arrow back (undo) or forward (redo), drawn in ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    if redo:  # the same arrow, mirrored
        painter.translate(24, 0)
        painter.scale(-1, 1)
    painter.setPen(QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    path = QPainterPath(QPointF(5, 9))
    path.lineTo(14, 9)
    path.cubicTo(21.5, 9, 21.5, 20, 14, 20)
    path.lineTo(8, 20)
    path.moveTo(9, 4.5)
    path.lineTo(4.5, 9)
    path.lineTo(9, 13.5)
    painter.drawPath(path)
    painter.end()
    return pixmap


def arrow_icon(palette: QPalette, redo: bool = False) -> QIcon:
    """An undo (or redo) icon in the palette's button-text colour, paler when disabled, so it
    reads on a light and on a dark palette alike (the style's arrows are always black)."""
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    faded = QColor(colour)
    faded.setAlphaF(0.38)
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(_arrow_pixmap(size, colour, redo), QIcon.Mode.Normal)
        icon.addPixmap(_arrow_pixmap(size, faded, redo), QIcon.Mode.Disabled)
    return icon


class _PaletteWatcher(QObject):
    """Redraws the palette-coloured icons when the window's palette changes (dark mode)."""

    def __init__(self, actions: Actions):
        super().__init__(actions.window)
        self.actions = actions
        actions.window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange and watched is self.actions.window:
            self.actions.paint_icons()
        return False


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
        self.import_annotations = self._make(self.tr("Import &Annotations…"), None)
        self.import_annotations.setStatusTip(self.tr("Import annotations from W3C Web "
                                                     "Annotation (JSON) or Hypothesis files"))
        self.rebuild_index = self._make(self.tr("&Rebuild Search Index"), None,
                                        style.standardIcon(sp.SP_BrowserReload))
        self.export = self._make(self.tr("&Export…"), "Ctrl+E",
                                 style.standardIcon(sp.SP_DialogSaveButton))
        self.export.setStatusTip(self.tr("Export a collection, a tag or the selected "
                                         "annotations as a course pack (Word, PDF, HTML, "
                                         "Markdown)"))
        self.share = self._make(self.tr("&Team Sharing…"), None)
        self.share.setStatusTip(self.tr("Share annotations with colleagues through a shared "
                                        "folder, sync, and resolve conflicts"))
        self.print_letter = self._make(self.tr("&Print…"), _Std.Print,
                                       QIcon.fromTheme("document-print"))
        self.print_letter.setStatusTip(self.tr("Print the letter in the reader"))
        self.print_preview = self._make(self.tr("Print Pre&view…"), None,
                                        QIcon.fromTheme("document-print-preview"))
        # checkable: whether Print and Print Preview paint the commitments and annotations
        self.print_highlights = self._make(self.tr("Print with &Highlights"), None)
        self.print_highlights.setCheckable(True)
        self.print_highlights.setChecked(True)
        self.print_highlights.setIconText(self.tr("Highlights"))  # on the preview's toolbar
        self.print_highlights.setToolTip(self.tr("Print the colours of commitments and "
                                                 "annotations"))
        self.quit = self._make(self.tr("&Quit"), _Std.Quit)
        self.find = self._make(self.tr("&Find in Letter…"), _Std.Find)
        self.find_next = self._make(self.tr("Find &Next"), "F3")
        self.find_previous = self._make(self.tr("Find &Previous"), "Shift+F3")
        self.next_hit = self._make(self.tr("Next Search &Hit"), "F4")
        self.previous_hit = self._make(self.tr("Previous Search Hi&t"), "Shift+F4")
        self.search = self._make(self.tr("&Search All Letters"), "Ctrl+Shift+F",
                                 style.standardIcon(sp.SP_FileDialogContentsView))
        self.filter_letters = self._make(self.tr("Filter the &Letter List"), "Ctrl+L")
        # Back and Forward: the platform's keys (Alt+Left/Right, the mouse's back button …),
        # but never a plain Backspace: one typed outside a text field would leave the letter
        self.back = self._make(self.tr("&Back"), _Std.Back)
        self.forward = self._make(self.tr("&Forward"), _Std.Forward)
        for action, standard, arrow in ((self.back, _Std.Back, "Alt+Left"),
                                        (self.forward, _Std.Forward, "Alt+Right")):
            keys = [QKeySequence(arrow)] + [k for k in QKeySequence.keyBindings(standard)
                                            if k != QKeySequence(arrow)
                                            and "Backspace" not in k.toString()]
            action.setShortcuts(keys)
            action.setEnabled(False)  # until there is a place to go to
        self.zoom_in = self._make(self.tr("Zoom &In"), _Std.ZoomIn)
        self.zoom_in.setShortcuts([QKeySequence(_Std.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(self.tr("Zoom &Out"), _Std.ZoomOut)
        self.zoom_reset = self._make(self.tr("&Reset Zoom"), "Ctrl+0")
        self.about = self._make(self.tr("&About Kamerbrieven"), None)
        self.getting_started = self._make(self.tr("&Getting Started"), _Std.HelpContents)
        self.keyboard_shortcuts = self._make(self.tr("&Keyboard Shortcuts"), "Ctrl+F1")
        self.check_data = self._make(self.tr("&Check Data Folder"), None)
        self.check_data.setStatusTip(self.tr("Check the letters and annotations databases "
                                             "and the search index for damage"))
        self.undo = self._make(self.tr("&Undo"), "Ctrl+Z")
        self.redo = self._make(self.tr("&Redo"), "Ctrl+Shift+Z")
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo.setIconText(self.tr("Undo"))  # the toolbar keeps a short, steady label
        self.redo.setIconText(self.tr("Redo"))
        self.paint_icons()
        self._watcher = _PaletteWatcher(self)
        self.edit_note = self._make(self.tr("Add or Edit &Note…"), "Ctrl+M")
        self.edit_tags = self._make(self.tr("Edit &Tags…"), "Ctrl+T")
        # Delete acts only where an annotation is chosen: the window's wiring adds this action
        # to the reader and the annotation tables (a Delete typed elsewhere stays there).
        self.delete_annotation = self._make(self.tr("&Delete Annotation"), _Std.Delete,
                                            window_wide=False)
        self.delete_annotation.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_palette = self._make(self.tr("Annotation &Colours…"), None)
        self.edit_details = self._make(self.tr("Edit Letter &Details…"), None)
        self.edit_details.setStatusTip(self.tr("Correct the title, date, reference and other "
                                               "details of the letter in the reader"))
        self.show_reader = self._make(self.tr("&Letters and Reader"), "Ctrl+1")
        self.show_commitments = self._make(self.tr("&Commitments Overview"), "Ctrl+2")
        # View → show or hide the panes beside the reader (checkable: see PaneToggle)
        self.show_letters = self._make(self.tr("Letter Lis&t"), "Ctrl+Shift+L")
        self.show_side = self._make(self.tr("Si&de Panel (Search, Annotations, Collections)"),
                                    "Ctrl+Shift+P")
        self.show_annotations = self._make(self.tr("&Annotations"), "Ctrl+Shift+A")
        self.show_collections = self._make(self.tr("Coll&ections"), "Ctrl+Shift+C")
        self.menus: dict[QAction, QMenu] = {}  # the menu each action is in (build_menus)
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

    def _make(self, text: str, shortcut, icon: QIcon | None = None,
              window_wide: bool = True) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        if window_wide:
            self.window.addAction(action)  # shortcuts work wherever the focus is
        return action

    def paint_icons(self) -> None:
        """Undo and Redo icons in the colours of the window's palette."""
        palette = self.window.palette()
        self.undo.setIcon(arrow_icon(palette))
        self.redo.setIcon(arrow_icon(palette, redo=True))

    def set_undo_texts(self, undo: str, redo: str) -> None:
        """Say what Undo and Redo will do ("&Undo Delete collection “Week 1”")."""
        for action, plain, named, what in (
                (self.undo, self.tr("&Undo"), self.tr("&Undo %1"), undo),
                (self.redo, self.tr("&Redo"), self.tr("&Redo %1"), redo)):
            text = named.replace("%1", what.replace("&", "&&")) if what else plain
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
            action.setToolTip(f"{tip} ({keys})" if keys else tip)

    def connect_reader(self, reader) -> None:
        """Find in the letter, search hits and zoom act on the reader."""
        for action, slot in ((self.find, reader.show_find), (self.find_next, reader.find_next),
                             (self.find_previous, reader.find_previous),
                             (self.next_hit, reader.next_hit),
                             (self.previous_hit, reader.previous_hit),
                             (self.zoom_in, reader.zoom_in), (self.zoom_out, reader.zoom_out),
                             (self.zoom_reset, reader.zoom_reset)):
            action.triggered.connect(slot)
        reader.history_changed.connect(self._on_history_changed)

    def _on_history_changed(self, back: bool, forward: bool) -> None:
        self.back.setEnabled(back)
        self.forward.setEnabled(forward)

    def build_menus(self) -> None:
        """File, Edit, View and Help menus."""
        bar = self.window.menuBar()
        groups = (
            (self.tr("&File"), (self.import_files, self.import_folder,
                                self.import_annotations, None, self.export,
                                self.share, None, self.print_letter, self.print_preview,
                                self.print_highlights, None, self.rebuild_index, None,
                                self.quit)),
            (self.tr("&Edit"), (self.undo, self.redo, None, self.find, self.find_next,
                                self.find_previous, None, self.next_hit, self.previous_hit,
                                None, self.search, self.filter_letters, None,
                                self.edit_details)),
            (self.tr("&Annotate"), ()),
            (self.tr("&View"), (self.show_reader, self.show_commitments, None,
                                self.back, self.forward, None, self.show_letters,
                                self.show_side, self.show_annotations,
                                self.show_collections, None, self.zoom_in,
                                self.zoom_out, self.zoom_reset)),
            (self.tr("&Help"), (self.getting_started, self.keyboard_shortcuts, None,
                                self.check_data, None, self.about)),
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
                    self.menus[action] = menu
        self.getting_started.triggered.connect(
            partial(help_pages.show_getting_started, self.window))
        self.keyboard_shortcuts.triggered.connect(
            partial(help_pages.show_shortcuts, self.window, bar))

    def menu_path(self, action: QAction) -> str:
        """ "File → Import Files…": an action as the menus spell it (in the user's language)."""
        menu = self.menus.get(action)
        name = plain_text(action.text())
        return f"{plain_text(menu.title())} → {name}" if menu is not None else name

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
