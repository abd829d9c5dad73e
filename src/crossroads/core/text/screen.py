"""The duty-of-care screen (S1, S2, B9, A7, A8): reads one free text, returns a ScreenResult.

How it reads a text:

1. ``normalize`` folds case, quotes, shorthand ("kms", "dont") and stretched letters; the
   text is then cut into sentences.
2. Figures of speech ("this is killing me", "dying to know", "I could kill him") are blanked
   out before the self-harm phrases are read, so they never raise a level.
3. Each self-harm phrase family (``screen_lexicon.SELF_HARM_RULES``) is matched; a phrase
   is dropped when negated right before it ("I would never kill myself"), read at its
   third-person level when it is about someone else ("my friend says she wants to die"),
   and at ``none`` when that someone is in a film, book or song.
4. An urgent phrase about a time long past, or past and recovered from ("two years ago I
   tried ... I'm doing better now"), is read as ``check_in``: never lower, because a past
   attempt stays a reason to check in (C-SSRS: lifetime behavior).
5. Abuse phrases (violence, threats, control, stalking, gaslighting) count when not negated
   and when the doer is a partner or ex rather than the writer or a parent; "you" is read as
   the ex, since entries often speak to them ("you tracked my phone"). A question someone
   asked that the writer answered "no" ("my therapist asked if ... I said no"), someone
   else's long-past attempt, and a partner's threat of self-harm used as leverage are set
   aside for the self-harm level (the last one counts as abuse).

6. ``screen_text`` then adds the learned layer (``screen_model``: sentence embeddings and
   small logistic heads, loaded on first use). It may raise ``none`` to ``check_in``, add
   ``abuse``, and raise to ``urgent`` when very confident on a flagged text, or beside a
   means, a plan, a time or preparation: less confident on a flagged text, very confident
   on any other;
   it never lowers what the rules found, and it needs a higher probability where the rules
   explicitly set a figure of speech, a negation or a story aside (see :func:`combine`).
   ``screen_rules`` is the rules alone: no model, about a millisecond a message.

The rules are pure (regexes compiled at import); the model reads its files once, on the
first ``screen_text`` call, from the installed packages only.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from crossroads.core.result import SELF_HARM_ORDER, ScreenResult, SelfHarmLevel
from crossroads.core.text import screen_lexicon as lex
from crossroads.core.text import screen_model
from crossroads.core.text.normalize import (
    CLAUSE_BREAK,
    has_stretched_letters,
    normalize,
    split_sentences,
)

__all__ = ["screen_many", "screen_rules", "screen_text"]

Person = Literal["first", "partner", "other", "thing"]

_FOS_MARK = " zzfos "
_PARTNER_WORDS = (
    r"ex|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|ex-husband|ex-wife|"
    r"ex-boyfriend|ex-girlfriend|ex-partner"
)
_OTHER_WORDS = (
    r"friend|friends|sister|brother|mom|mum|mother|dad|father|son|daughter|cousin|aunt|uncle|"
    r"boss|coworker|colleague|teacher|kid|kids|child|neighbor|neighbour|roommate|bestie|"
    r"grandma|grandpa|grandmother|grandfather|stepdad|stepmom|stepfather|stepmother|niece|"
    r"nephew|classmate|student|patient|client|coach|therapist|character|guy|girl|man|woman|"
    r"person|people|someone|somebody|everyone|everybody|parents|family|cat|dog|sibling|"
    r"brother-in-law|sister-in-law|mother-in-law|father-in-law|in-laws|best friend|bff|"
    r"cousin|priest|pastor|doctor|nurse|landlord|stranger|baby|toddler|teenager|teen|heroine|"
    r"hero|protagonist|narrator|author|writer|singer|actor|actress|villain|main character|"
    r"flatmate|housemate"
)
_SUBJECT_VERBS = (
    r"is|was|said|says|told|tells|wants|wanted|tried|tries|feels|felt|keeps|kept|has|had|"
    r"thinks|thought|threatened|threatens|talks|talked|posts|posted|texted|texts|wrote|writes|"
    r"mentioned|admitted|confessed|cuts|cut|would|will|might|could|can|does|did|may|seems|"
    r"seemed|just|always|never|often|sometimes|recently|attempted|overdosed|got|gets|went|goes|"
    r"died|killed|took|takes|jumped|hanged|hung|used|hit|hits|pushed|shoved|slapped|punched|"
    r"grabbed|choked|checks|checked|reads|read|controls|controlled|tracks|tracked|won't|"
    r"wouldn't|doesn't|didn't|isn't|wasn't|'s|'d|'ll|needs|needed|hurt|hurts|beat|beats|kicked|"
    r"calls|called|screams|screamed|yells|yelled|made|makes|started|starts|went|threw|throws|"
    r"broke|breaks|follows|followed|shows|showed|stalks|stalked|sent|sends|refuses|refused|"
    r"forced|forces|took|isolated|isolates|manipulated|manipulates|gaslit|gaslights|denies|"
    r"denied|insists|insisted|swore|swears|claims|claimed|acts|acted|also|even|still|then|"
    r"commits|committed|dies|wishes|wished|hopes|hoped|sulks|makes|wrote|keeps"
)
_SUBJECT_RE = re.compile(
    r"\b(?:(?P<first>i|i'm|i've|i'd|i'll|we|we're|we've|we'd)"
    r"|(?P<me>me|myself)"
    r"|(?P<pron>he|she|they|he's|she's|they're|he'd|she'd|they'd|he'll|she'll|they'll|hes|shes)"
    r"|(?P<you>you|you'd|you've|you'll|you're)"
    r"|(?P<possessed>[a-z]+'s\s+(?:" + _PARTNER_WORDS + r"|" + _OTHER_WORDS + r"))"
    r"(?=\s+(?:" + _SUBJECT_VERBS + r")\b|\s*$)"
    r"|(?:(?:my|his|her|their|our|a|the|your|this|that)\s+(?:\w+\s+)?)?"
    r"(?:(?P<partner>" + _PARTNER_WORDS + r")|(?P<other>" + _OTHER_WORDS + r"))"
    r"(?=\s+(?:" + _SUBJECT_VERBS + r")\b|\s*$)"
    r"|(?P<thing>it|it's|this|that|reality|everything|the news|the truth|life|grief|"
    r"loneliness|the realization|the pain|work|school|nothing))\b"
)
_HAS_PARTNER = re.compile(
    r"\b(?:he|she|him|his|they|them|their|he's|she's|you|your|" + _PARTNER_WORDS + r")\b"
)
# "If she ever reads my diary": a feared possibility, not something that happened.
_HYPOTHETICAL = re.compile(
    r"\b(?:if|in case|what if|unless)\s+(?:he|she|they)\s+(?:ever\s+)?(?:did\s+|does\s+|were to\s+)?$"
)
_LAST_WORD_FIRST_PERSON = re.compile(r"\b(?:me|i|i'm|myself|i'd|i'll)\s+$")


def _last_subject(pre: str, *, me_counts: bool) -> Person | None:
    """Who the words just before a phrase are about: the last subject mentioned."""
    if me_counts and _LAST_WORD_FIRST_PERSON.search(pre):
        return "first"
    last: Person | None = None
    for match in _SUBJECT_RE.finditer(pre):
        if match.group("first") or (me_counts and match.group("me")):
            last = "first"
        elif match.group("pron") or match.group("partner"):
            last = "partner"
        elif match.group("you"):
            # In a journal, "you" is nearly always the ex the entry speaks to ("you tracked my
            # phone"); it counts for abuse only, never to read a self-harm phrase as someone else's.
            last = last if me_counts else "partner"
        elif match.group("other") or match.group("possessed"):
            last = "other"
        elif match.group("thing"):
            last = "thing" if not me_counts else last
    return last


def _clause_before(pre: str) -> str:
    """The part of ``pre`` after the last clause break (comma, "but", "and" ...)."""
    cut = 0
    for match in CLAUSE_BREAK.finditer(pre):
        cut = match.end()
    return pre[cut:]


_STOP_WORDS = re.compile(r"(?:stop|help|quit|keep|get rid|shake)\b")
_CANT = re.compile(r"(?:can't|cannot|can not|couldn't|won't|don't|didn't)\s+$")


def _negated(pre: str, post: str = "", phrase: str = "") -> bool:
    if _STOP_WORDS.match(phrase) and _CANT.search(pre):
        return False
    clause = lex.NOT_A_NEGATION.sub(" ", _clause_before(pre))
    if lex.NEGATION_BEFORE.search(clause.rstrip() + " ") is not None:
        return True
    return bool(post) and lex.NEGATION_AFTER.search(post) is not None


# After a denied phrase: "exactly", "as such" or a "but" qualify the denial.
_QUALIFIED = re.compile(r"^\W*(?:exactly|as such|per se)\b|\bbut\b")
# Anywhere in the text: a wish to stop, disappear or not be, said as all one wants.
_STOP_WISH = re.compile(
    r"\bi (?:just|only|simply) (?:want|wanna|wish|need)(?: to)? (?:stop|disappear|vanish|"
    r"not (?:be|exist|wake)|be gone|sleep (?:forever|for (?:a )?(?:year|month|long)))"
)


def _blank(pattern: re.Pattern[str], text: str, mark: str = _FOS_MARK) -> str:
    return pattern.sub(mark, text)


@dataclass
class _Reading:
    level: SelfHarmLevel = "none"
    abuse: bool = False
    evidence: list[str] = field(default_factory=list)
    preparations: set[str] = field(default_factory=set)
    signs: set[str] = field(default_factory=set)
    # Where the rules explicitly set a phrase aside (a figure of speech, a negation, a story,
    # someone else's loss or risk, a partner's leverage; for abuse: a parent, the writer, a
    # negation, a feared possibility). The learned layer then needs a stronger probability.
    self_harm_guards: set[str] = field(default_factory=set)
    abuse_guards: set[str] = field(default_factory=set)

    def raise_to(self, level: SelfHarmLevel, phrase: str) -> None:
        if level == "none":
            return
        if SELF_HARM_ORDER[level] > SELF_HARM_ORDER[self.level]:
            self.level = level
        self.evidence.append(phrase)


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds the span ``start:end``."""
    left = _clause_before(text[:start])
    right = CLAUSE_BREAK.split(text[end:], maxsplit=1)[0]
    return left + text[start:end] + right


