"""The command line: ``desktop-app [--data-dir DIR] [COMMAND …]``; no command starts the window."""

from __future__ import annotations

import argparse
import errno
import os
import sys
import traceback
from pathlib import Path
from typing import TextIO

from desktop_app import APP_NAME, __version__
from desktop_app.commands import (
    annotations,
    commitments,
    curation,
    export,
    letters,
    lineage,
    search,
    sharing,
)
from desktop_app.commands.terminal import PrintableStream
from desktop_app.errors import UserError
from desktop_app.paths import DATA_DIR_ENV, default_data_dir

EPILOG = f"""\
examples:
  desktop-app                             open the window
  desktop-app import ~/Downloads/brieven  import every letter file in a folder
  desktop-app letters                     list the letters in the library
  desktop-app show kst-19637-2764         one letter with its commitments
  desktop-app inspect brief.pdf           read a file without importing it
  desktop-app search 'intervisie datum:2021'
  desktop-app commitments --kind promise --open

`desktop-app COMMAND --help` explains a command, with examples.
The data folder defaults to the platform's user data folder; set --data-dir or
the environment variable {DATA_DIR_ENV} to use another one.
Exit codes: 0 done, 1 some files failed, 2 a problem the message explains,
70 a bug.
"""

DEBUG_ENV = "KAMERBRIEVEN_DEBUG"  # set to show the traceback of an unexpected error
EXIT_BUG = 70  # EX_SOFTWARE: an internal error, not something the user did


# Imported by name (not found dynamically) so frozen builds include every command.
COMMAND_MODULES = (letters, commitments, lineage, search, annotations, export, curation,
                   sharing)


class Context:
    """What a command handler gets: the parsed options, output streams, the library."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO):
        self.args = args
        self.out, self.err = out, err
        self._library = None

    @property
    def data_dir(self) -> Path:
        given = self.args.data_dir
        if given is not None and not given.strip():
            raise UserError("--data-dir is empty. Give a folder, e.g. --data-dir "
                            "~/kamerbrieven-data, or leave the option out.")
        return Path(given).expanduser() if given else default_data_dir()

    def library(self, *, check: bool | None = None):
        """The data folder's library, opened once (``check``: see ``Library``)."""
        if self._library is None:
            from desktop_app.library import Library

            library = Library(self.data_dir, seed=False, check=check)
            try:
                if library.rebuild_pending:
                    self._rebuild(library)
                if library.needs_seed:
                    library.import_bundled()
            except BaseException:
                library.close()
                raise
            self._library = library
        return self._library

    def _rebuild(self, library) -> None:
        """library.db was lost or damaged: rebuild it from originals/, saying so."""
        from desktop_app.commands.letters import rebuild_progress

        if library.damaged_library is not None:
            print(f"note: the library database was damaged; it was set aside as "
                  f"{library.damaged_library}.", file=self.err)
        print(f"note: rebuilding the library from the original files in "
              f"{library.originals.folder} (your annotations are not affected).", file=self.err)
        report = library.rebuild_from_originals(progress=rebuild_progress(self.err))
        for error in report.errors:
            print(f"warning: {error} (moved to {library.originals.folder / 'unreadable'})",
                  file=self.err)
        print(f"note: {len(report.added) + len(report.unchanged)} letters rebuilt.",
              file=self.err)

    def close(self) -> None:
        if self._library is not None:
            self._library.close()


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help with one-paragraph descriptions wrapped to the terminal and examples (text with
    line breaks) kept as written; option names get room so long ones stay on their line."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 26,
                 width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, width)

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if isinstance(action, argparse._SubParsersAction) and action.help != argparse.SUPPRESS:
            # argparse measures the command names one indent short, so long names
            # (export-annotations) would wrap onto a line of their own
            names = [self._format_action_invocation(a) for a in action._get_subactions()]
            longest = max((len(n) for n in names), default=0)
            self._action_max_length = max(self._action_max_length, longest
                                          + self._current_indent + 2 * self._indent_increment)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text.strip("\n"):
            return super()._fill_text(text, width, indent)
        return argparse.HelpFormatter._fill_text(self, text, width, indent)


class CommandParser(argparse.ArgumentParser):
    """An argument parser whose help (and its subcommands' help) uses :class:`HelpFormatter`."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="desktop-app",
        description=f"{APP_NAME}: read, search and annotate Dutch parliamentary letters offline. "
        "Without a command the window opens.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"the data folder to use (also: {DATA_DIR_ENV})")
    parser.add_argument("--lang", choices=("en", "nl"),
                        help="the window's language (default: the system's)")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window offscreen, try it out and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module in COMMAND_MODULES:
        module.add_parsers(sub)
    return parser


def _stream(given: TextIO | None, fallback: TextIO | None) -> TextIO:
    """``given``, else the process's stream; a windowed bundle has none (output is dropped)."""
    if given is not None:
        return given
    if fallback is not None:
        return fallback
    return open(os.devnull, "w", encoding="utf-8")  # kept open for the life of the process


def os_error_text(exc: OSError) -> str:
    """An operating-system error (a full disk, no permission) as one sentence with advice."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (f"The disk is full{where}. Make room on it (or use another data folder with "
                "--data-dir) and run the command again.")
    if exc.errno == errno.EROFS:
        return f"The disk is read-only{where}. Use another data folder with --data-dir."
    if isinstance(exc, PermissionError):
        return (f"Permission denied{where}. Check that you may write to the data folder, or "
                "use another one with --data-dir.")
    return f"{exc.strerror or exc}{where}. Check the file or folder and try again."


def _bug_text(exc: BaseException) -> str:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if len(detail) > 300:
        detail = detail[:299] + "…"
    return (f"An unexpected problem stopped the command ({detail}). This is a bug in "
            "desktop-app, not something you did: please report it with the command you ran. "
            f"Set {DEBUG_ENV}=1 to see the details.")


def main(argv: list[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    # file names, letters and imported annotations may hold terminal escape codes: every
    # line printed shows them as text (commands.terminal.printable) instead of obeying them
    out = PrintableStream(_stream(out, sys.stdout))
    err = PrintableStream(_stream(err, sys.stderr))
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(args, out, err)
    try:
        if args.command is None:
            from desktop_app.ui.shell.app import run_gui

            return run_gui(ctx)
        return int(args.func(args, ctx) or 0)
    except UserError as exc:
        print(f"error: {exc}", file=err)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=err)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`desktop-app letters | head`): stop quietly
        if out.stream is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # the disk or the data folder, not the command: say which
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc(file=err)
        print(f"error: {os_error_text(exc)}", file=err)
        return 2
    except Exception as exc:  # noqa: BLE001 - never a traceback for the user; see DEBUG_ENV
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc(file=err)
        print(f"error: {_bug_text(exc)}", file=err)
        return EXIT_BUG
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
