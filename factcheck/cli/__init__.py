"""The command line: the only package that prints or exits.

``app.py`` holds the Typer app and what commands share, ``commands.py`` the commands (imported
here so they are registered), ``render.py`` the text rendering.
"""

from . import commands  # noqa: F401 - registers the commands on the app
from .app import app

__all__ = ["app"]
