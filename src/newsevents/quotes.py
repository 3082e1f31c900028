"""Quotes and reported speech with their speakers: who said what.

Quoted passages are found by their marks (“ ” « » „ ‘ ’, straight ", and the typewriter
pairs ``''`` and ````), then each is attributed through a speech cue, tried in this order:

1. a transcript label opening the quote: ``"PENCE: Well, look ...``;
2. a cue verb right after the closing mark: ``“...,” Putin told Bibilov``;
3. a byline after a dash: ``“...” ― Sonya Herridge``;
4. a cue verb right before an opening ``:`` or ``,``: ``Putin said: “...”``;
5. a cue governing the quote in the dependency parse: ``Putin said X was “...”``,
   ``..., adding that “...”``, ``which, in the words of the leader, was “...”``;
6. a source phrase elsewhere in the sentence (``according to X``, ``in the words of X``);
7. the speaker of the quote it directly continues (``“A,” Mr. Obama said. “B.”``: nothing
   but that quote's attribution in between, sentence ends read from the parse's tokens, so
   ``Mr.`` does not end one).

The speaker is the subject of the cue verb (or the object of ``according to`` / ``in the
words of``), as its noun phrase; a subject inside the quote is a misparse and is passed
over for the name beside the cue.  For a relative clause (``Putin, who said ...``) the
speaker span runs from the antecedent to the pronoun, which PolNeAR marks as the source.
Short quoted spans (1-3 words) count only when a cue governs them and they are not names,
titles or scare quotes (``so-called “peace plan”``).

Indirect speech (``X said that ...``, ``..., X said``, ``according to X, ...``, ``X vowed
to ...``, ``X denied the charges``) comes from :mod:`newsevents.quotes_indirect`, kind
``indirect``.  A reported clause that holds a quoted fragment is one ``mixed`` quote whose
content is the whole clause (``X said the deal was “a historic step”``), as PolNeAR spans
it; a clause a direct quote fills (``X said: “...”``) stays that direct quote.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from newsevents.parsed import ParsedDoc, Token
from newsevents.quotes_indirect import Reported, find_reported
from newsevents.records import Quote

__all__ = ["find_quotes"]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: lemmas of verbs that introduce speech (both spellings where British and US differ)
CUE_LEMMAS = _wordset(
    """say tell note add state stress declare announce insist warn explain remark write ask
    reply recall emphasise emphasize report claim argue comment respond suggest
    confirm deny admit acknowledge assert urge tweet post underline underscore point
    reiterate quote cite complain predict promise vow pledge threaten mention observe
    conclude continue describe recount caution contend maintain allege affirm proclaim
    retort counter concede agree answer shout yell scream chant sing boast joke quip demand
    exclaim plead wonder muse read put"""
)
# verbs whose passive subject is the speaker: "Putin was quoted as saying"
_PASSIVE_SPEAKER = frozenset({"quote", "cite"})
# ambiguous cue lemmas that speak only when adjacent to a quote, never by governing it
_ADJACENT_ONLY = frozenset(
    {"continue", "conclude", "point", "post", "agree", "read", "put", "sing"}
)
# a quoted name or label after these words is a title or scare quote, not speech
_NAMING = _wordset(
    """so-called dubbed called titled entitled named nicknamed labelled labeled codenamed
    branded termed"""
)
_NAMING_LONG = frozenset({"so-called", "titled", "entitled", "named", "nicknamed", "codenamed"})
# dependency labels of a quote that sits inside a noun phrase (a name or a label)
_NP_INTERNAL = frozenset({"compound", "amod", "appos", "nmod", "poss", "nummod", "det", "case"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# from a cue with no subject of its own, climb to the verb it hangs from through these
_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "dobj", "pobj"})
# parts of a speaker's noun phrase (no relative clauses, appositions or conjuncts)
_NP_PARTS = frozenset(
    {"compound", "amod", "det", "poss", "nummod", "nmod", "case", "quantmod", "flat", "punct"}
)

# closing marks by opening mark (a typed " may close a curly “ and the reverse)
_CLOSERS = {"“": '”"', "«": "»", "„": "“”", '"': '"”', "”": '”"'}
_OPEN_BEFORE = "([{—–-/:“‘«„"  # chars after which a straight quote mark opens
_TERMINATORS = ".!?"
_STOPS = frozenset(
    {".", "!", "?", ";", "“", "”", '"', "«", "»", "‘", "''", "``"}
)  # end an attribution
_WORD = re.compile(r"\w+(?:[-’'.]\w+)*")
_FILLS = 0.8  # a quote holding this share of a reported clause's words is that clause


@dataclass(slots=True)
class _Span:
    """A quoted passage: the marks and the content between them."""

    open: int  # index of the opening mark
    close: int  # index of the closing mark, or the paragraph end when unclosed
    start: int  # content, trimmed
    end: int
    continued: bool = False  # unclosed; the next paragraph reopens the quote


@dataclass(frozen=True, slots=True)
class _Cue:
    text: str
    speaker: tuple[int, int] | None  # character span
    at: int = -1  # character offset of the cue word (-1: not in the text)


# ---------------------------------------------------------------- quote marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _opens_straight(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _scan_double(text: str, lo: int, hi: int) -> tuple[list[_Span], int | None]:
    """Double-quoted spans of one paragraph, and the opening mark left unclosed.

    Two apostrophes (``''``, the NYT's typewriter style) and two backticks (````) are
    one double mark: ```` and ``''`` before a word open, ``''`` after one closes.
    """
    spans: list[_Span] = []
    open_at: int | None = None
    start = 0  # first character of the content
    closers = ""  # "''" closes a quote opened by a pair
    i = lo
    while i < hi:
        c = text[i]
        pair = text[i : i + 2]
        if pair in ("''", "``"):
            if open_at is not None and pair == "''" and closers == "''":
                spans.append(_Span(open_at, i + 1, start, i))
                open_at = None
            elif open_at is None and _opens_pair(text, i, lo, hi):
                open_at, start, closers = i, i + 2, "''"
            i += 2
            continue
        if open_at is not None and closers != "''" and c in closers:
            spans.append(_Span(open_at, i, start, i))
            open_at = None
        elif c in "“«„":
            open_at, start, closers = i, i + 1, _CLOSERS[c]  # a second opener restarts
        elif c in '"”' and open_at is None and _opens_straight(text, i, lo, hi):
            # a straight mark opens only before a word (not 5'10"); ” opening is a typo
            open_at, start, closers = i, i + 1, _CLOSERS[c]
        i += 1
    return spans, open_at


def _opens_pair(text: str, i: int, lo: int, hi: int) -> bool:
    """```` always opens; ``''`` opens after a space or an opening char, before a word."""
    if text[i] == "`":
        return True
    before = text[i - 1] if i > lo else " "
    after = text[i + 2] if i + 2 < hi else " "
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _closes_single(text: str, i: int, hi: int) -> bool:
    after = text[i + 1] if i + 1 < hi else " "
    return not text[i - 1].isspace() and not after.isalnum()


def _scan_single(text: str, lo: int, hi: int, masked: list[_Span]) -> list[_Span]:
    """‘ ’ spans outside double quotes; ’ inside a word is an apostrophe (region’s)."""
    inside = [(s.open, s.close) for s in masked]

    def free(i: int) -> bool:
        return not any(a <= i <= b for a, b in inside)

    spans: list[_Span] = []
    i = lo
    while i < hi:
        if text[i] == "‘" and free(i) and _opens_straight(text, i, lo, hi):
            if re.match(r"‘\d\d", text[i : i + 3]):  # ‘90s
                i += 1
                continue
            closes = [
                j
                for j in range(i + 2, hi)
                if text[j] == "’" and free(j) and _closes_single(text, j, hi)
            ]
            # "leaders’ talks": a plural possessive closes only when nothing better follows
            plain = [j for j in closes if not (text[j - 1] in "sS" and text[j + 1 : j + 2] == " ")]
            if closes:
                j_close = (plain or closes)[0]
                spans.append(_Span(i, j_close, i + 1, j_close))
                i = j_close
        i += 1
    return spans


def _quote_spans(text: str) -> list[_Span]:
    paras = _paragraphs(text)
    spans: list[_Span] = []
    for k, (lo, hi) in enumerate(paras):
        found, unclosed = _scan_double(text, lo, hi)
        if unclosed is not None and k + 1 < len(paras):
            # a quote running on over paragraphs leaves its mark open and reopens the next
            nxt = text[paras[k + 1][0] : paras[k + 1][1]].lstrip()
            if nxt[:1] in ("“", '"', "«") or nxt[:2] in ("''", "``"):
                width = 2 if text[unclosed : unclosed + 2] in ("''", "``") else 1
                found.append(_Span(unclosed, hi, unclosed + width, hi, continued=True))
        found += _scan_single(text, lo, hi, found)
        spans.extend(found)
    out = []
    for s in sorted(spans, key=lambda s: s.open):
        a, b = s.start, s.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
            b -= 1
        if a < b:
            out.append(_Span(s.open, s.close, a, b, s.continued))
    return out


# ---------------------------------------------------------------- speakers and cues


class _Doc:
    """The parse with lookups by character offset."""

    def __init__(self, doc: ParsedDoc, spans: list[_Span]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts = [t.start for t in doc.tokens]
        self.quoted = [(s.start, s.end) for s in spans]
        self.spans = spans

    def within(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside ``[start, end)``."""
        out = []
        for t in self.tokens[bisect.bisect_left(self.starts, start) :]:
            if t.start >= end:
                break
            if t.end <= end:
                out.append(t)
        return out

    def before(self, char: int) -> Token | None:
        k = bisect.bisect_left(self.starts, char) - 1
        while k >= 0 and self.tokens[k].pos == "SPACE":
            k -= 1
        return self.tokens[k] if k >= 0 else None

    def in_quote(self, t: Token) -> bool:
        return any(a <= t.start < b for a, b in self.quoted)

    def kids(self, i: int) -> list[Token]:
        return [self.tokens[k] for k in self.doc.children(i)]

    def noun_phrase(self, head: int) -> tuple[int, int]:
        """Character span of the head's noun phrase, contiguous around the head.

        Coordinated speakers stay together (``Zelensky and Macron said``).
        """
        keep = {head}
        stack = [head]
        for k in self.kids(head):
            if (k.dep == "conj" and k.pos in ("PROPN", "NOUN", "PRON")) or k.dep == "cc":
                keep.add(k.i)
                stack.append(k.i)
        while stack:
            for k in self.kids(stack.pop()):
                if k.dep in _NP_PARTS and (k.dep != "punct" or k.tag == "HYPH"):
                    keep.add(k.i)
                    stack.append(k.i)
                elif k.dep == "prep" and k.lower in ("of", "for") and k.i > head:
                    keep.update(j for j in self.doc.subtree(k.i) if self._np_word(j))
        lo = hi = head
        while lo - 1 in keep:
            lo -= 1
        while hi + 1 in keep:
            hi += 1
        return self.tokens[lo].start, self.tokens[hi].end

    def _np_word(self, j: int) -> bool:
        t = self.tokens[j]
        return t.dep not in ("relcl", "acl", "appos", "punct") or t.tag == "HYPH"

    def speaker(self, verb: int) -> tuple[int, int] | None:
        """Character span of a cue verb's speaker: the noun phrase of its subject.

        The subject of a relative clause (``Putin, who said ...``) is its antecedent; the
        span then runs on to the pronoun, which PolNeAR marks as the source.
        """
        subj = self.subject(verb)
        if subj is None:
            return None
        a, b = self.noun_phrase(subj)
        rel = self.relative_pronoun(verb)
        if (
            rel is not None
            and rel.head != subj
            and self.tokens[rel.head].head == subj
            and rel.start >= b
            and not re.search(r"[^\s,]", self.text[b : rel.start])
        ):
            b = rel.end
        return a, b

    def relative_pronoun(self, verb: int) -> Token | None:
        """``who`` of ``..., who said``: the relative subject of the cue or a verb above it."""
        v = verb
        for _ in range(4):
            tok = self.tokens[v]
            for k in self.kids(v):
                if k.dep == "nsubj" and k.lower in ("who", "which", "that") and tok.dep == "relcl":
                    return k
            if tok.dep not in _CLIMB or tok.head == v:
                return None
            v = tok.head
        return None

    def subject(self, verb: int) -> int | None:
        """The speaker of a cue verb: its subject, or that of the verb it hangs from.

        A subject inside a quote is the parser's mistake (``“..., it will ...,” said X``):
        it is skipped, and a proper noun after an inverted cue (``said X``) taken instead.
        """
        v = verb
        for _ in range(4):
            tok = self.tokens[v]
            deps = _SUBJECTS if tok.lemma.lower() in _PASSIVE_SPEAKER else {"nsubj"}
            kids = self.kids(v)
            subj = [k for k in kids if k.dep in deps and not self.in_quote(k)]
            if not subj and any(k.dep in deps for k in kids):
                near = self._subject_near(v)
                return near
            if subj:
                s = subj[0]
                if s.lower in ("who", "which", "that") and tok.dep == "relcl":
                    return tok.head  # "Putin, who said ..."
                return s.i
            head = self.tokens[tok.head]
            if tok.dep == "acl" and tok.tag == "VBG" and head.pos in ("PROPN", "NOUN"):
                return head.i  # "footage of Clinton asking ..."
            if tok.dep not in _CLIMB or tok.head == v or self.in_quote(head):
                break
            v = tok.head
        return self._name_before_verb(verb)

    def _name_before_verb(self, v: int) -> int | None:
        """A name just before a finite cue the parser left without a subject
        (``In a meeting with the board Trump said ...``)."""
        t = self.tokens[v]
        prev = self.tokens[v - 1] if v > 0 else None
        if t.tag not in ("VBD", "VBZ", "VBP") or prev is None or self.in_quote(prev):
            return None
        if prev.pos == "PROPN" or prev.lower in ("he", "she", "they", "we", "i"):
            return prev.i
        return None

    def _subject_near(self, v: int) -> int | None:
        """The speaker of a cue whose parsed subject lies inside a quote.

        The words between the quote and the cue (``“...,” Flynn, an adviser, said``), or
        else a noun after an inverted cue (``“...,” said Hester``).
        """
        region: list[int] = []
        k = v - 1
        while k >= 0:
            t = self.tokens[k]
            if self.in_quote(t) or _is_mark(t.text) or t.text in _TERMINATORS or "\n" in t.text:
                break
            region.append(k)
            k -= 1
        inside = set(region)
        for j in reversed(region):
            t = self.tokens[j]
            if t.pos in ("PROPN", "NOUN", "PRON") and t.head not in inside:
                return j
        for t in self.kids(v):
            if (
                t.i > v
                and t.pos in ("PROPN", "NOUN")
                and t.dep in ("dobj", "attr", "npadvmod", "appos", "nsubj")
                and t.ent_type not in ("DATE", "TIME")
                and not self.in_quote(t)
            ):
                return t.i
        return None

    def cue_at(self, t: Token, *, adjacent: bool) -> _Cue | None:
        """The speech cue that token ``t`` heads, if any."""
        if self.in_quote(t):
            return None
        phrase = self.source_phrase(t)
        if phrase is not None:
            return phrase
        lemma = t.lemma.lower()
        if lemma not in CUE_LEMMAS or not t.tag.startswith("VB"):
            return None
        if lemma in _ADJACENT_ONLY and not adjacent:
            return None
        end = t.end
        if lemma == "point":  # only "pointed out"
            prt = [k for k in self.kids(t.i) if k.dep == "prt"]
            if not prt:
                return None
            end = prt[0].end
        if lemma == "put":  # only "as X put it"
            obj = [k for k in self.kids(t.i) if k.dep == "dobj" and k.lower == "it"]
            if not obj:
                return None
            end = obj[0].end
        start = t.start
        if t.lower == "saying" and t.dep == "pcomp":  # "quoted as saying"
            prep = self.tokens[t.head]
            verb = self.tokens[prep.head]
            if prep.lower == "as" and verb.lemma.lower() in _PASSIVE_SPEAKER:
                start = verb.start
        return _Cue(self.text[start:end], self.speaker(t.i), t.start)

    def source_phrase(self, t: Token) -> _Cue | None:
        """``according to X``, ``in the words of X``, ``in X's words``."""
        if t.lower == "according":
            to = [k for k in self.kids(t.i) if k.lower == "to"]
            objs = [k for k in self.kids(to[0].i) if k.dep == "pobj"] if to else []
            if objs:
                return _Cue(self.text[t.start : to[0].end], self.noun_phrase(objs[0].i), t.start)
        if t.lower == "in":
            words = [k for k in self.kids(t.i) if k.dep == "pobj" and k.lower == "words"]
            if not words:
                return None
            w = words[0]
            of = [k for k in self.kids(w.i) if k.dep == "prep" and k.lower == "of"]
            objs = [k for k in self.kids(of[0].i) if k.dep == "pobj"] if of else []
            if objs:
                return _Cue(self.text[t.start : of[0].end], self.noun_phrase(objs[0].i), t.start)
            poss = [k for k in self.kids(w.i) if k.dep == "poss"]
            if poss:
                a, b = self.noun_phrase(poss[0].i)
                b = a + len(re.sub(r"\s*['’]s?$", "", self.text[a:b]))
                return _Cue(self.text[t.start : w.end], (a, b), t.start)
        return None


# ---------------------------------------------------------------- attribution


def _content_tokens(d: _Doc, s: _Span) -> list[Token]:
    return [t for t in d.within(s.start, s.end) if t.pos not in ("PUNCT", "SPACE")]


def _after_cue(d: _Doc, s: _Span) -> _Cue | None:
    """``“...,” he said``: a cue verb just after the closing mark, its subject beside it."""
    if s.continued:
        return None
    text = d.text
    rest = text[s.close + 1 :]
    if text[s.end - 1 : s.end] == "." and not re.match(r"[\s,]*[a-z]", rest):
        return None  # the sentence ended inside the quote
    lo = bisect.bisect_left(d.starts, s.close + 1)
    window: list[Token] = []
    for t in d.tokens[lo : lo + 14]:
        if "\n" in t.text or t.text in _STOPS:
            break
        window.append(t)
    for n, t in enumerate(window):
        if t.dep in ("relcl", "acl", "appos"):
            continue  # "the Kremlin, which rarely comments, said"
        cue = d.cue_at(t, adjacent=True)
        if cue is None:
            continue
        # everything between the quote and the cue belongs to the attribution
        subj = d.subject(t.i) if t.lower not in ("according", "in") else None
        own = set(d.doc.subtree(subj)) if subj is not None else set()
        mods = {k.i for k in d.kids(t.i) if k.dep in ("advmod", "aux", "auxpass", "neg")}
        between = window[:n]
        if all(u.pos in ("PUNCT", "SPACE") or u.i in own or u.i in mods for u in between) and (
            cue.speaker is not None or not between
        ):
            return cue
        # a misparse ("“...,” Tulsa police Chief Chuck Jordan said"): a bare name between
        speaker = _name_before(between)
        return _Cue(cue.text, speaker, cue.at) if speaker is not None else None
    return None


_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON"})


def _name_before(words: list[Token]) -> tuple[int, int] | None:
    """The character span of ``words`` when they are a noun phrase, up to a comma."""
    name: list[Token] = []
    for t in words:
        if t.text == ",":
            break
        if not (t.pos in _NAME_POS or t.text[:1].isupper() or t.tag in ("POS", "HYPH")):
            return None
        name.append(t)
    if not name or not any(t.pos in ("PROPN", "NOUN", "PRON") for t in name):
        return None
    return name[0].start, name[-1].end


def _before_cue(d: _Doc, s: _Span) -> _Cue | None:
    """``Putin said: “...”``, ``he said, “...”``: a cue ending just before ``:`` or ``,``."""
    punct = d.before(s.open)
    if punct is None or punct.text not in (":", ","):
        return None
    prev = d.before(punct.start)
    if prev is None or "\n" in d.text[prev.end : punct.start]:
        return None
    if "\n" in d.text[punct.end : s.open] and punct.text != ":":
        return None  # "He said:" may stand on a line of its own
    i = prev.i
    for _ in range(4):
        t = d.tokens[i]
        if t.start >= s.open or d.in_quote(t):
            return None
        cue = d.cue_at(t, adjacent=True)
        if cue is not None:
            return cue
        if t.head == i:
            return None
        i = t.head
    return None


def _governing_cue(d: _Doc, s: _Span, content: list[Token], short: bool) -> _Cue | None:
    """A cue over the quote in the parse tree, or hanging from it (``according to``)."""
    inside = {t.i for t in content}
    attach = [t for t in content if t.head not in inside and t.head != t.i]
    for t in attach:  # a name or label inside a noun phrase, or a short subject
        if t.dep in _NP_INTERNAL and d.tokens[t.head].pos in _NOMINAL:
            return None
        if short and t.dep in _SUBJECTS:
            return None
    for t in content:  # the quote is the main clause: "“...,” said X" hangs from it
        for k in d.kids(t.i):
            if k.i not in inside and k.pos not in ("PUNCT", "SPACE"):
                cue = d.cue_at(k, adjacent=False)
                if cue is not None:
                    return cue
    for t in attach:
        a = t.head
        for _ in range(6):
            tok = d.tokens[a]
            if d.in_quote(tok):
                break
            cue = d.cue_at(tok, adjacent=False)
            if cue is not None:
                return cue
            for k in d.kids(a):
                if k.i not in inside and k.dep in ("prep", "advcl"):
                    cue = d.source_phrase(k)
                    if cue is not None:
                        return cue
            if tok.head == a:
                break
            a = tok.head
    return None


def _sentence_phrase(d: _Doc, s: _Span) -> _Cue | None:
    """``according to X`` anywhere in the quote's sentences (the parse may misattach it)."""
    sents = {t.sent for t in d.within(s.open, s.close + 1)}
    for t in d.tokens:
        if t.sent in sents and t.lower in ("according", "in") and not d.in_quote(t):
            cue = d.source_phrase(t)
            if cue is not None:
                return cue
    return None


def _is_mixed(d: _Doc, s: _Span) -> bool:
    """Embedded in the writer's sentence (``was “...”``) rather than standing alone."""
    prev = d.before(s.open)
    if prev is None or "\n" in d.text[prev.end : s.open]:
        return False
    if not prev.text[-1:].isalnum():
        return False
    first = d.text[s.start]
    return not (first.isupper() and prev.lemma.lower() in CUE_LEMMAS)


def _looks_like_title(content: str) -> bool:
    words = [w for w in _WORD.findall(content) if w[0].isalpha()]
    caps = [w for w in words if w[0].isupper()]
    return bool(words) and len(caps) >= 0.7 * len(words) and content[-1] not in _TERMINATORS


def _continues(d: _Doc, prev: _Span, cue: _Cue, s: _Span) -> bool:
    """Nothing but the previous quote's attribution lies between it and ``s``.

    ``“A,” Mr. Obama said. “B.”``: the gap holds the cue that attributed the previous
    quote and no sentence end before its last token (abbreviations such as ``Mr.`` are
    one token in the parse, so they do not end it).
    """
    lo, hi = prev.close + 1, s.open
    gap = [t for t in d.within(lo, hi) if t.pos != "SPACE" and not _is_mark(t.text)]
    if not gap:
        return True
    if not lo <= cue.at < hi or cue.text in _DASHES:
        return False  # the gap is narrative, or a byline (each quote has its own)
    ends = [k for k, t in enumerate(gap) if t.text in _TERMINATORS or t.text == ";"]
    if any(k < len(gap) - 1 for k in ends):
        return False
    return "\n" not in d.text[lo : gap[-1].end]


def _is_mark(text: str) -> bool:
    return all(c in "“”\"«»‘’'`" for c in text)


def _dash_byline(d: _Doc, s: _Span) -> _Cue | None:
    """``“...” ― Sonya Herridge``: a name after a dash that follows the closing mark."""
    m = re.match(r"[ \t\xa0.,]*([―—–])[ \t\xa0]*", d.text[s.close + 1 : s.close + 8])
    if m is None:
        return None
    dash = s.close + 1 + m.start(1)
    lo = bisect.bisect_left(d.starts, s.close + 1 + m.end())
    name: list[Token] = []
    for t in d.tokens[lo : lo + 8]:
        if t.pos == "SPACE" or "\n" in d.text[name[-1].end if name else t.start : t.start]:
            break
        if not (t.text[:1].isupper() or t.tag == "NNP" or (name and t.text in _PARTICLES)):
            break
        name.append(t)
    while name and name[-1].text in _PARTICLES:
        name.pop()
    if not name or any(d.in_quote(t) for t in name):
        return None
    raw = d.text[name[-1].end : name[-1].end + 4]
    after = raw.lstrip(" \t\xa0")
    if after and after[0] not in ".,;(\n" and not _is_mark(after[0]):
        return None  # "― Trump said ...": a sentence, not a byline
    return _Cue(d.text[dash], (name[0].start, name[-1].end), dash)


_DASHES = "―—–"
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "van", "von", "der", "la", "le", "bin", "al"}
)
_LABEL = re.compile(r"([A-Z][A-Z.'’ -]*[A-Z]):[ \t]")


