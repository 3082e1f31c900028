"""An optional event coder that asks an LLM behind an OpenAI-compatible chat API.

Works with local servers such as vLLM, llama.cpp's ``llama-server`` and Ollama
(``POST {base_url}/chat/completions``).  For every sentence worth asking about
(one with a verb or an event noun and a named party) it sends one request and
accepts the answer only if it passes strict validation:

- the answer is JSON of the form ``{"events": [...]}``;
- every event type is one of the 16 PLOVER types, every mode one of its modes,
  every modality one of ``Event.modality``'s values;
- actor, recipient and trigger phrases occur in the sentence.

A rejected answer is logged, counted in :class:`LLMStats` and never becomes an
event; the model gets one retry with the validation error, then the sentence is
given up.  Validated answers are cached on disk (sqlite), keyed by model, prompt
version, system prompt and sentence, so a second run asks nothing.

The LLM only says *what* happened and *where in the sentence*: actors, their
codes and sectors come from the knowledge base through ``ctx.actors``; the CAMEO
code is checked against the codebook and the PLOVER type; dates and places are
the sentence's own time expressions and locative places (see ``_date``/``_place``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from newsevents.coding.base import CodingContext, register_coder
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.llm_prompt import (
    PROMPT_VERSION,
    retry_message,
    system_prompt,
    user_message,
)
from newsevents.coding.ontology import Ontology, default_cameo
from newsevents.errors import ConfigError, NewsEventsError
from newsevents.parsed import Sentence
from newsevents.records import Cameo, Event, EventActor, Place, TextInfo
from newsevents.settings import Settings

__all__ = [
    "DEFAULT_URL",
    "AnswerCache",
    "ChatClient",
    "LLMAnswer",
    "LLMCoder",
    "LLMEvent",
    "LLMServerError",
    "LLMStats",
    "parse_answer",
]

log = logging.getLogger(__name__)

DEFAULT_URL = "http://127.0.0.1:8000/v1"
DEFAULT_TIMEOUT = 60.0
#: events in one answer above this are a runaway generation, not a sentence
_MAX_EVENTS = 12
_MAX_TOKENS = 1024
#: entity labels that name a possible party even when no actor was resolved
_PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
_DATE_PRECISIONS = {"day", "week", "month", "year", "decade", "century"}
_YEAR_LEVEL = {"quarter", "season"}
_LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "within"}
#: what may stand between two coordinated parties: "Russia and China", "X, Y and Z"
_COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:and|or|&)?\s*(?:the\s+)?$", re.IGNORECASE)
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)

Modality = Literal["asserted", "negated", "hypothetical", "future", "reported"]


class LLMServerError(NewsEventsError):
    """The LLM server could not be reached or gave no usable HTTP answer."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


# -- validation -------------------------------------------------------------------


