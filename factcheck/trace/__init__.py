"""Tracing a claim: which documents carry it, which came first (``origin``), whom they
attribute it to (``attribution``), and which copy another (``copies``)."""

from .tracer import Tracer

__all__ = ["Tracer"]