def _past_level(sentence: str, clause: str, whole: str) -> SelfHarmLevel:
    """The level of an urgent phrase, lowered to check_in when it is past and over."""
    if lex.CURRENT.search(clause) or lex.CURRENT.search(lex.RECOVERY.sub(" ", sentence)):
        return "urgent"
    recovered = lex.RECOVERY.search(whole) is not None
    if lex.DISTANT_PAST.search(sentence):
        return "check_in"
    if recovered and lex.SOFT_PAST.search(sentence):
        return "check_in"
    return "urgent"


def _read_self_harm(sentence: str, whole: str, reading: _Reading) -> None:
    text = f" {sentence} "
    for pattern in lex.FIGURES_OF_SPEECH:
        if pattern.search(text):
            reading.self_harm_guards.add("figure of speech")
            text = _blank(pattern, text)
    media = lex.MEDIA.search(text) is not None
    joke = lex.JOKE.search(text) is not None
    for name, pattern in (("loss", lex.THIRD_PARTY_LOSS), ("about suicide", lex.ABOUT_SUICIDE),
                          ("leverage", lex.LEVERAGE), ("someone else", lex.OTHER_PERSON_RISK)):
        if pattern.search(text):
            reading.self_harm_guards.add(name)
    for match in lex.THIRD_PARTY_LOSS.finditer(text):
        reading.evidence.append(f"about someone else: {match.group(0).strip()}")
    if lex.ASKED.search(text) and lex.ANSWERED_NO.search(whole) and not lex.ANSWERED_YES.search(
        whole
    ):
        reading.self_harm_guards.add("asked and answered no")
        text = _blank(lex.ASKED, text, " zzasked ")
    text = _blank(lex.THIRD_PARTY_LOSS, text, " zzloss ")
    text = _blank(lex.ABOUT_SUICIDE, text, " zzabout ")
    text = _blank(lex.LEVERAGE, text, " zzleverage ")
    # Someone else's risk long past and over ("my sister tried to take her life years ago and
    # she's doing great now") is their history, not a present worry.
    their_past = lex.DISTANT_PAST.search(text) is not None and lex.CURRENT.search(text) is None
    for match in lex.OTHER_PERSON_RISK.finditer(text):
        if their_past:
            reading.self_harm_guards.add("someone else's past")
            continue
        if not _negated(text[: match.start()]) and not media and not joke:
            reading.raise_to("check_in", f"someone else: {match.group(0).strip()}")
    text = _blank(lex.OTHER_PERSON_RISK, text, " zzother ")
    for rule in lex.SELF_HARM_RULES:
        for match in rule.pattern.finditer(text):
            pre = text[: match.start()]
            phrase = match.group(0).strip()
            if _negated(pre, text[match.end():], phrase):
                # "I don't want to die exactly, I just want to stop": a denial qualified in
                # the same breath raises nothing by itself, but is no guard either.
                if not (_QUALIFIED.search(text[match.end():]) or _STOP_WISH.search(whole)):
                    reading.self_harm_guards.add("negated")
                continue
            level: SelfHarmLevel = rule.level
            person = _last_subject(pre, me_counts=True)
            about_other = person in ("partner", "other")
            if about_other and their_past and rule.kind != "self":
                # Someone else's risk long past and over: their history, not a present worry.
                reading.self_harm_guards.add("someone else's past")
                continue
            if rule.kind != "self" and about_other:
                level = "none" if joke else rule.third
            if media and (about_other or (rule.kind != "self" and person is None)):
                # A phrase set aside as a story's (a film, a book, the news). A media word
                # elsewhere in the sentence is no guard: out of fold (session 8) texts with
                # one ("cancelled the paper", "wrote my last poem") were mostly at risk.
                reading.self_harm_guards.add("story")
                level = "none"
            if (about_other and rule.kind != "self") or (level == "none" and not rule.prep):
                reading.raise_to(level, phrase)
                continue
            if rule.prep:
                reading.preparations.add(phrase)
            else:
                reading.signs.add(rule.name)
            if joke and rule.joke is not None:
                level = rule.joke
            if level == "urgent":
                clause = _clause_around(text, match.start(), match.end())
                level = _past_level(text, clause, whole)
            reading.raise_to(level, phrase)