class LLMEvent(BaseModel):
    """One event as the model states it; validated against the ontology and sentence.

    Validation needs ``context={"ontology": Ontology, "sentence": str}``.  Unknown
    keys are ignored (they carry nothing we use); every known key is checked.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    event_type: str
    mode: str | None = None
    actor_text: str | None = None
    recipient_text: str | None = None
    trigger_text: str
    modality: Modality = "asserted"
    cameo_code: str | None = None

    @field_validator("event_type")
    @classmethod
    def _known_type(cls, v: str, info: ValidationInfo) -> str:
        name = v.strip().upper()
        if name not in _ontology(info).plover_events:
            raise PydanticCustomError(
                "unknown_event_type", "unknown PLOVER event type {value}", {"value": repr(v)}
            )
        return name

    @field_validator("mode", mode="before")
    @classmethod
    def _known_mode(cls, v: Any, info: ValidationInfo) -> str | None:
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        if not isinstance(v, str):
            raise PydanticCustomError("schema", "mode must be a string or null")
        event = info.data.get("event_type")
        if event is None:
            return v  # the type already failed; one error is enough
        mode = v.strip().lower()
        allowed = _ontology(info).plover_modes(event)
        if mode not in allowed:
            raise PydanticCustomError(
                "unknown_mode",
                "mode {value} is not a mode of {event} (allowed: {allowed})",
                {"value": repr(v), "event": event, "allowed": ", ".join(allowed) or "none"},
            )
        return mode

    @field_validator("modality", mode="before")
    @classmethod
    def _lower_modality(cls, v: Any) -> Any:
        return v.strip().lower() if isinstance(v, str) else v

    @field_validator("actor_text", "recipient_text", "trigger_text", mode="before")
    @classmethod
    def _in_sentence(cls, v: Any, info: ValidationInfo) -> Any:
        if v is None or not isinstance(v, str):
            return v  # null parties are allowed; wrong types fail the type check
        text = v.strip()
        if not text:
            return None
        sentence = (info.context or {}).get("sentence", "")
        if find_phrase(sentence, text) is None:
            raise PydanticCustomError(
                "not_in_sentence",
                "{field} {value} does not occur in the sentence",
                {"field": info.field_name, "value": repr(text)},
            )
        return text

    @field_validator("cameo_code", mode="before")
    @classmethod
    def _code_string(cls, v: Any) -> str | None:
        # optional and checked later against the codebook; a bad one is replaced,
        # not a reason to reject the event
        return v.strip() if isinstance(v, str) and v.strip() else None


class LLMAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    events: list[LLMEvent]

    @field_validator("events")
    @classmethod
    def _not_runaway(cls, v: list[LLMEvent]) -> list[LLMEvent]:
        if len(v) > _MAX_EVENTS:
            raise PydanticCustomError(
                "too_many_events", "{n} events for one sentence", {"n": len(v)}
            )
        return v


class AnswerRejected(Exception):
    """An answer that failed validation; ``kinds`` name the failures for the stats."""

    def __init__(self, message: str, kinds: tuple[str, ...]) -> None:
        super().__init__(message)
        self.kinds = kinds


def parse_answer(content: str | None, sentence: str, ontology: Ontology) -> LLMAnswer:
    """Validate a model's answer about ``sentence``; :class:`AnswerRejected` if invalid.

    Accepts ``{"events": [...]}`` (a bare list of events is read the same way) and
    a single surrounding Markdown code fence, which servers without JSON mode add.
    """
    if not content or not content.strip():
        raise AnswerRejected("empty answer", ("empty",))
    fenced = _FENCE.match(content)
    raw = fenced.group(1) if fenced else content
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise AnswerRejected(f"not valid JSON ({exc})", ("malformed_json",)) from None
    if isinstance(data, list):
        data = {"events": data}
    try:
        return LLMAnswer.model_validate(data, context={"ontology": ontology, "sentence": sentence})
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        kinds = tuple(_kind(e["type"]) for e in errors)
        message = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}" for e in errors[:5]
        )
        raise AnswerRejected(message, kinds) from None


def _kind(error_type: str) -> str:
    known = {"unknown_event_type", "unknown_mode", "not_in_sentence", "too_many_events"}
    return error_type if error_type in known else "schema"


def _ontology(info: ValidationInfo) -> Ontology:
    ctx = info.context or {}
    onto = ctx.get("ontology")
    return onto if isinstance(onto, Ontology) else Ontology.default()


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """Offsets of ``phrase`` in ``text``: exact first, then ignoring case and runs of
    whitespace; whole words preferred over a match inside a longer word."""
    words = phrase.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    for pattern, flags in (
        (rf"(?<!\w){re.escape(phrase)}(?!\w)", 0),
        (rf"(?<!\w){body}(?!\w)", re.IGNORECASE),
        (body, re.IGNORECASE),
    ):
        m = re.search(pattern, text, flags)
        if m:
            return m.start(), m.end()
    return None


# -- HTTP -------------------------------------------------------------------------


class ChatClient:
    """A minimal OpenAI-compatible chat client on the standard library."""

    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout

    def chat(self, payload: dict[str, Any]) -> str | None:
        """POST ``/chat/completions``; the first choice's message content."""
        data = self._request("/chat/completions", payload)
        try:
            content = data["choices"][0]["message"].get("content")
        except (KeyError, IndexError, TypeError, AttributeError):
            raise LLMServerError(
                f"LLM server {self.base_url}: answer has no choices[0].message "
                "(not an OpenAI-compatible chat API?)"
            ) from None
        return content if isinstance(content, str) else None

    def models(self) -> list[str]:
        """Ids the server lists under ``GET /models``."""
        data = self._request("/models", None)
        try:
            return [str(m["id"]) for m in data["data"]]
        except (KeyError, TypeError):
            raise LLMServerError(
                f"LLM server {self.base_url}: /models answer has no data[].id"
            ) from None

    def _request(self, path: str, payload: dict[str, Any] | None) -> Any:
        url = self.base_url + path
        headers = {"Accept": "application/json"}
        body = None
        if payload is not None:
            body = json.dumps(payload).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(url, data=body, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().replace("\n", " ")[:300]
            raise LLMServerError(
                f"LLM server {self.base_url}: HTTP {exc.code} on {path}: {detail}", exc.code
            ) from None
        except urllib.error.URLError as exc:
            raise LLMServerError(_unreachable(self.base_url, exc.reason, self.timeout)) from None
        except OSError as exc:  # timeouts and resets while reading the answer
            raise LLMServerError(_unreachable(self.base_url, exc, self.timeout)) from None
        try:
            return json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise LLMServerError(
                f"LLM server {self.base_url}: {path} did not answer JSON"
            ) from None


def _unreachable(url: str, reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):  # socket.timeout is an alias
        return f"LLM server {url}: no answer within {timeout:g} s (raise llm_timeout?)"
    if isinstance(reason, ConnectionRefusedError):
        return f"LLM server {url}: connection refused (is the server running?)"
    return f"LLM server {url}: unreachable ({reason})"


# -- cache ------------------------------------------------------------------------


class AnswerCache:
    """Validated answers on disk: ``key -> answer JSON`` in one sqlite file.

    Opened lazily so that a coder can be built (and pickled) before first use;
    several worker processes may share the file (sqlite locks it).
    """

    def __init__(self, directory: Path) -> None:
        self.path = directory / "answers.sqlite3"
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=30)
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS answers ("
                    "key TEXT PRIMARY KEY, model TEXT, answer TEXT, created REAL)"
                )
                conn.commit()
            except (OSError, sqlite3.Error) as exc:
                raise ConfigError(f"{self.path}: cannot open the LLM answer cache: {exc}") from exc
            self._conn = conn
        return self._conn

    def get(self, key: str) -> str | None:
        row = self._db().execute("SELECT answer FROM answers WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, model: str, answer: str) -> None:
        db = self._db()
        db.execute(
            "INSERT OR REPLACE INTO answers (key, model, answer, created) VALUES (?, ?, ?, ?)",
            (key, model, answer, time.time()),
        )
        db.commit()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "_conn": None}


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsevents" / "llm"


