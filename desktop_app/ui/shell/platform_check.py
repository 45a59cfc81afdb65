"""Before the window starts on Linux: are the libraries of Qt's X11 platform plugin there?

When one is missing, Qt aborts with "Could not load the Qt platform plugin "xcb"" and often
names the wrong library (``xcb-cursor0``, installed, while ``libxcb-icccm4`` was missing). This
check names each missing library and the apt-get command, and the app exits with status 1.

No Qt here: it runs before the QApplication exists. The list is kept in code, from ``ldd`` on
PySide6's ``plugins/platforms/libqxcb.so`` and ``lib/libQt6XcbQpa.so.6`` (the libraries those
need beyond what QtGui itself needs, which an ``import PySide6.QtWidgets`` already loaded).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from typing import TextIO

# (shared library as the dynamic linker looks it up, the Debian/Ubuntu package holding it)
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb.so.1", "libxcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)
# what Qt's Wayland plugin (plugins/platforms/libqwayland.so) needs beyond QtGui
WAYLAND_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libwayland-client.so.0", "libwayland-client0"),
    ("libwayland-cursor.so.0", "libwayland-cursor0"),
)


def can_load(library: str) -> bool:
    """Whether the dynamic linker finds and loads ``library`` (a soname such as
    ``libxcb-icccm.so.4``), searching where Qt's plugin loader will search."""
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def needs_check(platform: str | None = None, env: Mapping[str, str] | None = None) -> bool:
    """True on Linux when Qt will load its X11 plugin: ``QT_QPA_PLATFORM`` unset or ``xcb``."""
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return False
    return env.get("QT_QPA_PLATFORM", "").strip() in ("", "xcb")


def wayland_first(env: Mapping[str, str] | None = None) -> bool:
    """Whether Qt tries its Wayland plugin before the X11 one (a Wayland session, no
    ``QT_QPA_PLATFORM``): a missing X11 library then matters only when Wayland fails too."""
    env = os.environ if env is None else env
    return not env.get("QT_QPA_PLATFORM", "").strip() and (
        bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland")


def missing_libraries(load: Callable[[str], bool],
                      libraries: tuple[tuple[str, str], ...] = XCB_LIBRARIES
                      ) -> list[tuple[str, str]]:
    """The ``(library, package)`` pairs ``load`` cannot load, in the order of the list."""
    return [(library, package) for library, package in libraries if not load(library)]


def missing_message(missing: list[tuple[str, str]], wayland: bool = False) -> str:
    """What to tell a person whose X11 (and Wayland) libraries are missing, and the command
    that installs them."""
    plugins = ("Qt's platform plugins for Wayland and for X11 (xcb) need" if wayland
               else "Qt's platform plugin for X11 (xcb) needs")
    lines = [f"The window cannot start: {plugins} these libraries,",
             "which are not installed:", ""]
    lines += [f"  {library}  (Debian/Ubuntu package {package})" for library, package in missing]
    packages = " ".join(dict.fromkeys(package for _library, package in missing))
    lines += ["", "Install them, then start the app again:", "",
              f"  sudo apt-get install {packages}", "",
              "(On another Linux, install the packages that hold these libraries. To use the "
              "command line",
              "without a window, run a command such as `desktop-app letters`.)"]
    return "\n".join(lines)


def check_platform(load: Callable[[str], bool] | None = None, out: TextIO | None = None,
                   platform: str | None = None, env: Mapping[str, str] | None = None) -> bool:
    """False, after writing which libraries are missing to ``out`` (stderr), when Qt's
    platform plugin would fail to load; True when it can load or the check does not apply.

    ``load`` says whether a library loads (default :func:`can_load`; tests pass a fake one).
    """
    if not needs_check(platform, env):
        return True
    load = load or can_load
    wayland: list[tuple[str, str]] = []
    if wayland_first(env):
        wayland = missing_libraries(load, WAYLAND_LIBRARIES)
        if not wayland:
            return True
    missing = missing_libraries(load)
    if not missing:
        return True
    print(missing_message(missing + wayland, bool(wayland)), file=out or sys.stderr)
    return False
