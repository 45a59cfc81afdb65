"""Export problems as typed errors: English text for the command line, and a ``code`` with
``params`` so the window can say the same in the user's language (the domain has no Qt).

Codes: ``permission``, ``is-folder``, ``not-a-file``, ``no-folder``, ``not-a-folder``,
``cannot-create``, ``disk-full``, ``read-only``, ``os-error`` (writing a file, params
``path`` and where useful ``folder``/``reason``); ``no-collection``, ``no-tag-annotations``,
``no-selection`` (nothing to export); ``unknown-format``.
"""

from __future__ import annotations

from desktop_app.errors import NotFound, UserError


class ExportError(UserError):
    """An export could not be made; the message says why and what to do."""

    code = "cannot-export"

    def __init__(self, message: str, code: str = "", **params: object):
        super().__init__(message, code=code, **params)


class NothingToExport(ExportError):
    """The chosen source holds no passages (an unknown tag, an empty selection)."""

    code = "nothing-to-export"


class CollectionNotFound(ExportError, NotFound):
    """The collection to export does not exist (any more)."""

    code = "no-collection"
