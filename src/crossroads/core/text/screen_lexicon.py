"""The screen's lexicon: phrases per level, figures of speech, negation and context cues.

Every pattern runs on text from ``normalize.normalize`` (lowercase, straight quotes,
shorthand expanded). The levels follow the C-SSRS screener ladder: a wish to be dead and
indirect signs ask for a check-in; active thoughts, method, intent, plan and behavior are
urgent (S1, B9). Abuse phrases follow S2, A7 and A8: violence, threats, control, isolation,
stalking and making someone doubt their own mind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from crossroads.core.result import SelfHarmLevel
from crossroads.core.text.anchored import AnchoredPattern

Kind = Literal["self", "generic", "other"]


@dataclass(frozen=True)
class SelfHarmRule:
    """One self-harm phrase family.

    ``kind`` says whose thoughts the phrase is about: ``self`` phrases carry the first
    person in them ("kill myself"), ``other`` phrases a third person ("kill herself"),
    ``generic`` phrases take their subject from the sentence ("wants to die").
    ``third`` is the level when the phrase is about someone else, ``joke`` the level when
    the sentence laughs ("lol", a skull emoji).
    """

    name: str
    pattern: re.Pattern[str] | AnchoredPattern
    level: SelfHarmLevel
    kind: Kind = "generic"
    third: SelfHarmLevel = "check_in"
    joke: SelfHarmLevel | None = None
    # A preparatory act (a note, giving things away, a chosen day): urgent together with
    # any other sign in the same text (C-SSRS: preparation plus ideation).
    prep: bool = False


@dataclass(frozen=True)
class AbuseRule:
    """One abuse phrase family.

    ``doer`` phrases name the doer as their subject ("he checks my phone"): they do not
    count when the subject is the writer or someone other than a partner. ``partner``
    phrases also need a partner in view. Other phrases are in the writer's voice ("I'm
    scared of him", "I walk on eggshells").
    """

    name: str
    pattern: re.Pattern[str] | AnchoredPattern
    partner: bool = False
    doer: bool = True


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_ANCHORS: dict[str, list[str] | None] = json.loads(
    resources.files("crossroads").joinpath("core", "text", "screen_anchors.json")
    .read_text(encoding="utf-8")
)


def _anchored(pattern: str) -> AnchoredPattern:
    """A rule's pattern: compiled on first use, skipped when its anchors are absent."""
    anchors = _ANCHORS.get(pattern)
    return AnchoredPattern(pattern, tuple(anchors) if anchors else None)


PERSON = r"(?:him|her|them|you|my ex|my (?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?))"
PILLS = (
    r"(?:sleeping pills|pills|meds|medication|medications|tablets|painkillers|pain killers|"
    r"tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|xanax|benzos|insulin|oxy|opioids|"
    r"antidepressants|sleeping tablets|prescription|prescriptions|diazepam|valium|lithium|"
    r"morphine|codeine|co-codamol|tramadol|amitriptyline|sertraline|citalopram|fluoxetine|"
    r"zopiclone|propranolol|quetiapine|heart tablets|heart pills|blood pressure tablets)"
)

