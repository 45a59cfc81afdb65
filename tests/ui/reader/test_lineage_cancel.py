"""Closing the window stops a lineage read that is building the linker's view: it is asked
between letters, so the worker ends at the next letter instead of reading them all."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from desktop_app.lineage import service as service_module
from desktop_app.ui.reader.lineage_jobs import LineageJobs


def test_close_cancels_a_read_blocked_mid_build(chain_library, qtbot, monkeypatch):
    jobs = LineageJobs(chain_library, synchronous=False)
    entered, gate = threading.Event(), threading.Event()
    found: list[str] = []
    real_references = service_module.references

    def blocking_references(letter):
        found.append(letter.id)
        entered.set()
        assert gate.wait(30)  # held here until close() has cancelled the read
        return real_references(letter)

    monkeypatch.setattr(service_module, "references", blocking_references)
    real_cancel = jobs.runner.cancel

    def cancel_then_release(job_id):
        real_cancel(job_id)
        gate.set()

    monkeypatch.setattr(jobs.runner, "cancel", cancel_then_release)
    delivered: list[object] = []
    jobs.ready.connect(lambda _request, result: delivered.append(result))
    jobs.failed.connect(lambda _request, message: delivered.append(message))
    jobs.read(lambda service: service.linker_library())  # no topic: still cancelled
    assert entered.wait(30)  # the build is reading the first letter
    jobs.close()
    assert jobs.runner.pool.activeThreadCount() == 0  # the worker ended
    assert jobs._worker_library is None  # and closed its library
    assert len(found) == 1  # no letter was read after the close
    assert chain_library.count() == 3  # (three letters to read without the stop)
    QCoreApplication.processEvents()  # any queued result would arrive now
    assert delivered == []