# -- the coder --------------------------------------------------------------------


@dataclass
class LLMStats:
    """What the coder did, for logs and tests (counts since the coder was built)."""

    sentences: int = 0  # sentences of the articles coded
    skipped: int = 0  # not worth a request: no verb/event noun or no party
    requests: int = 0  # chat requests sent
    cache_hits: int = 0  # sentences answered from the cache
    rejected: int = 0  # answers that failed validation
    retries: int = 0  # follow-up requests after a rejected answer
    gave_up: int = 0  # sentences without a valid answer after the retry
    events: int = 0  # events returned
    dropped: int = 0  # valid answer events not coded (no party, duplicate, low confidence)
    reasons: Counter[str] = field(default_factory=Counter)  # rejection kinds


class LLMCoder:
    """Event coder asking an OpenAI-compatible chat server; see the module docstring."""

    name = "llm"

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_URL,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        cache_dir: Path | str | None = None,
        min_confidence: float = 0.0,
    ) -> None:
        if not re.match(r"^https?://[^/\s]+", base_url or ""):
            raise ConfigError(f"llm_url {base_url!r}: expected http(s)://host[:port]/v1")
        if timeout <= 0:
            raise ConfigError(f"llm_timeout {timeout!r}: must be positive")
        self.client = ChatClient(base_url, api_key, timeout)
        self._model = model or None
        self.cache = AnswerCache(Path(cache_dir) if cache_dir else default_cache_dir())
        self.min_confidence = min_confidence
        self.ontology = Ontology.default()
        self.lexicon = Lexicon.default()
        self.system = system_prompt(self.ontology)
        self.stats = LLMStats()
        self._json_mode = True  # dropped if the server refuses ``response_format``

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMCoder:
        """Build from ``Settings``; ``llm_*`` fields not (yet) defined take defaults."""
        timeout = getattr(settings, "llm_timeout", None)
        return cls(
            base_url=getattr(settings, "llm_url", None) or DEFAULT_URL,
            model=getattr(settings, "llm_model", None),
            api_key=getattr(settings, "llm_api_key", None),
            timeout=float(timeout) if timeout is not None else DEFAULT_TIMEOUT,
            cache_dir=getattr(settings, "llm_cache_dir", None),
            min_confidence=settings.min_confidence,
        )

    @property
    def model(self) -> str:
        """The model name; asked from the server's ``/models`` when not configured."""
        if self._model is None:
            ids = self.client.models()
            if not ids:
                raise LLMServerError(
                    f"LLM server {self.client.base_url}: serves no model; set llm_model"
                )
            self._model = ids[0]
            log.info("LLM coder: using model %r served at %s", ids[0], self.client.base_url)
        return self._model

    # -- entry point --------------------------------------------------------
    def code(self, ctx: CodingContext) -> list[Event]:
        events: list[Event] = []
        for sent in ctx.doc.sentences:
            self.stats.sentences += 1
            if not self._worth_asking(ctx, sent):
                self.stats.skipped += 1
                continue
            answer = self.ask(ctx.doc.text[sent.start : sent.end])
            if answer is None:
                continue
            for item in answer.events:
                ev = self._build(ctx, sent, item, len(events) + 1)
                if ev is None or _duplicate(ev, events):
                    self.stats.dropped += 1
                    continue
                events.append(ev)
        self.stats.events += len(events)
        return events

    def ask(self, sentence: str) -> LLMAnswer | None:
        """The validated answer about one sentence: cached, else asked (one retry)."""
        model = self.model
        key = _cache_key(model, self.system, sentence)
        cached = self.cache.get(key)
        if cached is not None:
            try:
                answer = parse_answer(cached, sentence, self.ontology)
            except AnswerRejected:
                pass  # written by an older ontology: ask again
            else:
                self.stats.cache_hits += 1
                return answer
        messages: list[dict[str, str]] = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": user_message(sentence)},
        ]
        for attempt in range(2):
            content = self._complete(model, messages)
            try:
                answer = parse_answer(content, sentence, self.ontology)
            except AnswerRejected as exc:
                self.stats.rejected += 1
                self.stats.reasons.update(exc.kinds)
                log.info("LLM answer rejected (%s) for %r: %s", model, sentence[:80], exc)
                if attempt == 0:
                    self.stats.retries += 1
                    messages += [
                        {"role": "assistant", "content": content or ""},
                        {"role": "user", "content": retry_message(str(exc))},
                    ]
                continue
            self.cache.put(key, model, answer.model_dump_json())
            return answer
        self.stats.gave_up += 1
        log.warning("LLM coder (%s) gave up on sentence %r: no valid answer", model, sentence[:80])
        return None

    def _complete(self, model: str, messages: list[dict[str, str]]) -> str | None:
        payload: dict[str, Any] = {
            "model": model,
            "messages": messages,
            "temperature": 0,
            "max_tokens": _MAX_TOKENS,
        }
        if self._json_mode:
            payload["response_format"] = {"type": "json_object"}
        self.stats.requests += 1
        try:
            return self.client.chat(payload)
        except LLMServerError as exc:
            if not (self._json_mode and exc.status in (400, 422)):
                raise
            # a server without JSON mode refuses the field: ask again without it
            log.info("LLM server refused response_format (%s); asking without it", exc)
            self._json_mode = False
            del payload["response_format"]
            self.stats.requests += 1
            return self.client.chat(payload)

    def _worth_asking(self, ctx: CodingContext, sent: Sentence) -> bool:
        """A sentence with something happening (a verb or an event noun) and a party."""
        toks = ctx.doc.sentence_tokens(sent)
        action = any(
            t.pos == "VERB"
            or (t.pos == "AUX" and t.dep == "ROOT")
            or (t.pos == "NOUN" and self.lexicon.noun_triggers(t.lemma.lower()))
            for t in toks
        )
        if not action:
            return False
        if any(s < sent.end and e > sent.start for s, e, _ in ctx.actors.spans):
            return True
        return any(
            e.label in _PARTY_ENTS and sent.start <= e.start < sent.end for e in ctx.doc.entities
        )

    # -- building an event --------------------------------------------------
    def _build(self, ctx: CodingContext, sent: Sentence, item: LLMEvent, n: int) -> Event | None:
        text = ctx.doc.text
        sentence = text[sent.start : sent.end]
        trig = _span(sentence, item.trigger_text, sent.start)
        if trig is None:
            return None
        actor = self._parties(ctx, _span(sentence, item.actor_text, sent.start))
        known = {a.actor_id for a in actor if a.actor_id}
        recipient = [
            r
            for r in self._parties(ctx, _span(sentence, item.recipient_text, sent.start))
            if not r.actor_id or r.actor_id not in known
        ]
        if not actor and not recipient:
            return None  # an event nobody does to anybody is not event data
        code, why_code = self._cameo(item)
        mapping = self.ontology.try_plover(code)
        cameo = self.ontology.cameo(code)
        mode = item.mode
        if (
            mode is None
            and mapping is not None
            and mapping.mode in self.ontology.plover_modes(item.event_type)
        ):
            mode = mapping.mode
        context = mapping.context if mapping is not None else ()
        date, precision, why_date = _date(ctx, sent, trig[0])
        place, why_place = _place(ctx, sent, trig[0])
        confidence = 0.85
        if not (actor and recipient):
            confidence *= 0.9
        if any(p.actor_id is None for p in (*actor, *recipient)):
            confidence *= 0.9  # a party the knowledge base does not know: no code
        if "publication" in why_date:
            confidence *= 0.9
        confidence = round(confidence, 3)
        if confidence < self.min_confidence:
            return None
        event_text = text[trig[0] : trig[1]]
        explanation = "; ".join(
            [
                f"llm {self.model}: {item.event_type} (CAMEO {cameo.code} {cameo.name!r}) "
                f"from {event_text!r}",
                "actor: " + (", ".join(repr(a.entity_text) for a in actor) or "none"),
                "recipient: " + (", ".join(repr(r.entity_text) for r in recipient) or "none"),
                why_code,
                why_date,
                why_place,
                f"modality: {item.modality} (from the model)",
            ]
        )
        return Event(
            id=f"{ctx.article.id}-E{n}",
            date=date,
            date_precision=precision,
            event=item.event_type,
            mode=mode,
            context=context,
            quad_code=self.ontology.plover_quad(item.event_type),
            cameo=Cameo(cameo.code, cameo.goldstein),
            actor=tuple(actor),
            recipient=tuple(recipient),
            event_text=event_text,
            event_loc=place,
            modality=item.modality,
            confidence=confidence,
            explanation=explanation,
            text_info=TextInfo(sent.index, sent.start, sent.end),
            trigger_start=trig[0],
            trigger_end=trig[1],
            reported_by=_reporter(ctx, trig[0]) if item.modality == "reported" else None,
        )

    def _cameo(self, item: LLMEvent) -> tuple[str, str]:
        """The LLM's CAMEO code if it is a code and converts to its PLOVER type, else
        the type's default code."""
        given = item.cameo_code
        if given is not None:
            try:
                mapping = self.ontology.try_plover(given)
            except KeyError:
                mapping = None
                why = f"not a CAMEO code: {given!r}"
            else:
                why = f"CAMEO {given} is {mapping.event if mapping else 'no PLOVER event'}"
            if mapping is not None and mapping.event == item.event_type:
                return given, f"cameo: {given} from the model"
        code = default_cameo(self.ontology, item.event_type, item.mode)
        if given is None:
            return code, f"cameo: {code}, default of {item.event_type}"
        return code, f"cameo: {code}, default of {item.event_type} ({why}, not used)"

    def _parties(self, ctx: CodingContext, span: tuple[int, int] | None) -> list[EventActor]:
        """Participants named at ``span``: known actors through ``ctx.actors`` (code and
        sector from the knowledge base), coordinated ones all, else the bare phrase."""
        if span is None:
            return []
        start, end = span
        text = ctx.doc.text
        inside = [(s, e, aid) for s, e, aid in ctx.actors.spans if s >= start and e <= end]
        picked: list[tuple[int, int, str]] = []
        for s, e, aid in inside:
            if any(aid == p[2] for p in picked):
                continue
            if picked and not _COORDINATION.match(text[picked[-1][1] : s]):
                continue  # "the Kremlin's envoy to Syria" names one party, not two
            picked.append((s, e, aid))
        if not picked:
            best = ctx.actors.at(start, end)
            mention = ctx.actors.mention_span(start, end) if best else None
            if best and mention:
                picked = [(mention[0], mention[1], best)]
        out = []
        for s, e, aid in picked:
            actor = ctx.actors.by_id(aid)
            if actor is not None:
                out.append(EventActor(aid, actor.code, actor.sector, text[s:e], s, e))
        if out:
            return out
        return [EventActor(None, None, (), text[start:end], start, end)]


