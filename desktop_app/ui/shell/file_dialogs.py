"""The file dialogs, with every label in the user's language.

Where no native dialog is available (no desktop file-dialog service, a Linux window manager
without a platform theme), Qt draws its own dialog. Qt's Dutch translation (qtbase_nl.qm,
loaded by ``app.install_translators``) leaves two of its labels in English, "Look in:" and
"Files of type:", so the dialogs set them here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(parent: QWidget, title: str, folder: str, file_filter: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, file_filter)
    translate = QCoreApplication.translate
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("FileDialog", "Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType,
                        translate("FileDialog", "Files of type:"))
    return dialog


def open_files(parent: QWidget, title: str, folder: str, file_filter: str) -> list[str]:
    """Existing files to open; [] when cancelled."""
    dialog = _dialog(parent, title, folder, file_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return dialog.selectedFiles() if dialog.exec() else []


def existing_folder(parent: QWidget, title: str, folder: str) -> str:
    """An existing folder; "" when cancelled."""
    dialog = _dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """A file to write (the dialog asks before replacing one); "" when cancelled."""
    dialog = _dialog(parent, title, suggested, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
