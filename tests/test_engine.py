"""The decision engine, told through personas (tests/personas.py).

Every path, every priority conflict, free-text overrides and partial answers.
"""

from __future__ import annotations

from typing import Any

import pytest

from crossroads.content import load_content
from crossroads.core.answers import parse_answers
from crossroads.core.engine import evaluate
from crossroads.core.result import Assessment, ScreenResult
from tests import personas as p


def assess(answers: dict[str, Any], screen: Any = None) -> Assessment:
    return evaluate(parse_answers(answers), load_content("en"), screen)


def rules(result: Assessment) -> list[str]:
    return [reason.rule for reason in result.reasons]


def sections(result: Assessment) -> list[str]:
    return [section.key for section in result.plan]


def quiet_screen(text: str) -> ScreenResult:
    """A fake screen that never raises a level, to test the rules on answers alone."""
    return ScreenResult()


# --- one persona per path --------------------------------------------------------


def test_jordan_with_a_plan_gets_safety_first_and_his_crisis_line() -> None:
    result = assess(p.JORDAN)
    assert result.path == "safety_first"
    assert rules(result)[0] == "self_harm_plan"
    assert result.safety.self_harm == "urgent"
    assert result.safety.resources[0].name == "988 Suicide & Crisis Lifeline"
    assert sections(result)[0] == "crisis_now"
    assert "988" in " ".join(result.plan[0].steps)


def test_sam_whose_violent_ex_came_back_apologizing_is_protected_not_coached() -> None:
    result = assess(p.SAM)
    assert result.path == "protect_yourself"
    assert "abuse_ex_physical_violence" in rules(result)
    assert result.safety.abuse is True
    assert "1800RESPECT" in [resource.name for resource in result.safety.resources]
    assert "abuse_support" in sections(result)
    assert not {"weigh_return", "prepare_heart_to_heart", "review_before_sending"} & set(
        sections(result)
    )


def test_priya_desperate_when_her_ex_came_back_heals_first() -> None:
    result = assess(p.PRIYA)
    assert result.path == "heal_first"
    assert "high_desperation" in rules(result)
    assert "9 out of 10" in " ".join(reason.because for reason in result.reasons)
    assert "reassess_heal" in sections(result)


def test_leo_steady_with_an_ex_who_came_back_weighs_their_return() -> None:
    result = assess(p.LEO)
    assert result.path == "weigh_their_return"
    assert rules(result)[:2] == ["ex_came_back", "ex_offers_help"]
    assert sections(result)[:2] == ["weigh_return", "return_conditions"]


def test_maya_dated_eight_months_and_he_ended_it_lets_go() -> None:
    result = assess(p.MAYA)
    assert result.path == "let_go"
    assert "short_ended_by_them" in rules(result)
    assert "8 months" in " ".join(reason.because for reason in result.reasons)
    assert "short_relationship" in sections(result)
    assert "reassess_let_go" in sections(result)


def test_alex_with_healthy_motives_and_a_clear_yes_tries_sincerely() -> None:
    result = assess(p.ALEX)
    assert result.path == "try_sincerely"
    assert {"steady_enough", "motives_healthy", "clear_yes"} <= set(rules(result))
    assert "give_space" in sections(result)
    assert "still_living_together" not in sections(result)
    assert result.safety.self_harm == "none" and result.safety.resources == ()


# --- the plan is this person's ---------------------------------------------------


def test_alex_focuses_on_physical_closeness_his_weakest_element() -> None:
    result = assess(p.ALEX)
    focus = next(section for section in result.plan if section.key.startswith("chemistry_"))
    assert focus.key == "chemistry_focus_physical"
    assert focus.ids == ("C8",) or "C8" in focus.ids


def test_nora_still_living_with_him_gets_that_version_and_her_own_focus() -> None:
    result = assess(p.NORA)
    assert result.path == "try_sincerely"
    assert "still_together" in rules(result)
    assert "still_living_together" in sections(result)
    assert "give_space" not in sections(result)
    assert "chemistry_focus_intellectual" in sections(result)


