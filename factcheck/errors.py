"""One error hierarchy: every error a user can cause is a FactcheckError.

Messages say where the problem is and what to do next; the CLI prints them as
``Error: <message>`` and exits 1. Any other exception is a bug.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose."""


class InputError(FactcheckError):
    """A path, file, query or option given by the user cannot be used."""


class OutputError(FactcheckError):
    """A result file cannot be written (a full disk, no permission)."""


class IngestError(FactcheckError):
    """A document cannot be read (binary, undecodable, damaged)."""


class IndexNotFoundError(FactcheckError):
    """No index where one was expected."""


class IndexDamagedError(FactcheckError):
    """A file of the live index generation is missing, truncated or corrupt."""


class IndexMismatchError(FactcheckError):
    """The index was built with another model, root or format version."""


class IndexBusyError(FactcheckError):
    """Another factcheck process is writing the same index."""


class ModelError(FactcheckError):
    """An embedding model cannot be found or loaded."""


class ParserError(FactcheckError):
    """The dependency parser's model is missing or is not the pinned one."""