def _speaker_label(d: _Doc, s: _Span) -> _Cue | None:
    """A transcript: ``"PENCE: Well, look ...``, the speaker's name in capitals first."""
    m = _LABEL.match(d.text, s.start, s.end)
    if m is None or len(m.group(1)) > 40:
        return None
    return _Cue(":", (m.start(1), m.end(1)), m.end(1))


def find_quotes(doc: ParsedDoc) -> list[Quote]:
    """Direct and mixed quotes of ``doc`` with their speakers, in text order."""
    spans = _quote_spans(doc.text)
    d = _Doc(doc, spans)
    found: list[tuple[_Span, str, _Cue | None]] = []
    for s in spans:
        content = doc.text[s.start : s.end]
        mixed = _is_mixed(d, s)
        short = len(_WORD.findall(content)) <= 3
        prev_word = d.before(s.open)
        naming = _NAMING if short else _NAMING_LONG
        if prev_word is not None and prev_word.lower in naming:
            continue
        if short and mixed and _looks_like_title(content):
            continue
        tokens = _content_tokens(d, s)
        cue = _speaker_label(d, s) if not mixed else None
        cue = cue or (
            None if mixed else (_after_cue(d, s) or _dash_byline(d, s) or _before_cue(d, s))
        )
        cue = cue or _governing_cue(d, s, tokens, short)
        if cue is None and not short:
            cue = _sentence_phrase(d, s)
        if cue is not None and cue.speaker is not None:
            a, b = cue.speaker
            if a < s.end and b > s.start and cue.text != ":":
                # "“Pravda” reported": the title is the subject
                cue = None
        if cue is None:
            if short or mixed:
                continue
            last = found[-1] if found else None
            if last and last[2] and last[2].speaker and _continues(d, last[0], last[2], s):
                cue = last[2]
            elif _looks_like_title(content) or not any(t.pos in ("VERB", "AUX") for t in tokens):
                continue
        found.append((s, "mixed" if mixed else "direct", cue))
    # a quote left open at a paragraph end takes the speaker of its continuation
    for k in range(len(found) - 2, -1, -1):
        s, kind, cue = found[k]
        if s.continued and (cue is None or cue.speaker is None) and found[k + 1][2] is not None:
            found[k] = (s, kind, found[k + 1][2])
    quotes = [_to_quote(doc.text, s, kind, cue) for s, kind, cue in found]
    return _merge_reported(doc.text, quotes, find_reported(d))