def test_the_heart_to_heart_preparation_quotes_alexs_own_causes_and_part() -> None:
    result = assess(p.ALEX)
    talk = next(section for section in result.plan if section.key == "prepare_heart_to_heart")
    steps = " ".join(talk.steps)
    assert "we stopped making time for each other" in steps
    assert "I brushed off her worries about my hours" in steps
    assert {"C7", "E9"} <= set(talk.ids)


def test_plans_fill_every_placeholder() -> None:
    for answers in (p.ALEX, p.NORA, p.JORDAN, p.SAM, p.MAYA, p.PRIYA, p.LEO, p.QUINN):
        for section in assess(answers).plan:
            for text in (section.title, *section.steps):
                assert "{" not in text and "}" not in text, (section.key, text)


def test_a_missing_country_shows_the_international_directory() -> None:
    answers = p.persona(p.JORDAN, situation={"who_ended": "partner"})
    result = assess(answers)
    assert result.safety.resources[0].country == "INT"
    assert "findahelpline.com" in result.safety.resources[0].contact


# --- priority conflicts ----------------------------------------------------------


def test_urgent_self_harm_outranks_abuse_and_keeps_the_abuse_line() -> None:
    answers = p.persona(p.SAM, wellbeing={"distress": 9, "self_harm_thoughts": "frequent"})
    result = assess(answers)
    assert result.path == "safety_first"
    assert "abuse_ex_physical_violence" in rules(result)
    kinds = [resource.kind for resource in result.safety.resources]
    assert kinds[:2] == ["crisis", "abuse"]


def test_an_abusive_ex_who_says_no_is_still_protect_yourself() -> None:
    answers = p.persona(p.CHRIS, safety={**p.NO_ABUSE, "ex_control": True})
    assert assess(answers).path == "protect_yourself"


def test_passing_thoughts_outrank_an_ex_who_wants_to_return() -> None:
    answers = p.persona(p.LEO, wellbeing={**p.STEADY, "self_harm_thoughts": "passing"})
    result = assess(answers)
    assert result.path == "heal_first"
    assert result.safety.self_harm == "check_in"
    assert "check_in_support" in sections(result)
    assert result.safety.resources[0].kind == "crisis"


def test_a_raw_breakup_heals_first_even_with_a_clear_yes() -> None:
    result = assess(
        p.persona(
            p.ALEX,
            situation={**p.ALEX["situation"], "weeks_since_breakup": 1},
            wellbeing={**p.STEADY, "distress": 8},
        )
    )
    assert result.path == "heal_first"
    assert "raw_breakup" in rules(result)


def test_kim_whose_motives_are_fear_driven_heals_first() -> None:
    result = assess(p.KIM)
    assert result.path == "heal_first"
    assert "fear_driven" in rules(result)
    assert "reassure_fear" in sections(result)
    because = " ".join(reason.because for reason in result.reasons)
    assert "fear of being alone" in because


def test_leaning_on_the_ex_to_soothe_heals_first() -> None:
    answers = p.persona(p.ALEX, feelings={"rely_on_them_to_soothe": 4, "self_care_now": 1})
    result = assess(answers)
    assert result.path == "heal_first"
    assert "soothe_yourself" in sections(result)


def test_let_go_outranks_try_sincerely_for_each_condition() -> None:
    expected = {
        "BEN": "wants_to_be_wanted",
        "CHRIS": "they_said_no",
        "FAY": "not_a_clear_yes",
        "GIL": "irreversible",
        "HANA": "with_someone_else",
        "IDA": "treated_poorly",
        "JO": "wants_to_move_on",
    }
    for name, rule in expected.items():
        result = assess(getattr(p, name))
        assert result.path == "let_go", name
        assert rule in rules(result), name


def test_wanting_to_be_wanted_is_read_from_the_scores_too() -> None:
    motives = {**p.HEALTHY_MOTIVES, "want_them_to_want_me": 4, "love_who_they_are": 1}
    result = assess(p.persona(p.ALEX, motives=motives))
    assert result.path == "let_go"
    assert "wants_to_be_wanted_scores" in rules(result)
    assert "wanting_to_be_wanted" in sections(result)


