"""The ``newsevents`` command: a thin layer over the library API."""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, TextIO

import typer

from newsevents.errors import InputError, NewsEventsError
from newsevents.records import AnalyzedArticle

app = typer.Typer(
    help="Turn news articles into political event data (PLOVER/CAMEO): who did what to "
    "whom, when and where, with the sentence that proves it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXAMPLE = "moldova-transnistria-2021-03-03.txt"


class EventFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


InputsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files or directories (.txt, .html, .jsonl, .csv, .tsv; directories are read "
        "recursively) or - for standard input.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(help="Publication date for every input (YYYY-MM-DD[THH:MM]), overriding it."),
]
SourceOpt = Annotated[str | None, typer.Option(help="Source name for every input, overriding it.")]
ExampleOpt = Annotated[
    bool, typer.Option("--example", help="Also read the example article packaged with newsevents.")
]
ProgressOpt = Annotated[
    bool | None,
    typer.Option("--progress/--no-progress", help="Progress bar (default: when on a terminal)."),
]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")]
BatchOpt = Annotated[int | None, typer.Option(help="Texts per spaCy batch.")]


def example_path() -> Path:
    """Path of the packaged example article."""
    return Path(str(resources.files("newsevents") / "data" / "examples" / EXAMPLE))


@contextmanager
def _open_out(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _run(
    inputs: list[str] | None,
    example: bool,
    published: str | None,
    source: str | None,
    progress: bool | None,
    config: Path | None,
    batch_size: int | None,
) -> Iterator[AnalyzedArticle]:
    """Analyse inputs, reporting bad ones on stderr; yields the good results."""
    from tqdm import tqdm

    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Pipeline
    from newsevents.settings import Settings

    paths = list(inputs or [])
    if example:
        paths.append(str(example_path()))
    if not paths:
        raise typer.BadParameter("give at least one INPUT (or --example)")
    pub = None
    if published:
        try:
            pub = datetime.fromisoformat(published)
        except ValueError:
            raise typer.BadParameter(f"--published {published!r} is not YYYY-MM-DD") from None
    settings = Settings.load(config, batch_size=batch_size)
    pipeline = Pipeline(settings)
    show = progress if progress is not None else sys.stderr.isatty()
    counts = {"articles": 0, "failed": 0, "events": 0}
    bar = tqdm(
        total=_estimate(paths),
        unit="article",
        disable=not show,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    try:
        items = iter_articles(paths, published=pub, source=source)
        for res in pipeline.analyze(items):
            bar.update(1)
            if isinstance(res, InputError):
                counts["failed"] += 1
                tqdm.write(f"error: {res}", file=sys.stderr)
                continue
            counts["articles"] += 1
            counts["events"] += len(res.events)
            yield res
    finally:
        bar.close()
        typer.echo(
            f"newsevents: {counts['articles']} articles read, {counts['failed']} failed, "
            f"{counts['events']} events found",
            err=True,
        )


def _estimate(paths: list[str]) -> int | None:
    """Number of articles the inputs hold, for the progress bar's ETA (None if unknown)."""
    total = 0
    for p in paths:
        path = Path(p)
        if p == "-":
            return None
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if not f.is_file():
                continue
            if f.suffix.lower() in (".jsonl", ".ndjson", ".csv", ".tsv"):
                with open(f, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
                if f.suffix.lower() in (".csv", ".tsv"):
                    total -= 1
            else:
                total += 1
    return max(total, 0)


@app.command()
def extract(
    inputs: InputsArg = None,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    source: SourceOpt = None,
    example: ExampleOpt = False,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON (one object per article).")] = False,
    progress: ProgressOpt = None,
    config: ConfigOpt = None,
    batch_size: BatchOpt = None,
) -> None:
    """Analyse articles: a JSON line each with entities, actors, places, times, quotes, events.

    The fields and offsets are described in docs/output.md.

    Example: newsevents extract --example --pretty
    """
    from newsevents.output import article_to_dict

    with _open_out(output) as out:
        for res in _run(inputs, example, published, source, progress, config, batch_size):
            out.write(
                json.dumps(article_to_dict(res), ensure_ascii=False, indent=2 if pretty else None)
                + "\n"
            )


@app.command()
def code(
    inputs: InputsArg = None,
    output: OutputOpt = None,
    fmt: Annotated[
        EventFormat, typer.Option("--format", "-f", help="jsonl: PLOVER JSON; csv/tsv: flat.")
    ] = EventFormat.jsonl,
    published: PublishedOpt = None,
    source: SourceOpt = None,
    example: ExampleOpt = False,
    progress: ProgressOpt = None,
    config: ConfigOpt = None,
    batch_size: BatchOpt = None,
) -> None:
    """Code events only: one event per line (JSON Lines) or row (CSV/TSV), with its article id.

    Example: newsevents code articles/ -o events.csv --format csv
    """
    from newsevents.output import CSV_COLUMNS, event_row, event_to_dict

    with _open_out(output) as out:
        writer = None
        if fmt is not EventFormat.jsonl:
            delim = "," if fmt is EventFormat.csv else "\t"
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, delimiter=delim)
            writer.writeheader()
        for res in _run(inputs, example, published, source, progress, config, batch_size):
            for ev in res.events:
                if writer is None:
                    out.write(
                        json.dumps(event_to_dict(ev, res.article.id), ensure_ascii=False) + "\n"
                    )
                else:
                    writer.writerow(event_row(ev, res.article.id))


@app.command()
def coders() -> None:
    """List the event coders (choose one with NEWSEVENTS_CODER or the config file)."""
    from newsevents.coding.base import available_coders

    for name in available_coders():
        typer.echo(name)


def _register_actors() -> None:
    from newsevents.actors_cli import actors_app

    app.add_typer(actors_app, name="actors")


_register_actors()

eval_app = typer.Typer(
    help="Measure accuracy against gold-standard data (precision, recall, F1).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


def _register_evals() -> None:
    from newsevents.evaluate import events, places, quotes, times

    eval_app.command("events", help="Score event coding against PLOVER/CAMEO gold sentences.")(
        events.cli_command
    )
    eval_app.command("quotes", help="Score quotes and speakers against PolNeAR attributions.")(
        quotes.cli_command
    )
    eval_app.command("places", help="Score place recognition and resolution against LGL.")(
        places.places_cli_command
    )
    eval_app.command("times", help="Score time expressions against TimeML (TimeBank).")(
        times.times_cli_command
    )


_register_evals()


def main() -> None:
    """Console entry point: library errors become one line on stderr, exit status 2."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        app()
    except NewsEventsError as exc:
        typer.echo(f"newsevents: error: {exc}", err=True)
        raise SystemExit(2) from None
    except BrokenPipeError:
        raise SystemExit(0) from None
    except KeyboardInterrupt:
        # lines already written are complete: each article is written in one piece
        typer.echo("newsevents: interrupted", err=True)
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
