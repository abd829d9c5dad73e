"""Text normalization shared by the text analyses (screen, review).

Two kinds of helpers live here, and their signatures are meant to stay stable:

- ``fold(text)`` keeps the length of ``text`` (one character in, one out): lowercase and
  straight quotes. Use it when offsets into the original text matter (draft review).
- ``normalize(text)`` is for matching only: it also expands common shorthand and typos
  ("dont", "im", "wanna", "kms"), shortens stretched letters ("sooo", "killl") and turns
  a few emoji into words. Offsets do not survive it.
- ``split_sentences(text)`` and ``CLAUSE_BREAK`` cut normalized text into units.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CLAUSE_BREAK",
    "JOKE_MARK",
    "collapse_repeats",
    "fold",
    "has_stretched_letters",
    "normalize",
    "split_sentences",
]

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2026": ".",
}


def fold(text: str) -> str:
    """Lowercase and straighten quotes and dashes, one character for one character."""
    out: list[str] = []
    for char in text:
        char = _QUOTES.get(char, char)
        low = char.lower()
        out.append(low if len(low) == 1 else char)
    return "".join(out)


# A laughing or joking marker: the screen reads "dead" next to it as a figure of speech.
JOKE_MARK = "zzjoke"

_EMOJI_WORDS = {
    "\U0001f480": f" {JOKE_MARK} ",  # skull: "I'm dead" as laughter
    "\u2620": f" {JOKE_MARK} ",  # skull and crossbones
    "\U0001f602": f" {JOKE_MARK} ",  # tears of joy
    "\U0001f923": f" {JOKE_MARK} ",  # rolling on the floor laughing
    "\U0001f606": f" {JOKE_MARK} ",
    "\U0001f639": f" {JOKE_MARK} ",
    "\U0001f48a": " pills ",
    "\U0001f52a": " knife ",
    "\U0001f52b": " gun ",
    "\U0001faa2": " rope ",
    "\u26b0": " coffin ",
}

_SHORTHAND = {
    "im": "i'm", "ive": "i've", "iam": "i am", "i'am": "i am",
    "dont": "don't", "cant": "can't", "cannot": "can't", "wont": "won't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't",
    "arent": "aren't", "werent": "weren't", "aint": "ain't", "thats": "that's",
    "whats": "what's", "hes": "he's", "shes": "she's", "theyre": "they're", "youre": "you're",
    "u": "you", "ur": "your", "r": "are", "ya": "you", "wanna": "want to", "gonna": "going to",
    "gotta": "got to", "tryna": "trying to", "idk": "i don't know", "rn": "right now",
    "bc": "because", "cuz": "because", "coz": "because", "bcuz": "because",
    "b4": "before", "tonite": "tonight", "2nite": "tonight", "2night": "tonight",
    "2day": "today", "tmrw": "tomorrow", "tmr": "tomorrow", "tomorow": "tomorrow",
    "tommorow": "tomorrow", "tommorrow": "tomorrow", "kms": "kill myself",
    "kys": "kill yourself", "unalive": "kill", "unaliving": "killing", "sewerslide": "suicide",
    "suicidel": "suicidal", "sucidal": "suicidal", "suicidle": "suicidal",
    "suisidal": "suicidal", "sucidial": "suicidal", "suicdal": "suicidal", "suidical": "suicidal",
    "suicde": "suicide", "sucide": "suicide", "suicied": "suicide", "suiside": "suicide",
    "suicid": "suicide", "sucicide": "suicide", "myslef": "myself", "mysef": "myself",
    "myelf": "myself", "mysefl": "myself", "mysel": "myself", "meself": "myself",
    "pils": "pills", "pillz": "pills", "kil": "kill", "kiling": "killing", "ded": "dead",
    "dieing": "dying", "noone": "no one", "nobodys": "nobody's", "alot": "a lot",
    "abt": "about", "thru": "through", "bf": "boyfriend", "gf": "girlfriend",
    "hubby": "husband", "ppl": "people", "anymor": "anymore", "enymore": "anymore",
    "nomore": "no more", "lyf": "life", "lfe": "life", "wna": "want to", "hurtin": "hurting",
    "thinkin": "thinking", "nothin": "nothing", "somethin": "something", "goin": "going",
    "tryin": "trying", "cuttin": "cutting", "livin": "living", "dyin": "dying",
    "sleepin": "sleeping", "plz": "please", "pls": "please", "w/": "with",
}
_SHORTHAND_RE = re.compile(
    r"(?<![\w'])(" + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w'])"
)
_JOKE_WORDS_RE = re.compile(
    r"(?<![\w'])(?:lo+l+|lmf?ao+|rofl|haha[ha]*|hehe[he]*|jk|xd|\*dead\*)(?![\w'])"
)
_REPEATS_RE = re.compile(r"([a-z])\1{2,}")
_SYMBOLS_RE = re.compile(r"[^\w\s'\".,!?;:/\-()&]")
_SPACES_RE = re.compile(r"[ \t\f\v]+")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|[.!?]{2,}|\n+|(?<=[a-z])\.(?=[a-z]{2})")

# Where a clause ends, for scoping negation and grammatical subjects.
CLAUSE_BREAK = re.compile(r"[,;:()\-]|\b(?:but|though|although|however|yet|and|so|because)\b")


def has_stretched_letters(text: str) -> bool:
    """True when some letter repeats three or more times ("sooo", "dieee")."""
    return _REPEATS_RE.search(text) is not None


def collapse_repeats(text: str, keep: int = 2) -> str:
    """Shorten runs of three or more equal letters to ``keep`` letters."""
    return _REPEATS_RE.sub(lambda match: match.group(1) * keep, text)


def normalize(text: str, *, keep_repeats: int = 2) -> str:
    """Normalized text for matching: folded, emoji as words, shorthand expanded."""
    text = unicodedata.normalize("NFKC", text)
    for emoji, word in _EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, word)
    text = fold(text)
    text = collapse_repeats(text, keep_repeats)
    text = _JOKE_WORDS_RE.sub(f" {JOKE_MARK} ", text)
    text = _SYMBOLS_RE.sub(" ", text)
    text = _SHORTHAND_RE.sub(lambda match: _SHORTHAND[match.group(1)], text)
    text = re.sub(r"\bany more\b", "anymore", text)
    text = re.sub(r"\bno-?one\b", "no one", text)
    return _SPACES_RE.sub(" ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Cut normalized text into sentences (keeps them non-empty and stripped)."""
    return [part.strip(" .!?\"'") for part in _SENTENCE_RE.split(text) if part.strip(" .!?\"'")]
