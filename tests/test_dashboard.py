"""The dashboard in headless Chromium: filter events, read an article, correct an event,
and a hostile title shown as text."""

from __future__ import annotations

import socket
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newsevents.ingest.ids import content_id
from newsevents.records import Article
from newsevents.store import Store, write_all

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} not found: browser tests need Debian's chromium", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")

XSS = "<script>alert(1)</script>"
TOKEN = "dash-token"
DIALOGS: list[str] = []  # messages of alert/confirm/prompt dialogs the page opened
TEXTS = [
    (
        "Finland complains",
        "Finland on Monday accused Russia of violating Finnish airspace with a military "
        "helicopter, the foreign ministry said in a statement.",
    ),
    (XSS, "Estonia and Latvia signed a trade agreement in Riga on Tuesday. <b>Bold</b> words."),
    (
        "Talks in Vienna",
        "Austrian Chancellor Karl Nehammer met with Hungarian Prime Minister Viktor Orban "
        "in Vienna on Wednesday.",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    import uvicorn

    from newsevents.api import create_app

    db = tmp_path_factory.mktemp("dash") / "news.duckdb"
    arts = [
        Article(
            id=content_id(text),
            text=text,
            title=title,
            source="Daily Planet",
            url=f"https://a.example/{n}",
            published=datetime(2024, 3, 6),
            origin=f"https://a.example/{n}",
        )
        for n, (title, text) in enumerate(TEXTS)
    ]
    write_all(Store(db), (pipeline.analyze_one(a) for a in arts))
    port = _free_port()
    config = uvicorn.Config(
        create_app(db, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    DIALOGS.clear()
    errors: list[str] = []

    def dialog(d: Any) -> None:
        DIALOGS.append(d.message)
        d.dismiss()

    pg.on("dialog", dialog)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.set_default_timeout(10_000)
    yield pg
    assert errors == [], "the page's scripts failed"
    ctx.close()


def test_filter_the_event_table(server, page):
    page.goto(f"{server}/#/events")
    rows = page.locator("table.events tbody tr")
    rows.first.wait_for()
    n_all = rows.count()
    assert n_all >= 3
    page.fill("#filters input[name=actor]", "FIN")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**actor=FIN**")
    page.locator("p.summary", has_text="events").wait_for()
    # the page is redrawn: wait for the filtered table, not the moment it is cleared
    page.wait_for_function(
        "(n) => { const k = document.querySelectorAll('table.events tbody tr').length;"
        " return k > 0 && k < n; }",
        arg=n_all,
    )
    texts = rows.all_inner_texts()
    assert texts and all("FIN" in t for t in texts)
    assert "ACCUSE" in texts[0]


def test_article_highlights_and_explains(server, page):
    page.goto(f"{server}/#/articles?q=helicopter")
    page.click("table.articles a")
    page.locator(".article-text").wait_for()
    assert page.locator("h1.article-title").inner_text() == "Finland complains"
    trigger = page.locator(".article-text .hl-trigger").first
    assert trigger.inner_text().lower() == "accused"
    assert "ACCUSE" in (trigger.get_attribute("title") or "")  # the event's explanation
    assert page.locator(".article-text .hl-actor").count() >= 2
    assert page.locator(".article-text .hl-time").count() >= 1


def test_correct_an_event_and_see_the_correction(server, page):
    page.goto(f"{server}/#/events?actor=FIN")
    page.locator("table.events tbody tr a", has_text="ACCUSE").first.click()
    form = page.locator("#review-form")
    form.wait_for()
    form.locator("input[value=corrected]").check()
    form.locator("select[name=eventType]").select_option("REJECT")
    form.locator("input[name=reviewer]").fill("Ana Analyst")
    form.locator("input[name=note]").fill("a complaint, <i>not</i> an accusation")
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[type=submit]").click()
    # the page redraws with the correction beside the machine's value
    correction = page.locator("table.fields ins.correction", has_text="REJECT")
    correction.wait_for()
    assert page.locator("table.fields del.machine").first.inner_text().startswith("ACCUSE")
    assert page.locator(".history li", has_text="Ana Analyst").count() == 1
    assert page.locator(".history q").inner_text() == "a complaint, <i>not</i> an accusation"
    page.goto(f"{server}/#/events?actor=FIN")
    page.locator("table.events .badge.verdict-corrected").first.wait_for()
    page.goto(f"{server}/#/reviews")
    page.locator("table.reviews td", has_text="Ana Analyst").wait_for()


def test_a_script_title_is_text_everywhere(server, page):
    for where in ["#/articles", "#/search?q=Riga", "#/events?q=trade"]:
        page.goto(f"{server}/{where}")
        page.locator(".page").wait_for()
        page.wait_for_load_state("networkidle")
    page.goto(f"{server}/#/articles")
    link = page.locator("table.articles a", has_text=XSS)
    assert link.inner_text() == XSS
    link.click()
    page.locator("h1.article-title").wait_for()
    assert page.locator("h1.article-title").inner_text() == XSS
    assert "<b>Bold</b>" in page.locator(".article-text").inner_text()
    # nothing the data said became an element
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    assert page.evaluate("document.querySelectorAll('main b, main img').length") == 0
    assert DIALOGS == []


def test_charts_draw(server, page):
    page.goto(f"{server}/#/map")
    page.locator("svg.map path.country").first.wait_for(state="attached")
    assert page.locator("svg.map path.country").count() > 150
    page.locator("svg.map circle.place-dot").first.wait_for(state="attached")
    page.goto(f"{server}/#/network")
    page.locator("svg.network circle.node").first.wait_for(state="attached")
    assert "FIN" in (page.locator("svg.network").text_content() or "")
    page.goto(f"{server}/#/timeline?actor=FIN&recipient=RUS&period=day")
    page.locator("svg.timeline-chart rect.bar").first.wait_for(state="attached")
