"""Load Crossroads' words from ``content/<language>/*.yaml`` into checked models.

Each file is validated on its own first, so that a mistake is reported with the
name of the file that holds it; then the parts are put together into one
:class:`~crossroads.core.content.Content`, which is cached per language.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from crossroads.core.content import (
    Content,
    Labels,
    Paths,
    Questionnaire,
    Reasons,
    Reflection,
    Resources,
    SafetyMessages,
    Sections,
)

# Content field -> (file, the type that file must satisfy).
FILES: dict[str, tuple[str, Any]] = {
    "questionnaire": ("questions.yaml", Questionnaire),
    "paths": ("paths.yaml", Paths),
    "sections": ("sections.yaml", Sections),
    "reasons": ("reasons.yaml", Reasons),
    "labels": ("labels.yaml", Labels),
    "resources": ("resources.yaml", Resources),
    "safety": ("safety.yaml", SafetyMessages),
    "reflection": ("reflection.yaml", Reflection),
}


class ContentError(RuntimeError):
    """A content file is missing, is not YAML, or does not fit its model."""


def _root() -> Traversable:
    return resources.files(__name__)


def available_languages() -> list[str]:
    """The languages that have a content folder, e.g. ``["en"]``."""
    return sorted(
        entry.name
        for entry in _root().iterdir()
        if entry.is_dir() and (entry / "questions.yaml").is_file()
    )


def _folder(language: str) -> Traversable:
    if language not in available_languages():
        raise ContentError(
            f"no content for language {language!r}; available: {', '.join(available_languages())}"
        )
    return _root() / language


def _describe(error: ValidationError) -> str:
    """Pydantic's errors as "where: what" lines, where is the path inside the file."""
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or '(whole file)'}: {item['msg']}"
        for item in error.errors()
    )


def _load_file(language: str, field: str) -> Any:
    """One content file, read with ``yaml.safe_load`` and checked against its model."""
    name, model = FILES[field]
    where = f"{language}/{name}"
    try:
        data = yaml.safe_load((_folder(language) / name).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ContentError(f"{where}: file is missing") from error
    except yaml.YAMLError as error:
        raise ContentError(f"{where}: not valid YAML: {error}") from error
    try:
        return TypeAdapter(model).validate_python(data)
    except ValidationError as error:
        raise ContentError(f"{where}: {_describe(error)}") from error


def load_content(language: str = "en") -> Content:
    """The content for ``language``, checked against the models, read once per language.
    Raises ContentError naming the file at fault."""
    return _load(language)


def load_resources(language: str = "en") -> Resources:
    """Only the helplines: for the screen, which must answer fast and need nothing else."""
    return _load_resources(language)


@cache
def _load(language: str) -> Content:
    parts = {field: _load_file(language, field) for field in FILES}
    return Content(language=language, **parts)


@cache
def _load_resources(language: str) -> Resources:
    resources: Resources = _load_file(language, "resources")
    return resources


__all__ = ["FILES", "ContentError", "available_languages", "load_content", "load_resources"]
