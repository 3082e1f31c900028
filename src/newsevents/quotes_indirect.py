"""Indirect (reported) speech: what a speech or cognition cue reports, and who.

Package-private helper of :mod:`newsevents.quotes`, which merges these clauses with the
quoted passages it finds (a clause holding a quoted fragment becomes a ``mixed`` quote).
A reported clause is found through its cue, in the parse:

1. the clausal complement (``ccomp``) of a reporting verb, before or after it:
   ``X said (that) ...``, ``X told reporters ...``, ``X asked whether ...``,
   ``..., X said`` (content first);
2. a to-infinitive (``xcomp``) of a verb of intent or demand: ``X vowed to ...``,
   ``X urged Y to ...`` (the object ``Y`` is part of the content);
3. the object of a verb of communication: ``X denied the allegations``,
   ``X called for an inquiry``, ``X proposed cutting taxes``;
4. the clause a reporting verb interrupts (``parataxis``): ``The talks, X said, failed``;
5. the rest of the sentence of ``according to X`` and ``in the words of X``;
6. the ``that`` clause or infinitive of a noun of speech: ``X's claim that ...``,
   ``a pledge by X to ...``, ``X made the promise that ...``;
7. a line opening with a name and a colon: ``Kovac: Opposition Will Boycott Parliament``.

The word lists below are the cues.  Content spans follow PolNeAR's convention (checked on
its annotations): the complementiser (``that``, ``whether``) and the ``to`` of an
infinitive belong to the content; the cue and the speaker do not; an interrupting
attribution (rule 4) stays inside the span, which is one stretch of text.  The speaker
is the cue's subject as its noun phrase (or the object of ``according to``); documents
and polls speak too (``the report says``).  Cues with no subject, an expletive one
(``it seems that``) or one that cannot speak (``this means that``), and cues inside a
direct quote (the speaker's own words, attributed to the speaker already), are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsevents.parsed import Token

if TYPE_CHECKING:
    from newsevents.quotes import _Doc

__all__ = [
    "INTENT_VERBS",
    "MESSAGE_NOUNS",
    "MESSAGE_PREPS",
    "MESSAGE_VERBS",
    "REPORTING_VERBS",
    "Reported",
    "find_reported",
]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: lemmas of verbs whose clausal complement is reported speech or a reported thought
REPORTING_VERBS = _wordset(
    """say tell note add state stress declare announce insist warn explain remark write ask
    point question reply recall emphasise emphasize report claim argue comment respond
    suggest confirm deny admit acknowledge assert tweet post underline underscore reiterate
    predict promise vow pledge threaten mention observe conclude caution contend maintain
    allege affirm proclaim retort counter concede agree answer complain boast joke testify
    charge concur believe think know feel hope fear worry expect doubt guess suppose assume
    reckon estimate figure wonder wish imagine understand realise realize recognise
    recognize learn find discover show reveal indicate signal demonstrate disclose decide
    determine rule demand urge recommend propose order vote"""
)
#: lemmas of verbs whose to-infinitive is the content (``vowed to``, ``urged X to``)
INTENT_VERBS = _wordset(
    """promise vow pledge threaten refuse decline plan intend want hope aim seek offer agree
    decide urge ask call encourage demand propose push press vote advise warn tell order
    invite challenge implore beg"""
)
#: lemmas of verbs of communication whose object noun phrase is what was said
MESSAGE_VERBS = _wordset(
    """announce deny confirm propose reject criticize criticise praise endorse cite mention
    discuss describe question dispute defend attack condemn denounce blast slam accuse blame
    demand reveal disclose acknowledge admit predict promise pledge offer recommend oppose
    echo reiterate repeat tout highlight stress emphasize emphasise note quote reference
    invoke dismiss decry lament applaud welcome urge suggest claim allege explain express
    voice unveil outline detail report call"""
)
#: verb and preposition pairs whose object is what was said (``called for``)
MESSAGE_PREPS = frozenset(
    (verb, prep)
    for verb, _, prep in (
        pair.partition("_")
        for pair in _wordset(
            """call_for ask_for push_for press_for argue_for argue_against complain_about
            talk_about speak_about speak_of speak_on comment_on warn_of warn_about
            warn_against rail_against testify_about write_about joke_about boast_about
            brag_about lie_about insist_on agree_on disagree_on"""
        )
    )
)
#: nouns of speech and thought whose ``that`` clause or infinitive is what was said
MESSAGE_NOUNS = _wordset(
    """claim assertion statement warning promise pledge vow threat argument view belief
    accusation allegation suggestion insistence comment remark announcement admission denial
    prediction fear concern hope charge contention message call demand plan proposal decision
    refusal report finding conclusion testimony assurance boast complaint criticism
    recommendation request insinuation implication opinion position idea theory"""
)
# verbs whose subject utters their object noun: "X made the claim that ..."
_UTTER_VERBS = _wordset(
    "make issue repeat reiterate express voice offer deliver give send post publish release"
)
# subjects that do not speak: "it seems", "this means", "which shows"
_NON_SPEAKERS = _wordset("it this that which what there")
# reporting verbs whose document-like subjects speak ("the report says", "it shows")
_DOCUMENT_VERBS = _wordset("say note report show reveal indicate find suggest state write")
# verbs whose object a document or poll reports, and the documents and polls
_FINDING_VERBS = _wordset("show find reveal indicate suggest estimate project put")
_DOCUMENTS = _wordset(
    """poll survey study report analysis data figure number record document research review
    audit investigation inquiry video footage statement memo letter filing census model
    forecast projection estimate count tally"""
)
# what follows the object of a message verb and belongs to the message
_OBJECT_RESTS = frozenset({"oprd", "prep", "npadvmod", "advmod", "dative", "xcomp", "acomp"})
_CUE_VERBS = (
    REPORTING_VERBS | INTENT_VERBS | MESSAGE_VERBS | _FINDING_VERBS | {v for v, _ in MESSAGE_PREPS}
)
_SUBTREE_STOPS = frozenset({"PUNCT", "SPACE", "CCONJ"})


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported clause: its content span, its cue and its speaker's span."""

    start: int
    end: int
    cue: str
    cue_at: int  # character offset of the cue word
    speaker: tuple[int, int]


