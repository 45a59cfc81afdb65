"""Helper process for the durability tests: writes annotations in a loop.

Usage: python annotation_writer.py DB_PATH COUNT TAG
Prints each annotation id after ``add`` returned (so the parent knows it was committed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.store.annotations import AnnotationStore  # noqa: E402

TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan. " * 20


def main() -> int:
    """Write COUNT annotations (0 = forever), printing each id once saved."""
    path, count, tag = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    store = AnnotationStore(path)
    n = 0
    while count == 0 or n < count:
        start = (n * 7) % 1500
        ann = store.add("L1", TEXT, start, start + 20, note=f"{tag} {n}" * 20, tags=[tag])
        print(ann.id, flush=True)
        n += 1
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
