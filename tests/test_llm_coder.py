"""The LLM coder against a fake OpenAI-compatible server on 127.0.0.1.

The server answers by the sentence it is asked about (sentences written for these
tests), counts its requests and records their bodies.  Contexts come from the
real pipeline stages, so actor codes come from the knowledge base.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import newsevents.coding.llm  # registers "llm"  # noqa: F401
from newsevents import nlp
from newsevents.coding.base import CodingContext, get_coder
from newsevents.coding.llm import (
    AnswerRejected,
    LLMCoder,
    LLMServerError,
    find_phrase,
    parse_answer,
)
from newsevents.coding.ontology import Ontology
from newsevents.pipeline import Analysis
from newsevents.records import Article
from newsevents.settings import Settings

PUBLISHED = datetime(2021, 6, 10, 9, 0)  # a Thursday

MEETING = "Kenyan President Daniel Otieno met Ugandan leader Samuel Okello in Nairobi on Monday."
ACCUSATION = "Peru accused Bolivia of smuggling weapons across the border."
HALLUCINATED = "Chile condemned the bombing of the embassy."
MALFORMED = "Norway sent food aid to Yemen on Friday."
COORDINATED = "Russia and China signed a trade agreement on Wednesday."
NO_PARTY = "Heavy rain fell all week."


def events(*items: dict[str, Any]) -> str:
    return json.dumps({"events": list(items)})


#: first answer, and the answer to the follow-up after a rejection
ANSWERS: dict[str, tuple[str, str]] = {
    MEETING: (
        events(
            {
                "event_type": "CONSULT",
                "mode": "visit",
                "actor_text": "Kenyan President Daniel Otieno",
                "recipient_text": "Ugandan leader Samuel Okello",
                "trigger_text": "met",
                "modality": "asserted",
                "cameo_code": "190",  # an attack code: inconsistent with CONSULT
            }
        ),
        events(),
    ),
    ACCUSATION: (
        events({"event_type": "BLAME", "actor_text": "Peru", "trigger_text": "accused"}),
        events({"event_type": "SCOLD", "actor_text": "Peru", "trigger_text": "accused"}),
    ),
    HALLUCINATED: (
        events(
            {
                "event_type": "ACCUSE",
                "actor_text": "Chile",
                "recipient_text": "Argentina",
                "trigger_text": "condemned",
            }
        ),
        events(
            {
                "event_type": "ACCUSE",
                "actor_text": "Chile",
                "recipient_text": "Argentina",
                "trigger_text": "condemned",
            }
        ),
    ),
    MALFORMED: (
        '{"events": [{"event_type": "AID", "actor_text": "Norway"',
        "```json\n"
        + events(
            {
                "event_type": "aid",
                "mode": None,
                "actor_text": "norway",
                "recipient_text": "Yemen",
                "trigger_text": "sent food aid",
                "modality": "Asserted",
                "cameo_code": "073",
            }
        )
        + "\n```",
    ),
    COORDINATED: (
        events(
            {
                "event_type": "AGREE",
                "actor_text": "Russia and China",
                "recipient_text": None,
                "trigger_text": "signed a trade agreement",
                "cameo_code": "0311",
            }
        ),
        events(),
    ),
}


@dataclass
class FakeServer:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    json_mode: bool = True  # False: refuse ``response_format`` with HTTP 400
    delay: float = 0.0
    models: int = 0

    def chat_count(self) -> int:
        return len(self.requests)


def _handler(state: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def _send(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/v1/models":
                state.models += 1
                self._send(200, {"object": "list", "data": [{"id": "served-model"}]})
            else:
                self._send(404, {"error": "no such path"})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path != "/v1/chat/completions":
                self._send(404, {"error": "no such path"})
                return
            if "response_format" in body and not state.json_mode:
                self._send(400, {"error": "response_format is not supported"})
                return
            state.requests.append(body)
            time.sleep(state.delay)
            sentence = body["messages"][1]["content"].removeprefix("Sentence:\n")
            first, follow_up = ANSWERS.get(sentence, (events(), events()))
            content = first if len(body["messages"]) == 2 else follow_up
            self._send(
                200,
                {
                    "id": "x",
                    "object": "chat.completion",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
                },
            )

    return Handler


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the timeout test hangs up on a sleeping handler: its broken pipe is expected


@pytest.fixture
def server() -> Iterator[FakeServer]:
    httpd = QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    state = FakeServer(url=f"http://127.0.0.1:{httpd.server_address[1]}/v1")
    httpd.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def context(pipeline) -> Callable[[str], CodingContext]:
    """A coding context made by the real pipeline stages before the events stage."""

    def make(text: str) -> CodingContext:
        article = Article(id="t", text=text, published=PUBLISHED)
        a = Analysis(article, nlp.parse_one(text, model=pipeline.settings.model))
        for stage in pipeline.stages:
            if stage.provides == "events":
                break
            a.values[stage.provides] = stage.run(a)
        return CodingContext(
            article=article,
            doc=a.doc,
            actors=a.values["actor_index"],
            places=a.values["places"],
            times=a.values["times"],
            quotes=a.values["quotes"],
        )

    return make


def make_coder(server: FakeServer, cache: Path, **kw: Any) -> LLMCoder:
    return LLMCoder(**{"base_url": server.url, "model": "test-model", "cache_dir": cache, **kw})


def test_valid_answer_becomes_an_event_with_kb_codes(server, context, tmp_path):
    coder = make_coder(server, tmp_path)
    ctx = context(MEETING)
    [ev] = coder.code(ctx)
    assert ev.event == "CONSULT" and ev.mode == "visit" and ev.modality == "asserted"
    # parties: offsets into the article, codes from the knowledge base
    assert [a.code for a in ev.actor] == ["KEN"] and [r.code for r in ev.recipient] == ["UGA"]
    for p in (*ev.actor, *ev.recipient):
        assert MEETING[p.start : p.end] == p.entity_text and p.actor_id
    assert MEETING[ev.trigger_start : ev.trigger_end] == "met" == ev.event_text
    # an attack code for a meeting is replaced by the meeting's default code
    assert ev.cameo.code == "042" and ev.cameo.goldstein is not None and ev.cameo.goldstein > 0
    assert ev.quad_code == 1
    assert ev.date == "2021-06-07" and ev.date_precision == "day"
    assert ev.event_loc is not None and ev.event_loc.text == "Nairobi"
    assert ev.explanation.startswith("llm test-model: CONSULT")
    assert "190" in ev.explanation and "not used" in ev.explanation
    assert ev.text_info.sequence == 0
    # one request, at temperature 0, in JSON mode, naming the model
    [req] = server.requests
    assert req["model"] == "test-model" and req["temperature"] == 0
    assert req["response_format"] == {"type": "json_object"}
    assert "ASSAULT" in req["messages"][0]["content"]
    assert coder.stats.requests == 1 and coder.stats.events == 1


def test_unknown_event_type_is_rejected_and_counted(server, context, tmp_path):
    coder = make_coder(server, tmp_path)
    assert coder.code(context(ACCUSATION)) == []
    assert server.chat_count() == 2  # the answer and one retry, no more
    assert coder.stats.rejected == 2 and coder.stats.gave_up == 1
    assert coder.stats.reasons["unknown_event_type"] == 2
    retry = server.requests[1]["messages"]
    assert retry[2]["role"] == "assistant" and "BLAME" in retry[2]["content"]
    assert "BLAME" in retry[3]["content"]  # the validation error goes back to the model


def test_hallucinated_recipient_is_rejected(server, context, tmp_path):
    coder = make_coder(server, tmp_path)
    assert coder.code(context(HALLUCINATED)) == []
    assert coder.stats.reasons["not_in_sentence"] == 2 and coder.stats.gave_up == 1
    assert "Argentina" in server.requests[1]["messages"][3]["content"]


def test_malformed_json_gets_one_retry(server, context, tmp_path):
    coder = make_coder(server, tmp_path)
    [ev] = coder.code(context(MALFORMED))
    assert server.chat_count() == 2 and coder.stats.retries == 1
    assert coder.stats.reasons["malformed_json"] == 1 and coder.stats.gave_up == 0
    # the retry answer (fenced, other case) is valid: offsets are the article's own
    assert ev.event == "AID" and ev.modality == "asserted"
    assert ev.actor[0].entity_text == "Norway" and ev.actor[0].code == "NOR"
    assert ev.recipient[0].code == "YEM"
    assert ev.cameo.code == "073" and "from the model" in ev.explanation
    assert ev.date == "2021-06-04"


def test_cache_prevents_a_second_request(server, context, tmp_path):
    ctx = context(MEETING)
    first = make_coder(server, tmp_path).code(ctx)
    assert server.chat_count() == 1
    again = make_coder(server, tmp_path)  # a new process would look the same
    assert again.code(ctx) == first
    assert server.chat_count() == 1 and again.stats.cache_hits == 1
    # another model is another question
    make_coder(server, tmp_path, model=None).code(ctx)  # asks /models: "served-model"
    assert server.models == 1 and server.chat_count() == 2
    assert server.requests[-1]["model"] == "served-model"


def test_rejected_answers_are_not_cached(server, context, tmp_path):
    ctx = context(ACCUSATION)
    make_coder(server, tmp_path).code(ctx)
    make_coder(server, tmp_path).code(ctx)
    assert server.chat_count() == 4


def test_coordinated_actors_and_unneeded_sentences(server, context, tmp_path):
    coder = make_coder(server, tmp_path)
    [ev] = coder.code(context(f"{NO_PARTY} {COORDINATED}"))
    assert server.chat_count() == 1  # the weather sentence names no party: not asked
    assert coder.stats.skipped == 1 and coder.stats.sentences == 2
    assert {a.code for a in ev.actor} == {"RUS", "CHN"} and ev.recipient == ()
    assert ev.event == "AGREE" and ev.cameo.code == "0311" and ev.text_info.sequence == 1


def test_server_without_json_mode(server, context, tmp_path):
    server.json_mode = False
    coder = make_coder(server, tmp_path)
    assert len(coder.code(context(MEETING))) == 1
    assert "response_format" not in server.requests[0]
    coder.code(context(COORDINATED))  # remembered: no refused request this time
    assert coder.stats.requests == 3 and server.chat_count() == 2


def test_server_down_is_a_clear_error(context, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    coder = LLMCoder(base_url=url, model="m", cache_dir=tmp_path, timeout=2)
    with pytest.raises(LLMServerError, match="connection refused") as err:
        coder.code(context(MEETING))
    assert url in str(err.value) and "\n" not in str(err.value)


def test_slow_server_times_out(server, context, tmp_path):
    server.delay = 1.0
    coder = make_coder(server, tmp_path, timeout=0.2)
    with pytest.raises(LLMServerError, match=r"no answer within 0.2 s"):
        coder.code(context(MEETING))


def test_registered_and_built_from_settings(tmp_path):
    coder = get_coder(Settings(coder="llm"))
    assert isinstance(coder, LLMCoder) and coder.name == "llm"
    assert coder.client.base_url == "http://127.0.0.1:8000/v1"
    with pytest.raises(Exception, match="llm_url"):
        LLMCoder(base_url="localhost:8000", cache_dir=tmp_path)


def test_parse_answer_is_strict():
    onto = Ontology.default()
    s = "Iraqi police arrested two Iranian diplomats in Basra."
    ok = parse_answer(
        '[{"event_type": "COERCE", "mode": "arrest", "actor_text": "Iraqi police",'
        ' "recipient_text": "two Iranian diplomats", "trigger_text": "arrested",'
        ' "confidence": 0.9}]',
        s,
        onto,
    )
    assert ok.events[0].mode == "arrest"  # unknown keys ignored, known ones checked
    bad = {
        '{"events": [{"event_type": "COERCE", "mode": "visit", "trigger_text": "arrested"}]}': (
            "unknown_mode"
        ),
        '{"events": [{"event_type": "COERCE", "trigger_text": "detained"}]}': "not_in_sentence",
        '{"events": [{"event_type": "COERCE", "trigger_text": "arrested",'
        ' "modality": "likely"}]}': "schema",
        '{"events": [{"event_type": "COERCE"}]}': "schema",
        '{"evts": []}': "schema",
        "": "empty",
        "I think the police arrested them.": "malformed_json",
    }
    for content, kind in bad.items():
        with pytest.raises(AnswerRejected) as err:
            parse_answer(content, s, onto)
        assert kind in err.value.kinds, (content, err.value)


def test_phrase_offsets_prefer_whole_words():
    text = "Iranian officials met Iran's envoy"
    assert find_phrase(text, "Iran") == (22, 26)
    assert find_phrase(text, "IRANIAN   officials") == (0, 17)
    assert find_phrase(text, "Iraq") is None
