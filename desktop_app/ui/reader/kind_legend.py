"""The legend above the letter: one check box per commitment kind, in its colour, and one
for the possible commitments (those the detector is unsure of, drawn paler)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_app.render import KIND_COLOURS, POSSIBLE_FADE, fade
from desktop_app.ui.widgets import FlowLayout


class KindLegend(QWidget):
    """One check box per commitment kind, in its highlight colour; emits the visible kinds."""

    kinds_changed = Signal(object)  # set[str]
    possible_changed = Signal(bool)  # show the possible commitments

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # wraps onto a second line when the reader is narrow, so the legend never forces
        # the reader (and with it the window) wider than the letter list leaves room for
        layout = FlowLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        # no "Commitments:" caption: the coloured boxes say it, and the reader stays narrow
        self.setToolTip(self.tr("Commitments: show or hide each kind"))
        self.boxes: dict[str, QCheckBox] = {}
        for kind, colour in KIND_COLOURS.items():
            box = QCheckBox(self.kind_label(kind), self)
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox {{ background:{colour}; color:#1a1a1a;"
                              " border-radius:3px; padding:1px 6px; }")
            box.setAccessibleName(self.tr("Show %1 commitments").replace("%1",
                                                                         self.kind_label(kind)))
            box.toggled.connect(self._emit)
            layout.addWidget(box)
            self.boxes[kind] = box
        self.possible_box = QCheckBox(self.possible_label(), self)
        self.possible_box.setChecked(True)
        # a pale swatch of the kinds' colours with a dashed edge: what a possible one looks like
        self.possible_box.setStyleSheet(
            f"QCheckBox {{ background:{fade(KIND_COLOURS['promise'], POSSIBLE_FADE)};"
            " color:#1a1a1a; border:1px dashed #8a8a8a; border-radius:3px; padding:0 6px; }")
        self.possible_box.setToolTip(self.tr("Possible commitments are sentences the detector "
                                             "is not sure of (drawn paler)"))
        self.possible_box.toggled.connect(self.possible_changed)
        layout.addWidget(self.possible_box)

    def kind_label(self, kind: str) -> str:
        """The translated name of a kind."""
        return {"promise": self.tr("promise"), "action": self.tr("action"),
                "refusal": self.tr("refusal"), "earlier": self.tr("earlier promise")}.get(kind,
                                                                                         kind)

    def possible_label(self, count: int | None = None) -> str:
        text = self.tr("Show possible commitments")
        return text if count is None else f"{text} ({count})"

    def show_possible(self) -> bool:
        """Whether possible commitments are drawn."""
        return self.possible_box.isChecked()

    def set_show_possible(self, shown: bool) -> None:
        """Check or clear "Show possible commitments" (restoring settings)."""
        self.possible_box.setChecked(shown)

    def visible(self) -> set[str]:
        return {k for k, box in self.boxes.items() if box.isChecked()}

    def set_visible(self, kinds: set[str]) -> None:
        """Check exactly the given kinds (restoring settings)."""
        for kind, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(kind in kinds)
            box.blockSignals(False)
        self._emit()

    def set_counts(self, counts: dict[str, int], possible: int | None = None) -> None:
        """Commitments per kind in the letter shown, and how many of them are possible."""
        for kind, box in self.boxes.items():
            box.setText(f"{self.kind_label(kind)} ({counts.get(kind, 0)})")
        self.possible_box.setText(self.possible_label(possible))

    def _emit(self) -> None:
        self.kinds_changed.emit(self.visible())
