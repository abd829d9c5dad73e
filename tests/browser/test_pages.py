"""Every page: the crisis link, accessibility, phone width, and use by keyboard alone."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.support import PHONE, assert_accessible

# Pages a person can open directly; the session's app may hold data from other tests.
PAGES = [
    "/",
    "/assessment",
    "/results",
    "/journal",
    "/outbox",
    "/history",
    "/help",
    "/no-such-page",
]


def test_the_crisis_link_is_visible_on_every_page_at_both_widths(page: Any) -> None:
    missing = []
    for path in PAGES:
        for size in (None, PHONE):
            if size:
                page.set_viewport_size(size)
            page.goto(path)
            link = page.get_by_test_id("crisis-link")
            box = link.bounding_box() if link.count() == 1 and link.is_visible() else None
            height = (size or {"height": 800})["height"]
            if box is None or box["y"] < 0 or box["y"] + box["height"] > height:
                missing.append(f"{path} at {size or 'desktop'}")
            elif link.get_attribute("href") != "/help":
                missing.append(f"{path}: the crisis link points to {link.get_attribute('href')}")
            page.set_viewport_size({"width": 1280, "height": 800})
    assert not missing, "no visible crisis link at the top of: " + ", ".join(missing)


def test_the_crisis_link_is_on_every_step_of_the_assessment(fresh_page: Any) -> None:
    page = fresh_page
    page.goto("/")
    page.get_by_test_id("start-assessment").click()
    seen = 0
    while not page.url.endswith("/assessment/finish") and seen < 40:
        expect(page.get_by_test_id("crisis-link")).to_be_visible()
        page.get_by_test_id("next").click()
        seen += 1
    expect(page.get_by_test_id("crisis-link")).to_be_visible()
    assert seen >= 5, f"only {seen} assessment steps"


@pytest.mark.parametrize("path", PAGES)
def test_each_page_has_no_serious_accessibility_problem(page: Any, path: str) -> None:
    page.goto(path)
    assert_accessible(page, path)
    page.set_viewport_size(PHONE)
    assert_accessible(page, f"{path} at 375 px")


@pytest.mark.parametrize("path", PAGES)
def test_each_page_fits_a_phone_without_sideways_scrolling(page: Any, path: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(path)
    wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                               + (e.className && typeof e.className === 'string'
                                  ? '.' + e.className.split(' ').join('.') : ''))"""
    )
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{path} is {width}px wide at 375px; too wide: {wide}"


def _tab_to(page: Any, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def _focus_is_visible(page: Any) -> bool:
    return bool(
        page.evaluate(
            """() => {
                 const style = getComputedStyle(document.activeElement);
                 return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                        || style.boxShadow !== 'none';
               }"""
        )
    )


def test_an_assessment_screen_can_be_answered_with_the_keyboard_alone(fresh_page: Any) -> None:
    page = fresh_page
    page.goto("/")
    _tab_to(page, "[data-testid=start-assessment]")
    assert _focus_is_visible(page), "the start button shows no focus ring"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/assessment/situation$"))

    # A radio group: Tab lands on the checked option ("skip", the last); arrows choose.
    _tab_to(page, "input[name='situation.who_ended']")
    page.keyboard.press("ArrowDown")  # wraps round to the first option
    first_value = page.evaluate("() => document.activeElement.value")
    assert page.evaluate("() => document.activeElement.checked")
    assert _focus_is_visible(page), "a focused radio button shows no focus ring"

    _tab_to(page, "input[name='situation.relationship_months']")
    page.keyboard.type("30")
    _tab_to(page, "input[name='situation.weeks_since_breakup']")
    page.keyboard.type("6")
    _tab_to(page, "input[name='situation.children']")
    page.keyboard.press("ArrowDown")
    children = page.evaluate("() => document.activeElement.value")

    _tab_to(page, "[data-testid=next]")
    assert _focus_is_visible(page), "the Next button shows no focus ring"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/assessment/wellbeing$"))

    # Back (by keyboard too): the answers were kept.
    _tab_to(page, "[data-testid=back]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/assessment/situation$"))
    expect(
        page.locator(f"input[name='situation.who_ended'][value='{first_value}']")
    ).to_be_checked()
    expect(page.locator("input[name='situation.relationship_months']")).to_have_value("30")
    expect(page.locator("input[name='situation.weeks_since_breakup']")).to_have_value("6")
    expect(page.locator(f"input[name='situation.children'][value='{children}']")).to_be_checked()


def test_the_skip_link_moves_the_focus_to_the_main_content(page: Any) -> None:
    page.goto("/journal")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_enter_in_a_field_goes_to_the_next_topic_though_back_comes_first(
    fresh_page: Any,
) -> None:
    page = fresh_page
    page.goto("/")
    page.get_by_test_id("start-assessment").click()
    expect(page).to_have_url(re.compile(r"/assessment/situation$"))
    back, next_ = page.get_by_test_id("back").bounding_box(), page.get_by_test_id("next").bounding_box()
    assert back and next_ and back["x"] < next_["x"], "Back should sit left of Next"
    shown = page.locator("[data-testid=topic-form] button:visible").all_inner_texts()
    assert shown.count("Next") == 1, shown
    # The country code box shows only once "somewhere else" is chosen.
    expect(page.locator("#q-situation-country-other")).to_be_hidden()
    page.locator("#q-situation-country").select_option("other")
    expect(page.locator("#q-situation-country-other")).to_be_visible()
    page.locator("#q-situation-country").select_option("")

    page.locator("input[name='situation.relationship_months']").fill("30")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/assessment/wellbeing$"))
    expect(page.locator("#progress-bar")).to_have_attribute("value", "2")