# Ordered from most to least specific; a sentence can raise several.
SELF_HARM_RULES: tuple[SelfHarmRule, ...] = (
    # -- urgent: explicit thoughts, intent, method, plan, behavior -------------------------
    SelfHarmRule("kill myself", _anchored(r"\bkill(?:ing|ed|s)?\s+my\s?self\b"), "urgent", "self",
                 joke="check_in"),
    SelfHarmRule("end my life", _anchored(
        r"\b(?:end|ending|ended|take|taking|took|end all of)\s+my\s+(?:own\s+)?(?:life|existence)\b"
    ), "urgent", "self"),
    SelfHarmRule("suicidal", _anchored(r"\bsuicidal\b"), "urgent", joke="check_in"),
    SelfHarmRule("think about suicide", _anchored(
        r"\b(?:think|thinking|thought|thoughts|considering|considered|consider|contemplat\w*|"
        r"plan|plans|planning|planned|research\w*|googl\w*|looking up|looked up|fantasi[sz]\w*|"
        r"dream\w* about)\s+(?:about\s+|of\s+|up\s+)?(?:\w+\s+)?(?:suicide|killing myself|"
        r"ending (?:it all|my life|myself)|ways to (?:die|kill myself|end it)|"
        r"how to (?:die|kill myself|end it|end my life|overdose)|"
        r"dying by suicide|not being alive|taking my (?:own )?life)\b"
    ), "urgent"),
    SelfHarmRule("suicide is the way out", _anchored(
        r"\bsuicide\s+(?:is|feels like|seems like|would be|seems|looks like)\s+(?:\w+\s+){0,2}?"
        r"(?:only|best|easiest|answer|relief|option|solution|way out|tempting)\b|"
        r"\b(?:only|best|easiest|one)\s+(?:way|option|answer|solution|way out|exit)\s+(?:\w+\s+){0,4}?"
        r"(?:is|would be|seems|left is)\s+(?:suicide|to die|death|to end it|to kill myself|dying)\b|"
        r"\b(?:think|thinking|thought)\s+(?:about\s+)?how\s+i(?:'d| would|'ll| will| could| might)\s+"
        r"(?:do it|end it|go|die|kill)\b|"
        r"\bhow (?:easy|quick|simple|painless|peaceful|fast|quiet) it (?:would|could|might) be"
        r"(?:\s+to\s+(?:jump|die|end it|do it|step|drive|crash|swallow|take|not wake|go|disappear|"
        r"fall|let go|slip away)\b|\s*$)|"
        r"\bhow (?:many|much) (?:[\w']+\s+){0,2}?(?:" + PILLS + r"|insulin|paracetamol|pills|"
        r"it) (?:it )?(?:would|will|does|to) (?:take|kill|be lethal|be enough|do it)\b|"
        r"\blethal (?:dose|amount)\b|"
        r"\bknow (?:which|what|how many) (?:[\w']+\s+){0,2}?(?:" + PILLS + r")\s+(?:would|will|to)\b|"
        r"\b(?:car|engine) running\b.*\bgarage\b|\bgarage\b.*\bengine running\b|"
        r"\b(?:knife|blade|razor|glass|scissors|lighter|cigarette)\s+(?:[\w']+\s+){0,2}?(?:into|to|"
        r"on|against|across)\s+my\s+(?:wrists?|arms?|legs?|skin|thighs?|stomach)\b|"
        r"\b(?:scratch\w*|pick\w*|bit\w*|hit\w*|cut\w*|claw\w*|dig\w*|press\w*)\s+(?:[\w']+\s+){0,4}?"
        r"(?:until|till|til)\s+(?:it|they|i|my \w+)\s+bleeds?\b|"
        r"\b(?:stop|keep|kept|quit)\s+(?:cutting|self harming|burning myself)\b|"
        r"\b(?:all|every one|every single one)\s+(?:of\s+)?my\s+" + PILLS
        + r"\b(?!\s+(?:every|each|on time|as prescribed|daily|in the morning|at night|with))|"
        r"\bevery (?:pill|tablet)\b|"
        r"\b(?:swallow|take|down|eat)\w*\s+(?:everything|all|whatever)\s+in\s+(?:the|my)\s+"
        r"(?:medicine cabinet|cabinet|drawer|bathroom)\b|"
        r"\b(?:taken|took|take|taking)\s+(?:some\s+)?(?:extra|more|double|a few extra)\s+" + PILLS
        + r"\s+(?:to|so|and)\b"
    ), "urgent", "self"),
    # Generic, so a friend's attempt reads as someone else's.
    SelfHarmRule("attempted", _anchored(
        r"\battempted\s+(?:once|twice|before|\w+ times|in|when|at|after|back|last|again|it)\b"
    ), "urgent", third="check_in"),
    SelfHarmRule("suicide crossed my mind", _anchored(
        r"\b(?:suicide|killing myself|ending it|ending my life|dying)\s+(?:has\s+|have\s+|keeps\s+|"
        r"kept\s+)?(?:crossed|crosses|cross|crossing|been on|is on|on)\s+my\s+mind\b"
    ), "urgent", "self"),
    SelfHarmRule("commit suicide", _anchored(
        r"\b(?:commit|committing|do|doing|attempt|attempted|attempting|try|tried)\s+suicide\b|"
        r"\bsuicide attempts?\b|\bsuicide (?:note|letter|plan|pact)\b"
    ), "urgent", third="check_in"),
    SelfHarmRule("end it all", _anchored(
        r"\bend(?:ing)?\s+(?:it|everything|things|this)\s+(?:all|tonight|today|now|for good|once "
        r"and for all|forever|permanently)\b|\bend it all\b|\bend everything\b"
    ), "urgent", third="none"),
    SelfHarmRule("method", _anchored(
        r"\b(?:hang(?:ing|ed)?|hung|drown(?:ing|ed)?|shoot(?:ing)?|shot|poison(?:ing|ed)?|"
        r"suffocat\w*|electrocut\w*|starv\w*|burn(?:ing|ed|t)?|stab(?:bing|bed)?|cut(?:ting)?|"
        r"hurt(?:ing)?|harm(?:ing|ed)?|injur\w*|punish(?:ing)?|strangl\w*|bleed\w*|hit(?:ting)?|"
        r"punch(?:ing)?|bang(?:ing)?|scratch(?:ing|ed)?|bit(?:e|ing)?|bruis(?:e|ing|ed))\s+"
        r"my\s?self\b"
    ), "urgent", "self"),
    SelfHarmRule("self-harm", _anchored(r"\bself[- ]?harm\w*|\bself[- ]?injur\w*|\bself[- ]?mutilat\w*"),
                 "urgent"),
    SelfHarmRule("cut my wrists", _anchored(
        r"\b(?:cut|cutting|slit|slitting|slice|slicing|carve|carving|open)\s+(?:open\s+)?"
        r"my\s+(?:wrists?|arms?|legs?|thighs?|skin|veins?|stomach)\b|"
        r"\b(?:razor|blade)s?\s+(?:to|on|against|across)\s+my\s+(?:wrists?|arms?|legs?|thighs?|skin)\b|"
        r"\b(?:started|start|began|been|back to|relaps\w* (?:on|into)?|urge to|urges to)\s+"
        r"(?:cutting|self harming|harming)\b|\bcut again\b"
    ), "urgent", "self"),
    SelfHarmRule("overdose", _anchored(
        r"\b(?:overdos\w*|o\.?d\.? on|od'?(?:ing|ed)\b)|"
        r"\b(?:take|taking|took|swallow\w*|down(?:ing|ed)?|pop(?:ping|ped)?)\s+"
        r"(?:all|every one|everything|the whole (?:bottle|box|pack)|a (?:bunch|handful|lot|"
        r"fistful|bottle|whole bottle|box)|too many|as many|enough|all of|a lot of|\d+|twenty|"
        r"thirty|fifty)\s+(?:of\s+)?(?:my\s+|the\s+|those\s+|these\s+|his\s+|her\s+)?"
        r"(?:\w+\s+)?" + PILLS + r"\b|"
        r"\b(?:enough|stockpil\w*|sav(?:ed|ing|e) up|hoard\w*|collect\w*|stash\w*|"
        r"saved|been saving|counting|counted|lined up|lining up)\s+(?:[\w']+\s+){0,3}?" + PILLS + r"\b|"
        r"\b" + PILLS + r"\s+(?:\w+\s+){0,4}?(?:to (?:end it|die|sleep forever|do it|not wake)|"
        r"and (?:never|not) wake)|\b" + PILLS + r"\s+(?:lined up|counted out|laid out|ready)\b"
    ), "urgent"),
    SelfHarmRule("lethal means", _anchored(
        r"\bjump(?:ing|ed|s)?\s+(?:off|from|in front of|into|under)\s+(?:a|the|my|that|this|our)?\s*"
        r"(?:\w+\s+)?(?:bridge|building|roof|rooftop|balcony|cliff|train|car|truck|bus|window|"
        r"overpass|tracks|garage|ledge|river|traffic|subway)\b|"
        r"\b(?:step|stepping|walk|walking|run|running|throw myself|lie down)\s+(?:out\s+)?"
        r"(?:in front of|into)\s+(?:a|the|an|some|oncoming)?\s*(?:train|bus|car|truck|traffic|"
        r"subway)\b|"
        r"\b(?:drive|driving|crash|crashing|steer|swerve|swerving)\s+(?:my car\s+)?"
        r"(?:[\w']+\s+){0,2}?(?:into|off)\s+(?:a|the)?\s*(?:tree|wall|bridge|cliff|oncoming|river|lake|"
        r"pole|barrier|truck|lorry|van|bus|train|traffic|pillar|lake|sea|ditch|ravine)\b|\bcrash my car on purpose\b|"
        r"\bnoose\b|\b(?:bought|buy|got|have|get|tie|tied|tying)\s+(?:a\s+)?rope\b.*\b(?:neck|hang|"
        r"myself|end it|beam|ceiling|for me)\b|"
        r"\bgun\s+(?:to|against|in)\s+my\s+(?:head|mouth|temple|chest)\b|"
        r"\b(?:bullet|pull the trigger)\b.*\b(?:my|myself|me)\b|\bmy (?:dad's|father's|his) gun\b|"
        r"\b(?:gas|carbon monoxide|exhaust|bleach)\b.*\b(?:myself|end it|not wake|sleep)\b"
    ), "urgent", third="check_in"),
    SelfHarmRule("with the means", _anchored(
        r"\b(?:sat|sitting|stood|standing|lay|lying|was|been|spent)\s+(?:[\w']+\s+){0,5}?with\s+(?:a|the|my|"
        r"some|those|these)\s+(?:blade|razor|razor blade|knife|rope|gun|bottle of pills|pills|belt|cord|"
        r"tablets|noose)\b|"
        r"\b(?:didn't|did not|couldn't)\s+(?:go through with it|do it)\b.*\b(?:wanted to|almost|nearly|"
        r"next time|this time)\b|"
        r"\bon purpose\b.*\b(?:crash|hurt|cut|burn|overdose|fall|drown|bleed)\w*|"
        r"\b(?:crash|hurt|cut|burn|overdose|drown|fall)\w*\b.*\bon purpose\b"
    ), "urgent", "self", third="check_in"),
    SelfHarmRule("not planning to be alive", _anchored(
        r"\b(?:don't|do not|won't|will not|not)\s+(?:plan|planning|intend|intending|expect|going|gonna)\s+"
        r"(?:on\s+)?(?:to\s+)?(?:be(?:ing)?\s+)?(?:alive|around|here|living)\s+(?:for|to see|by|when|much|"
        r"next|after|at|on|in)\b|"
        r"\b(?:burn|burning|burnt|burned|scratch|scratching|scratched|carve|carving|carved|hit|hitting)\s+"
        r"my\s+(?:wrists?|arms?|legs?|thighs?|skin|stomach|hands?)\s+(?:with|until|till|on purpose|to "
        r"(?:cope|feel|punish|stop|numb))\b"
    ), "urgent", "self", third="check_in"),
    SelfHarmRule("feels like dying", _anchored(
        r"\bfeel(?:s|ing)?\s+like\s+(?:dying|i want to die|ending it|killing myself)\b(?!\s+inside)|"
        r"\b(?:death|dying|being dead|not waking up)\s+(?:would|will|might|could)\s+(?:be\s+)?"
        r"(?:a\s+)?(?:relief|release|easier|better|welcome|peaceful|a mercy|kinder)\b|"
        r"\b(?:to|would|could|just)\s+not\s+(?:exist|be alive|wake up|have been born)\b|"
        r"\b(?:life|living|it)\s+(?:isn't|is not|wouldn't be|won't be|ain't)\s+worth\s+(?:it|living)\b"
        r"(?:\s+without\b|\s*$)|"
        r"\bno point\s+(?:in|to|of)?\s*(?:any of (?:this|it)|anything|any of it|living|life)\b|"
        r"\b(?:don't|do not|won't|will not)\s+need\s+(?:them|it|these|those|anything|my \w+)\s+"
        r"(?:anymore|any longer|where i'm going|much longer)\b|"
        r"\bstay asleep\b(?!\s+(?:until|till|past|through|at night|all night))|\basleep forever\b|"
        r"\b(?:don't|do not|not sure|doubt)\s+(?:think\s+|know if\s+)?i\s+(?:can|could|will|'ll)\s+"
        r"(?:live|survive|go on|make it|cope|keep going|exist)\s+without\b"
    ), "check_in", third="check_in"),
    SelfHarmRule("want to jump", _anchored(
        r"\b(?:want|wanna|going|ready|tempted|thinking about|urge)\s+(?:to\s+)?jump(?:ing)?\b"
        r"(?!\s+(?:for joy|in|into (?:the pool|bed|a new|the lake for a swim)|at|on (?:a|the) (?:call|"
        r"train|plane|bandwagon)|back|ahead|up|right in|ship|through hoops|the gun|to conclusions))"
    ), "check_in", "self", third="none"),
    SelfHarmRule("nearly did it", _anchored(
        r"\b(?:nearly|almost|came close to|about to)\s+(?:stepped|jumped|stepping|jumping|walked|drove|"
        r"let go|swallowed|took the pills|did it|went through with it|ended it|cut)\b(?!\s+(?:with|"
        r"him|her|a|the bus|the car|my))|\bnearly (?:stepped|jumped) off\b"
    ), "urgent", "self", third="check_in"),
    SelfHarmRule("want to die", _anchored(
        r"\b(?:want|wanna|wanted|wanting|wants|ready|trying|going|need|plan|planning|decided|"
        r"deserve|deserves|i should|i should just|i'm going to|i might|i could just|'d like|"
        r"would like|'d love|hope|hoping|prefer)\s+(?:to\s+)?"
        r"(?:just\s+|really\s+|literally\s+|actually\s+|finally\s+)?"
        r"(?:die|be dead|stop living|stop existing|not be alive|not exist|not be here anymore)\b"
    ), "urgent"),
    SelfHarmRule("don't want to live", _anchored(
        r"\b(?:don't|do not|doesn't|no longer|never|didn't|dont|hardly)\s+(?:really\s+|even\s+|"
        r"honestly\s+|actually\s+)?(?:want|wanna|wish|feel like|feel the need|have the will)\s+"
        r"(?:to\s+)?(?:live|be alive|exist|keep living|keep existing|stay alive|be living)\b|"
        r"\b(?:don't|do not|dont)\s+(?:think|know if|feel like|believe)\s+i\s+(?:really\s+|even\s+)?"
        r"(?:want|wanna)\s+(?:to\s+)?(?:live|be alive|exist|keep living|stay alive)\b|"
        r"\b(?:the\s+)?(?:will|desire|reason|reasons)\s+to\s+live\s+(?:is\s+)?(?:gone|anymore|left)\b|"
        r"\b(?:lost|losing|have no|no)\s+(?:the\s+|my\s+|all\s+)?(?:will|desire|wish)\s+to\s+live\b|"
        r"\bno reasons? (?:left )?to (?:live|be alive|stay alive)\b"
    ), "urgent", "self", third="check_in"),
    SelfHarmRule("plan", _anchored(
        r"\b(?:have|had|made|make|making|got|came up with|worked out|figured out|picked|set|chose|"
        r"chosen|decided on)\s+(?:a|the|my)?\s*(?:plan|date|day|time|way|method|place|spot)\s+"
        r"(?:for|to|on how to|how to)\s+(?:\w+\s+)?(?:kill|end|die|do it|suicide|go through|"
        r"take my|overdose|jump|hang)\w*\b|"
        r"\b(?:know|knows|figured out|worked out|decided|planned)\s+(?:exactly\s+)?"
        r"(?:how|when|where)\s+(?:i'd|i would|i'll|i will|i'm going to|to)\s+(?:do it|end it|die|"
        r"kill|go|take)\b|"
        r"\bmy plan is to (?:end|kill|die|take|overdose|jump|hang|not wake)\b|"
        r"\b(?:wrote|written|writing|write|left|leave|leaving|drafted|recorded|record)\s+"
        r"(?:\w+\s+){0,2}?(?:suicide|goodbye|farewell|final|last)\s+(?:note|notes|letter|letters|"
        r"message|messages|video|words)\b|"
        r"\b(?:wrote|written|writing|write|left)\s+(?:a\s+)?(?:note|notes|letter|letters)\s+"
        r"(?:to|for)\s+(?:my\s+)?(?:family|kids|children|mom|mum|dad|parents|sister|brother|"
        r"everyone|friends)\b.*\b(?:in case|when i'm gone|after i'm gone|for after|goodbye|"
        r"explain(?:ing)? why|sorry)\b|"
        r"\b(?:tonight|tomorrow|this weekend|on (?:\w+day|my birthday|his birthday|her birthday)|"
        r"by (?:\w+day|the weekend|tomorrow))\s+(?:\w+\s+){0,2}?(?:i(?:'ll| will| am going to|'m "
        r"going to)|is when i(?:'ll| will))\s+(?:finally\s+)?(?:do it|end it|be gone|be dead|go|die)\b|"
        r"\bi(?:'ll| will) be dead\b|"
        r"\b(?:won't|will not|wont)\s+be\s+(?:around|here|alive)\s+(?:much longer|for long|"
        r"tomorrow|by|next|anymore|to see)\b|"
        r"\b(?:won't|will not)\s+have\s+to\s+(?:deal|worry|put up|bother)\s+(?:with|about)\s+me\s+(?:much longer|"
        r"for long|anymore|soon|after)\b|"
        r"\bthis is (?:my|the) (?:last|final) (?:message|post|goodbye|night|day|entry|letter)\b|"
        r"\b(?:(?:i|i've)\s+)?(?:already\s+)?(?:tied|tested|researched|bought|ordered|got)\s+"
        r"(?:the\s+|a\s+)?(?:rope|knot|blade|razor blades|charcoal)\b|"
        r"\bi'm (?:ready|prepared) to (?:go|do it|end it)\b"
    ), "urgent", third="check_in"),
    SelfHarmRule("attempt", _anchored(
        r"\b(?:tried|try|trying|attempt|attempted|attempting)\s+(?:to\s+)?(?:end it|end my life|"
        r"take my (?:own\s+)?life|hang myself|overdose|od|jump|drown myself|die)\b|"
        r"\b(?:hospitali[sz]ed|psych ward|icu|emergency room|er|ambulance|stomach pumped|"
        r"had my stomach pumped)\b.*\b(?:overdose|tried|attempt|pills|after i|for trying|"
        r"cutting|cut)\b"
    ), "urgent", "self"),
    # Acquiring, stockpiling or holding the means, in veiled words ("saving them up", "pills in
    # hand", "bought a blade, not for shaving", buying a little at several pharmacies).
    SelfHarmRule("acquiring means", _anchored(
        r"\b" + PILLS + r"\b[^.]{0,120}?\b(?:sav(?:e|ing|ed)|stockpil\w*|hoard\w*|stash\w*|collect\w*)\s+"
        r"(?:them|it|these|those)\b(?!\s+for\s+(?:later|the trip|travel|emergencies))|"
        r"\b(?:stopped|stop|quit|not)\s+taking\s+my\s+" + PILLS + r"\s+(?:on purpose\s+)?"
        r"(?:so|and|to)\s+(?:i\s+can\s+|i'm\s+|i\s+)?(?:sav|stockpil|hoard|stash|keep)\w*\b|"
        r"\b" + PILLS + r"\b[^.]{0,120}?\b(?:there (?:are|is|'s)|i have|i've got|i've|got|have)\s+"
        r"(?:got\s+)?enough\b(?!\s+(?:for|to last|until|till|left for))|"
        r"\b(?:" + PILLS + r"|razor|razor blades?|blade|rope|noose)\s+in\s+(?:my\s+)?hands?\b|"
        r"\b(?:razor|razor blades?|blade|rope|cord|charcoal|" + PILLS + r")\b[^.]{0,120}?\bnot for\s+"
        r"(?:shaving|cooking|the garden|camping|crafts|my \w+|a project|work|pain|sleeping)\b|"
        r"\b(?:pharmac(?:y|ies)|chemists?|drugstores?|shops|stores)\b[^.]{0,120}?\b(?:so\s+(?:that\s+)?"
        r"(?:nobody|no one|noone)\s+(?:would|will|could)\s+(?:notice|see|ask|know)|in\s+(?:two|three|"
        r"several|different|multiple)\s+(?:different\s+)?(?:towns|places|shops|stores))\b|"
        r"\b" + PILLS + r"\b[^.]{0,120}?\b(?:take|taking|swallow|swallowing|down|downing)\s+(?:them|it|"
        r"these|those)\s+(?:all|tonight|now|at once|all at once|when)\b"
    ), "urgent", "self", third="check_in"),
    # Injury or an overdose just done ("making small cuts on my thighs", "swallowed half a pack").
    SelfHarmRule("recent self-injury", _anchored(
        r"\b(?:making|made|make|doing|did|started)\s+(?:(?:small|little|tiny|shallow|some|more|deep|"
        r"new|a few)\s+){0,2}cuts\s+(?:on|in|into|across)\s+my\b|"
        r"\b(?:razor|blade|knife|lighter)\b[^.]{0,120}?\bused\s+it\b(?!\s+(?:to\s+(?:cook|open|cut (?:the|a))|"
        r"for\s+(?:cooking|work)))|"
        r"\b(?:swallowed|took|taken|downed|necked)\s+(?:half|most|all|the rest|a whole|the whole|two|"
        r"three|a full)\s+(?:of\s+)?(?:a\s+|the\s+|my\s+|his\s+|her\s+)?(?:(?:pack|packet|bottle|"
        r"box|strip|blister|sheet|jar|tub)s?\s+of\s+(?:my\s+|his\s+|her\s+|the\s+)?(?:\w+\s+)?"
        + PILLS + r"|(?:pack|packet|strip|blister|sheet)s?\b(?!\s+of))\b|"
        r"\bi\s+(?:cut|was cutting|self harmed|burned myself)\s+(?:for|from|on and off|through|"
        r"during|every day|almost every)\b|"
        r"\b(?:survived|made|had|after)\s+(?:an?|my|one|two|three|\d+|several|a few|a couple of)\s+"
        r"(?:suicide\s+|serious\s+)?attempts?\b(?!\s+(?:to|at))"
    ), "urgent", "self", third="check_in"),
    # Going to the place to look or measure, jumping sites ("walked to the bridge ... working
    # out the height", "been up there twice to look").
    SelfHarmRule("rehearsal", _anchored(
        r"\bjump(?:ing)?\s+(?:off|from)\s+(?:the|a|that|our)\s+(?:\w+\s+){0,2}?(?:car park|"
        r"parking garage|parking structure|multi-?storey|tower|block of flats|overpass|motorway "
        r"bridge|dam|quarry|platform|cliffs?|bridge|roof|balcony|building|window)\b|"
        r"\b(?:walk|walking|going to walk|gonna walk|swim|swimming)\s+(?:out\s+)?into\s+the\s+"
        r"(?:sea|ocean|river|lake|waves|water)\b(?!\s+(?:for a swim|to cool off|with the kids))"
    ), "urgent", third="check_in", joke="none"),
    # Slang for killing oneself ("gonna off myself", "top myself", "do myself in").
    SelfHarmRule("slang for suicide", _anchored(
        r"\b(?:off|offing|offed|top|topping|topped|neck|necking|necked|rope|roping|do|doing)\s+"
        r"my\s?self\b(?!\s+(?:a favou?r|proud|justice|up|in (?:the|a) (?:gym|bath|garden)))|"
        r"\bdo myself in\b"
    ), "urgent", "self", joke="check_in"),
    # A firearm within reach and handled or kept in mind ("loaded it yesterday", "he left the
    # key to the cabinet", "found where Dad kept the old revolver").
    SelfHarmRule("firearm at hand", _anchored(
        r"\b(?:gun|rifle|pistol|shotgun|revolver|handgun|firearm)s?\b[^.]{0,80}?\b(?:loaded|"
        r"left the key|the key|out of the (?:safe|cabinet)|unlocked|in my hand|holding it|"
        r"bullets?|cartridges?|shells)\b|"
        r"\b(?:loaded|cleaned|unlocked)\s+it\b(?=.*\b(?:gun|rifle|pistol|shotgun|revolver)\b)|"
        r"\b(?:loaded|unlocked|held|holding|took out)\s+(?:my|his|her|the|a|\w+'s)\s+(?:\w+\s+)?(?:gun|"
        r"rifle|pistol|shotgun|revolver)\b[^.]{0,60}?\b(?:sat|sitting|held|holding|thinking|"
        r"staring|stared)\b|"
        r"\b(?:had|took|got)\s+(?:the|my|his|her|dad's)\s+(?:\w+\s+)?(?:gun|rifle|pistol|shotgun|"
        r"revolver)\s+out\b|"
        r"\b(?:found|know|knew|worked out)\s+where\s+(?:\w+\s+){0,2}?(?:kept|keeps|keep|hid|hides)\s+"
        r"(?:the|his|her|their|my)\s+(?:\w+\s+)?(?:gun|rifle|pistol|shotgun|revolver)\b"
    ), "urgent", "self", third="check_in"),
    # Looking up a method: a dose, a height, a time to drown, which drug, a painless way.
    SelfHarmRule("researching a method", _anchored(
        r"\b(?:looked|looking|look)\s+up\s+(?:how|which|what|the)\b[^.]{0,80}?\b(?:takes?|lethal|"
        r"hardest to come back from|big amounts|large amounts|overdose|do in|enough|dose)\b|"
        r"\b(?:googl\w*|research\w*|looked up|looking up|search\w*|reading about|read up on|found out|"
        r"finding out)\s+(?:for\s+)?['\"]?(?:painless ways|ways to (?:die|end|kill|go)|how (?:high|deep)\s+"
        r"(?:\w+\s+){0,3}?(?:bridge|building|drop|fall|fatal)|which (?:pills|painkillers|tablets|ones)|what (?:\w+\s+){0,2}?do in (?:big|large|"
        r"high)|carbon monoxide|charcoal|the (?:best|quickest|easiest) way)\b|"
        r"\bhow (?:many|much)\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:it\s+)?takes\b|"
        r"\bhow (?:high|tall)\s+(?:does\s+)?(?:a|the)\s+(?:bridge|building|drop|fall|car park)\b|"
        r"\bhow long it takes to (?:drown|bleed|die|suffocate|lose consciousness)\b|"
        r"\b(?:best|easiest|quickest|surest|most painless)\s+way\s+to\s+(?:make sure|not wake|die|"
        r"go|end)\b|"
        r"\b(?:painless|quick|quiet)\s+ways?\b(?!\s+to\s+(?:tell|break|end (?:things|it) with|say|"
        r"let))|"
        r"\b(?:reading|read|looking|looked|searching|searched)\s+(?:up\s+)?(?:about\s+)?(?:which|what)\s+"
        r"(?:ways?|methods?)\s+(?:are|is|would be)\s+(?:the\s+)?(?:painless|quickest|fastest|easiest|"
        r"surest|least painful|most painless)\b|"
        r"\b(?:working|worked|work)\s+out\s+(?:the\s+)?(?:doses|dosages)\b|"
        r"\b(?:counted|worked out|calculated)\s+how\s+(?:many|much)\s+(?:\w+\s+){0,2}?(?:would|"
        r"will|it'd)\s+(?:take|kill|do)\b|"
        r"\b(?:train|trains)\s+(?:timetable\s+)?(?:for\s+)?(?:the\s+)?fast (?:ones|trains)\s+that\s+"
        r"don't stop\b|\bfast (?:ones|trains) that don't stop\b|"
        r"\bno (?:barrier|railing|fence|net)\b[^.]{0,60}?\b(?:checked|side|edge|top)\b|"
        r"\b(?:fence|barrier|railing)\s+is\s+(?:down|broken|gone|low)\b"
    ), "urgent", third="check_in"),
    # Means kept back or hidden, in veiled words ("putting tablets aside", "keeping back my
    # tablets", "in a sock in my gym bag", "blades in a tampon box so she won't find them").
    SelfHarmRule("means kept back", _anchored(
        r"\b(?:putting|put|been putting|keeping|kept|keep|holding|setting|set)\s+(?:back\s+|aside\s+)?"
        r"(?:my\s+|the\s+|some\s+|his\s+|her\s+)?(?:\w+\s+)?" + PILLS + r"\s+(?:aside|back|by)\b|"
        r"\b(?:keeping|kept|holding)\s+back\s+(?:my\s+|the\s+|some\s+)?(?:\w+\s+)?" + PILLS + r"\b|"
        r"\b(?:not|never)\s+(?:using|taking)\s+(?:them|it)\b[^.]{0,40}?\bkeeping\s+(?:them|it)\b|"
        r"^\s*keeping\s+(?:them|it)\s*$|"
        r"\b(?:" + PILLS + r"|blades?|razors?|razor blades|rope)\s+(?:are\s+|is\s+)?(?:\w+\s+)?in\s+"
        r"(?:a|an|the|my)\s+(?:sock|tampon box|shoebox|shoe box|lunchbox|pencil case|gym bag|"
        r"makeup bag|envelope|coat pocket|drawer under|box under)\b|"
        r"\b(?:hide|hid|hidden|keep|kept)\s+(?:the|my|them)\s+(?:\w+\s+)?(?:in|under|behind)\b"
        r"[^.]{0,60}?\bso\s+(?:my\s+\w+|he|she|they|no one|nobody|mum|mom|dad)\s+(?:won't|wouldn't|"
        r"can't|doesn't|don't)\s+find\b|"
        r"\bhoarding\s+(?:it|them)\b|\bi know what (?:they're|they are|it's|it is) for\b|"
        r"\b(?:\d+|twenty|thirty|forty|fifty|sixty|a hundred)\s+of\s+them\b[^.]{0,40}?\benough\b|"
        r"^\s*(?:it's|that's|there's)\s+(?:more than\s+)?enough\b[^.]{0,40}?\b(?:checked|looked it up|"
        r"googled)\b|"
        r"\b(?:i have|i've got|i've still got|i still have|i've|got)\s+(?:\w+\s+){0,3}?"
        r"(?:his|her|their|(?:\w+'s))\s+(?:old\s+|heart\s+|sleeping\s+|pain\s+)*(?:tablets|pills|"
        r"meds|medication|diazepam|morphine|insulin|painkillers)\b(?:\s+still)?(?=[^.]*\b(?:tidiest|"
        r"easiest|quickest|way|big amounts|enough)\b)|"
        r"\b(?:vodka|whisky|whiskey|wine|gin|rum)\b[^.]{0,60}?\b(?:a box|a bottle|a packet|a pack|"
        r"boxes|packs)\s+of\s+(?:\w+\s+){0,2}?" + PILLS + r"\b|"
        r"\b(?:a box|a bottle|a packet|a pack|boxes|packs)\s+of\s+(?:his|her|their|my|\w+'s)\s+"
        r"(?:old\s+)?(?:" + PILLS + r"|diazepam|morphine|codeine|tramadol)\b(?=.*\b(?:tonight|vodka|"
        r"whisky|wine|gin|tomorrow)\b)|"
        r"\b(?:the\s+)?tidiest way\b|\b(?:insulin pens?|units)\b[^.]{0,80}?\b(?:take me out|would "
        r"(?:take|kill|do it))\b|"
        r"\b(?:taken|took|been taking|taking)\s+some\s+(?:\w+\s+){0,3}?every\s+day\b[^.]{0,80}?$"
        r"(?<=keeping them)|"
        r"\b(?:bought|ordered|got|picked up)\s+(?:the|some|a bag of|a bottle of)\s+(?:tablets|pills|"
        r"charcoal|painkillers|paracetamol)\b[^.]{0,40}?(?:$|\bfor\b)|"
        r"\b(?:got|have|bought)\s+the\s+(?:hose|tubing|tape|stuff|charcoal)\b|"
        r"\b(?:hose|tube|tubing)\s+(?:and\s+tape\s+)?(?:for|to)\s+the\s+exhaust\b|"
        r"\b(?:hose|tubing)\s+and\s+tape\b|\bgarden hose\b[^.]{0,40}\bexhaust\b"
    ), "urgent", "self", third="check_in"),
    # A recent attempt or injury told in veiled words ("woke up in A&E", "they pumped my
    # stomach", "took everything in the cupboard", "stitches ... I didn't fall").
    SelfHarmRule("recent attempt, veiled", _anchored(
        r"\b(?:woke up|came round|came to|woke)\s+(?:in|on)\s+(?:a&e|a and e|the er|hospital|icu|"
        r"the ward|the bathroom floor|the kitchen floor|the floor)\b(?=[^.]*\b(?:pills|took|after|"
        r"pumped)\b|\s*$|\s+on\s+\w+day)|"
        r"\b(?:pumped|pump)\s+my\s+stomach\b|\bstomach pumped\b|"
        r"\b(?:gutted|sad|disappointed|angry|sorry|upset)\s+(?:that\s+)?it\s+didn't\s+work\b|"
        r"\b(?:took|swallowed|taken|downed)\s+(?:everything|all of it|all of them|a load of "
        r"(?:pills|tablets)|a lot of (?:pills|tablets)|loads of (?:pills|tablets))\b|"
        r"\bnext time i(?:'ll| will)\s+(?:take more|do it properly|get it right|use more|go "
        r"higher)\b|"
        r"\bi attempted\s+(?:on|last|this|yesterday|again|over)\b|"
        r"\bwriting (?:this\s+)?from\s+(?:the|a)\s+(?:ward|psych ward|hospital bed|a&e|er)\b|"
        r"\b(?:bruises|marks)\s+on\s+my\s+neck\b[^.]*(?=.*\bwasn't\b)|\bit wasn't a (?:dog lead|"
        r"lead|scarf|accident)\b|"
        r"\b(?:i didn't|didn't)\s+(?:really\s+)?(?:fall|trip|slip)\b\s*$|"
        r"\b(?:doing|do|did)\s+it\s+to\s+myself\s+with\b|\bnearly passed out\b(?=.*\bmyself\b)|"
        r"\b(?:hitting|banging|bashing)\s+my\s+head\s+(?:against|on|off)\s+(?:the\s+)?(?:wall|"
        r"floor|door)\s+(?:until|till|til)\b"
    ), "urgent", "self", third="check_in"),
    # Trying out the method or the place ("practised with the belt", "stood on the chair with the
    # cable", "let two trains go past working out where to stand", "high enough").
    SelfHarmRule("rehearsing the act", _anchored(
        r"\b(?:practi[sc]ed|practi[sc]ing|rehears\w*|tested|testing|tried out|trying out)\s+"
        r"(?:\w+\s+){0,2}?(?:with\s+)?(?:the|a|my)\s+(?:belt|cable|cord|rope|scarf|knot|ligature|"
        r"noose|tie|lead|dressing gown cord)\b|"
        r"\b(?:stood|standing|stand|been)\s+on\s+(?:the|a)\s+(?:chair|stool|bucket)\s+with\s+"
        r"(?:the|a)\s+(?:cable|cord|rope|belt|scarf|noose)\b|"
        r"\b(?:belt|cable|cord|rope|scarf)\b[^.]{0,60}?\b(?:door|banister|beam|hook|ceiling)\b"
        r"(?=[^.]*\b(?:held|night|practi|tested|last)\w*)|^\s*it held\s*$|"
        r"\blet\s+(?:\w+\s+)?trains?\s+(?:go\s+)?(?:past|by|through)\b|"
        r"\bworking out\s+(?:where|which way|how)\s+(?:to stand|i'd (?:need to\s+)?(?:go|stand|"
        r"jump|land)|to (?:jump|land|fall))\b|"
        r"\b(?:stood|stand|standing)\s+(?:right\s+)?at\s+the\s+(?:lip|edge|brink)\b|"
        r"\b(?:top floor|roof|top)\s+of\s+(?:the|a)\s+(?:car park|multi-?storey|building|block|"
        r"tower|parking garage)\b(?=.*\b(?:to see|high enough|three nights|nights running|again|"
        r"every|not come down|look)\b)|"
        r"\bit's\s+(?:high|deep|cold|fast)\s+enough\b|\b(?:high|deep|cold)\s+enough\s+too\b|"
        r"\bmight not come (?:back\s+)?down\b|"
        r"\bhow quick it would be\b|"
        r"\b(?:keep|kept)\s+opening\s+the\s+(?:door|window)\s+and\s+standing\b|"
        r"\b(?:walked|went|stepped)\s+out\s+on(?:to)?\s+the\s+ice\b[^.]*?(?=.*\b(?:crack|give|"
        r"break)\b)|\bwanted it to (?:crack|give way|break)\b|"
        r"\b(?:sat|sitting)\s+in\s+the\s+car\s+in\s+the\s+garage\b|"
        r"\bgarage\b[^.]{0,40}?\b(?:car|engine) running\b|\bgarage door closes all the way\b|"
        r"\b(?:knife|blade|razor)\s+against\s+my\s+(?:wrist|arm|throat|skin)\b|"
        r"\b(?:drove|went|walked|been)\s+(?:up\s+)?to\s+(?:the\s+)?(?:cliffs?|bridge|quarry|"
        r"viaduct|edge|tracks|level crossing)\b[^.]*\b(?:sat|stood|for (?:an?|two|three) hours?)\b|"
        r"\bgoing back when i'm (?:braver|ready|stronger)\b|"
        r"\b(?:picked|chosen|found)\s+the\s+spot\b|"
        r"\b(?:then|and then)\s+i'm\s+going\s+to\s+the\s+(?:bridge|cliffs?|river|tracks|quarry|"
        r"roof)\b"
    ), "urgent", "self", third="check_in", joke="none"),
    # -- preparation and veiled intent: urgent with any other sign ---------------------------
    # Farewell words addressed to someone, or left for after ("by the time you read this",
    # "if anyone reads this, I'm sorry", "please tell Maeve I love her", "they'll get it after").
    SelfHarmRule("farewell to loved ones", _anchored(
        r"\bby the time (?:you|anyone|someone|they|he|she)\s+(?:\w+\s+)?(?:read|reads|find|finds|"
        r"see|sees|get|gets)\s+this\b|"
        r"\b(?:don't|do not|never)\s+let\s+(?:\w+\s+){1,2}?be\s+the\s+one\s+(?:who|to|that)\s+"
        r"finds?\s+me\b|"
        r"\b(?:they'll|they will|he'll|she'll|you'll|everyone will)\s+(?:get|read|see|find)\s+"
        r"(?:it|them|this)\s+after\b|"
        r"\b(?:so|that)\s+(?:whoever|the person who|anyone who)\s+(?:comes in|finds|comes)\b|"
        r"\bnobody (?:expects|will expect|will be expecting) me\b|"
        r"\b(?:won't|will not)\s+be\s+(?:a|any)\s+(?:problem|bother|burden|trouble)\s+(?:after|"
        r"for much longer|much longer|for long|soon|anymore after)\b|"
        r"\b(?:won't|will not)\s+be\s+(?:around|here|alive)\s+for\s+(?:the|my|his|her)\b|"
        r"\bwon't be in it\b|\bone-?way ticket\b[^.]*\b(?:won't|"
        r"not)\b|\bwon't be needing a return\b"
    ), "urgent", third="check_in"),
    SelfHarmRule("plan with a day", _anchored(
        r"\bplan\s*:\s*(?:\w+day|tonight|tomorrow|the \d+\w*)\s*$|"
        r"\b(?:got|have|made)\s+a\s+plan\s+and\s+a\s+(?:date|day|time)\b|"
        r"\bknow exactly what i'm doing on\b"
    ), "urgent", "self", third="check_in"),
    SelfHarmRule("farewell words", _anchored(
        r"\b(?:if|when)\s+(?:anyone|anybody|someone|you|you're|ur|you are|u)\s*(?:'re\s+)?"
        r"(?:reads?|reading|find|finds|see|sees)\s+this\b|"
        r"\b(?:mum|mom|mam|dad|love|babe)\s+if\s+(?:you're|your|you are)\s+reading\s+this\b|"
        r"\b(?:you're|your|you are)\s+the\s+best\s+(?:mum|mom|dad|sister|brother|nan|gran)\s+ever\b|"
        r"\b(?:please\s+)?tell\s+(?:\w+\s+){1,2}?(?:i'm sorry|i love (?:her|him|them)|i waited|"
        r"that i'm sorry|that i love)\b|"
        r"\b(?:none of it|it|this)\s+(?:was|is)\s+(?:never\s+)?(?:not\s+)?(?:his|her|your|their)\s+"
        r"fault\b|\bnever (?:her|his|your|their) (?:job|fault|responsibility) to (?:save|fix|"
        r"look after) me\b|"
        r"\b(?:i'm|i am)\s+(?:so\s+)?sorry\s*,?\s+(?:mum|mom|dad|kiddos|kids|everyone|everybody|"
        r"babe|love|all of you)\b|\bsorry everyone\b|\bthank you for (?:everything|trying)\b|"
        r"\b(?:daddy|mummy|mommy|mama|papa)\s+loves\s+you\b|"
        r"\b(?:passwords|the will|insurance papers|pin numbers?|the deeds|the dog's food|the cat's "
        r"food|spare key)\s+(?:are|is)\s+(?:in|on|under|with)\s+the\b|"
        r"\b(?:letters?|notes?)\s+(?:to|for)\s+(?:\w+\s*,?\s+){1,4}?(?:they're|it's|are|is)\s+in\s+"
        r"the\b|\bletters?\s+for\s+(?:mum|mom|dad|my \w+)\b|"
        r"\b(?:wrote|written|writing)\s+(?:her|him|them)\s+a\s+letter\s+to\s+open\b|"
        r"\b(?:wrote|written|writing)\s+(?:a\s+)?letters?\s+to\s+(?:my\s+)?\w+\s+and\b|"
        r"\b(?:wrote|written|writing)\s+my\s+(?:own\s+)?(?:eulogy|obituary)\b|"
        r"\bi've written the letter\b|\bthe (?:note|letter)'s written\b|\bthe (?:note|letter) is "
        r"written\b|"
        r"\b(?:scheduled|set up)\s+(?:an?\s+)?(?:email|message|post|text)s?\s+to\s+(?:send|go out|"
        r"everyone)\b|^\s*it's scheduled\s*$|"
        r"\b(?:cleaned|tidied)\s+the\s+(?:flat|house|place)\b[^.]*\bso\b|"
        r"\b(?:left|gave)\s+the\s+spare\s+key\s+with\b|\bwhen i'm gone tell\b|"
        r"\bdeleted\s+(?:all\s+)?my\s+(?:socials|accounts|social media)\b|"
        r"\b(?:who|what)\s+(?:gets|happens to)\s+my\s+\w+\s+if\s+i'm\s+gone\b|"
        r"\b(?:booked|took)\s+the\s+day\s+off\b[^.]*\bso\s+nobody\b|"
        r"\b(?:took|taken|gave)\s+(?:the|my)\s+(?:dog|cat|pets?)\s+to\s+(?:the\s+|a\s+)?(?:shelter|rescue)\b|"
        r"\b(?:rehomed|re-homed|rehoming)\s+(?:the|my)\b|\b(?:asked|ask)\s+(?:my\s+)?\w+\s+to\s+take\s+"
        r"(?:\w+\s+){1,3}?(?:for good|for me)\b|\bthe dog's going to\b|"
        r"\b(?:sold|selling)\s+the\s+(?:\w+\s+)?(?:motorbike|car|bike|guitar)\b[^.]*\bgave\b|"
        r"\b(?:told|tell)\s+my\s+therapist\s+i\s+was\s+fine\s+and\s+cancel\w*\b|"
        r"\bcancel(?:led|ed)\s+(?:the\s+)?(?:next\s+)?(?:sessions|appointments|therapy)\b"
    ), "none", "self", third="none", prep=True),
    # A time or window chosen for an unnamed act ("this is my window", "Plan: Wednesday", "I've
    # picked the 14th", "I'm at peace with Thursday", "giving myself until Friday").
    SelfHarmRule("time chosen", _anchored(
        r"\bthis is my (?:window|chance|moment|night)\b|"
        r"\b(?:picked|chosen|chose|set)\s+the\s+\d+(?:st|nd|rd|th)\b|"
        r"\b(?:doing|do it|happens?|happening)\s+on\s+the\s+\d+(?:st|nd|rd|th)\b|"
        r"\bat peace with\s+\w+day\b|"
        r"\bgiving myself (?:until|till|til|one more|a week|a month)\b|"
        r"\b(?:after|before)\s+tonight\b|^\s*(?:tonight|saturday|sunday|\w+day)\s*$|"
        r"\btonight is the (?:last|night)\b|\bthe last night\b|"
        r"\b(?:when|until|till|while)\s+(?:the\s+)?(?:house|flat|place)\s+is\s+empty\b|"
        r"\bwaiting\s+for\s+the\s+(?:house|flat|place)\s+to\s+be\s+empty\b|"
        r"\bwhen\s+everyone(?:'?s| is)\s+asleep\b|"
        r"\b(?:take|swallow)\s+(?:all\s+of\s+)?(?:them|it)\s+(?:all\s+)?(?:tonight|tomorrow|today)\b|"
        r"\b(?:going to|i'll|i will)\s+jump\s+(?:tonight|tomorrow|today)\b|"
        r"\b(?:kids|children)\s+are\s+(?:with|at)\s+\w+(?:'s)?\s+(?:till|until|for)\b|"
        r"\bgot it planned for\b|"
        r"\bi'll post them\b[^.]*\bon my way\b|"
        r"\b(?:going to|gonna|i'll)\s+(?:really\s+)?do\s+it\s+(?:this time|for real|tonight|"
        r"properly)\b|\b(?:do it|doing it)\s+(?:tonight|tomorrow)\s+after\b|"
        r"\bfinish it on\b|\bthen it's done\b|"
        r"\b(?:after|by|come)\s+(?:tonight|tomorrow|\w+day|the \d+(?:st|nd|rd|th)|this weekend)\s*,?\s+"
        r"(?:it|none of (?:it|this)|nothing)\s+(?:won't|will not|wont|isn't going to|will)\s+matter\b|"
        r"\b(?:fr|for real|properly) this time\b|\bnot being dramatic\b(?!\s+(?:about|but i "
        r"(?:love|hate)))"
    ), "none", "self", third="none", prep=True),
    SelfHarmRule("end it", _anchored(
        r"\b(?:going to|gonna|i'll|i will|about to|ready to|decided to|want to|wanna|should|"
        r"thinking (?:about|of)|think about|plan to|planning to|need to|have to|just)\s+(?:just\s+)?"
        r"end(?:ing)?\s+(?:it|things|this|everything)\b(?!\s+(?:with|between|properly|face|"
        r"officially|for (?:real|us|good with)|before|in person|today with|nicely|gently|"
        r"respectfully|for him|for her))"
    ), "check_in", "self", third="none", prep=True),
    SelfHarmRule("preparation", _anchored(
        r"\b(?:wrote|written|writing|write|left)\s+(?:a\s+)?(?:note|notes|letter|letters)\s+"
        r"(?:to|for)\s+(?:my\s+)?(?:family|kids|children|mom|mum|dad|parents|sister|brother|"
        r"everyone|friends|son|daughter)\b|"
        r"\b(?:pick|picked|choose|chose|chosen|set|decide on|decided on|settled on|settle on|"
        r"fixed on)\s+(?:a|the)\s+"
        r"(?:date|day|night|time|weekend)\b(?!\s+for\s+(?:the|our|a|my)\s+(?:wedding|move|"
        r"party|trip|meeting|interview|date|divorce|mediation|closing|exam|surgery))|"
        r"\b(?:tonight|today|tomorrow)(?:'s| is)\s+the\s+(?:night|day)\b|"
        r"\b(?:tonight|today|tomorrow|this|this weekend)\s+(?:might|could|will|may|is going to)\s+be\s+"
        r"(?:it|the night|the day|the end)\b|"
        r"\b(?:holding|counting|staring at|looking at|lining up|sorting|lined up|laid out)\s+(?:\w+\s+){0,2}?"
        r"(?:bottle of\s+)?" + PILLS + r"\b|"
        r"\bgoodbye to (?:anyone|everyone|whoever) (?:reading|who)\b|"
        r"\b(?:wrote|written|writing|left)\s+(?:a\s+)?(?:\w+\s+)?(?:note|letter)\b[^.]*\b(?:once|when|after)\s+"
        r"i(?:'m| am)\s+gone\b|"
        r"\b(?:bought|got|ordered|have|found)\s+(?:a\s+|some\s+)?(?:rope|razor blades|charcoal|"
        r"a gun|helium)\b|"
        r"^\s*(?:not with (?:him|her)\s+)?(?:with|from)\s+(?:everything|life|it all|this world|"
        r"existence|being alive|all of it)\s*$"
    ), "none", "self", third="none", prep=True),
    # Veiled preparation: a decision made, a day set, farewell words, holding or trying out the
    # means. Each is urgent together with any other sign or another preparation.
    SelfHarmRule("resolve and farewell", _anchored(
        r"\b(?:i've|i have|i)\s+(?:finally\s+|just\s+)?(?:decided|made up my mind|made my decision|"
        r"made the decision)\s*$|"
        r"\b(?:i've|i have|i)\s+(?:finally\s+)?(?:set|picked|chosen|chose)\s+(?:a|the)\s+(?:date|day)\s*$|"
        r"\bthat's (?:when|the day|the night|the date)\b(?:\s+i(?:'ll| will|'m going to| am going to)"
        r"\s+(?:do it|go))?\s*$|"
        r"\b(?:i'm|i am|i'll|i will|i'm going to|going to|gonna)\s+(?:do it|end it|go through with it)\s+"
        r"(?:tonight|tomorrow|this weekend|this week|on \w+day|that (?:same\s+)?day|then|while|after|"
        r"before|once|when (?:he|she|they|everyone|the kids))\b|"
        r"\bi'm ending it\b(?!\s+(?:with|between|properly|officially|face))|"
        r"\b(?:tonight|tomorrow|this weekend|soon|on \w+day)\s+(?:i think\s+|maybe\s+|i guess\s+)?"
        r"i(?:'ll| will)\s*$|"
        r"\b(?:feel|felt|feeling)\s+(?:so\s+|strangely\s+|weirdly\s+|oddly\s+|really\s+)?(?:calm|"
        r"at peace|peaceful|relieved)\s+(?:for the first time|now that (?:i've|i have) decided|since "
        r"i decided|now that it's decided)\b|"
        r"\bsorry to (?:whoever|anyone|everyone who|the person who) (?:reads|finds|sees) (?:this|me)\b"
        r"(?!\s+(?:rant|mess|essay|novel|long|wall|post))|\bto whoever finds (?:me|this)\b|"
        r"\b(?:they'll|he'll|she'll|you'll|someone will|they will|she will|he will)\s+find\s+(?:them|"
        r"it|this|these|the (?:note|notes|letters?))\s+(?:after|afterwards|when|once|later)\b|"
        r"\b(?:envelope|letter|note)\s+with\s+(?:her|his|their|\w+'s)\s+name\s+on\s+it\b|"
        r"\b(?:wrote|written|writing|left|recorded)\s+(?:the|my)\s+(?:note|letters?|goodbyes?)\s*$|"
        r"\b(?:wrote|written|writing|write|left|recorded)\s+(?:something|a message|messages|a video|"
        r"videos)\s+(?:to|for)\s+(?:my\s+)?(?:family|kids|children|mom|mum|dad|parents|sister|"
        r"brother|everyone|friends|son|daughter|husband|wife)\b|"
        r"\b(?:loaded|cleaned|took out|got out|unlocked|held|holding)\s+(?:my\s+|his\s+|the\s+|a\s+|"
        r"(?:my\s+)?\w+'s\s+)?(?:\w+\s+)?(?:gun|rifle|pistol|shotgun|revolver|handgun)\b|"
        r"\b(?:sat|sitting|sit)\s+with\s+it\s+(?:for|all|until|till)\b|"
        r"\b(?:carrying|carry|carried|keep|keeping|kept)\s+(?:a|the|my)\s+(?:razor|blade|knife|"
        r"razor blade)\s+(?:with me|on me|under|in my|ever since|around)\b|"
        r"\b(?:lining|lined|laying|laid)\s+(?:the|my|all the)\s+" + PILLS + r"\s+(?:up|out)\b|"
        r"\b(?:working out|worked out|checking|checked|measuring|measured|judging|figuring out)\s+"
        r"(?:the\s+)?(?:height|drop|how high|how far down|how deep)\b|"
        r"\b(?:been|went|go|gone|walked|drove)\s+(?:up\s+)?(?:there|up there)\s+(?:\w+\s+)?to\s+"
        r"(?:look|check|see how high|see the drop)\b|"
        r"\b(?:giv(?:e|ing|en)|gave)\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:\w+'s\s+|good\s+|"
        r"old\s+|favou?rite\s+)?(?:books|clothes|guitar|jacket|car|bike|necklace|jewel\w*|watch|"
        r"records|vinyl|collection|plants|laptop|camera|paintings|tools|games|console)\b"
        r"(?:\s+and\s+(?:my\s+)?(?:\w+\s+){0,2}?\w+)?\s+to\s+(?:anyone|anybody|whoever|my\s+\w+|"
        r"(?:her|his)\s+\w+|[a-z]+)\b|"
        r"\b(?:i|i've|i have)\s+signed\s+(?:my|the)\s+(?:\w+\s+)?over\s+to\b|"
        r"\b(?:nearly|almost)\s+(?:went|did|let go)\s*$|\bi'm going back(?: there)?(?: tonight| tomorrow)?\s*$"
    ), "none", "self", third="none", prep=True),
    SelfHarmRule("at the edge", _anchored(
        r"\b(?:stood|standing|sat|sitting|went|go|going|walked|walking|drove|driving|climbed|been)\s+"
        r"(?:back\s+)?(?:\w+\s+){0,2}?(?:on|at|to|up)\s+"
        r"(?:the\s+)?(?:edge|ledge|railing|bridge|platform edge|roof|rooftop|cliff|tracks|"
        r"balcony)\b.*\b(?:night|long time|hour|again|alone|jump|thinking|going back|wondering)\b|"
        r"\b(?:stood|standing|sat|sitting|climbed)\s+(?:\w+\s+){0,2}?(?:on|onto|out on)\s+(?:the\s+)?"
        r"(?:ledge|parapet|railing|edge of the (?:roof|bridge|cliff|platform))\b[^.]*\b(?:while|minutes|"
        r"staring|looking down|the drop)\b|"
        r"\b(?:parked|stopped|pulled in|pulled up|sat|sitting|standing|stood)\s+(?:\w+\s+){0,2}?(?:on|at)\s+"
        r"(?:the\s+)?(?:bridge|cliff|cliff top|clifftop)\b[^.]*\b(?:looking|staring)\s+(?:at|down|into)\s+"
        r"(?:the\s+)?(?:water|drop|river|sea|edge)\b"
    ), "check_in", "self", third="none", prep=True),
    SelfHarmRule("if I were gone", _anchored(
        r"\bif i (?:just\s+)?(?:stopped existing|ceased to exist|disappeared|faded away|vanished|was gone|were gone|died|"
        r"wasn't (?:here|around|alive)|weren't (?:here|around|alive)|was dead|were dead|"
        r"didn't exist|left this world|ended it)\b|"
        r"\bbetter off gone\b|"
        r"\b(?:wouldn't|would not|won't)\s+be\s+(?:so\s+)?(?:bad|terrible|the worst|a bad thing)\s+if\s+"
        r"(?:i\s+(?:died|didn't wake|was gone|disappeared|never woke|got hit|crashed)|(?:someone|"
        r"something|a car|a truck|a bus)\s+(?:crashed into|hit|ran over|ran into)\s+me)\b|"
        r"\b(?:don't|do not|didn't|dont)\s+(?:think i\s+)?(?:want|wanna)\s+(?:to\s+)?be\s+(?:here|around)\s+"
        r"(?:anymore|tomorrow|much longer|any longer)\b|"
        r"\b(?:don't|do not)\s+think\s+i\s+(?:want|wanna)\s+(?:to\s+)?be\s+here\b|"
        r"\b(?:life|my life)\s+(?:has|holds)\s+no\s+(?:meaning|purpose|point)\b|"
        r"\bmy life is over\b|"
        r"\b(?:don't|do not|no longer)\s+have\s+(?:the\s+)?(?:strength|energy|will)\s+to\s+(?:keep going|"
        r"go on|carry on|live|fight|continue|keep living)\b|"
        r"\b(?:keep|kept|can't stop|always|constantly)\s+thinking\s+about\s+(?:death|dying|not "
        r"(?:being here|existing|waking up))\b"
    ), "check_in", "self", third="none"),
    # -- check_in: wish to be dead, hopelessness, burden, indirect signs --------------------
    SelfHarmRule("wish I were dead", _anchored(
        r"\b(?:wish|wishing|hope|hoping|pray|praying)\s+(?:that\s+)?(?:i|i'd|i'm)\s+"
        r"(?:was|were|would be|could be|would just|had|'d|was just|were just|'m|just|could|would)?\s*"
        r"(?:dead|die|gone|not alive|not here|never born|never been born|never existed|"
        r"didn't exist|did not exist|wasn't (?:alive|born|here|around)|weren't (?:alive|born|here|"
        r"around)|disappear|vanish|be gone|cease to exist|stop existing|not wake up|"
        r"don't wake up|never wake up|won't wake up|wouldn't wake up|get hit|got hit|die in my sleep|"
        r"just die|not exist)\b|"
        r"\bbetter off dead\b|\b(?:would|wouldn't) mind (?:if i )?(?:dying|died|being dead|"
        r"not waking|didn't wake|never woke|never waking|not existing|if it all ended)\b|"
        r"\bwish (?:a|some|the)\s+(?:\w+\s+)?(?:car|truck|bus|train)\s+would hit me\b|"
        r"\b(?:hope|wish)\s+(?:a|some|the)\s+(?:\w+\s+)?(?:car|truck|bus|train)\s+hits me\b|"
        r"\b(?:don't|do not|doesn't)\s+care\s+(?:if|whether)\s+i\s+(?:live|die|wake up|make it|"
        r"get hurt|survive|am alive)\b|"
        r"\b(?:don't|do not)\s+(?:really\s+|even\s+)?care\s+if\s+(?:it|this|everything|life|"
        r"my life|it all)\s+(?:all\s+)?(?:stops|ends|stopped|ended)\b(?!\s+\w+ing\b)"
    ), "check_in", "self", third="check_in"),
    SelfHarmRule("sleep forever", _anchored(
        r"\b(?:go to |fall |just |)sleep\s+(?:forever|and never wake|and not wake|and just not wake|"
        r"for(?:ever| good)|and never come back)\b|"
        r"\b(?:don't|do not|didn't|never|not)\s+(?:want|wanna|wish|need)?\s*(?:to\s+)?wake up\b|"
        r"\b(?:never|not)\s+wak(?:e|ing)\s+up\s+(?:again|tomorrow|ever|at all)\b|"
        r"\bwake up (?:dead|in heaven)\b"
    ), "check_in", "self", third="check_in"),
    SelfHarmRule("disappear", _anchored(
        r"\b(?:want|wanna|wish i could|would like|i'd like|need|just want)\s+(?:to\s+)?"
        r"(?:just\s+)?(?:disappear|vanish|cease to exist|stop existing|not exist|fade away|"
        r"be erased|evaporate)\b|"
        r"\bwish i (?:had )?never (?:been born|existed|woken up)\b|"
        r"\bi should (?:just )?(?:disappear|not be here|not exist|not have been born|be dead|"
        r"go away forever)\b|\bi (?:don't|do not) deserve to (?:live|be alive|exist|be here)\b|"
        r"\bdeserve to (?:die|suffer|be dead|disappear|rot)\b"
    ), "check_in", "self", third="check_in"),
    SelfHarmRule("can't live without", _anchored(
        r"\b(?:can't|can not|could not|couldn't|won't be able to|don't know how to|not able to)\s+"
        r"(?:\w+\s+)?(?:live|survive|go on|exist|breathe|keep living|keep going|make it)\s+"
        r"without\s+" + PERSON + r"\b|"
        r"\bwithout\s+" + PERSON + r"\s+(?:\w+\s+){0,3}?(?:no reason|nothing|pointless|"
        r"not worth|isn't worth|is not worth|no point|meaningless)\b|"
        r"\b(?:life|living)\s+without\s+" + PERSON + r"\s+(?:\w+\s+){0,2}?(?:isn't|is not|"
        r"wouldn't be|won't be|is|feels)\s+(?:\w+\s+)?(?:worth|pointless|meaningless|nothing|"
        r"unbearable|impossible)\b|"
        r"\b(?:i'll|i will|i'd|i would|i'm going to|i am going to|going to)\s+(?:literally\s+)?"
        r"die\s+(?:without\s+" + PERSON + r"|if\s+(?:he|she|they|you)\s+(?:\w+\s+)?"
        r"(?:leave|leaves|left|doesn't come|don't come|won't come|never come|doesn't return|"
        r"won't return|goes|moves on|marries|gets married))\b|"
        r"\brather die than (?:live|be|go on|keep|face|lose)\b|\b" + PERSON
        + r"\s+(?:was|were|is|are)\s+my\s+(?:only\s+)?reason\s+to\s+live\b|"
        r"\b(?:he|she|they)\s+(?:was|were|is|are)\s+my\s+(?:only\s+)?reason\s+(?:to|for)\s+(?:live|living)\b|"
        r"\bmy (?:only\s+)?reason (?:to|for) (?:live|living)\b.*\b(?:gone|left)\b"
    ), "check_in", "self", third="none"),
    SelfHarmRule("can't go on", _anchored(
        r"\b(?:can't|can not|cannot|couldn't|unable to|not sure i can|don't think i can|"
        r"don't know if i can|don't know how (?:much longer )?i can|don't know how to)\s+"
        r"(?:\w+\s+)?(?:go on|keep going|carry on|keep living|do this anymore|take (?:it|this|"
        r"much more|any more|anymore)|handle (?:it|this) anymore|live like this|keep doing this|"
        r"survive this|cope anymore|bear it|bear this|do life|hold on|hang on much longer|"
        r"go on living|keep fighting|face tomorrow|face another day)\b|"
        r"\b(?:i'm|i am|not)\s+(?:not\s+)?going to make it\b|\bwon't make it through\b|"
        r"\b(?:tired|sick|exhausted|done)\s+of\s+(?:living|being alive|life|existing|"
        r"fighting to stay alive|waking up|everything)\b|"
        r"\b(?:done|finished)\s+with\s+(?:life|living|everything|it all|this world|existing|"
        r"being alive)\b|\bgive up on (?:life|living|everything|myself)\b|"
        r"\b(?:gave|giving|given)\s+up\s+on\s+(?:life|living|everything|myself)\b"
    ), "check_in", "self", third="none"),
    SelfHarmRule("hopeless", _anchored(
        r"\b(?:feel|feeling|felt|am|i'm|so|completely|totally|utterly|just|everything (?:is|feels|"
        r"seems)|life (?:is|feels|seems)|it all (?:feels|seems))\s+(?:so\s+|completely\s+|"
        r"totally\s+|utterly\s+|just\s+|really\s+)?hopeless\b(?!\s+(?:romantic|case|at|with|about (?:ever\s+)?"
        r"(?:getting|him|her|them|us|the relationship|dating|love|finding|meeting|winning)))|"
        r"\bhopelessness\b|\bno hope (?:left|for me|anymore|at all|of getting better|that it)\b|"
        r"\b(?:lost|losing|have no|no)\s+(?:all\s+)?(?:hope|will to go on)\b(?!\s+(?:that he|that she|"
        r"he|she|for us|of (?:him|her|getting him|getting her|us)))|"
        r"\b(?:what's|what is|whats)\s+the\s+(?:point|use)\s*(?:of|in)?\s*(?:anything|living|life|"
        r"going on|it all|being alive|even trying|trying|existing|getting up|me|anymore|any of (?:it|this)|"
        r"$)|\bnothing (?:will|is going to) ever be (?:good|okay|ok|better|right|worth it) again\b|"
        r"\brather not (?:exist|be alive|be here|wake up|live|be born)\b|"
        r"\bno (?:point|reason|use)\s+(?:in\s+|to\s+)?(?:living|life|anything|going on|carrying on|"
        r"getting up|being alive|existing|trying anymore|to anything|anymore|in me)\b|"
        r"\bnothing (?:left )?to live for\b|\bno (?:one|body) (?:left )?to live for\b|"
        r"\bno reason (?:for me )?to (?:get up|keep going|go on|stay|be here|carry on|try|wake up|live)\b|"
        r"\blife (?:is|feels|seems|has become)\s+(?:so\s+|completely\s+|totally\s+)?"
        r"(?:pointless|meaningless|not worth living|worthless|unbearable|unlivable)\b|"
        r"\b(?:isn't|is not|not)\s+worth\s+living\b|\b(?:no|not a|there's no|there is no|can't "
        r"see (?:a|any)|cannot see (?:a|any)|don't see (?:a|any)|see no)\s+way out\b|\bonly way out\b|"
        r"\b(?:i|i'm)\s+(?:have|see|got)?\s*no future\b|\bdon't see (?:a|any) future for me\b|"
        r"\b(?:don't|do not|doesn't|does not|can't|cannot)\s+(?:really\s+|even\s+)?see\s+"
        r"(?:the|any|much|much of a|a lot of)\s+point\s+(?:in\s+|of\s+)?(?:anything|living|life|"
        r"going on|carrying on|being around|being here|being alive|continuing|anymore|"
        r"getting up|waking up)\b|\bnothing (?:will ever|is ever going to) get better\b|"
        r"\bit(?:'s| is| will) never (?:going to )?get better\b|\bnever going to get better\b"
    ), "check_in", "self", third="none"),
    SelfHarmRule("burden", _anchored(
        r"\b(?:i'm|i am|i feel like|i feel like i'm|being|i've become|i've been|i'm just|feel like|"
        r"am i)\s+(?:such\s+|just\s+|only\s+)?(?:a|a huge|a big|nothing but a|such a)\s+burden\b|"
        r"\bburden (?:to|on|for) (?:everyone|everybody|my|them|people|the people|him|her|you)\b|"
        r"\b(?:would|will|'d|are|is)\s+(?:all\s+)?(?:be\s+)?better\s+(?:off\s+)?without\s+me\b|"
        r"\b(?:world|everyone|everybody|they|people|my family|my kids|he|she)\s+(?:\w+\s+){0,2}?"
        r"(?:better|happier|relieved)\s+(?:off\s+)?(?:without me|if i (?:was|were|wasn't|weren't)|"
        r"when i'm gone)\b|"
        r"\b(?:no one|nobody|no body|noone|who)\s+(?:would|will|'d|even)\s+(?:even\s+)?(?:miss|"
        r"notice|care|cry)\b.*\b(?:me|i|gone|dead|disappeared|died)\b|"
        r"\b(?:no one|nobody)\s+(?:would|will)\s+(?:even\s+)?(?:miss me|notice|care)\b|"
        r"\b(?:waste of (?:space|air|oxygen|a life|life))\b|\bi ruin everything i touch\b"
    ), "check_in", "self", third="none"),
    SelfHarmRule("giving things away", _anchored(
        r"\b(?:giv(?:e|ing|en)|gave)\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+)?"
        r"(?:stuff|things|belongings|possessions|everything i own|cat|dog|pets?|guitar|"
        r"savings|records|jewelry|plants|favorite things)\s+(?:away|to)\b|"
        r"\b(?:giv(?:e|ing|en)|gave)\s+away\s+(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:stuff|things|"
        r"belongings|possessions|everything|cat|dog|pets?|guitar|savings|records|jewelry|"
        r"plants|favorite)\b|"
        r"\b(?:won't|will not|wont)\s+need\s+(?:it|them|this|these|my \w+|anything)\s+"
        r"(?:anymore|much longer|where i'm going|soon|after)\b|"
        r"\b(?:putting|put|getting|got|setting)\s+my\s+(?:affairs|things|papers)\s+in\s+order\b|"
        r"\bmy\s+affairs\s+are\s+(?:all\s+|now\s+)?in\s+order\b|"
        r"\b(?:made|make|making|wrote|write|writing|updated|updating)\s+(?:out\s+)?(?:a|my)\s+will\b|"
        r"\b(?:said|saying|say|wanted to say)\s+(?:my\s+)?goodbyes?\s+to\s+(?:everyone|everybody|"
        r"my (?:family|friends|kids|mom|mum|dad|parents|cat|dog|sister|brother))\b|"
        r"\bthis is goodbye\b|\bgoodbye forever\b|\b(?:when|after|once) i'm gone\b|"
        r"\b(?:when|after|once|if) i(?:'m| am) (?:not around|no longer here|not here anymore)\b|"
        r"\btake care of my (?:cat|dog|kids|pets?|plants) (?:for me )?(?:when|after|if) i\b"
    ), "check_in", "self", third="none"),
    # A passive wish to be dead in indirect words ("disappointed I woke up", "wouldn't fight it if
    # my heart just stopped", "how peaceful it'd be to not be here anymore").
    SelfHarmRule("passive wish", _anchored(
        r"\b(?:disappointed|sad|annoyed|angry|upset|sorry|gutted|relieved)\s+(?:that\s+)?i\s+"
        r"(?:woke up|wake up|keep waking up|didn't die|survived|am still (?:here|alive)|'m still "
        r"(?:here|alive)|didn't wake up)\b|"
        r"\b(?:wouldn't|would not|won't|will not)\s+(?:fight|resist|mind|stop)\s+(?:it\s+)?if\s+"
        r"(?:my heart|i (?:just\s+)?(?:died|didn't|never|got|was)|something (?:happened|took)|"
        r"someone|a car|a truck|it all)\b|"
        r"\b(?:welcome|wouldn't mind|would not mind|be glad|be relieved)\s+(?:it\s+)?if\s+i\s+"
        r"(?:just\s+)?(?:got sick|didn't (?:recover|wake|make it)|died|never woke|got hit|was gone|"
        r"disappeared)\b|"
        r"\b(?:just|to|would|could|it'd be to|be to)\s+not\s+be\s+(?:here|around)\s+(?:anymore|any "
        r"longer|at all)\b|"
        r"\bbetter if i (?:just\s+)?(?:stopped|wasn't here|weren't here|was gone|were gone|"
        r"disappeared|didn't exist|wasn't around|weren't around)\s*(?:$|existing|living|breathing|"
        r"being)|"
        r"\b(?:don't|do not|doubt)\s+(?:think\s+)?i(?:'ll| will)\s+(?:still\s+)?be\s+(?:around|here|"
        r"alive)\s+(?:by|for|next|at|to see|in|when|much)\b|"
        r"\b(?:don't|do not|can't|cannot)\s+see\s+why\s+i'?m\s+(?:still\s+)?(?:here|alive|around)\b|"
        r"\bwhy am i (?:even|still) (?:here|alive|around)\b|"
        r"\b(?:picture|picturing|pictured|imagine|imagining|imagined|think about|thinking about|"
        r"daydream\w* about)\s+(?:\w+\s+){0,3}?my\s+(?:own\s+)?funeral\b"
    ), "check_in", "self", third="check_in"),
    # The future gone ("can't picture a future", "nothing left to look forward to").
    SelfHarmRule("no future", _anchored(
        r"\b(?:can't|cannot|can not|couldn't|don't|do not)\s+(?:even\s+)?(?:picture|see|imagine|"
        r"envision)\s+(?:a|any|my|the|much of a)\s+future\b(?!\s+(?:with|for us|together))|"
        r"\b(?:can't|cannot|don't|couldn't)\s+see\s+myself\s+(?:getting through|surviving|making it "
        r"(?:through|to|past)|lasting|being here|being alive|still here)\b|"
        r"\b(?:nothing|not (?:a|one) (?:single )?thing|(?:can't|cannot|couldn't) think of "
        r"(?:a single thing|one thing|anything))\s+(?:left\s+)?to\s+look\s+forward\s+to\b"
        r"(?!\s+(?:this|next|at|on|about|in|except|but|apart))|"
        r"\bmy life is (?:basically |pretty much |practically |already |just |kind of )over\b|"
        r"\bwhat'?s (?:even )?the point of me\b|"
        r"\b(?:don't think|doubt)\s+(?:anything|it|things|life)\s+(?:will\s+)?(?:ever\s+)?"
        r"(?:gets?|is going to get)\s+better\s+for\s+me\b|"
        r"\bwhere my future used to be\b|\bno future (?:left|for me|ahead of me)\b|"
        r"\b(?:tired|exhausted|sick|worn out)\s+of\s+(?:fighting|struggling)\s+(?:so hard\s+)?"
        r"(?:to\s+)?(?:stay|be|keep|feel)\s+(?:okay|ok|alive|afloat|sane|going|normal)\b|"
        r"\b(?:tired|exhausted|sick|worn out)\s+of\s+trying\s+to\s+(?:stay|keep myself)\s+alive\b|"
        r"\bwaiting for (?:the days|it all|life|everything|my life|the end) to (?:be over|end|stop)\b"
    ), "check_in", "self", third="none"),
    # Feeling a burden, in other words ("a weight on everyone", "in everyone's way", "the kids
    # would do fine without me", "deserve a better parent than me").
    SelfHarmRule("burden, indirect", _anchored(
        r"\b(?:a|such a|just a|nothing but a)\s+(?:weight|drain|burden|nuisance|problem|bother)\s+"
        r"(?:on|to|for)\s+(?:everyone|everybody|my \w+|them|people|all of them|the people)\b|"
        r"\bi(?:'m| am)\s+(?:\w+\s+){0,2}?in\s+(?:everyone's|everybody's|people's)\s+way\b|"
        r"\b(?:no use|no good|useless)\s+to\s+(?:anyone|anybody|everyone|my \w+)\b|"
        r"\bdeserves?\s+(?:a\s+)?better\s+(?:parent|mother|father|mum|mom|dad|person|daughter|son|"
        r"friend|sister|brother|wife|husband)\s+than\s+me\b|"
        r"\b(?:kids|children|family|son|daughter|they|everyone|everybody|world|friends|parents)\s+"
        r"(?:\w+\s+){0,2}?(?:would|will|'d)\s+(?:honestly\s+|probably\s+|really\s+|just\s+)?"
        r"(?:be|do|get on|manage|cope|keep (?:turning|going|spinning))\s+(?:just\s+)?(?:fine|okay|"
        r"ok|better|great|alright)\s+(?:off\s+)?(?:without me|with just|with only)\b"
    ), "check_in", "self", third="none"),
    # Settling affairs and passing things on ("who gets what", "tying up loose ends").
    SelfHarmRule("settling affairs", _anchored(
        r"\bwho gets what\b|\b(?:like|i'm|i am|been|feels like)\s+(?:i'm\s+)?(?:tying|tie)\s+up\s+"
        r"(?:all\s+)?(?:the\s+|my\s+)?loose ends\b(?!\s+(?:at|before|for|on)\b)|"
        r"\bleaving\s+my\s+(?:things|stuff|belongings)\s+to\b|"
        r"\b(?:won't|will not|wont)\s+need\s+(?:it|them|those|these)\s*$|"
        r"\bgoodbye (?:everyone|everybody|world|all)\b|"
        r"\b(?:saying|said|say)\s+goodbye\s+to\s+(?:people|everyone|everybody|friends)\b"
    ), "check_in", "self", third="check_in"),
    # Someone else's warning signs ("she wants to disappear", "talking about ending it").
    SelfHarmRule("someone else's signs", _anchored(
        r"\b(?:he|she|they)\s+(?:\w+\s+){0,3}?wants?\s+to\s+(?:disappear|die|not be here|not exist|"
        r"be dead)\b|"
        r"\b(he|she)\s+(?:\w+\s+){0,3}?wish(?:es|ed)?\s+(?:that\s+)?\1\s+(?:was|were|had never been)"
        r"\s+(?:dead|born|gone)\b|"
        r"\b(?:he|she|they)(?:'s| has| have|'ve)?\s+(?:been\s+)?(?:talking|posting|writing|joking)\s+"
        r"about\s+(?:ending it|dying|not being here|not being around|wanting to die|suicide|"
        r"killing (?:himself|herself|themselves)|disappearing)\b"
    ), "check_in", "other", third="check_in"),
    # A passive wish for an accident or illness to end things ("hoping the plane goes down",
    # "wouldn't exactly dodge a falling piano", "relief if my heart just stopped").
    SelfHarmRule("wish for an accident", _anchored(
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?(?:\w+\s+){0,2}?(?:the|a|my)\s+"
        r"(?:plane|flight|bus|car|train|lorry|truck|ute)\s+(?:\w+\s+){0,2}?(?:goes down|crashes|"
        r"hits me|would (?:just\s+)?hit me|would crash)\b|"
        r"\b(?:hope|hoping|wish|wishing)\s+i(?:'ll| will| would|'d)?\s+(?:get|got)\s+(?:\w+\s+){0,2}?"
        r"(?:hit|sick|ill|cancer|run over)\b|"
        r"\b(?:wouldn't|would not|won't)\s+(?:exactly\s+)?(?:dodge|duck|step out of the way of|"
        r"move out of the way of|run from)\b|"
        r"\b(?:wouldn't|would not|won't)\s+be\s+the\s+worst\s+thing\s+if\s+(?:someone|something|"
        r"a\s+\w+|i)\b|"
        r"\bif i (?:got|get) hit by\b[^.]*\b(?:fair enough|fine|relief|wouldn't mind|i'd be ok)\b|"
        r"\b(?:terminal|fatal)\s+(?:diagnosis|illness|cancer)\b[^.]*\brelieved\b|"
        r"\b(?:relief|relieved|a mercy|a blessing|fine|okay|ok)\s+if\s+my\s+heart\s+(?:just\s+)?"
        r"(?:stopped|gave out|gave up)\b|"
        r"\b(?:not unhappy|ready|happy)\s+to\s+be\s+near\s+the\s+end\b|\brather it came sooner\b|"
        r"\b(?:just\s+)?waiting\s+to\s+die\b|\brather not be (?:anywhere|at all|around)\b|"
        r"\bfine if i just didn't have to wake up\b|\bdidn't have to wake up\b|"
        r"\b(?:fine|okay|ok|better|easier|a relief)\s+if\s+i\s+(?:just\s+)?(?:didn't|never|did not)\s+"
        r"(?:get|got|wake|woke)\s+up\b(?!\s+(?:early|till|until|before|at|for|in time|on time))|"
        r"\b(?:hope|hoping|wish|wishing)\s+i\s+(?:just\s+)?(?:don't|didn't|never)\s+(?:have\s+to\s+)?"
        r"(?:get|wake)\s+up\s+(?:ever\s+)?again\b|"
        r"\b(?:the|be the)\s+one\s+(?:that\s+)?i\s+(?:don't|do not|won't|never)\s+(?:come|get|make it)\s+"
        r"(?:home|back)\s+from\b|"
        r"\bwish(?:es)?\s+i\s+(?:actually\s+)?was\b(?=[^.]*\bdying\b)|"
        r"\bpart of me wishes i (?:actually )?was\b|"
        r"\bone-way trip\b[^.]*\bnot for\b|"
        r"\b(?:people|anyone)\s+would\s+come\s+to\s+my\s+funeral\b"
    ), "check_in", "self", third="check_in"),
    # Sleep or not being, wished for without a plan ("sleep for a very long time, or forever",
    # "fall asleep and skip the rest of my life", "just not be", "stopped existing").
    SelfHarmRule("wish not to be", _anchored(
        r"\b(?:go to sleep|sleep|fall asleep)\s+(?:for\s+a\s+(?:very\s+)?long\s+time|and\s+skip|"
        r"and\s+that(?:'ll| will)\s+be\s+that)\b|\bor forever\b|"
        r"\bskip the rest of my life\b|"
        r"\b(?:like|want|wish|wanted)\s+to\s+just\s+not\s+be\b|^\s*just not be\s*$|"
        r"\bstopped existing\b|\bstop existing\b|"
        r"\b(?:not sure|don't know if|doubt)\s+i\s+(?:even\s+)?want\s+to\s+be\s+(?:alive|around|here)\b|"
        r"\bi'm not sure i want to be alive\b|"
        r"\bdon't (?:really\s+)?want to be (?:one|a person|anything)\b|"
        r"\bdon't want to be here\s*$|"
        r"\b(?:don't|do not)\s+(?:think\s+)?(?:i'll|i will|i'd)\s+be\s+alive\s+long\s+enough\b|"
        r"\bwant to be around long enough\b|\b(?:have|i've|had|i'd)\s+lived\s+long\s+enough\b(?!\s+(?:to|in|with|here|there|abroad)\b)|"
        r"\b(?:don't|do not|not)\s+(?:even\s+)?(?:sure\s+)?(?:i\s+)?care\s+whether\s+i'm\s+"
        r"(?:here|alive|around)\b|"
        r"\b(?:built|able|going)\s+to\s+survive\s+this\b(?=.*\bno\b)|"
        r"\bdon't know if i want to keep going\b|\bmaybe it's time to stop trying\b"
    ), "check_in", "self", third="check_in"),
    # No future or reason left, in plain words ("no future without him", "no version of the
    # future", "this is the rest of it", "the only reason I'm still here", "you were my reason").
    SelfHarmRule("no reason left", _anchored(
        r"\bno future\b(?!\s+(?:for us|with|together|in (?:it|this|us)))|\bno version of (?:the|my) future\b|"
        r"\b(?:can't|cannot|couldn't)\s+picture\s+(?:one|a single|a|any)\s+(?:single\s+)?"
        r"(?:thing|version|day)\b|"
        r"\bthis is it,? this is the rest of it\b|\bthe rest of (?:it|my life)\b[^.]*\bthis is it\b|"
        r"\blife is (?:just\s+)?a waiting room\b|\bend credits\b[^.]*\bmy life\b|"
        r"\bwhat (?:exactly\s+)?am i (?:for|here for)\b|"
        r"\bonly\s+(?:reason|thing)\s+(?:i'm|i am)\s+(?:still\s+)?(?:here|alive|going)\b|"
        r"\bonly\s+thing\s+keeping\s+me\s+(?:alive|here|going)\b|"
        r"\b(?:if it wasn't|if it weren't|if not)\s+for\s+(?:my\s+)?\w+\s+i\s+(?:don't think\s+)?"
        r"(?:i'd|would)\s+(?:bother|be here|stay)\b|"
        r"\bwhy i'd bother going on\b|\bwhy i (?:even\s+)?bother\s*$|"
        r"\b(?:you|he|she|they)\s+(?:were|was)\s+my\s+reason\b|\bthe reason i got up\b[^.]*\bno reason\b|"
        r"\bnow there's no reason\b|\bwithout (?:him|her|them|you) there isn't a life\b|"
        r"\bcan't see the point of (?:carrying on|going on|any of it|much)\b|"
        r"\bdon't just mean the breakup\b"
    ), "check_in", "self", third="none"),
    # Burden and taking up room, told indirectly ("a weight around everyone's neck", "taking up
    # space", "doing everyone a favour by not being here", "the kindest thing ... is vanish").
    SelfHarmRule("burden, told indirectly", _anchored(
        r"\b(?:weight|millstone)\s+(?:around|round|on)\s+(?:everyone's|everybody's|their|"
        r"people's|my \w+'s)\s+neck\b|"
        r"\btaking up space\b|\bdragging everyone down\b|"
        r"\b(?:lighter|better|happier|easier)\s+place\s+without\s+me\b|"
        r"\b(?:favou?r|kindness)\s+(?:\w+\s+){0,2}?(?:by\s+)?(?:not being here|not being around|"
        r"disappearing|vanishing|being gone)\b|"
        r"\bkindest thing\b[^.]*\b(?:vanish|disappear|go|not be here)\b|"
        r"\bif i stopped being around\b|"
        r"\b(?:kids|children|family|girls|boys|little ones)\s+would\s+(?:\w+\s+)?be\s+better\s+off\s+"
        r"with\b"
    ), "check_in", "self", third="none"),
    # Giving things away or tidying affairs without a stated plan ("giving away my clothes",
    # "boxes labelled for different people", "don't owe anyone anything", "just in case").
    SelfHarmRule("giving away, tidying up", _anchored(
        r"\b(?:giving|gave|given|give)\s+away\s+my\b(?![^.]*\b(?:declutter\w*|moving|spring clean\w*|"
        r"clear(?:ing)? out|outgrown|too small|don't fit)\b)|"
        r"\bdon't (?:really\s+)?want (?:anything|things)(?: anymore)?\s*$|"
        r"\bgave the rest to charity\b|\bboxes labell?ed for\b|\bnephew gets\b|"
        r"\b(?:not|don't)\s+owe\s+anyone\s+anything\b|\bsaying proper goodbyes\b|"
        r"\bemergency contact\b[^.]*\bjust in case\b|\bleft a list of who to call\b"
    ), "check_in", "self", third="check_in"),
    # Worry about one's own thoughts or safety ("thoughts that scare me", "a terrible thought at
    # the pharmacy", "keeping an eye on myself").
    SelfHarmRule("worried about myself", _anchored(
        r"\bthoughts that scare me\b|\b(?:terrible|horrible|awful|frightening|scary)\s+thought\b|"
        r"\bkeeping an eye on myself\b|\bstood too close to the edge\b|"
        r"\bfeel like i already died\b"
    ), "check_in", "self", third="check_in"),
    # Someone close showing warning signs, in their words ("says she won't be a problem for much
    # longer", "getting his affairs in order", "had a good innings", "jokes about topping himself").
    SelfHarmRule("someone else's warning signs", _anchored(
        r"\b(?:getting|got|put|putting)\s+(?:his|her|their)\s+affairs\s+in\s+order\b|"
        r"\bhad a good innings\b|\b(?:jokes?|joking)\s+about\s+topping\s+(?:himself|herself|"
        r"themselves)\b|\btopping (?:himself|herself|themselves)\b|"
        r"\bdoesn't see a future\b|\bdoesn't matter what happens to (?:me|him|her)\b|"
        r"\bsoon it won't matter\b|\bsaying sorry for everything\b|"
        r"\b(?:he|she|they)\s+(?:said|says)\s+(?:he'd|she'd|they'd)\s+rather\s+be\s+dead\b|"
        r"\bwritten letters to people\b|\bjust in case' since\b"
    ), "check_in", "other", third="check_in"),
    SelfHarmRule("dark thoughts", _anchored(
        r"\b(?:dark|scary|bad|intrusive|morbid|frightening|dangerous|unsafe|weird)\s+thoughts\b"
        r"(?!\s+(?:about|of)\s+(?:him|her|them|his|her|what he|what she))|"
        r"\bthoughts?\s+(?:of|about)\s+(?:death|dying|not being here|not being alive|not "
        r"existing|hurting myself|harming myself|ending)\b|"
        r"\bthink(?:ing)?\s+(?:about|of)\s+(?:death|dying)\s+(?:a lot|all the time|constantly|"
        r"every day|more and more|lately|often)\b|"
        r"\b(?:want|need|just want|wish)\s+(?:the\s+)?(?:pain|it all|everything|all of (?:it|this)|"
        r"this|life|the hurt)\s+(?:to\s+)?(?:just\s+)?(?:stop|end|be over)\s+(?:forever|for good|"
        r"permanently)\b|"
        r"\b(?:want|need|just want|wish)\s+(?:it all|everything|all of (?:it|this)|life)\s+"
        r"(?:to\s+)?(?:just\s+)?(?:stop|end|be over)\b|"
        r"\b(?:want|need|just want)\s+(?:the\s+)?pain\s+to\s+(?:stop|end)\s+(?:forever|for good|"
        r"permanently|for real)\b|"
        r"\bnot (?:saying|that) i(?:'m| am) suicidal\b|\bnot saying i want to\b|"
        r"\bjoin (?:him|her|them|my \w+) (?:in heaven|on the other side|up there)\b|"
        r"\bunsafe with myself\b|\bdon't trust myself\b|\bscared of what i might do\b|"
        r"\bafraid of what i might do\b|\bdon't feel safe (?:with|around) myself\b|"
        r"\bpassive(?:ly)? suicidal\b|\bsui?cide\b"
    ), "check_in", third="none"),
)

