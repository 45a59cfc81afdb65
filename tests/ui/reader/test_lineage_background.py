"""Lineage off the GUI thread (issue 20): the reader's lineage is read by a worker with its own
library ("Looking for later letters…" meanwhile), and the sentences later letters refer back
from are marked (underlined) in the letter without the caret in them."""

from __future__ import annotations

import threading

from PySide6.QtGui import QTextCursor
from testdata import CHAIN_FULFILMENT, CHAIN_PROMISE, CHAIN_PROMISE_START, click_promise

from desktop_app.lineage.service import service_for


def test_the_lineage_is_read_in_a_worker_thread_and_delivered(make_window, chain_library,
                                                              qtbot, monkeypatch):
    window = make_window(chain_library, synchronous=False)
    service_type = type(service_for(chain_library))
    threads: list[str] = []
    real = service_type.lineage

    def lineage(self, letter_id, **kw):
        threads.append(threading.current_thread().name)
        return real(self, letter_id, **kw)

    monkeypatch.setattr(service_type, "lineage", lineage)
    panel = window.reader.lineage_panel
    assert window.open_letter(CHAIN_PROMISE)
    click_promise(window)
    assert panel.lines == ["Looking for later letters…"]  # nothing read on the GUI thread
    qtbot.waitUntil(lambda: any(line.startswith("Likely fulfilled by →")
                                for line in panel.lines), timeout=20_000)
    assert threads and threading.main_thread().name not in threads
    worker_library = window.lineage.jobs._worker_library
    assert worker_library is not None and worker_library is not chain_library
    window.close()  # the worker closes its library in its own thread
    assert window.lineage.jobs._worker_library is None


def underlined(reader, start: int, end: int) -> bool:
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.document_position((start + end) // 2))
    return cursor.charFormat().fontUnderline()


def test_a_linked_sentence_of_a_later_letter_is_marked(make_window, chain_library):
    service = service_for(chain_library)
    number = next(c.number for c in service.lineage(CHAIN_PROMISE, incoming=False).commitments
                  if c.row.commitment.text.startswith(CHAIN_PROMISE_START))
    link = service.link(CHAIN_PROMISE, number, CHAIN_FULFILMENT, kind="fulfils")
    window = make_window(chain_library)
    assert window.open_letter(CHAIN_FULFILMENT)
    reader = window.reader
    reader.view.moveCursor(QTextCursor.MoveOperation.End)  # the caret is elsewhere
    marks = reader.lineage_marks
    assert {(s, e) for s, e, _ in marks} == {(link.later_start, link.later_end)}
    assert any(tip.startswith("Fulfils ← 2019-10-28 Onderzoek naar de ruimtevaartsubsidies")
               for _, _, tip in marks)
    assert underlined(reader, link.later_start, link.later_end)
    assert not underlined(reader, 0, 4)  # the letter's heading is not
    assert not reader.lineage_panel.isVisible()  # marked without the caret in it


def test_the_promise_letter_has_no_marks(make_window, chain_library):
    window = make_window(chain_library)
    assert window.open_letter(CHAIN_PROMISE)
    assert window.reader.lineage_marks == []


def test_a_read_that_ends_after_close_is_not_delivered(chain_library, qtbot, qapp):
    """The window closed (and then its library) while a read ran: its result must not reach
    the reader, whose library is closed (the smoke test hung on that error's message box)."""
    from desktop_app.ui.reader.lineage_jobs import LineageJobs

    jobs = LineageJobs(chain_library, synchronous=False)
    delivered: list[int] = []
    jobs.ready.connect(lambda request, _result: delivered.append(request))
    jobs.failed.connect(lambda request, _message: delivered.append(request))
    running, release = threading.Event(), threading.Event()

    def slow_read(service):
        running.set()
        release.wait(30)
        return "result"

    finished: list[int] = []
    jobs.runner.finished.connect(lambda job_id, _result: finished.append(job_id))
    read_id = jobs.read(slow_read)
    assert running.wait(30)
    jobs.close(msecs=0)  # the window closes while the read runs
    release.set()
    qtbot.waitUntil(lambda: read_id in finished, timeout=30_000)  # it did finish, here
    assert delivered == []
