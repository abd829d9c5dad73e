"""Small server-rendered SVG charts: no JavaScript, no external anything.

Pure functions from numbers to SVG text. Each chart carries a <title> and a <desc>
that says in words what it shows, so a screen reader gets the same story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# Sized for a phone: at 375 px the chart is drawn about 1:1, so the 13-unit labels of the
# style sheet stay at least 12 px; wider screens show two charts a row (see style.css).
WIDTH, HEIGHT = 340, 190
LEFT, RIGHT, TOP, BOTTOM = 28, 22, 16, 30  # room for the latest week's label
LABELS_SHOWN = 4  # week labels under the axis, counted back from the latest week
DOT_RADIUS = 5


@dataclass(frozen=True)
class Series:
    """One row of values, one per label; None where there is nothing to draw."""

    name: str
    values: Sequence[float | None]
    css_class: str = "bar"


def _frame(chart_id: str, title: str, desc: str, body: list[str]) -> str:
    return (
        f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" '
        f'xmlns="http://www.w3.org/2000/svg" data-testid="{escape(chart_id)}">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(chart_id)}-desc">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _nice_top(values: Sequence[float | None], minimum: float) -> float:
    highest = max((value for value in values if value is not None), default=0.0)
    return max(minimum, float(highest))


def _axes(labels: Sequence[str], top: float) -> list[str]:
    plot_bottom = HEIGHT - BOTTOM
    parts = [
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{plot_bottom}" '
        'stroke="currentColor" stroke-width="1"/>',
        f'<line class="axis" x1="{LEFT}" y1="{plot_bottom}" x2="{WIDTH - RIGHT}" '
        f'y2="{plot_bottom}" stroke="currentColor" stroke-width="1"/>',
        f'<text x="{LEFT - 5}" y="{TOP + 5}" text-anchor="end">{_number(top)}</text>',
        f'<text x="{LEFT - 5}" y="{plot_bottom}" text-anchor="end">0</text>',
    ]
    step = _slot(len(labels))
    every = max(1, -(-len(labels) // LABELS_SHOWN))
    for index, label in enumerate(labels):
        # Counted back from the latest week, so the newest label is always shown.
        if (len(labels) - 1 - index) % every == 0:
            x = LEFT + step * index + step / 2
            parts.append(f'<text x="{x:.1f}" y="{HEIGHT - 9}" text-anchor="middle">'
                         f"{escape(label)}</text>")
    return parts


def _slot(count: int) -> float:
    return (WIDTH - LEFT - RIGHT) / max(count, 1)


def _y(value: float, top: float) -> float:
    plot_height = HEIGHT - TOP - BOTTOM
    return HEIGHT - BOTTOM - plot_height * (value / top if top else 0)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def line_chart(chart_id: str, title: str, desc: str, labels: Sequence[str],
               series: Series, top: float = 10) -> str:
    """A line through the values (gaps where a value is None), on a 0..top scale."""
    top = _nice_top(series.values, top)
    step = _slot(len(labels))
    dots: list[str] = []
    runs: list[list[str]] = [[]]
    for index, value in enumerate(series.values):
        if value is None:
            runs.append([])
            continue
        x, y = LEFT + step * index + step / 2, _y(value, top)
        runs[-1].append(f"{x:.1f},{y:.1f}")
        dots.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="{DOT_RADIUS}">'
                    f"<title>{escape(labels[index])}: {_number(value)}</title></circle>")
    lines = [
        f'<polyline class="{escape(series.css_class)}" points="{" ".join(points)}" '
        'fill="none" stroke="currentColor"/>'
        for points in runs if len(points) > 1
    ]
    return _frame(chart_id, title, desc, [*_axes(labels, top), *lines, *dots])


def bar_chart(chart_id: str, title: str, desc: str, labels: Sequence[str],
              series: Sequence[Series], top: float = 1) -> str:
    """Bars side by side for each label, one per series, on a 0..top scale."""
    top = _nice_top([value for row in series for value in row.values], top)
    step = _slot(len(labels))
    width = step * 0.8 / max(len(series), 1)
    body = _axes(labels, top)
    for order, row in enumerate(series):
        for index, value in enumerate(row.values):
            if not value:
                continue
            x = LEFT + step * index + step * 0.1 + width * order
            y = _y(value, top)
            body.append(
                f'<rect class="{escape(row.css_class)}" x="{x:.1f}" y="{y:.1f}" '
                f'width="{width:.1f}" height="{HEIGHT - BOTTOM - y:.1f}">'
                f"<title>{escape(labels[index])}, {escape(row.name)}: {_number(value)}</title></rect>"
            )
    return _frame(chart_id, title, desc, body)
