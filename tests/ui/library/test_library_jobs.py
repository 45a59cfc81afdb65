"""The window's library jobs: the start-up job rebuilds a lost library.db from originals/."""

from __future__ import annotations

from testdata import SEED_DIR

from desktop_app.library import Library
from desktop_app.ui.library import library_jobs


def test_the_startup_job_rebuilds_a_lost_library_db_with_progress(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        lib.originals.mark_seeded()  # as after the first start (see import_bundled)
        ids = sorted(lib.letters.ids())
    (tmp_path / "library.db").write_bytes(b"\0garbage\0" * 64)  # damaged beyond use
    with Library(tmp_path, seed=False) as window_library:  # the window opens it at once
        assert window_library.count() == 0 and window_library.rebuild_pending
        steps: list[tuple[int, int]] = []
        report = library_jobs.startup_job(tmp_path)(lambda d, t: steps.append((d, t)),
                                                    lambda: False)
        assert report.letters == len(ids) and report.index_current
        assert (0, len(ids)) in steps and (len(ids), len(ids)) in steps
        assert sorted(window_library.letters.ids()) == ids  # the window reads them after
    assert list(tmp_path.glob("library.db.damaged-*"))
