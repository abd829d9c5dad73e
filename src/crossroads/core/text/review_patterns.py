"""The phrases the draft review looks for, one table per category (C2-C7, D7, D11, E3, E9).

Every pattern runs on the draft after :func:`~crossroads.core.text.normalize.fold`, which
keeps one character for one character, so a match's offsets are offsets in the draft.
Patterns are written against lowercase text with straight quotes, and tolerate the
usual texting shorthand ("dont", "u", "ur", "im").

Each pattern has a ``key``: the review's content file may hold a more specific
"instead" text under that key (``content/en/review.yaml``).

Shorthand macros in angle brackets (``<YOU>``, ``<ILL>``...) are expanded before compiling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

FlagCategory = Literal[
    "threat", "guilt_trip", "over_promise", "jealousy_bait", "self_abasement", "neediness",
    "blame",
]
StrengthCategory = Literal["owns_part", "respects_choice", "invites_talk"]

FLAG_CATEGORIES: tuple[FlagCategory, ...] = (
    "threat", "guilt_trip", "over_promise", "jealousy_bait", "self_abasement", "neediness",
    "blame",
)
STRENGTH_CATEGORIES: tuple[StrengthCategory, ...] = (
    "owns_part", "respects_choice", "invites_talk",
)

# The method items each flag category implements (CONTRACTS.md, `crossroads review`).
FLAG_IDS: dict[FlagCategory, tuple[str, ...]] = {
    "threat": ("C2", "D7"),
    "guilt_trip": ("C3",),
    "over_promise": ("C4",),
    "jealousy_bait": ("C5",),
    "self_abasement": ("C6", "E9"),
    "neediness": ("D1", "D7", "D11"),
    "blame": ("E3",),
}

_MACROS: dict[str, str] = {
    "<YOU>": r"(?:you|u|ya)",
    "<YOUR>": r"(?:your|ur|yr)",
    "<YOURE>": r"(?:you'?re|you are|u'?re|u r|ur|your|youre)",
    "<YOULL>": (
        r"(?:you'?ll|you will|u'?ll|u will|youll|(?:you'?re|you are|ur|u r|u'?re) "
        r"(?:going to|gonna))"
    ),
    "<YOUWONT>": r"(?:you won'?t|you will not|u won'?t|u wont|you'?re not going to)",
    "<ILL>": (
        r"(?:i'?ll|i will|ill|i shall|(?:i'?m|im|i am) (?:going to|gonna))"
    ),
    "<IM>": r"(?:i'?m|i am|im)",
    "<IVE>": r"(?:i'?ve|i have|ive)",
    "<ID>": r"(?:i'?d|i would)",
    "<DONT>": r"(?:don'?t|do not|dont)",
    "<WONT>": r"(?:won'?t|will not|wont)",
    "<CANT>": r"(?:can'?t|cannot|can not|cant)",
    "<NEG>": (
        r"(?:not|never|no|don'?t|dont|doesn'?t|won'?t|wont|can'?t|cant|cannot|didn'?t|"
        r"isn'?t|aren'?t|wasn'?t|wouldn'?t|shouldn'?t)"
    ),
    "<KIDS>": (
        r"(?:kids|kid|children|child|girls|boys|son|sons|daughter|daughters|baby|babies|"
        r"little ones|twins)"
    ),
    "<PEOPLE>": (
        r"(?:everyone|everybody|people|the world|the whole \w+|all (?:your|ur) \w+|"
        r"(?:your|ur|our) (?:mom|mum|mother|dad|father|parents|family|sister|brother|boss|"
        r"friends?|coworkers|colleagues|work|office|church|kids|children|grandma|grandmother|"
        r"new (?:girlfriend|boyfriend|partner|man|woman)|wife|husband|job|manager|team)|"
        r"the kids|the children|my lawyer|the court|the judge|the police|the cops)"
    ),
    # Someone the ex would not want told: family, work, a new partner, the authorities.
    "<THIRD>": (
        r"(?:(?:your|ur|the|his|her)(?: new| old| whole)? (?:boss|manager|employer|hr|work|office|"
        r"colleagues|coworkers|co-workers|team|board|licensing board|church|mum|mom|mother|dad|"
        r"father|parents|family|sister|brother|cousin|nan|grandma|grandmother|girlfriend|"
        r"boyfriend|wife|husband|partner|girl|guy|man|woman|friends|landlord|judge|court|"
        r"lawyer|solicitor|police|pastor|imam|priest)|everyone|everybody|people)"
    ),
    "<SP>": r"[ \t]+",
    "<W>": r"(?:[ \t]+[\w']+)",
    "<GAP>": r"(?:[ \t]+[\w',]+){0,4}?",
    "<PLEASE>": r"(?:please|pls|plz|pleaseee*)",
    # The consequence half of an ultimatum: "if you leave, <HARM>".
    "<HARM>": (
        r"(?:(?:i'?ll|i will|ill|i'?m(?: just)? going to|im(?: just)? going to|i am going to|"
        r"i'?m gonna)(?: just| have to| be)?"
        r" (?:tell|call|make sure|take (?:the kids|you to court|everything)|sell|cut|empty|"
        r"post|show up|come to|never (?:let|forgive|speak|talk)|fight|make (?:your|ur|sure)|"
        r"see to it|be gone|keep the|stop paying|expose|ruin|destroy|file|report|ring|"
        r"turn up|drive (?:over|round|there)|come (?:over|round)|bang on|wait outside|"
        r"let (?:the|your|ur) (?:judge|court|police|cops)|ask(?:ing)? my (?:lawyer|solicitor|"
        r"attorney)|have my (?:lawyer|solicitor|attorney)|see about)"
        r"|(?:i'?m|im|i am) (?:done|gone|finished|through|driving|coming over|calling your|"
        r"telling|posting)|(?:we'?re|we are) (?:done|over|finished)"
        r"|(?:you'?ll|you will|u'?ll|u will|you'?re going to|you are going to) (?:regret|never|"
        r"lose|be sorry|pay|be paying)|you can (?:forget|kiss)|(?:don'?t|dont) (?:bother|expect))"
    ),
}


_MACRO = re.compile(r"<[A-Z]+>")


def _expand(source: str) -> str:
    return _MACRO.sub(lambda found: _MACROS[found.group()], source)


_COMPILED: dict[str, re.Pattern[str]] = {}


@dataclass(frozen=True)
class Pattern:
    """One phrase shape: what it shows, where to look, and which text explains it.

    The regular expression is compiled on first use: a draft only ever needs the few
    patterns whose anchor words it contains (see ``review_anchors.json``), and compiling
    all of them up front would cost more start-up time than the whole review.
    """

    category: str
    key: str
    source: str

    @property
    def regex(self) -> re.Pattern[str]:
        compiled = _COMPILED.get(self.source)
        if compiled is None:
            compiled = _COMPILED[self.source] = re.compile(self.source)
        return compiled


def _table(category: str, rows: list[tuple[str, str]]) -> tuple[Pattern, ...]:
    return tuple(
        Pattern(category, key, r"(?<![\w'])(?:" + _expand(source) + r")(?![\w'])")
        for key, source in rows
    )


THREAT = _table("threat", [
    # Predicting how sorry they will be (C2).
    ("regret", r"<YOULL>(?: (?!never|not)\w+)?(?: live to| really| so| truly)? (?:regret|be sorry|"
               r"pay)"),
    ("regret", r"<YOULL> (?:be|end up|die|grow old) (?:all )?(?:alone|miserable|lonely|"
               r"by yourself)"),
    ("regret", r"see how (?:long )?(?:you|u) (?:last|manage|cope|do|survive|like it)"),
    ("regret", r"good luck (?:on your own|without me|surviving|managing|coping|getting (?:anything|"
               r"a penny|a cent|a dime|the)|keeping|affording|finding (?:us|them|a lawyer))"),
    ("regret", r"(?:don'?t|dont) be surprised (?:when|if)"),
    ("regret", r"<YOU>(?:'ll| will| are| 're|'re)? (?:be )?paying for (?:it|this)"),
    ("regret", r"<YOULL> (?:see|realis|realiz|understand|learn|find out|know)\w*"
               r"(?: one day| someday| soon)? (?:how wrong|what you (?:lost|threw away|had|"
               r"gave up|did)|what you'?ve lost|your mistake)"),
    ("regret", r"(?:one day|someday|some day|in a year|soon enough|wait and see)"
               r"<GAP> <YOULL> (?:come|wake up|realis|realiz|understand|see|wish|miss)\w*"),
    ("regret", r"<YOULL> (?:come|be) (?:crawling|running|begging|crying) back"),
    ("regret", r"(?:it'?ll|it will) be too late"),
    ("regret", r"<YOULL> never find (?:anyone|anybody|someone|somebody|another)"),
    ("regret", r"good luck finding (?:anyone|anybody|someone|somebody|another)"),
    ("regret", r"<YOU> (?:will|'ll) see\.?$"),
    ("regret", r"mark my words"),
    ("regret", r"(?:the |biggest )+mistake of <YOUR> life"),
    ("regret", r"don'?t come crying to me"),
    # The children (C2).
    ("children", r"(?:you|u)(?:'ll| will| are|'re| 're)? (?:never|not|won'?t|wont|will not)"
                 r"(?: be)?(?: \w+)? (?:see|seeing|have|having|get|getting)(?: much of)?"
                 r" (?:the|your|ur|our|my|those) <KIDS>(?: again)?"),
    ("children", r"<YOULL> never see \w+(?: \w+)? again"),
    ("children", r"forget (?:about )?(?:having|seeing|getting) (?:the|your|ur|our) <KIDS>"),
    ("children", r"(?:fight|sue|take) you for (?:full |sole )?custody"),
    ("children", r"(?:take|taking|keep|keeping) (?:the|your|our) <KIDS>(?: away)?"
                 r"(?: from (?:you|u))"),
    ("children", r"<ILL> (?:take|get|fight for|go for) (?:the|our|full|sole) "
                 r"(?:<KIDS>|custody)"),
    ("children", r"(?:the|our|your) <KIDS> (?:will|'ll|are going to) (?:hear|know|find out|"
                 r"learn|never forgive)"),
    ("children", r"make sure (?:the|our|your) <KIDS>"),
    ("children", r"<KIDS> (?:will )?never forgive (?:you|u)"),
    ("children", r"<ILL> (?:make sure|see to it that) (?:they|he|she|the <KIDS>) (?:know|hear|"
                 r"find out|learn)s? (?:exactly|what kind|what (?:you|u) (?:did|are|really)|who "
                 r"(?:you|u) (?:really|are)|the truth|everything)"),
    ("children", r"if you take (?:the|our) <KIDS>"),
    # Money and property (C2).
    ("money", r"(?:won'?t|wont|not|never|don'?t|dont|doesn'?t|didn'?t|aren'?t) (?:get|see|"
              r"have|receive|getting|seeing|expect|"
              r"walk away with)(?: \w+)? (?:a (?:single )?|one )(?:penny|cent|dime|red cent)"),
    ("money", r"(?:without|not) (?:a (?:single )?|one )(?:penny|cent|dime)"),
    ("money", r"(?:you|u)(?:'ll| will| would|'d)? (?:get|see|leave with|end up with|walk away"
              r" with) (?:absolutely )?nothing"),
    ("money", r"cut (?:you|u) off"),
    ("money", r"(?:empty|drain|clear out|freeze) (?:the|our) (?:joint )?(?:account|savings)"),
    ("money", r"good luck paying"),
    ("money", r"no more money for"),
    ("money", r"my lawyer (?:will|'ll) make sure"),
    ("money", r"you can walk(?=[.!]|$)"),
    ("money", r"(?:won'?t|will not|wont|not going to) make (?:this|it|things|anything|your "
              r"life) (?:easy|simple|pleasant) (?:on|for) (?:you|u)"),
    ("money", r"(?:hear|hearing) from my (?:lawyer|attorney|solicitor)|see you in court|"
              r"my (?:lawyer|attorney) will (?:be in touch|contact|call|deal)"),
    ("money", r"(?:take|drag|taking|dragging) (?:you|u) to court"),
    ("money", r"<YOUWONT> (?:be )?(?:taking|getting|keeping) (?:the|my|anything|any)"),
    ("money", r"(?:is|are|was|'?s) (?:all |still |half |still half )?in my name"),
    ("money", r"(?:i'?m|im|i am|<ILL>) keep(?:ing)? (?:the|our|my) (?:apartment|house|flat|car|"
              r"kids|dog|money|savings|furniture) and (?:everything|all of it|you (?:get|can))"),
    ("money", r"(?:long|expensive|ugly|messy|nasty|bitter) (?:divorce|custody battle|court "
              r"case|fight)"),
    ("money", r"(?:<YOUR>) (?:visa|job|career|license|licence|reputation|green card) (?:is|will "
              r"be|'s) (?:done|over|gone|finished)"),
    ("money", r"(?:won'?t|will not|wont|not going to) sign (?:anything|the papers|the divorce|"
              r"a thing)(?: until)?"),
    ("money", r"<ILL> take (?:you|u) for everything"),
    # Legal or official leverage, named to pressure rather than to inform (C2).
    ("money", r"<ILL>(?: just)? (?:let|tell|inform) the (?:judge|court|police|cops|authorities|"
              r"social services|immigration|hr)(?: \w+)? know"),
    ("money", r"(?:have|get) my (?:lawyer|solicitor|attorney) (?:to )?(?:send|write|contact|call|"
              r"look|draw)|report (?:you|u) (?:to|for)|enjoy explaining (?:that|this|it)"
              r"(?: one)? to|(?:when|once) the judge (?:sees|reads|hears)|if i change my "
              r"statement"),
    # Turning people against them, exposing them (C2).
    ("telling", r"(?:<ILL>|i'?m|im|i am)(?: \w+)?(?: \w+)? (?:tell|telling|let|call|calling|"
                r"text|email|inform|message|show|warn)(?: \w+)? <PEOPLE>(?:[ \t]+[\w']+){0,3}?"
                r" (?:what (?:you|u|kind|really)|everything|exactly|the truth|all about|"
                r"who (?:you|u)|why (?:we|you|u)|how (?:you|u)|about (?:you|u|what))"),
    ("telling", r"<ILL> (?:make sure|see to it that) (?:everyone|everybody|people|<PEOPLE>) "
                r"(?:knows?|hears?|finds? out|sees?)"),
    ("telling", r"(?:telling|tell) (?:her|him|them) everything(?=[.!]|$| about (?:you|u))"),
    ("telling", r"<PEOPLE>(?: \w+){0,2} (?:will|won'?t|are going to|is going to|'ll|"
                r"(?:is|are|'s) gonna)"
                r" (?:hear|know|find out|learn)(?: \w+)? (?:every detail|everything|exactly|"
                r"the truth|what (?:you|u)|what kind|who (?:you|u)|why|it(?=[.!,]|$| by| soon))"),
    ("telling", r"(?:hear|hears) (?:every detail|everything|all about it|my side)(?: from me)?"),
    ("telling", r"(?:hear|hears) my side"),
    ("telling", r"(?:wait|just wait) (?:until|till|til) <PEOPLE> (?:find|finds|hear|hears|know)"),
    ("telling", r"(?:post|posting|share|sharing|put|putting|send|sending) (?:everything|it all|"
                r"the (?:photos|pictures|pics|videos|messages|texts|screenshots)|"
                r"your (?:photos|pictures|pics|messages|texts|secrets)|it) "
                r"(?:online|on (?:facebook|instagram|insta|twitter|tiktok|social media)|"
                r"to everyone|to <PEOPLE>)"),
    ("telling", r"<ILL> expose (?:you|u)"),
    ("telling", r"<ILL> (?:post|share|send|leak|expose)\w*(?: \w+){0,3}? (?:the )?(?:photos|pictures|"
                r"pics|videos|messages|screenshots|everything)"),
    ("telling", r"<IM> posting (?:it|them|everything|the (?:photos|pictures|pics|videos|"
                r"messages|texts|screenshots)|your (?:photos|pictures|pics|messages|texts|"
                r"secrets))(?! back)"),
    ("telling", r"(?:i )?know things about (?:you|u)"),
    ("telling", r"(?:a few|some|certain) things about (?:you|u)"),
    ("telling", r"would (?:say|think|do) if (?:he|she|they|\w+) (?:saw|knew|heard|found out|"
                r"read)"),
    # Veiled exposure: a pity if someone found out, who would love to see what (C2).
    ("telling", r"(?:be|'d be|it'?d) (?:a |such a )?(?:real |terrible |awful |great )?(?:shame|"
                r"pity) if (?:someone|somebody|anyone|people|they|these|those|it|this|that|"
                r"<THIRD>)"),
    ("telling", r"(?:i'?d|i would) hate for (?:your|ur|people|anyone|everyone|someone)(?: \w+)"
                r"{0,3} to (?:get the wrong idea|find out|hear|see|know|learn|read)"),
    ("telling", r"<THIRD>(?:[ \t]+[\w']+){0,4}? (?:might|would|'d|will)(?: be)?(?: very| really|"
                r" so| certainly| definitely)? (?:like|love|want|interested|curious|keen)"
                r"(?: to (?:know|hear|see|learn|read)| in)(?: \w+)?? (?:why (?:you|u)|what "
                r"(?:you|u)|about (?:the|your|that) \w+|(?:those|these|the) (?:texts|photos|"
                r"pictures|pics|messages|videos|screenshots|emails))"),
    ("telling", r"<THIRD>(?:[ \t]+[\w']+){0,8}? why (?:we|you|u) (?:really|actually)"),
    ("telling", r"<THIRD> (?:finds out|hears|learns|gets wind)(?: \w+)? (?:about|what (?:you|u)|"
                r"why (?:you|u)|how (?:you|u))"),
    ("telling", r"(?:doesn'?t|don'?t|does not|has no|have no) (?:know|idea) what (?:you'?re|"
                r"you are|ur|u r|you were) (?:really|actually|truly) like|(?:filled|fill) (?:him|"
                r"her|them) in"),
    ("telling", r"(?:maybe|perhaps) i (?:should|could|will|'ll|ought to) (?:tell|show|inform) "
                r"(?:him|her|them|<PEOPLE>)"),
    ("telling", r"(?:stories|secrets|details) about (?:you|u)(?![\w'])|(?:a lot of|lots of|plenty "
                r"of) stories(?=[.!]|$)"),
    ("telling", r"(?:ended|end|ends) up (?:somewhere public|online|on (?:facebook|instagram|the "
                r"internet|social media))"),
    ("telling", r"(?:know|have|got) (?:your|ur|all your) passwords|(?:login|password|passcode) "
                r"(?:for|to) (?:your|ur) (?:work|email|phone|account|laptop|icloud|bank)"),
    ("telling", r"(?:one|a single) phone call (?:and|from me|is all it|to (?!say|talk|hear))"),
    ("telling", r"(?:might|would|'d|will) (?:like|love|want|be interested|be curious) to "
                r"(?:know|hear|see)(?: \w+){0,3} (?:about (?:you|u)|what (?:you|u))"),
    ("telling", r"i (?:still )?(?:have|kept|saved|got) (?:the|your|all the|all your|those|all "
                r"those) (?:screenshots|photos|pictures|pics|videos|messages|texts|receipts|"
                r"emails|recordings)"),
    # Ultimatums and pressure to force an outcome (C2, D7).
    ("ultimatum", r"or (?:else|(?:i'?m|im|i am) (?:done|gone|leaving|coming|driving|calling|"
                  r"telling|posting|selling|taking|out|through|finished|going to|getting in)|"
                  r"i (?:drag|report|file|take|sell|tell|post|expose)|(?:i'?ll|ill|"
                  r"i will) (?:tell|call|come|show|post|make|take|sell|be gone|never|file|"
                  r"stop)|(?:we'?re|it'?s|its) (?:done|over|finished|through))"),
    ("ultimatum", r"you can forget (?:me|about me|about us|about it)"),
    ("ultimatum", r"or (?:lose|you'?ll lose|you lose|you will lose) (?:me|us|everything|"
                  r"the \w+)"),
    ("ultimatum", r"(?:don'?t|dont|do not) (?:ever )?expect to (?:come (?:home|back)|see|get|"
                  r"have)"),
    ("ultimatum", r"never hear the end of (?:it|this)"),
    ("ultimatum", r"(?:don'?t|dont|do not) (?:test|push) me|you (?:don'?t|do not) want to "
                  r"(?:find out|see|know) what"),
    ("regret", r"(?:might not|won'?t|will not|may not) be (?:here|waiting|around)(?: for you)?"
               r"(?: when| forever| for long|[.!]|$)"),
    ("ultimatum", r"(?:this is|it'?s|its|i'?m giving you|you have|you'?ve got|one|your) "
                  r"(?:your |my |the |one )?(?:last|final|only) chance"),
    ("ultimatum", r"(?:you have|you'?ve got|you got) (?:until|till|til|untill) \w+"),
    ("ultimatum", r"after (?:tonight|today|that|this)(?: \w+)?,? (?:the door|i'?m done|"
                  r"i'?m gone|we'?re done|it'?s over|i won'?t|you can forget)"),
    ("ultimatum", r"door (?:is|will be) (?:closed|shut)"),
    ("ultimatum", r"(?:don'?t|dont|do not) bother (?:coming|to come)(?: \w+)?"),
    ("ultimatum", r"(?:don'?t|dont|do not) expect me to (?:make (?:it|this|things) easy|wait|"
                  r"forgive|be here|take you back|come running|play nice)"),
    ("ultimatum", r"(?:don'?t|dont) make me (?:do|come|call|tell|go|regret|hurt)"),
    ("ultimatum", r"(?:keep (?:it|this) up|keep|go ahead|try (?:it|me)|just watch)(?: \w+){0,3}"
                  r" and see what happens|see what happens (?:if|when) (?:you|u)"),
    ("ultimatum", r"(?:make|making) (?:your|ur) life (?:hell|a living hell|miserable|"
                  r"difficult)"),
    ("ultimatum", r"make (?:things|it|this|the divorce|this divorce|life) (?:very |really |a lot "
                  r"more |so )?(?:difficult|hard|ugly|expensive|complicated|awkward|painful|"
                  r"messy) for (?:you|u|him|her|them)"),
    # "I can make this difficult too": the speaker's power to make it costly (C2).
    ("ultimatum", r"(?:i|we) (?:can|could|will|'ll|am going to|'m going to) make (?:this|it|"
                  r"things|life|the divorce|this divorce)(?: \w+){0,2}? (?:difficult|hard|ugly|"
                  r"messy|awkward|expensive|complicated|painful)"),
    ("ultimatum", r"(?:things|it|this|life) (?:could|can|will|might|would) (?:get|become) (?:very |"
                  r"really |a lot more |much more )?(?:complicated|difficult|awkward|ugly|messy|"
                  r"expensive) for (?:you|u)"),
    ("ultimatum", r"(?:a )?(?:fight|war|battle|court case|divorce)(?: \w+)? (?:you|u) (?:can'?t|"
                  r"cannot|won'?t|will never) (?:afford|win)|(?:go|going) to war with me"),
    ("ultimatum", r"(?:do|doing) (?:this|it|things) the hard way|the (?:easy|nice) way or the "
                  r"hard way"),
    ("ultimatum", r"\bout\b[^.!?\n]{0,40}? one way or (?:another|the other)"),
    ("ultimatum", r"(?:won'?t|will not|wont|not) be responsible for what (?:happens|i do)"),
    ("ultimatum", r"think twice before|(?:we'?ll|we will) see about that|try me(?=[.!]|$)"),
    ("ultimatum", r"(?:wouldn'?t|would not|don'?t|do not) get (?:too )?comfortable|enjoy (?:it|"
                  r"your \w+(?: \w+)?) while (?:you|u) (?:still )?can"),
    ("ultimatum", r"(?:remember|don'?t forget|do not forget|never forget) who (?:pays|paid|"
                  r"sponsored|owns|bought|signed|covers|put|got you)"),
    ("ultimatum", r"unless (?:you'?d|you would|you want to|you) (?:like to )?reconsider|how "
                  r"(?:cooperative|reasonable|difficult|nice|helpful) (?:you|u) want to be"),
    ("ultimatum", r"(?:<YOUWONT>|(?:don'?t|do not) think (?:you'?ll|you will)|doubt (?:you'?ll|"
                  r"you will)) like (?:the (?:outcome|result|consequences)|what happens|how "
                  r"(?:this|it) (?:ends|goes))"),
    ("ultimatum", r"if (?:you|u) (?:ever )?want (?:to see|to keep|to have) (?:them|the <KIDS>|"
                  r"your <KIDS>|the house|the dog|the car)(?: again)?,? (?:you know|you'?ll|"
                  r"you will|you have to|you need to|then)"),
    ("ultimatum", r"keep (?:it|this|that) up and"),
    # A deadline with the ex's things or pet thrown out (C2).
    ("money", r"if [^.!?\n]{0,60}?\bby \w+[^.!?\n]{0,30}?(?:going|goes|go) (?:in|into|to) "
              r"(?:a|the) (?:skip|bin|tip|dump|shelter|pound)"),
    ("ultimatum", r"<ILL> see to it"),
    ("ultimatum", r"<YOULL> lose (?:everything|it all|the house|the kids|your)"),
    ("ultimatum", r"if (?:you|u) keep (?:ignoring|avoiding|blocking) me"),
    ("ultimatum", r"or (?:i don'?t|i dont|i do not) know what i'?(?:ll| will|m going to) do"),
    ("ultimatum", r"if i can'?t have (?:you|u),? (?:no ?one|nobody)"),
    ("ultimatum", r"if (?:u|you) (?:don'?t|dont|do not|won'?t|wont|keep|go|leave|move|file|"
                  r"walk|take|go through|choose|pick|stay with|refuse)[^.!?\n]{0,60}? "
                  r"<HARM>"),
    ("ultimatum", r"(?:leave|walk out|go|keep ignoring me|keep it up|walk out on \w+ \w+)"
                  r"(?: \w+)?(?: now| that door)? and <HARM>"),
    # Pursuit framed as a consequence (C2, D7).
    ("pursuit", r"<ILL>(?: just)? (?:show up|come|turn up|drive)(?: down| over| by)? "
                r"(?:at|to) (?:your|ur) (?:work|office|job|building|school|gym)"),
    ("pursuit", r"(?:i'?m|im|i am) (?:driving|coming|going) (?:over|there|to your)"
                r"(?: \w+)? (?:right now|now|tonight)"),
    ("pursuit", r"(?:i'?m|im|i am) (?:driving|coming) over there"),
    ("pursuit", r"i know where (?:you'?ll|you will|you|u|your|ur|you'?re|you are) (?:be|live|"
                r"work|are|new|staying|living|go)"),
    ("pursuit", r"<ILL>(?: just)? (?:turn up|show up)(?: \w+)? (?:outside|at|in front of) "
                r"(?:your|ur) (?:work|office|place|house|flat|door|school|gym|parents)"),
    ("pursuit", r"<ILL>(?: just)? (?:wait|be waiting|sit|park)(?: \w+)? (?:outside|at|in front "
                r"of) (?:your|ur) \w+ (?:till|until|til) (?:you|u)"),
    ("pursuit", r"(?:turn|show) up at (?:your|ur) (?:place|house|flat|door|work|office|parents)"),
    ("pursuit", r"(?:i'?m|im|i am) not leaving (?:till|until|til) (?:you|u)"),
    ("pursuit", r"(?:maybe|might) (?:i'?ll |i )?(?:just )?(?:come and say hi|come say hi|turn up|"
                r"show up)"),
    ("pursuit", r"(?:coming|come|be) (?:round|over|there|to (?:yours|your \w+))(?: \w+)? whether "
                r"(?:you|u) (?:like it|pick up|answer|want (?:it|me to)|reply|open the door)"),
    ("pursuit", r"i know where (?:you|u) (?:park|train|drink|eat|shop|run|walk|drop)"),
    ("pursuit", r"(?:still )?(?:got|have) (?:a|the|your) (?:spare )?key(?: to (?:your|ur) \w+)?"
                r"[.,]? just so (?:you|u) know"),
    ("pursuit", r"(?:wait|waiting) (?:by|at|next to|outside) (?:your|ur) (?:car|door|flat|house|"
                r"gate)"),
    # An ultimatum with the writer's own action or a loss for them ("either you tell her or I
    # will", "sign it or you'll be seeing the kids through a window") (C2).
    ("ultimatum", r"either (?:you|u)(?:[ \t]+[\w',]+){0,8}? or (?:i will|i'?ll)(?: \w+)?"),
    ("ultimatum", r"or (?:else )?(?:you'?ll|you will|u'?ll) (?:be seeing|lose|never see|be "
                  r"explaining|be hearing from)"),
    ("ultimatum", r"(?:maybe|then) i (?:won'?t|will not|wont) (?:need|have) to (?:go through with "
                  r"it|do (?:it|this|that|anything))"),
    # Exposure held over them ("would be awkward if that came out", "everyone will know what you
    # did", "I'd hate for the kids to hear from someone else") (C2).
    ("telling", r"(?:would|could|might) be (?:a shame|awkward|a pity|embarrassing|unfortunate|"
                 r"terrible) if (?:that|this|it|something|anyone|people|\w+)<GAP> (?:came out|"
                 r"got out|found out|heard|leaked|knew)"),
    ("telling", r"(?:everyone|everybody|people) (?:will |'ll )?know(?:s)? (?:exactly )?what "
                 r"(?:you|u) (?:did|really did|are|really are)"),
    ("telling", r"(?:i'?d|i would)(?: just)? hate for (?:the <KIDS>|<THIRD>|\w+) to (?:hear|find "
                 r"out|know|learn)"),
    ("telling", r"my (?:solicitor|attorney|lawyer) will make sure"),
    ("telling", r"think (?:very |really )?(?:carefully|hard) before (?:you|u) sign"),
    ("telling", r"maybe (?:i'?ll|i will) tell (?:them|him|her|everyone|everybody|the <KIDS>)"),
    # Veiled warnings in stock phrases ("you'll see what happens", "think carefully about how
    # you want this to go", "enjoy it while it lasts", "I'd hate for things to get
    # complicated", "done being civil") (C2).
    ("regret", r"(?:you'?ll|you will|u'?ll) see what happens"),
    ("regret", r"(?:push|try|cross|test) me(?: \w+){0,3}? and see what happens"),
    ("regret", r"enjoy it while it lasts"),
    ("regret", r"karma(?:'s| is| will)? (?:real|coming|a bitch|gets|catch)"),
    ("ultimatum", r"think (?:very |really |long and )?(?:carefully|hard|twice) (?:about )?"
                  r"(?:how (?:you|u) (?:want|play|handle) (?:this|it|things)|before (?:you|u) "
                  r"(?:do|say|go|push|try|make|decide))"),
    ("ultimatum", r"(?:i'?d|i would) hate for (?:things|this|it|everything) to (?:get|become|turn|go)"
                  r" (?:complicated|messy|ugly|nasty|difficult|awkward)"),
    ("ultimatum", r"(?:done|finished|through) being (?:civil|nice|polite|reasonable|patient)"),
    ("money", r"remember whose name (?:is|'s) on"),
    ("money", r"not (?:paying|giving|sending) (?:you )?(?:another|a single|one more) (?:cent|penny|"
              r"dime|pound|dollar|euro)"),
    ("money", r"(?:take|drag) (?:you|u) (?:straight )?back to court"),
])

GUILT_TRIP = _table("guilt_trip", [
    # "After everything I did" (C3).
    ("sacrifice", r"after (?:everything|all|all that|all the \w+|all these \w+)(?: \w+)?"
                  r" (?:i'?ve|i have|i|ive|we'?ve) (?:done|did|gave|given|sacrificed|"
                  r"been through|put up with|cooked|paid|gave up)"),
    ("sacrifice", r"after all i did"),
    ("sacrifice", r"without me,? (?:you'?d|you would|you) (?:have|be) nothing|(?:you'?d|you "
                  r"would) (?:be|have) nothing without me"),
    ("sacrifice", r"remember (?:how much|everything|all|what) i (?:did|helped|gave|"
                  r"sacrificed|paid|put up)"),
    ("sacrifice", r"i was the one who (?:drove|took care|paid|cooked|cleaned|stayed|held|"
                  r"supported|looked after|stood by|was there|gave up|carried|raised)"),
    ("sacrifice", r"(?:spent|gave|paid|put|used) (?:my|all my) (?:savings|money|inheritance|"
                  r"twenties|thirties|youth|best years|whole life) (?:on|for) (?:you|your|u)"),
    ("sacrifice", r"(?:leave|leaving|left) me with nothing"),
    ("sacrifice", r"i was there through (?:your|the|all|every)"),
    ("sacrifice", r"(?:turned down|passed on|gave up|walked away from) (?:a|my|the|that) "
                  r"(?:promotion|job|offer|scholarship|career|place|chance)(?: \w+){0,4} "
                  r"(?:for|so) (?:you|u)"),
    ("sacrifice", r"after (?:everything|all) (?:i|i'?ve) \w+ (?:for|up for) (?:you|u)"),
    ("sacrifice", r"this is how (?:you|u) (?:thank|repay|treat|pay) me|this is how (?:you|u) "
                  r"say thank(?:s| you)"),
    # Money spent on them, counted out as a debt (C3).
    ("sacrifice", r"i paid for (?:your|ur) (?:whole|entire)|i (?:paid|covered|spent|lent)"
                  r"[^.!?\n]{0,40}? for (?:a year|years|months|(?:two|three|four|five|\d+) "
                  r"years)"),
    ("sacrifice", r"(?:spent|paid|wasted) (?:£|\$|€)[\d,.]+k? on (?:that|your|ur)|cost me (?:\w+ )?"
                  r"(?:months'?|years'?|weeks'?) (?:wages|salary|pay|savings)"),
    ("sacrifice", r"(?:a|the|this) (?:house|flat|home|car|ring) i (?:paid|am paying|'?m (?:still )?"
                  r"paying) for|(?:you|u) (?:couldn'?t|could not|didn'?t|did not) even say "
                  r"(?:thanks|thank you)"),
    ("sacrifice", r"(?:someone|a person) who loved (?:you|u) for"),
    ("sacrifice", r"(?:this|that) is (?:what i get|my reward|the thanks i get)"),
    ("sacrifice", r"(?:and )?this is what i get"),
    ("sacrifice", r"i (?:gave up|sacrificed|quit|put) (?:my (?:whole )?(?:job|career|life|"
                  r"dreams|friends|family|youth|twenties|thirties|everything)|everything)"
                  r"(?: on hold)?(?: for (?:you|u))?"),
    ("sacrifice", r"i put my (?:whole )?life on hold"),
    ("sacrifice", r"(?:i )?gave (?:you|u) (?:the best years|my best years|everything|my life|"
                  r"my youth)"),
    ("sacrifice", r"(?:moved|came) (?:across|to) (?:the|a|another) (?:country|world|city|"
                  r"state|continent) for (?:you|u)"),
    ("sacrifice", r"i (?:stood by|supported|nursed|carried|took care of|looked after|"
                  r"was there for) (?:you|u)"),
    ("sacrifice", r"i was there for (?:you|u)"),
    ("sacrifice", r"i was there (?:when|through|every day)(?: \w+)? (?:your|you) \w+"
                  r"(?: \w+)? (?:died|was sick|were sick|passed|lost|got sick|surgery|chemo|"
                  r"rehab)"),
    ("sacrifice", r"i held (?:you|your hand)"),
    ("sacrifice", r"doesn'?t (?:that|this|it) (?:mean|count for|count) anything"),
    ("sacrifice", r"(?:you|u) owe me (?:that|this|an explanation|at least|a reply|an answer|"
                  r"more|everything)"),
    ("sacrifice", r"(?:toss|throw|threw|tossed|cast)(?:ing)? me (?:aside|away|out)"),
    # "I hope you're happy" and other barbs about their conscience (C3).
    ("conscience", r"hope (?:you'?re|you are|ur|u r|your|youre) (?:happy|proud|satisfied|"
                   r"pleased)"),
    ("conscience", r"(?:i )?hope (?:it was|it'?s) worth it"),
    ("conscience", r"(?:hope|how) (?:you|u) (?:can )?(?:sleep|live with yourself)"),
    ("conscience", r"how (?:can|could|do) (?:you|u) (?:live with yourself|sleep at night|"
                   r"look at yourself|do this to|do that to|do this|be so|abandon|leave)"),
    ("conscience", r"does it make (?:you|u) feel (?:good|better)"),
    ("conscience", r"(?:do|did) (?:you|u) (?:even care|care (?:that|how|about me|at all)|"
                   r"have any idea (?:how|what)|know what that (?:felt|feels|did)|"
                   r"realize what (?:you|this))"),
    ("conscience", r"would (?:you|u) even care"),
    ("suffering", r"(?:i'?ll|i will) just (?:spend|be|sit|stay|eat|celebrate)(?: \w+){0,4}? "
                  r"(?:alone|on my own|by myself) then"),
    ("suffering", r"(?:guess|suppose|clearly|obviously) i (?:just )?(?:wasn'?t|was never|am not|'?m "
                  r"not) worth (?:it|the effort|your time|the bother|much)"),
    ("conscience", r"(?:you )?(?:clearly|obviously) (?:don'?t|do not|didn'?t) care what happens to me"),
    ("conscience", r"(?:trust|hope) (?:your|ur) conscience (?:is|'s) (?:at ease|clear|quiet)"),
    ("conscience", r"(?:do|don'?t) i (?:not )?(?:even )?deserve (?:a|an|the|to)"),
    ("conscience", r"(?:don'?t|dont) (?:you )?worry about me (?:though|tho)"),
    ("conscience", r"hope (?:you'?re|you are|ur) (?:thinking about|happy with|proud of) "
                   r"(?:that|this|yourself)"),
    ("conscience", r"do (?:you|u) (?:even )?know how (?:humiliating|hard|painful|lonely|"
                   r"embarrassing|much (?:it|that|this|you))"),
    ("conscience", r"i hope (?:you|u) (?:remember|think of|think about) (?:me|us) when"),
    ("conscience", r"how is (?:that|this|any of this|it) fair"),
    ("conscience", r"where are (?:you|u) now\?"),
    ("conscience", r"remember that\?"),
    ("conscience", r"what (?:this|you'?re|you are|leaving|it|your leaving) (?:is )?doing to me"),
    ("conscience", r"do (?:you|u) (?:ever|even) (?:think|wonder|care) (?:about )?how i'?m"),
    ("conscience", r"didn'?t think so"),
    ("conscience", r"(?:you'?re|you are|you) (?:leaving|left) me (?:all )?(?:alone|to (?:raise|"
                   r"deal|handle|pay|pick up|do|clean up|explain)\w*)"),
    ("conscience", r"why (?:are|would) (?:you|u) (?:doing|do) (?:this|that) to (?:me|us)"),
    ("conscience", r"how would (?:you|u) feel if i"),
    ("conscience", r"(?:and )?now i have to deal with (?:this|that)(?: too)?"),
    ("conscience", r"if (?:you|u) (?:really |truly |ever )?(?:loved|cared about|cared for) me"
                   r"(?: at all)?"),
    ("conscience", r"promises mean nothing"),
    ("conscience", r"(?:stop|quit) punishing me"),
    ("conscience", r"what am i supposed to tell (?:them|the <KIDS>|people|my \w+)"),
    ("conscience", r"i hope (?:someday |one day )?(?:you|u) feel"),
    ("conscience", r"(?:you'?re|you are|ur) (?:out|off) (?:having fun|partying|starting|"
                   r"living)"),
    ("conscience", r"(?:you'?ve|you have) humiliated me"),
    ("conscience", r"(?:i guess )?i (?:didn'?t|never) matter(?:ed)?"),
    ("conscience", r"(?:you )?know i have (?:nobody|no one|no ?one) else"),
    ("conscience", r"you know (?:my|how bad my) (?:anxiety|depression|health)"),
    ("conscience", r"left me alone on"),
    # Barbs that hand them the weight of it: "something for you to think about" (C3).
    ("conscience", r"(?:just )?something (?:for (?:you|u) )?to think about|i hope (?:you|u) "
                   r"(?:think|thought) about (?:that|this|it)|hope (?:that'?s|it'?s|this is) "
                   r"worth thinking about"),
    ("conscience", r"if (?:you|u) have any (?:heart|decency|conscience|shame|feelings)(?: left)?|"
                   r"hope (?:whatever|what) (?:you'?re|you are) doing is (?:important|worth it)|"
                   r"must be nice to"),
    ("conscience", r"i hope (?:you|u) (?:realise|realize|know|understand|see) (?:how many people|"
                   r"what (?:you'?ve|you have|you) (?:done|did)|the damage|how much (?:damage|"
                   r"pain|hurt))|how many people (?:you'?re|you are|you'?ve|you have) (?:hurting|"
                   r"hurt)"),
    ("conscience", r"(?:you|u) (?:didn'?t|did not|couldn'?t|could not|haven'?t|have not|hasn'?t) "
                   r"even (?:come|came|turn up|show up|visit|said anything|say anything|sent|send|"
                   r"called|rung|rang|asked|bothered)"),
    ("conscience", r"(?:at least )?see how hard (?:this|it|things)(?: \w+)?(?:'s| has| is)?"
                   r"(?: been)? (?:for me|on me)"),
    ("conscience", r"at least (?:someone|somebody|one person|\w+) (?:still )?(?:cares|checks|asks|"
                   r"notices|bothers|remembers)"),
    ("conscience", r"if (?:something|anything) (?:happens|were to happen|should happen) to me|"
                   r"(?:not|no longer) family any ?more,? am i"),
    ("conscience", r"what kind of (?:mother|father|parent|person|man|woman|wife|husband)"
                   r" (?:walks|leaves|abandons|does)"),
    # What their leaving does to me (C3).
    ("suffering", r"(?:you'?re|you are|ur|u r|youre) (?:breaking|destroying|killing|"
                  r"ruining|hurting) (?:me|my heart|us)"),
    ("suffering", r"(?:look at|look) what (?:you'?ve|you have|you|u) (?:done|did)"
                  r"(?: to (?:me|us|\w+))?"),
    ("suffering", r"(?:this is )?what (?:you|u) (?:did|have done|'ve done) to me"),
    ("suffering", r"all because of (?:you|u)"),
    ("suffering", r"(?:suffering|crying|hurting|miserable|broken|sick|depressed|alone|falling"
                  r" apart|can'?t sleep|a wreck)(?: \w+)? because of (?:you|u|what you did)"),
    ("suffering", r"(?:you|u) did (?:that|this) to (?:them|me|us|the <KIDS>)"),
    ("suffering", r"(?:you|u) (?:broke|shattered) my heart"),
    ("suffering", r"(?:as much )?pain (?:as )?(?:you'?ve|you have) caused"),
    ("suffering", r"i (?:haven'?t|havent|have not) (?:eaten|slept|left the house|stopped "
                  r"crying)(?: properly)?(?: in| for| since)"),
    ("suffering", r"i (?:can'?t|cant|cannot) (?:eat|sleep|work|function|breathe|stop crying)"
                  r"(?=,| or | and | anymore|[.!]|$)"),
    ("suffering", r"can barely (?:get out of bed|function|eat|sleep|breathe|work)"),
    ("suffering", r"(?:haven'?t|havent|have not) (?:had|slept|eaten)(?: a)?(?: proper| decent|"
                  r" good| single)? (?:night'?s sleep|meal|sleep|full night)"),
    ("suffering", r"(?:lost my job|couldn'?t concentrate|can'?t concentrate|fell apart|stopped "
                  r"eating|started drinking|on (?:medication|antidepressants|sleeping pills)|"
                  r"in the hospital)(?: \w+){0,5} (?:after|since|because|when) (?:you|u)"),
    ("suffering", r"(?:that'?s|this is) what (?:losing you|you leaving|your leaving|you) "
                  r"(?:did|does|has done|have done)"),
    ("suffering", r"(?:i'?m|im|i am) not (?:myself|the same) (?:anymore|since)"),
    ("suffering", r"(?:cry|cried|cries|crying) (?:(?:myself|himself|herself|themselves) to sleep|every (?:single )?(?:night|day)|"
                  r"for (?:\w+ )?(?:days|weeks|months)(?: straight)?|all night|nonstop|"
                  r"since you left)"),
    ("suffering", r"(?:lost|dropped) \w+ (?:pounds|kilos|lbs|kg)"),
    ("suffering", r"my (?:whole )?(?:life|health|world|heart) is (?:falling apart|in pieces|"
                  r"broken|shattered|over|ruined|a mess)"),
    ("suffering", r"<IM> (?:a wreck|falling apart|in pieces|broken|shattered|"
                  r"dying inside|in crisis)"),
    ("suffering", r"i'?m in crisis because"),
    ("suffering", r"(?:sit|sat|sitting|lie|lay|lying) (?:there|here|alone|in the dark|in bed) "
                  r"and cry"),
    ("suffering", r"(?:hold|holding|held) back (?:the |my )?tears"),
    ("suffering", r"worried sick about me"),
    # Health and loneliness laid at their door (C3).
    ("suffering", r"(?:gp|doctor|doctors|hospital|a&e|chest pains?|panic attacks?|blood pressure|"
                  r"nightmares|migraines?)(?:[ \t]+[\w',]+){0,6}? (?:since|because|after) (?:you|u) "
                  r"(?:left|went|walked|moved)"),
    ("suffering", r"(?:blood pressure|health|nerves|heart)(?:'s| is| has been)? (?:through the roof|"
                  r"shot|in tatters|suffering) (?:with|because of|since|from) (?:all this|this|you)|"
                  r"(?:sitting|lying|stuck) (?:here|at home|in bed)(?: all)? (?:sick|ill|alone|"
                  r"crying|lonely)"),
    ("suffering", r"(?:the house|home|this place|the flat)(?: is|'s| feels)(?: so| very| really)? "
                  r"(?:quiet|empty|lonely)(?: without (?:you|u))?|(?:alone|by myself|on my own) "
                  r"(?:on|at|for) (?:christmas|my birthday|our anniversary|new year'?s)"),
    ("suffering", r"(?:no one|nobody|no-one) (?:to help me|else will|else cares|checks on me)|"
                  r"(?:deserve|deserved) (?:being|to be) left alone|alone at my age"),
    ("suffering", r"(?:rang|called|phoned) me (?:in tears|crying|sobbing)|asked for (?:you|u) "
                  r"again"),
    # Using the children's or family's pain as leverage (C3).
    ("children", r"(?:the|our|your) <KIDS> (?:keep asking|keeps asking|asked|ask(?:ed)? me) "
                 r"(?:\w+ )?(?:why|when|if)(?: \w+){0,3} (?:doesn'?t|don'?t|didn'?t|stopped|"
                 r"won'?t|left|abandon)"),
    ("children", r"why (?:daddy|mommy|mummy|mom|dad|you) (?:doesn'?t|don'?t|left|won'?t|"
                 r"stopped)(?: \w+)? love"),
    ("children", r"(?:the|our|your) <KIDS> (?:cry|cries|are crying|is crying|are devastated|"
                 r"is devastated|are heartbroken|are broken|haven'?t stopped crying|"
                 r"won'?t stop crying)"),
    ("children", r"(?:hasn'?t|haven'?t|won'?t|can'?t) stop(?:ped)? crying since (?:you|u)"),
    ("children", r"(?:my|our|the) (?:whole )?(?:family|parents|mom|mum|dad|mother|father) "
                 r"(?:is|are) (?:heartbroken|devastated|crushed|in tears)"),
    ("children", r"(?:won'?t|can'?t) stop crying"),
    # The children's, family's or pet's pain held up to them (C3).
    ("children", r"(?:breaking|broke|breaks|broken) (?:their|his|her|our|the <KIDS>'?s?|your "
                 r"(?:mum|mom|dad|mother|father)'?s) hearts?"),
    ("children", r"(?:they'?re|they are|he'?s|she'?s|he is|she is|(?:he|she|they)(?:'d| would) "
                 r"have been|(?:my|our|your|ur|the) (?:\w+ )?(?:family|parents|mum|mom|dad|"
                 r"mother|father|nan|grandma|grandad|grandparents|<KIDS>|sister|brother)"
                 r"(?: are| is|'s)?) (?:heartbroken|devastated|crushed|gutted|in bits)"),
    ("children", r"<KIDS> (?:keep|keeps|kept) asking (?:for|about|when|why|where|if) (?:you|u|"
                 r"daddy|mummy|mommy|mum|mom|dad)|ask(?:s|ed)? about (?:you|u) every (?:night|"
                 r"day)|(?:when|if) (?:you'?re|you are|mummy'?s|daddy'?s|mum'?s|dad'?s|"
                 r"mommy'?s) (?:coming|going to come) (?:back|home)"),
    ("children", r"(?:wish|wished|wishes|prayed|prays) (?:for )?(?:mummy|mommy|daddy|mum|mom|dad|"
                 r"you|u) (?:to )?(?:come|would come) (?:home|back)|(?:it'?s|it is) (?:hard|"
                 r"heartbreaking|painful|awful) to watch"),
    ("children", r"(?:i have to|i'?ve got to|having to) lie to (?:them|the <KIDS>)|(?:no|got no|"
                 r"don'?t have an?) answer for (?:them|the <KIDS>)|every tear(?: \w+){0,2} "
                 r"(?:cries|cried|sheds|shed)"),
    ("children", r"for the <KIDS>'? ?s?'? sake|do it for (?:her|him|them|the <KIDS>)|(?:grow|"
                 r"growing) up without (?:a|their) (?:family|father|mother|dad|mum|mom)"),
    ("children", r"(?:won'?t|hasn'?t|doesn'?t|can'?t|didn'?t) (?:eat|eaten|sleep|slept)"
                 r"(?: properly)? since (?:you|u) (?:left|went)|(?:sleeps|slept|lies|lay|lying|"
                 r"sits|sat|waits|waited) (?:by|on|at) (?:your|ur) (?:side of the bed|old \w+|"
                 r"spot|chair|side)"),
    ("children", r"(?:sits|waits|waiting|sitting) by the door"),
    ("children", r"(?:abandon|abandoned|abandoning) (?:us|me|the <KIDS>|your <KIDS>|"
                 r"this family|her|him)"),
])

OVER_PROMISE = _table("over_promise", [
    ("change_everything", r"(?:<ILL>|i promise i'?ll|i swear i'?ll) (?:change|fix|"
                          r"change and fix) (?:everything|it all|all of it|every\w*|my whole)"),
    ("change_everything", r"<ILL> change[.,!]* (?:everything|i (?:swear|promise))"),
    ("change_everything", r"i (?:swear|promise) (?:i'?ll|i will) change"),
    ("change_everything", r"(?:fix|change) (?:every single thing|every problem|everything)"),
    ("change_everything", r"<ILL> (?:fix|change) (?:all|every\w*|myself)"),
    ("change_everything", r"change my (?:whole|entire) (?:life|self|personality)"),
    ("change_everything", r"move heaven and earth"),
    ("change_everything", r"whatever it takes"),
    ("change_everything", r"everything (?:will|'ll|would|is going to) be (?:different|perfect|"
                          r"amazing)"),
    ("change_everything", r"every(?:thing| single thing) (?:you|u) (?:ever )?(?:hated|"
                          r"complained about|didn'?t like)(?: about me)?,? (?:is )?gone"),
    ("change_everything", r"all the old (?:stuff|me|habits) (?:is|are) gone"),
    ("change_everything", r"<ILL> do everything right"),
    ("change_everything", r"<ILL> (?:quit|give up|leave) my (?:job|friends|hobbies|life)"),
    ("change_everything", r"(?:move|go|live) wherever (?:you|u) want"),
    ("change_everything", r"(?:i'?m|im|i am) done with (?:all of it|all that|it all) for good"),
    # Absolute vows (C4).
    ("never_again", r"(?:<ILL>|i promise(?: i'?ll| i will| to)?|i swear(?: i'?ll| i will)?|"
                    r"i will) never(?: ever)? (?!(?:forget|stop loving|stop caring|"
                    r"understand|text|call|contact|message|bother|write|reach|see|speak|talk|"
                    r"hear|love|trust|find|meet|go)\b)\w+"
                    r"(?:[ \t]+[\w']+){0,8}? again"),
    ("never_again", r"(?:it|that|this)(?:'ll| will)? (?:never(?: ever)?|won'?t|wont|will not)"
                    r" (?:ever )?happen (?:ever )?again"),
    ("never_again", r"never(?:,)? (?:ever )?again(?=[.!,]|$| i (?:promise|swear))"),
    ("never_again", r"never again will i (?:hurt|lie|cheat|yell|shout|take (?:you|u)|let (?:you|u)"
                    r"|drink|leave|treat|ignore|neglect|disappoint|raise|make (?:you|u)|"
                    r"put|be)"),
    ("never_again", r"no more \w+(?:[ \t,]+[\w']+){0,3}?[,.!]* ever"),
    ("never_again", r"not (?:once|one time), ever"),
    # Vows about one habit, phrased without "again" (C4).
    ("never_again", r"never (?:ever )?(?:touch|have|take) (?:a|another|one) (?:drink|drop|bet|"
                    r"cigarette|drug)|not (?:one|a single|another) (?:drop|drink|sip|bet)|never "
                    r"(?:miss|skip) (?:another|a single|one)|never (?:raise|lift) my (?:voice|"
                    r"hand)"),
    ("never_again", r"(?:you'?ll|you will|u'?ll|we'?ll|we will) never (?:have to )?(?:cry|hurt|"
                    r"suffer|feel|worry|fight|argue|struggle|be (?:sad|hurt|alone|lonely))"
                    r"(?:[ \t]+[\w']+){0,4}? again"),
    ("never_again", r"(?:<ID>) never (?:even )?(?:look at|think about|talk to|text|speak to) "
                    r"(?:another|anyone else|other)|nothing like (?:that|this) (?:will|'ll|is "
                    r"going to) ever happen"),
    ("never_again", r"(?:you have|ye have|you'?ve got|that'?s|i give you) my word|no more "
                    r"(?:nonsense|drinking|lies|lying|games|mistakes|excuses|shouting|anything)"),
    ("never_again", r"<ILL> never (?:let (?:you|u) down|lie|hurt|cheat|yell|shout|drink|raise|"
                    r"disappoint|leave (?:you|u)|neglect|ignore|complain|be (?:jealous|angry|"
                    r"late|mean|cruel|like that|rude|cold|distant|that (?:person|guy|man|"
                    r"woman)))\w*"),
    ("never_again", r"(?:you'?ll|you will) never (?:have to|have a reason to|need to) "
                    r"(?:ask|worry|doubt|wonder|cry|feel)"),
    ("never_again", r"never have a reason to doubt"),
    ("never_again", r"for (?:good|ever|the rest of my life)(?:,| now)? (?:i promise|i swear)"),
    ("never_again", r"as long as i live"),
    ("never_again", r"(?:you'?ll|you will) never regret"),
    ("never_again", r"(?:i promise|i swear|promise),? no more"),
    ("never_again", r"nothing (?:will|'ll|is going to|would) (?:ever )?go wrong"),
    ("never_again", r"<ILL> (?!love|care|miss|remember|cherish|be grateful|think)[^.!?\n]{0,40}?"
                    r"(?:for the rest of my life|every day of my life)"),
    # Becoming someone new, perfect, better than ever (C4).
    ("new_person", r"(?:i'?m|im|i am|i'?ll be|i will be|become|became|i'?ve become|prove i'?m"
                   r"|be) (?:a |an )?(?:completely |totally |whole |entirely |brand )?"
                   r"(?:new|different|changed) (?:person|man|woman|me|guy|girl|husband|wife|"
                   r"partner)"),
    ("new_person", r"(?:the )?new me"),
    ("new_person", r"(?:a )?(?:hundred|thousand|million|\d+) times better"),
    ("new_person", r"(?:give|get) (?:you|u) everything (?:you|u) (?:ever )?(?:asked for|wanted|"
                   r"wished for|dreamed of|deserve)"),
    ("new_person", r"(?:i'?ve|i have) (?:fixed|healed|cured|sorted) (?:myself|everything|all of"
                   r" it)|(?:i'?m|im|i am) brand new"),
    ("new_person", r"no exceptions"),
    ("new_person", r"<ILL> make (?:it|this|that) happen,? no matter what|dream life"),
    ("new_person", r"<ILL> (?!love|care|miss|remember|cherish|be grateful|think|wish)"
                   r"[^.!?\n]{0,50}?,? forever(?=[.!,]|$| i (?:swear|promise))"),
    ("change_everything", r"change (?:who i am|everything about me|my whole personality)"),
    ("new_person", r"(?:all )?my (?:bad habits|problems|issues|flaws|old ways|demons)(?: \w+)? "
                   r"(?:are|is) (?:all )?(?:gone|over|behind me|fixed|sorted)"),
    ("new_person", r"(?:this time|it|things|everything) (?:will|'ll|is going to) be (?:totally |"
                   r"completely )?different(?:,? i (?:know|promise|swear))?"),
    ("new_person", r"(?:the|a) (?:partner|man|woman|husband|wife|boyfriend|girlfriend|person)"
                   r" (?:you'?ve |you have |you )?(?:always )?(?:deserved?|wanted|needed|dreamed "
                   r"of)"),
    ("new_person", r"(?:i'?ve|i have|ive) (?:completely|totally|really|truly) changed"),
    ("new_person", r"(?:i'?ve|i have|ive) changed(?: completely| totally| so much)?"
                   r"(?=[.,!]|$| i swear| i promise)"),
    ("new_person", r"not the same (?:person|guy|man|woman|girl) (?:who|that|i used to be|"
                   r"as before|anymore)"),
    ("new_person", r"(?:won'?t|will not|wont) (?:even )?recogni[sz]e me"),
    ("new_person", r"better than (?:ever|it ever was|we'?ve ever been|before|it was)"),
    ("new_person", r"happier than (?:we'?ve|we have|ever|you'?ve)"),
    ("new_person", r"(?:be|become|make|give (?:you|u)|have) (?:the|a) (?:perfect|best|ideal) "
                   r"(?:husband|wife|partner|boyfriend|girlfriend|family|man|woman|"
                   r"relationship|life|dad|mom|father|mother)(?: in the world| ever)?"),
    ("new_person", r"(?:<ILL>|i swear i'?ll|i promise i'?ll) be perfect"),
    ("new_person", r"(?:<ILL> )?(?:make|give) (?:you|u) (?:the happiest|the life you"
                   r"(?: always)? dreamed|everything you (?:ever )?(?:wanted|dreamed))"),
    ("new_person", r"(?:the )?happiest (?:woman|man|person|girl|guy) (?:on earth|alive|"
                   r"in the world)"),
    ("new_person", r"best (?:relationship|years|time) of (?:your|ur) life"),
    ("new_person", r"(?:i )?guarantee(?: it| you)?"),
    ("new_person", r"(?:i )?(?:swear|promise(?: you)?) on (?:my life|everything|my mother|"
                   r"my kids|our kids|god)"),
    ("new_person", r"<ILL> (?:always|every single day) (?:be there for (?:you|u)|listen|"
                   r"put (?:you|u) first|make (?:you|u) happy)"),
    ("new_person", r"always listen,? always"),
    ("new_person", r"put (?:you|u) first in everything"),
    ("new_person", r"(?:from now on|from this day on|from today on),? (?:(?:i'?ll|i will|it'?ll|"
                   r"it will|we'?ll|we will) )?"
                   r"(?:always|never|everything|be perfect|you'?ll never)"),
    ("new_person", r"(?:<ILL>|i swear i'?ll|i promise i'?ll) (?:become|be) (?:the (?:man|woman|"
                   r"person|partner) you deserve|exactly what you (?:always )?wanted)"),
    ("new_person", r"i'?m a (?:totally |completely )?(?:new|changed) (?:person|man|woman)"),
    # Sweeping guarantees of a perfect future (C4).
    ("new_person", r"(?:spend|devote) (?:the rest of my life|every (?:single )?day(?: of my life)?"
                   r"(?: from now)?|my whole life) (?:making|proving|showing|trying)"),
    ("new_person", r"make (?:every (?:single )?day|each day|the next \w+(?: years)?|our life|your "
                   r"life|the rest of your life) (?:amazing|perfect|the happiest|special|wonderful|"
                   r"magical|a dream|incredible)"),
    ("new_person", r"(?:all of (?:it|that)|all (?:that|this)|it all|the (?:drinking|anger|jealousy|"
                   r"lying|old me))(?: is|'s)? gone (?:forever|for good)"),
    ("new_person", r"(?:completely|totally|fully|100%)[, ]+(?:(?:completely|totally|fully) )?"
                   r"(?:fixed|cured|healed|changed)|this time (?:is|will be|it'?s) (?:forever|for "
                   r"real|for good)"),
    ("new_person", r"<ILL> be a (?:better|new|different) (?:man|woman|person|partner|husband|"
                   r"wife|father|mother|dad|mum|mom)(?:,? i (?:promise|swear))|<ILL> change[.,!]* "
                   r"<ILL> be"),
    ("new_person", r"(?:it'?ll|it will|i'?ll|i will) always be (?:you|u) first|no matter what,? "
                   r"forever"),
])

JEALOUSY_BAIT = _table("jealousy_bait", [
    ("admirers", r"(?:asked|asking|ask|invited|inviting) me (?:out|to dinner|for (?:a )?"
                 r"(?:drinks?|dinner|coffee|date)|on a date)"),
    ("admirers", r"(?:asked|asking|ask) (?:for )?my number"),
    ("admirers", r"(?:hit|hitting|hits) on me|got hit on"),
    ("admirers", r"flirt(?:ing|ed|s) with me"),
    ("admirers", r"(?:guess who|you'?ll never guess who)"),
    ("admirers", r"(?:plenty|lots|loads|tons) of (?:guys|men|women|girls|offers|fish)"),
    ("admirers", r"(?:guys|men|women|girls|people|someone|somebody|others) (?:would|who'?d|"
                 r"who would) (?:love|be glad|kill|be lucky|be happy|jump at the chance) to "
                 r"(?:have|be with|date|get|take) me"),
    ("admirers", r"(?:people|guys|men|women|girls|everyone) (?:have been|are|keep|been) "
                 r"(?:hitting on|flirting with|asking) me"),
    ("admirers", r"(?:any|every) (?:man|woman|guy|girl) would be lucky"),
    ("admirers", r"not short (?:on|of) (?:offers|options|admirers)"),
    ("admirers", r"(?:have|got|'?ve got) (?:plenty of |lots of |other |loads of )?options"),
    ("admirers", r"(?:i )?could have (?:anyone|anybody|whoever)"),
    ("admirers", r"(?:more interested in me|interested in me than)"),
    ("admirers", r"(?:bought|got|sent) me (?:flowers|a drink|drinks)"),
    ("admirers", r"free drinks"),
    ("admirers", r"(?:my ex|an ex|your (?:best )?friend|your brother|your cousin|a friend of"
                 r" yours|a guy|a girl|some guy|some girl|this guy|this girl|a man|a woman|"
                 r"someone|somebody|a coworker|my coworker|a colleague)(?: \w+){0,3} "
                 r"(?:reached out|texted me|messaged me|dm'?d me|wants to (?:get|go|see)|"
                 r"keeps (?:texting|messaging|calling)|has been (?:texting|messaging|calling)|"
                 r"kept (?:texting|messaging|calling))"),
    ("admirers", r"never stopped thinking about me"),
    ("admirers", r"(?:introduced|set) me up with|introduced me to (?:her|his|their|a) "
                 r"(?:cousin|brother|friend|colleague|coworker|sister)"),
    ("admirers", r"(?:he|she)(?:'s| has| is) been (?:so |really |very )?(?:sweet|nice|kind|"
                 r"attentive|lovely|flirty) (?:to|with) me"),
    ("admirers", r"(?:\d+|two|three|four|five|several|a few|some|a couple of) (?:guys|men|women|"
                 r"girls|people) (?:have )?(?:messag|text|ask|hit|flirt|dm|call|approach)\w*"),
    ("admirers", r"(?:complimenting|complimented|compliments|checking|checked) me(?: out)?"),
    ("admirers", r"couldn'?t (?:stop (?:staring|looking|flirting|texting|complimenting|smiling)|"
                 r"keep (?:his|her) eyes)"),
    ("admirers", r"(?:he|she)(?:'s| is) (?:single|available|interested)"),
    ("admirers", r"(?:getting|got|get|gets) (?:a lot of|lots of|so much|plenty of|tons of) "
                 r"attention"),
    ("admirers", r"(?:someone|somebody|a guy|a girl|he|she) wants to take me (?:out|to|away)"),
    ("admirers", r"(?:people|everyone|my friends) (?:keep|keeps) telling me i'?m"),
    ("admirers", r"(?:an|my) old flame|feel (?:wanted|desired|attractive) again|nice to feel "
                 r"(?:wanted|desired)"),
    ("admirers", r"you should see the (?:guy|girl|man|woman|one)"),
    ("admirers", r"(?:other people|others|people|guys|men|women|girls|everyone)(?: \w+)? "
                 r"(?:noticed|notice|noticing) me"),
    ("admirers", r"not lonely(?:[., ]+not at all)?[., ]+if you know what i mean"),
    ("admirers", r"(?:so many|tons of|lots of|\d+) matches"),
    ("admirers", r"dating (?:app|apps|site)"),
    ("admirers", r"(?:he|she) was (?:very|really|so|super) (?:friendly|flirty|charming)"),
    ("admirers", r"(?:a |very )?(?:handsome|gorgeous|hot|cute) (?:doctor|guy|man|woman|girl|"
                 r"lawyer|pilot|stranger)"),
    ("admirers", r"(?:would|he'?d|she'?d|they'?d) (?:never )?(?:make that mistake|treat me "
                 r"better|be lucky)"),
    ("admirers", r"(?:half|all|most) (?:the|of the) (?:women|men|girls|guys)"),
    ("admirers", r"(?:he|she) actually (?:listens|cares|notices|calls|texts|makes time)"),
    # Dates and someone new (C5).
    ("dates", r"(?:i )?(?:have|had|went on|going on|got) (?:a|another|my first) "
              r"(?:date|hot date)"),
    ("dates", r"(?:went|going|go) out with (?:a|this|someone|somebody|\w+ from)"),
    ("dates", r"(?:i'?ve been|i am|i'?m|im|been) (?:seeing|dating) "
              r"(?:someone|somebody|a guy|a girl|a man|a woman|this guy|this girl)"),
    ("dates", r"talking to (?:someone|somebody) new|talking to (?:a|this) (?:guy|girl)"),
    ("dates", r"(?:i'?ve |i )?met (?:someone|somebody)(?: \w+)? (?:amazing|great|special|"
              r"wonderful|new|incredible|lovely)"),
    ("dates", r"the new (?:guy|girl|man|woman) i'?m (?:seeing|dating|with)"),
    ("dates", r"(?:going|went) to (?:the |a )?\w+ with (?:[a-z]+)\b(?=[.!,]? (?:you "
              r"remember|remember))"),
    ("dates", r"(?:having|had|getting|grabbing) (?:drinks|dinner) with (?:a|this) (?:guy|girl|"
              r"man|woman|cute|handsome|gorgeous|hot)"),
    ("dates", r"(?:invited|invites|inviting|took|taking|asked) me (?:to|on) (?:his|her|their) "
              r"(?:family'?s|parents'?|place|house|cabin|flat|villa|birthday|wedding|holiday|"
              r"trip)|"
              r"asked me to (?:move in|marry|go away|come away)"),
    # Someone else's attention, laid out next to the ex's failings (C5).
    ("admirers", r"(?:place|restaurant|bar|trip|concert|gig|holiday|show|necklace|dress|festival) "
                 r"(?:that )?(?:you|u) (?:always said was too|said was too|hated|refused to go|"
                 r"didn'?t want to go to|wouldn'?t go to)|we kept saying we'?d"),
    ("admirers", r"(?!(?:you|u|i|we)\b)\w+ (?:actually|at least) (?:still )?(?:follows? through|"
                 r"remembers?|remembered|listens|listened|cares|texts?|texted|calls|called|"
                 r"shows? up|makes? time|planned|plans|notices|noticed|checks|treats)|some "
                 r"people actually"),
    ("admirers", r"treats? me (?:better|so well|like a (?:queen|king|princess|lady))|how to treat "
                 r"(?:a lady|a woman|a man|me)|(?:texts?|calls?|replies|answers) me back (?:in|"
                 r"within) (?:like )?\d"),
    ("admirers", r"(?<!you )(?<!\bu )(?:thinks?|says|said|told me|reckons) (?:i'?m|im|i am|i "
                 r"look|i looked|that i'?m) (?:a (?:great|good) (?:listener|catch|cook|kisser)|"
                 r"funny|hilarious|gorgeous|beautiful|amazing|hot|sexy|cute|stunning|\w+ years "
                 r"younger|worth something|a catch|attractive|handsome|pretty)"),
    ("admirers", r"(?:we'?ve|we have|and i have|and i'?ve) been (?:texting|hanging out|talking|"
                 r"spending (?:a lot of )?time)(?: \w+){0,2}? (?:a lot|loads|every day|nonstop|"
                 r"quite a bit|constantly|all the time)|danced (?:all|most of the|the whole) "
                 r"night"),
    ("admirers", r"(?:going|gone|went) out of (?:his|her|their) way|(?:dropped|drove|walked) me "
                 r"home|(?:comes|came|coming) (?:round|over|by) every (?:night|day|evening)|"
                 r"cooked (?:for )?me (?:dinner )?(?:\w+ times|every|twice)|paid for my (?:whole|"
                 r"entire)"),
    ("admirers", r"(?:coworker|colleague|neighbour|neighbor|friend|mate|guy|girl|he|she)(?:'s| has"
                 r"| is)? been (?:very |so |really )?(?:concerned|attentive|sweet|caring|amazing|"
                 r"lovely|kind) (?:about|to|with) me"),
    ("admirers", r"(?:friend|mate|guy|girl|date)[ .!]{0,3}(?:\U0001f60f|\U0001f609|"
                 r"\U0001f485|\U0001f618)|(?:could|can) (?:fit|squeeze) (?:you|u) in"),
    ("admirers", r"how (?:he|she|they) (?:always )?felt about me|(?:\w+ )?dates? lined up|"
                 r"(?:got|get|getting|been|was) asked (?:out|to (?:prom|dinner|the \w+))|by "
                 r"(?:two|three|\d+) (?:different )?(?:ppl|people|guys|girls)"),
    ("admirers", r"(?:a|some|this) (?:guy|girl|man|woman|bloke|lad)(?: \w+){0,3}? (?:actually )?"
                 r"(?:chatted (?:to|with) me|talked to me for|danced with me|bought me)"),
    ("admirers", r"(?:the|this) (?:guy|girl|man|woman|bloke) in (?:my|the) (?:latest |last |new )?"
                 r"(?:post|pic|photo|picture|story|stories)|my (?:story|post|pic|photo) with "
                 r"\w+"),
    ("dates", r"(?:be|being) with (?:someone|somebody) who (?:doesn'?t|does not|isn'?t|actually)|"
              r"my new (?:girlfriend|boyfriend|partner|man|woman|fella|bf|gf)|(?:with|found|met) "
              r"someone who (?:actually |finally |really )?(?:appreciates|values|treats|gets|"
              r"cares)|(?:someone|somebody) new (?:is|has been|keeps|took|wants|asked)"),
    ("admirers", r"(?:back on|joined|signed up (?:to|for)|downloaded) (?:the )?(?:apps|tinder|"
                 r"hinge|bumble|dating)|(?:inbox|dms?) (?:is|are) (?:full|blowing up|exploding)|"
                 r"(?:how many|so many|loads of|lots of) dms"),
    ("admirers", r"(?:took|taking|takes|take) me (?:to|out to) (?:that|the) (?:\w+ )?(?:place|"
                 r"restaurant|bar|spot|club|hotel)"),
    ("dates", r"should i (?:say yes|answer (?:him|her)|go out with|go\? you tell me)"),
    ("dates", r"maybe i'?ll say yes"),
])

SELF_ABASEMENT = _table("self_abasement", [
    ("begging", r"(?:i'?m |im |i am )?(?:begging|beg)(?: (?:you|u))?"),
    ("begging", r"on my knees"),
    ("begging", r"get on my knees"),
    ("begging", r"no pride left"),
    ("begging", r"(?:pleading|imploring)(?: with)? (?:you|u)|i have nothing left"),
    ("begging", r"(?:please|just|pls|plz),? (?:don'?t|dont|do not) (?:go|leave)(?: me)?"),
    ("begging", r"(?:i'?m (?:so )?sorry[,.!]* ?){3,}"),
    ("begging", r"crawl (?:over|on|through|back)"),
    ("anything", r"(?:<ILL>|i would|i'?d) do (?:absolutely )?(?:anything|whatever (?:you|u) "
                 r"(?:want|say|need|ask))"),
    ("anything", r"anything at all"),
    ("anything", r"(?:<ILL>|i'?d) (?:be|become) (?:whatever|anything|whoever) (?:you|u) "
                 r"(?:want|need)"),
    ("anything", r"tell me (?:what to do|what you want|how|what i did wrong)(?: \w+)? and "
                 r"i'?ll (?:do|be|fix|change)"),
    ("anything", r"i'?ll fix myself"),
    ("anything", r"tell me what (?:i have to|i need to|i should|to) do"),
    ("anything", r"just let me come (?:home|back)"),
    ("anything", r"change (?:who i am|everything about me|my whole personality)"),
    ("anything", r"(?:any|all) (?:terms|conditions|rules you)|(?:you|u) set the rules|"
                 r"i'?ll follow (?:them|your rules|whatever)"),
    ("anything", r"(?:hate me|yell at me|punish me|be mad at me|scream at me)[^.!?]{0,30}just "
                 r"(?:don'?t|stay|come)"),
    ("anything", r"give up anything|(?:my|all my|even my) pride"),
    ("anything", r"whatever (?:you|u) (?:need|want),? (?:it'?s done|i'?ll do it)"),
    ("anything", r"(?:be|become) exactly what (?:you|u) (?:always )?(?:want|wanted|need|needed)"),
    ("anything", r"(?:i'?ll|ill|i will) do everything your way"),
    ("anything", r"(?:i'?ll|ill|i will) (?:quit|give up) (?:my|all my) (?:friends|hobbies|"
                 r"job|family)"),
    ("anything", r"(?:treat me|do with me) (?:however|whatever)"),
    ("anything", r"(?:you can have|take) (?:the house|everything|whatever you want)"
                 r"[^.!?]{0,80}(?:just|if you) (?:don'?t leave|stay|come back|come home)"),
    ("anything", r"whatever (?:you|u) (?:want|say)[,.!]? just"),
    ("anything", r"i'?ll take it[.,]? just"),
    ("anything", r"i'?ll (?:never )?ask for (?:nothing|anything)"),
    # Taking all the blame (C6, E9).
    ("all_blame", r"(?:it'?s|it is|its|it was|everything (?:is|was)|this is|that was) "
                  r"(?:all |entirely |completely )?my fault"),
    ("all_blame", r"all my fault"),
    ("all_blame", r"(?:was|is|were) (?:all )?(?:because of|on) me(?=[.!]|$)"),
    ("all_blame", r"(?:you'?re|you are|you were|ur) (?:way |much |far |just |simply )?too good"
                  r" for me"),
    ("all_blame", r"(?:it was|it'?s|its|was) all me"),
    ("all_blame", r"it was (?:always )?me[.,]? (?:always|not you)"),
    ("all_blame", r"(?:i'?m|im|i am) the (?:problem|one who ruined|one to blame)"),
    ("all_blame", r"(?:you|u) did nothing wrong"),
    ("all_blame", r"(?:you|u) (?:were|are) (?:perfect|always the good one|right to (?:go|"
                  r"leave))"),
    ("all_blame", r"i (?:wrecked|ruined|destroyed|ruin|wreck|destroy) (?:us|everything|it all|"
                  r"everything i touch)"),
    ("all_blame", r"i'?ll take (?:all )?the blame"),
    ("all_blame", r"(?:sorry|apologi[sz]e) for everything(?:[.,!]? (?:every|it was|all))?"),
    ("all_blame", r"someone like me"),
    ("all_blame", r"i deserve (?:every bit of|all of) (?:this|it)|i deserve to (?:lose|be alone|"
                  r"suffer|be hurt)|i deserve nothing|i deserve (?:this|the) pain"),
    # "I'm nothing without you" and self-contempt (C6, E9).
    ("worthless", r"(?:nothing|nobody|no one|worthless|lost|useless) without (?:you|u)"),
    ("worthless", r"(?:can'?t|cannot|cant) (?:live|breathe|go on|survive|function|exist) "
                  r"without (?:you|u)"),
    ("worthless", r"(?:don'?t|dont) know how to (?:do life|live|be|exist|go on) without"),
    ("worthless", r"i (?:really )?(?:don'?t|do not|dont|never|didn'?t) deserve(?:d)? "
                  r"(?:you|u|your love)"),
    ("worthless", r"<IM> (?:so |such |just |really )?(?:a |an )?(?:worthless|pathetic|"
                  r"failure|loser|nothing(?! like| but| to)|nobody|horrible person|"
                  r"terrible person|awful person|bad person|the worst(?! at)|garbage|trash|"
                  r"disgusting)"),
    ("worthless", r"the worst person alive"),
    # Self-contempt in other words: a burden, a waste of space, not enough (C6, E9).
    ("worthless", r"(?:<IM>|(?:^|(?<=[.!?] ))am|<IVE> been|i was) (?:(?:so|such|just|really|a|an|"
                  r"total|complete|utter|absolute|old|literally|the)[ \t]+){0,4}(?:waste of space|"
                  r"burden|idiot|fool|useless|stupid|broken person|mess(?=[.!,]|$)|hopeless|"
                  r"selfish person|sad old (?:man|woman)|too much|worst (?:husband|wife|partner|"
                  r"boyfriend|girlfriend|gf|bf|person|mother|father)|terrible (?:wife|husband|"
                  r"partner|person|mother|father|girlfriend|boyfriend)|shell)"),
    ("worthless", r"(?:i'?m|im|i am|i was|<IVE> been) the one (?:who|that) (?:(?:drove|pushed) "
                  r"(?:you|u) away|ruined|wrecked|was wrong|destroyed|messed (?:up|it|"
                  r"everything))|(?:you'?re|you are|you'?d be|you would "
                  r"be|ur) better off without me"),
    ("worthless", r"(?:sorry|apologi[sz]e) for (?:being me|existing|being (?:so )?(?:useless|"
                  r"pathetic|clingy|needy|too much))|too (?:much|clingy|needy|stupid|proud|"
                  r"selfish|weak|broken)[, ]+(?:and )?too \w+"),
    ("worthless", r"any other (?:woman|man|person|girl|guy|partner) would have (?:made|been|"
                  r"treated)|(?:can'?t|cannot|cant) (?:love|do) (?:anyone|anything|anybody) "
                  r"(?:properly|right)"),
    ("worthless", r"(?:don'?t|do not|never|'?ll never|will never) deserve (?:a second \w+|another "
                  r"chance|any of (?:this|it|you)|someone like (?:you|u)|it(?=[ ,.!]|$))"),
    ("all_blame", r"i deserve (?:it|this)(?=[.!,]|$| honestly| really)|i brought (?:it|this) on "
                  r"myself|(?:i(?:'ll)? )?take all of it"),
    ("worthless", r"(?:nothing|not much) left of me|(?:only|one) good thing about me|(?:i'?m|im|i "
                  r"am|i was) not worth (?:much|anything|it|loving)|thinks? i'?m worth "
                  r"(?:something|anything)|not much to look at"),
    ("worthless", r"(?:i )?(?:wasn'?t|was not|am not|'?m not|will never be|'?ll never be|'?ll ever "
                  r"be) (?:good )?enough(?= for|[.!,]|$)"),
    ("anything", r"(?:i'?ll|i will) (?:listen to|agree with) everything|agree with (?:everything|it "
                 r"all|whatever)|grateful for (?:any|whatever|the smallest) (?:bit|scrap|crumb)|"
                 r"(?:take|accept) (?:any|whatever) (?:scraps|crumbs)"),
    ("all_blame", r"(?:right to (?:leave|find someone|go)|find someone better)|me and only me|"
                  r"every(?: single)? thing (?:that )?went wrong[^.!?\n]{0,40}? (?:was|is) "
                  r"(?:me|my fault)"),
    ("worthless", r"(?:my life|life|i) (?:means|mean|am|is) nothing (?:without|if (?:you|u)(?:'?re| are)?)"),
    ("worthless", r"(?:nothing|nobody|no one|worthless|useless|lost) (?:on my own|by myself)"),
    ("worthless", r"why (?:you|u) (?:ever|would ever|even) (?:loved|love|stayed with|chose|"
                  r"wanted|put up with) me"),
    ("worthless", r"(?:i'?m|im|i am|i was|i'?ll never be|i will never be|i could never be)"
                  r"(?: just)?(?: not| never)? (?:good enough|worthy) (?:for|of) (?:you|u)"),
    ("worthless", r"who (?:would|could) ever (?:want|love) me"),
    ("worthless", r"(?:nobody|no one|no ?one) (?:will|would|could) ever (?:love|want) me"),
    ("worthless", r"the only one who could (?:stand|love|put up with) me"),
    ("worthless", r"i don'?t (?:even )?exist"),
])

NEEDINESS = _table("neediness", [
    # Pressing for a reply (D7, D11).
    ("no_reply", r"why (?:aren'?t|arent|won'?t|wont|didn'?t|didnt|haven'?t|havent|can'?t|cant)"
                 r" (?:you|u)(?: even| still| just)? (?:answer|reply|respond|pick|text|call|"
                 r"talk|writ|get back|look at)\w*"),
    ("no_reply", r"why (?:are|do|r) (?:you|u)(?: keep)? (?:ignoring|leaving me|blocking|"
                 r"avoiding|ghosting|not (?:answering|replying|responding|picking|talking|"
                 r"texting))\w*"),
    ("no_reply", r"why (?:don'?t|dont|do not) (?:you|u) (?:ever )?(?:answer|reply|respond|"
                 r"pick up|text me back|call me back|talk to me)"),
    ("no_reply", r"(?:are|r) (?:you|u) (?:ignoring|blocking|avoiding|ghosting) me"),
    ("no_reply", r"(?:you'?re|you are|ur|u r|u'?re) (?:not|still not) (?:answering|replying|"
                 r"responding|picking up|texting back)"),
    ("no_reply", r"answer me|answer (?:your|the) phone|pick up (?:your|the) phone"),
    ("no_reply", r"<PLEASE>,? (?:just )?(?:answer|reply|respond|pick up|talk to me|"
                 r"say something|text me back|call me back|call me|text me|get back to me|"
                 r"write back|ring me|call|ring)(?=[.!?,\n]|$| please| pls| i | now| already| na\b)"),
    # Watching their silence: read receipts, counted days, a bare "hello?" (D7, D11).
    ("no_reply", r"(?:can )?see (?:that )?(?:you'?ve|you have|u'?ve) (?:read|seen|opened)|(?:you|u) "
                 r"(?:opened|read|saw|seen) (?:it|my \w+) at \d|\bread \d{1,2}[:.]\d\d|check (?:if|"
                 r"whether) (?:you'?ve|you have|you|u) (?:seen|read|viewed|watched)"),
    ("no_reply", r"\d+ (?:days|hours|weeks) since (?:you|u) (?:last )?(?:said|spoke|replied|"
                 r"answered|texted|called|wrote)|(?:it'?s|its) been all (?:day|night|week)|(?:it'?s|"
                 r"its|it has|that'?s|thats) (?:been )?\d+ (?:days|hours|weeks)(?: now)?(?=[.!]|$)"),
    # Each greeting keeps its "?" so the anchor index gets a two-character literal ("i?", "ey?").
    ("no_reply", r"(?:^|(?<=\n))(?:hello+\?|hey\?|hi\?)\?*(?=[ \t]*(?:\n|$))|are (?:you|u) "
                 r"awake(?=[?\n]|$)|did (?:u|you) get my (?:msg|msgs)"),
    ("no_reply", r"(?:ring|call) me back(?=[.!]|$)|just (?:say|tell me) (?:ur|you'?re|you are|u r|"
                 r"u'?re) (?:ok|okay|alright|safe|fine)|just talk to me|(?:don'?t|dont) ignore me"),
    ("no_reply", r"the least (?:you|u) (?:could|can) do is (?:answer|reply|text|call|respond|pick "
                 r"up|say)|(?:ghost|ghosting|ghosted) (?:someone|me)|(?:been )?ignoring my (?:calls|"
                 r"texts|messages)"),
    ("no_reply", r"(?:call|text|ring|answer) me (?:in|within) the next (?:hour|\d+|few|ten|five)|"
                 r"(?:can'?t|cannot|cant) (?:sleep|eat|rest|focus)(?: \w+){0,2}? (?:till|until|til) "
                 r"(?:you|u)|(?:by|before) tonight only"),
    ("urgent_contact", r"(?:just )?one (?:more )?(?:phone )?(?:call|conversation|coffee|chat)(?=[.,!]"
                       r"| and then)|that'?s all i (?:need|ask|want)|tell me not to"),
    ("urgent_contact", r"(?:just|all you (?:need|have) to do is) say yes|tell me (?:there'?s|there "
                       r"is) (?:a|still a|some) (?:chance|hope)|(?:just|please) let me see (?:you|"
                       r"u)|i (?:just )?need to know(?=[.!?]|$)|(?:take|accept) any (?:scraps|"
                       r"crumbs)"),
    ("no_reply", r"just (?:answer|reply|respond|pick up|text me back|call me back)"),
    ("no_reply", r"text me back"),
    ("no_reply", r"(?:answer|reply|respond|call me|text me|pick up)(?: me)?!+"),
    ("no_reply", r"(?:still|again)(?: \w+)? (?:nothing|no (?:reply|answer|response))"),
    ("no_reply", r"no (?:reply|answer|response|text|call)(?: \w+)?(?:again|\?)"),
    ("no_reply", r"(?:left|leaving|leave) me on (?:read|seen|delivered)"),
    ("no_reply", r"(?:read|seen|opened) my (?:message|text|messages|texts)"),
    ("no_reply", r"(?:i )?(?:saw|see|can see) (?:you|u) (?:were |are )?online"),
    ("no_reply", r"(?:could|can) (?:you|u) at least"),
    ("no_reply", r"(?:could|can) at least (?:reply|answer|text|call|respond|tell)"),
    ("no_reply", r"(?:just one|a single) word"),
    ("no_reply", r"(?:just |please |pls |plz )say (?:anything|something)"),
    ("no_reply", r"(?:hello|hey|hi)\?+[ \t]*(?:are (?:you|u) there|hello)"),
    ("no_reply", r"(?:hello|helloo+|are (?:you|u) there)\?{2,}"),
    ("no_reply", r"are (?:you|u) (?:even )?(?:there|reading (?:this|these|my))"),
    ("no_reply", r"did (?:you|u) (?:get|see|read) my \w+\?* and"),
    ("no_reply", r"(?:my )?messages (?:aren'?t|are not) (?:going through|being delivered)"),
    ("no_reply", r"(?:it'?s|its|it has) been (?:\w+ )?(?:days|hours|weeks)(?: \w+){0,2} "
                 r"(?:no|without|since (?:you|u) (?:replied|answered|texted|called|wrote))"),
    ("no_reply", r"(?:can'?t|cant|cannot) (?:stand|take|handle|bear) (?:the|this) silence"),
    ("no_reply", r"(?:can'?t|cant|cannot) (?:just )?disappear on me"),
    ("no_reply", r"talk to me!"),
    ("no_reply", r"waiting (?:for|on) (?:your|ur) (?:text|call|reply|answer|message)"),
    ("no_reply", r"(?:wait|waiting|sit|sitting) by the phone"),
    ("no_reply", r"(?:sitting|waiting|parked|standing)(?: in the car)? outside (?:your|ur)"),
    ("no_reply", r"come (?:out|down|outside)[.!]+(?: <PLEASE>)?"),
    ("no_reply", r"why is it so hard (?:for (?:you|u) )?to"),
    ("no_reply", r"(?:refreshing|checking|stalking|watching) (?:your|ur) (?:profile|page|"
                 r"instagram|facebook|status|location|stories)"),
    ("no_reply", r"text (?:me )?back|let me know something"),
    ("no_reply", r"are (?:you|u) (?:getting|reading|seeing) my (?:texts|messages|calls)"),
    ("repeated", r"(?:i'?m|im|i am) asking (?:you )?(?:again|one more time|for the \w+ time)"),
    ("no_reply", r"(?:call me|text me|answer|please|pick up|reply)(?:[ ,.!]+(?:call me|text me|"
                 r"answer|please|pick up|reply)){2,}"),
    ("no_reply", r"why did (?:you|u) (?:unfollow|block|unfriend|mute|delete|ignore|hang up)"),
    ("no_reply", r"i waited (?:all (?:evening|night|day)|for hours|by the phone)"),
    ("no_reply", r"(?:you|u) said (?:you'?d|you would|u'?d) (?:call|text|write|answer|reply)"),
    ("no_reply", r"(?:is it|would it be|was it) (?:so|that|really so|really that) hard to "
                 r"(?:send|text|reply|answer|call|pick up|write)"),
    ("no_reply", r"(?:just )?need a sign|send (?:me )?(?:an emoji|a sign|anything)|"
                 r"like my (?:photo|post|story)"),
    ("no_reply", r"(?:is that why|that'?s why) (?:you'?re|you are|ur) not"),
    # Repeated pleas and pursuit (D7).
    ("repeated", r"(?:<IVE>|i) (?:called|texted|messaged|sent|tried)(?: (?:you|u))?"
                 r"(?: like| about| over)? (?:\d+|two|three|four|five|six|seven|eight|nine|"
                 r"ten|twenty|fifty|a hundred|so many)(?: \w+)?"),
    ("repeated", r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|so many) "
                 r"(?:messages|texts|calls|voicemails|missed calls)"),
    ("no_reply", r"if (?:you|u) (?:don'?t|dont|do not|won'?t|wont) (?:reply|answer|call|text|"
                 r"pick up|respond|write back|get back)"),
    ("no_reply", r"(?:you|u) (?:can'?t|cant|couldn'?t) even (?:give me|reply|answer|text|call|"
                 r"pick up|look at me|send)"),
    ("no_reply", r"(?:keep|keeps|keeping) (?:ignoring|avoiding|blocking) me"),
    ("no_reply", r"(?:can'?t|cant|cannot) even get (?:a|one|an) (?:reply|answer|response|text)"),
    ("no_reply", r"need (?:you|u) to (?:answer|reply|respond|call|text|pick up|talk to me|"
                 r"come back|come home)"),
    ("urgent_contact", r"(?:you have to|you need to|you must|u have to|u need to) come "
                       r"(?:back|home|over)"),
    ("repeated", r"(?:keep|going to keep|gonna keep|will keep) (?:calling|texting|trying|"
                 r"messaging|asking|writing)(?: \w+)? until"),
    ("repeated", r"i(?:'ll| will)? (?:won'?t|will not|wont|never) (?:stop|give up) (?:until|"
                 r"on (?:us|you|u)|trying|fighting for)"),
    ("repeated", r"not giving up"),
    ("repeated", r"until (?:you|u) (?:say yes|show up|come back|answer|pick up|talk to me)"),
    ("repeated", r"checking my phone"),
    ("repeated", r"(?:drove|driving|walked|went) (?:by|past) (?:your|ur) (?:place|house|"
                 r"work|apartment|flat)"),
    ("repeated", r"(?:<PLEASE>[.!,]*[ \t]*){3,}"),
    ("repeated", r"<PLEASE>,? (?:just )?come (?:back|home)"),
    ("repeated", r"come (?:back|home)[.!]+ <PLEASE>"),
    ("repeated", r"for the last time,? come"),
    # Needing to see them now (D1, D11).
    ("urgent_contact", r"(?:i|we) (?:need|have|got) to (?:see|hear|talk to|speak to|be with|"
                       r"hold) (?:you|u|your voice)"),
    ("urgent_contact", r"(?:i|we) need to talk(?! about)"),
    ("urgent_contact", r"need (?:you|u)(?! to)(?: back| here| so (?:much|bad)| now)?"),
    ("urgent_contact", r"i need (?:an answer|to hear it|to know now)"),
    ("urgent_contact", r"(?:can'?t|cant|cannot) (?:wait|go on) (?:any ?longer|not knowing)"),
    ("urgent_contact", r"(?:can|could|may) i (?:come over|call|see you)(?: now| tonight|"
                       r" please)?\?"),
    ("urgent_contact", r"(?:i'?m|im|i am) (?:outside|downstairs (?:at|from)|parked outside) "
                       r"(?:your|ur)|already in the car"),
    ("urgent_contact", r"(?:i'?ll|ill|i will) be (?:waiting|outside|sitting)(?: \w+){0,5}? "
                       r"(?:until|till|at \d|every night|all night|all day)"),
    ("urgent_contact", r"(?:i'?ll|ill|i will) be at [^.!?]{0,40} (?:every night|until (?:you|u))"),
    ("urgent_contact", r"(?:see|meet|talk to) (?:you|u|me) (?:tonight|right now)"),
    ("urgent_contact", r"can we (?:please )?(?:meet|talk|see each other) (?:tonight|now|right "
                       r"now|today)"),
    ("urgent_contact", r"any ?time,? i'?ll come"),
    ("urgent_contact", r"tell me (?:we can|you'?ll|you will|that we|we'?ll)"),
    ("urgent_contact", r"need (?:something|anything) to hold on to"),
    ("urgent_contact", r"(?:i'?m|im|i am) coming (?:to|over to|by|round to) (?:your|ur)"),
    ("urgent_contact", r"(?:can'?t|cant|cannot) wait (?:any ?more|any ?longer)"),
    ("urgent_contact", r"(?:give me|just|only|for) (?:five|5|ten|10|two|2|one|a few) "
                       r"(?:minutes|min|mins|seconds)|just five"),
    ("urgent_contact", r"(?:can'?t|cant|cannot) stop thinking about (?:you|u)"),
    ("urgent_contact", r"when are (?:you|u) coming (?:home|back)"),
    ("urgent_contact", r"(?:just )?give me a date"),
    ("urgent_contact", r"tell me (?:you still|that you still|you love|you miss)"),
    ("urgent_contact", r"are (?:you|u) with (?:him|her) (?:right now|now|tonight)"),
    ("urgent_contact", r"what am i supposed to do now"),
    ("urgent_contact", r"please tell me(?=[.!?]|$)"),
])

BLAME = _table("blame", [
    ("all_their_fault", r"(?:it'?s|it is|its|this is|that'?s|all|everything is|it was) "
                        r"(?:all |entirely |completely |100% )?(?:your|ur) fault"),
    ("all_their_fault", r"(?:100%|all|entirely|completely) on (?:you|u)"),
    ("all_their_fault", r"(?:it'?s|its|that'?s) on (?:you|u)(?=[.!]|$)"),
    ("all_their_fault", r"(?:you'?re|you are|ur|u r) (?:the (?:reason (?:we'?re|we are|we|this|"
                        r"our|it|everything)|problem|one with (?:the )?(?:problems?|issues))|to blame)"),
    ("all_their_fault", r"(?:you'?re|you are|ur|u r|you were|it was you|it'?s you|you)"
                        r"(?: \w+)? the one who (?:left|gave up|cheated|walked|ended|lied|quit|"
                        r"ruined|broke|destroyed|wanted out|chose|started|stopped|gave up on us)"),
    ("all_their_fault", r"(?:not me,? (?:it was )?you|you,? not me)"),
    ("all_their_fault", r"i (?:did|have done|'?ve done) nothing wrong"),
    ("all_their_fault", r"(?:you|u) did this(?=[.!]|$)"),
    ("all_their_fault", r"(?:clearly|obviously|guess) i was(?:n'?t| never| not) the problem"),
    ("all_their_fault", r"(?:too much of a|such a|bloody|fucking|spineless) coward"),
    ("all_their_fault", r"(?:couldn'?t|could not|can'?t|didn'?t|did not) even have the "
                        r"(?:decency|guts|courage|balls|respect)"),
    ("all_their_fault", r"something (?:you|u) never (?:figured out|learned|learnt|managed|"
                        r"understood|got)"),
    ("all_their_fault", r"the only (?:adult|grown-?up|one trying|one who tried) in (?:that|this|the|"
                        r"our) (?:relationship|marriage|house)"),
    ("all_their_fault", r"funny how (?:you|u) (?:found|had|always|never|managed)"),
    ("all_their_fault", r"(?:you|u) should try it (?:sometime|some time|for once)"),
    ("all_their_fault", r"(?:literally |the )?reason i have trust issues"),
    ("all_their_fault", r"(?:you|u) never (?:paid attention|listened|noticed|bothered)"),
    ("all_their_fault", r"(?:real|proper) man,? not like (?:you|u)"),
    ("all_their_fault", r"must be nice (?:being able to|to be able to) (?:switch|turn|shut|walk)"),
    ("all_their_fault", r"i never did anything(?: wrong| to (?:you|u))?"),
    ("all_their_fault", r"i did everything right"),
    ("all_their_fault", r"i was a good (?:partner|husband|wife|girlfriend|boyfriend)"),
    ("all_their_fault", r"if (?:you|u) (?:hadn'?t|had not|had just|had only|would have just|"
                        r"would'?ve just|had ever)"),
    ("all_their_fault", r"(?:you|u) should have (?:just )?(?:listened|tried|cared)"),
    ("all_their_fault", r"(?<!what )(?:you|u) (?:ruined|destroyed|wrecked|screwed up|"
                        r"sabotaged|blew up|killed) (?:everything|it all|us|our|this (?:family|"
                        r"marriage|relationship)|what we|the (?:best|only|family|marriage|"
                        r"relationship)|my life|years)"),
    ("all_their_fault", r"(?<!what )(?:you|u) (?:threw away|gave up on|walked away from) "
                        r"(?:everything|it all|us|our|what we|a good|years|this family|me)"),
    ("all_their_fault", r"(?:you|u) checked out (?:years|months|long|a long|emotionally|on us)"),
    ("all_their_fault", r"(?:your|ur) (?:cheating|lying|lies|temper|drinking|selfishness|"
                        r"jealousy|affair|ego) (?:broke|ruined|destroyed|wrecked|is why|killed)"),
    ("all_their_fault", r"(?:you|u) and (?:your|ur) (?:selfishness|ego|lies|temper|drama)"),
    ("all_their_fault", r"(?:you|u) (?:made|make) a (?:huge|big|terrible) mistake"),
    ("all_their_fault", r"(?:with|because of) (?:your|ur) (?:temper|lies|lying|cheating|"
                        r"selfishness|drinking)"),
    ("all_their_fault", r"(?:you|u) always (?:blame|do this|run|take the easy|make it about)"),
    ("all_their_fault", r"(?:you|u) never (?:once )?(?:cared|loved|thought about|tried|"
                        r"listened|appreciated|gave a)"),
    ("all_their_fault", r"(?:you|u) only (?:ever )?(?:thought|cared|think|care) about"),
    ("all_their_fault", r"(?:you|u) (?:just )?used me"),
    ("all_their_fault", r"(?:you|u) (?:lied|cheated)(?: to me)? (?:all the time|constantly|"
                        r"for years)"),
    ("all_their_fault", r"(?:you|u) (?:left|broke|ripped|tore) (?:this|our|the) (?:family|home|"
                        r"marriage)(?: apart)?"),
    ("all_their_fault", r"(?:you|u) did (?:that|this) to (?:them|the <KIDS>|us)"),
    # Insults and contempt (E3).
    ("insult", r"(?:you'?re|you are|u'?re|u r|ur|youre|you were|u were)(?: just| such| so| really| truly|"
               r" honestly| nothing but| always| completely| a)* (?:(?:a|an) )?(?:selfish|coward"
               r"|cowardly|liar|lying|cheat|cheater|pathetic|idiot|narcissist|narcissistic|"
               r"crazy|insane|psycho|disgusting|weak|heartless|cold|cruel|quitter|joke|stupid|"
               r"spineless|immature|loser|useless|worthless|pig|snake|monster|"
               r"manipulative|manipulator|toxic|evil|fake|fraud|failure|bitch|bastard|jerk|"
               r"asshole|unbelievable|despicable|nasty|vile|terrible (?:mother|father|"
               r"husband|wife|person|partner)|bad (?:mother|father)|pathetic excuse|"
               r"disappointment|nothing)"),
    ("insult", r"your (?:so )?(?:selfish|pathetic|crazy|insane|disgusting|heartless|spineless|"
               r"immature|narcissistic|unbelievable|despicable|delusional|toxic|manipulative)"
               r"(?= |[.!?,]|$)(?! (?:behaviou?r|attitude|friends?|family|mother|father|"
               r"ex|side|choices?))"),
    ("insult", r"(?:you|u) (?:selfish|lying|cheating|spineless|pathetic|heartless|disgusting|"
               r"stupid|worthless|useless|cowardly)"),
    ("insult", r"what a (?:joke|loser|coward|liar|waste|disappointment)(?: (?:you are|u r|"
               r"you were))?"),
    ("insult", r"typical (?:you|u|of you|of u)"),
    ("insult", r"(?:you'?ve|you have|u have|you) (?:always )?been (?:such )?(?:a|an|so) "
               r"(?:manipulator|liar|coward|cheat|narcissist|selfish|cruel|fake|toxic|"
               r"manipulative|controlling|cold)"),
    ("insult", r"(?:you'?re|you are|ur|u r) (?:such )?a (?:child|baby|kid)(?=[.!,]|$)"),
    ("insult", r"congratulations on (?:wrecking|ruining|destroying|breaking|throwing)|thanks for"
               r" (?:ruining|wrecking|destroying)"),
    ("insult", r"(?:real|very|so) (?:mature|classy|brave|nice)(?=[.!,]|$)"),
    ("insult", r"how (?:fake|selfish|cruel|cold|pathetic|heartless|shallow|two-faced|petty) "
               r"(?:you|u) (?:are|were|can be)"),
    ("insult", r"(?:you|u) (?:have|has) no idea what (?:loyalty|love|respect|commitment|honesty)"
               r"|(?:you|u) don'?t know the meaning of"),
    ("insult", r"(?:act|acting|play|playing|plays)(?: like)? the victim"),
    ("insult", r"(?:nobody|no one) (?:else )?(?:would(?:'?ve| have)?|will|could) (?:ever )?(?:put "
               r"up with|stand|tolerate) (?:you|u|your)"),
    ("insult", r"(?:you|u) can'?t (?:handle|take|deal with) (?:a single|anything|any|one)"),
    ("insult", r"(?:you'?ll|you will|you) deserve (?:it|that|whatever)"),
    ("insult", r"who (?:does|says|leaves|walks out|treats|did) (?:that|like that|like this)"),
    ("insult", r"who (?:leaves|walks out|disappears) like"),
    ("insult", r"impossible to (?:love|live with|talk to|please|be with)"),
    ("insult", r"(?:you were|you'?re|you are) the victim"),
    ("insult", r"(?:your|ur) (?:mother|mom|father|dad|parents) raised (?:you|u)"),
    ("all_their_fault", r"(?:you|u) (?:ruined|destroyed|broke|wrecked) me"),
    ("all_their_fault", r"(?:you|u) (?:lied|cheated|left)[,.]? (?:you|u) (?:lied|cheated|left)"),
    ("insult", r"(?:way |much |far )?too good for (?:you|u)(?![\w'])"),
    ("all_their_fault", r"(?:it was|it'?s|its) (?:always|all) (?:you|u)(?=[ ,.!]|$)|"
                        r"(?:it was|it'?s) never (?:me|my fault)"),
    ("insult", r"(?:that'?s|that is|this is|how) (?:so |really |just |pretty )?(?:cruel|selfish|"
               r"heartless|pathetic|disgusting|low|cold|spineless|cowardly)(?=[.!?]|$)"),
    ("insult", r"what kind of (?:mother|father|parent|person|man|woman|wife|husband)"
               r" (?:walks|leaves|abandons|does)"),
    ("all_their_fault", r"(?:pain|hurt) (?:as )?(?:you'?ve|you have) caused"),
    ("insult", r"(?:^|(?<=[.!?,] )|(?:just|please|pls|so|seriously|honestly),? )grow up"),
    ("insult", r"(?:you|u) (?:were|was|are) never good enough"),
    ("insult", r"worst thing that ever happened to me"),
    ("insult", r"(?:your|ur) loss"),
    ("insult", r"(?:so-called|so called) \w+"),
    ("insult", r"(?:good luck|have fun) finding (?:someone|anyone) who (?:puts up|will put up"
               r"|can stand|would put up)"),
    ("insult", r"(?:couldn'?t|could not|can'?t) even (?:tell me|be honest|say it|face me)"),
    ("insult", r"(?:you|u) (?:run|ran|running) (?:away )?(?:when|the second|the minute|as soon)"),
    ("insult", r"running away the (?:second|minute|moment)"),
    ("insult", r"(?:everyone|everybody) (?:knows it|can see it|agrees with me)"),
    ("insult", r"(?:everyone|everybody) does(?=[.!]|$)"),
    ("insult", r"(?:your|ur) (?:stupid|pathetic|precious) \w+"),
    ("insult", r"too (?:immature|selfish|weak|cowardly|stupid|lazy) to"),
    ("insult", r"(?:an )?idiot if (?:you|u) think"),
    ("insult", r"shame (?:you|u) didn'?t see it"),
    # Contempt in other words: the problem all along, what you're really like (E3).
    ("all_their_fault", r"(?:the problem|the issue) (?:was|is) (?:always )?(?:you|u)|(?:you|u) "
                        r"(?:were|was|are|always were) (?:always )?the (?:problem|issue)|(?:ur|"
                        r"you'?re|you are) the one who made|(?:it was|it'?s) (?:just )?(?:you|u) "
                        r"who (?:couldn'?t|can'?t|didn'?t|never|wouldn'?t)"),
    ("all_their_fault", r"(?:you|u) brought (?:this|it|that) on yourself|(?:you|u) (?:wanted|chose|"
                        r"asked for) (?:this|that)(?=[.!]|$)|(?:you|u) made (?:your|ur) (?:choices|"
                        r"bed)"),
    ("all_their_fault", r"(?:always|never) (?:someone|somebody|everyone) else'?s fault|(?:never|"
                        r"ever) owned (?:a single thing|anything|up to)|(?:need|find) someone "
                        r"(?:else )?to blame|try to learn something"),
    ("all_their_fault", r"(?:you|u) (?:pushed|drove|forced) me (?:to|into) (?:it|this|that|do it)|"
                        r"if (?:you'?d|you had) (?:just )?(?:been|listened|tried|stopped)|if "
                        r"(?:you|u) (?:just|would just|could just|only) (?:stopped|stop|listened|"
                        r"tried|calmed)"),
    ("all_their_fault", r"(?:you|u) alone (?:are|were)|(?:you|u) (?:are|were) (?:solely|entirely|"
                        r"fully|completely|100%) (?:responsible|to blame)|(?:is|are|was) (?:all )?"
                        r"on (?:you|u)(?=[.!]|$)"),
    ("all_their_fault", r"(?:blowing up|wrecking|ruining|destroying|throwing away)(?: \w+){0,3}? "
                        r"(?:was|is) worth it|congrat\w* on (?:finally )?(?:getting what (?:you|u) "
                        r"wanted|wrecking|ruining|destroying|breaking)|forgiv\w* (?:you|u) for "
                        r"(?:wrecking|ruining|destroying|breaking|blowing up)"),
    ("all_their_fault", r"(?:you|u) managed to (?:wreck|ruin|destroy|break|blow up)|(?:you'?ve|you "
                        r"have|you) made my life (?:hell|a (?:living )?hell|miserable)|(?:left|"
                        r"leaving) me with (?:the|all the|your) (?:debts?|bills|mess|lease|"
                        r"mortgage)"),
    ("all_their_fault", r"(?:as badly|as bad|worse) (?:as|than) (?:you|u) (?:did|do|have)|than "
                        r"(?:you|u) (?:did|managed|ever did) in (?:\w+ )?(?:years|months)|(?:you|u) "
                        r"managed (?:it |that )?(?:maybe |about |like )?(?:once|twice|\w+ times) in"),
    ("all_their_fault", r"(?:because of|with) (?:your|ur) (?:attitude|behaviou?r|ego|nagging|moods|"
                        r"affair)|(?:your|ur) (?:emotional )?(?:immaturity|narcissism|cowardice|"
                        r"selfishness|laziness)|(?:everything|it) (?:was|is|'s) always about "
                        r"(?:you|u)"),
    ("insult", r"what (?:you'?re|you are|ur|u r|you were) (?:really|actually|truly) like|"
               r"(?:someone|somebody) who (?:doesn'?t|does not) (?:nag|judge|criticise|criticize|"
               r"lie|cheat|shout|yell|moan)"),
    ("insult", r"(?:you|u) (?:always were|'?ve always been|have always been|always was) (?:a |an "
               r"|so |such a )?(?:freeloader|leech|parasite|liar|coward|cheat|user|useless|"
               r"hopeless|selfish|lazy|child)|(?:you|u) (?:bludger|freeloader|leech|parasite|"
               r"coward|liar)(?![\w'])"),
    ("insult", r"the (?:most|biggest) (?:selfish|cruel|heartless|cold|spineless|pathetic|"
               r"immature|toxic|manipulative|dishonest|coward|liar|fake)|(?:such a|what a) "
               r"(?:selfish|spineless|cruel|heartless|cold|pathetic|weak|nasty|vile|toxic|"
               r"manipulative|cowardly|gutless|fake|shallow) (?:person|man|woman|human being)"),
    ("insult", r"(?:pretty|so|very|really|incredibly|quite|bloody) (?:rude|cowardly|spineless|"
               r"childish|pathetic|selfish|cruel|heartless)(?! of me)(?: to(?![\w'])| of (?:you|u)|"
               r"(?=[.!]| after))|emotionally unavailable|imagine that(?=[.!]|$)|wild "
               r"concept|makes (?:total|perfect) sense"),
    ("insult", r"(?:^|(?<=\n))(?:pathetic|disgusting|coward|loser|spineless|gutless)[.!]*"
               r"(?=\n|$)|(?:i think )?we both know(?=[.!]|$)"),
])

FLAG_PATTERNS: dict[str, tuple[Pattern, ...]] = {
    "threat": THREAT,
    "guilt_trip": GUILT_TRIP,
    "over_promise": OVER_PROMISE,
    "jealousy_bait": JEALOUSY_BAIT,
    "self_abasement": SELF_ABASEMENT,
    "neediness": NEEDINESS,
    "blame": BLAME,
}

OWNS_PART = _table("owns_part", [
    ("own", r"(?:i (?:know|realize|realise|see|admit|understand|can see|recognize|get) "
            r"(?:now )?(?:that )?)i (?:was|wasn'?t|did|didn'?t|stopped|put|spent|made|let|"
            r"messed|drank|hid|kept|pushed|leaned|expected|shut|worked|criticized|"
            r"neglected|took|never|always|got|acted|became|went|overreacted|hurt|failed|"
            r"said|treated|left|dismissed|ignored|checked|read|blamed|yelled|shouted|lied)"),
    ("own", r"(?:that'?s|that was|it was|this is) (?:on me|my (?:part|mistake|fault)|"
            r"wrong of me|a mistake on my part|not fair(?: of me| to you)?|no excuse)"),
    ("own", r"that wasn'?t (?:fair|okay|ok|right|kind)"),
    ("own", r"my part (?:in this|in it|in what happened|was)"),
    ("own", r"(?:it was|it'?s) my (?:affair|drinking|lying|lies|temper|jealousy|gambling|cheating|"
            r"silence|anger) that"),
    ("own", r"i know (?:my|that my|how my) (?:\w+ )?(?:drinking|temper|jealousy|lying|lies|gambling|"
            r"affair|silences?|moods?|anger|working|checking)(?: \w+){0,4}? (?:scared|hurt|ruined|"
            r"frightened|wore|upset|humiliated|embarrassed|pushed|cost)"),
    ("own", r"i (?:own|take responsibility for) (?:that|my part|it)"),
    ("own", r"i shouldn'?t have"),
    ("own", r"i was wrong to"),
    ("own", r"i regret (?:how|the way|not|what i|that i|saying|my|the)"),
    ("own", r"(?:i'?m|im|i am) (?:so |really |truly )?sorry (?:for|that|about|i) "
            r"(?!everything\b)(?:the way i|how i|i|my|not|what i|the times|the night|"
            r"mine|being|calling|making|checking|reading|yelling|shouting|that)"),
    ("own", r"sorry for mine"),
    ("own", r"sorry (?:that )?i (?!can'?t|cannot|don'?t|have to|need to|must|won'?t|will|am|'m)"
            r"\w+"),
    ("own", r"mine was"),
    ("own", r"(?:you|u) were right(?: about me|,? and i| about)?"),
    ("own", r"i was (?:too|the one who|so|really|often|very) (?:\w+)"),
    ("own", r"i was (?:jealous|distant|controlling|short|selfish|scared|critical|"
            r"suspicious|cold|harsh|absent|defensive|unfair|wrong)"),
    ("own", r"i (?:hid|kept things|stopped (?:showing|making|asking|listening|planning|"
            r"trying)|made (?:it all|decisions|fun)|expected you to|leaned on you|pushed you"
            r" away|let my temper|wasn'?t (?:there|easy|supportive|honest|fair)|didn'?t "
            r"listen|put work|spent too much|took it out on you|made you feel|"
            r"recognize a lot of myself|criticized|called you)"),
    ("own", r"i (?:wasn'?t|was not) (?:easy|there|supportive|present|fair|kind|honest)"),
    ("own", r"(?:i'?m|im|i am) (?:working on|getting help for|in (?:a|therapy|counseling) "
            r"for|taking)(?: \w+){0,3} (?:temper|drinking|jealousy|anger|it|that|myself)"),
])

RESPECTS_CHOICE = _table("respects_choice", [
    ("respect", r"(?:i )?respect (?:your|that|it|whatever|you'?re|you)"),
    ("respect", r"whatever (?:you|u) decide|whatever happens"),
    ("respect", r"(?:it'?s|its) (?:your|ur) (?:call|choice|decision|right)"),
    ("respect", r"(?:every|the) right to (?:choose|decide|leave|say no)"),
    ("respect", r"if (?:not|you'?re not|the answer is no|you'?d rather not|you don'?t|"
                r"you would rather not)[,.]? (?:i|that'?s|it'?s|no)"),
    ("respect", r"no (?:pressure|expectations|hard feelings)"),
    ("respect", r"(?:totally |completely |it'?s )?(?:fine|okay|ok|alright) if (?:not|you|the)"),
    ("respect", r"(?:take|taking) (?:all )?(?:the|as long as|as much) (?:time )?(?:you|u) need"),
    ("respect", r"as long as (?:you|u) need"),
    ("respect", r"i (?:won'?t|will not|'?m not going to|am not going to|'?m not gonna) "
                r"(?:push|pressure|argue|fight|text|contact|make it harder|keep messaging|"
                r"beg)"),
    ("respect", r"not (?:trying|writing|asking) to change (?:your|ur) mind"),
    ("respect", r"(?:i'?m|im|i am) not asking (?:for anything|it to|you to)"),
    ("respect", r"(?:you|u) (?:don'?t|do not) owe me"),
    ("respect", r"i (?:understand|get it|get that|accept|'?ve accepted|have accepted|"
                r"understand if|understand why|understand you)"),
    ("respect", r"(?:trying|try) to accept"),
    ("respect", r"(?:i )?(?:can'?t|cannot) make (?:you|u) stay"),
    ("respect", r"even if (?:that'?s|it'?s|we|you) (?:not|don'?t)"),
    ("respect", r"(?:i )?wish (?:you|u) (?:well|every|the best|happiness)"),
    ("respect", r"(?:i )?hope (?:you|u) find|hope (?:he|she|they) treats? you|"
                r"hope it'?s everything"),
    ("respect", r"(?:leave|let) (?:you|u) be"),
    ("respect", r"(?:give|giving) (?:you|u) (?:space|time|room)"),
    ("respect", r"if that'?s (?:alright|okay|ok|easier)"),
    ("respect", r"(?:only )?(?:if|unless) (?:you|u) want (?:that|me to|to)"),
    ("respect", r"whether or not"),
    ("respect", r"(?:keep|give you) my distance"),
    ("respect", r"i (?:won'?t|will not) (?:be texting|contact|text|reach out|write)"),
    ("respect", r"be well|take care(?: of yourself)?[.!]?$"),
    ("respect", r"(?:made up your mind|you'?ve decided)"),
    ("respect", r"not (?:going to|gonna) (?:fight|argue|keep|push|contact)"),
    ("respect", r"just wanted (?:you )?to (?:know|say)"),
])

INVITES_TALK = _table("invites_talk", [
    ("talk", r"(?:can|could|would|shall|should|may) we (?:\w+ )?(?:talk|sit down|meet|try|"
             r"see|grab|go|find|figure|work out|decide|discuss|have a|maybe)"),
    ("talk", r"would (?:you|u) (?:be )?(?:open|willing|up for|consider|want|like|be okay)"),
    ("talk", r"(?:if )?(?:you'?re|you are) (?:open|willing|up for it)"),
    ("talk", r"(?:i'?d|i would) (?:like|love) (?:to (?:talk|hear|understand|sit down|go "
             r"through|try)|us to)"),
    ("talk", r"if (?:you|u) (?:ever )?(?:want|would like|'?d like) to (?:talk|share|tell)"),
    ("talk", r"(?:i'?m|im|i am) here if"),
    ("talk", r"let'?s (?:find|talk|sit)"),
    ("talk", r"we should (?:probably )?(?:talk|decide|sit down|figure)"),
    ("talk", r"(?:talk|talking) (?:about|calmly|honestly|it through|sometime|some time|when)"),
    ("talk", r"(?:couples |a )?(?:counselor|counsellor|counseling|counselling|therapy|"
             r"therapist|mediator)(?: together| with me)"),
    ("talk", r"(?:see|try|join|go to) (?:a |my )?(?:couples )?(?:counselor|counsellor|"
             r"counseling|therapy|therapist|mediator|session)"),
    ("talk", r"(?:you'?re|you are) welcome to join"),
    ("talk", r"when (?:works|would work|is good) for you"),
    ("talk", r"(?:a|have a) (?:conversation|coffee|walk)"),
    ("talk", r"with someone who can help"),
])

STRENGTH_PATTERNS: dict[str, tuple[Pattern, ...]] = {
    "owns_part": OWNS_PART,
    "respects_choice": RESPECTS_CHOICE,
    "invites_talk": INVITES_TALK,
}

__all__ = [
    "FLAG_CATEGORIES",
    "FLAG_IDS",
    "FLAG_PATTERNS",
    "STRENGTH_CATEGORIES",
    "STRENGTH_PATTERNS",
    "FlagCategory",
    "Pattern",
    "StrengthCategory",
]