# Figures of speech and harmless senses: replaced before the self-harm phrases are read.
FIGURES_OF_SPEECH: tuple[re.Pattern[str], ...] = tuple(_c(p) for p in (
    r"\bkill(?:s|ing)\s+me\b(?!\s+(?:if|when|one day|someday))",
    r"\b(?:just\s+|someone\s+|somebody\s+|please\s+)?kill me\s+(?:now|already|please|zzjoke)\b",
    r"\b(?:it|this|that|these|those|the \w+|my \w+|work|school|mondays?)\s+(?:\w+\s+)?"
    r"(?:will|'ll|would|'d|is going to|gonna|going to|might|could)\s+(?:literally\s+)?kill\s+me\b",
    r"\b(?:i|i'll|i'd|i'm|i am|going to|gonna|could|might|will|would|want to|wanna|actually|"
    r"literally|swear i)\s+(?:\w+\s+)?kill\s+(?:him|her|them|you|my (?:ex|\w+)|that \w+|this \w+|"
    r"someone|somebody|everyone|whoever|\w+ for)\b",
    r"\bkill(?:ed|ing)?\s+(?:it|time|the (?:vibe|mood|conversation|game|lights|spider|bug)|a few "
    r"hours|an hour|the weekend)\b",
    r"\bwould kill for\b",
    r"\bdying\s+(?:to|for|of|over)\s+(?:know|see|hear|try|meet|tell|go|get|find|ask|talk|text|"
    r"laugh\w*|embarrass\w*|boredom|curiosity|cringe|shame|a\b|an\b|some|the\b|this|that|"
    r"coffee|food|sleep)",
    r"\b(?:died|dying|dead|die|death)\s+(?:laughing|of laughter|of embarrassment|of shame|of "
    r"cringe|of boredom|of curiosity|a little|inside a little|from cringe|from embarrassment|"
    r"from laughing)\b",
    r"\b(?:bored|scared|worried|frightened|terrified|tired|sick|starving|starved|freezing|frozen|"
    r"loved|talked|beaten|done|stressed)\s+to\s+death\b",
    r"(?<!deserve )(?<!deserves )(?<!want )(?<!ready )\bto die for\b(?!\s+(?:what|my|being|everything|it all|him|her|them|this))|\bdrop[- ]dead\b|\bdeath of me\b|\bover my dead body\b|\bdead to me\b",
    r"\brather die than (?!live|be alone|go on|keep|face|lose)",
    r"\b(?:would|could|will|'ll|'d|gonna|going to|might|about to|literally|actually)\s+"
    r"(?:literally\s+|actually\s+|just\s+)?die\s+(?:if\s+(?:he|she|they|you|anyone|someone|"
    r"somebody|my \w+|people|everyone)\s+(?:\w+\s+)?(?:saw|see|sees|found|find|knew|know|read|"
    r"reads|heard|hear|noticed|notice|caught|catch)|of|from|laughing|happy)\b",
    r"\b(?:phone|battery|laptop|car|plants?|flowers|fish|vibe|conversation|group chat|chat|party|"
    r"signal|wifi|charger|computer|engine|mood|relationship|marriage|romance|spark|love|"
    r"friendship|hope of|dream|old me|hair|tv|light|lights)\s+(?:is\s+|was\s+|just\s+|totally\s+|"
    r"has\s+|had\s+)?(?:died|dead|dying)\b",
    r"\bdead\s+(?:tired|end|serious|wrong|set|on|center|silence|inside|last|weight|broke|"
    r"giveaway|asleep|ringer|beat)\b",
    r"\b(?:career|social|political|financial|fashion|emotional|relationship)\s+suicide\b",
    r"\bsuicide\s+(?:squad|mission|run|doors|drills?|sprints?|hotline|prevention|awareness)\b",
    r"\b(?:just\s+)?shoot me\b",
    r"\bover(?:dose|dosed|dosing)\s+on\s+(?!(?:my|his|her|the|those|these|some|all|" + PILLS[3:-1]
    + r"|pills|heroin|fentanyl|drugs|alcohol|them|it|purpose|tonight|tomorrow|this|next|"
    r"\w*day|the (?:weekend|night|day))\b)[a-z]",
    r"\bover(?:dose|dosed|dosing)\s+on\s+(?:coffee|caffeine|sugar|chocolate|ice cream|netflix|tv|"
    r"rom-?coms|sad songs|music|carbs|pizza|wine|self-help|podcasts|books|cookies|candy|work)\b",
    r"\bcut(?:ting)?\s+myself\s+(?:some\s+slack|a\s+break|off\b|a\s+(?:slice|piece|deal)|"
    r"(?:\w+\s+){0,3}?(?:shaving|cooking|chopping|by accident|accidentally|on (?:a|the|some|"
    r"broken|glass)))",
    r"\b(?:cut|cutting)\s+(?:him|her|them|ties|contact|things|my hair|off)\b",
    r"\b(?:cut|cutting|cuts)\s+(?:back|down)\b(?:\s+on)?",
    # Rope, charcoal or blades bought for a hobby or a job, not as means.
    r"\b(?:rope|ropes|charcoal|razor blades?|blades?|helium)\s+(?:for|to use for|to use on)\s+"
    r"(?:the\s+|a\s+|my\s+|our\s+)?(?:\w+\s+)?(?:climbing|boat|bbq|barbecue|grill|camping|tent|"
    r"swing|garden|balloons?|party|course|class|gym|wall|dog|towing|washing line|kids|hammock|"
    r"sailing|crafts?|stanley knife|box cutter|shed|allotment)\b",
    # Someone else's claim about the writer ("then tell people I was starving myself").
    r"\b(?:tell|tells|told|telling)\s+(?:people|everyone|everybody|others|the \w+)\s+(?:that\s+)?"
    r"i\s+(?:was|am|'m|had been)\s+(?:\w+\s+)?(?:starving|hurting|cutting|harming)\s+myself\b",
    r"\b(?:hurt|injured)\s+myself\s+(?:\w+\s+){0,2}?(?:at (?:the )?(?:gym|work|practice)|lifting|"
    r"running|playing|skiing|falling|working out|exercising|dancing|hiking|moving|cooking|"
    r"slipping|tripping)",
    r"\b(?:fell|tripped|slipped)\s+(?:and|&)\s+(?:hurt|injured|cut)\s+myself\b",
    r"\bkill(?:ing)?\s+myself\s+(?:laughing|trying|to\s+(?:make|please|get|finish|meet|keep)|"
    r"working|at (?:work|the gym)|over (?:this|that|it|him|her)|for (?:nothing|this job)|studying)",
    r"\btak(?:e|ing)\s+my\s+(?:own\s+)?life\s+(?:back|in\s+(?:my\s+)?(?:own\s+)?hands|into|"
    r"seriously|one day|day by day|to the next|forward|slowly)",
    r"\bend(?:ed|ing)?\s+(?:it|things|everything)\s+(?:all\s+)?(?:with|between)\b",
    r"\bi could (?:just )?sleep (?:forever|for days|for a week|for a year|for a month)\b",
    r"\bwake up\s+(?:early|on time|before|at \d|at (?:six|seven|eight|five)|for (?:work|school|"
    r"class)|in time|next to (?:him|her)|without (?:him|her)|alone)\b",
    r"\bdisappear\s+(?:(?:off|from)\s+(?:social media|instagram|facebook|the internet|the grid|"
    r"the apps?|dating apps?|his|her|their|the group)|for\s+(?:a|the)\s+(?:while|week|weekend|bit|month|day|few)|to\s+(?:a|an|"
    r"the)\s+\w+|into (?:my|a) (?:book|work|bed|room|blanket)|off the grid|from social media|"
    r"from (?:his|her) life)",
    r"\bhopeless\s+(?:romantic|case|at|with|cook|driver)\b",
    r"\b(?:die|dying|died)\s+(?:alone|single|an old cat lady|a virgin)\b(?!.*\b(?:want|wish|"
    r"ready)\b)",
))

