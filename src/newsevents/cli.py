"""The ``newsevents`` command: a thin layer over the library API."""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsevents.cli_util import open_out, parse_published
from newsevents.errors import InputError, NewsEventsError
from newsevents.records import AnalyzedArticle, Article

if TYPE_CHECKING:
    from newsevents.settings import Settings

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
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        help="Worker processes, each loading the models once (default: all cores; "
        "1: none, all in this process).",
        show_default=False,
    ),
]
ResumeOpt = Annotated[
    bool,
    typer.Option(
        "--resume",
        help="Continue an interrupted run: skip the articles already in the -o FILE and "
        "append the rest.",
    ),
]


def example_path() -> Path:
    """Path of the packaged example article."""
    return Path(str(resources.files("newsevents") / "data" / "examples" / EXAMPLE))


def _resume(
    output: Path | None, fmt: str, *, per_event: bool
) -> tuple[Callable[[Article], bool] | None, bool]:
    """Cut ``output`` back to its complete records; a ``skip`` for the articles they hold.

    Also says whether the file is now empty (a CSV needs its header again).
    """
    from newsevents.readback import resume_point

    if output is None:
        raise typer.BadParameter("--resume needs -o FILE: the output to continue")
    point = resume_point(output, fmt, per_event=per_event)
    if output.exists():
        with open(output, "r+b") as fh:
            fh.truncate(point.keep_bytes)
    done = dict(point.done)

    def skip(article: Article) -> bool:
        # an id written n times skips its first n occurrences: inputs may repeat an article
        if done.get(article.id, 0) > 0:
            done[article.id] -= 1
            return True
        return False

    return (skip if done else None), point.keep_bytes == 0


def run_inputs(
    inputs: list[str] | None,
    *,
    example: bool = False,
    published: str | None = None,
    source: str | None = None,
    progress: bool | None = None,
    settings: Settings,
    skip: Callable[[Article], bool] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[AnalyzedArticle]:
    """Analyse inputs on ``settings.jobs`` processes; yields the good results in input order.

    Bad inputs are reported on stderr, one line each (and handed to ``on_error``,
    for a store to keep); a progress bar (rate, ETA) and a closing summary go to
    stderr too.  ``skip(article)`` true means the article is already done: it is
    counted as skipped and not analysed.
    """
    from tqdm import tqdm

    from newsevents.ingest import iter_articles
    from newsevents.parallel import analyze_parallel

    paths = list(inputs or [])
    if example:
        paths.append(str(example_path()))
    if not paths:
        raise typer.BadParameter("give at least one INPUT (or --example)")
    pub = parse_published(published)
    show = progress if progress is not None else sys.stderr.isatty()
    counts = {"articles": 0, "failed": 0, "events": 0, "skipped": 0}
    bar = tqdm(
        total=_estimate(paths),
        unit="article",
        disable=not show,
        file=sys.stderr,
        dynamic_ncols=True,
    )

    def todo(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
        for item in items:
            if skip is not None and isinstance(item, Article) and skip(item):
                counts["skipped"] += 1
                bar.update(1)
                continue
            yield item

    items = iter_articles(paths, published=pub, source=source, max_bytes=settings.max_input_bytes)
    results = analyze_parallel(todo(items), settings)
    try:
        for res in results:
            bar.update(1)
            if isinstance(res, InputError):
                counts["failed"] += 1
                tqdm.write(f"error: {res}", file=sys.stderr)
                if on_error is not None:
                    on_error(res)
                continue
            counts["articles"] += 1
            counts["events"] += len(res.events)
            yield res
    finally:
        results.close()  # stops the workers if we stop early (Ctrl-C, broken pipe)
        bar.close()
        skipped = f", {counts['skipped']} skipped (already done)" if counts["skipped"] else ""
        typer.echo(
            f"newsevents: {counts['articles']} articles read, {counts['failed']} failed, "
            f"{counts['events']} events found{skipped}",
            err=True,
        )


def _run(
    inputs: list[str] | None,
    example: bool,
    published: str | None,
    source: str | None,
    progress: bool | None,
    config: Path | None,
    batch_size: int | None,
    jobs: int | None = None,
    skip: Callable[[Article], bool] | None = None,
) -> Iterator[AnalyzedArticle]:
    """:func:`run_inputs` with the settings from the config file and the command's flags."""
    from newsevents.settings import Settings

    settings = Settings.load(config, batch_size=batch_size, jobs=jobs)
    return run_inputs(
        inputs,
        example=example,
        published=published,
        source=source,
        progress=progress,
        settings=settings,
        skip=skip,
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
    jobs: JobsOpt = None,
    resume: ResumeOpt = False,
) -> None:
    """Analyse articles: a JSON line each with entities, actors, places, times, quotes, events.

    The fields and offsets are described in docs/output.md.

    Example: newsevents extract --example --pretty
    """
    from newsevents.output import article_to_dict

    skip = None
    if resume:
        if pretty:
            raise typer.BadParameter("--resume reads JSON Lines: it cannot go with --pretty")
        skip, _ = _resume(output, "jsonl", per_event=False)
    with open_out(output, append=resume) as out:
        for res in _run(
            inputs, example, published, source, progress, config, batch_size, jobs, skip
        ):
            # one write per article: a kill leaves at most a half line, which --resume cuts
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
    jobs: JobsOpt = None,
    resume: ResumeOpt = False,
) -> None:
    """Code events only: one event per line (JSON Lines) or row (CSV/TSV), with its article id.

    Example: newsevents code articles/ -o events.csv --format csv
    """
    from newsevents.output import CSV_COLUMNS, event_row, event_to_dict

    skip, empty = None, True
    if resume:
        # an article without events leaves no line, so it is analysed again
        skip, empty = _resume(output, fmt.value, per_event=True)
    with open_out(output, append=resume) as out:
        writer = None
        if fmt is not EventFormat.jsonl:
            delim = "," if fmt is EventFormat.csv else "\t"
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, delimiter=delim)
            if empty:
                writer.writeheader()
        for res in _run(
            inputs, example, published, source, progress, config, batch_size, jobs, skip
        ):
            if writer is None:
                out.write(
                    "".join(
                        json.dumps(event_to_dict(ev, res.article.id), ensure_ascii=False) + "\n"
                        for ev in res.events
                    )
                )
            else:
                writer.writerows(event_row(ev, res.article.id) for ev in res.events)


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
    eval_app.command(
        "places", help="Score place recognition and resolution against LGL, TR-News or GeoWebNews."
    )(places.places_cli_command)
    eval_app.command("times", help="Score time expressions against TimeML (TimeBank).")(
        times.times_cli_command
    )


_register_evals()


def _register_store() -> None:
    from newsevents import store_cli

    app.command("ingest")(store_cli.ingest)
    app.command("events")(store_cli.events)
    app.command("series")(store_cli.series)
    app.command("stats")(store_cli.stats)


_register_store()


def _register_api() -> None:
    from newsevents.api.cli import reviews_app, serve

    app.command("serve")(serve)
    app.add_typer(reviews_app, name="reviews")


_register_api()


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
