"""Helpers shared by the browser tests: where things are, axe-core checks, screenshots."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"

# Flags that keep Chromium quiet on a machine with a closed network and no screen.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}

# axe impacts that fail a page; "minor" and "moderate" are reported by axe but tolerated.
BLOCKING_IMPACTS = frozenset({"serious", "critical"})


def unavailable(reason: str) -> NoReturn:
    """Skip on a developer machine, fail in CI: a missing tool must never pass CI silently."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required when CI=true)", pytrace=False)
    pytest.skip(reason)


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now and return its violations."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # The app's Content-Security-Policy rightly refuses inline <script> tags, so
        # add_script_tag(content=...) is blocked; the DevTools protocol is not, and
        # bypass_csp is not used, so CSP mistakes in the app still show up in the tests.
        page.evaluate(AXE_SCRIPT.read_text() + "\n;undefined")
    result: dict[str, Any] = page.evaluate(
        "async () => await window.axe.run(document, {resultTypes: ['violations']})"
    )
    return list(result["violations"])


def describe_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- [{violation.get('impact')}] {violation['id']}: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation.get("nodes", [])[:5]:
            target = ", ".join(str(part) for part in node.get("target", []))
            lines.append(f"    at {target}: {node.get('failureSummary', '').strip()}")
    return "\n".join(lines)


def assert_accessible(page: Any, where: str = "") -> None:
    """Fail when axe-core finds a serious or critical violation; print them all."""
    blocking = [v for v in axe_violations(page) if v.get("impact") in BLOCKING_IMPACTS]
    if blocking:
        label = where or page.url
        report = describe_violations(blocking)
        print(f"axe violations on {label}:\n{report}")
        pytest.fail(f"axe-core found serious or critical problems on {label}:\n{report}")


def screenshot(page: Any, name: str) -> list[Path]:
    """Save the whole page at desktop (1280×800) and phone (375×812) widths."""
    ARTIFACTS.mkdir(exist_ok=True)
    original = page.viewport_size or DESKTOP
    saved = []
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.wait_for_timeout(50)
        path = ARTIFACTS / f"{name}-{label}.png"
        # caret="hide" would inject a style the app's CSP refuses (and htmx then copies).
        page.screenshot(path=str(path), full_page=True, caret="initial")
        saved.append(path)
    page.set_viewport_size(original)
    return saved


def answer_at(answers: dict[str, Any], name: str) -> Any:
    """The value a form field stands for: `causes.0.text` is answers["causes"][0]["text"]."""
    value: Any = answers
    for part in name.split("."):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fill_topic(page: Any, answers: dict[str, Any]) -> list[str]:
    """Answer the assessment page on screen as `answers` says, the way a person would:
    clicking radio labels, typing numbers and text, picking from lists. Returns the names."""
    form = page.get_by_test_id("topic-form")
    names: list[str] = form.evaluate(
        "form => [...new Set([...form.elements].map(e => e.name).filter(Boolean))]"
    )
    filled = []
    for name in names:
        if name == "action" or name.endswith((".rows", ".other")):
            continue
        value = answer_at(answers, name)
        if value is None or isinstance(value, dict | list):
            continue
        text = form_value(value)
        field = form.locator(f'[name="{name}"]').first
        kind = field.evaluate("e => e.type || e.tagName.toLowerCase()")
        if kind == "radio":
            form.locator(f'input[type=radio][name="{name}"][value="{text}"]').check()
        elif kind == "select-one":
            values = field.evaluate("e => [...e.options].map(o => o.value)")
            if text in values:
                field.select_option(text)
            else:
                field.select_option("other")
                form.locator(f'[name="{name}.other"]').fill(text)
        else:
            field.fill(text)
        filled.append(name)
    return filled
