"""Text for a terminal: control characters from outside are shown, never obeyed.

File names, letters and imported annotations can hold terminal escape codes (``ESC [ …``)
and other C0/C1 control characters. Printed verbatim they would recolour, move the cursor,
retitle the window or hide text. :func:`printable` shows each one as a visible ``\\u001b``
(the same escape JSON uses, so ``--json`` output stays valid JSON), and the command line
writes everything through a :class:`PrintableStream`.
"""

from __future__ import annotations

import re
from typing import TextIO

# C0 except tab and newline, DEL, C1; a carriage return only when it ends a line ("\r\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def printable(text: str) -> str:
    """``text`` with every control character but tab and newline (and the ``\\r`` of a
    ``\\r\\n``) written as a visible escape: ``"\\x1b[31m"`` → ``"\\\\u001b[31m"``."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class PrintableStream:
    """A text stream that writes :func:`printable` text to ``stream``.

    A write of just ``"\\r"`` is the app's own progress line returning to its start
    (``print(…, end="\\r")``) and passes as it is.
    """

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(text if text == "\r" else printable(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):  # flush, isatty, encoding … of the wrapped stream
        return getattr(self.stream, name)