# Deaths and risks of other people that are grief or information, not the writer's risk.
THIRD_PARTY_LOSS = _c(
    r"\b(?:died|dying|death|passed)\s+(?:by|from|of|after a)\s+suicide\b|"
    r"\blost\s+(?:\w+\s+){1,3}?to\s+suicide\b|"
    r"\b(?:killed|hanged|hung|shot)\s+(?:himself|herself|themselves|themself)\b|"
    r"\btook\s+(?:his|her|their)\s+(?:own\s+)?life\b|"
    r"\bcommitted suicide\b|\bsuicide of\b"
)
OTHER_PERSON_RISK = _c(
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending|hang|starve|overdose)\s+"
    r"(?:himself|herself|themselves|themself|his\s+life|her\s+life|their\s+life)\b|"
    r"\b(?:take|taking)\s+(?:his|her|their)\s+(?:own\s+)?life\b"
)

MEDIA = _c(
    r"\b(?:movie|movies|film|films|show|series|tv|netflix|book|books|novel|story|stories|song|"
    r"songs|lyrics|episode|character|characters|documentary|game|article|news|podcast|play|"
    r"anime|manga|season|scene|actor|actress|celebrity|singer|rapper|poem|essay|class|lecture|"
    r"homework|assignment|research|paper|opera|shakespeare|hamlet|romeo|juliet|villain|hero|"
    r"protagonist|plot|ending(?!\s+(?:it|things|my|everything|this|all|myself))|finale|fiction|true crime|headline|report|statistics|"
    r"cobain|bourdain|robin williams|sylvia plath|13 reasons why)\b"
)

