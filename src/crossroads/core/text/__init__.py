"""Text analyses of what the person writes: the duty-of-care screen and the draft review."""

from __future__ import annotations

from crossroads.core.text.screen import screen_many, screen_text

__all__ = ["screen_many", "screen_text"]
