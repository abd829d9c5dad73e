"""End to end in a real browser: the journey a person takes, page by page.

Each test drives Debian's Chromium against `crossroads serve` on loopback, checks the
page with axe-core (no serious or critical problem) and saves screenshots at desktop
and phone widths into test-artifacts/.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from crossroads.content import load_content
from crossroads.core.answers import parse_answers
from crossroads.core.engine import evaluate
from tests import personas as p
from tests.browser.support import assert_accessible, fill_topic, screenshot

THREAT = "I miss you. If you don't come back you'll regret it."
URGENT_NOTES = [
    # Means and a plan, with no word like "suicide": the screen must still see it.
    "I have pills saved and I plan to take them tonight",
    "Some nights I think about killing myself",
]


def expected_path(answers: dict[str, Any]) -> str:
    return evaluate(parse_answers(answers), load_content("en")).path


def test_a_person_goes_from_welcome_through_the_assessment_to_a_plan_that_keeps_its_ticks(
    fresh_page: Any,
) -> None:
    page = fresh_page
    page.goto("/")
    expect(page.get_by_test_id("welcome-title")).to_be_visible()
    assert_accessible(page, "welcome")
    screenshot(page, "welcome")

    page.get_by_test_id("start-assessment").click()
    expect(page).to_have_url(re.compile(r"/assessment/situation$"))
    assert_accessible(page, "assessment step (situation)")
    screenshot(page, "assessment-step")

    for _ in range(40):
        if page.url.endswith("/assessment/finish"):
            break
        expect(page.get_by_test_id("topic-form")).to_be_visible()
        fill_topic(page, p.ALEX)
        page.get_by_test_id("next").click()
    expect(page.get_by_test_id("finish-title")).to_be_visible()
    assert_accessible(page, "assessment finish")
    page.get_by_test_id("finish").click()

    expect(page).to_have_url(re.compile(r"/results/\d+$"))
    # Answers typed into the forms lead to the same path as the answers file does.
    expect(page.get_by_test_id("path-name")).to_have_attribute("data-path", expected_path(p.ALEX))
    expect(page.get_by_test_id("reason-0")).to_be_visible()
    assert_accessible(page, "result")
    screenshot(page, "result")

    # Ticked with htmx (no page load), then still ticked after a reload.
    step = page.get_by_test_id("step-0-0")
    expect(step).to_have_attribute("data-done", "false")
    page.get_by_test_id("tick-0-0").check()
    expect(page.get_by_test_id("step-0-0")).to_have_attribute("data-done", "true")
    page.reload()
    expect(page.get_by_test_id("tick-0-0")).to_be_checked()
    expect(page.get_by_test_id("step-0-0")).to_have_attribute("data-done", "true")
    expect(page.get_by_test_id("tick-0-1")).not_to_be_checked()


def test_a_threatening_draft_is_held_and_the_threat_is_highlighted(page: Any) -> None:
    page.goto("/outbox")
    expect(page.get_by_test_id("never-sends")).to_be_visible()
    page.get_by_test_id("draft-text").fill(THREAT)
    page.get_by_test_id("review-draft").click()

    expect(page).to_have_url(re.compile(r"/outbox/\d+$"))
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "hold")
    threat = page.locator('[data-testid^="flag-"][data-category="threat"]')
    expect(threat).to_have_count(1)
    marked = page.get_by_test_id("draft-marked").locator("mark")
    expect(marked.first).to_be_visible()
    highlighted = " ".join(marked.all_inner_texts())
    assert "regret" in highlighted, highlighted
    expect(page.get_by_test_id("mark-ready")).to_be_disabled()
    assert_accessible(page, "outbox review")
    screenshot(page, "outbox-review")

    page.get_by_role("link", name="All drafts").click()
    expect(page.get_by_test_id("draft-list")).to_contain_text("regret")
    expect(page.locator('[data-testid^="draft-item-"][data-verdict="hold"]').first).to_be_visible()
    assert_accessible(page, "outbox")
    screenshot(page, "outbox")


def test_a_journal_entry_is_saved_and_drawn_in_the_weekly_charts(page: Any) -> None:
    # A day long past, so the chart's week holds this entry alone whatever else ran.
    page.goto("/journal")
    page.locator("#entry-date").fill("2019-03-06")
    page.locator("#actions").fill("walked to the lake instead of checking their profile")
    page.locator("label[for=mood-7]").click()
    page.locator("#urges").fill("2")
    page.get_by_test_id("save-entry").click()

    expect(page.get_by_test_id("entry-saved")).to_be_visible()
    expect(page).to_have_url(re.compile(r"until=2019-03-06"))
    entries = page.get_by_test_id("entries")
    expect(entries).to_contain_text("walked to the lake")
    expect(entries).to_contain_text("mood 7 of 10")
    mood_dots = page.locator("[data-testid=chart-mood] circle")
    expect(mood_dots).to_have_count(1)
    expect(mood_dots.locator("title")).to_have_text(re.compile(r": 7$"))
    urge_bars = page.locator("[data-testid=chart-urges] rect")
    expect(urge_bars).to_have_count(1)
    expect(urge_bars.locator("title")).to_have_text(re.compile(r"urges: 2$"))
    assert_accessible(page, "journal")
    screenshot(page, "journal")


@pytest.mark.parametrize("note", URGENT_NOTES)
def test_an_urgent_journal_note_shows_the_crisis_line_before_anything_else(
    page: Any, note: str
) -> None:
    page.goto("/journal")
    page.locator("label[for=mood-2]").click()
    page.locator("#note").fill(note)
    page.get_by_test_id("save-entry").click()

    expect(page).to_have_url(re.compile(r"/pause\?"))
    pause = page.get_by_test_id("urgent-pause")
    expect(pause).to_be_visible()
    # The crisis section is the first thing in the main content, and its lines come
    # before any words of explanation.
    first_in_main = page.locator("main > *").first
    expect(first_in_main).to_have_attribute("data-testid", "urgent-pause")
    lines = pause.get_by_test_id("crisis-lines")
    expect(lines.locator("li").first).to_be_visible()
    order = pause.evaluate(
        """section => [...section.querySelectorAll('[data-testid=crisis-lines], p')]
                     .map(e => e.dataset.testid || 'p')"""
    )
    assert order[0] == "crisis-lines", order
    assert_accessible(page, "pause after an urgent journal note")

    # Going on is the person's choice, and what they wrote was kept.
    page.get_by_test_id("continue-after-pause").click()
    expect(page).to_have_url(re.compile(r"/journal"))
    expect(page.get_by_test_id("entries")).to_contain_text(note)


def test_the_help_page_lists_crisis_lines(page: Any) -> None:
    page.goto("/help")
    expect(page.get_by_test_id("help-title")).to_be_visible()
    expect(page.get_by_test_id("crisis-lines").locator("li").first).to_be_visible()
    assert_accessible(page, "help")
    screenshot(page, "help")


def test_an_urgent_answer_in_the_assessment_puts_the_crisis_banner_on_the_result(
    fresh_page: Any,
) -> None:
    page = fresh_page
    page.goto("/")
    page.get_by_test_id("start-assessment").click()
    page.get_by_test_id("next").click()  # situation, skipped
    fill_topic(page, {"wellbeing": {"self_harm_thoughts": "frequent", "distress": 9}})
    page.get_by_test_id("next").click()
    expect(page).to_have_url(re.compile(r"/pause\?"))
    expect(page.get_by_test_id("urgent-pause")).to_be_visible()
    expect(page.get_by_test_id("urgent-pause").get_by_test_id("crisis-lines")).to_be_visible()
    assert_accessible(page, "pause after an urgent answer")
    screenshot(page, "pause")
    page.get_by_test_id("continue-after-pause").click()
    expect(page).to_have_url(re.compile(r"/assessment/safety$"))
    page.goto("/assessment/finish")
    page.get_by_test_id("finish").click()

    expect(page).to_have_url(re.compile(r"/results/\d+$"))
    banner = page.get_by_test_id("crisis-banner")
    expect(banner).to_be_visible()
    expect(banner).to_have_attribute("data-level", "urgent")
    expect(banner.get_by_test_id("crisis-lines").locator("li").first).to_be_visible()
    # The banner comes before the path itself.
    before = page.evaluate(
        """() => {
             const banner = document.querySelector('[data-testid=crisis-banner]');
             const path = document.querySelector('[data-testid=path-name]');
             return !!(banner.compareDocumentPosition(path) & Node.DOCUMENT_POSITION_FOLLOWING);
           }"""
    )
    assert before, "the crisis banner should come before the path name"
    assert_accessible(page, "result with the crisis banner")
    screenshot(page, "result-urgent")