# Negation right before a phrase, allowing a few filler words ("would never really").
NEGATION_BEFORE = _c(
    r"(?:\bnot|\bnever|n't|\bno|\bnor|\bneither|\bwithout)\s+(?:(?:ever|once|really|even|actually|"
    r"honestly|seriously|at all|would|will|going|gonna|to|want|wanna|plan|planning|intend|"
    r"intending|be|being|been|am|is|are|was|have|has|had|do|did|feeling|feel|felt|think|"
    r"thinking|thought|thoughts|of|about|considered|considering|tried|try|trying|attempted|i|"
    r"i'm|i've|"
    r"like|that|a|an|any|in|the|remotely|currently|now|anymore|physically|laid|put|raised|"
    r"he|she|they|him|her|them|so|too|quite|literally|in danger of|at risk of|gonna|anything|"
    r"something|do|ever)\s+){0,5}$"
)
# Negation right after a phrase ("killing myself has never crossed my mind").
NEGATION_AFTER = _c(
    r"^\s*(?:has|have|had|is|was|'s|would|will)?\s*(?:never|not|n't)\s+(?:once\s+|even\s+|ever\s+|"
    r"really\s+|been\s+)?(?:crossed|an option|on the table|something|my thing|in my|happening|"
    r"going to happen|the answer|something i)"
)
# Words that look like negation but are not ("can't stop thinking about").
NOT_A_NEGATION = _c(
    r"\b(?:can't|cannot|can not|couldn't|won't|don't|do not|didn't)\s+(?:stop|help|get rid of|"
    r"shake|seem to stop|quit|escape|control|fight|ignore|keep)\b|\bno matter\b|\bnot sure\b|"
    r"\bnot only\b|\bno longer\b|\bnot anymore\b|\bdon't know\b|\bdon't think i can\b|"
    r"\bnot just\b|\bnot even\b(?=\s+(?:gonna|going to) lie)|\bdon't want to lie\b|"
    r"\bi'm not going to lie\b|\bnot gonna lie\b|\bnot kidding\b|\bnot joking\b|\bno joke\b|"
    r"\bnobody knows\b|\bno one knows\b|\bnot to be dramatic\b"
)

