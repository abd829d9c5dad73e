"""Plan building: the sections of one person's plan, in order, filled from their answers.

Which sections a path holds is decided here; what each section says lives in
``content/<language>/sections.yaml``. The plan is this person's: their weakest
chemistry element becomes the focus (C8), their own causes and own part feed the
heart-to-heart preparation (C7, E9), and the "still together" case gets its version.
"""

from __future__ import annotations

from crossroads.core import thresholds as t
from crossroads.core.content import Content, SectionText
from crossroads.core.readings import Readings
from crossroads.core.resources import line_texts
from crossroads.core.result import PlanSection
from crossroads.core.rules import Decision


def _section_keys(decision: Decision, r: Readings) -> list[str]:
    answers = r.answers
    situation = answers.situation
    keys: list[str] = []
    if decision.needs_more_answers:
        keys.append("finish_assessment")
    if r.self_harm == "urgent":
        keys.append("crisis_now")
    elif r.self_harm == "check_in":
        keys.append("check_in_support")

    if decision.path == "safety_first":
        # Everything else waits (S1): crisis lines, abuse lines if needed, then a counselor.
        keys = [key for key in keys if key != "finish_assessment"]
        if r.abuse:
            keys.append("abuse_support")
        return [*keys, "not_therapy"]

    pressure = ["stop_pressure"] if r.pressure_behaviors else []
    patterns = ["love_patterns"] if r.patterns_agreed else []
    if decision.path == "protect_yourself":
        keys += [
            "abuse_support",
            "safety_steps",
            "not_someone_to_win_back",
            "support_people",
            "self_nurture",
        ]
    elif decision.path == "heal_first":
        keys += ["mourn_and_calm", "support_people", "self_nurture"]
        if (
            answers.feelings
            and (answers.feelings.rely_on_them_to_soothe or 0) >= t.SOOTHE_RELIANCE.value
        ):
            keys.append("soothe_yourself")
        if r.fear_driven:
            keys.append("reassure_fear")
        keys += ["no_contact_from_need", *pressure]
        if situation and situation.ex_status == "with_someone_else":
            keys.append("rumination")
        keys += [*patterns, "orientation_questions", "reassess_heal"]
    elif decision.path == "weigh_their_return":
        keys += [
            "weigh_return",
            "return_conditions",
            "understand_why",
            "own_your_part",
            *patterns,
            "see_a_counselor",
            "review_before_sending",
        ]
    elif decision.path == "let_go":
        found = {finding.key for finding in decision.findings}
        keys.append("grief_and_growth")
        optional = {
            "short_relationship": "short_ended_by_them" in found,
            "not_a_clear_yes": "not_a_clear_yes" in found,
            "irreversible": "irreversible" in found,
            "wanting_to_be_wanted": bool(
                {"wants_to_be_wanted", "wants_to_be_wanted_scores"} & found
            ),
            "they_moved_on": "with_someone_else" in found,
            "they_said_no": "they_said_no" in found,
            "not_someone_to_win_back": "treated_poorly" in found,
        }
        keys += [key for key, applies in optional.items() if applies]
        if situation and situation.ex_status == "with_someone_else":
            keys.append("rumination")
        keys += [*pressure, *patterns, "self_nurture", "deeper_ground", "reassess_let_go"]
    else:  # try_sincerely
        together = situation is not None and situation.who_ended == "partner_wants_out"
        keys.append("still_living_together" if together else "give_space")
        keys += [
            *pressure,
            "understand_why",
            "own_your_part",
            "change_what_fails",
            "prepare_heart_to_heart",
            "review_before_sending",
        ]
        weakest = r.chemistry_weakest
        keys.append(f"chemistry_focus_{weakest}" if weakest else "chemistry_unknown")
        keys += [
            "little_things",
            "see_a_counselor",
            "tend_it_together",
            "change_log",
            *patterns,
            "if_they_say_no",
        ]
    keys.append("not_therapy")
    return keys


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format_map(values)


def _render(
    key: str, text: SectionText, r: Readings, content: Content, values: dict[str, str]
) -> PlanSection:
    steps = [_fill(step, values) for step in text.steps]
    if text.per_cause:
        steps += [
            _fill(text.per_cause, {**values, "text": c.text.strip()})
            for c in r.answers.causes or ()
        ]
    if text.per_own_part:
        steps += [
            _fill(text.per_own_part, {**values, "text": p.text.strip()})
            for p in r.answers.own_part or ()
        ]
    if key == "orientation_questions":
        steps += content.reflection.orientation
    elif key == "deeper_ground":
        steps += content.reflection.reflection
    return PlanSection(title=_fill(text.title, values), ids=text.ids, steps=tuple(steps), key=key)


def build_plan(decision: Decision, r: Readings, content: Content) -> tuple[PlanSection, ...]:
    """The person's plan: the path's sections, in order, filled with their own answers."""
    situation = r.answers.situation
    values = line_texts(content.resources, situation.country if situation else None)
    values["weeks"] = str(
        t.REASSESS_HEAL_WEEKS.value
        if decision.path == "heal_first"
        else t.REASSESS_LET_GO_WEEKS.value
    )
    if r.chemistry_ranking:
        labels = [content.labels[f"/chemistry/{name}"] for name in r.chemistry_ranking]
        values["ranking"] = content.labels["_ranking"].format(*labels)
    keys = list(dict.fromkeys(_section_keys(decision, r)))  # once each, first place kept
    return tuple(_render(key, content.sections[key], r, content, values) for key in keys)