def find_reported(d: _Doc) -> list[Reported]:
    """Reported clauses of the document, in text order, the longest first at a start."""
    found: dict[tuple[int, int], Reported] = {}
    for t in d.tokens:
        if d.in_quote(t):
            continue
        for r in _from_token(d, t):
            found.setdefault((r.start, r.end), r)
    for r in _labelled_lines(d) + _colon_blocks(d):
        found.setdefault((r.start, r.end), r)
    return sorted(found.values(), key=lambda r: (r.start, -r.end))


# labels before a colon that name no speaker
_NOT_LABELS = _wordset(
    """photo photos video update updated note editor editor's editor’s source sources read
    watch correction caption transcript related see listen more advertisement credit
    image images warning breaking live"""
)


def _labelled_lines(d: _Doc) -> list[Reported]:
    """Headlines and transcripts: ``Pence: Flowers Won't Be at Debate``, a name and a colon
    at the start of a line, the rest of the line what the name said."""
    out = []
    for k, t in enumerate(d.tokens):
        if t.text != ":" or k == 0:
            continue
        label: list[Token] = []
        j = k - 1
        while j >= 0 and d.tokens[j].pos != "SPACE" and len(label) <= 4:
            label.insert(0, d.tokens[j])
            j -= 1
        line_start = (
            j < 0 or "\n" in d.tokens[j].text or "\n" in d.text[d.tokens[j].end : label[0].start]
        )
        if not line_start or not label or len(label) > 4 or d.in_quote(label[0]):
            continue
        if not all(u.text[:1].isupper() or u.tag in ("POS", "HYPH") for u in label):
            continue
        if any(u.lower in _NOT_LABELS for u in label):
            continue
        end = d.text.find("\n", t.end)
        end = len(d.text) if end < 0 else end
        rest = d.text[t.end : end]
        if len(rest.split()) < 3:
            continue
        a = t.end + len(rest) - len(rest.lstrip())
        b = t.end + len(rest.rstrip())
        out.append(Reported(a, b, ":", t.start, (label[0].start, label[-1].end)))
    return out


