"""Verifying claims: retrieve, weigh each passage's evidence window (``stance``), aggregate
into a verdict (``verdict``); ``metamorphic`` checks the whole path on an archive."""

from .verifier import Verifier

__all__ = ["Verifier"]
