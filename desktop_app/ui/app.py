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
    """Start the window on the library of ``ctx``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, ctx.args.lang)
    sys.excepthook = _excepthook
    from desktop_app.ui.main_window import MainWindow

    try:
        library = ctx.library()
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    window = MainWindow(library)
    window.show()
    return app.exec()