_SCARE_QUOTES = re.compile(r"(?<=\s)'|'(?=[\s.,!?]|$)|\"")


def _read_abuse(sentence: str, whole_has_partner: bool, reading: _Reading) -> None:
    if lex.ABUSE_NOT_PARTNER.search(f" {sentence} "):
        reading.abuse_guards.add("not a partner")
    text = _blank(lex.ABUSE_NOT_PARTNER, f" {sentence} ", " zzno ")
    # Scare quotes ("he'll 'end me'", "I'd 'lost' it") do not change what was done.
    text = _SCARE_QUOTES.sub(" ", text)
    for rule in lex.ABUSE_RULES:
        for match in rule.pattern.finditer(text):
            pre = text[: match.start()]
            if _negated(pre):
                reading.abuse_guards.add("negated")
                continue
            person = _last_subject(pre, me_counts=False)
            if person == "other" or (rule.doer and person in ("first", "thing")):
                reading.abuse_guards.add("someone else")
                continue
            if rule.partner and not (
                person == "partner" or ((person is None or not rule.doer) and whole_has_partner)
            ):
                continue
            if _HYPOTHETICAL.search(_clause_before(pre)):
                reading.abuse_guards.add("hypothetical")
                continue
            reading.abuse = True
            reading.evidence.append(f"abuse: {match.group(0).strip()}")


