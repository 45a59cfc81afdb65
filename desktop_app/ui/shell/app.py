"""Starting the window: QApplication, translations, error hook, the library."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.errors import UserError
from desktop_app.paths import resources_dir
from desktop_app.store.backup import AnnotationsDamaged
from desktop_app.ui.shell.messages import message_text
from desktop_app.ui.shell.platform_check import check_platform
from desktop_app.ui.shell.rescue import offer_backup


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``lang`` or the system language.

    The app speaks Dutch and English. Any other language (German, the C locale …) gets the
    English translation: it holds the plural forms ("1 letter", "2 letters") that the source
    texts only write as "letter(s)". Qt's own dialogs then speak English too.
    """
    locale = QLocale(lang) if lang else QLocale.system()
    folder = str(resources_dir() / "i18n")
    app_translator = QTranslator(app)
    if not app_translator.load(locale, "kamerbrieven", "_", folder):
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        if not app_translator.load("kamerbrieven_en", folder):
            app_translator = None
    translators = []
    if app_translator is not None:
        app.installTranslator(app_translator)
        translators.append(app_translator)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    return translators


def app_icon() -> QIcon:
    """The application icon in every size that ships in resources/icons."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("app-*.png")):
        icon.addFile(str(path))
    return icon


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


def start_error_text(exc: UserError) -> str:
    """Why the library cannot be opened, in the user's language (the window's catalogue)."""
    return message_text(exc)


def run_gui(ctx) -> int:
    """Start the window on the data folder of ``ctx`` (or run the ``--smoke`` self-test).

    The library is opened without seeding so the window shows at once; the bundled letters
    (first start) and the search index are prepared by a background job.
    """
    if getattr(ctx.args, "smoke", False):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # a missing X11 library: name it (and the apt-get command) instead of Qt's abort
    if QApplication.instance() is None and not check_platform(out=ctx.err):
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("kamerbrieven")
    app.setWindowIcon(app_icon())
    install_translators(app, ctx.args.lang)
    sys.excepthook = _excepthook
    if getattr(ctx.args, "smoke", False):
        from desktop_app.ui.shell.smoke import run_smoke

        return run_smoke(ctx, _start_window)
    try:
        window = _start_window(ctx.data_dir)
    except AnnotationsDamaged as exc:
        if not offer_backup(exc, Path(ctx.data_dir) / "annotations.db"):
            return 2
        try:
            window = _start_window(ctx.data_dir)
        except UserError as again:
            QMessageBox.critical(None, APP_NAME, start_error_text(again))
            return 2
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, start_error_text(exc))
        return 2
    try:
        return app.exec()
    finally:
        window.library.close()


def _start_window(data_dir):
    """Open the library of ``data_dir`` and show the main window on it."""
    from desktop_app.library import Library
    from desktop_app.ui.shell.main_window import MainWindow

    library = Library(data_dir, seed=False)
    window = MainWindow(library)
    window.show()
    window.start()
    return window
