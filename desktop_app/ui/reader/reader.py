"""The reader: one letter as a readable document with commitments and search hits painted."""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import NotFound
from desktop_app.model import Annotation, Commitment, Letter, PaletteColor
from desktop_app.overview import CommitmentRow, make_row
from desktop_app.render import (
    Span,
    annotation_index,
    annotation_spans,
    body_start,
    commitment_spans,
    cue_words,
    hit_spans,
    is_possible,
    letter_html,
)
from desktop_app.ui.annotations.palette_words import colour_label
from desktop_app.ui.colours import error_colour, mix, readable
from desktop_app.ui.commitments.commitment_menu import review_actions
from desktop_app.ui.reader.kind_legend import KindLegend
from desktop_app.ui.reader.letter_view import LetterView
from desktop_app.ui.reader.lineage_panel import LineagePanel
from desktop_app.ui.safe_text import markdown_html, plain_tooltip
from desktop_app.ui.widgets import colour_icon, fill

BASE_POINT_SIZE = 12.0
ZOOM_STEP = 1.0
HISTORY_LIMIT = 100  # places Back remembers
RENDERED_NOTES = 20_000  # notes kept as HTML (see ReaderPane._note_html)


@dataclass(frozen=True)
class Place:
    """Where the reader was: a letter, the caret (anchor and position in the document), the
    scroll position and the search hits painted in it."""

    letter_id: str
    anchor: int
    position: int
    scroll: int
    matches: tuple[tuple[int, int], ...] = ()


class ReadingHistory:
    """Back and forward through the places the reader jumped away from (plain Python)."""

    def __init__(self, limit: int = HISTORY_LIMIT):
        self.limit = limit
        self.back_places: list[Place] = []
        self.forward_places: list[Place] = []

    def record(self, place: Place | None) -> None:
        """A jump leaves ``place``: Back returns to it; Forward starts afresh."""
        if place is None:
            return
        if not self.back_places or self.back_places[-1] != place:
            self.back_places.append(place)
            del self.back_places[:-self.limit]
        self.forward_places.clear()

    def back(self, here: Place | None) -> Place | None:
        """The place to go back to (None: nowhere); ``here`` is kept for Forward."""
        return self._step(self.back_places, self.forward_places, here)

    def forward(self, here: Place | None) -> Place | None:
        """The place to go forward to (None: nowhere); ``here`` is kept for Back."""
        return self._step(self.forward_places, self.back_places, here)

    @staticmethod
    def _step(source: list[Place], other: list[Place], here: Place | None) -> Place | None:
        if not source:
            return None
        if here is not None:
            other.append(here)
        return source.pop()


def _in_word(text: str, i: int) -> bool:
    """Whether ``text[i]`` is part of a word: a letter or digit, or an apostrophe between two
    ("dilemma’s")."""
    if not 0 <= i < len(text):
        return False
    if text[i].isalnum():
        return True
    return (text[i] in "'’" and 0 < i < len(text) - 1
            and text[i - 1].isalnum() and text[i + 1].isalnum())


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of ``text`` without white space at its edges and widened to whole
    words: a selection that starts or ends inside a word takes in the whole word (a course
    pack quoted "…goed werk wor" for a selection that stopped in "worden")."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, start
    while start > 0 and _in_word(text, start) and _in_word(text, start - 1):
        start -= 1
    while end < len(text) and _in_word(text, end - 1) and _in_word(text, end):
        end += 1
    return start, end


