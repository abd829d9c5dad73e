"""The interactive assessment in a terminal: one question at a time, resumable.

Every answer is saved as it is given, so Ctrl-C, a closed laptop or a dropped SSH
session loses nothing: the next `crossroads assess` picks up at the same question.
Free texts are screened as soon as they are written (S1, S2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from crossroads.cli.render import console, render_assessment, render_safety_message
from crossroads.core.answers import InvalidAnswers, parse_answers, resolve_pointer
from crossroads.core.content import Content, Question, Topic
from crossroads.core.result import SelfHarmLevel
from crossroads.i18n import _

BACK, SKIP, QUIT = "b", "", "q"


class Back(Exception):
    """The person asked to return to the previous question."""


class Quit(Exception):
    """The person asked to stop for now; their answers are saved."""


@dataclass
class Journey:
    """Where a person is in the questionnaire, and what they have answered so far."""

    content: Content
    answers: dict[str, Any] = field(default_factory=lambda: {"version": 1})
    position: int = 0

    @property
    def steps(self) -> list[tuple[Topic, Question]]:
        return [(topic, q) for topic in self.content.questionnaire.topics for q in topic.questions]

    def applies(self, question: Question) -> bool:
        return question.applies(lambda pointer: resolve_pointer(self.answers, pointer))

    def set(self, pointer: str, value: Any) -> None:
        *parents, leaf = pointer.strip("/").split("/")
        node = self.answers
        for name in parents:
            node = node.setdefault(name, {})
        if value is None:
            node.pop(leaf, None)
            if parents and not node:
                self.set("/" + "/".join(parents), None)
        else:
            node[leaf] = value

    def country(self) -> str | None:
        value = resolve_pointer(self.answers, "/situation/country")
        return value if isinstance(value, str) else None


def _hint(question: Question) -> str:
    hints = {
        "scale10": _("0 to 10"),
        "agree": _("0 to 4"),
        "yesno": _("y or n"),
        "number": _("a number"),
        "text": _("your own words"),
    }
    return hints.get(question.kind, _("a number from the list"))


def _options_text(question: Question, content: Content) -> list[str]:
    if question.kind == "agree":
        return [
            f"{value} {label}" for value, label in enumerate(content.questionnaire.agree_labels)
        ]
    if question.kind == "scale10":
        q = content.questionnaire
        return [q.scale10_low, q.scale10_high]
    lines = [f"{number}. {option.label}" for number, option in enumerate(question.options, start=1)]
    if question.kind == "country" and question.other_label:
        lines.append(question.other_label)
    return lines


def parse_reply(question: Question, reply: str) -> Any:
    """The answer value for a typed reply; ValueError with a plain message if it doesn't fit."""
    reply = reply.strip()
    if question.kind in ("scale10", "agree", "number"):
        low = question.minimum if question.minimum is not None else 0
        high = (
            question.maximum
            if question.maximum is not None
            else (10 if question.kind == "scale10" else 4)
        )
        if not re.fullmatch(r"\d+", reply) or not low <= int(reply) <= high:
            raise ValueError(
                _("Please type a whole number from {low} to {high}.").format(low=low, high=high)
            )
        return int(reply)
    if question.kind == "yesno":
        lowered = reply.lower()
        if lowered in ("y", "yes", _("y"), _("yes")):
            return True
        if lowered in ("n", "no", _("n"), _("no")):
            return False
        raise ValueError(_("Please type y for yes or n for no."))
    if question.kind in ("choice", "country"):
        if reply.isdigit() and 1 <= int(reply) <= len(question.options):
            return question.options[int(reply) - 1].value
        if (
            question.kind == "country"
            and question.pattern
            and re.fullmatch(question.pattern, reply.upper())
        ):
            return reply.upper()
        raise ValueError(_("Please type the number of one of the options."))
    if question.kind == "text":
        limit = question.max_length or 4000
        if len(reply) > limit:
            raise ValueError(
                _("That is a little long; please keep it under {limit} characters.").format(
                    limit=limit
                )
            )
        return reply
    raise ValueError(question.kind)


