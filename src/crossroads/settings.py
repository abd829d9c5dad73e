"""Typed settings, read from CROSSROADS_* environment variables or passed in directly.

Bad values are refused when the settings are built, so a mistyped database URL stops
the program at start-up with a message naming the problem, not at the first save.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

__all__ = [
    "InvalidSettings",
    "Settings",
    "data_dir",
    "default_database_url",
    "default_key_folder",
    "load_settings",
    "normalize_database_url",
]

APP_NAME = "crossroads"
DATABASE_FILE = "crossroads.db"

# The drivers we test against; anything else is refused rather than half supported.
_SQLITE_DRIVERS = frozenset({"sqlite", "sqlite+pysqlite"})
_POSTGRES_DRIVERS = frozenset({"postgresql", "postgresql+psycopg"})
_IN_MEMORY = frozenset({"", ":memory:"})
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")
_COUNTRY = re.compile(r"[A-Za-z]{2}")


def data_dir() -> Path:
    """The user's data folder for Crossroads (created if missing)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_url() -> str:
    """A SQLite file in the user's data folder."""
    return URL.create("sqlite", database=str(data_dir() / DATABASE_FILE)).render_as_string()


def default_key_folder() -> Path:
    """Where the key file lives while no passphrase is set: the data folder, beside the
    default database (CROSSROADS_KEY_FOLDER changes it)."""
    import os

    given = os.environ.get("CROSSROADS_KEY_FOLDER")
    return Path(given).expanduser() if given else data_dir()


def normalize_database_url(url: str | URL) -> str:
    """Check a database URL and return it in the form the storage layer opens.

    Raises ValueError with a plain message when the URL cannot be used safely.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValueError(
            f"{_redacted(url)!r} is not a database URL; expected something like "
            "sqlite:///path/to/crossroads.db or postgresql://user@host/dbname"
        ) from None
    driver = parsed.drivername
    if driver in _SQLITE_DRIVERS:
        return _check_sqlite(parsed).render_as_string(hide_password=False)
    if driver in _POSTGRES_DRIVERS:
        return _check_postgres(parsed).render_as_string(hide_password=False)
    raise ValueError(
        f"unsupported database {driver!r} in {_redacted(parsed)!r}: "
        "use sqlite:///FILE or postgresql://USER@HOST/DBNAME (driver psycopg)"
    )


def _check_sqlite(url: URL) -> URL:
    database = url.database or ""
    if database in _IN_MEMORY or database.startswith("file::memory:"):
        raise ValueError(
            "an in-memory SQLite database would lose every answer when the program exits; "
            "give a file path such as sqlite:///crossroads.db"
        )
    if url.host or url.username or url.password or url.port:
        raise ValueError(
            f"a SQLite URL takes a file path only, not a host or user: {_redacted(url)!r} "
            "(use three slashes: sqlite:///relative.db, four for an absolute path)"
        )
    folder = Path(database).expanduser().parent
    if not folder.is_dir():
        raise ValueError(f"the folder for the SQLite database does not exist: {folder}")
    return url.set(drivername="sqlite", database=str(Path(database).expanduser()))


def _check_postgres(url: URL) -> URL:
    if not url.database:
        raise ValueError(
            f"a PostgreSQL URL needs a database name: {_redacted(url)!r} "
            "(e.g. postgresql://user@localhost/crossroads)"
        )
    return url.set(drivername="postgresql+psycopg")


def _redacted(url: str | URL) -> str:
    """The URL as text with any password hidden, for error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r":[^:@/]*@", ":***@", str(url))


class Settings(BaseSettings):
    """Where Crossroads keeps its data and how it speaks to the person using it."""

    model_config = SettingsConfigDict(env_prefix="CROSSROADS_", frozen=True, extra="ignore")

    database_url: str = Field(
        default_factory=default_database_url,
        description="SQLite or PostgreSQL URL; defaults to crossroads.db in the data folder.",
    )
    language: str = Field(default="en", description="Language of questions and plans.")
    country: str | None = Field(
        default=None, description="ISO 3166 two-letter code, used to pick helplines."
    )
    key_folder: Path = Field(
        default_factory=default_key_folder,
        description="Folder of the key file that opens your data while no passphrase is set; "
        "anyone who can read that file can read your data.",
    )
    cooling_off_hours: float = Field(
        default=24,
        ge=0,
        le=24 * 365,
        description="How long a draft to the ex rests after its last edit before it can be "
        "marked ready (the web outbox).",
    )

    multi_user: bool = Field(
        default=False,
        description="Server mode (`crossroads serve --multi-user`): accounts with passwords, "
        "each person's data sealed by their own key. Off: one person, no account.",
    )
    secure_cookies: bool = Field(
        default=False,
        description="Mark session cookies Secure even when the request reached us over plain "
        "http (behind a proxy that ends https); https requests always get Secure cookies.",
    )

    @field_validator("database_url", mode="before")
    @classmethod
    def _usable_database_url(cls, value: object) -> str:
        if not isinstance(value, str | URL):
            raise ValueError("the database URL must be text")
        return normalize_database_url(value)

    @field_validator("language")
    @classmethod
    def _language_tag(cls, value: str) -> str:
        if not _LANGUAGE.fullmatch(value):
            raise ValueError(f"{value!r} is not a language code such as 'en' or 'pt-BR'")
        return value

    @field_validator("country", mode="before")
    @classmethod
    def _country_code(cls, value: object) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
            raise ValueError(f"{value!r} is not a two-letter country code such as 'US' or 'DE'")
        return value.upper()


class InvalidSettings(ValueError):
    """Settings that cannot be used; the message has one line per problem."""


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from the environment plus explicit values (e.g. `--database`).

    Overrides that are None are ignored, so command-line options can be passed as they are.
    Raises InvalidSettings with lines such as `CROSSROADS_DATABASE_URL: ...`.
    """
    given = {name: value for name, value in overrides.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            name = ".".join(str(part) for part in problem["loc"]) or "settings"
            where = name if name in given else f"CROSSROADS_{name.upper()}"
            message = str(problem["msg"]).removeprefix("Value error, ")
            lines.append(f"{where}: {message}")
        raise InvalidSettings("\n".join(lines)) from None
