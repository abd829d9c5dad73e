"""The assessment as web forms: one topic per page, answers read from form fields.

Form field names are the answer's JSON pointer with dots: ``/situation/who_ended`` is
``situation.who_ended``; list items add their index: ``causes.0.text``. Values are
plain strings: ``true``/``false`` for yes/no, the option value otherwise. An empty
value means "not answered", so every question can be skipped.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crossroads.core.answers import resolve_pointer
from crossroads.core.content import Content, Question, Topic
from crossroads.i18n import _

OTHER = "other"
LIST_BLANK_ROWS = 2


def name_of(pointer: str) -> str:
    return pointer.strip("/").replace("/", ".")


def encode(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def steps(content: Content) -> list[tuple[Topic, Question]]:
    return [(topic, q) for topic in content.questionnaire.topics for q in topic.questions]


def topic_index(content: Content, key: str) -> int | None:
    for index, topic in enumerate(content.questionnaire.topics):
        if topic.key == key:
            return index
    return None


def position_of(content: Content, topic: Topic) -> int:
    """The journey position (question index) at which ``topic`` starts (shared with the CLI)."""
    for index, (owner, _question) in enumerate(steps(content)):
        if owner.key == topic.key:
            return index
    return 0


def topic_at(content: Content, position: int) -> int:
    """The topic index holding question ``position``; past the end means "finished"."""
    all_steps = steps(content)
    if position >= len(all_steps):
        return len(content.questionnaire.topics)
    key = all_steps[max(position, 0)][0].key
    return topic_index(content, key) or 0


def applies(question: Question, answers: Mapping[str, Any]) -> bool:
    return all(
        resolve_pointer(answers, other) in allowed for other, allowed in question.ask_if.items()
    )


def shown(topic: Topic, answers: Mapping[str, Any]) -> list[Question]:
    """The questions of a topic to show: those whose condition holds, and those whose
    condition rests on an answer on the same page (it may change there)."""
    here = {question.field for question in topic.questions}
    return [
        question for question in topic.questions
        if applies(question, answers) or set(question.ask_if) & here
    ]


def set_answer(answers: dict[str, Any], pointer: str, value: Any) -> None:
    *parents, leaf = pointer.strip("/").split("/")
    node = answers
    for name in parents:
        child = node.get(name)
        if not isinstance(child, dict):
            child = node[name] = {}
        node = child
    if value is None:
        node.pop(leaf, None)
        if parents and not node:
            set_answer(answers, "/" + "/".join(parents), None)
    else:
        node[leaf] = value


def drop_what_no_longer_applies(content: Content, answers: dict[str, Any]) -> None:
    """An answer to a question that no longer applies (its condition changed) is removed."""
    for _topic, question in steps(content):
        if question.ask_if and not applies(question, answers):
            set_answer(answers, question.field, None)


@dataclass
class TopicForm:
    """One topic as submitted: the answers it gives, and a message per field at fault."""

    answers: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)


def bounds(question: Question) -> tuple[int, int]:
    low = question.minimum if question.minimum is not None else 0
    default_high = {"scale10": 10, "agree": 4}.get(question.kind, 1_000_000)
    high = question.maximum if question.maximum is not None else default_high
    return low, high


def parse_value(question: Question, raw: str, other: str = "") -> Any:
    """The answer for one submitted field: None when left empty; ValueError when it doesn't fit."""
    raw = raw.strip()
    if question.kind == "country":
        code = other.strip().upper() if raw in ("", OTHER) else raw
        if not code:
            if raw == OTHER:
                raise ValueError(_("Please type the two-letter code of your country, or pick "
                                   "one from the list."))
            return None
        if question.pattern and not re.fullmatch(question.pattern, code):
            raise ValueError(_("Please type a two-letter country code, such as ES or BR."))
        return code
    if raw == "":
        return None
    if question.kind in ("scale10", "agree", "number"):
        low, high = bounds(question)
        if not re.fullmatch(r"\d+", raw) or not low <= int(raw) <= high:
            raise ValueError(_("Please give a whole number from %(low)s to %(high)s.")
                             % {"low": low, "high": high})
        return int(raw)
    if question.kind == "yesno":
        if raw not in ("true", "false"):
            raise ValueError(_("Please choose yes or no, or leave it empty."))
        return raw == "true"
    if question.kind == "choice":
        for option in question.options:
            if encode(option.value) == raw:
                return option.value
        raise ValueError(_("Please choose one of the options."))
    if question.kind == "text":
        limit = question.max_length or 4000
        if len(raw) > limit:
            raise ValueError(_("Please keep this under %(limit)s characters; it has %(count)s.")
                             % {"limit": limit, "count": len(raw)})
        return raw
    raise ValueError(question.kind)


