"""The repositories behind the web pages (migration 0002), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crossroads.storage import AssessmentNotFound, Database
from crossroads.storage.drafts import DraftNotFound, DraftNotReady, DraftRepository
from crossroads.storage.journal import JournalRepository, week_start
from crossroads.storage.plan_ticks import PlanTickRepository
from crossroads.storage.state import StateRepository
from tests.web_support import Clock

DAY = timedelta(hours=24)
CALM = {"verdict": "ready", "flags": [], "strengths": [], "self_harm": "none", "abuse": False}
HOLD = {**CALM, "verdict": "hold"}


def test_a_draft_rests_for_the_cooling_off_period_before_it_can_be_ready(
    database: Database,
) -> None:
    clock = Clock()
    drafts = DraftRepository(database.sessions, clock)
    draft = drafts.create("I'd like to talk", CALM)

    with pytest.raises(DraftNotReady):
        drafts.mark_ready(draft.id, DAY)
    clock.advance(hours=24)
    ready = drafts.mark_ready(draft.id, DAY)

    assert ready.status == "ready" and ready.ready_at == clock.now


def test_a_draft_on_hold_is_never_ready(database: Database) -> None:
    clock = Clock()
    drafts = DraftRepository(database.sessions, clock)
    draft = drafts.create("or else", HOLD)
    clock.advance(days=100)

    with pytest.raises(DraftNotReady, match="hold"):
        drafts.mark_ready(draft.id, DAY)


def test_an_edit_sends_a_ready_draft_back_to_rest(database: Database) -> None:
    clock = Clock()
    drafts = DraftRepository(database.sessions, clock)
    draft = drafts.create("hello", CALM)
    clock.advance(days=2)
    drafts.mark_ready(draft.id, DAY)

    edited = drafts.edit(draft.id, "hello again", CALM)

    assert edited.status == "draft" and edited.ready_at is None
    assert edited.edited_at == clock.now and edited.created_at < clock.now


def test_a_review_without_a_known_verdict_is_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="verdict"):
        DraftRepository(database.sessions).create("x", {"verdict": "send"})


def test_a_missing_draft_is_named(database: Database) -> None:
    with pytest.raises(DraftNotFound):
        DraftRepository(database.sessions).edit(9, "x", CALM)


def test_drafts_are_listed_most_recently_edited_first(database: Database) -> None:
    clock = Clock()
    drafts = DraftRepository(database.sessions, clock)
    first = drafts.create("one", CALM)
    clock.advance(hours=1)
    second = drafts.create("two", CALM)
    clock.advance(hours=1)
    drafts.edit(first.id, "one, again", CALM)

    assert [draft.id for draft in drafts.all()] == [first.id, second.id]


def test_journal_weeks_are_summed_in_the_database(database: Database) -> None:
    journal = JournalRepository(database.sessions)
    monday = date(2025, 3, 10)
    journal.add(monday, "day", "ran", 4, 3, True)
    journal.add(monday + timedelta(days=2), "day", "", 8, 1, False)
    journal.add(monday + timedelta(days=7), "week", "cooked", 6, 0, False)

    weeks = journal.weeks(monday, monday + timedelta(weeks=2))

    assert [(w.week_start, w.entries, w.mood, w.urges, w.acted_on, w.actions) for w in weeks] == [
        (monday, 2, 6.0, 4, 1, 1),
        (monday + timedelta(days=7), 1, 6.0, 0, 0, 1),
    ]


def test_journal_entries_are_read_by_date_range_newest_first(database: Database) -> None:
    journal = JournalRepository(database.sessions)
    for offset in range(10):
        journal.add(date(2025, 1, 1) + timedelta(days=offset), "day", "", 5, 0, False)

    shown = journal.between(date(2025, 1, 3), date(2025, 1, 6))

    assert [entry.entry_date.day for entry in shown] == [5, 4, 3]
    assert journal.any_before(date(2025, 1, 3)) and not journal.any_before(date(2025, 1, 1))


@pytest.mark.parametrize(("mood", "urges"), [(11, 0), (-1, 0), (5, -2)])
def test_journal_values_outside_the_scales_are_refused(
    database: Database, mood: int, urges: int
) -> None:
    with pytest.raises(ValueError):
        JournalRepository(database.sessions).add(date(2025, 1, 1), "day", "", mood, urges, False)


def test_a_week_starts_on_monday() -> None:
    assert week_start(date(2025, 3, 16)) == date(2025, 3, 10)
    assert week_start(date(2025, 3, 10)) == date(2025, 3, 10)


def test_plan_ticks_keep_the_first_day_and_can_be_undone(database: Database) -> None:
    clock = Clock()
    journey = database.assessments.start("en")
    ticks = PlanTickRepository(database.sessions, clock)

    first = ticks.mark(journey.id, 0, 2, done=True)
    clock.advance(days=3)
    again = ticks.mark(journey.id, 0, 2, done=True)
    ticks.mark(journey.id, 1, 0, done=True)
    ticks.mark(journey.id, 1, 0, done=False)

    assert first == again and first is not None and first.ticked_at == datetime(
        2025, 3, 12, 9, tzinfo=UTC)
    assert set(ticks.ticks(journey.id)) == {(0, 2)}


def test_replacing_ticks_keeps_exactly_the_given_steps(database: Database) -> None:
    journey = database.assessments.start("en")
    ticks = PlanTickRepository(database.sessions)
    ticks.replace(journey.id, {(0, 0), (0, 1)})

    ticks.replace(journey.id, {(0, 1), (2, 3)})

    assert set(ticks.ticks(journey.id)) == {(0, 1), (2, 3)}


def test_ticks_need_an_assessment(database: Database) -> None:
    with pytest.raises(AssessmentNotFound):
        PlanTickRepository(database.sessions).mark(404, 0, 0, done=True)


def test_the_state_store_keeps_json_values_by_key(database: Database) -> None:
    store = StateRepository(database.sessions)

    assert store.get("latest_screen") is None
    store.put("latest_screen", {"self_harm": "check_in", "abuse": False})
    store.put("latest_screen", {"self_harm": "none", "abuse": True})

    assert store.get("latest_screen") == {"self_harm": "none", "abuse": True}


def test_first_writes_of_one_key_at_the_same_moment_all_succeed(database: Database) -> None:
    """Two servers (or two requests) storing a key nobody stored yet must not collide: a
    read-then-insert let both find no row and the second insert failed (seen once in CI
    as a lost journal write on PostgreSQL)."""
    import threading

    store = StateRepository(database.sessions)
    errors: list[BaseException] = []
    for round_number in range(10):
        key = f"race-{round_number}"
        start = threading.Barrier(4)

        def write(value: int, key: str = key, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                store.put(key, {"writer": value})
            except BaseException as error:  # collected: the test names what went wrong
                errors.append(error)

        threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert store.get(key)["writer"] in range(4)
    assert errors == []