def _read(normalized: str, reading: _Reading) -> None:
    whole_has_partner = _HAS_PARTNER.search(normalized) is not None
    for sentence in split_sentences(normalized):
        _read_self_harm(sentence, normalized, reading)
        _read_abuse(sentence, whole_has_partner, reading)


def _rules_reading(text: str) -> _Reading:
    reading = _Reading()
    _read(normalize(text), reading)
    if has_stretched_letters(text.lower()):
        _read(normalize(text, keep_repeats=1), reading)
    if reading.preparations and (len(reading.preparations) > 1 or reading.signs):
        reading.raise_to("urgent", "preparation with other signs: " + ", ".join(
            sorted(reading.preparations)))
    return reading


def _result(reading: _Reading) -> ScreenResult:
    evidence = tuple(dict.fromkeys(reading.evidence))
    return ScreenResult(self_harm=reading.level, abuse=reading.abuse, evidence=evidence)


def screen_rules(text: str) -> ScreenResult:
    """The rule-and-lexicon reading alone: no model is loaded (about 1 ms a message)."""
    return _result(_rules_reading(text))


# Words of the upper C-SSRS steps: a means or a place (pills, a blade, a bridge), a plan or
# decision, a time set, preparation (hoarding, a note, giving things away, looking up how).
# Alone they are everyday words; beside signs of risk they are what makes a text urgent, so
# the learned layer's urgent bar is lower where one is present (``urgent_cued``, chosen on
# held-out scores so that few texts that are not urgent are raised).
_MEANS_OR_PLAN = re.compile(
    r"\b(?:" + lex.PILLS + r"|pill|tablet|poison\w*|bleach|antifreeze|weedkiller|"
    r"knife|knives|blades?|razors?|rope|noose|ligature|gun|guns|rifle|shotgun|pistol|firearm|"
    r"bullets?|ammo|bridge|footbridge|overpass|cliffs?|ledge|roof|rooftop|balcony|top floor|"
    r"tracks|railway|train line|train times|timetable|doesn't stop|does not stop|motorway|"
    r"exhaust|hosepipe|carbon monoxide|charcoal|helium|plastic bag|storeys?|which floor|"
    r"how many floors|floors? (?:up|high)|one (?:last )?thing left to do|"
    r"drown\w*|jump\w*|overdos\w*|plan|plans|planned|planning|decided|decision|"
    r"made up my mind|mind is made up|note|notes|letters?|goodbyes?|farewell|my will|"
    r"last (?:time|day|night|message|text|entry)|for good|tonight|tomorrow|this weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)|birthday|"
    r"anniversary|hoard\w*|stockpil\w*|stash\w*|saving (?:them|these|those|up)|"
    r"counting|counted|bought|buying|gave away|giving away|rehom\w*|passwords|"
    r"research\w*|googl\w*|how (?:high|tall|far|many|much|long|deep|fast))\b"
)