class ReaderPane(QWidget):
    """Legend, the letter, a find bar and a line describing the commitment under the mouse.

    Annotations are painted in their palette colour; positions in the document map 1:1 to
    offsets of the normalised text from the start of each letter block's text (see
    ``_map_blocks``).
    """

    zoom_changed = Signal(float)
    history_changed = Signal(bool, bool)  # Back possible, Forward possible
    colour_requested = Signal(str)  # a palette colour for the selection (keys 1–9)
    annotation_clicked = Signal(str)  # annotation id
    review_requested = Signal(object, dict)  # commitment rows, review fields (as the overview)
    commitment_clicked = Signal(int)  # index into the open letter's commitments
    letter_shown = Signal()  # another letter (or none) is shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.letter: Letter | None = None
        self.annotations: list[Annotation] = []
        self.colours: dict[str, str] = {}
        self.colour_actions: list[QAction] = []
        self.current_annotation = ""
        # the open letter's commitments as the overview shows them (their reviews applied),
        # by span; read through ``review_source`` (``Library.commitment_rows``)
        self.reviews: dict[tuple[int, int], CommitmentRow] = {}
        self.review_source: Callable[..., list[CommitmentRow]] | None = None
        # annotation ids -> the names of the colleagues they belong to (team sharing)
        self.owner_source: Callable[[list[str]], dict[str, str]] | None = None
        self.owners: dict[str, str] = {}  # of the annotations shown
        self._rendered_notes: dict[str, str] = {}  # note -> its HTML (see _note_html)
        self._shown_commitments: list[int] = []  # the commitments painted, by index
        self._blocks: list[tuple[int, int, int]] = []  # (document pos, text start, text end)
        self.matches: tuple[tuple[int, int], ...] = ()
        # sentences later letters' lineage links and proposals point at: (start, end, tip)
        self.lineage_marks: list[tuple[int, int, str]] = []
        self.current_hit = -1
        self.zoom = 0.0
        self._painted: Letter | None = None  # the letter object the view shows
        self._repainting = False
        self.details_kind = ""  # what the details line describes: commitment, annotation, hit
        self._find_origin: tuple[int, int, int, int] | None = None  # caret and scroll
        self.find_failed = False
        self._found: tuple[tuple, list[int]] = ((), [])  # see find_matches
        self.import_menus = ("", "")  # "File → Import Files…", "File → Import Folder…"
        self.history = ReadingHistory()
        # the kept original files of a letter, best format first (``Library.originals_of``),
        # and how one is opened in the system's viewer (replaced in tests)
        self.original_source: Callable[[str], list[Path]] | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.original_actions: list[QAction] = []
        self._build_ui()
        self._connect_signals()
        self.set_zoom(0.0)
        self.show_empty()

    def _build_ui(self) -> None:
        self.legend = KindLegend(self)
        self.view = LetterView(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setContentsMargins(8, 2, 8, 4)
        self.details.setAccessibleName(self.tr("Commitment details"))
        # rich text the reader builds (escaped; notes through the safe Markdown renderer);
        # a link in a note is not opened from here
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(False)
        # one line kept free, so the letter does not jump when the caret enters a passage
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() + 6)
        self.lineage_panel = LineagePanel(self)  # a clicked commitment's later letters
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find in letter"))
        self.find_box.setAccessibleName(self.tr("Find in letter"))
        self.find_box.setClearButtonEnabled(True)
        self.find_count = QLabel(self)  # "3 of 12", "No matches"
        self.find_count.setAccessibleName(self.tr("Matches in the letter"))
        # as wide as its longest usual text, so the find box does not jump as it changes
        self.find_count.setMinimumWidth(
            self.find_count.fontMetrics().horizontalAdvance(self.tr("No matches")))
        self.find_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.find_status = QLabel(self)  # "Continued from the start"
        close = QToolButton(self)
        close.setText("×")
        close.setAccessibleName(self.tr("Close the find bar"))
        close.clicked.connect(self.hide_find)
        self.find_bar = QWidget(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_bar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.hide_find)
        bar = QHBoxLayout(self.find_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.find_box, 1)
        bar.addWidget(self.find_count)
        bar.addWidget(self.find_status)
        bar.addWidget(close)
        self.find_bar.hide()
        self.original_button = QToolButton(self)
        self.original_button.setText(self.tr("Open Original"))
        self.original_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.original_button.setMenu(QMenu(self.original_button))
        self.original_button.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.legend, 1)
        top.addWidget(self.original_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        for widget in (self.view, self.details, self.lineage_panel, self.find_bar):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        self.setFocusProxy(self.view)

    def _connect_signals(self) -> None:
        self.legend.kinds_changed.connect(self.refresh)
        self.legend.possible_changed.connect(self.refresh)
        self.view.menu_opening.connect(self._add_review_actions)
        self.view.menu_opening.connect(self._add_original_actions)
        self.original_button.menu().aboutToShow.connect(self.update_originals)
        self.view.zoom_requested.connect(self._on_zoom_requested)
        self.view.highlighted.connect(self._on_link_hovered)
        self.view.anchorClicked.connect(self._on_link_clicked)
        self.view.cursorPositionChanged.connect(self._on_caret_moved)
        self.find_box.textChanged.connect(self._on_find_text)
        self.find_box.returnPressed.connect(self.find_next)

    # -- content -------------------------------------------------------------------------
    def set_import_menus(self, files: str, folder: str) -> None:
        """The menu paths the empty reader names ("File → Import Files…"), as the menus say."""
        self.import_menus = (files, folder)
        if self.letter is None:
            self.show_empty()

    def show_empty(self, message: str | None = None) -> None:
        """No letter open: say what to do."""
        self.letter, self.matches, self.current_hit = None, (), -1
        self.annotations, self.current_annotation, self._blocks = [], "", []
        text = message or html.escape(fill(
            self.tr("Choose a letter in the list to read it, or search on the right. Import "
                    "letters with %1 or %2."), *self.import_menus).replace("….", "…"))
        self.view.setHtml(f"<p style='color:{self._muted()}'>{text}</p>")
        self.legend.hide()
        self.original_button.hide()
        self._set_details("")
        self._reset_find()
        self.letter_shown.emit()

    def show_letter(self, letter: Letter, matches=(), annotations=()) -> None:
        """Open a letter; ``matches`` are search-hit spans to paint and step through."""
        self.letter = letter
        self.annotations = list(annotations)
        self.current_annotation = ""
        self.matches = tuple(sorted(tuple(m) for m in matches))
        self.current_hit = -1
        self._read_reviews()
        self._read_owners()
        self.legend.show()
        self._set_details("")
        self._reset_find()  # "Not found" and where the find started were about another letter
        self.letter_shown.emit()
        self.update_originals()
        self.refresh()
        if self.matches:
            self.go_to_hit(0)
        else:
            self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def refresh(self) -> None:
        """Paint the letter again (the visible kinds or the annotations changed), keeping the
        caret, the selection and the scroll position of a letter already shown."""
        if self.letter is None:
            return
        scroll = self.view.verticalScrollBar().value()
        cursor = self.view.textCursor()
        keep = (cursor.anchor(), cursor.position()) if self._painted is self.letter else None
        reviews = {i: self.reviews[(c.start, c.end)] for i, c
                   in enumerate(self.letter.commitments) if (c.start, c.end) in self.reviews}
        spans = commitment_spans(self.letter, self.legend.visible(), self._describe,
                                 possible=self.legend.show_possible(), reviews=reviews)
        self._shown_commitments = [int(s.name.removeprefix("commitment-")) for s in spans]
        spans += annotation_spans(self.annotations, self.colours, self._titles_once())
        spans += hit_spans(self.matches)
        spans += [Span(start, end, name=f"refers-{i}", title=html.escape(tip), underline=True)
                  for i, (start, end, tip) in enumerate(self.lineage_marks) if end > start]
        self._repainting = True  # the caret sits on the old document's links meanwhile
        try:
            self.view.setHtml(letter_html(self.letter, spans, self._muted()))
            self.view.fit_measure()
            if keep is not None:  # painting changes formats, never the document's text
                last = self.view.document().characterCount() - 1
                restored = QTextCursor(self.view.document())
                restored.setPosition(min(keep[0], last))
                restored.setPosition(min(keep[1], last), QTextCursor.MoveMode.KeepAnchor)
                self.view.setTextCursor(restored)
            self.view.verticalScrollBar().setValue(scroll)
        finally:
            self._repainting = False
        self._painted = self.letter
        self._map_blocks()

    def set_lineage_marks(self, marks: list[tuple[int, int, str]]) -> None:
        """Underline the sentences later letters refer back from (lineage, issue 20)."""
        marks = list(marks)
        if marks == self.lineage_marks:
            return
        self.lineage_marks = marks
        if self._painted is self.letter:  # else the letter is painted with them shortly
            self.refresh()

    # -- annotations ---------------------------------------------------------------------
    def set_palette(self, palette: list[PaletteColor]) -> None:
        """Colours for painting, and one action per colour (keys 1–9 in the text)."""
        self.colours = {c.name: c.hex for c in palette}
        for action in self.colour_actions:
            self.view.removeAction(action)
            action.deleteLater()
        self.colour_actions = []
        for n, colour in enumerate(palette, 1):
            text = self.tr("Mark as %1").replace("%1", colour.name.replace("&", "&&"))
            action = QAction(colour_icon(colour.hex), f"&{n} {text}" if n <= 9 else "&" + text,
                             self)
            action.setIconText(colour.name)
            tip = colour.meaning or colour.name
            action.setToolTip(plain_tooltip(f"{tip} ({n})" if n <= 9 else tip))
            if n <= 9:
                action.setShortcut(QKeySequence(str(n)))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(self._colour_slot(colour.name))
            self.view.addAction(action)
            self.colour_actions.append(action)

    def _colour_slot(self, name: str):
        return lambda: self.colour_requested.emit(name)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Paint these annotations (of the open letter) and keep the scroll position.

        Called after every change of the annotations store, which holds the commitment
        reviews too: they are read again (a commitment marked done looks done)."""
        self.annotations = list(annotations)
        if self.current_annotation not in {a.id for a in self.annotations}:
            self.current_annotation = ""
        self._read_reviews()
        self._read_owners()
        self.refresh()

    # -- commitment reviews --------------------------------------------------------------
    def set_review_source(self, source: Callable[..., list[CommitmentRow]]) -> None:
        """Where the reader learns the reviews of the letter shown: ``Library.commitment_rows``
        (called with ``letter=<id>``; the reviews are matched to commitments there)."""
        self.review_source = source
        if self.letter is not None:
            self._read_reviews()
            self.refresh()

    def set_owner_source(self, source: Callable[[list[str]], dict[str, str]]) -> None:
        """Where the reader learns which annotations are colleagues' (their names), for the
        tooltips: called with the ids of the annotations shown."""
        self.owner_source = source
        self._read_owners()

    def _read_owners(self) -> None:
        ids = [a.id for a in self.annotations]
        self.owners = self.owner_source(ids) if self.owner_source and ids else {}

    def _read_reviews(self) -> None:
        """Learn the reviews of the letter shown, and count its commitments in the legend
        (a possible one a person confirmed is possible no more)."""
        self.reviews = {}
        if self.letter is None:
            return
        if self.review_source is not None:
            try:
                rows = self.review_source(letter=self.letter.id)
            except NotFound:  # the letter was deleted meanwhile: it shows no reviews
                rows = []
            self.reviews = {(r.commitment.start, r.commitment.end): r
                            for r in rows if not r.orphan}
        counts: dict[str, int] = {}
        for c in self.letter.commitments:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        self.legend.set_counts(counts, sum(map(self._is_possible, self.letter.commitments)))

    def _is_possible(self, c: Commitment) -> bool:
        return is_possible(c, self.reviews.get((c.start, c.end)))

    def commitment_row(self, index: int) -> CommitmentRow:
        """Commitment ``index`` of the open letter as the overview has it (with its review),
        or as a row with no review yet."""
        c = self.letter.commitments[index]
        row = self.reviews.get((c.start, c.end))
        if row is not None:
            return row
        md = self.letter.metadata
        return make_row({"id": self.letter.id, "date": md.date, "subject": md.subject,
                         "title": md.title, "dossier": md.dossier}, c, None)

    def commitment_at(self, position: int) -> int | None:
        """The painted commitment at a document position (its index), or None."""
        offset = self.text_offset(position)
        if self.letter is None or offset is None:
            return None
        for index in self._shown_commitments:
            c = self.letter.commitments[index]
            if c.start <= offset < c.end:
                return index
        return None

    def _add_review_actions(self, menu: QMenu, position: int) -> None:
        """The context menu on a commitment offers its review verbs (as the overview)."""
        index = self.commitment_at(position)
        if index is None:
            return
        menu.addSeparator()
        menu.addSection(self.tr("Commitment"))
        for action in review_actions(menu, [self.commitment_row(index)],
                                     self.review_requested.emit, self):
            menu.addAction(action)

    # -- the original files ----------------------------------------------------------------
    def set_original_source(self, source: Callable[[str], list[Path]],
                            open_url: Callable[[QUrl], object] | None = None) -> None:
        """Where the open letter's kept originals are found (``Library.originals_of``), and
        how one is opened (default: the system's viewer; a local file, never the network)."""
        self.original_source = source
        if open_url is not None:
            self.open_url = open_url
        self.update_originals()

    def original_label(self, path: Path) -> str:
        """"Open Original PDF" …: one entry per format a letter was imported in."""
        from desktop_app.originals import file_kind

        labels = {"pdf": self.tr("Open Original PDF"), "text": self.tr("Open Original Text"),
                  "markdown": self.tr("Open Original Markdown"),
                  "html": self.tr("Open Original HTML"), "xml": self.tr("Open Original XML")}
        return labels.get(file_kind(path), self.tr("Open Original"))

    def update_originals(self) -> None:
        """One action per kept original of the open letter; the button disabled, saying
        why, when it has none."""
        paths = []
        if self.letter is not None and self.original_source is not None:
            paths = self.original_source(self.letter.id)
        menu = self.original_button.menu()
        menu.clear()
        self.original_actions = []
        for path in paths:
            action = QAction(self.original_label(path), menu)  # menu.clear() deletes it
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_original(p))
            self.original_actions.append(action)
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        self.original_button.setVisible(self.letter is not None)
        self.original_button.setEnabled(bool(paths))
        self.original_button.setToolTip(
            self.tr("Open the file this letter was imported from in the system's viewer")
            if paths else self.tr("No original file is kept for this letter (it was "
                                  "removed from the data folder); import the file again to "
                                  "keep a copy."))

    def open_original(self, path: Path) -> bool:
        """Open a kept original in the system's viewer; False (and said below the letter)
        when it is gone or the system cannot open it."""
        if Path(path).is_file() and self.open_url(QUrl.fromLocalFile(str(path))):
            return True
        self.update_originals()
        self._set_details(html.escape(fill(self.tr(
            "The original file %1 could not be opened: it is gone, or the system has no "
            "viewer for it."), str(path))))
        return False

    def _add_original_actions(self, menu: QMenu, _position: int) -> None:
        """The reader's context menu offers the letter's originals too."""
        if self.letter is None:
            return
        self.update_originals()
        menu.addSeparator()
        if self.original_actions:
            for action in self.original_actions:
                menu.addAction(action)
            return
        none = menu.addAction(self.tr("Open Original"))
        none.setEnabled(False)
        none.setToolTip(self.original_button.toolTip())
        menu.setToolTipsVisible(True)

    def annotation(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def annotation_url(self, annotation_id: str) -> QUrl:
        """The link the letter has for an annotation (``#ann-<place>``; empty when not shown).

        Links name an annotation by its place in ``annotations``, never by its id: ids come
        from imported files and are not put in the letter's HTML.
        """
        place = next((i for i, a in enumerate(self.annotations) if a.id == annotation_id), -1)
        return QUrl(f"#ann-{place}") if place >= 0 else QUrl()

    def _linked_annotation(self, url: QUrl) -> Annotation | None:
        """The annotation a ``#ann-<place>`` link of the letter points to, or None."""
        place = annotation_index(url.fragment())
        if place is None or place >= len(self.annotations):
            return None
        return self.annotations[place]

    def annotation_title(self, a: Annotation) -> str:
        """The tooltip of an annotation: colour and tags, then the note rendered."""
        head = html.escape(colour_label(a.color)) + "".join(f" · #{html.escape(t)}"
                                                            for t in a.tags)
        note = self._note_html(a.note) if a.note.strip() else ""
        owner = self.owners.get(a.id)
        by = ("<br><i>" + html.escape(self.tr("By %1 (shared, read-only)").replace("%1", owner))
              + "</i>" if owner else "")
        return f"<b>{head}</b>{by}{note or ''}"

    def _titles_once(self) -> Callable[[Annotation], str]:
        """``annotation_title`` worked out once per colour, tags, note and owner while the
        letter is painted: its annotations, thousands in a busy letter, share few."""
        titles: dict[tuple, str] = {}

        def title(a: Annotation) -> str:
            key = (a.color, a.tags, a.note, self.owners.get(a.id))
            if key not in titles:
                titles[key] = self.annotation_title(a)
            return titles[key]

        return title

    def _note_html(self, note: str) -> str:
        """A note's Markdown as HTML, kept: rendering takes a document per note, and every
        change of an annotation paints all of the letter's again (issue 17)."""
        rendered = self._rendered_notes.get(note)
        if rendered is None:
            if len(self._rendered_notes) >= RENDERED_NOTES:
                self._rendered_notes.clear()
            rendered = self._rendered_notes[note] = markdown_html(note)
        return rendered

    def _map_blocks(self) -> None:
        """Where each letter block's text sits in the document: a rendered block carries its
        place in ``letter.blocks`` as its user state (see ``render.letter_html``)."""
        blocks = self.letter.blocks if self.letter else ()
        found = []
        block = self.view.document().begin()
        while block.isValid():
            index = block.userState()
            if 0 <= index < len(blocks):
                b = blocks[index]
                found.append((block.position() + body_start(b, block.text()), b.start, b.end))
            block = block.next()
        self._blocks = sorted(found)

    def text_offset(self, position: int) -> int | None:
        """The text offset of a document position; None before the letter's first block."""
        i = bisect.bisect_right(self._blocks, (position, float("inf"), 0)) - 1
        if i < 0:
            return None
        pos, start, end = self._blocks[i]
        return min(start + position - pos, end)

    def document_position(self, offset: int) -> int:
        """The document position of a text offset (-1 when no block holds it)."""
        for pos, start, end in self._blocks:
            if start <= offset <= end:
                return pos + offset - start
        return -1

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as ``(start, end)`` of the normalised text, or None.

        This is what an annotation is made of, so it snaps to whole words (see
        ``snap_to_words``), except that an annotation's own passage, selected as it is
        (``select_annotation``), stays as it is: recolouring it must not widen it.
        """
        cursor = self.view.textCursor()
        if not cursor.hasSelection() or not self._blocks or self.letter is None:
            return None
        start = self.text_offset(cursor.selectionStart())
        end = self.text_offset(cursor.selectionEnd())
        if end is None:
            return None
        start = self._blocks[0][1] if start is None else start
        if any((a.start, a.end) == (start, end) for a in self.annotations):
            return start, end
        start, end = snap_to_words(self.letter.text, start, end)
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> bool:
        """Select text ``[start, end)`` and scroll it into view."""
        a, b = self.document_position(start), self.document_position(end)
        if a < 0 or b < 0:
            return False
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self._scroll_to_cursor()
        return True

    def select_annotation(self, annotation_id: str) -> bool:
        """Make an annotation the current one and show it."""
        a = self.annotation(annotation_id)
        if a is None or a.status == "orphan":
            return False
        self.current_annotation = a.id
        selected = self.select_span(a.start, a.end)
        self._set_details(self.annotation_title(a), "annotation")
        return selected

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def painted_spans(self, name_prefix: str) -> list[tuple[int, int, str]]:
        """``(position, length, name)`` of every fragment linked to ``#<name>`` in the document.

        Links cover the whole span (an anchor *name* marks only its first character). An
        annotation's link is named here by its id (``ann-<id>``), as the store knows it.
        """
        out = []
        block = self.view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                name = fragment.charFormat().anchorHref().removeprefix("#")
                linked = self._linked_annotation(QUrl("#" + name))
                if linked is not None:
                    name = f"ann-{linked.id}"
                if name.startswith(name_prefix):
                    out.append((fragment.position(), fragment.length(), name))
                it += 1
            block = block.next()
        return out

    # -- back and forward ----------------------------------------------------------------
    def place(self) -> Place | None:
        """Where the reader is now (None without a letter)."""
        if self.letter is None:
            return None
        cursor = self.view.textCursor()
        return Place(self.letter.id, cursor.anchor(), cursor.position(),
                     self.view.verticalScrollBar().value(), self.matches)

    def remember(self) -> None:
        """Before a jump (a search hit, a commitment, an annotation, another letter): Back
        returns here."""
        self.history.record(self.place())
        self._history_changed()

    def step_back(self) -> Place | None:
        """The place Back goes to (this one is kept for Forward); None when there is none."""
        place = self.history.back(self.place())
        self._history_changed()
        return place

    def step_forward(self) -> Place | None:
        """The place Forward goes to (this one is kept for Back); None when there is none."""
        place = self.history.forward(self.place())
        self._history_changed()
        return place

    def go_to_place(self, place: Place) -> None:
        """Put the caret and the scroll position back (the place's letter is open)."""
        self._restore((place.anchor, place.position, place.scroll, 0))

    def _history_changed(self) -> None:
        self.history_changed.emit(bool(self.history.back_places),
                                  bool(self.history.forward_places))

    # -- search hits ---------------------------------------------------------------------
    def anchor_position(self, name: str) -> int:
        """Document position of the named anchor ``name``, or -1."""
        block = self.view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if name in fragment.charFormat().anchorNames():
                    return fragment.position()
                it += 1
            block = block.next()
        return -1

    def go_to_hit(self, index: int) -> bool:
        """Select hit ``index`` (wrapping) and scroll to it."""
        if not self.matches:
            return False
        self.current_hit = index % len(self.matches)
        start = self.anchor_position(f"hit-{self.current_hit}")
        if start < 0:
            return False
        s, e = self.matches[self.current_hit]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(start + (e - s), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self._scroll_to_cursor()
        self._set_details(fill(self.tr("Search hit %1 of %2 (F4: next, Shift+F4: previous)"),
                               self.current_hit + 1, len(self.matches)), "hit")
        return True

    def _scroll_to_cursor(self) -> None:
        """Bring the selection to a third of the height, so the text around it shows too."""
        bar = self.view.verticalScrollBar()
        top = self.view.cursorRect().top()
        bar.setValue(bar.value() + top - self.view.viewport().height() // 3)

    def next_hit(self) -> bool:
        return self.go_to_hit(self.current_hit + 1)

    def previous_hit(self) -> bool:
        return self.go_to_hit(self.current_hit - 1)

    # -- find in letter ------------------------------------------------------------------
    def show_find(self) -> None:
        """Ctrl+F: open the find bar; Esc after a failed find goes back to where this started."""
        if not self.find_bar.isVisible() or self._find_origin is None:
            cursor = self.view.textCursor()
            self._find_origin = (cursor.anchor(), cursor.position(),
                                 self.view.verticalScrollBar().value(),
                                 self.view.horizontalScrollBar().value())
        self.find_bar.show()
        self.find_box.setFocus()
        self.find_box.selectAll()

    def hide_find(self) -> None:
        """Esc: close the find bar. When the last find found nothing, the caret and the
        scroll position go back to where they were before the find started; after a match
        the caret stays on it (that is what the user was looking for)."""
        if self.find_failed and self._find_origin is not None:
            self._restore(self._find_origin)
        self._reset_find()
        self.find_bar.hide()
        self.view.setFocus()

    def _restore(self, place: tuple[int, int, int, int]) -> None:
        anchor, position, top, left = place
        last = self.view.document().characterCount() - 1
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(min(anchor, last))
        cursor.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.verticalScrollBar().setValue(top)
        self.view.horizontalScrollBar().setValue(left)

    def _reset_find(self) -> None:
        self._find_origin = None
        self._found = ((), [])  # (needle, letter, length) and where it starts
        self._mark_not_found(False)
        self.find_status.clear()
        self.find_count.clear()

    def find_next(self) -> bool:
        """F3: the next find-bar match, or the next search hit when the find bar is empty."""
        if not self.find_box.text():
            return self.next_hit()
        return self._find(backward=False)

    def find_previous(self) -> bool:
        if not self.find_box.text():
            return self.previous_hit()
        return self._find(backward=True)

    def find_matches(self) -> list[int]:
        """Where the find box's text starts in the document, in order (case-insensitive, as
        Qt's find); document positions are the places in its raw text.

        Kept while the letter stays (repainting changes formats, never the text), so F3 in
        a long letter does not search it all again.
        """
        needle = self.find_box.text()
        if not needle:
            return []
        doc = self.view.document()
        key = (needle, id(self.letter), doc.characterCount())
        if self._found[0] != key:
            raw = doc.toRawText()
            self._found = (key, [m.start() for m in re.finditer(re.escape(needle), raw,
                                                                 re.IGNORECASE)])
        return self._found[1]

    def _find(self, backward: bool, start: int | None = None) -> bool:
        """Select the next match after the caret (before it: ``backward``), or from ``start``,
        wrapping around the letter once; the bar says which match of how many it is.

        Without a match nothing moves: the caret and the scroll position stay where they
        were, the find box turns red and the bar says "No matches".
        """
        starts = self.find_matches()
        if self.details_kind == "hit":  # "Search hit 2 of 8" is not about a find match
            self._set_details("")
        self._mark_not_found(not starts)
        if not starts:
            self.find_count.setText(self.tr("No matches"))
            self.find_status.clear()
            return False
        cursor = self.view.textCursor()
        if start is None:
            start = cursor.selectionStart() if backward else cursor.selectionEnd()
        index = bisect.bisect_left(starts, start) - (1 if backward else 0)
        wrapped = not 0 <= index < len(starts)
        index %= len(starts)
        found = QTextCursor(self.view.document())
        found.setPosition(starts[index])
        found.setPosition(starts[index] + len(self.find_box.text()),
                          QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(found)
        self.view.ensureCursorVisible()
        self.find_count.setText(fill(self.tr("%1 of %2"), index + 1, len(starts)))
        self.find_status.setText("" if not wrapped else self.tr("Continued from the end")
                                 if backward else self.tr("Continued from the start"))
        return True

    def _mark_not_found(self, failed: bool) -> None:
        """A find box with no match gets a red tint from the palette (light or dark)."""
        self.find_failed = failed
        self.find_box.setProperty("notFound", failed)
        if not failed:
            self.find_box.setPalette(QPalette())
            self.find_count.setPalette(QPalette())
            self.find_status.setPalette(QPalette())
            return
        palette = QPalette(self.palette())
        base = palette.color(QPalette.ColorRole.Base)
        tint = mix(base, error_colour(palette, QPalette.ColorRole.Base), 0.22)
        palette.setColor(QPalette.ColorRole.Base, tint)
        palette.setColor(QPalette.ColorRole.Text,
                         readable(palette.color(QPalette.ColorRole.Text), tint))
        self.find_box.setPalette(palette)
        status = QPalette(self.palette())
        status.setColor(QPalette.ColorRole.WindowText, error_colour(status))
        self.find_count.setPalette(status)  # "No matches" in red
        self.find_status.setPalette(status)

    def _on_find_text(self, text: str) -> None:
        """Find as you type, from the start of the current match (or the caret)."""
        if not text:
            self._mark_not_found(False)
            self.find_status.clear()
            self.find_count.clear()
            return
        self._find(backward=False, start=self.view.textCursor().selectionStart())

    # -- zoom ----------------------------------------------------------------------------
    def set_zoom(self, steps: float) -> None:
        """Font size relative to the readable default, in points."""
        self.zoom = max(-6.0, min(24.0, steps))
        font = QFont(self.view.font())
        font.setFamilies(["Charter", "Georgia", "DejaVu Serif", "Noto Serif", "serif"])
        font.setPointSizeF(BASE_POINT_SIZE + self.zoom)
        self.view.document().setDefaultFont(font)
        self.view.fit_measure()
        self.zoom_changed.emit(self.zoom)

    def zoom_percent(self) -> int:
        """The text size as a percentage of the default (100 when not zoomed)."""
        return round(100 * (BASE_POINT_SIZE + self.zoom) / BASE_POINT_SIZE)

    def _on_zoom_requested(self, step: int) -> None:
        self.set_zoom(self.zoom + step * ZOOM_STEP)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(0.0)

    # -- commitment details --------------------------------------------------------------
    def commitment_text(self, index: int) -> str:
        """Kind, actor, deadline and cue of commitment ``index`` of the open letter (HTML)."""
        c = self.letter.commitments[index]
        return self._describe(c, bold=True)

    def _describe(self, c, bold: bool = False) -> str:
        kind = html.escape(self.legend.kind_label(c.kind))
        parts = [f"<b>{kind}</b>" if bold else kind]
        if self._is_possible(c):
            parts.append(self.tr("possible commitment"))
        row = self.reviews.get((c.start, c.end))
        if row is not None and row.status in ("done", "rejected"):
            parts.append({"done": "✓ " + self.tr("done"),
                          "rejected": self.tr("rejected")}[row.status])
        if c.actor:
            parts.append(self.tr("actor: %1").replace("%1", html.escape(c.actor)))
        if c.deadline_text:
            parts.append(self.tr("deadline: %1").replace("%1", html.escape(c.deadline_text)))
        parts.append(fill(self.tr("recognised by: “%1”"), html.escape(cue_words(c.cue, c.text))))
        return " · ".join(parts)

    def _set_details(self, text: str, kind: str = "") -> None:
        """The line under the letter: ``kind`` says what it describes ("" when empty)."""
        self.details.setText(text)
        self.details_kind = kind if text else ""

    def _commitment_index(self, url: QUrl) -> int | None:
        fragment = url.fragment()
        if self.letter is None or not fragment.startswith("commitment-"):
            return None
        index = fragment.removeprefix("commitment-")
        ok = index.isdigit() and int(index) < len(self.letter.commitments)
        return int(index) if ok else None

    def _describe_link(self, url: QUrl) -> bool:
        """Show the annotation or commitment a link points to; False when it is neither."""
        note = self._linked_annotation(url)
        if note is not None:
            self._set_details(self.annotation_title(note), "annotation")
            return True
        index = self._commitment_index(url)
        if index is not None:
            self._set_details(self.commitment_text(index), "commitment")
            return True
        return False

    def _on_link_hovered(self, url: QUrl) -> None:
        """The mouse on a passage describes it; off it, the line describes the caret's."""
        if url.isEmpty() or not self._describe_link(url):
            self._on_caret_moved()

    def _on_caret_moved(self) -> None:
        """Keyboard users reach a commitment's or annotation's details with the caret: links
        are not Tab stops, so the details follow the caret into a highlighted passage, and
        go when it leaves (a search hit's line stays while the caret is on the hit)."""
        if self._repainting or self.letter is None:
            return
        url = QUrl(self.view.textCursor().charFormat().anchorHref())
        if self._describe_link(url):
            return
        if not (url.fragment().startswith("hit-") and self.details_kind == "hit"):
            self._set_details("")

    def _on_link_clicked(self, url: QUrl) -> None:
        index = self._commitment_index(url)
        if url.fragment().startswith("ann-"):
            note = self._linked_annotation(url)
            if note is not None:
                self.current_annotation = note.id
                self._set_details(self.annotation_title(note), "annotation")
                self.annotation_clicked.emit(note.id)
        elif index is not None:
            self._set_details(self.commitment_text(index), "commitment")
            self.commitment_clicked.emit(index)
        elif url.fragment():
            self.view.scrollToAnchor(url.fragment())
