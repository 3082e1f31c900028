"""Direct and mixed quotes with their speakers.

Quoted passages are found by their marks (“ ” « » „ ‘ ’ and straight "), then each is
attributed through a speech cue, tried in this order:

1. a cue verb right after the closing mark: ``“...,” Putin told Bibilov``;
2. a cue verb right before an opening ``:`` or ``,``: ``Putin said: “...”``;
3. a cue governing the quote in the dependency parse: ``Putin said X was “...”``,
   ``..., adding that “...”``, ``which, in the words of the leader, was “...”``;
4. a source phrase elsewhere in the sentence (``according to X``, ``in the words of X``);
5. the speaker of the quote it directly continues (next sentence or paragraph, nothing
   but the attribution in between).

The speaker is the subject of the cue verb (or the object of ``according to`` / ``in the
words of``), as its noun phrase.  Short quoted spans (1-3 words) count only when a cue
governs them and they are not names, titles or scare quotes (``so-called “peace plan”``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsevents.parsed import ParsedDoc, Token
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
    retort counter concede agree answer shout"""
)
# verbs whose passive subject is the speaker: "Putin was quoted as saying"
_PASSIVE_SPEAKER = frozenset({"quote", "cite"})
# ambiguous cue lemmas that speak only when adjacent to a quote, never by governing it
_ADJACENT_ONLY = frozenset({"continue", "conclude", "point", "post", "agree"})
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

_CLOSERS = {"“": "”", "«": "»", "„": "“”", '"': '"', "”": "”"}
_OPEN_BEFORE = "([{—–-/:“‘«„"  # chars after which a straight quote mark opens
_TERMINATORS = ".!?"
_STOPS = frozenset({".", "!", "?", ";", "“", "”", '"', "«", "»", "‘"})  # end an attribution
_WORD = re.compile(r"\w+(?:[-’'.]\w+)*")


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


# ---------------------------------------------------------------- quote marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _opens_straight(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _scan_double(text: str, lo: int, hi: int) -> tuple[list[_Span], int | None]:
    """Double-quoted spans of one paragraph, and the opening mark left unclosed."""
    spans: list[_Span] = []
    open_at: int | None = None
    closers = ""
    for i in range(lo, hi):
        c = text[i]
        if open_at is not None and c in closers:
            spans.append(_Span(open_at, i, open_at + 1, i))
            open_at = None
        elif c in "“«„":
            open_at, closers = i, _CLOSERS[c]  # a second opener restarts an unclosed one
        elif c in '"”' and open_at is None and _opens_straight(text, i, lo, hi):
            # a straight mark opens only before a word (not 5'10"); ” opening is a typo
            open_at, closers = i, _CLOSERS[c]
    return spans, open_at


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
            if nxt[:1] in ("“", '"', "«"):
                found.append(_Span(unclosed, hi, unclosed + 1, hi, continued=True))
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

    def subject(self, verb: int) -> int | None:
        """The speaker of a cue verb: its subject, or that of the verb it hangs from."""
        v = verb
        for _ in range(4):
            tok = self.tokens[v]
            deps = _SUBJECTS if tok.lemma.lower() in _PASSIVE_SPEAKER else {"nsubj"}
            subj = [k for k in self.kids(v) if k.dep in deps]
            if subj:
                s = subj[0]
                if s.lower in ("who", "which", "that") and tok.dep == "relcl":
                    return tok.head  # "Putin, who said ..."
                return s.i
            if tok.dep not in _CLIMB or tok.head == v:
                return None
            v = tok.head
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
        start = t.start
        if t.lower == "saying" and t.dep == "pcomp":  # "quoted as saying"
            prep = self.tokens[t.head]
            verb = self.tokens[prep.head]
            if prep.lower == "as" and verb.lemma.lower() in _PASSIVE_SPEAKER:
                start = verb.start
        subj = self.subject(t.i)
        return _Cue(self.text[start:end], self.noun_phrase(subj) if subj is not None else None)

    def source_phrase(self, t: Token) -> _Cue | None:
        """``according to X``, ``in the words of X``, ``in X's words``."""
        if t.lower == "according":
            to = [k for k in self.kids(t.i) if k.lower == "to"]
            objs = [k for k in self.kids(to[0].i) if k.dep == "pobj"] if to else []
            if objs:
                return _Cue(self.text[t.start : to[0].end], self.noun_phrase(objs[0].i))
        if t.lower == "in":
            words = [k for k in self.kids(t.i) if k.dep == "pobj" and k.lower == "words"]
            if not words:
                return None
            w = words[0]
            of = [k for k in self.kids(w.i) if k.dep == "prep" and k.lower == "of"]
            objs = [k for k in self.kids(of[0].i) if k.dep == "pobj"] if of else []
            if objs:
                return _Cue(self.text[t.start : of[0].end], self.noun_phrase(objs[0].i))
            poss = [k for k in self.kids(w.i) if k.dep == "poss"]
            if poss:
                a, b = self.noun_phrase(poss[0].i)
                b = a + len(re.sub(r"\s*['’]s?$", "", self.text[a:b]))
                return _Cue(self.text[t.start : w.end], (a, b))
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
        if all(u.pos in ("PUNCT", "SPACE") or u.i in own or u.i in mods for u in window[:n]):
            return cue
        return None
    return None


def _before_cue(d: _Doc, s: _Span) -> _Cue | None:
    """``Putin said: “...”``, ``he said, “...”``: a cue ending just before ``:`` or ``,``."""
    punct = d.before(s.open)
    if punct is None or punct.text not in (":", ","):
        return None
    prev = d.before(punct.start)
    if prev is None or "\n" in d.text[prev.end : s.open]:
        return None
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


def _continues(d: _Doc, prev: _Span, s: _Span) -> bool:
    """Nothing but the previous quote's attribution lies between it and ``s``."""
    gap = re.sub(r"[“”\"«»‘’]", "", d.text[prev.close + 1 : s.open])
    if not gap.strip():
        return True
    if d.text[prev.end - 1] in _TERMINATORS:
        return False  # its sentence ended inside the marks: the gap is narrative
    # the attribution sentence of the previous quote, on its line, then nothing
    m = re.search(r"[.!?]", gap)
    attribution = gap[: m.start()] if m is not None else gap
    return "\n" not in attribution and (m is None or not gap[m.end() :].strip())


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
        cue = None if mixed else (_after_cue(d, s) or _before_cue(d, s))
        cue = cue or _governing_cue(d, s, tokens, short)
        if cue is None and not short:
            cue = _sentence_phrase(d, s)
        if cue is not None and cue.speaker is not None:
            a, b = cue.speaker
            if a < s.end and b > s.start:  # "“Pravda” reported": the title is the subject
                cue = None
        if cue is None:
            if short or mixed:
                continue
            last = found[-1] if found else None
            if last and last[2] and last[2].speaker and _continues(d, last[0], s):
                cue = last[2]
            elif _looks_like_title(content) or not any(t.pos in ("VERB", "AUX") for t in tokens):
                continue
        found.append((s, "mixed" if mixed else "direct", cue))
    # a quote left open at a paragraph end takes the speaker of its continuation
    for k in range(len(found) - 2, -1, -1):
        s, kind, cue = found[k]
        if s.continued and (cue is None or cue.speaker is None) and found[k + 1][2] is not None:
            found[k] = (s, kind, found[k + 1][2])
    return [_to_quote(doc.text, s, kind, cue) for s, kind, cue in found]


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
