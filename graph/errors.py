"""One exception tree for everything a user can get wrong, and the one mapping
(:func:`user_error`) that the CLI applies to whatever reaches it.

Library callers catch :class:`DealgraphError`.
"""
from __future__ import annotations


class DealgraphError(Exception):
    """Base class: a problem the user can fix; printed without a traceback."""

    exit_code = 1
    label = "Error"  # how the CLI introduces it on stderr


class InputError(DealgraphError):
    """An input file or stream could not be read as an article."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class OutputError(DealgraphError):
    """An output file or folder could not be written."""

    def __init__(self, target: str, reason: str):
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


class InputWarning(InputError):
    """An input was read only in part (an article over a size limit); what was read is kept."""

    label = "Warning"


class GraphFileError(DealgraphError):
    """A saved graph could not be read."""


class QueryError(DealgraphError):
    """A SPARQL query is malformed or not allowed."""


class TimedOut(DealgraphError):
    """A query (or other bounded work) ran past its deadline and was stopped."""


class StoreError(DealgraphError):
    """A store cannot be written: another build holds it, or the folder is not a store."""


def user_error(exc: BaseException) -> DealgraphError | None:
    """``exc`` as the user should see it, or None for a bug (whose traceback is kept).

    The environment's failures (``OSError``: a missing folder, no permission, a full disk, a
    network that does not answer) are the user's to fix, as the library's own errors are."""
    if isinstance(exc, DealgraphError):
        return exc
    if isinstance(exc, OSError):
        what = f"{exc.filename} -> {exc.filename2}" if exc.filename2 else exc.filename
        return DealgraphError(f"{what or 'system'}: {exc.strerror or exc}")
    return None
