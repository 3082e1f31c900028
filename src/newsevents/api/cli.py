"""``newsevents serve`` and ``newsevents reviews``: the commands of the API and reviews.

Registered on the main app in cli.py.  FastAPI and uvicorn load only when serving.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from newsevents.errors import NewsEventsError

DbOpt = Annotated[Path, typer.Option("--db", help="The store: one DuckDB file.")]


def serve(
    db: DbOpt = Path("newsevents.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token_env: Annotated[
        str | None,
        typer.Option(
            "--token-env",
            help="Name of an environment variable holding the token that ingest and "
            "reviews require (Authorization: Bearer TOKEN). Without a token: read-only.",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(help="The token itself (visible in the process list: prefer --token-env)."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (TOML) for ingest.")
    ] = None,
    max_body: Annotated[
        int, typer.Option(min=1024, help="Largest request body accepted, in bytes.")
    ] = 5_000_000,
) -> None:
    """Serve the dashboard at http://HOST:PORT/ and the JSON API under /api.

    Example: newsevents serve --db news.duckdb
    """
    import uvicorn

    from newsevents.api import create_app
    from newsevents.settings import Settings

    if token and token_env:
        raise typer.BadParameter("give --token or --token-env, not both")
    if token_env:
        token = os.environ.get(token_env)
        if not token:
            raise typer.BadParameter(f"environment variable {token_env} is not set or empty")
    try:
        app = create_app(db, token=token, settings=Settings.load(config), max_body_bytes=max_body)
    except NewsEventsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    mode = "ingest and reviews need the token" if token else "read-only (no token)"
    typer.echo(f"newsevents: serving {db} at http://{host}:{port}/ ({mode})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


reviews_app = typer.Typer(
    help="People's reviews of events: list them, export them as a gold file.",
    no_args_is_help=True,
)


@reviews_app.command("export")
def export(
    db: DbOpt = Path("newsevents.duckdb"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Gold file to write (JSON).")
    ] = Path("gold.json"),
) -> None:
    """Write the reviewed events as a gold file for `newsevents eval events`.

    Example: newsevents reviews export --db news.duckdb -o gold.json &&
    newsevents eval events gold.json --format plover-gsr
    """
    from newsevents.store import Store
    from newsevents.store.reviews import write_gold

    try:
        n = write_gold(Store(db, create=False), output)
    except NewsEventsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"newsevents: {n} reviewed events written to {output}", err=True)


@reviews_app.command("list")
def list_reviews(
    db: DbOpt = Path("newsevents.duckdb"),
    latest: Annotated[bool, typer.Option(help="Only the newest review of each event.")] = True,
) -> None:
    """The reviews, newest first: when, who, verdict, corrections, event."""
    from newsevents.store import Store
    from newsevents.store.reviews import reviews

    try:
        found = reviews(Store(db, create=False), latest=latest)
    except NewsEventsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    for r in found:
        changes = ", ".join(f"{k}={v}" for k, v in r.correction.changed().items())
        typer.echo(
            "\t".join(
                [
                    r.created_at.isoformat(timespec="seconds"),
                    r.reviewer,
                    r.verdict.value,
                    changes,
                    r.cluster_id,
                    " ".join((r.note or "").split()),
                ]
            )
        )