def _colon_blocks(d: _Doc) -> list[Reported]:
    """``The governor added:`` and the rest of the line, or the next paragraph, unquoted
    (a block quote set off by its layout rather than by marks)."""
    out = []
    for k, t in enumerate(d.tokens[1:], 1):
        verb = d.tokens[k - 1]
        if t.text != ":" or verb.lemma.lower() not in REPORTING_VERBS or d.in_quote(verb):
            continue
        if not verb.tag.startswith("VB"):
            continue
        speaker = _speaker(d, verb)
        if speaker is None:
            continue
        line_end = d.text.find("\n", t.end)
        line_end = len(d.text) if line_end < 0 else line_end
        a = t.end
        if not d.text[t.end : line_end].strip():  # the next paragraph
            m = re.compile(r"\s*([^\n]+)").match(d.text, line_end)
            if m is None:
                continue
            a, line_end = m.start(1), m.end(1)
        rest = d.text[a:line_end]
        a += len(rest) - len(rest.lstrip())
        b = a + len(rest.strip())
        if b - a < 10 or _is_quote_mark_char(d.text[a]):
            continue  # a direct quote: the quote finder has it
        out.append(Reported(a, b, _cue_text(d, verb), verb.start, speaker))
    return out


def _is_quote_mark_char(c: str) -> bool:
    return c in "“”\"«»‘’'`„"


def _from_token(d: _Doc, t: Token) -> list[Reported]:
    """The reported clauses whose cue is ``t``."""
    if t.lower in ("according", "in"):
        phrase = d.source_phrase(t)
        if phrase is None or phrase.speaker is None:
            return []
        span = _sentence_without(d, t)
        return [Reported(*span, phrase.text, t.start, phrase.speaker)] if span else []
    lemma = t.lemma.lower()
    if t.tag == "NNS" and lemma in REPORTING_VERBS and t.dep == "ROOT":
        return _misparsed_verb(d, t)  # headline style "Trump claims that ..."
    if t.pos == "NOUN" and lemma in MESSAGE_NOUNS:
        return _from_noun(d, t)
    if not t.tag.startswith("VB") or lemma not in _CUE_VERBS:
        return []
    speaker = _speaker(d, t)
    if speaker is None:
        return []
    out = []
    for c in d.kids(t.i):
        found = _complement(d, t, c)
        if found is not None and not _inside_quote(d, found[0]):
            out.append(Reported(*found[0], found[1], t.start, speaker))
    if t.dep == "parataxis" and lemma in REPORTING_VERBS and t.head != t.i:
        span = _clause(d, d.tokens[t.head], skip=t)
        if span is not None:
            out.append(Reported(*span, _cue_text(d, t), t.start, speaker))
    return out


