"""The window's one catalogue of messages: every domain error and message code, worded for a
window user in the user's language.

The domain raises :class:`~desktop_app.errors.UserError` (and search returns
:class:`~desktop_app.errors.Message`) with English text for the command line, a ``code`` naming
the problem and ``params`` with its details (a file, a limit, a path). The window never shows
that English: it looks the code up here, fills in the details and speaks of menus and buttons,
never of command-line flags. An unknown code gets a general message with the detail.

Codes live in three families: import problems (:class:`~desktop_app.errors.IngestError`, shown as
"file: problem"), export problems (:class:`~desktop_app.export.errors.ExportError`) and the rest.
Thread-safe: a worker thread may word an error too (translating is thread-safe in Qt).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.errors import IngestError
from desktop_app.export.errors import ExportError
from desktop_app.ui.widgets import fill

Entry = tuple[str, tuple[str, ...]]  # translated text, the params that fill %1, %2 …


def family(message: object) -> str:
    """The part of the catalogue that words ``message``: "ingest", "export" or ""."""
    if isinstance(message, IngestError):
        return "ingest"
    if isinstance(message, ExportError):
        return "export"
    return ""


class Messages(QObject):
    """Words domain errors and messages for the window (a QObject for ``tr()``)."""

    def text(self, message: object) -> str:
        """``message`` in the user's language.

        A plain ``str`` is already window text and stays as it is; a coded error or message
        is looked up; a coded one the catalogue does not know gets a general message.
        """
        code = getattr(message, "code", "") or ""
        parts = getattr(message, "parts", ())
        if code == "partly-understood":
            return fill(self.tr("Query not understood completely: %1. Showing results for what "
                                "could be read."), "; ".join(self.text(p) for p in parts))
        if not code and parts:
            return " ".join(self.text(p) for p in parts)
        if not code and not isinstance(message, BaseException):
            return str(message)  # words the window made, or a program error's report
        kind = family(message)
        params = dict(getattr(message, "params", None) or {})
        count = params.get("n")
        entry = self.catalogue(kind, count if isinstance(count, int) else -1).get(code)
        if entry is None:
            return fill(self.tr("This could not be done (%1)."), str(message))
        if kind == "ingest":
            return self._ingest_text(message, entry, params)
        template, names = entry
        return fill(template, *(params.get(name, "") for name in names))

    def _ingest_text(self, error: IngestError, entry: Entry, params: dict) -> str:
        """"<file>: <problem>" in the user's language."""
        template, names = entry
        if error.code == "unsupported-type" and not params.get("ext"):
            params["ext"] = self.tr("no extension")
        problem = fill(template, *(params.get(name, "") for name in names))
        return fill(self.tr("%1: %2", "file name: problem"), error.source, problem)

    def catalogue(self, kind: str = "", count: int = -1) -> dict[str, Entry]:
        """Code -> entry for one family ("ingest", "export" or "" for the rest); ``count``
        (a message's ``n``) picks the plural form of the texts that show a number (%n)."""
        if kind == "ingest":
            return self._ingest()
        if kind == "export":
            return self._export()
        return {**self._search(), **self._library(), **self._annotations(),
                **self._sharing(), **self._lineage(count)}

    def _search(self) -> dict[str, Entry]:
        """Queries and the search index."""
        return {
            "open-quote": (self.tr('a quotation mark (") is not closed'), ()),
            "unmatched-parenthesis": (self.tr("a parenthesis is not matched"), ()),
            "unmatched-bracket": (self.tr("a square bracket is not matched"), ()),
            "unknown-field": (self.tr("unknown field “%1” (ignored)"), ("field",)),
            "no-value": (self.tr("“%1” has no value"), ("field",)),
            "operator-at-start": (self.tr("“%1” at the start has nothing to combine"),
                                  ("operator",)),
            "operator-at-end": (self.tr("“%1” at the end has nothing to combine"),
                                ("operator",)),
            "not-understood": (self.tr("Query not understood; searched for its words instead."),
                               ()),
            "short-prefix": (self.tr("Searching for words starting with “%1” needs at least %2 "
                                     "letters before the *; showing letters with the word “%1” "
                                     "itself."), ("prefix", "minimum")),
            "prefix-bounded": (self.tr("“%1” matches %2 words; searched for the %3 most "
                                       "frequent of them. Type more letters before the * to "
                                       "search for fewer words."),
                               ("pattern", "matched", "searched")),
            "bad-date": (self.tr("“%1” is not a date (ignored); write datum:2021, datum:2021-06, "
                                 "datum:2021-06-30 or datum:[2021-01-01 TO 2021-06-30]."),
                         ("value",)),
            "unknown-kind": (self.tr("Unknown commitment kind “%1” (ignored); use promise, "
                                     "action, refusal or earlier (Dutch: toezegging, actie, "
                                     "weigering, eerder)."), ("kind",)),
            "fuzzy-limit": (self.tr("Fuzzy search allows at most %1 differences: searched for "
                                    "“%2~%1” instead of “%2~%3”."),
                            ("maximum", "word", "asked")),
            "operator-repeated": (self.tr("“%1” right after “%2” has nothing to combine "
                                          "(ignored)"), ("operator", "previous")),
            "long-phrase": (self.tr("a phrase of %1 words is too long; searched for its first "
                                    "%2 words"), ("words", "maximum")),
            "long-query": (self.tr("the query is too long (at most %1 words and %2 characters); "
                                   "searched for its start only"), ("words", "characters")),
            "too-complex": (self.tr("The query is too complex to search as written; searched "
                                    "for its words instead."), ()),
            "not-searchable": (self.tr("The query could not be searched; try fewer or plainer "
                                       "words."), ()),
            "unknown-sort": (self.tr("Unknown sort order “%1”."), ("sort",)),
            "unknown-scope": (self.tr("Unknown search scope “%1”."), ("scope",)),
            "index-missing": (self.tr("The search index is not ready yet; it is being built "
                                      "from the letters. Search again in a moment."), ()),
            "index-damaged": (self.tr("The search index was damaged (%1); it is being rebuilt "
                                      "from the letters. Search again in a moment."),
                              ("detail",)),
            "import-disk-full": (self.tr("The disk holding the data folder %1 is full, so %2 "
                                         "and the files after it were not imported (the letters "
                                         "before it were). Free some disk space and import "
                                         "again."), ("folder", "file")),
            "index-busy": (self.tr("The search index is busy with another update; try again "
                                   "shortly."), ()),
            "index-in-use": (self.tr("The search index is being updated by another program "
                                     "(waited %1 s). Close the other copy of the app or wait "
                                     "until its indexing has finished, then try again."),
                             ("seconds",)),
            "index-disk-full": (self.tr("The disk holding the search index is full, so the index "
                                        "could not be updated. Free some disk space; the index is "
                                        "then rebuilt from the library (File → Rebuild Search "
                                        "Index). Your letters and annotations are unchanged."),
                                ()),
            "index-locked": (self.tr("The search index is locked by another program; wait "
                                     "until it has finished indexing, then try again."), ()),
        }

    def _library(self) -> dict[str, Entry]:
        """The data folder and its databases."""
        return {
            "data-folder-is-file": (self.tr("%1 cannot be the data folder: it (or a folder "
                                            "above it) is a file, not a folder. Start the app "
                                            "with another data folder."), ("path",)),
            "cannot-create-data-folder": (self.tr("The data folder %1 cannot be created (%2). "
                                                  "Start the app with another data folder."),
                                          ("path", "reason")),
            "disk-full": (self.tr("The disk holding the database %1 is full, so it cannot be "
                                  "opened. Free some disk space and start the app again; "
                                  "nothing in the database was changed."), ("path",)),
            "read-only": (self.tr("The data folder holding %1 is read-only, so the app cannot "
                                  "open its letters and annotations for use. Ask your IT "
                                  "support to make the folder writable; nothing in it was "
                                  "changed."), ("path",)),
            "read-only-folder": (self.tr("The data folder %1 is read-only: changes (annotations, "
                                         "reviews, imports) cannot be saved there. Reading and "
                                         "searching still work. Ask your IT support to make the "
                                         "folder writable."), ("folder",)),
            "cannot-open-database": (self.tr("The database %1 cannot be opened (%2). Check that "
                                             "its folder exists and is writable, then start the "
                                             "app again."), ("path", "reason")),
            "database-busy": (self.tr("The database %1 cannot be opened: another program is "
                                      "using it. Close other copies of the app and try "
                                      "again."), ("path",)),
            "database-damaged": (self.tr("A database of the app is damaged. Ask your IT support "
                                         "for help; nothing was changed."), ()),
            "database-unusable": (self.tr("A database of the app cannot be used. Close other "
                                          "copies of the app and try again."), ()),
            "not-a-library": (self.tr("The file %1 is not a database of this app, so it was "
                                      "left alone. Start the app with another data folder."),
                              ("path",)),
            "not-found": (self.tr("It is no longer in the library (it may have been deleted in "
                                  "the meantime). Choose another one."), ()),
            "csv-separator": (self.tr("Choose a comma, a semicolon or a tab as the CSV "
                                      "separator."), ()),
            "bad-letter-field": (self.tr("This letter detail cannot be edited."), ()),
            "bad-letter-edit": (self.tr("This letter detail cannot be saved as written (at most "
                                        "%1 characters, a date as 2024-06-30); change it. "
                                        "Nothing was saved."), ("limit",)),
            "bad-letter-id": (self.tr("Choose a letter in the list first."), ()),
            "unknown-verdict": (self.tr("This review verdict is not known; nothing was "
                                        "saved."), ()),
            "unknown-review-kind": (self.tr("This commitment kind is not known; nothing was "
                                            "saved."), ()),
            "unknown-status": (self.tr("This commitment status is not known; nothing was "
                                       "saved."), ()),
            "bad-link": (self.tr("This link cannot be made as asked; nothing was saved."), ()),
            "bad-link-span": (self.tr("Select a sentence of the later letter to link; nothing "
                                      "was saved."), ()),
            "unknown-link-kind": (self.tr("This kind of link is not known (%1): choose fulfils, "
                                          "postpones, repeats or changes. Nothing was saved."),
                                  ("kind",)),
            "bad-link-due": (self.tr("The new due date %1 is not a date; give one like "
                                     "2025-12-31. Nothing was saved."), ("due",)),
            "link-same-letter": (self.tr("A commitment can only be linked to another, later "
                                         "letter. Choose a sentence in another letter."), ()),
            "link-not-found": (self.tr("This link no longer exists (it may have been removed "
                                       "in the meantime)."), ()),
            "no-such-commitment": (self.tr("Letter %1 has no such commitment (it has %2). "
                                           "Choose one of its commitments."),
                                   ("letter", "count")),
            "no-proposal": (self.tr("No sentence of letter %1 refers to this commitment. Select "
                                    "the sentence in that letter yourself."), ("letter",)),
            "sentence-not-found": (self.tr("Letter %1 does not contain this sentence. Select it "
                                           "in the letter."), ("letter",)),
        }

    def _annotations(self) -> dict[str, Entry]:
        """Annotations, colours, collections, their store and its backups."""
        return {
            "write-read-only": (self.tr("The annotations cannot be saved: the data folder is "
                                        "read-only. Ask your IT support to make the folder "
                                        "writable; nothing was changed."), ()),
            "write-disk-full": (self.tr("The disk holding the annotations is full, so the "
                                        "change was not saved. Free some disk space and try "
                                        "again; nothing already saved was lost."), ()),
            "write-busy": (self.tr("Another program keeps the annotations busy, so the change "
                                   "was not saved. Close other copies of the app and try "
                                   "again."), ()),
            "write-failed": (self.tr("The change could not be saved (%1). Try again; nothing "
                                     "already saved was lost."), ("reason",)),
            "undo-conflict": (self.tr("This step cannot be undone or redone: what it changed "
                                      "was changed again since. Edit it directly."), ()),
            "colleague-annotation": (self.tr("This annotation is %1's, shared through the "
                                             "team folder: it is read-only here. Annotate the "
                                             "passage yourself to add your own note."),
                                     ("author",)),
            "share-failed": (self.tr("Sharing did not work. Try again."), ()),
            "share-no-folder": (self.tr("No team folder is set for sharing. Choose the shared "
                                        "folder first."), ()),
            "share-folder-missing": (self.tr("The team folder %1 cannot be found. Connect the "
                                             "network drive or choose the folder again."),
                                     ("folder",)),
            "share-name-empty": (self.tr("The name is empty. Give the name colleagues should "
                                         "see."), ()),
            "share-no-conflict": (self.tr("There is no open conflict for this annotation."),
                                  ()),
            "cannot-annotate": (self.tr("This selection cannot be annotated (%1). Select a "
                                        "passage of the letter's text."), ("reason",)),
            "bad-note": (self.tr("The text cannot be saved: it is too long (at most %1 "
                                 "characters) or holds characters that cannot be stored. "
                                 "Nothing was saved."), ("limit",)),
            "unknown-colour": (self.tr("There is no colour “%1”. Choose one of: %2."),
                               ("name", "names")),
            "colour-needs-name": (self.tr("Give the colour a name."), ()),
            "colour-in-use": (self.tr("The colour “%1” is used by %2 annotations; give them "
                                      "another colour first."), ("name", "count")),
            "collection-needs-title": (self.tr("Give the collection a title."), ()),
            "collection-item": (self.tr("Add an annotation or a section heading to the "
                                        "collection."), ()),
            "no-backups": (self.tr("These annotations are not kept in a file, so they have no "
                                   "backups."), ()),
            "backup-unusable": (self.tr("This file is not a usable backup of the annotations; "
                                        "nothing was changed."), ()),
            "annotations-damaged": (self.tr("The annotations database cannot be used: it is "
                                            "damaged."), ()),
            "annotation-file-rejected": (self.tr("The annotation file could not be imported; "
                                                 "nothing was imported."), ()),
            "import-too-large": (self.tr("The annotation file is larger than %1 MB; nothing "
                                         "was imported."), ("limit_mb",)),
        }

    def _sharing(self) -> dict[str, Entry]:
        """A colleague's pack that a sync could not (fully) read."""
        return {
            "pack-skipped": (self.tr("The pack %1 was skipped: %2."), ("pack", "reason")),
            "pack-copy": (self.tr("The pack %1 was skipped: it holds the pack of %2, whose pack "
                                  "is %3 (a copy a sync tool made?). Delete the copy once that "
                                  "pack is in order."), ("pack", "name", "original")),
            "pack-incomplete": (self.tr("Some annotations in the pack of %1 could not be read; "
                                        "the others were."), ("name",)),
        }

    def _lineage(self, count: int = -1) -> dict[str, Entry]:
        """Why the linker proposes a later letter (its params are the letters' own words)."""
        return {
            "lineage-names-kamerstuk": (self.tr("names the letter (Kamerstuk %1, nr. %2)"),
                                        ("dossier", "number")),
            "lineage-names-date": (self.tr("names the letter of %1"), ("date",)),
            "lineage-same-dossier": (self.tr("same dossier (%1)"), ("dossier",)),
            "lineage-says": (self.tr("says %1", "the promise's words the later sentence has"),
                             ("words",)),
            "lineage-other-years": (self.tr("but %1, not %2", "other years than promised"),
                                    ("theirs", "ours")),
            "lineage-other-day": (self.tr("but about %1, not the promised one"), ("day",)),
            "lineage-other-ordinal": (self.tr("but the %1, not the %2",
                                              "Dutch ordinals: de derde, de tweede"),
                                      ("theirs", "ours")),
            "lineage-elsewhere": (self.tr("but keeps a promise of %1", "a debate or motion"),
                                  ("origin",)),
            "lineage-other-promise": (self.tr("but recalls another promise: %1",
                                              "the thing the later letter says was promised"),
                                      ("thing",)),
            "lineage-cites-other": (self.tr("but recalls Kamerstuk %1, nr. %2",
                                            "another document the later sentence looks back "
                                            "at"), ("dossier", "number")),
            "lineage-hands-over": (self.tr("hands over %1"), ("words",)),
            "lineage-on": (self.tr("on %1", "the subject's words"), ("words",)),
            "lineage-looks-back": (self.tr("looks back at a promise"), ()),
            "lineage-around-due": (self.tr("around the due date"), ()),
            "lineage-weeks-later": (self.tr("%n week(s) later in the dossier", "", count), ()),
            "lineage-months-later": (self.tr("%n month(s) later in the dossier", "", count),
                                     ()),
            "lineage-years-later": (self.tr("%n year(s) later", "", count), ()),
            "lineage-settled-refusal": (self.tr("but a refusal: nothing to fulfil"), ()),
            "lineage-settled-unsure": (self.tr("but the detector is unsure it is a commitment"),
                                       ()),
            "lineage-settled-kept": (self.tr("but its own letter keeps it"), ()),
            "lineage-settled-meeting": (self.tr("but it is kept in a meeting with the Kamer"),
                                        ()),
            "lineage-action-words": (
                self.tr("but a measure: its words said again do not say it was taken"), ()),
        }

    def _ingest(self) -> dict[str, Entry]:
        """IngestError code -> the problem (the window puts the file name before it)."""
        return {
            "cannot-read": (self.tr("the file cannot be read as a letter."), ()),
            "folder": (self.tr("this is a folder; import it with File → Import Folder."), ()),
            "unsupported-type": (self.tr("unsupported file type “%1”. Supported: %2."),
                                 ("ext", "supported")),
            "too-large": (self.tr("the file is %1 MB, larger than the %2 MB limit for one "
                                  "letter. Split it or import the letter itself."),
                          ("size_mb", "limit_mb")),
            "too-long": (self.tr("the letter's text is %1 MB, more than the %2 MB one letter "
                                 "may have (a longer letter is slow to open and to search). "
                                 "Split the file into parts of at most %2 MB and import "
                                 "those."), ("size_mb", "limit_mb")),
            "missing": (self.tr("the file does not exist."), ()),
            "permission": (self.tr("permission denied: the file cannot be read."), ()),
            "unreadable": (self.tr("the file cannot be read (%1)."), ("reason",)),
            "no-text": (self.tr("no letter text was found in this file."), ()),
            "empty": (self.tr("the file is empty. Choose a file that contains a letter."), ()),
            "binary": (self.tr("this is not a text file (it contains binary data). Import the "
                               "letter as .txt, .md, .html, .xml or .pdf."), ()),
            "bad-utf16": (self.tr("the file says it is UTF-16 but is not valid UTF-16. Save it "
                                  "again as UTF-8."), ()),
            "binary-xml": (self.tr("this is not an XML file (it contains binary data)."), ()),
            "bad-xml": (self.tr("the XML is not well-formed (%1). Download the file again."),
                        ("detail",)),
            "not-kamerstuk": (self.tr("this XML is not a Kamerstuk (root element <%1>); only "
                                      "the official Kamerstuk schema is read."), ("root",)),
            "pdf-encrypted": (self.tr("the PDF is encrypted (password protected). Save an "
                                      "unprotected copy and import that."), ()),
            # the PDF library's own words (English) stay out of the window
            "pdf-damaged": (self.tr("the PDF is damaged or not a PDF. Download the letter "
                                    "again or import its text version."), ()),
            "pdf-too-long": (self.tr("the PDF has %1 pages; a letter has at most %2. Import the "
                                     "letter itself, not a whole volume."),
                             ("pages", "max_pages")),
            "not-a-file": (self.tr("this is not an ordinary file (a pipe or a device), so it "
                                   "cannot be read as a letter. Import the letter file "
                                   "itself."), ()),
            "xml-too-deep": (self.tr("the XML is nested more than %1 levels deep, so it is "
                                     "not a Kamerstuk. Download the file again."),
                             ("max_depth",)),
            "too-deep": (self.tr("the file could not be read: its structure is nested too "
                                 "deeply to be a letter."), ()),
            "read-failed": (self.tr("the file could not be read (%1). The other files are not "
                                    "affected; please report this file as a problem of the "
                                    "app."), ("detail",)),
            "pdf-scan": (self.tr("the PDF has no text layer (it is a scan). Run OCR on it "
                                 "first, or import a text version of the letter."), ()),
        }

    def _export(self) -> dict[str, Entry]:
        """ExportError code -> the message."""
        return {
            "cannot-export": (self.tr("The export could not be made."), ()),
            "permission": (self.tr("Cannot write %1: permission denied. Choose a folder you "
                                   "can write to, or close the file if another program has "
                                   "it open."), ("path",)),
            "is-folder": (self.tr("Cannot write %1: it is a folder. Choose a file name."),
                          ("path",)),
            "not-a-file": (self.tr("Cannot write %1: it is not an ordinary file (a device or "
                                   "a pipe). Choose a file name."), ("path",)),
            "no-folder": (self.tr("Cannot write %1: the folder %2 does not exist."),
                          ("path", "folder")),
            "not-a-folder": (self.tr("Cannot write %1: %2 is a file, not a folder. Choose "
                                     "another location."), ("path", "folder")),
            "cannot-create": (self.tr("Cannot write %1: files cannot be created in %2. Choose "
                                      "a folder you can write to."), ("path", "folder")),
            "disk-full": (self.tr("Cannot write %1: the disk is full. Make room or choose "
                                  "another location; nothing was written."), ("path",)),
            "read-only": (self.tr("Cannot write %1: the disk is read-only. Choose another "
                                  "location."), ("path",)),
            "os-error": (self.tr("Cannot write %1: %2. Choose another location."),
                         ("path", "reason")),
            "no-collection": (self.tr("This collection no longer exists. Choose another "
                                      "one."), ()),
            "nothing-to-export": (self.tr("There is nothing to export. Choose annotations, a "
                                          "tag or a collection that holds passages."), ()),
            "no-tag-annotations": (self.tr("No annotations have the tag “%1”. Choose another "
                                           "tag, or tag passages in the Annotations tab."),
                                   ("tag",)),
            "no-selection": (self.tr("Select at least one annotation to export (in the "
                                     "Annotations tab)."), ()),
            "unknown-format": (self.tr("Unknown export format “%1”. Choose one of: %2."),
                               ("fmt", "formats")),
        }


def message_text(message: object) -> str:
    """``message`` (a domain error or message, or window text) in the user's language."""
    return Messages().text(message)
