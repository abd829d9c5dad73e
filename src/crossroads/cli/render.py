"""How results look in a terminal (rich). Safety always comes first on screen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from crossroads.core.content import Content
from crossroads.core.result import Assessment, Resource
from crossroads.i18n import _

if TYPE_CHECKING:
    from crossroads.storage import PathChange, StoredAssessment


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def resource_lines(resources: Sequence[Resource] | Sequence[dict[str, str]]) -> list[str]:
    lines = []
    for resource in resources:
        name, contact = (
            (resource.name, resource.contact)
            if isinstance(resource, Resource)
            else (resource["name"], resource["contact"])
        )
        lines.append(f"• [bold]{escape(name)}[/bold]: {escape(contact)}")
    return lines


def render_safety_message(
    out: Console, content: Content, level: str, abuse: bool, resources: Sequence[Resource]
) -> None:
    """The safe-messaging panel: the person's line first, then a direct, gentle word."""
    if level == "none" and not abuse:
        return
    message = (
        content.safety.urgent
        if level == "urgent"
        else (content.safety.check_in if level == "check_in" else content.safety.abuse)
    )
    body = [*resource_lines(resources), "", *(escape(line) for line in message.body)]
    if message.question:
        body += ["", f"[bold]{escape(message.question)}[/bold]"]
    style = "red" if level == "urgent" else "yellow"
    out.print(Panel("\n".join(body), title=escape(message.title), border_style=style))


def render_assessment(out: Console, result: Assessment, content: Content) -> None:
    safety = result.safety
    render_safety_message(out, content, safety.self_harm, safety.abuse, safety.resources)
    path = content.paths[result.path]
    out.print(
        Panel(Text(path.summary), title=f"[bold]{escape(path.name)}[/bold]", border_style="cyan")
    )
    out.print(f"[bold]{escape(_('Why this path'))}[/bold]")
    for reason in result.reasons:
        out.print(f"  • {escape(reason.because)} [dim]({', '.join(reason.ids)})[/dim]")
    out.print()
    out.print(f"[bold]{escape(_('Your plan'))}[/bold]")
    for number, section in enumerate(result.plan, start=1):
        steps = "\n".join(f"☐ {escape(step)}" for step in section.steps)
        title = f"{number}. {escape(section.title)} [dim]({', '.join(section.ids)})[/dim]"
        out.print(Panel(steps, title=title, title_align="left", border_style="dim"))
    if result.unanswered:
        out.print(
            f"[dim]{escape(_('Not yet answered, so not weighed:'))} "
            f"{escape(', '.join(result.unanswered))}[/dim]"
        )
    out.print(f"[dim]{escape(content.safety.not_therapy)}[/dim]")


def render_screen(text: str, result: dict[str, Any]) -> None:
    from crossroads.content import load_content

    content = load_content()
    out = console()
    if result["self_harm"] == "none" and not result["abuse"]:
        out.print(_("No signs of self-harm or abuse were found in this text."))
        return
    resources = [Resource(r["name"], r["contact"], r["country"]) for r in result["resources"]]
    render_safety_message(out, content, result["self_harm"], result["abuse"], resources)


def render_review(text: str, result: dict[str, Any]) -> None:
    out = console()
    verdicts = {
        "hold": _("Hold this message: don't send it as it is."),
        "revise": _("Worth revising before you send it."),
        "ready": _("This reads calm and respectful. Sleep on it before sending."),
    }
    if result["self_harm"] != "none":
        render_screen(text, result)
    highlighted = Text(text)
    for flag in result["flags"]:
        highlighted.stylize("bold red underline", flag["start"], flag["end"])
    for strength in result["strengths"]:
        highlighted.stylize("green", strength["start"], strength["end"])
    out.print(Panel(highlighted, title=escape(verdicts[result["verdict"]])))
    for flag in result["flags"]:
        quote = text[flag["start"] : flag["end"]]
        out.print(
            Group(
                Text.assemble(
                    ("“" + quote + "”", "bold"), f"  ({flag['category']}, {', '.join(flag['ids'])})"
                ),
                Text("  " + flag["why"]),
                Text.assemble(("  " + _("Instead:") + " ", "green"), flag["instead"]),
            )
        )
    out.print(f"[dim]{escape(_('Crossroads never sends anything.'))}[/dim]")


def render_history(
    out: Console, past: Sequence[StoredAssessment], changes: Sequence[PathChange]
) -> None:
    from crossroads.content import load_content

    if not past:
        out.print(_("No completed assessments yet. Run `crossroads assess` to start one."))
        return
    paths = load_content().paths
    for item in past:
        when = (item.completed_at or item.updated_at).strftime("%Y-%m-%d %H:%M")
        name = paths[item.path].name if item.path in paths else str(item.path)
        out.print(f"{when}  [bold]{escape(name)}[/bold]")
    if changes:
        out.print()
        out.print(f"[bold]{escape(_('How your path changed'))}[/bold]")
        for change in changes:
            before = paths[change.from_path].name if change.from_path in paths else change.from_path
            after = paths[change.to_path].name if change.to_path in paths else change.to_path
            out.print(f"  {change.when.strftime('%Y-%m-%d')}: {escape(before)} → {escape(after)}")
    else:
        out.print(_("Your path has stayed the same across these assessments."))