def _complement(d: _Doc, t: Token, c: Token) -> tuple[tuple[int, int], str] | None:
    """The content span that the dependent ``c`` of the cue verb ``t`` holds, and the cue."""
    lemma = t.lemma.lower()
    kids = d.kids(t.i)
    span: tuple[int, int] | None = None
    cue = _cue_text(d, t)
    if lemma in REPORTING_VERBS and (c.dep == "ccomp" or _that_clause(d, c)):
        span = _clause(d, c)
    elif c.dep in ("xcomp", "ccomp") and lemma in INTENT_VERBS and _infinitive(d, c):
        obj = [k for k in kids if k.dep == "dobj" and t.i < k.i < c.i]
        span = _clause(d, c, first=obj[0] if obj else None)
    elif c.dep in ("xcomp", "dobj") and c.tag == "VBG" and lemma in MESSAGE_VERBS:
        span = _clause(d, c)  # "proposed dropping ...", "admitted using ..."
    elif c.dep in ("dobj", "oprd") and _message(c) and _is_object(d, t, c):
        # "called the plan “a disaster”", "attacked X for ...": the rest of the clause
        more = [k for k in kids if k.i > c.i and k.dep in _OBJECT_RESTS]
        span = _clause(d, c, last=more[-1] if more else None)
    elif c.dep == "prep" and (lemma, c.lower) in MESSAGE_PREPS:
        obj = [k for k in d.kids(c.i) if k.dep in ("pobj", "pcomp")]
        span = _clause(d, obj[0]) if obj and _message(obj[0]) else None
        cue = d.text[t.start : c.end]
    return (span, cue) if span is not None else None


def _misparsed_verb(d: _Doc, t: Token) -> list[Reported]:
    """``Trump claims that ...`` parsed as a compound noun: the name is the speaker."""
    names = [k for k in d.kids(t.i) if k.dep in ("compound", "nsubj") and k.i < t.i]
    content = [k for k in d.kids(t.i) if k.dep == "ccomp" and k.i > t.i]
    if not names or not content or names[0].pos not in ("PROPN", "PRON"):
        return []
    span = _clause(d, content[0])
    if span is None:
        return []
    return [Reported(*span, t.text, t.start, (names[0].start, names[-1].end))]


def _from_noun(d: _Doc, t: Token) -> list[Reported]:
    """``Trump's claim that ...``, ``a pledge by X to ...``, ``X made the claim that ...``."""
    content = [
        c
        for c in d.kids(t.i)
        if c.dep in ("acl", "ccomp")
        and (any(k.dep == "mark" and k.lower == "that" for k in d.kids(c.i)) or _infinitive(d, c))
    ]
    if not content:
        return []
    speaker: tuple[int, int] | None = None
    for k in d.kids(t.i):
        if k.dep == "poss" and k.lower not in _NON_SPEAKERS and k.lower != "its":
            a, b = d.noun_phrase(k.i)
            speaker = a, a + len(re.sub(r"\s*['’]s?$", "", d.text[a:b]))  # without the 's
        elif k.dep == "prep" and k.lower in ("by", "from"):
            obj = [o for o in d.kids(k.i) if o.dep == "pobj" and o.pos in ("PROPN", "NOUN", "PRON")]
            if obj:
                speaker = d.noun_phrase(obj[0].i)
    head = d.tokens[t.head]
    if speaker is None and t.dep == "dobj" and head.lemma.lower() in _UTTER_VERBS:
        speaker = _speaker(d, head)
    if speaker is None:
        return []
    span = _clause(d, content[0])
    if span is None or _inside_quote(d, span):
        return []
    return [Reported(*span, t.text, t.start, speaker)]


def _is_object(d: _Doc, t: Token, c: Token) -> bool:
    """``c`` is the first object of a message verb, or of a verb of finding whose subject
    is a document or a poll (``the survey found 31 cases``)."""
    first = next(k for k in d.kids(t.i) if k.dep in ("dobj", "oprd"))
    if first.i != c.i:
        return False
    lemma = t.lemma.lower()
    if lemma in MESSAGE_VERBS:
        return True
    if lemma not in _FINDING_VERBS:
        return False
    subj = d.subject(t.i)
    return subj is not None and d.tokens[subj].lemma.lower() in _DOCUMENTS


def _that_clause(d: _Doc, c: Token) -> bool:
    """A clause introduced by ``that`` the parser hung as an adverbial (``tweeted that``)."""
    return c.dep == "advcl" and any(k.dep == "mark" and k.lower == "that" for k in d.kids(c.i))