def _merge_reported(text: str, quotes: list[Quote], reported: list[Reported]) -> list[Quote]:
    """Add the reported clauses: ``mixed`` where a quote lies inside, else ``indirect``.

    A clause that a single quote fills (``He said: “...”``) is that direct quote; a quoted
    fragment inside a clause (``X said the deal was “a historic step”``) gives way to the
    whole clause, as PolNeAR spans it.
    """
    out = list(quotes)
    dropped: set[int] = set()
    for r in reported:
        words = _WORD.findall(text[r.start : r.end])
        overlapping = [k for k, q in enumerate(quotes) if q.start < r.end and r.start < q.end]
        filled = [
            k
            for k in overlapping
            if len(_WORD.findall(text[max(quotes[k].start, r.start) : min(quotes[k].end, r.end)]))
            >= _FILLS * len(words)
        ]
        if filled:  # the quote is the clause; it takes the clause's speaker if it has none
            k = filled[0]
            if out[k].speaker_start is None:
                a, b = r.speaker
                out[k] = dataclasses.replace(
                    out[k], cue=r.cue, speaker_text=text[a:b], speaker_start=a, speaker_end=b
                )
            continue
        # a quoted fragment inside the clause is part of it, unless another speaker's
        dropped.update(
            k
            for k in overlapping
            if r.start <= quotes[k].start
            and quotes[k].end <= r.end
            and _same_speaker(quotes[k], r.speaker)
        )
        cue = _Cue(r.cue, r.speaker, r.cue_at)
        span = _Span(r.start, r.end, r.start, r.end)
        out.append(_to_quote(text, span, "mixed" if overlapping else "indirect", cue))
    kept = [q for k, q in enumerate(out) if k not in dropped]
    return sorted(kept, key=lambda q: (q.start, -q.end))


def _same_speaker(q: Quote, speaker: tuple[int, int]) -> bool:
    if q.speaker_start is None or q.speaker_end is None:
        return True
    return q.speaker_start < speaker[1] and speaker[0] < q.speaker_end


def _to_quote(text: str, s: _Span, kind: str, cue: _Cue | None) -> Quote:
    sp = cue.speaker if cue is not None else None
    return Quote(
        text=text[s.start : s.end],
        start=s.start,
        end=s.end,
        kind=kind,
        cue=cue.text if cue is not None else None,
        speaker_id=None,
        speaker_text=text[sp[0] : sp[1]] if sp else None,
        speaker_start=sp[0] if sp else None,
        speaker_end=sp[1] if sp else None,
    )
