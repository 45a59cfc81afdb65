"""build.spec takes the bundle's names and version from pyproject.toml, builds the window's
executable without a console (plus a console executable for the command line), and stamps the
version into the Windows version resource and the macOS bundle.

The spec is run with stand-ins for PyInstaller's build classes (no build, no PyInstaller
needed); docs/BUILD.md says how to build and check the real bundle.
"""

from __future__ import annotations

import shutil
import sys
import types
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - as build.spec does
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


class _Recorder:
    """A PyInstaller build class that only records how the spec called it."""

    calls: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.name = kwargs.get("name")
        type(self).calls.append(self)
        # what the spec reads back from an Analysis
        self.scripts, self.pure, self.binaries, self.datas = [], [], [], []


def _classes() -> dict[str, type]:
    return {name: type(name, (_Recorder,), {"calls": []})
            for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}


def _version_info_module() -> types.ModuleType:
    module = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                 "VarFileInfo", "VarStruct", "VSVersionInfo"):
        setattr(module, name, type(name, (), {
            "__init__": lambda self, *args, **kwargs: setattr(self, "parts", (args, kwargs))}))
    return module


def run_spec(monkeypatch, platform: str, root: Path = ROOT) -> dict[str, type]:
    """Execute build.spec as PyInstaller would on ``platform``; returns the build classes."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []
    hooks.collect_submodules = lambda package: []
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks),
                         ("PyInstaller.utils.win32", types.ModuleType("win32")),
                         ("PyInstaller.utils.win32.versioninfo", _version_info_module())):
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    classes = _classes()
    namespace = {"SPECPATH": str(root), "__name__": "__main__", **classes}
    code = compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec")
    exec(code, namespace)  # noqa: S102 - the spec is Python that PyInstaller execs likewise
    return classes


def _exes(classes) -> dict[str, _Recorder]:
    return {exe.name: exe for exe in classes["EXE"].calls}


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_names_come_from_pyproject_and_the_window_has_no_console(monkeypatch, platform):
    classes = run_spec(monkeypatch, platform)
    exes = _exes(classes)
    script = next(iter(PROJECT["scripts"]))
    assert set(exes) == {PROJECT["name"], script}
    assert exes[PROJECT["name"]].kwargs["console"] is False  # no console window on Windows
    assert exes[script].kwargs["console"] is True  # the command line prints
    (coll,) = classes["COLLECT"].calls
    assert coll.kwargs["name"] == PROJECT["name"]
    assert coll.args[:2] == (exes[PROJECT["name"]], exes[script])  # the window's comes first


def test_windows_executables_carry_the_version(monkeypatch):
    exes = _exes(run_spec(monkeypatch, "win32"))
    for name, exe in exes.items():
        info = exe.kwargs["version"]
        assert info is not None, f"{name} has no version resource"
        ffi = info.parts[1]["ffi"]
        numbers = tuple(int(n) for n in PROJECT["version"].split("."))
        assert ffi.parts[1]["filevers"][:len(numbers)] == numbers
        (string_info, _) = info.parts[1]["kids"]
        (table,) = string_info.parts[0][0]
        strings = {s.parts[0][0]: s.parts[0][1] for s in table.parts[0][1]}
        assert strings["ProductVersion"] == strings["FileVersion"] == PROJECT["version"]
        assert strings["OriginalFilename"] == f"{name}.exe"


def test_linux_builds_have_no_windows_resource(monkeypatch):
    exes = _exes(run_spec(monkeypatch, "linux"))
    assert all(exe.kwargs["version"] is None for exe in exes.values())
    assert all(exe.kwargs["icon"] is None for exe in exes.values())  # PyInstaller warns else


def test_the_macos_bundle_has_the_version(monkeypatch):
    classes = run_spec(monkeypatch, "darwin")
    (bundle,) = classes["BUNDLE"].calls
    assert bundle.kwargs["version"] == PROJECT["version"]
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == PROJECT["version"]
    assert bundle.kwargs["name"].endswith(".app")
    assert run_spec(monkeypatch, "linux")["BUNDLE"].calls == []


def test_the_apps_own_version_matches_pyproject():
    from desktop_app import __version__

    assert __version__ == PROJECT["version"]  # what --version and Help → About show


def test_a_version_mismatch_stops_the_build(monkeypatch, tmp_path):
    (tmp_path / "desktop_app").mkdir()
    shutil.copy(ROOT / "desktop_app" / "__init__.py", tmp_path / "desktop_app")
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        text.replace(f'version = "{PROJECT["version"]}"', 'version = "9.9.9"', 1),
        encoding="utf-8")
    with pytest.raises(SystemExit, match="pyproject.toml says version 9.9.9"):
        run_spec(monkeypatch, "linux", root=tmp_path)