def _message(t: Token) -> bool:
    """A noun phrase that can be what was said (not a pronoun: ``said it``)."""
    return t.pos in ("NOUN", "PROPN", "VERB", "NUM") or (t.pos == "PRON" and t.lower == "what")


def _speaker(d: _Doc, verb: Token) -> tuple[int, int] | None:
    subj = d.subject(verb.i)
    if subj is None:
        return None
    s = d.tokens[subj]
    if s.dep == "expl" or s.pos not in ("PROPN", "NOUN", "PRON"):
        return None
    if s.lower in _NON_SPEAKERS and verb.lemma.lower() not in _DOCUMENT_VERBS:
        return None
    if s.lower in ("what", "which", "there", "him", "them", "me", "us"):
        return None
    return d.speaker(verb.i)


def _infinitive(d: _Doc, c: Token) -> bool:
    return c.tag == "VB" and any(k.dep == "aux" and k.lower == "to" for k in d.kids(c.i))


def _clause(
    d: _Doc,
    head: Token,
    *,
    first: Token | None = None,
    last: Token | None = None,
    skip: Token | None = None,
) -> tuple[int, int] | None:
    """Character span of ``head``'s subtree (with ``first``'s and ``last``'s, without
    ``skip``'s), trimmed of punctuation."""
    idx = d.doc.subtree(head.i)
    if skip is not None:
        drop = set(d.doc.subtree(skip.i))
        idx = [j for j in idx if j not in drop]
    for extra in (first, last):
        if extra is not None:
            idx = sorted(set(idx) | set(d.doc.subtree(extra.i)))
    return _trimmed(d, [d.tokens[j] for j in idx])


def _trimmed(d: _Doc, toks: list[Token]) -> tuple[int, int] | None:
    """The span of ``toks`` without punctuation at either end, but with the marks of a
    quote it begins or ends with (``was “a historic step.”``)."""
    while toks and (toks[0].pos in _SUBTREE_STOPS or _is_quote_mark(toks[0])):
        toks.pop(0)
    while toks and (toks[-1].pos in _SUBTREE_STOPS or _is_quote_mark(toks[-1])):
        toks.pop()
    if not toks:
        return None
    start, end = toks[0].start, toks[-1].end
    for s in d.spans:
        if s.continued:
            continue
        if s.start <= start < s.end and not re.search(r"\w", d.text[s.start : start]):
            start = s.open
        if s.start < end <= s.end and not re.search(r"\w", d.text[end : s.end]):
            end = s.close + 1
    return start, end


def _is_quote_mark(t: Token) -> bool:
    return all(c in "“”\"«»‘’'`" for c in t.text)


def _inside_quote(d: _Doc, span: tuple[int, int]) -> bool:
    """The clause is wholly inside one quote: the direct quote already holds it."""
    return any(s.open <= span[0] and span[1] <= s.close + 1 for s in d.spans)


def _sentence_without(d: _Doc, t: Token) -> tuple[int, int] | None:
    """The clause ``t`` (``according to X``) hangs from, without the phrase: the verb's
    subtree, or the whole sentence where the parser hung the phrase from a noun."""
    drop = set(d.doc.subtree(t.i))
    head = d.tokens[t.head]
    if head.i != t.i and head.pos in ("VERB", "AUX"):
        idx = [j for j in d.doc.subtree(head.i) if j not in drop]
        toks = [d.tokens[j] for j in idx]
    else:
        sent = d.doc.sentences[t.sent]
        toks = [u for u in d.doc.sentence_tokens(sent) if u.i not in drop]
    toks = [u for u in toks if u.pos != "SPACE"]
    if sum(u.pos not in _SUBTREE_STOPS for u in toks) < 3:
        return None
    return _trimmed(d, toks)


def _cue_text(d: _Doc, t: Token) -> str:
    """The cue verb with its particle (``pointed out``)."""
    prt = [k for k in d.kids(t.i) if k.dep == "prt" and k.i == t.i + 1]
    return d.text[t.start : prt[0].end] if prt else t.text