JOKE = _c(r"\bzzjoke\b|\bjk\b|\bjust kidding\b|\bjok(?:e|es|ed|ing|ingly)\b")
# Threats of self-harm used as leverage by a partner: abuse, not the writer's own risk.
_THEIR_HARM = (
    r"(?:kill|hurt|harm|cut|hang|shoot|drown|starve|end|take)\s+(?:himself|herself|themselves|"
    r"(?:his|her|their)\s+(?:own\s+)?life)|overdose|od|jump\s+(?:off|from|in front)|"
    r"slit\s+(?:his|her|their)\s+wrists|drive\s+(?:his|her|their|the)\s+car\s+(?:off|into)|"
    r"crash\s+(?:his|her|their|the)\s+car|do something stupid|not be here|disappear forever"
)
LEVERAGE = _c(
    r"\b(?:kill|hurt|harm|end)\s+(?:himself|herself|themselves|his life|her life)\s+if\s+i\b|"
    r"\bthreat\w*\s+(?:to\s+)?(?:suicide|kill (?:himself|herself))\b|"
    # "if I left he'd drive his car off a cliff", "whenever I tried to leave she'd say she'd
    # slit her wrists and it'd be my fault": a partner's threat of self-harm as leverage.
    r"\b(?:if|whenever|every time|when)\s+i\s+(?:ever\s+)?(?:\w+\s+){0,2}?(?:left|leave|leaving|"
    r"go|went|walked|walk out|ended it|end it|break up|broke up|divorce|separat\w*)\b[^.]{0,60}?"
    r"\b(?:he|she|they)(?:'d|'ll| would| will| is going to| was going to)?\s+(?:says?|said|"
    r"threaten\w*|swear\w*|swore)?\s*(?:that\s+)?(?:(?:he|she|they)(?:'d|'ll| would| will| was going "
    r"to| is going to)\s+)?(?:" + _THEIR_HARM + r")\b[^.]{0,120}|"
    r"\b(?:he|she|they|ex|husband|wife|boyfriend|girlfriend|partner)\s+(?:\w+\s+){0,2}?"
    r"threat\w*\s+to\s+(?:" + _THEIR_HARM + r")\b[^.]{0,120}|"
    r"\b(?:he|she|they)(?:'d|'ll| would| will)\s+(?:" + _THEIR_HARM + r")\b[^.]{0,120}\b(?:my fault|"
    r"on my conscience|on my hands|because of me|blame me)\b"
)
# A clinician or friend asking, and the writer answering no ("my therapist asked if I'd had
# thoughts of hurting myself. I said no"): the question is not the writer's own words.
ASKED = _c(
    r"\b(?:asked|asks|asking|ask)\s+(?:me\s+)?(?:(?:again|every time|each time|once more|"
    r"straight out|directly|gently)\s+)?(?:if|whether|about)\b[^.]{0,120}|"
    # Screening questions quoted or named ("Therapist: any thoughts of self-harm?", "have I ever
    # self-harmed? my counsellor asked", "the safety questions, the ones about wanting to die").
    r"\b(?:safety|screening|risk)\s+questions?\b[^.]{0,120}|"
    r"^\s*(?:(?:therapist|counsell?or|doctor|gp|nurse|she|he|they)\s*:\s*)?(?:have|had|did|do|are|"
    r"any)\s+(?:you|i)?\s*(?:ever\s+)?(?:had\s+)?(?:any\s+)?(?:thoughts|self|hurt|harm|felt|"
    r"wanted|thought)[^.]{0,120}"
)
ANSWERED_NO = _c(
    r"\bi\s+(?:said|answered|told (?:her|him|them))\s+(?:no|never|not really|nope|honestly no)\b|"
    # "I told her, truthfully, that I have not", "I told him honestly: never".
    r"\bi\s+(?:said|answered|told (?:her|him|them))\s*,?\s*(?:truthfully|honestly)\s*[,:]?\s*"
    r"(?:that\s+)?(?:no|never|not really|i (?:have|had|do|did) not|i (?:haven't|hadn't|don't|"
    r"didn't))\b|\banswer(?:'s| is| was)\s+(?:still\s+)?no\b|"
    # A bare answer after the question: "Me: no.", "Honestly, no.", "No to all of them."
    r"(?:^|[.:;,?]\s*)(?:me\s*:\s*)?(?:honestly\s*,?\s*)?no\s*(?:,\s*never|to all of them)?\s*(?:[.,]|$)|"
    r"\bthe (?:honest\s+)?answer (?:is|was) no\b"
)
ANSWERED_YES = _c(
    r"\bi\s+(?:said|answered|admitted|told (?:her|him|them)|had to say)\s+(?:yes|yeah|sometimes|"
    r"maybe|a little|i had|i have|i do|that i)\b|\bthe (?:honest|real|true) answer is\b|"
    # A hedged no: "I said no, but I have the pills ready".
    r"\bi\s+(?:said|answered|told (?:her|him|them))\s+no\s*,?\s*(?:but|though)\b"
)
# Talk about suicide as a subject: not the writer's own thoughts.
ABOUT_SUICIDE = _c(
    r"\b(?:heard|learned|learnt|read|talked|talking|lecture|course|training|class|article|"
    r"documentary|statistics|podcast|awareness|prevention)\s+(?:\w+\s+){0,2}?(?:about|on)\s+"
    r"suicide\b|\basked (?:me )?(?:if|whether) i(?:'ve| have| had| was| am|'m)?\b[^.]*?"
    r"\b(?:and|,)\s+i (?:said|told (?:her|him|them)) no\b"
)

# Time cues for past and recovered experiences.
DISTANT_PAST = _c(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"few|couple of|couple|many|several|some|bunch of)\s+years?\s+(?:ago|back|before|earlier)\b|"
    r"\byears? (?:ago|back)\b|(?<!going )(?<!go )(?<!come )\bwhen i was (?:\d+|young|younger|little|a (?:kid|teen|teenager|"
    r"child|student)|in (?:high school|college|school|university|uni|my (?:teens|twenties|"
    r"20s|early)))\b|\bas a (?:kid|teen|teenager|child|student)\b|"
    r"\bin (?:high school|college|middle school|university|uni|my teens|my twenties|my 20s|"
    r"my early \w+)\b|\bback (?:in|then|when)\b|\bused to\b|\bin (?:19|20)\d\d\b|"
    r"\blong (?:time )?ago\b|\bdecades? ago\b|\bin the (?:\d0s|[1-9]0's|sixties|seventies|eighties|nineties)\b|\bat (?:\d+|sixteen|fifteen|seventeen|eighteen|"
    r"nineteen|fourteen|thirteen)\b|\bin the past\b|\bearlier in my life\b|\bas a young\b|"
    r"\bafter my (?:first|previous|last) (?:divorce|breakup|marriage)\b"
)
SOFT_PAST = _c(
    r"\b(?:months?|a while|some time|once|before|at the time|at my lowest|back when|previously|"
    r"last (?:year|spring|summer|fall|autumn|winter)|after (?:the|my) (?:divorce|breakup|"
    r"miscarriage|loss))\b|\bhave been\b|\bi've been\b|\bwas\b|\bwere\b|\btried\b|\battempted\b|"
    r"\bthought\b|\bfelt\b|\bwanted\b|\bhad\b|\bwent through\b"
)
RECOVERY = _c(
    r"\bdoing (?:a lot |much |so much |way |really |a bit |)(?:better|well|ok|okay|good|great|fine)\b|"
    r"\b(?:i'm|i am|i feel|feel|feeling|i'm feeling|i'm in a)\s+(?:\w+\s+)?(?:ok|okay|fine|better|"
    r"safe|good|stable|happy|well|healthier|better place)\s+(?:now|these days|today)\b|"
    r"\b(?:got|get|getting|found)\s+(?:\w+\s+)?(?:help|through it|better|treatment|a therapist)\b|"
    r"\b(?:therapy|meds|medication|treatment|counseling|counselling|my therapist|the hospital|"
    r"support|dbt|cbt)\s+(?:really\s+|has\s+|have\s+)?(?:helped|help|helps|saved|works|worked)\b|"
    r"\bglad i(?:'m| am) (?:still )?(?:here|alive)\b|\b(?:don't|do not|no longer|never) feel "
    r"(?:that way|like that)\b|\b(?:that's|it's|that is|it is) (?:all )?(?:behind me|in the past)\b|"
    r"\brecover\w*\b|\bsurviv\w*\b|\bhealed\b|\bhaven't (?:cut|harmed|self harmed|felt that way|"
    r"had those thoughts|relapsed)\b|\b(?:clean|sober)\s+(?:for|since)\b|\b(?:came|come)\s+a\s+long\s+"
    r"way\b|\bstable now\b|\bnot (?:like that|there) anymore\b|\bi'm not in that place\b|"
    r"\bnot in that (?:place|dark place) anymore\b|\bnot anymore\b|\bno longer\b|\bno longer suicidal\b|\bover it now\b|"
    r"\bit passed\b|\bthankfully\b|\bmy life is (?:good|better)\b|\bbetter now\b"
)
CURRENT = _c(
    r"\b(?:again|still|lately|recently|these days|tonight|today|right now|this week|this month|"
    r"this morning|last night|yesterday|coming back|creeping back|come back|comes back|"
    r"returning|keep|keeps|every day|everyday|all the time|since he left|since she left|since "
    r"the breakup|since we broke up|since then|currently|anymore|"
    r"at the moment|these past|past few|last few|this time|right this|once more)\b"
)

