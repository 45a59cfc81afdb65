"""Typed exceptions with messages a person can act on. The UI and CLI show them."""


class UserError(Exception):
    """Something the user can fix; the message says what is wrong and what to do."""


class IngestError(UserError):
    """A file cannot be read as a letter."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class NotFound(UserError):
    """A letter, annotation or collection that does not exist."""
