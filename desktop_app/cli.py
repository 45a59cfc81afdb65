"""The command line: ``desktop-app [--data-dir DIR] [COMMAND …]``; no command starts the window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from desktop_app import APP_NAME, __version__
from desktop_app.commands import annotations, commitments, curation, export, letters, search
from desktop_app.errors import UserError
from desktop_app.paths import DATA_DIR_ENV, default_data_dir

EPILOG = f"""\
examples:
  desktop-app                              start the window on the bundled letters
  desktop-app import ~/Downloads/brieven   import every letter file in a folder
  desktop-app letters                      list the letters in the library
  desktop-app show kst-19637-2764 --json   one letter: metadata, text and commitments
  desktop-app inspect brief.pdf --json     parse files without importing them
  desktop-app search 'intervisie datum:2021'
  desktop-app commitments --kind promise --open

The data folder defaults to the platform's user data folder; set --data-dir or the
environment variable {DATA_DIR_ENV} to use another one.
"""


# Imported by name (not found dynamically) so frozen builds include every command.
COMMAND_MODULES = (letters, commitments, search, annotations, export, curation)


class Context:
    """What a command handler gets: the parsed options, output streams, the library."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO):
        self.args = args
        self.out, self.err = out, err
        self._library = None

    @property
    def data_dir(self) -> Path:
        return Path(self.args.data_dir) if self.args.data_dir else default_data_dir()

    def library(self):
        if self._library is None:
            from desktop_app.library import Library

            self._library = Library(self.data_dir)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-app",
        description=f"{APP_NAME}: read, search and annotate Dutch parliamentary letters offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="the data folder to use")
    parser.add_argument("--lang", choices=("en", "nl"),
                        help="language of the window (default: the system language)")
    parser.add_argument("--smoke", action="store_true",
                        help="start the window offscreen, exercise it, and exit (self-test)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(args, out, err)
    try:
        if args.command is None:
            from desktop_app.ui.app import run_gui

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
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
