"""The start-up check that names the missing X11 libraries instead of Qt's abort.

Every test injects the function that says whether a library loads, so none depends on the
libraries of the machine it runs on.
"""

from __future__ import annotations

import io
import sys

import pytest

from desktop_app.ui.shell import platform_check
from desktop_app.ui.shell.platform_check import (
    WAYLAND_LIBRARIES,
    XCB_LIBRARIES,
    check_platform,
    missing_libraries,
    needs_check,
)

X11 = {"DISPLAY": ":0"}
MISSING = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}  # the case of issue 19


def loader(missing: set[str]):
    """A fake loader: every library loads but those in ``missing``; it records its calls."""
    def load(library: str) -> bool:
        load.asked.append(library)
        return library not in missing
    load.asked = []
    return load


def test_missing_libraries_are_named_with_their_packages_and_the_command():
    out = io.StringIO()
    ok = check_platform(loader(MISSING), out, platform="linux", env=X11)
    text = out.getvalue()
    assert ok is False
    assert "libxcb-icccm.so.4" in text and "libxcb-keysyms.so.1" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text
    # the library Qt's abort names wrongly is installed: it is not named
    assert "xcb-cursor" not in text


def test_nothing_is_said_when_every_library_loads():
    out = io.StringIO()
    load = loader(set())
    assert check_platform(load, out, platform="linux", env=X11) is True
    assert out.getvalue() == ""
    assert load.asked == [library for library, _package in XCB_LIBRARIES]


@pytest.mark.parametrize(("platform", "env"), [
    ("linux", {"QT_QPA_PLATFORM": "offscreen"}),
    ("linux", {"QT_QPA_PLATFORM": "wayland"}),
    ("win32", {}),
    ("darwin", {}),
])
def test_no_check_where_the_x11_plugin_is_not_used(platform, env):
    out = io.StringIO()
    load = loader(MISSING)
    assert check_platform(load, out, platform=platform, env=env) is True
    assert load.asked == [] and out.getvalue() == ""


@pytest.mark.parametrize("env", [{}, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": " xcb "}])
def test_checked_when_the_platform_is_unset_or_xcb(env):
    assert needs_check("linux", env) is True


def test_a_wayland_session_with_wayland_libraries_does_not_need_x11():
    out = io.StringIO()
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert check_platform(loader(MISSING), out, platform="linux", env=env) is True
    assert out.getvalue() == ""


def test_a_wayland_session_without_them_names_both():
    out = io.StringIO()
    missing = MISSING | {"libwayland-cursor.so.0"}
    env = {"XDG_SESSION_TYPE": "wayland"}
    assert check_platform(loader(missing), out, platform="linux", env=env) is False
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0" in out.getvalue()


def test_every_library_has_a_package_and_is_listed_once():
    names = [library for library, _package in XCB_LIBRARIES + WAYLAND_LIBRARIES]
    assert len(names) == len(set(names))
    assert all(name.startswith("lib") and ".so." in name for name in names)
    assert all(package for _library, package in XCB_LIBRARIES + WAYLAND_LIBRARIES)
    assert missing_libraries(loader(MISSING)) == [("libxcb-icccm.so.4", "libxcb-icccm4"),
                                                  ("libxcb-keysyms.so.1", "libxcb-keysyms1")]


def test_the_real_loader_answers_for_a_library_that_exists_and_one_that_does_not():
    assert platform_check.can_load("libkamerbrieven-does-not-exist.so.9") is False
    if sys.platform.startswith("linux"):
        assert platform_check.can_load("libc.so.6") is True


class _NoQApplication:
    """Stands in for QApplication: no instance yet, and creating one fails the test."""

    @staticmethod
    def instance():
        return None

    def __init__(self, *_args):
        raise AssertionError("Qt was started although its X11 plugin cannot load")


def test_the_app_exits_with_status_1_and_the_message_before_starting_qt(monkeypatch, tmp_path):
    from desktop_app import cli
    from desktop_app.ui.shell import app

    monkeypatch.setattr(app, "QApplication", _NoQApplication)
    monkeypatch.setattr(platform_check, "can_load", loader(MISSING))
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    err = io.StringIO()
    code = cli.main(["--data-dir", str(tmp_path / "data")], out=io.StringIO(), err=err)
    assert code == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in err.getvalue()