def _span(sentence: str, phrase: str | None, offset: int) -> tuple[int, int] | None:
    if not phrase:
        return None
    found = find_phrase(sentence, phrase)
    return (found[0] + offset, found[1] + offset) if found else None


def _cache_key(model: str, system: str, sentence: str) -> str:
    blob = json.dumps([model, PROMPT_VERSION, system, sentence], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _date(ctx: CodingContext, sent: Sentence, trigger: int) -> tuple[str | None, str | None, str]:
    """The sentence's dated time expression nearest the trigger, else the publication
    date (said so).  Simpler than the rule coder: no parse attachment, no dates
    inherited from earlier sentences."""
    usable = [
        t
        for t in ctx.times
        if t.value
        and (t.precision in _DATE_PRECISIONS or t.precision in _YEAR_LEVEL)
        and sent.start <= t.start < sent.end
    ]
    if usable:
        t = min(usable, key=lambda t: abs(t.start - trigger))
        assert t.value is not None
        if t.precision in _YEAR_LEVEL:
            return t.value[:4], "year", f"date: from {t.text!r}"
        return t.value, t.precision, f"date: from {t.text!r}"
    pub = ctx.article.published
    if pub is not None:
        return pub.date().isoformat(), "day", "date: publication date (no date in the sentence)"
    return None, None, "date: unknown (no date in the sentence, no publication date)"


def _place(ctx: CodingContext, sent: Sentence, trigger: int) -> tuple[Place | None, str]:
    """The sentence's place after a locative preposition ("in Cairo") nearest the
    trigger; a place that is an actor mention ("Moscow said") is not a location."""
    doc = ctx.doc

    def locative(p: Place) -> bool:
        return any(
            t.dep == "pobj" and doc.tokens[t.head].lower in _LOCATIVE_PREPS
            for t in doc.tokens_in(p.start, p.end)
        )

    found = [
        p
        for p in ctx.places
        if sent.start <= p.start < sent.end
        and not p.adjectival
        and ctx.actors.at(p.start, p.end) is None
        and locative(p)
    ]
    if not found:
        return None, "location: none stated"
    p = min(found, key=lambda p: abs(p.start - trigger))
    return p, f"location: {p.text!r} in the sentence"


def _reporter(ctx: CodingContext, trigger: int) -> EventActor | None:
    """The speaker of the quote holding the trigger, if the quotes stage found one."""
    for q in ctx.quotes:
        if q.start <= trigger < q.end and q.speaker_start is not None:
            end = q.speaker_end if q.speaker_end is not None else q.speaker_start
            aid = ctx.actors.at(q.speaker_start, end)
            actor = ctx.actors.by_id(aid) if aid else None
            span = ctx.actors.mention_span(q.speaker_start, end) if aid else None
            if actor is None or span is None or aid is None:
                s, e = q.speaker_start, end
                return EventActor(None, None, (), ctx.doc.text[s:e], s, e)
            s, e = span
            return EventActor(aid, actor.code, actor.sector, ctx.doc.text[s:e], s, e)
    return None


def _duplicate(ev: Event, found: list[Event]) -> bool:
    """The same type, parties and trigger already coded (the model repeated itself)."""

    def key(e: Event) -> tuple[str, tuple[int, int], frozenset[str], frozenset[str]]:
        return (
            e.event,
            (e.trigger_start, e.trigger_end),
            frozenset(a.entity_text for a in e.actor),
            frozenset(r.entity_text for r in e.recipient),
        )

    return any(key(ev) == key(o) for o in found)


@register_coder("llm")
def _llm_factory(settings: Settings) -> LLMCoder:
    return LLMCoder.from_settings(settings)