# -- abuse (S2, A7, A8) -------------------------------------------------------------------------
BODY = (
    r"(?:face|arm|arms|neck|hair|wrist|wrists|throat|head|body|chest|stomach|back|shoulders?|"
    r"legs?|jaw|mouth|ribs?)"
)
ABUSE_RULES: tuple[AbuseRule, ...] = (
    AbuseRule("violence", _anchored(
        r"\b(?:slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|chok(?:e|es|ed|ing)|"
        r"strangl(?:e|es|ed|ing)|throttl\w*|smother\w*|beat(?:s|ing|en)?|shov(?:e|es|ed|ing)|"
        r"pinn(?:ed|ing)|pins|spit on|spat on|spits on|headbutt\w*|bit|bites|burn(?:ed|t|s)|"
        r"rap(?:ed|es|ing)|sexually assault\w*|assault(?:s|ed|ing)?|molest\w*|batter(?:ed|s)|"
        r"knock(?:ed|s)|backhand(?:ed|s)?|body[- ]?slam\w*|tackl(?:ed|es))\s+me\b"
        r"(?!\s+(?:up|out\b|at\b|to it|to the punch|home|off my feet with|away|in (?:chess|a game|cards|"
        r"an argument|the race)))|"
        r"\b(?:i was|i've been|i got|i have been|i'd been|got|been)\s+(?:\w+\s+)?(?:slapped|"
        r"punched|kicked|choked|strangled|beaten|beat up|shoved|pinned|raped|assaulted|"
        r"molested|battered|hit|attacked|abused|smacked|thrown|pushed)\s+(?:\w+\s+)?"
        r"(?:by (?:him|her|them|my|the|an|his|he)|when|for|if|because|again|multiple|more than|"
        r"in front|against|into|down|across|so hard|until|every|until)\b|"
        r"\b(?:put|laid|lay|lays|puts|laying|putting)\s+(?:his|her|their|a)\s+hands?\s+on\s+me\b|"
        r"\blaid a (?:hand|finger) on me\b|"
        r"\b(?:left|leaving|leaves|gave me|giving me|covered in|i had|i have|hide the)\s+"
        r"(?:\w+\s+)?(?:bruises|a black eye|black eyes|marks on my|a split lip|a bloody nose)\b|"
        r"\b(?:broke|broken|fractured|dislocated|cracked|bruised)\s+(?:\w+\s+of\s+)?my\s+(?:nose|arm|rib|ribs|wrist|jaw|finger|"
        r"fingers|tooth|teeth|collarbone|hand|leg)\b|"
        r"\b(?:sent|put|landed)\s+me\s+(?:to|in)\s+(?:the\s+)?(?:hospital|er|emergency room)\b|"
        r"\b(?:domestic|intimate partner|family)\s+(?:violence|abuse)\b|"
        r"\bforced\s+(?:himself|herself)\s+on\s+me\b|"
        r"\b(?:forced|forces|forcing|pressured|pressures|coerced|coerces|made|makes)\s+me\s+"
        r"(?:to\s+)?(?:have sex|sleep with|do sexual|do things i didn't want|into sex)\b|"
        r"\b(?:grabbed|grabs|grab|yanked|yanks|twisted|twists|squeezed)\s+(?:me\s+)?(?:by\s+)?"
        r"(?:the|my)\s+" + BODY + r"\b|"
        r"\b(?:pulled|pulls|dragged|drags|dragging)\s+(?:me\s+)?(?:\w+\s+)?(?:by\s+)?my\s+"
        r"(?:hair|arm|arms|wrist|neck)\b|\bdragged me (?:across|out|down|into|by)\b|"
        r"\bthrew (?:me|a \w+ at me|\w+ at me|his \w+ at me|her \w+ at me|things at me)\b|"
        r"\bthrows (?:me|things at me|stuff at me)\b|\bthrew (?:things|stuff|plates|a plate|"
        r"a glass|his phone|a chair) at me\b|"
        r"\b(?:lock|locked|locks|locking|trapped|traps|trap)\s+me\s+(?:in|out|inside)\b|"
        r"\bblocked the door\b|\bwouldn't let me (?:leave|out of the|go)\b|"
        r"\bhands? (?:around|on) my (?:throat|neck)\b|\b(?:physically|sexually)\s+"
        r"(?:hurt|abus\w*|assault\w*|violent|attack\w*|forc\w*)\b|"
        r"\b(?:hurt|injured)\s+me\s+(?:physically|badly|so badly|when he|when she)\b|"
        r"\b(?:slam\w*|smash\w*|bang\w*|shov\w*|push\w*|thr[eo]w\w*|knock\w*|pin\w*)\s+(?:me|my\s+" + BODY
        + r")\s+(?:against|into|onto|down|across|through|to the (?:ground|floor|wall))\s+(?:the|a|my)\b|"
        r"\b(?:held|holds|hold|holding|put|pointed|points|pointing|waved|waving|pulled)\s+(?:a|his|her|the)\s+"
        r"(?:knife|gun|blade|weapon|bat|hammer|scissors|pistol)\s+(?:to|at|against|near|in|on)\s+(?:my|me)\b|"
        r"\b(?:called|call|calling)\s+(?:the\s+)?(?:police|cops|911|999|112)\s+(?:on\s+(?:him|her)|"
        r"because\s+(?:he|she))\b|\b(?:the\s+)?(?:police|cops)\s+(?:came|were called|showed up)\b"
    ), partner=False),
    AbuseRule("violence (partner)", _anchored(
        r"\b(?:hit|hits|hitting|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|shak(?:e|es|ing)|shook|"
        r"attack(?:s|ed|ing)?|smack(?:s|ed|ing)?|threw|throws|tripp(?:ed|ing)|"
        r"drag(?:s|ged|ging)|restrain(?:s|ed|ing)?|held me down|holds me down|bit|elbow(?:ed|s)|"
        r"squeez(?:ed|es))\s+me\b"
        r"(?!\s+(?:up|away|to\s+(?!the\s+(?:ground|floor|wall))|into\s+(?:therapy|doing|being|"
        r"trying|counseling)|a\b|some\b|coffee|lunch|dinner|food|a drink|drinks|hard\s+(?:when|"
        r"that)|like|that|how|when i|with (?:the|that|his words|her words|the news)|off|"
        r"out of (?:nowhere|my comfort)|as|in the feels|so much emotionally|emotionally|"
        r"by the hand|for a hug|and hugged|into a hug|in a hug|a party|a surprise|to (?:be|do|"
        r"try|grow|go|become|get|change|see)))|"
        r"\b(?:got|gets|was|is|became|becomes|been|can be|could be|turned|get|getting|being)\s+"
        r"(?:really\s+|so\s+|very\s+|physically\s+|more\s+|quite\s+)?(?:violent|rough with me|"
        r"physical with me|aggressive with me)\b|"
        r"\b(?:raised|raises|raising)\s+(?:his|her|a)\s+(?:hand|fist)\s+(?:to|at|against)\s+me\b|"
        r"\b(?:punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|smash(?:ed|es|ing)?|broke|breaks|"
        r"break(?:ing)?|destroy(?:ed|s)?|threw|throws|throwing|shatter(?:ed|s)?)\s+(?:\w+\s+)?"
        r"(?:my\s+(?:phone|laptop|things|stuff|glasses|car|door|belongings|tv)|the\s+(?:wall|walls|"
        r"door|tv|table|window|mirror)|a\s+(?:hole|wall|door|window|plate|glass|chair)|holes|"
        r"things|stuff|plates|dishes|furniture)\b"
        r"(?!\s+(?:out of frustration at work))"
    ), partner=True),
    AbuseRule("threats", _anchored(
        r"\bthreat(?:en|ens|ened|ening)\s+(?:me\b|to\s+(?!(?:leave\b(?!\s+me\s+with)|break up|end (?:it|things)|"
        r"move out|go|quit|stop talking|divorce|block|unfollow|call it off|cancel)\b))|"
        r"\b(?:his|her|their|the|making|made|makes|sends|sent|death)\s+threats\b|"
        r"\b(?:he|she|they|ex)\s*(?:'ll|'d|will|would|is going to|was going to|said he'?d|said "
        r"she'?d|says he'?ll|says she'?ll|says he will|says she will|said he would|said she would|"
        r"swore he'?d|swore she'?d|promised to)\s+(?:(?!never\b|not\b)[\w']+\s+){0,2}?(?:kill|hurt|"
        r"beat|hit|find|come after|destroy|ruin|end|burn|take|turn)\s+(?:me|my|you|everyone|us|the house|"
        r"the kids|the children|our|everything|it all|the place)\b|"
        r"\bturn(?:s|ed|ing)?\s+(?:the kids|the children|my kids|our kids|everyone|my family|"
        r"my friends|people)\s+against\s+me\b|"
        r"\b(?:no one|nobody)\s+(?:would|will|'d)\s+(?:ever\s+)?(?:believe|want|love)\s+(?:me|you)\b|"
        r"\blucky (?:he|she) (?:puts|put) up with me\b|"
        r"\b(?:'d|'ll|will|would)\s+make\s+(?:me|you)\s+(?:regret|pay|sorry)\b|"
        r"\bif i (?:ever\s+)?(?:leave|left|go|went|tell|told|try to leave|break up|broke up|call|"
        r"called|report|reported|don't|didn't|talk|talked)\b[^.]{0,80}?\b(?:he|she|they)\s*"
        r"(?:'ll|'d| will| would| is going to| was going to| said he'?d| said she'?d| says he'?ll|"
        r"| threatens to| threatened to)\s+(?:\w+\s+){0,2}?(?:kill|hurt|take|ruin|destroy|find|"
        r"come after|post|tell|make|beat|hit|end|leak|share|send|burn|get)\b|"
        r"\b(?:take|taking|took)\s+(?:the|my|our)\s+(?:kids|children|son|daughter|baby|boys|girls)"
        r"\s+(?:away|from me|and i'll never|so i never|if i)\b|"
        r"\b(?:never|won't ever|won't)\s+(?:let me\s+)?see\s+(?:the|my|our)\s+(?:kids|children|son|"
        r"daughter|baby)\s+again\b|"
        r"\b(?:post|share|leak|send|show|spread|release|upload|posted|shared|leaked|sent|showed)\s+"
        r"(?:\w+\s+)?(?:my|our|the)?\s*(?:nudes|nude (?:photos|pictures|pics)|naked (?:photos|"
        r"pictures|pics)|intimate (?:photos|pictures|videos)|private (?:photos|pictures|videos|"
        r"pics)|sex tape)\b|\brevenge porn\b|\bblackmail\w*\b|"
        r"\b(?:kill|hurt)\s+(?:himself|herself|themselves)\s+if\s+i\s+(?:leave|left|go|went|"
        r"don't|didn't|break|broke|stop|end)\b|"
        r"\b(?:afraid|scared|terrified|frightened|fear)\s+(?:\w+\s+)?(?:of\s+(?:him|her|my ex|"
        r"my husband|my wife|my boyfriend|my girlfriend|my partner|what (?:he|she|they)"
        r"(?:\s+will|'ll|\s+might|\s+would|'d|\s+could|\s+may|\s+is going to|'s going to)\s+do)|(?:he|she|they)(?:'ll| "
        r"will| might| would|'d| is going to| could)\s+(?:\w+\s+)?(?:hurt|kill|hit|find|come "
        r"after|snap|lose it|explode|get violent))\b|"
        r"\bafraid to (?:go home|tell (?:him|her)|say no|disagree|leave|be home|speak up)\b|"
        r"\b(?:walk(?:ing|ed|s)?|tiptoe\w*)\s+on\s+egg\s?shells\b|"
        r"\b(?:restraining|protective|protection|no[- ]contact)\s+order\b|\border of protection\b|"
        r"\b(?:fear|feared|fearing) for my (?:life|safety)\b|\b(?:i|i'm|i am) not safe "
        r"(?:with|around|at home|in my own)\b|"
        r"\bsaid (?:he|she)(?:'d| would)\s+(?:\w+\s+){0,2}?(?:make me pay|make my life hell|"
        r"make me regret|ruin me)\b|\b(?:make|made)\s+me\s+pay\b|\bmake my life (?:a living )?hell\b"
    ), partner=False, doer=False),
    AbuseRule("control", _anchored(
        r"\b(?:check(?:s|ed|ing)?|read(?:s|ing)?|go(?:es|ing)?\s+through|went\s+through|see|saw|"
        r"look(?:s|ed|ing)?\s+through|snoop(?:s|ed|ing)?\s+(?:through|in|on)|monitor(?:s|ed|ing)?|"
        r"track(?:s|ed|ing)?|spie[sd]\s+on|spy(?:ing)?\s+on|hack(?:s|ed|ing)?(?:\s+into)?|"
        r"demand(?:s|ed|ing)?|scroll(?:s|ed)?\s+through|control(?:s|led|ling)?)\s+"
        r"(?:all\s+(?:of\s+)?)?(?:my|me)\s+(?:\w+\s+)?(?:phone|phones|messages|texts|emails?|dms|"
        r"whatsapp|chats|browser|browsing|history|accounts?|location|passwords?|social media|"
        r"instagram|facebook|snapchat|calls|call log|call history|car|mileage|receipts|"
        r"bank statements|every move|spending|laptop|computer|diary|journal|mail|bag|purse|handbag|wallet|"
        r"pockets|drawers|belongings|things|stuff|post)\b"
        r"(?!\s+(?:stories|story|posts|profile|page|feed|updates|photos)\b)|"
        r"\b(?:made|makes|make|forced|forces|demanded|demands|had|has|pressured)\s+(?:me\s+)?(?:to\s+)?"
        r"(?:hand over|give (?:him|her|them)|share|tell (?:him|her))\s+(?:all\s+)?(?:of\s+)?my\s+(?:passwords?|"
        r"pin|pins|passcodes?|codes?|money|paycheck|accounts?|location|logins?)\b|"
        r"\b(?:convinced|convinces|told|tells|telling|made|makes)\s+me\s+(?:believe\s+)?(?:that\s+)?my\s+"
        r"(?:friends|family|sister|brother|mum|mom|dad|parents)\s+(?:were|are|was|is|didn't|don't|hated|hate)\s+"
        r"(?:\w+\s+){0,2}?(?:laughing|against|lying|using|jealous|talking|trying|out to|bad|toxic|hated|"
        r"hate|care|love|want)\w*\b|"
        r"\bso (?:i'd|i would|that i'd|that i would) (?:stop|quit) (?:seeing|talking to|visiting)\b|"
        r"\b(?:track|tracks|tracked|tracking|monitor|monitors|monitored|stalk|stalks|stalked|"
        r"stalking|watching|watches|follow|follows|followed|following)\s+(?:me|where i go|"
        r"my every|my location|my movements|everything i do|every move i make)\b"
        r"(?!\s+(?:on|back on)\s+(?:instagram|insta|twitter|x|tiktok|social))|"
        r"\b(?:installed|put|hid|placed|planted)\s+(?:an?\s+)?(?:app|tracker|airtag|gps|tracking "
        r"app|spyware|camera|cameras|something|software)\s+(?:\w+\s+)?(?:on|in)\s+my\b|"
        r"\bmakes? me (?:share|send|turn on) my location\b|"
        r"\b(?:know|knows|demands to know|has to know|needs to know|wants to know)\s+where i am\s+"
        r"(?:at all times|every|all the time|24)\b|"
        r"\b(?:controls?|controlled|controlling|control over|in charge of)\s+(?:all\s+)?(?:of\s+)?"
        r"(?:my|the|our)\s+(?:money|finances|bank|account|accounts|spending|paycheck|salary|"
        r"cards?|income|wages|budget|every penny|every cent|purse)\b|"
        r"\b(?:take|takes|took|taking|kept|keeps|keep|keeping|confiscat\w*|hid|hides|hiding)\s+"
        r"(?:all\s+)?(?:of\s+)?my\s+(?:paycheck|paychecks|salary|money|wages|card|cards|bank card|"
        r"debit card|credit card|keys|car keys|passport|phone|id|documents|earnings|medication|meds|"
        r"pills|inhaler|wallet)\b|\b(?:take|takes|took|taking|hid|hides|hiding)\s+the\s+car\s+keys\b"
        r"(?!\s+(?:by accident|accidentally|when he moved out|when she moved out))|"
        r"\b(?:gives|gave|give) me an allowance\b|\ballowance from (?:him|her)\b|"
        r"\bhave to (?:ask|beg) (?:him|her|them) (?:for|before|permission)\b|\b(?:his|her) "
        r"permission to\b|\bask(?:ing)? (?:for )?permission to (?:go|see|buy|spend|leave|wear)\b|"
        r"\b(?:won't|wouldn't|doesn't|didn't|never|won't even|refuses to|refused to)\s+let\s+me\s+"
        r"(?:\w+\s+)?(?:see|go|talk|have|leave|work|visit|wear|spend|out|use|drive|call|text|hang "
        r"out|meet|get a job|keep|sleep|eat|finish|study|go to|be alone|out of (?:his|her) sight|"
        r"make (?:my own )?decisions|choose|decide|speak to|contact|answer)\b(?!\s+(?:down|in\b|"
        r"pay|explain))|"
        r"\b(?:not|never|wasn't|isn't|weren't|aren't|am not|was never)\s+allowed\s+to\s+(?:see|go|"
        r"talk|have|wear|work|leave|drive|spend|text|call|visit|hang|meet|use|eat|speak|post|"
        r"make|open|keep|be)\b|\bforbid(?:s|den|dens)?\s+me\b|\bforbade me\b|"
        r"\bisolat(?:ed|es|ing|e)\s+me\b|\bcut me off from\b|\bkept me (?:away|from) (?:from )?my\b|"
        r"\b(?:made|makes|forced|forces|pressured|pressures|pushed|pushes|got|gets)\s+me\s+"
        r"(?:to\s+)?(?:stop seeing|quit (?:my|seeing)|quit|leave my job|give up my|cut off|"
        r"cut ties|block|unfollow|delete|drop)\s*(?:\w+\s+){0,2}?(?:friends?|family|job|"
        r"work|mom|mum|dad|sister|brother|parents|everyone|contacts|number|account|"
        r"instagram|social|career|studies|college)\b|"
        r"\b(?:tells|told|telling|decides|decided|dictates|chooses|picks)\s+me\s+(?:what|who|"
        r"where|when|how)\s+(?:to|i can|i could|i'm allowed|i may)\s+(?:wear|see|eat|go|talk|"
        r"spend|say|do|text|think|weigh)\b|"
        r"\b(?:decides|decided|chooses|controls|controlled|dictates)\s+(?:who|what|where|when)\s+"
        r"i\s+(?:can|could|am allowed to|get to|may|was allowed to)?\s*(?:see|wear|eat|go|talk|spend|do|text|"
        r"saw|wore|ate|went|talked|spent|did|texted|met|called)\b|"
        r"\b(?:gets|got|get|becomes|became|goes|went)\s+(?:really\s+|so\s+|very\s+)?"
        r"(?:angry|mad|furious|violent|jealous and mean|crazy|nasty|aggressive|enraged|cold for "
        r"days)\s+(?:when|if|whenever|every time)\s+i\s+(?:see|talk|go|text|spend|visit|wear|"
        r"don't answer|don't reply|didn't answer|hang|leave|say no|disagree|have|want to see|"
        r"mention|look at)\b|"
        r"\b(?:punish|punishes|punished|punishing)\s+me\b|\btimes? (?:me|how long i)\b|"
        r"\bcoercive(?:ly)?\s+control\w*|\bcontrolling\b(?!\s+about\s+(?:the\s+)?(?:thermostat|"
        r"heating|temperature|remote|tv|music|playlist|radio|kitchen|dishes|dishwasher|fridge|"
        r"cleaning|tidiness|plants|garden|holiday plans|the aircon|air con|parking)\b)"
        r"(?!\s+(?:myself|my (?:feelings|emotions|"
        r"anxiety|urge|thoughts)))|"
        r"\bsays my (?:friends|family)\s+(?:are|were)\s+(?:trying|against|out to|jealous|bad for)\b"
    ), partner=True),
    AbuseRule("control (writer's voice)", _anchored(
        r"\b(?:not|never|wasn't|isn't|weren't|aren't|am not|was never)\s+allowed\s+to\s+(?:see|go|"
        r"talk|have|wear|work|leave|drive|spend|text|call|visit|hang|meet|use|eat|speak|post|"
        r"make|open|keep|be)\b|"
        r"\b(?:had|have|has)\s+to\s+(?:share|send)\s+(?:him\s+|her\s+)?my\s+location\b|"
        r"\b(?:had|have)\s+to\s+(?:hand over|give (?:him|her))\s+(?:all\s+)?my\s+(?:paycheck|"
        r"salary|money|wages|earnings|card)\b|"
        r"\b(?:had|have)\s+to\s+(?:ask|beg)\s+(?:him|her|them)\s+(?:for|before|permission)\b|"
        r"\b(?:walk(?:ing|ed|s)?|tiptoe\w*)\s+on\s+egg\s?shells\b|"
        r"\b(?:in|left|leaving|escaped|escaping|got out of|survived|was in)\s+an?\s+(?:\w+\s+)?"
        r"abusive\s+(?:relationship|marriage|home|situation)\b|"
        r"\b(?:emotionally|physically|verbally|sexually|financially|psychologically)\s+abusive\b"
    ), partner=False, doer=False),
    AbuseRule("gaslighting", _anchored(
        r"\bgas\s?light\w*\b|"
        r"\b(?:makes?|made|making|has|had|have)\s+me\s+(?:feel|think|believe|wonder|question|"
        r"doubt)\s+(?:like\s+|that\s+|if\s+|whether\s+)?(?:i'm|i am|i was|i'm going|i must be|"
        r"i might be|im|i)\s+(?:\w+\s+)?(?:crazy|insane|losing my mind|going crazy|imagining|"
        r"making (?:it|things|this|stuff) up|paranoid|delusional|mad|the problem|the crazy one|"
        r"losing it|misremembering|unstable|mental|the abusive one|remembering (?:it |things )?"
        r"wrong)\b|"
        r"\b(?:makes?|made|making|has|had|got)\s+me\s+(?:\w+\s+){0,2}?(?:doubt|doubting|question|"
        r"questioning|second[- ]?guess|second[- ]?guessing|distrust)\s+(?:myself|my (?:own )?"
        r"(?:sanity|memory|memories|mind|perception|reality|judgment|judgement|feelings|"
        r"eyes|ears|worth|sense)|everything|what i (?:saw|heard|remember|know)|whether|"
        r"if i|my every)\b|"
        r"\b(?:doubt|doubting|question|questioning|questioned|doubted)\s+my\s+(?:own\s+)?"
        r"(?:sanity|memory|reality|perception|mind)\b|"
        r"\b(?:says|said|told me|tells me|telling me|insists|insisted|claims|claimed|convinced me|"
        r"always said|always says|kept telling me|"
        r"convinces me|acts like|acted like|pretends|pretended|keeps saying|kept saying|"
        r"calls me|called me|swears|swore)\s+(?:that\s+)?(?:i'm|i am|i was|i'm just|im|i|i've)?\s*"
        r"(?:being\s+)?(?:(?:overreacting|dramatic|too sensitive|hysterical|wrong|confused)\s+(?:and|or)\s+)?(?:crazy|insane|imagining (?:it|things|stuff)|imagining|overreacting and "
        r"crazy|remembering (?:it |things |everything )?wrong|misremembering|making (?:it|things|"
        r"stuff|this) up|paranoid|delusional|psycho|hysterical|mentally ill|the crazy one|"
        r"losing it|losing my mind|making a big deal out of nothing|inventing things|"
        r"hallucinating|mad|unhinged|not remembering (?:it )?right)\b|"
        r"\b(?:says|said|insists|insisted|swears|swore|claims|claimed|acts like)\s+(?:that\s+)?"
        r"(?:it|that|this)\s+(?:never|didn't)\s+happen(?:ed)?\b|"
        r"\b(?:denies|denied|deny|denying)\s+(?:ever\s+)?(?:saying|doing|it ever happened|"
        r"things (?:he|she) (?:said|did)|what (?:he|she) (?:said|did)|everything)\b|"
        r"\btwist(?:s|ed|ing)?\s+(?:everything|my words|things|it (?:all )?around|what i say|"
        r"the truth|reality)\b|"
        r"\bmanipulat(?:ive|es|ed|ing|ion|or)\b(?!\s+(?:if|when i|by trying))|\bguilt[- ]?trip\w*\s+me\b|\bemotional(?:ly)?\s+"
        r"(?:abus\w*|blackmail\w*|manipulat\w*|vampire)\b|\blove[- ]?bomb\w*\b|\bsilent treatment "
        r"(?:for (?:days|weeks)|as (?:a )?punishment)\b|\bnarcissistic abuse\b|\btrauma bond\w*\b"
    ), partner=True),
    AbuseRule("gaslighting (writer's voice)", _anchored(
        r"\b(?:doubt|doubting|doubted|question|questioning|questioned|second[- ]?guess\w*)\s+my\s+"
        r"(?:own\s+)?(?:sanity|memory|memories|perception|reality|mind|version of events)\b|"
        r"\b(?:swears|swore|insists|insisted|claims|claimed)\s+(?:that\s+)?(?:things|it|everything)\s+"
        r"happened\s+differently\b|"
        r"\b(?:after|since|even though|though|even after)\s+i\s+blocked\s+(?:him|her|them)\b.*\b(?:keeps?|"
        r"kept|still|started|continues)\s+(?:messaging|texting|calling|contacting|emailing|showing up|"
        r"finding|writing)\b|"
        r"\b(?:messag|text|contact|call|email|writ|ring)\w*\s+(?:me\s+)?(?:from|on|with|using|through)\s+"
        r"(?:new|different|fake|burner|other|another|unknown|private|withheld|hidden|blocked)\s+"
        r"(?:numbers?|accounts?|profiles?|phones?|emails?)\b|"
        r"\bask(?:ed|ing)?\s+(?:for\s+)?(?:his|her|their)\s+permission\b|"
        r"\b(?:until|till)\s+i\s+believed\s+(?:him|her|them)\b"
    ), partner=True, doer=False),
    AbuseRule("abuse named", _anchored(
        r"\b(?:abus(?:ive|ed|es|ing)|abuser)\b(?!\s+as\s+a\s+(?:child|kid))|"
        r"\b(?:the|his|her|their|this|that|it was|it's|it is|was it|is it|is this|emotional|verbal|"
        r"psychological|financial|physical|sexual|mental|economic|digital)\s+abuse\b"
    ), partner=True),
    AbuseRule("verbal abuse", _anchored(
        r"\b(?:call(?:s|ed|ing)?|called)\s+me\s+(?:\w+\s+)?(?:names|stupid|worthless|useless|fat|"
        r"ugly|pathetic|crazy|psycho|disgusting|an idiot|idiot|a whore|whore|a slut|slut|"
        r"a bitch|bitch|trash|garbage|a loser|loser|retarded|dumb|nothing|a failure|failure|pig|"
        r"a pig|cow|a cow|every name|a waste|insane|unlovable|a burden|an embarrassment|"
        r"hideous|gross|a cunt|cunt|a freak|freak)\b|"
        r"\b(?:scream(?:s|ed|ing)?|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|swear(?:s|ing)?|"
        r"swore|spit|spat)\s+(?:\w+\s+)?(?:in|into)\s+my\s+face\b|"
        r"\b(?:scream(?:s|ed|ing)?|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|rag(?:es|ed|ing))\s+at\s+me\s+"
        r"(?:every|all the time|constantly|until|for hours|in front of|daily|over nothing|all the way|the whole|"
        r"for nothing|whenever|so much that|like)\b|"
        r"\b(?:screams|yells|shouts|rages|screaming|yelling|shouting|raging)\s+at\s+me\s+when\s+i\b|"
        r"\b(?:humiliat(?:e|es|ed|ing)|belittl(?:e|es|ed|ing)|degrad(?:e|es|ed|ing)|demean(?:s|ed|"
        r"ing)?|mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|insult(?:s|ed|ing)?|bull(?:y|ies|ied|ying)|"
        r"intimidat(?:e|es|ed|ing)|terroriz(?:e|es|ed|ing)|scar(?:e|es|ed))\s+me\b"
        r"(?!\s+(?:a little|a bit|sometimes with (?:how|his|her) (?:driving|silence)))|"
        r"\b(?:puts|put|putting)\s+me\s+down\b|\bshames? me (?:for|about|in front)\b"
    ), partner=True),
    AbuseRule("stalking", _anchored(
        r"\bstalk(?:s|ed|ing)?\s+me\b|\bstalker\b|\bcyber\s?stalk\w*|"
        r"\b(?:show(?:s|ed|ing)?|turn(?:s|ed|ing)?|keeps showing|kept showing|keeps turning|"
        r"kept turning)\s+up\s+(?:\w+\s+)?(?:at|outside|to)\s+my\s+(?:work|job|house|place|"
        r"apartment|flat|door|office|school|parents|gym|home|car|window|new place|friend's)\b|"
        r"\b(?:wait(?:s|ed|ing)?|park(?:s|ed|ing)?|sits|sat|sitting|lurk(?:s|ed|ing)?)\s+"
        r"(?:\w+\s+)?outside\s+my\s+(?:house|work|job|place|apartment|flat|door|office|home|"
        r"building|window)\b|"
        r"\bwon't leave me alone\b|\bwouldn't leave me alone\b|\bdoesn't leave me alone\b|"
        r"\b(?:new|different|fake|burner|another|other people's)\s+(?:numbers?|accounts?|profiles?|"
        r"phones?|emails?)\b.*\b(?:blocked|contact me|message me|text me|reach me|watch|"
        r"harass)\w*|"
        r"\b(?:new|different|fake|burner|another|other)\s+(?:numbers?|accounts?|profiles?|phones?)\b"
        r"(?=.*\b(?:message|text|contact|reach|harass|watch|call|spy|follow|see what)\w*)|"
        r"\bharass(?:es|ed|ing|ment)?\b|\b(?:follow|follows|followed|following)\s+me\s+"
        r"(?:home|to work|to my|around|everywhere|from|in (?:his|her|a|the) car|when i)\b"
    ), partner=True),
    # -- wording the first rules missed (second person, veiled control, coercion) -------------
    AbuseRule("control, veiled", _anchored(
        r"\bsp(?:y|ies|ied|ying)\s+on\s+me\b|"
        r"\b(?:ask|asking|asked|asks|question\w*|quizz\w*|interrogat\w*)\s+(?:the kids|the children|"
        r"our kids|my kids|my friends|them|our son|our daughter)\s+(?:about\s+)?(?:who|where|what)\s+"
        r"i\b|\binterrogat(?:e|es|ed|ing)\s+me\b|"
        r"\b(?:wake|woke|wakes|waking)\s+me\s+up\s+(?:\w+\s+){0,4}?to\s+(?:interrogate|question|yell|"
        r"shout|scream|argue|accuse|fight|check)\b|"
        r"\b(?:made|makes|make|forced|forces|had)\s+me\s+(?:call|text|phone|ring|check in with|"
        r"report to|send)\s+(?:him|her|them|you)\s+(?:every|each|whenever|a photo|photos|pictures|"
        r"selfies|my location|proof)\b|"
        r"\b(?:made|makes|make|forced|forces)\s+me\s+(?:beg|grovel|sleep (?:in|on|outside)|stay "
        r"outside|account for|explain (?:every|each|all|where)|justify (?:every|each)|ask "
        r"(?:permission|for money))\b|"
        r"\b(?:kept|keeps|keep|keeping)\s+(?:a\s+)?(?:spreadsheet|record|log|tally|list|track)\s+of\s+"
        r"(?:every|each|all|everything)\s+(?:\w+\s+)?(?:i\s+)?(?:spent|spend|bought|did|ate|said|"
        r"went|penny|cent|euro|dollar|pound)\b|"
        r"\b(?:is holding|holds|withholds|withheld|kept|keeps|took|takes|hid|hides|confiscat\w*)\s+"
        r"my\s+(?:passport|id card|documents|papers|visa|birth certificate|residence permit)\b|"
        r"\b(?:has|had)\s+my\s+(?:passport|id card|documents|papers|visa|birth certificate|residence "
        r"permit)\s+and\s+(?:won't|will not|wouldn't|refuses to|refused to|never)\b|"
        r"\b(?:takes|took|take|hides|hid|hide|moves|moved|disabled|disables)\s+(?:my\s+)?(?:car|keys|"
        r"car keys|phone|wallet)\b[^.]{0,120}\bso\s+(?:that\s+)?i\s+(?:can't|couldn't|wouldn't|won't|can "
        r"not)\b|"
        r"\b(?:pick|picked|picks|start|started|starts|picking|starting)\s+(?:a\s+)?(?:fights?|"
        r"arguments?|rows?)\s+(?:right\s+|just\s+)?before\s+my\s+(?:exams?|interviews?|tests?|"
        r"shifts?|job|work|presentation|deadline)\b|"
        r"\bwant(?:s|ed)?\s+me\s+to\s+(?:depend|be dependent)\s+on\s+(?:him|her|them|you)\b|"
        r"\b(?:check|checks|checked|checking|asks|asked|demands to know|tracks)\s+where\s+i\s+(?:am|was|"
        r"go|went|had been|'d been|'ve been)\s+(?:all day|every|constantly|all the time|at all times|"
        r"24)\b|"
        r"\b(?:call|calls|called|ring|rings|rang|text|texts|texted|message|messages|messaged)\s+"
        r"(?:me\s+)?(?:\d+\+?|twenty|thirty|forty|fifty|dozens of|a hundred|hundreds of)\s+times\b|"
        r"\b(?:pressured|pressures|pressuring|guilted|guilts|forced|forces|coerced|coerces)\s+me\s+"
        r"into\s+(?:sex|stuff|things|doing|sleeping|having)\b|"
        r"\b(?:when|if|even when|even if)\s+i\s+say\s+no\s+(?:he|she|they)\s+(?:keeps? going|doesn't "
        r"stop|won't stop|carries on|does it anyway|ignores)\b|\buntil i (?:give|gave) in\b|"
        r"\b(?:recorded|records|filmed|films|photographed)\s+me\s+without\s+(?:my\s+)?(?:consent|"
        r"permission|knowing|knowledge)\b|"
        r"\blet (?:himself|herself|themselves) in\b|"
        r"\b(?:has|have|kept|keeps)\s+(?:a|my|the)\s+(?:spare\s+)?key\s+and\s+(?:comes|came|lets|let|"
        r"goes)\b|"
        r"\b(?:keeps|kept|still|started|won't stop)\s+(?:sending|showing up|turning up|coming|calling|"
        r"writing|leaving)\b[^.]{0,120}\bmy\s+new\s+(?:address|place|flat|house|apartment|work|job|number)\b|"
        r"\bknows where i (?:live|work|am staying) now\b|"
        r"\b(?:just\s+|trying\s+|wanted\s+|meant\s+|only\s+)?to\s+(?:scare|frighten|intimidate)\s+"
        r"(?:me|my\s+\w+)\b"
    ), partner=True),
    AbuseRule("threats, veiled", _anchored(
        r"\b(?:take|taking|took)\s+(?:the|my|our)\s+(?:kids|children|son|daughter|baby|boys|girls)\s+"
        r"(?:\w+\s+){0,2}?(?:to\s+(?:his|her|their|another)\s+(?:\w+\s+)?(?:country|family|mother's|"
        r"parents)|abroad|out of the country|away from me)\b|"
        r"\bi'?d never (?:find|see) (?:them|the kids|my (?:kids|children|son|daughter|baby))\b|"
        r"\bmake sure i (?:never|don't|won't|wouldn't)\s+(?:get to\s+)?(?:see|get|have)\s+(?:the|my|our)\s+"
        r"(?:kids|children|son|daughter|baby)\b|"
        r"\b(?:court|judge|social services)\s+(?:would|will|'d|is going to|was going to)\s+(?:hear|know|"
        r"find out|be told|learn)\b|"
        r"\b(?:tell|call|report me to|go to)\s+(?:immigration|the police|social services|cps|child "
        r"services|my (?:boss|employer))\b[^.]{0,120}\bif\s+i\b|"
        r"\b(?:he|she|they)(?:'d|'ll| would| will)\s+(?:say|claim|tell (?:everyone|people|them|the court|"
        r"the police))\s+(?:that\s+)?i\s+(?:abused|hit|hurt|neglected|attacked|was (?:unstable|crazy|"
        r"abusive|an unfit|a bad|mentally))\b|"
        r"\bif i (?:didn't|don't|wouldn't|won't) (?:do what (?:he|she|they) (?:said|says|wanted|wants)|"
        r"obey|comply)\b|"
        r"\b(?:he|she|they|you)(?:'ll|'d| will| would| is going to)\s+(?:\w+\s+)?come (?:for|after) "
        r"(?:me|you)\b|"
        r"\b(?:you|he|she|they)(?:'d| would| will|'ll)\s+find\s+me\s+if\s+i\s+(?:ran|left|run|leave|"
        r"went|go|hid|moved)\b|"
        r"\b(?:holding|holds|held|hangs|hanging|hung)\s+(?:it|that|this|them|the video|the photos)\s+"
        r"over\s+(?:me|my head)\b|"
        r"\b(?:told|tells|telling|said|says|reminds|reminded)\s+me\s+(?:that\s+)?(?:no one|nobody)\s+"
        r"(?:else\s+)?(?:would|will|'d)\s+(?:ever\s+)?(?:put up with|want|love|have|take)\s+(?:me|you)\b"
    ), partner=True, doer=False),
    AbuseRule("insults and violence, told", _anchored(
        r"\b(?:tells|told|telling|reminds|reminded|reminding)\s+me\s+(?:that\s+|every day that\s+|"
        r"daily that\s+)?(?:i'm|i am|i was|i'd be|i would be)\s+(?:so\s+|too\s+|just\s+|such\s+)?"
        r"(?:a\s+|an\s+)?(?:stupid|worthless|useless|nothing|pathetic|ugly|fat|disgusting|failure|"
        r"loser|idiot|unlovable|dumb|a burden|nobody|a joke|an embarrassment|broken|damaged|"
        r"incapable)\b|"
        r"\b(?:said|says|told me|tells me|always said|always told me)\s+(?:that\s+)?i(?:'d| would)\s+"
        r"be\s+nothing\s+without\s+(?:him|her|them|you)\b|"
        r"\btoo stupid to (?:survive|live|manage|cope|function) without (?:him|her|them|you)\b|"
        r"\b(?:his|her|their)\s+(?:hitting|beatings?|punches|slaps|kicking|kicks|choking|strangling|"
        r"violence|fists)\b"
    ), partner=True),
    AbuseRule("gaslighting, veiled", _anchored(
        r"\b(?:say|said|says|tell me|told me|tells me|telling me|insist\w*|swear|swore|swears)\s+"
        r"(?:that\s+)?(?:it|that|this|things|everything)\s+(?:never|didn't)\s+happen(?:ed)?\b|"
        r"\b(?:say|tell me|would tell me|'d tell me)\s+(?:that\s+)?(?:i'm|i am|i was|i'd|i had)\s+"
        r"(?:being\s+)?(?:crazy|imagining|remembering (?:it |things )?wrong|misremembering|making "
        r"(?:it|things|this|stuff) up|paranoid|losing it|losing my mind|confused|overreacting)\b|"
        r"\b(?:told|tell|telling|tells|say|said|says|insist\w*|kept telling me|keeps telling me)\s+"
        r"(?:me\s+)?(?:that\s+)?i\s+(?:imagined|made up|invented|dreamed up|misremembered|misheard|"
        r"misread)\b|"
        r"\b(?:swore|swears|insisted|insists|claimed|claims)\s+(?:that\s+)?(?:it|things|everything|"
        r"they)\s+(?:had\s+|has\s+|have\s+)?always\s+been\s+(?:like that|that way|there)\b|"
        r"\b(?:hid|hide|hides|hiding|moved|moves|took|takes)\s+my\s+[^.]{0,120}\b(?:say|said|says|tell me|"
        r"told me|insist\w*)\s+(?:that\s+)?i(?:'d| had)?\s+(?:lost|moved|misplaced|forgot\w*)\b"
    ), partner=True),
    AbuseRule("doubting own mind", _anchored(
        r"\bstopped\s+trusting\s+my\s+(?:own\s+)?(?:head|mind|memory|eyes|perception|sanity)\b|"
        r"\bdoubt\s+(?:everything|anything)\s+i\s+(?:see|hear|remember|saw|heard|think)\s*"
        r"(?:$|now\b|anymore\b)|"
        r"\bkeeping a (?:diary|journal|record|log)\s+(?:just\s+)?to\s+(?:know|prove|remember|keep "
        r"track)\b"
    ), partner=True, doer=False),
    # -- veiled control, surveillance, threats and coercion (second batch) --------------------
    AbuseRule("surveillance and access", _anchored(
        r"\b(?:logs?|logged|logging)\s+(?:in\s*)?(?:into|in to|on to|onto)\s+my\b|"
        r"\b(?:gps|tracker|airtag|tracking device)\b[^.]{0,60}?\b(?:under|in|on)\s+my\b|"
        r"\b(?:put|puts|installed|set)\s+up\s+cameras\b|\bcameras?\b[^.]{0,60}?\bpoints?\s+inside\b|"
        r"\bmy location was (?:still\s+)?shared\b|\bneeds my location\b|"
        r"\b(?:makes?|made)\s+me\s+(?:send|leave|keep|show)\b[^.]{0,60}?\b(?:where i am|open|"
        r"so (?:he|she|they) can see|with the time)\b|"
        r"\b(?:texts?|calls?|rings?|messages?)\s+(?:me\s+)?every\s+\d+\s+minutes\b|"
        r"\bif i don't (?:reply|answer|pick up)\s+(?:he|she|they)\s+(?:rings?|calls?|texts?)\s+my\b|"
        r"\b(?:uses?|used)\s+the\s+kids\s+to\s+(?:check up on|spy on|watch|keep tabs on)\s+me\b|"
        r"\bkeep an eye on (?:mummy|mommy|mum|mom|daddy|dad)\b|"
        r"\b(?:messaging|texting|contacting)\s+me\s+through\s+(?:our|my|the)\s+(?:son's|daughter's|"
        r"kids'|child's)\b|"
        r"\b(?:drives?|drove|driving)\s+past\b[^.]{0,60}?\b(?:most nights|every night|my (?:house|"
        r"flat|place)|saw my light)\b|\b(?:he|she) drives past\b|"
        r"\bsits?\s+outside\s+(?:my|the)\s+(?:work|bathroom door|office|house|flat)\b|"
        r"\b(?:sit|sat|stood|waited)\s+outside\s+(?:\w+\s+){0,3}?for\s+(?:\d+|hours|two|three)\b|"
        r"\b(?:was|were)\s+outside\s+at\s+\d+\b|"
        r"\b(?:address|number)\s+i\s+never\s+gave\s+(?:him|her|them)\b|"
        r"\bphoto of my (?:front door|house|car|flat)\b|"
        r"\bnon-?molestation order\b|"
        r"\bkeeps?\s+screenshots\s+of\s+everything\b|\bcount\w*\s+my\s+\w+\b[^.]{0,40}?\bto check\b|"
        r"\b(?:took|takes|take)\s+my\s+phone\s+every\s+night\b|"
        r"\bkeeps?\s+a\s+(?:spreadsheet|record|log)\s+of\s+my\s+(?:spending|money|messages|calls)\b|"
        r"\bsee who i (?:ate|was|talked|spoke) with\b"
    ), partner=True),
    AbuseRule("money and movement, veiled", _anchored(
        r"\bmy\s+(?:salary|wages|pay|paycheck|money)\s+goes\s+(?:to|into)\s+(?:his|her|their)\b|"
        r"\beverything goes through (?:his|her|their) account\b|"
        r"\bdoesn't like me having my own money\b|\bhave to ask (?:him |her )?for (?:bus fare|money)\b|"
        r"\b(?:not letting|doesn't let|won't let)\s+me\s+(?:go|see|visit|leave)\b|"
        r"\b(?:makes?|made)\s+me\s+ask\s+before\s+i\b|\bnot allowed to (?:close|lock|shut)\b|"
        r"\b(?:can't|couldn't)\s+go\s+to\s+(?:the\s+)?\w+\s+because\s+(?:she|he)\s+says\b|"
        r"\b(?:takes|took)\s+the\s+car\s+so\s+i\s+(?:can't|couldn't)\b|"
        r"\b(?:'lost'|lost)\s+my\s+(?:driving\s+)?(?:licence|license|passport)\b(?=.*\b(?:she|he)'d\b)|"
        r"\b(?:she|he)'d\s+'?lost'?\s+my\b|"
        r"\bcut up my (?:work\s+)?(?:uniform|clothes|cards|documents)\b|"
        r"\b(?:rang|called|phoned|emailed)\s+my\s+(?:new\s+)?(?:job|work|boss|employer)\s+pretending\b|"
        r"\bso i (?:couldn't|can't) (?:go in|go to work|ring anyone|call anyone|leave)\b"
    ), partner=True),
    AbuseRule("threats, conditional", _anchored(
        r"\b(?:he|she|they|you)(?:'d|'ll| would| will)?\s+(?:says?|said)?\s*(?:he|she|they|you)?"
        r"(?:'d|'ll| would| will)\s+(?:\w+\s+){0,3}?(?:tell|ring|call|report|post|share|stop|make sure|"
        r"end|out|expose|send)\b[^.]{0,80}?\b(?:if|unless)\s+i\b|"
        r"\b(?:if|unless)\s+i\b[^.]{0,60}?\b(?:he|she|they|you)(?:'d|'ll| would| will)?\s+"
        r"(?:says?|said)?\s*(?:he|she|they|you)?(?:'d|'ll| would| will)\s+(?:\w+\s+){0,2}?(?:tell|"
        r"ring|call|report|post|share|stop|make sure|end|out|expose)\b|"
        r"\byou know what happens when you say no\b|\bi know what happens if i don't\b|"
        r"\b(?:he|she|they)\s+has\s+photos\b|\bend me\b|\bmake sure i lost\b|"
        r"\b(?:tell|told)\s+the\s+whole\s+\w+\s+what\s+i\s+did\b|"
        r"\bi know where your\b|\bwhat you're really like\b"
    ), partner=True, doer=False),
    AbuseRule("violence and coercion, told plainly", _anchored(
        r"\b(?:hits|hit|hitting|grabs|grabbed)\s+me\s+(?:sometimes|often|when|a lot)\b|"
        r"\bthe grabbing\b|"
        r"\bthrew\s+(?:a|his|her)\s+(?:\w+\s+){0,3}?at\s+me\b|"
        r"\bhands?\s+(?:round|around)\s+my\s+(?:neck|throat)\b|"
        r"\b(?:holding|held|holds|grabbing)\s+my\s+face\b|\bheld\s+me\s+against\b|"
        r"\bblocked the (?:\w+\s+)?door\b|"
        r"\b(?:smashed|smashes|broke)\s+my\s+(?:\w+'s\s+)?(?:\w+\s+)?(?:plates|things|phone|glasses|"
        r"guitar|laptop)\b|"
        r"\bkeep going after i said no\b|\b(?:don't|doesn't) need to ask\b|"
        r"\bif i don't sleep with (?:him|her)\b|\bsays? i agreed to\b[^.]*\bi didn't\b|"
        r"\b(?:he|she)\s+says?\s+i\s+agreed\b|"
        r"\bsee what you make me do\b|\b(?:tells|told)\s+the\s+kids\s+i'm\b|"
        r"\b(?:told|tells)\s+my\s+friends\s+i'd\s+been\b|\bdifferent story about me\b|"
        r"\b(?:cuts?|cut)\s+up\s+(?:my\s+)?(?:messages|texts|words)\b"
    ), partner=True),
    AbuseRule("self-harm threats as leverage", LEVERAGE, partner=True, doer=False),
)

# Phrases about abuse that is not done to the writer by a partner.
ABUSE_NOT_PARTNER = _c(
    r"\b(?:substance|drug|alcohol|child|animal|elder|self)\s+abuse\b|\babused as a (?:child|kid)\b|"
    r"\bi (?:was|am|might be|might have been|was being) (?:the )?(?:abusive|controlling|"
    r"manipulative|the abuser|the one)\b|\bam i (?:abusive|controlling|manipulative|gaslighting)\b|"
    r"\bmanipulative (?:of me|too)\b(?=.*\bi was\b)|\bsuicide hotline\b"
)
