"""The letter's text view: a read-only browser with a caret, a readable measure, a title
that fits, the window's colour keys left alone and Ctrl+wheel zoom as an intent."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetricsF, QTextCursor, QTextFormat, QTextOption
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.ui.safe_text import SafeTextBrowser

MEASURE_EM = 38  # readable line length: about 75 characters
HEADING_SCALE = 1.5  # the letter's title: x-large


class LetterView(SafeTextBrowser):
    """The document view; keeps the text column at a readable width when the pane is wide.

    It loads nothing from outside the app and follows no link itself: the reader handles
    every click (``anchorClicked``).
    """

    zoom_requested = Signal(int)  # +1 / -1 from Ctrl+wheel
    # the context menu is about to open: (menu, document position it is about) — the reader
    # adds what applies there (the review verbs on a commitment)
    menu_opening = Signal(object, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, open_web_links=False)
        # Read-only, but with a caret: Shift+arrows, Shift+Home/End and Ctrl+A select text
        # (to annotate without a mouse). Links stay clickable; they are not Tab stops, so Tab
        # leaves the letter instead of walking through every commitment.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setAccessibleName(self.tr("Letter text"))
        # a line breaks between words; only a word wider than the whole line is split
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # squeezed narrower the letter reads a few words a line (the legend above may wrap)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.context_actions: list[QAction | None] = []  # None: a separator

    def event(self, event) -> bool:
        # With text selected, the read-only text control claims plain digit keys as a
        # shortcut override; leave 1–9 to the colour actions.
        if (event.type() == QEvent.Type.ShortcutOverride
                and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            event.ignore()
            return False
        return super().event(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        menu = self.context_menu(event.pos(), event.reason() == event.Reason.Keyboard)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint, keyboard: bool = False) -> QMenu:
        """The context menu for viewport position ``pos``: the standard entries, the window's
        actions, and what ``menu_opening`` adds for the place clicked (opened from the
        keyboard: for the caret)."""
        menu = self.createStandardContextMenu(pos)
        where = (self.textCursor() if keyboard else self.cursorForPosition(pos)).position()
        if self.context_actions:
            menu.addSeparator()
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.menu_opening.emit(menu, where)
        return menu

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        # QTextEdit would zoom its own font; the pane zooms the document font instead
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_measure()

    def fit_measure(self) -> None:
        """Centre the text in a column of about MEASURE_EM em."""
        doc = self.document()
        em = self.fontMetrics().horizontalAdvance("M") * doc.defaultFont().pointSizeF() \
            / max(self.font().pointSizeF(), 1.0)
        spare = self.viewport().width() - MEASURE_EM * em
        margin = max(min(24.0, em), spare / 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - margin) > 0.5:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            frame.setFrameFormat(fmt)
        self.fit_heading(self.viewport().width() - 2 * margin - 2 * doc.documentMargin())

    def fit_heading(self, width: float) -> None:
        """Shrink the letter's title (its first block) until its longest word fits a line, so
        a long word such as "Gewasbeschermingsbeleid" is not split in a narrow reader."""
        block = self.document().begin()
        if not block.isValid() or block.blockFormat().headingLevel() != 1 or width <= 0:
            return
        words = block.text().split()
        if not words:
            return
        font = QFont(self.document().defaultFont())
        base = font.pointSizeF()
        full = base * HEADING_SCALE
        font.setPointSizeF(full)
        font.setBold(True)
        widest = max(QFontMetricsF(font).horizontalAdvance(w) for w in words)
        size = round(max(base, min(full, full * width / widest)), 1)
        fragments = []
        it = block.begin()
        while not it.atEnd():
            fragments.append(it.fragment())
            it += 1
        if all(abs(f.charFormat().fontPointSize() - size) < 0.05 for f in fragments):
            return
        for fragment in fragments:  # each keeps its own format (an anchor …); only the size
            fmt = fragment.charFormat()
            # a size adjustment (x-large) would override any point size
            fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            fmt.setFontPointSize(size)
            cursor = QTextCursor(self.document())
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
