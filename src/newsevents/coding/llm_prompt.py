"""The prompt of the LLM event coder, built from the packaged PLOVER data.

The event types, their definitions and their modes come from the ontology files
(``data/coding/plover*.tsv``), so the prompt and the validator always agree on
what is allowed.  ``PROMPT_VERSION`` is part of every cache key: change it when
the wording changes so that old answers are not reused for a new question.
"""

from __future__ import annotations

from newsevents.coding.ontology import Ontology

PROMPT_VERSION = "1"

#: the modality values of ``Event.modality``
MODALITIES = ("asserted", "negated", "hypothetical", "future", "reported")

_INSTRUCTIONS = """\
You code political events in one sentence of a news article, following PLOVER.
An event is something one party (actor) does or says to another (recipient):
meetings, agreements, demands, accusations, refusals, threats, protests,
sanctions, aid, arrests, attacks, troop movements, and so on.  A plain statement
or opinion ("X said the economy is weak") is NOT an event.

Event types (use exactly these names):
{types}

Modes (optional; use only a mode listed for the chosen type, else null):
{modes}

Modality of each event: {modalities}.
- asserted: the sentence states it happened or is happening;
- negated: it did not happen ("did not meet", "refused to sign");
- hypothetical: conditional or possible ("could attack", "if talks fail");
- future: planned, promised or announced for later ("will visit", "plans to");
- reported: claimed by a speaker inside the sentence ("X said Y attacked Z").

Answer with one JSON object and nothing else:
{{"events": [{{"event_type": "...", "mode": null, "actor_text": "...",
  "recipient_text": "...", "trigger_text": "...", "modality": "asserted",
  "cameo_code": null}}]}}
Rules:
- actor_text, recipient_text and trigger_text must be copied exactly from the
  sentence (the shortest phrase naming the party; the verb or noun of the event);
  use null for a party the sentence does not name.  Never invent a party.
- cameo_code is optional: a CAMEO event code of 2 to 4 digits as a string, or null.
- One entry per event; a sentence may hold several events or none.
- If the sentence holds no event, answer {{"events": []}}.
"""


def system_prompt(ontology: Ontology) -> str:
    """The system message: event types with definitions, modes, modalities, format."""
    types = "\n".join(
        f"- {name}: {ontology.plover_event(name).description}" for name in ontology.plover_events
    )
    modes = "\n".join(
        f"- {name}: {', '.join(ontology.plover_modes(name))}"
        for name in ontology.plover_events
        if ontology.plover_modes(name)
    )
    return _INSTRUCTIONS.format(types=types, modes=modes, modalities=", ".join(MODALITIES))


def user_message(sentence: str) -> str:
    """The question about one sentence."""
    return f"Sentence:\n{sentence}"


def retry_message(error: str) -> str:
    """The follow-up after an answer failed validation."""
    return (
        f"Your answer was rejected: {error}\n"
        'Answer again with only the JSON object {"events": [...]}, following every rule; '
        "copy party and trigger phrases exactly from the sentence."
    )
