"""Crossroads: self-help for the moment a partner leaves (see METHOD.md in shared/method)."""

__version__ = "0.1.0"
