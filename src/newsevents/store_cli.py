"""``newsevents ingest``, ``events``, ``series`` and ``stats``: the store's commands.

Thin wrappers over :mod:`newsevents.store`; registered on the main app in cli.py.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from newsevents.cli_util import open_out, parse_published
from newsevents.errors import InputError, NewsEventsError
from newsevents.store.options import ExportFormat, Level, Period, Unit

if TYPE_CHECKING:
    from newsevents.settings import Settings
    from newsevents.store import StoreWriter
    from newsevents.store.query import EventQuery, StoredEvent
    from newsevents.store.series import SeriesRow

DbOpt = Annotated[Path, typer.Option("--db", help="The store: one DuckDB file.")]


def _date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{name} {value!r} is not YYYY-MM-DD") from None


# filters shared by events and series
Actor = Annotated[
    str | None, typer.Option(help="Actor code, optionally with a sector: RUS or 'RUS GOV'.")
]
ActorSector = Annotated[str | None, typer.Option(help="Actor sector (GOV, MIL, REB...).")]
Recipient = Annotated[str | None, typer.Option(help="Recipient code, optionally with a sector.")]
RecipientSector = Annotated[str | None, typer.Option(help="Recipient sector.")]
Party = Annotated[str | None, typer.Option(help="Code on either side.")]
EventType = Annotated[str | None, typer.Option("--event", help="PLOVER event type (CONSULT...).")]
Cameo = Annotated[str | None, typer.Option(help="CAMEO code or prefix (04, 042).")]
Quad = Annotated[int | None, typer.Option("--quad", help="Quad class 0-4.")]
Since = Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")]
PlaceOpt = Annotated[
    str | None, typer.Option("--place", help="Place name, country (ISO alpha-3) or GeoNames id.")
]
Modality = Annotated[
    str | None, typer.Option(help="asserted, negated, hypothetical, future or reported.")
]
Search = Annotated[str | None, typer.Option("--search", help="Words in the evidence sentence.")]
SourceF = Annotated[str | None, typer.Option("--source", help="News source name.")]


def ingest(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Files or directories, as for extract.", show_default=False),
    ] = None,
    db: DbOpt = Path("newsevents.duckdb"),
    published: Annotated[str | None, typer.Option(help="Publication date for every input.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name for every input.")] = None,
    example: Annotated[
        bool, typer.Option("--example", help="Also read the packaged example.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=0, help="Worker processes (default: all cores)."),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Run on a Dask cluster at this scheduler address (tcp://HOST:PORT)."),
    ] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar.")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Texts per spaCy batch.")] = None,
) -> None:
    """Analyse articles into the store; safe to rerun and to interrupt.

    The same article twice is stored once; a changed one (same URL, id or file)
    becomes a new version.  Killed at any point, a rerun completes the work without
    duplicates.  Example: newsevents ingest --example --db news.duckdb
    """
    from newsevents.cli import run_inputs
    from newsevents.settings import Settings
    from newsevents.store import Store, StoreWriter
    from newsevents.store.rows import content_hash

    settings = Settings.load(config, batch_size=batch_size, jobs=jobs)
    try:
        store = Store(db)
        known = store.known_contents()
        writer = StoreWriter(store, settings.commit_every)
        with writer:
            if dask:
                _ingest_dask(
                    inputs, dask, db, settings, writer, published, source, example, progress
                )
            else:
                for res in run_inputs(
                    inputs,
                    example=example,
                    published=published,
                    source=source,
                    progress=progress,
                    settings=settings,
                    skip=lambda a: content_hash(a) in known,
                    on_error=writer.add,
                ):
                    writer.add(res)
    except NewsEventsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    s = writer.stats
    typer.echo(
        f"newsevents: stored {s.articles} article versions ({s.new_versions} new versions of "
        f"stored articles), {s.events} events, {s.failures} failures in {db} "
        f"(storage took {s.seconds:.1f} s)",
        err=True,
    )


def _ingest_dask(
    inputs: list[str] | None,
    scheduler: str,
    db: Path,
    settings: Settings,
    writer: StoreWriter,
    published: str | None,
    source: str | None,
    example: bool,
    progress: bool | None,
) -> None:
    import tempfile

    from newsevents.cli import example_path
    from newsevents.cluster import iter_partitions, run_dask
    from newsevents.store.rows import content_hash

    paths = list(inputs or [])
    if example:
        paths.append(str(example_path()))
    pub = parse_published(published)
    # partitions land next to the store, then are loaded in; rows already stored are skipped
    with tempfile.TemporaryDirectory(prefix="newsevents-dask-", dir=db.parent) as tmp:
        known = writer.store.known_contents()
        report = run_dask(
            paths,
            scheduler,
            Path(tmp),
            settings,
            published=pub,
            source=source,
            progress=progress,
            skip=lambda a: content_hash(a) in known,  # stored already: not sent to the cluster
        )
        for item in iter_partitions(Path(tmp)):
            writer.add(item)
    for part in report.failed:
        msg = f"partition {part.index} ({part.articles} articles) failed: {part.error}"
        typer.echo(f"error: {msg}", err=True)
        writer.add(InputError(f"<dask partition {part.index}>", part.error))


def events(
    db: DbOpt = Path("newsevents.duckdb"),
    actor: Actor = None,
    actor_sector: ActorSector = None,
    recipient: Recipient = None,
    recipient_sector: RecipientSector = None,
    party: Party = None,
    event: EventType = None,
    cameo: Cameo = None,
    quad: Quad = None,
    since: Since = None,
    until: Until = None,
    place: PlaceOpt = None,
    modality: Modality = None,
    search: Search = None,
    source: SourceF = None,
    unit: Annotated[
        Unit,
        typer.Option(
            help="events: deduplicated across articles; mentions: every report; "
            "one-a-day: Phoenix's one event per day, dyad and code."
        ),
    ] = Unit.events,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="table, jsonl, csv, tsv, parquet or gdelt."),
    ] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
) -> None:
    """Query the store's events, as a table or in an export format.

    Example: newsevents events --db news.duckdb --actor RUS --event CONSULT --format csv
    """
    from newsevents.store import Store
    from newsevents.store.export import write_events, write_parquet
    from newsevents.store.query import find_events

    q = _query(
        actor,
        actor_sector,
        recipient,
        recipient_sector,
        party,
        event,
        cameo,
        quad,
        since,
        until,
        place,
        modality,
        search,
        source,
    )
    try:
        store = Store(db, create=False)
        if fmt == "parquet":
            if output is None:
                raise typer.BadParameter("--format parquet needs -o FILE")
            n = write_parquet(store, output, q, unit)
            typer.echo(f"newsevents: {n} events written to {output}", err=True)
            return
        found = find_events(store, q, unit, limit=limit)
    except NewsEventsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if fmt != "table" and fmt not in ExportFormat.__members__:
        raise typer.BadParameter(f"unknown format {fmt!r}")
    with open_out(output) as out:
        if fmt == "table":
            _table(found, out)
        else:
            write_events(found, ExportFormat(fmt), out)
    typer.echo(f"newsevents: {len(found)} events", err=True)


def _query(
    actor: str | None,
    actor_sector: str | None,
    recipient: str | None,
    recipient_sector: str | None,
    party: str | None,
    event: str | None,
    cameo: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    place: str | None,
    modality: str | None,
    search: str | None,
    source: str | None,
) -> EventQuery:
    from newsevents.store.query import EventQuery

    return EventQuery(
        actor=actor,
        actor_sector=actor_sector,
        recipient=recipient,
        recipient_sector=recipient_sector,
        party=party,
        event_type=event,
        cameo=cameo,
        quad_class=quad,
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        place=place,
        modality=modality,
        text=search,
        source=source,
    )


def _side(codes: list[str], sectors: list[str], entities: list[str]) -> str:
    # a disputed entity's authorities are named by their entity: GEO PRE is two places
    return "; ".join(
        " ".join(
            [
                c or "?",
                *[s for s in sec.split("+") if s],
                *([f"({ent})"] if ent and "PRE" in sec.split("+") else []),
            ]
        )
        for c, sec, ent in zip(codes, sectors, entities, strict=False)
    )


def _table(found: list[StoredEvent], out: TextIO) -> None:
    rows = [
        [
            e.date or "",
            e.event_type,
            e.cameo_code or "",
            _side(e.actor_codes, e.actor_sectors, e.actor_entities),
            _side(e.recipient_codes, e.recipient_sectors, e.recipient_entities),
            e.place_name or "",
            e.modality,
            str(e.num_articles),
            " ".join((e.evidence or "").split())[:70],
        ]
        for e in found
    ]
    head = [
        "date",
        "event",
        "cameo",
        "actor",
        "recipient",
        "place",
        "modality",
        "articles",
        "evidence",
    ]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(head)]
    for r in [head, *rows]:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")


def series(
    db: DbOpt = Path("newsevents.duckdb"),
    period: Annotated[Period, typer.Option(help="day, week, month or year.")] = Period.month,
    level: Annotated[
        Level, typer.Option(help="country: RUS, GEO PRE; sector: RUS GOV, GEO GOV PRE.")
    ] = Level.country,
    undirected: Annotated[bool, typer.Option(help="A-B and B-A count together.")] = False,
    actor: Actor = None,
    recipient: Recipient = None,
    party: Party = None,
    event: EventType = None,
    cameo: Cameo = None,
    quad: Quad = None,
    since: Since = None,
    until: Until = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="CSV, or Parquet if it ends .parquet.")
    ] = None,
    chart: Annotated[
        Path | None, typer.Option(help="Also draw the series as an SVG chart.")
    ] = None,
) -> None:
    """Counts of events per dyad and period, by event type and quad class.

    Example: newsevents series --db news.duckdb --party RUS --period month --chart rus.svg
    """
    from dataclasses import astuple, fields

    from newsevents.store import Store
    from newsevents.store.chart import series_svg
    from newsevents.store.series import SeriesRow
    from newsevents.store.series import series as make_series

    q = _query(
        actor,
        None,
        recipient,
        None,
        party,
        event,
        cameo,
        quad,
        since,
        until,
        None,
        None,
        None,
        None,
    )
    try:
        rows = make_series(
            Store(db, create=False), q, period=period, level=level, directed=not undirected
        )
    except NewsEventsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    names = [f.name for f in fields(SeriesRow)]
    if output is not None and output.suffix.lower() == ".parquet":
        _series_parquet(rows, output)
    else:
        with open_out(output) as out:
            w = csv.writer(out, lineterminator="\n")
            w.writerow(names)
            w.writerows(astuple(r) for r in rows)
    if chart is not None:
        chart.write_text(
            series_svg(
                rows, period=period, directed=not undirected, title=f"Events per {period.value}"
            ),
            encoding="utf-8",
        )
        typer.echo(f"newsevents: chart written to {chart}", err=True)
    typer.echo(f"newsevents: {len(rows)} series rows", err=True)


def _series_parquet(rows: list[SeriesRow], path: Path) -> None:
    from dataclasses import astuple

    import duckdb

    con = duckdb.connect()
    try:
        con.execute(
            "CREATE TABLE s (period DATE, actor VARCHAR, recipient VARCHAR, event_type VARCHAR, "
            "quad_class INTEGER, events INTEGER, mentions INTEGER, goldstein DOUBLE)"
        )
        if rows:
            con.executemany(
                "INSERT INTO s VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [astuple(r) for r in rows]
            )
        con.sql("SELECT * FROM s ORDER BY ALL").write_parquet(str(path))
    finally:
        con.close()


def stats(db: DbOpt = Path("newsevents.duckdb")) -> None:
    """How much the store holds: articles, versions, event mentions, events, failures."""
    from newsevents.store import Store

    try:
        counts = Store(db, create=False).counts()
    except NewsEventsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    for k, v in counts.items():
        typer.echo(f"{k}\t{v}")
