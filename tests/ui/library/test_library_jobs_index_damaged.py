"""A search index damaged inside its files (it opens fine; a search then meets damaged bytes)
is rebuilt from the library: by the window at once, by the command line before it searches
again. Found by the robustness review (the window said "up to date" and stayed broken)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from desktop_app.cli import main
from desktop_app.library import Library
from desktop_app.search import IndexCorrupt

QUERY = "asiel"


def _damage(index_dir: Path) -> None:
    """Zero the second half of the stored fields (what a bad sector or a sync tool does)."""
    [stored] = list(Path(index_dir).rglob("*_stored.col"))
    data = bytearray(stored.read_bytes())
    half = len(data) // 2
    data[half:] = bytes(len(data) - half)
    stored.write_bytes(bytes(data))


def test_a_damaged_index_says_so_and_is_rebuilt_on_use(data_dir):
    with Library(data_dir, seed=False) as library:
        hits = library.index.search(QUERY).total
        assert hits > 0 and library.index_is_current()
    _damage(data_dir / "index")
    with Library(data_dir, seed=False) as library:
        assert library.index_is_current()  # it still opens: the damage is deeper
        try:
            library.search_index().search(QUERY)
        except IndexCorrupt as exc:
            assert exc.code == "index-damaged"
        else:
            raise AssertionError("the damaged index was searched without notice")
        assert not library.index_is_current()  # marked: the next use rebuilds it
        assert library.index.search(QUERY).total == hits


def test_the_command_line_rebuilds_and_answers(data_dir):
    with Library(data_dir, seed=False) as library:
        library.ensure_index()
    _damage(data_dir / "index")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), "search", QUERY], out=out, err=err)
    assert code == 0, err.getvalue()
    assert "rebuilding" in err.getvalue() and "bug" not in err.getvalue()
    assert out.getvalue().strip()


def test_the_window_rebuilds_a_damaged_index_and_searches_again(window, data_dir, qtbot):
    _damage(data_dir / "index")
    pane = window.search
    pane.query_box.setText(QUERY)
    pane.request_search()
    qtbot.waitUntil(lambda: pane.result is not None and pane.result.total > 0, timeout=20000)
    assert "Index: up to date" in window.index_label.text()


def test_the_window_rebuilds_an_index_deleted_while_it_runs(window, data_dir, qtbot):
    window.search_service.index.close()
    shutil.rmtree(data_dir / "index")
    pane = window.search
    pane.query_box.setText(QUERY)
    pane.request_search()
    qtbot.waitUntil(lambda: (data_dir / "index").exists(), timeout=20000)
    qtbot.waitUntil(lambda: pane.result is not None and pane.result.total > 0, timeout=20000)
