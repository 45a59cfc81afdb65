"""The callbacks slow domain work takes, so the UI can show progress and cancel.

Plain tests call the functions without them; a background job passes its own.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # progress(done, total)
Cancelled = Callable[[], bool]  # cancelled() -> stop as soon as convenient


def no_progress(done: int, total: int) -> None:
    """The default progress callback: report nothing."""
    return None


def not_cancelled() -> bool:
    """The default cancel check: never cancelled."""
    return False
