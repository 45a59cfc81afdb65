"""Typed exceptions with messages a person can act on. The UI and CLI show them.

The domain words its messages in English (what the CLI prints). So that the window can show
them in the user's language without the domain importing Qt, a message also carries what it
says as data: a ``code`` naming it and ``params`` filling it in (see :class:`Message` and
:class:`UserError`). The UI translates known codes and falls back to the English text.
"""

from __future__ import annotations

from collections.abc import Iterable


class Message(str):
    """English text, as the CLI prints it, that also says what it is as ``code`` + ``params``.

    A ``str`` so that every caller that prints, joins or compares messages keeps working;
    ``parts`` are the messages a combined one is made of (its ``code`` then frames them, or is
    "" for a plain sequence of sentences).
    """

    code: str
    params: dict[str, object]
    parts: tuple[Message, ...]

    def __new__(cls, text: str, code: str = "", parts: Iterable[Message] = (),
                **params: object) -> Message:
        self = super().__new__(cls, text)
        self.code = code
        self.params = params
        self.parts = tuple(parts)
        return self


def join_messages(messages: Iterable[str | None], sep: str = " ") -> Message | None:
    """Several messages as one (None when there are none); each keeps its code as a part."""
    parts = [m if isinstance(m, Message) else Message(m) for m in messages if m]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return Message(sep.join(parts), "", parts)


class UserError(Exception):
    """Something the user can fix; the message says what is wrong and what to do.

    ``code`` names the problem for the window, which words it itself (its catalogue of
    messages, ``desktop_app/ui/shell/messages.py``); ``params`` fill in the details it names
    (a file, a limit, a path). A raise of ``UserError`` itself passes a code; a subclass has a
    default ``code`` for the raises that do not.
    """

    code: str = ""

    def __init__(self, *args: object, code: str = "", **params: object):
        super().__init__(*args)
        self.code = code or type(self).code
        self.params = params


class IngestError(UserError):
    """A file cannot be read as a letter.

    ``problem`` is the English text; ``code`` (e.g. ``"empty"``, ``"pdf-scan"``) and
    ``params`` say the same for the window, which translates them.
    """

    code = "cannot-read"

    def __init__(self, source: str, problem: str, code: str = "", **params: object):
        super().__init__(f"{source}: {problem}", code=code, **params)
        self.source = source
        self.problem = problem


class NotFound(UserError):
    """A letter, annotation or collection that does not exist."""

    code = "not-found"
