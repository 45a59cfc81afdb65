"""Finds every user error the domain raises, and its code, by reading the source (ast).

Shared by tests/test_errors.py (every raise carries a code) and tests/ui/shell/test_messages.py
(the window's catalogue words every code). The command line's own modules (``cli.py``,
``commands/``) are left out: their errors are about flags and arguments, worded for a
terminal, and never reach the window.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from pathlib import Path

import desktop_app
from desktop_app.errors import IngestError, Message, UserError
from desktop_app.export.errors import ExportError

PACKAGE = Path(desktop_app.__file__).resolve().parent
COMMAND_LINE = ("cli.py", "commands")  # errors of the command line itself (flags, arguments)
# codes a call computes instead of naming: the module and every code it can give
COMPUTED_CODES = {
    "desktop_app/search/query.py": {"unmatched-parenthesis", "unmatched-bracket"},
    "desktop_app/store/history.py": {"write-read-only", "write-disk-full", "write-busy",
                                     "write-failed"},
}


@dataclass(frozen=True)
class Raised:
    """One construction of a user error (or a coded ``Message``) in the domain's source."""

    where: str  # "path:line"
    cls: type
    code: str | None  # the literal code; "" when none is given; None when not a literal

    @property
    def family(self) -> str:
        """Which part of the window's catalogue words it: "ingest", "export" or ""."""
        return family_of(self.cls)


def family_of(cls: type) -> str:
    if issubclass(cls, IngestError):
        return "ingest"
    if issubclass(cls, ExportError):
        return "export"
    return ""


def domain_files() -> list[Path]:
    """Every module outside ``ui/`` and the command line's own modules."""
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "ui" or parts[0] in COMMAND_LINE:
            continue
        files.append(path)
    return files


def user_error_classes() -> dict[str, type]:
    """UserError and all its subclasses in the domain, by class name."""
    for info in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
        if not info.name.startswith("desktop_app.ui"):
            importlib.import_module(info.name)
    found, todo = {}, [UserError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("desktop_app") and not cls.__module__.startswith(
                "desktop_app.ui"):
            found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _called_name(node: ast.Call) -> str | None:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _code_of(cls: type, node: ast.Call, where: str) -> str | None:
    """The literal code the call passes ("" for none, None when it is not a literal)."""
    args = [a for a in node.args if not isinstance(a, ast.Starred)]
    kwargs = {k.arg: k.value for k in node.keywords if k.arg}
    try:
        bound = inspect.signature(cls).bind_partial(*args, **kwargs)
    except TypeError as exc:
        raise AssertionError(f"{where}: {cls.__name__} called oddly: {exc}") from exc
    value = bound.arguments.get("code")
    if value is None:
        return ""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    return None


def raised() -> list[Raised]:
    """Every call of a user error class (and of ``Message``) in the domain's source."""
    classes = user_error_classes()
    classes_and_message = {**classes, "Message": Message}
    found = []
    for path in domain_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            cls = classes_and_message.get(_called_name(node) or "")
            if cls is None or (cls is Message and path.name == "errors.py"):
                continue  # errors.py only wraps or joins messages made elsewhere
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            found.append(Raised(where, cls, _code_of(cls, node, where)))
    return found


def _module(where: str) -> str:
    return where.rsplit(":", 1)[0]


def domain_codes() -> set[tuple[str, str]]:
    """(family, code) for every code the domain can give a user error or a message."""
    codes = set()
    for r in raised():
        if r.code:
            codes.add((r.family, r.code))
        elif r.code is None:
            codes.update((r.family, code) for code in COMPUTED_CODES.get(_module(r.where), ()))
    for cls in user_error_classes().values():
        if cls.__dict__.get("code"):
            codes.add((family_of(cls), cls.code))
    return codes
