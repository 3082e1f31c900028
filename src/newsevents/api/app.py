"""The application: the JSON API under ``/api`` and the dashboard at ``/``."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from newsevents.api import routes_read, routes_write
from newsevents.api.access import StoreAccess
from newsevents.api.context import ApiContext
from newsevents.api.errors import BodyLimit, SecurityHeaders, install_error_handlers
from newsevents.store import Store, StoreError

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline
    from newsevents.settings import Settings

DEFAULT_MAX_BODY = 5_000_000

DESCRIPTION = """\
Political events coded from news articles, with the evidence for every field.

Reading needs nothing.  Ingest and reviews need the server's token as
`Authorization: Bearer TOKEN`; a server started without one is read-only and
answers them 403.  Every error is JSON: `{"status", "error", "message"}`.
Values are data: titles, texts and names are returned as they were written and
must be escaped by whoever shows them.
"""


def web_dir() -> Path:
    """The packaged dashboard files."""
    resource = files("newsevents") / "data" / "web"
    with as_file(resource) as path:
        return Path(path)


def create_app(
    db: Path,
    *,
    token: str | None = None,
    settings: Settings | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    pipeline: Pipeline | None = None,
) -> FastAPI:
    """The API and dashboard over the store ``db`` (migrated to this version on start).

    ``token`` enables ingest and reviews; ``settings`` configure the pipeline that
    ingest loads on first use (or give ``pipeline`` ready-made); ``max_body_bytes``
    limits a request body.
    """
    db = Path(db)
    if not db.exists():
        raise StoreError(f"{db}: no such store (run `newsevents ingest --db {db} ...` first)")
    store = Store(db)  # opened for writing once: applies pending migrations
    app = FastAPI(
        title="newsevents",
        description=DESCRIPTION,
        version=_version(),
        openapi_url="/api/openapi.json",
        docs_url=None,  # FastAPI's pages load their scripts from a CDN: not offline
        redoc_url=None,
    )
    app.state.newsevents = ApiContext(
        StoreAccess(store), token or None, settings, _pipeline=pipeline
    )
    install_error_handlers(app)
    app.include_router(routes_read.router)
    app.include_router(routes_write.router)
    web = web_dir()
    app.mount("/static", StaticFiles(directory=web), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web / "index.html", headers={"Cache-Control": "no-cache"})

    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsevents")
    except PackageNotFoundError:
        return "0+unknown"
