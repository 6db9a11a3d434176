"""One exception tree for everything a user can get wrong.

The CLI maps each class to an exit code in one place (``cli.main``); library
callers catch :class:`DealgraphError`.
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


class InputWarning(InputError):
    """An input was read only in part (an article over a size limit); what was read is kept."""

    label = "Warning"


class GraphFileError(DealgraphError):
    """A saved graph could not be read."""


class QueryError(DealgraphError):
    """A SPARQL query is malformed or not allowed."""
