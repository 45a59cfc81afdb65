"""Starting the window: QApplication, translations, error hook, the library."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.errors import UserError
from desktop_app.paths import resources_dir


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``lang`` or the system language."""
    locale = QLocale(lang) if lang else QLocale.system()
    translators = []
    for name, folder in (
        ("kamerbrieven", str(resources_dir() / "i18n")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def _excepthook(exc_type, exc, tb) -> None:
    """Show unexpected errors in the window instead of losing them on a console."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    print(text, file=sys.stderr)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          QApplication.translate("app", "Something went wrong: %1").replace(
                              "%1", str(exc)))
        box.setDetailedText(text)
        box.exec()


def run_gui(ctx) -> int:
    """Start the window on the data folder of ``ctx``.

    The library is opened without seeding so the window shows at once; the bundled letters
    (first start) and the search index are prepared by a background job.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("kamerbrieven")
    install_translators(app, ctx.args.lang)
    sys.excepthook = _excepthook
    from desktop_app.library import Library
    from desktop_app.ui.main_window import MainWindow

    try:
        library = Library(ctx.data_dir, seed=False)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    try:
        window = MainWindow(library)
        window.show()
        window.start()
        if getattr(ctx.args, "smoke", False):
            return _smoke(app, window)
        return app.exec()
    finally:
        library.close()


def _wait(signal, msecs: int) -> None:
    """Run the event loop until ``signal`` fires or ``msecs`` pass."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _smoke(app: QApplication, window) -> int:
    """Self-test for the bundle: wait for the start-up job, search, open the first hit."""
    if window.job_id:
        _wait(window.runner.finished, 120_000)
    window.search.query_box.setText("kamer")
    window.search.request_search()
    if window.search.result is None:
        _wait(window.search_service.result_ready, 30_000)
    result = window.search.result
    ok = bool(result and result.hits)
    if ok:
        window.open_hit(result.hits[0])
        ok = window.reader.letter is not None
    print(f"smoke: {window.letters.model.all_count()} letters, "
          f"{result.total if result else 0} hits, {'ok' if ok else 'FAILED'}")
    window.close()
    return 0 if ok else 1
