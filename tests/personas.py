"""Named people whose answers the tests share, from engine to CLI to web.

Each persona is a schema-v1 answers document with a short story, so a failing test
reads like a case conference: "Sam's ex was violent and came back apologizing".
"""

from __future__ import annotations

import copy
from typing import Any

Answers = dict[str, Any]

HEALTHY_MOTIVES = {
    "love_who_they_are": 4,
    "shared_values_future": 4,
    "fear_of_being_alone": 1,
    "alone_forever": 0,
    "deserve_poor_treatment": 0,
    "their_behavior_my_fault": 1,
    "can_change_them": 0,
    "being_wanted_over_quality": 0,
    "used_as_loved": 0,
    "worth_needs_relationship": 1,
    "want_them_to_want_me": 2,
    "habit": 1,
}
CLEAR_YES = {"matched_ideal": 3, "needs_respected": 4, "limits_respected": 3, "real_future": 3}
STEADY = {
    "distress": 5,
    "desperation": 3,
    "self_harm_thoughts": "none",
    "sleep_appetite_affected": False,
    "support_people": 3,
}
NO_ABUSE = {
    "ex_physical_violence": False,
    "ex_threats": False,
    "ex_control": False,
    "doubt_own_sanity": False,
    "treated_poorly": 1,
}

# Alex: four years together, she left two months ago; steady, loving motives, a clear
# yes, owns part of what went wrong. Friendship was strong, physical closeness faded.
ALEX: Answers = {
    "version": 1,
    "situation": {
        "who_ended": "partner",
        "ex_status": "in_contact",
        "relationship_months": 48,
        "weeks_since_breakup": 8,
        "married": False,
        "children": False,
        "lived_together": True,
        "country": "GB",
    },
    "wellbeing": STEADY,
    "safety": NO_ABUSE,
    "want": "them_back",
    "motives": HEALTHY_MOTIVES,
    "causes": [
        {
            "text": "we stopped making time for each other",
            "official": True,
            "reversible": "yes",
            "who_must_change": "both",
        },
        {
            "text": "I worked late most nights",
            "official": False,
            "reversible": "yes",
            "who_must_change": "me",
        },
    ],
    "their_faults_found": 2,
    "own_part": [
        {
            "text": "I brushed off her worries about my hours",
            "change": "part",
            "reaction_to_them": False,
        }
    ],
    "takes_all_blame": False,
    "evaluation": CLEAR_YES,
    "patterns": {
        "cling_when_rejected": 1,
        "stay_when_needs_unmet": 1,
        "fear_abandonment": 1,
        "love_addiction": 0,
        "must_be_perfect": 1,
    },
    "chemistry": {"physical": 1, "intellectual": 3, "friendship": 4},
    "behaviors": {
        "complaining": 1,
        "acting_needy": 1,
        "pleading_tone": 0,
        "threats_ultimatums": 0,
        "pursuing": 1,
        "jealousy_games": 0,
        "begging": 0,
    },
    "feelings": {"rely_on_them_to_soothe": 1, "self_care_now": 3},
}

# Nora: married twelve years, two children; her husband says he is done but they
# still live together. She wants to try, for the right reasons.
NORA: Answers = {
    **copy.deepcopy(ALEX),
    "situation": {
        "who_ended": "partner_wants_out",
        "ex_status": "ambivalent",
        "relationship_months": 150,
        "married": True,
        "children": True,
        "lived_together": True,
        "country": "US",
    },
    "chemistry": {"physical": 3, "intellectual": 1, "friendship": 2},
}

# Maya: dated eight months; he ended it three weeks ago. Sad but steady.
MAYA: Answers = {
    "version": 1,
    "situation": {
        "who_ended": "partner",
        "ex_status": "no_contact",
        "relationship_months": 8,
        "weeks_since_breakup": 3,
        "country": "CA",
    },
    "wellbeing": {"distress": 5, "desperation": 4, "self_harm_thoughts": "none"},
    "want": "them_back",
    "motives": HEALTHY_MOTIVES,
}

# Jordan: frequent thoughts of ending his life and a plan.
JORDAN: Answers = {
    "version": 1,
    "situation": {"who_ended": "partner", "ex_status": "no_contact", "country": "US"},
    "wellbeing": {"distress": 10, "desperation": 9, "self_harm_thoughts": "plan"},
}

# Sam: his ex hit him; she came back apologizing and offers counseling.
SAM: Answers = {
    "version": 1,
    "situation": {
        "who_ended": "partner",
        "ex_status": "came_back_apologizing",
        "ex_offers_help": True,
        "relationship_months": 30,
        "country": "AU",
    },
    "wellbeing": STEADY,
    "safety": {**NO_ABUSE, "ex_physical_violence": True},
    "motives": HEALTHY_MOTIVES,
}

