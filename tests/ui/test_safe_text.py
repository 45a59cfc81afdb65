"""Rich text that cannot reach outside the app: no file is loaded, no file link followed, a
note's Markdown without raw HTML or images, tooltips that stay text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPixmap, QTextCursor, QTextDocument
from testdata import DATA

from desktop_app.ui import safe_text
from desktop_app.ui.safe_text import (
    SafeTextBrowser,
    SafeTextDocument,
    markdown_html,
    markdown_plain,
    plain_tooltip,
)

HOSTILE_NOTE = (DATA / "hostile" / "note_image_and_file_link.md").read_text(encoding="utf-8")
SECRET = "root:x:0:0:SECRET"


class _Tags(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


@pytest.fixture
def local_image(tmp_path) -> QUrl:
    path = tmp_path / "pixel.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return QUrl.fromLocalFile(str(path))


@pytest.fixture
def secret_file(tmp_path) -> QUrl:
    path = tmp_path / "passwd"
    path.write_text(SECRET, encoding="utf-8")
    return QUrl.fromLocalFile(str(path))


def _layout(doc: QTextDocument) -> None:
    doc.setTextWidth(300)
    doc.size()  # laying out asks for the images


IMAGE = QTextDocument.ResourceType.ImageResource.value


def _is_the_file(image) -> bool:
    """The 4×4 picture of ``local_image`` (the refusal is one pixel)."""
    return isinstance(image, QImage | QPixmap) and image.size() == QSize(4, 4)


@pytest.mark.parametrize("document", [QTextDocument, SafeTextDocument])
def test_what_a_document_shows_for_a_local_image(qapp, local_image, document):
    # what the attack relies on: laying out an <img> makes Qt read the local file, even when
    # loadResource gives nothing (its image handler then loads the file by name itself)
    doc = document()
    doc.setHtml(f'<img src="{local_image.toString()}">')
    _layout(doc)
    loaded = _is_the_file(doc.resource(IMAGE, local_image))
    assert loaded == (document is QTextDocument)


def test_a_safe_document_loads_no_file(qapp, local_image):
    doc = SafeTextDocument()
    doc.setHtml(f'<p>x<img src="{local_image.toString()}"><img src="data:image/png;base64,AA=='
                '"><img src="https://example.org/x.png"></p>')
    _layout(doc)
    assert doc.resource(IMAGE, local_image).size() == QSize(1, 1)  # the refusal's pixel
    assert local_image.toString() in doc.blocked
    assert any(url.startswith("https:") for url in doc.blocked)
    assert any(url.startswith("data:") for url in doc.blocked)


def test_a_resource_the_app_added_is_still_shown(qapp):
    doc = SafeTextDocument()
    image = QImage(2, 2, QImage.Format.Format_RGB32)
    doc.addResource(IMAGE, QUrl("swatch"), image)
    assert doc.resource(IMAGE, QUrl("swatch")) == image


def test_a_safe_browser_loads_no_file(qtbot, local_image, secret_file):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    assert browser.loadResource(IMAGE, local_image).size() == QSize(1, 1)
    assert browser.loadResource(QTextDocument.ResourceType.HtmlResource.value, secret_file) is None
    browser.setHtml(f'<img src="{local_image.toString()}">')
    browser.resize(200, 100)
    browser.show()
    qtbot.waitExposed(browser)
    assert not _is_the_file(browser.document().resource(IMAGE, local_image))
    assert local_image.toString() in browser.blocked()


def _click_link(qtbot, browser, text: str) -> None:
    """Click the middle of the first occurrence of ``text`` (a link) as a person would."""
    found = browser.document().find(text)
    assert not found.isNull()
    cursor = QTextCursor(browser.document())
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    point = browser.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    """The URLs handed to the system browser (none really is)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(safe_text.QDesktopServices, "openUrl",
                        lambda url: urls.append(QUrl(url)) or True)
    return urls


def test_clicking_a_file_link_shows_no_file(qtbot, secret_file, opened):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(400, 200)
    browser.show()
    qtbot.waitExposed(browser)
    browser.setHtml(f'<p><a href="{secret_file.toString()}">passwords here</a> and '
                    '<a href="https://www.tweedekamer.nl/">the Tweede Kamer</a></p>')
    with qtbot.waitSignal(browser.anchorClicked, timeout=5000) as clicked:
        _click_link(qtbot, browser, "passwords")
    assert clicked.args[0] == secret_file  # the click arrived …
    assert SECRET not in browser.toPlainText()  # … and loaded nothing
    assert browser.source().isEmpty() and opened == []
    with qtbot.waitSignal(browser.web_link_opened, timeout=5000):
        _click_link(qtbot, browser, "Tweede")
    assert opened == [QUrl("https://www.tweedekamer.nl/")]


def test_a_link_that_is_not_to_the_web_is_never_opened(qtbot, opened):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    for url in ("file:///etc/passwd", "javascript:alert(1)", "/etc/passwd", "qrc:/x",
                "mailto:x@example.org", "https://"):
        browser.anchorClicked.emit(QUrl(url))
    assert opened == []


def test_a_note_renders_without_images_raw_html_or_file_links(qapp):
    html = markdown_html(HOSTILE_NOTE)
    tags = _Tags(html).tags
    names = {tag for tag, _ in tags}
    assert "img" not in names and "script" not in names
    hrefs = [a["href"] for tag, a in tags if tag == "a" and "href" in a]
    assert hrefs == ["https://www.tweedekamer.nl"]
    text = markdown_plain(HOSTILE_NOTE)
    assert "nul" in text  # an image shows as its alt text
    assert "wachtwoorden" in text  # a file link as its words
    assert '<img src="/dev/zero">' in text  # raw HTML as the text it is


def test_a_note_keeps_its_markdown(qapp):
    html = markdown_html("**vet** en *schuin*\n\n- een\n- twee\n\n[site](https://example.org)")
    names = [tag for tag, _ in _Tags(html).tags]
    assert names.count("li") == 2 and "a" in names
    assert "font-weight:700" in html and "font-style:italic" in html


def test_a_tooltip_that_looks_like_html_is_shown_as_text(qapp):
    assert plain_tooltip("een gewone tekst") == "een gewone tekst"
    assert plain_tooltip("a < b & c") == "a < b & c"  # Qt shows it as plain text
    assert plain_tooltip('<img src="/dev/zero">\nx') == (
        "<qt>&lt;img src=&quot;/dev/zero&quot;&gt;<br>x</qt>")
    assert plain_tooltip(None) is None and plain_tooltip("") == ""
