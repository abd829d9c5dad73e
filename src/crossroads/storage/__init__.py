"""Storage: SQLite or PostgreSQL behind a small repository of plain values.

Open with `open_database(settings.database_url, settings.key_folder)`, then use
`database.assessments`; the schema is migrated to the latest version on open. Free text
is stored encrypted by `database.vault` (see keys.py); a locked vault raises Locked.
"""

from crossroads.storage import accounts as _accounts  # noqa: F401  (tables)
from crossroads.storage import shares as _shares  # noqa: F401  (tables)
from crossroads.storage.database import Database, DatabaseTooNew, open_database
from crossroads.storage.drafts import DraftRepository
from crossroads.storage.journal import JournalRepository
from crossroads.storage.keys import KeyFileMissing, Locked, Vault, VaultError, VaultStatus
from crossroads.storage.plan_ticks import PlanTickRepository
from crossroads.storage.repository import (
    AssessmentAlreadyComplete,
    AssessmentNotFound,
    AssessmentRepository,
    PathChange,
    StoredAssessment,
    path_changes,
)

__all__ = [
    "AssessmentAlreadyComplete",
    "AssessmentNotFound",
    "AssessmentRepository",
    "Database",
    "DatabaseTooNew",
    "DraftRepository",
    "JournalRepository",
    "KeyFileMissing",
    "Locked",
    "PathChange",
    "PlanTickRepository",
    "StoredAssessment",
    "Vault",
    "VaultError",
    "VaultStatus",
    "open_database",
    "path_changes",
]