# Priya: desperate (9 of 10); her ex came back last week asking to try again.
PRIYA: Answers = {
    "version": 1,
    "situation": {
        "who_ended": "partner",
        "ex_status": "wants_to_return",
        "relationship_months": 40,
        "weeks_since_breakup": 5,
        "country": "IE",
    },
    "wellbeing": {"distress": 6, "desperation": 9, "self_harm_thoughts": "none"},
    "safety": NO_ABUSE,
    "motives": HEALTHY_MOTIVES,
}

# Leo: steady; his ex came back, apologized, and offers to see a counselor.
LEO: Answers = {
    **copy.deepcopy(ALEX),
    "situation": {
        "who_ended": "partner",
        "ex_status": "came_back_apologizing",
        "ex_offers_help": True,
        "relationship_months": 60,
        "weeks_since_breakup": 10,
        "country": "NZ",
    },
}

# Tom: she left him five days ago; distress 8 of 10.
TOM: Answers = {
    "version": 1,
    "situation": {
        "who_ended": "partner",
        "ex_status": "no_contact",
        "relationship_months": 36,
        "weeks_since_breakup": 0,
        "country": "DE",
    },
    "wellbeing": {"distress": 8, "desperation": 6, "self_harm_thoughts": "none"},
    "motives": HEALTHY_MOTIVES,
}

# Kim: wants him back mostly from fear of being alone and feeling worthless without him.
KIM: Answers = {
    "version": 1,
    "situation": {"who_ended": "partner", "ex_status": "no_contact", "relationship_months": 30},
    "wellbeing": {"distress": 5, "desperation": 5, "self_harm_thoughts": "none"},
    "motives": {
        "love_who_they_are": 2,
        "shared_values_future": 1,
        "fear_of_being_alone": 4,
        "alone_forever": 3,
        "worth_needs_relationship": 4,
    },
}

# Ravi: steady otherwise, but thoughts of ending his life pass through at times.
RAVI: Answers = {
    **copy.deepcopy(ALEX),
    "wellbeing": {**STEADY, "self_harm_thoughts": "passing"},
}

# Eve: left every checkbox empty, but her notes speak of a plan.
EVE: Answers = {
    "version": 1,
    "situation": {"who_ended": "partner", "country": "FR"},
    "wellbeing": {"distress": 6, "self_harm_thoughts": "none"},
    "notes": "I have been saving up my pills and I wrote a note for my sister.",
}

# Dana: no abuse box ticked, but a cause she wrote describes control and violence.
DANA: Answers = {
    **copy.deepcopy(ALEX),
    "causes": [
        {"text": "he shoved me against the wall and read all my messages", "reversible": "unsure"}
    ],
}

# Ben: does not want her back; wants her to want him.
BEN: Answers = {**copy.deepcopy(ALEX), "want": "them_to_want_me"}

# Chris: they clearly said no.
CHRIS: Answers = {
    **copy.deepcopy(ALEX),
    "situation": {**ALEX["situation"], "ex_status": "said_no"},
}

# Fay: looking back, her needs were not respected.
FAY: Answers = {**copy.deepcopy(ALEX), "evaluation": {**CLEAR_YES, "needs_respected": 1}}

# Gil: the cause he named cannot change.
GIL: Answers = {
    **copy.deepcopy(ALEX),
    "causes": [
        {
            "text": "she wants children and I cannot have them",
            "reversible": "no",
            "who_must_change": "both",
        }
    ],
}

# Hana: he is with someone else now.
HANA: Answers = {
    **copy.deepcopy(ALEX),
    "situation": {**ALEX["situation"], "ex_status": "with_someone_else"},
}

# Ida: she treated him badly (4 of 4).
IDA: Answers = {**copy.deepcopy(ALEX), "safety": {**NO_ABUSE, "treated_poorly": 4}}

# Jo: wants to move on.
JO: Answers = {**copy.deepcopy(ALEX), "want": "move_on"}

# Quinn: has only just started; nothing answered yet.
QUINN: Answers = {"version": 1}

# Rosa: answered only the situation: together three years, he left a month ago.
ROSA: Answers = {
    "version": 1,
    "situation": {
        "who_ended": "partner",
        "ex_status": "no_contact",
        "relationship_months": 36,
        "weeks_since_breakup": 4,
        "country": "US",
    },
}


def persona(answers: Answers, **changes: Any) -> Answers:
    """A deep copy of a persona, with top-level answers replaced."""
    return {**copy.deepcopy(answers), **changes}
