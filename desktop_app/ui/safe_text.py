"""Rich text that cannot reach outside the app.

Letters, notes and imported files are data: a note's ``![](/dev/zero)``, an ``<img>`` in an
imported id or a ``file:`` link must not make Qt read a local file or open anything. So:

* :class:`SafeTextDocument` and :class:`SafeTextBrowser` load no resources at all (no
  ``file:``, ``http:``, ``data:`` …), except ``qrc:`` (the app's own) and what the app put
  in with ``addResource`` (found before ``loadResource`` is asked); a refused image is a
  transparent pixel (see :func:`blocked_image`);
* a browser opens a link only when it is clicked, and then only ``http(s)`` in the system
  browser; links inside the document (``#name``) scroll;
* :func:`markdown_html` renders a note's Markdown without its raw HTML, with images as their
  alt text and links other than ``http(s)`` as plain text;
* :func:`plain_tooltip` keeps a plain text a plain text (Qt reads a tooltip that looks like
  HTML as rich text).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

WEB_SCHEMES = frozenset({"http", "https"})  # the links the system browser may open
APP_SCHEMES = frozenset({"qrc"})  # resources the app itself ships
MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)


def blocked_image() -> QImage:
    """What a refused image shows: one transparent pixel.

    Not "nothing": Qt's image handler reads a local file *itself* when a document gives no
    image for a name (``QImage.load(name)``), so a refusal has to be an image.
    """
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def _refused(kind: int):
    """The answer to a refused resource: an empty image for an image, else nothing."""
    return blocked_image() if kind == QTextDocument.ResourceType.ImageResource.value else None


def is_app_resource(url: QUrl) -> bool:
    """A resource the app ships (``qrc:``); everything else is outside the app."""
    return url.scheme().lower() in APP_SCHEMES


def is_web_link(url: QUrl) -> bool:
    """An ``http(s)`` link with a host: the only kind opened (in the system browser)."""
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())


class SafeTextDocument(QTextDocument):
    """A text document that loads no resource from outside the app.

    ``blocked`` lists the URLs it refused (tests and the curious read it).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.blocked: list[str] = []

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        if is_app_resource(name):
            return super().loadResource(kind, name)
        self.blocked.append(name.toString())
        return _refused(kind)


class SafeTextBrowser(QTextBrowser):
    """A read-only browser over a :class:`SafeTextDocument`.

    Clicking a link never loads it into the browser: a ``#name`` link scrolls to the anchor,
    an ``http(s)`` link opens in the system browser (with ``open_web_links``), anything else
    (``file:``, ``javascript:`` …) does nothing. ``web_link_opened`` says which was opened.
    """

    web_link_opened = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None, open_web_links: bool = True):
        super().__init__(parent)
        doc = SafeTextDocument(self)
        doc.setUndoRedoEnabled(False)  # read-only, as a browser's own document
        self.setDocument(doc)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        if open_web_links:
            self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        if is_app_resource(name):
            return super().loadResource(kind, name)
        doc = self.document()
        if isinstance(doc, SafeTextDocument):
            doc.blocked.append(name.toString())
        return _refused(kind)

    def blocked(self) -> list[str]:
        """The URLs this browser's document refused to load."""
        doc = self.document()
        return list(doc.blocked) if isinstance(doc, SafeTextDocument) else []

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.isRelative() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
        elif is_web_link(url):
            self.web_link_opened.emit(url)
            QDesktopServices.openUrl(url)


def markdown_document(text: str, parent=None) -> SafeTextDocument:
    """A note's Markdown as a safe document: no raw HTML, no images, only web links."""
    doc = SafeTextDocument(parent)
    doc.setMarkdown(text, MARKDOWN_FEATURES)
    defuse(doc)
    return doc


def defuse(doc: QTextDocument) -> None:
    """Replace images by their alt text (else their address, as text) and make links other
    than ``http(s)`` plain text, in place."""
    images, links = [], []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                images.append((fragment.position(), fragment.length(), fmt))
            elif fmt.isAnchor() and fmt.anchorHref() and not _kept_link(fmt.anchorHref()):
                links.append((fragment.position(), fragment.length(), fmt))
            it += 1
        block = block.next()
    for position, length, fmt in links:
        plain = QTextCharFormat(fmt)
        plain.setAnchor(False)
        plain.setAnchorHref("")
        plain.setFontUnderline(False)
        plain.clearForeground()
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(plain)
    for position, length, fmt in reversed(images):  # from the end: positions stay valid
        image = fmt.toImageFormat()
        alt = image.property(QTextCharFormat.Property.ImageAltText) or ""
        text = str(alt).strip() or image.name()
        plain = QTextCharFormat()
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, plain)


def _kept_link(href: str) -> bool:
    """A link a note may keep: to the web, or to a place in the same document."""
    url = QUrl(href)
    return is_web_link(url) or (href.startswith("#") and url.isRelative())


def markdown_html(text: str) -> str:
    """A Markdown note as a safe HTML fragment (see :func:`markdown_document`)."""
    out = markdown_document(text).toHtml()
    body = out.find("<body")
    if body >= 0:
        out = out[out.find(">", body) + 1:out.rfind("</body>")]
    return out.strip()


def markdown_plain(text: str) -> str:
    """A Markdown note's text without its marks (images as their alt text)."""
    return markdown_document(text).toPlainText()


def plain_tooltip(text: str | None) -> str | None:
    """A plain text (a quote, a letter's words) as a tooltip that shows it as written.

    Qt shows a tooltip as rich text when it *looks* like HTML (``<img …>`` on its first line),
    and would then load the image; such a text is escaped and marked as rich text instead.
    Other texts are returned as they are (None and "" too).
    """
    if not text or not _might_be_rich(text):
        return text
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def _might_be_rich(text: str) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    return bool(GuiQt.mightBeRichText(text))