class Terminal:
    """Asks and reads, and screens every free text the moment it is written."""

    def __init__(self, out: Console, journey: Journey) -> None:
        self.out = out
        self.journey = journey

    def read(self, prompt: str) -> str:
        return self.out.input(prompt)

    def ask(self, question: Question, header: str, current: Any, allow_back: bool = True) -> Any:
        """One question until a valid reply: the value, None for skip; raises Back/Quit."""
        self.out.print(header)
        self.out.print(f"[bold]{escape(question.prompt)}[/bold]")
        if question.help:
            self.out.print(f"[dim]{escape(question.help)}[/dim]")
        for line in _options_text(question, self.journey.content):
            self.out.print(f"  {escape(line)}")
        if current is not None:
            self.out.print(f"[dim]{escape(_('Your answer so far:'))} {escape(str(current))}[/dim]")
        keys = _("Enter to skip, b to go back, q to stop for now")
        while True:
            reply = self.read(f"[cyan]› ({escape(_hint(question))}; {escape(keys)}) [/cyan]")
            command = reply.strip().lower()
            if command == SKIP:
                return current  # keeps an earlier answer; skips a new question
            if command == BACK and allow_back:
                raise Back
            if command == QUIT:
                raise Quit
            try:
                value = parse_reply(question, reply)
            except ValueError as problem:
                self.out.print(f"[yellow]{escape(str(problem))}[/yellow]")
                continue
            if question.kind == "text":
                self.screen(value)
            return value

    def screen(self, text: str) -> None:
        """S1/S2: a free text that raises a level shows the person's lines at once and pauses."""
        from crossroads.core.resources import resources_for
        from crossroads.core.text.screen import screen_text

        result = screen_text(text)
        if result.self_harm == "none" and not result.abuse:
            return
        content = self.journey.content
        lines = resources_for(
            content.resources, self.journey.country(), result.self_harm, result.abuse
        )
        render_safety_message(self.out, content, result.self_harm, result.abuse, lines)
        self.read(f"[cyan]{escape(_('Press Enter when you are ready to go on.'))}[/cyan]")

    def ask_list(self, question: Question, header: str) -> list[dict[str, Any]] | None:
        """A list answer (causes, own part): items one by one, Enter on an empty line to finish."""
        existing = resolve_pointer(self.journey.answers, question.field) or []
        self.out.print(header)
        self.out.print(f"[bold]{escape(question.prompt)}[/bold]")
        if question.help:
            self.out.print(f"[dim]{escape(question.help)}[/dim]")
        if existing:
            self.out.print(
                _(
                    "You already wrote {count}. Enter keeps them; type c to clear them and start again."
                ).format(count=len(existing))
            )
            reply = self.read("[cyan]› [/cyan]").strip().lower()
            if reply == BACK:
                raise Back
            if reply == QUIT:
                raise Quit
            if reply != "c":
                return list(existing)
        items: list[dict[str, Any]] = []
        text_question, *detail_questions = question.item_questions
        limit = question.maximum or 50
        while len(items) < limit:
            label = _(
                "Item {number} (Enter on an empty line when you are done; b to go back)"
            ).format(number=len(items) + 1)
            self.out.print(f"[dim]{escape(label)}[/dim]")
            self.out.print(f"[bold]{escape(text_question.prompt)}[/bold]")
            reply = self.read("[cyan]› [/cyan]")
            command = reply.strip()
            if not command:
                break
            if command.lower() == BACK and not items:
                raise Back
            if command.lower() == QUIT:
                if items:  # keep what was written so far
                    self.journey.set(question.field, items)
                raise Quit
            try:
                text = parse_reply(text_question, command)
            except ValueError as problem:
                self.out.print(f"[yellow]{escape(str(problem))}[/yellow]")
                continue
            self.screen(text)
            item: dict[str, Any] = {"text": text}
            for detail in detail_questions:
                try:
                    value = self.ask(detail, "", None, allow_back=False)
                except Back:
                    value = None
                except Quit:
                    self.journey.set(question.field, [*items, item])
                    raise
                if value is not None:
                    item[detail.field.strip("/")] = value
            items.append(item)
        return items or None


