"""Translations for the words in code and templates (gettext catalogs under locale/).

Content (questions, plans) is translated per language in content/<language>/; this
module covers the rest: CLI messages and page templates. English is the source
language, so it needs no catalog.
"""

from __future__ import annotations

import gettext as _gettext
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The catalog for ``language``, or the source English when there is none."""
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


_active = "en"


def set_language(language: str) -> None:
    global _active
    _active = language


def gettext(message: str) -> str:
    return translations(_active).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations(_active).ngettext(singular, plural, count)


_ = gettext
