"""English trigger lexicon for rule-based event coding (``data/coding/triggers.tsv``).

A trigger maps a verb or noun lemma, optionally with required companion words, to a
modality-neutral CAMEO code: "sign" + "agreement" -> 057 whether the text says signed,
will sign or did not sign; the coder turns tense and modality into intent/threat codes.

``requires`` holds slots. Each slot is a ``|``-separated set of alternative lemmas and
is satisfied when one of them is among the words syntactically attached to the trigger
(particle, preposition, object and its modifiers, prepositional objects, a governing
verb for complements). Every slot must be satisfied: ("off", "strike|protest") matches
"called off the strike". The slot ``dobj`` asks for a direct object (or a passive
subject) of any kind: ("dobj", "to") matches "returned the statue to Greece", not
"returned to Greece". Speech verbs (``kind=speech``) mark statements (CAMEO 010):
"X said ..." alone is not a substantive event.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

from newsevents.coding.ontology import read_tsv
from newsevents.errors import ConfigError

__all__ = ["OBJECT_SLOT", "Lexicon", "Trigger"]

KINDS = ("verb", "noun", "speech")
#: irregular past forms the tagger may leave unlemmatised ("overran" as its own lemma)
IRREGULAR_PAST = {
    "overran": "overrun",
    "overthrew": "overthrow",
    "overthrown": "overthrow",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "undertook": "undertake",
    "undertaken": "undertake",
    "forbade": "forbid",
    "forbidden": "forbid",
    "shot": "shoot",
    "struck": "strike",
    "stricken": "strike",
    "fought": "fight",
    "sought": "seek",
    "froze": "freeze",
    "frozen": "freeze",
    "swore": "swear",
    "sworn": "swear",
    "stole": "steal",
    "stolen": "steal",
    "slew": "slay",
    "slain": "slay",
    "shook": "shake",
    "upheld": "uphold",
    "withheld": "withhold",
    "overtook": "overtake",
    "overtaken": "overtake",
}
#: a requirement slot met by the verb's direct object, whatever its word
OBJECT_SLOT = "dobj"


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: ``kind`` is ``verb``, ``noun`` or ``speech``."""

    kind: str
    lemma: str
    requires: tuple[str, ...]
    cameo: str
    weight: float

    def slots(self) -> tuple[frozenset[str], ...]:
        """The requirement slots as sets of alternative lemmas."""
        return tuple(frozenset(slot.split("|")) for slot in self.requires)

    def matches(self, lemmas: Collection[str]) -> bool:
        """True when every slot has an alternative among ``lemmas`` (lower-cased)."""
        words = {w.lower() for w in lemmas}
        return all(slot & words for slot in self.slots())

    @property
    def specificity(self) -> int:
        return len(self.requires)


def _rank(t: Trigger) -> tuple[int, float, int]:
    # More requirement slots first, then higher weight, then the finer CAMEO code.
    return (-t.specificity, -t.weight, -len(t.cameo))


class Lexicon:
    """Trigger lookups by lemma. Build it with :meth:`default` (cached)."""

    def __init__(self, triggers: Collection[Trigger]) -> None:
        self.triggers: tuple[Trigger, ...] = tuple(triggers)
        index: dict[tuple[str, str], list[Trigger]] = {}
        for t in self.triggers:
            index.setdefault((t.kind, t.lemma), []).append(t)
        self._index = {k: sorted(v, key=_rank) for k, v in index.items()}
        self.speech_verbs: frozenset[str] = frozenset(
            t.lemma for t in self.triggers if t.kind == "speech"
        )

    @classmethod
    def default(cls) -> Lexicon:
        """The packaged lexicon, loaded once per process."""
        return _load_default()

    @classmethod
    def load(cls) -> Lexicon:
        """Read ``triggers.tsv`` (uncached; prefer :meth:`default`)."""
        triggers = []
        for r in read_tsv("triggers.tsv", ("kind", "lemma", "requires", "cameo", "weight")):
            if r["kind"] not in KINDS:
                raise ConfigError(f"triggers.tsv: unknown kind {r['kind']!r} ({r['lemma']})")
            if not r["cameo"].isdigit():
                # a slot typed into the wrong column shifts the row: fail at load, not later
                raise ConfigError(f"triggers.tsv: bad CAMEO code {r['cameo']!r} ({r['lemma']})")
            try:
                weight = float(r["weight"])
            except ValueError as e:
                raise ConfigError(f"triggers.tsv: bad weight for {r['lemma']!r}") from e
            triggers.append(
                Trigger(
                    kind=r["kind"],
                    lemma=r["lemma"].lower(),
                    requires=tuple(r["requires"].lower().split()),
                    cameo=r["cameo"],
                    weight=weight,
                )
            )
        return cls(triggers)

    def __len__(self) -> int:
        return len(self.triggers)

    def verb_triggers(self, lemma: str) -> list[Trigger]:
        """Triggers for a verb lemma, most specific first."""
        return list(self._index.get(("verb", lemma.lower()), ()))

    def verb_lemma(self, lemma: str, form: str) -> str:
        """The lexicon's lemma for a verb: the tagger's, or where the lexicon does not
        know that one, one read off the inflected form ("staged" lemmatised as "stag",
        "wounded" as "wound" the noun's verb): -d, -ed, -ied, doubled consonants."""
        lemma, form = lemma.lower(), form.lower()
        if ("verb", lemma) in self._index:
            return lemma
        guesses = [IRREGULAR_PAST[form]] if form in IRREGULAR_PAST else []
        if form.endswith("ied"):
            guesses.append(form[:-3] + "y")
        if form.endswith(("ed", "es")):
            guesses += [form[:-1], form[:-2]]
            if len(form) > 4 and form[-3] == form[-4]:
                guesses.append(form[:-3])  # "stopped" -> "stop"
        if form.endswith("ing"):
            guesses += [form[:-3], form[:-3] + "e"]
        return next((g for g in guesses if ("verb", g) in self._index), lemma)

    def noun_triggers(self, lemma: str) -> list[Trigger]:
        """Triggers for a noun lemma, most specific first."""
        return list(self._index.get(("noun", lemma.lower()), ()))

    def match_verb(self, lemma: str, context: Collection[str] = ()) -> Trigger | None:
        """The most specific verb trigger whose requirements ``context`` satisfies."""
        return next((t for t in self.verb_triggers(lemma) if t.matches(context)), None)

    def match_noun(self, lemma: str, context: Collection[str] = ()) -> Trigger | None:
        """The most specific noun trigger whose requirements ``context`` satisfies."""
        return next((t for t in self.noun_triggers(lemma) if t.matches(context)), None)

    def is_speech_verb(self, lemma: str) -> bool:
        return lemma.lower() in self.speech_verbs


@functools.cache
def _load_default() -> Lexicon:
    return Lexicon.load()