def _progress(position: int, total: int, topic: Topic) -> str:
    width = 20
    done = round(width * position / max(total, 1))
    bar = "━" * done + "─" * (width - done)
    count = _("Question {number} of {total}").format(number=position + 1, total=total)
    return f"\n[cyan]{bar}[/cyan] {escape(count)} · [bold]{escape(topic.title)}[/bold]"


def welcome(out: Console, content: Content) -> None:
    out.print(
        Panel(
            "\n".join(
                [
                    _(
                        "Crossroads asks the questions a good counselor would ask, then suggests a path and a plan."
                    ),
                    _("It is self-help, not therapy. Your answers stay on this computer."),
                    _("You can skip any question, go back, or stop and pick up later."),
                    "",
                    f"[bold]{escape(content.resources.emergency_advice)}[/bold]",
                ]
            ),
            title="Crossroads",
            border_style="cyan",
        )
    )


def run_journey(database_url: str | None, restart: bool = False, out: Console | None = None) -> int:
    """Run (or resume) the interactive assessment; the exit code to return."""
    from crossroads.content import load_content
    from crossroads.core.engine import evaluate
    from crossroads.services import assessments
    from crossroads.settings import InvalidSettings

    out = out or console()
    content = load_content()
    try:
        repository = assessments(database_url)
    except InvalidSettings as error:
        out.print(f"[red]{escape(str(error))}[/red]")
        return 2
    stored = repository.in_progress()
    if stored is not None and restart:
        repository.discard(stored.id)
        stored = None
    if stored is None:
        welcome(out, content)
        stored = repository.start(content.language)
        journey = Journey(content)
    else:
        journey = Journey(content, dict(stored.answers) or {"version": 1}, stored.position)
        out.print(f"[cyan]{escape(_('Welcome back. Picking up where you stopped.'))}[/cyan]")

    def save() -> None:
        repository.save_progress(stored.id, journey.answers, journey.position)

    terminal = Terminal(out, journey)
    steps = journey.steps
    try:
        while journey.position < len(steps):
            topic, question = steps[journey.position]
            if not journey.applies(question):
                journey.set(question.field, None)
                journey.position += 1
                continue
            header = _progress(journey.position, len(steps), topic)
            try:
                if question.kind == "list":
                    value: Any = terminal.ask_list(question, header)
                else:
                    current = resolve_pointer(journey.answers, question.field)
                    value = terminal.ask(question, header, current)
            except Back:
                journey.position = _previous(journey, journey.position)
                save()
                continue
            journey.set(question.field, value)
            if question.field == "/wellbeing/self_harm_thoughts" and value in (
                "passing",
                "frequent",
                "plan",
            ):
                _pause_for_safety(terminal, "urgent" if value != "passing" else "check_in")
            journey.position += 1
            save()
    except (Quit, KeyboardInterrupt, EOFError):
        save()
        out.print()
        out.print(
            f"[cyan]{escape(_('Saved. Run `crossroads assess` again to pick up where you left off.'))}[/cyan]"
        )
        return 0

    try:
        answers = parse_answers(journey.answers)
    except InvalidAnswers as error:  # only if the content offered a value the schema refuses
        out.print(f"[red]{escape(str(error))}[/red]")
        return 2
    result = evaluate(answers, content)
    repository.complete(stored.id, answers.to_json(), result.to_json(), result.path)
    render_assessment(out, result, content)
    return 0


def _previous(journey: Journey, position: int) -> int:
    steps = journey.steps
    position -= 1
    while position > 0 and not journey.applies(steps[position][1]):
        position -= 1
    return max(position, 0)


def _pause_for_safety(terminal: Terminal, level: SelfHarmLevel) -> None:
    from crossroads.core.resources import resources_for

    content = terminal.journey.content
    lines = resources_for(content.resources, terminal.journey.country(), level, False)
    render_safety_message(terminal.out, content, level, False, lines)
    terminal.read(f"[cyan]{escape(_('Press Enter when you are ready to go on.'))}[/cyan]")