def _list_rows(form: Mapping[str, str], name: str) -> int:
    try:
        rows = int(form.get(f"{name}.rows", "0"))
    except ValueError:
        rows = 0
    return max(0, min(rows, 60))


def read_topic(
    content: Content, topic: Topic, form: Mapping[str, str], answers: Mapping[str, Any]
) -> TopicForm:
    """Apply one topic's submitted fields to a copy of ``answers``."""
    result = TopicForm(answers=copy.deepcopy(dict(answers)), raw=dict(form))
    for question in shown(topic, answers):
        name = name_of(question.field)
        if question.kind == "list":
            _read_list(question, name, form, result)
            continue
        try:
            value = parse_value(question, form.get(name, ""), form.get(f"{name}.other", ""))
        except ValueError as problem:
            result.errors[name] = str(problem)
            continue
        set_answer(result.answers, question.field, value)
    drop_what_no_longer_applies(content, result.answers)
    return result


def _read_list(question: Question, name: str, form: Mapping[str, str], result: TopicForm) -> None:
    text_question, *details = question.item_questions
    items: list[dict[str, Any]] = []
    limit = question.maximum or 50
    for row in range(_list_rows(form, name)):
        prefix = f"{name}.{row}"
        text_name = f"{prefix}.{name_of(text_question.field)}"
        try:
            text = parse_value(text_question, form.get(text_name, ""))
        except ValueError as problem:
            result.errors[text_name] = str(problem)
            continue
        if not text:
            continue  # an empty row is left out, whatever was picked beside it
        item: dict[str, Any] = {"text": text}
        for detail in details:
            detail_name = f"{prefix}.{name_of(detail.field)}"
            try:
                value = parse_value(detail, form.get(detail_name, ""))
            except ValueError as problem:
                result.errors[detail_name] = str(problem)
                continue
            if value is not None:
                item[name_of(detail.field)] = value
        items.append(item)
    if len(items) > limit:
        result.errors[name] = _("Please keep the list to %(limit)s items.") % {"limit": limit}
        return
    set_answer(result.answers, question.field, items or None)


def free_texts(topic: Topic, answers: Mapping[str, Any]) -> list[str]:
    """Every free text this topic holds in ``answers``: each is screened before it is kept."""
    texts: list[str] = []
    for question in topic.questions:
        value = resolve_pointer(answers, question.field)
        if question.kind == "text" and isinstance(value, str):
            texts.append(value)
        elif question.kind == "list" and isinstance(value, list):
            texts.extend(item["text"] for item in value
                         if isinstance(item, dict) and isinstance(item.get("text"), str))
    return texts


def form_values(topic: Topic, answers: Mapping[str, Any]) -> dict[str, str]:
    """The form fields filled in from saved answers, for showing a topic again."""
    values: dict[str, str] = {}
    for question in topic.questions:
        name = name_of(question.field)
        value = resolve_pointer(answers, question.field)
        if question.kind == "list":
            items = value if isinstance(value, list) else []
            for row, item in enumerate(items):
                for detail in question.item_questions:
                    key = name_of(detail.field)
                    values[f"{name}.{row}.{key}"] = encode(item.get(key))
            values[f"{name}.rows"] = str(len(items) + LIST_BLANK_ROWS)
        elif question.kind == "country":
            listed = {encode(option.value) for option in question.options}
            code = encode(value)
            if code and code not in listed:
                values[name], values[f"{name}.other"] = OTHER, code
            else:
                values[name] = code
        else:
            values[name] = encode(value)
    return values


def choices(content: Content, question: Question) -> list[tuple[str, str]]:
    """(form value, label) pairs of a question answered by picking one."""
    if question.kind == "yesno":
        return [("true", _("Yes")), ("false", _("No"))]
    if question.kind == "agree":
        return [(str(value), f"{value} · {label}")
                for value, label in enumerate(content.questionnaire.agree_labels)]
    if question.kind == "scale10":
        low, high = bounds(question)
        return [(str(value), str(value)) for value in range(low, high + 1)]
    return [(encode(option.value), option.label) for option in question.options]


def answer_label(content: Content, question: Question, value: Any) -> str:
    """An answer in words, for the reasons and the comparison of two assessments."""
    if value is None:
        return _("not answered")
    if question.kind == "agree" and isinstance(value, int):
        labels = content.questionnaire.agree_labels
        return f"{value} · {labels[value]}" if 0 <= value < len(labels) else str(value)
    if question.kind == "scale10":
        return _("%(value)s of 10") % {"value": value}
    if question.kind == "yesno":
        return _("yes") if value else _("no")
    if question.kind in ("choice", "country"):
        for option in question.options:
            if option.value == value:
                return option.label
        return str(value)
    if question.kind == "list" and isinstance(value, list):
        return "; ".join(str(item.get("text", "")) for item in value if isinstance(item, dict))
    return str(value)
