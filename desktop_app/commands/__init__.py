"""Command-line subcommands, one module per area.

Each module defines ``add_parsers(subparsers)``; every parser it adds sets
``func=handler`` where ``handler(args, ctx) -> int`` returns the exit code.
``ctx`` is a :class:`desktop_app.cli.Context`: ``ctx.library()`` opens the library of
``--data-dir`` lazily, ``ctx.out`` / ``ctx.err`` are the output streams.
Handlers print what a person can act on and never let a traceback reach the user:
raise :class:`desktop_app.errors.UserError` (or a subclass) with a clear message instead.
"""