def combine(reading: _Reading, text: str, probabilities: screen_model.Probabilities,
            thresholds: screen_model.Thresholds) -> ScreenResult:
    """Add the learned layer to a rules reading: it may raise a level, never lower one.

    ``none`` becomes ``check_in`` when the flag probability passes its threshold (a higher
    one when the rules explicitly set a figure of speech, a negation or a story aside).
    ``urgent`` needs a very confident urgent head, or beside a means, a plan, a time or
    preparation (C-SSRS: thoughts with a method or a plan are urgent) a less confident one
    on a flagged text. It never comes from the model over an explicit guard of the rules.
    """
    guarded = bool(reading.self_harm_guards)
    normalized = normalize(text)
    cue = None if guarded else _MEANS_OR_PLAN.search(normalized)
    cued = cue is not None
    flag_bar = thresholds.flag_guarded if guarded else thresholds.flag
    flagged = probabilities.flag >= flag_bar
    if reading.level == "none" and flagged:
        reading.raise_to("check_in", f"model: signs of risk (p={probabilities.flag:.2f})")
    confident = probabilities.urgent >= thresholds.urgent
    urgent_bar = min(thresholds.urgent, thresholds.urgent_cued) if cued else thresholds.urgent
    if (
        reading.level != "urgent"
        and not guarded
        and probabilities.urgent >= urgent_bar
        and (flagged or confident)
    ):
        beside = f" beside {cue.group()!r}" if cue else ""
        reading.raise_to("urgent", f"model: likely urgent{beside} (p={probabilities.urgent:.2f})")
    abuse_bar = thresholds.abuse_guarded if reading.abuse_guards else thresholds.abuse
    if not reading.abuse and probabilities.abuse >= abuse_bar:
        reading.abuse = True
        reading.evidence.append(f"model: abuse (p={probabilities.abuse:.2f})")
    return _result(reading)


def screen_text(text: str) -> ScreenResult:
    """Screen one free text for self-harm (none, check_in, urgent) and abuse by a partner.

    The rules read first; the learned layer (loaded on first call, about half a second)
    may then raise what they found. For a rules-only reading with no model, use
    :func:`screen_rules`.
    """
    reading = _rules_reading(text)
    if not text.strip():
        return _result(reading)
    model = _learned_layer()
    if model is None:
        reading.evidence.append("learned layer unavailable: rules only")
        return _result(reading)
    return combine(reading, text, model.score(text), model.thresholds)


_FAILED: list[str] = []


def _learned_layer() -> screen_model.ScreenModel | None:
    """The loaded model, or None when its files cannot be read (the rules still screen)."""
    if _FAILED:
        return None
    try:
        return screen_model.load()
    except Exception as error:  # a broken install must never stop the duty-of-care screen
        _FAILED.append(repr(error))
        warnings.warn(f"screen model unavailable, using rules only: {error!r}", stacklevel=2)
        return None


def screen_many(texts: Iterable[str]) -> list[ScreenResult]:
    """Screen several texts, in order."""
    return [screen_text(text) for text in texts]
