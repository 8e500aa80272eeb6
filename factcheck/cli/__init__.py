"""The command line: the only package that prints or exits.

``app.py`` holds the Typer app and what commands share, ``commands.py`` the commands (imported
here so they are registered), ``render.py`` the text rendering.
"""

import sys

from . import commands  # noqa: F401 - registers the commands on the app
from .app import app, optional_values

__all__ = ["app", "main"]


def main() -> None:
    """The ``factcheck`` command (a bare ``--ray`` means ``--ray local``)."""
    sys.argv[1:] = optional_values(sys.argv[1:])
    app()
