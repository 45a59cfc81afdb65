"""Child process of the kill-mid-write test: add one annotation, then write the pack and
stop at a fault point until killed.

Usage: python share_writer.py ANNOTATIONS_DB POINT

Prints ``added <id>`` once the annotation is committed, then ``at <POINT>`` when the pack
write reaches POINT, and waits there (reading stdin) for the parent's SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.store import sharing  # noqa: E402
from desktop_app.store.annotations import AnnotationStore  # noqa: E402

TEXT = "Het kabinet zal de Kamer informeren. Het kabinet zal de\nKamer ook raadplegen."


def main() -> None:
    db_path, point = sys.argv[1], sys.argv[2]
    store = AnnotationStore(Path(db_path), auto_backup=False)
    ann = store.add("L1", TEXT, 37, 48, note="written before the kill", author="Anne")
    print(f"added {ann.id}", flush=True)

    def hook(name: str) -> None:
        if name == point:
            print(f"at {name}", flush=True)
            sys.stdin.readline()  # blocks until the parent kills this process

    sharing.fault_hook = hook
    sharing.write_pack(store)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
