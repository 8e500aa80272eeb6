"""The command line: the only package that prints or exits."""

from .app import app

__all__ = ["app"]