# --- free text overrides the checkboxes ------------------------------------------


def test_eve_whose_notes_reveal_a_plan_gets_safety_first() -> None:
    result = assess(p.EVE)
    assert result.path == "safety_first"
    assert "self_harm_in_text" in rules(result)
    assert "your notes" in result.reasons[0].because
    assert result.safety.resources[0].name.startswith("3114")


def test_dana_whose_cause_describes_violence_is_protected() -> None:
    result = assess(p.DANA)
    assert result.path == "protect_yourself"
    assert "abuse_in_text" in rules(result)
    assert result.safety.abuse is True


def test_the_engine_screens_every_free_text() -> None:
    seen: list[str] = []

    def recording_screen(text: str) -> ScreenResult:
        seen.append(text)
        return ScreenResult()

    assess({**p.ALEX, "notes": "thanks"}, recording_screen)
    assert seen == [
        "we stopped making time for each other",
        "I worked late most nights",
        "I brushed off her worries about my hours",
        "thanks",
    ]


def test_a_figure_of_speech_in_the_notes_changes_nothing() -> None:
    result = assess({**p.ALEX, "notes": "Honestly this whole thing is killing me, lol."})
    assert result.path == "try_sincerely"
    assert result.safety.self_harm == "none"


# --- partial answers -------------------------------------------------------------


def test_quinn_with_nothing_answered_heals_first_and_starts_by_finishing() -> None:
    result = assess(p.QUINN)
    assert result.path == "heal_first"
    assert rules(result) == ["too_little_answered"]
    assert sections(result)[0] == "finish_assessment"
    assert {"wellbeing", "motives", "situation", "chemistry"} <= set(result.unanswered)


def test_rosa_with_only_her_situation_heals_first_and_lists_what_is_open() -> None:
    result = assess(p.ROSA, quiet_screen)
    assert result.path == "heal_first"
    assert "wellbeing" in result.unanswered
    assert "situation.country" not in result.unanswered


def test_a_partly_answered_topic_lists_its_open_questions() -> None:
    answers = p.persona(p.ALEX, chemistry={"physical": 2})
    result = assess(answers)
    assert "chemistry.intellectual" in result.unanswered
    assert "chemistry.friendship" in result.unanswered
    assert "chemistry_unknown" in sections(result)


def test_a_known_let_go_condition_decides_even_when_much_is_unanswered() -> None:
    result = assess({"version": 1, "situation": {"ex_status": "said_no"}}, quiet_screen)
    assert result.path == "let_go"
    assert "finish_assessment" in sections(result)


def test_an_ex_offering_help_is_not_asked_about_unless_they_came_back() -> None:
    assert "situation.ex_offers_help" not in assess(p.ALEX).unanswered
    leo = p.persona(
        p.LEO,
        situation={
            "who_ended": "partner",
            "ex_status": "wants_to_return",
            "relationship_months": 60,
            "weeks_since_breakup": 10,
            "married": False,
            "children": False,
            "lived_together": True,
            "country": "NZ",
        },
    )
    assert "situation.ex_offers_help" in assess(leo).unanswered


@pytest.mark.parametrize(
    "thoughts,level",
    [("none", "none"), ("passing", "check_in"), ("frequent", "urgent"), ("plan", "urgent")],
)
def test_the_self_harm_answer_sets_at_least_its_level(thoughts: str, level: str) -> None:
    answers = p.persona(p.ALEX, wellbeing={**p.STEADY, "self_harm_thoughts": thoughts})
    assert assess(answers, quiet_screen).safety.self_harm == level


def test_the_json_has_exactly_the_contract_shape() -> None:
    document = assess(p.ALEX).to_json()
    assert set(document) == {"path", "reasons", "plan", "safety", "unanswered"}
    assert set(document["reasons"][0]) == {"ids", "because"}
    assert set(document["plan"][0]) == {"title", "ids", "steps"}
    assert set(document["safety"]) == {"self_harm", "abuse", "resources"}
