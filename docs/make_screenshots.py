"""Render the main window offscreen on the bundled letters into docs/screenshots/*.png.

Usage: python docs/make_screenshots.py [--out docs/screenshots]

Besides the pictures of each flow (1440×900, English), the reader and the commitments
overview are shot in English and Dutch at the two common screen sizes, 1366×768 and
1920×1080 (``sizes/``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QUrl  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.library import Library  # noqa: E402
from desktop_app.ui.library.library_jobs import SearchService  # noqa: E402
from desktop_app.ui.shell.app import install_translators  # noqa: E402
from desktop_app.ui.shell.main_window import MainWindow  # noqa: E402
from desktop_app.ui.shell.tasks import JobRunner  # noqa: E402

SIZE = (1440, 900)
SCREENS = ((1366, 768), (1920, 1080))


def make_window(library: Library, tmp: Path, size: tuple[int, int] = SIZE) -> MainWindow:
    """A window whose jobs run inline, so every picture shows a finished state."""
    settings = QSettings(str(tmp / f"settings-{id(library)}-{size[0]}.ini"),
                         QSettings.Format.IniFormat)
    window = MainWindow(library, settings=settings, runner=JobRunner(synchronous=True),
                        search=SearchService(library.index_dir, synchronous=True))
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window


def shoot(window: MainWindow, path: Path) -> None:
    for _ in range(3):
        QApplication.processEvents()
    window.grab().save(str(path))
    print("wrote", path)


def search(window: MainWindow, query: str) -> None:
    window.search.query_box.setText(query)
    window.search.request_search()
    result = window.search.result
    if result and result.hits:
        window.open_hit(result.hits[0])


def annotate_demo(window: MainWindow, library: Library) -> None:
    """A few annotations on the open letter (one overlapping another) and two reviews."""
    letter = window.reader.letter
    text = letter.text
    store = library.annotations
    picks = [("doorlichting", "belangrijk", "**Kern**: de keten wordt doorgelicht.",
              ["thema/asiel"]),
             ("intervisie", "vraag", "Wie organiseert dit? Navragen bij de IND.", ["navragen"]),
             ("de Kamer", "lesmateriaal", "", ["cursus"])]
    for word, colour, note, tags in picks:
        at = text.find(word, len(text) // 5)
        if at < 0:
            continue
        start = text.rfind(". ", 0, at) + 2
        end = text.find(".", at) + 1
        ann = window.annotating.annotate(letter, start, end, colour)
        if ann is not None:
            store.update(ann.id, note=note, tags=tags)
            if colour == "belangrijk":  # an overlap: a question on part of it
                window.annotating.annotate(letter, at, text.find(" ", at + len(word) + 12),
                                           "kritiek")
    rows = library.commitment_rows()
    if len(rows) > 3:
        store.review_commitment(rows[0].letter_id, rows[0].commitment, status="done",
                                note="Brief verstuurd")
        store.review_commitment(rows[2].letter_id, rows[2].commitment, verdict="rejected")
    window.refresh_annotations()


def export_dialog(window: MainWindow, library: Library, path: Path) -> None:
    """The export dialog on a collection of the demo annotations, with its preview."""
    store = library.annotations
    coll = store.create_collection("Asielketen – cursus")
    store.update_collection(coll.id, introduction="Passages over de doorlichting.")
    store.add_to_collection(coll.id, heading="De doorlichting")
    for ann in store.annotations():
        store.add_to_collection(coll.id, annotation_id=ann.id)
    window.refresh_annotations()
    dialog = window.exporter.open_dialog()
    dialog.resize(640, 560)
    for _ in range(3):
        QApplication.processEvents()
    dialog.grab().save(str(path))
    print("wrote", path)
    dialog.reject()


def screens(app: QApplication, library: Library, tmp: Path, out: Path, *,
            installed: list) -> None:
    """The reader and the overview in Dutch and English at 1366×768 and 1920×1080
    (``installed``: the translators in force before, taken out first)."""
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("nl", "en"):
        for translator in installed:
            app.removeTranslator(translator)
        installed = install_translators(app, lang)
        for width, height in SCREENS:
            window = make_window(library, tmp, (width, height))
            window.start()
            window.open_letter("kst-19637-2764")
            shoot(window, out / f"reader-{lang}-{width}x{height}.png")
            window.actions.show_commitments.trigger()
            shoot(window, out / f"commitments-{lang}-{width}x{height}.png")
            window.close()


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#353535", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    english = install_translators(app, "en")  # English plural forms
    tmp = Path(tempfile.mkdtemp(prefix="kb-shots-"))
    with Library(tmp / "data") as library:  # imports the bundled letters
        library.ensure_index()
        window = make_window(library, tmp)
        window.start()
        window.open_letter("kst-19637-2764")
        window.reader.view.highlighted.emit(QUrl("#commitment-1"))  # as if hovered
        shoot(window, out / "reader.png")
        annotate_demo(window, library)
        window.side.setCurrentWidget(window.annotations)
        first = window.reader.annotations[0]
        window.reader.select_annotation(first.id)
        window.annotations.select(first.id)
        cursor = window.reader.view.textCursor()  # show the colours, not the selection
        cursor.clearSelection()
        window.reader.view.setTextCursor(cursor)
        window.reader.view.highlighted.emit(QUrl(f"#ann-{first.id}"))  # as if hovered
        shoot(window, out / "annotations.png")
        export_dialog(window, library, out / "export.png")
        window.actions.show_commitments.trigger()
        shoot(window, out / "commitments.png")
        window.actions.show_reader.trigger()
        window.side.setCurrentWidget(window.search)
        search(window, "intervisie")
        shoot(window, out / "search.png")
        search(window, "intervsie")
        shoot(window, out / "search-suggestion.png")
        bad = tmp / "inbox"
        bad.mkdir()
        (bad / "kapotte-brief.pdf").write_bytes(b"not a pdf")
        window.import_paths([str(bad), str(ROOT / "tests" / "data" / "seed-letters")])
        shoot(window, out / "import-errors.png")
        window.close()
        app.setPalette(dark_palette())
        dark = make_window(library, tmp)
        dark.start()
        dark.open_letter("kst-19637-2764")
        search(dark, "doorlichting asielketen")
        shoot(dark, out / "dark.png")
        dark.close()
        app.setPalette(app.style().standardPalette())
        for translator in english:
            app.removeTranslator(translator)
        dutch_translators = install_translators(app, "nl")
        dutch = make_window(library, tmp)
        dutch.start()
        dutch.open_letter("kst-35925-VI-38")
        shoot(dutch, out / "dutch.png")
        dutch.close()
        screens(app, library, tmp, out / "sizes", installed=dutch_translators)
    with Library(tmp / "empty", seed=False) as empty:
        window = make_window(empty, tmp)
        shoot(window, out / "empty.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
