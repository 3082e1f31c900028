"""``newsevents actors``: look up, list and add actors of the knowledge base.

A typer sub-app; the main CLI registers it with ``app.add_typer(actors_app, name="actors")``.
The user actor file is ``--kb FILE``, else the file named by ``NEWSEVENTS_ACTORS_FILE``
(format: ``newsevents/data/kb/README.md``, docs/actors.md).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from newsevents.errors import NewsEventsError

actors_app = typer.Typer(
    help="Look up who a name, title or description refers to (PLOVER code, sector, office), "
    "list the knowledge base, and add your own actors.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class AddKind(StrEnum):
    person = "person"
    organisation = "organisation"
    state = "state"
    armed = "armed"
    igo = "igo"
    ngo = "ngo"
    company = "company"


KbOpt = Annotated[
    Path | None,
    typer.Option(
        "--kb",
        help="User actor file (TSV) loaded on top of the packaged data; default: "
        "$NEWSEVENTS_ACTORS_FILE.",
        show_default=False,
    ),
]
#: umbrella kinds for ``list --kind``
_UMBRELLA = {
    "state": {"country", "disputed", "seat", "state"},
    "organisation": {"organisation", "armed", "igo", "ngo", "company"},
}


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors as one line on stderr and exit status 2."""
    try:
        yield
    except NewsEventsError as exc:
        typer.echo(f"newsevents actors: error: {exc}", err=True)
        raise typer.Exit(2) from None


def _date(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{what} {value!r} is not a date (YYYY-MM-DD)") from None


# -- lookup ------------------------------------------------------------------------------------


@actors_app.command()
def lookup(
    texts: Annotated[
        list[str] | None,
        typer.Argument(
            help="Names or descriptions to look up, one query each.", show_default=False
        ),
    ] = None,
    when: Annotated[
        str | None,
        typer.Option("--date", help="Date (YYYY-MM-DD) for people's offices; default: latest."),
    ] = None,
    context: Annotated[
        str | None,
        typer.Option(help="A sentence containing the text: resolves 'he', 'the leader'..."),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option(
            "--file",
            help="JSON Lines of queries ({'text', optional 'date', 'context'}); - for stdin.",
            show_default=False,
        ),
    ] = None,
    kb: KbOpt = None,
) -> None:
    """Resolve names, titles and descriptions to actors: one JSON object per query.

    Examples: newsevents actors lookup "Vladimir Putin" --date 2017-11-14;
    newsevents actors lookup he --context "Putin met Bibilov, and he said..."
    """
    from newsevents.resolve.lookup import Lookup, LookupQuery
    from newsevents.resolve.userkb import load_knowledge

    if not texts and not file:
        raise typer.BadParameter("give TEXT to look up or --file QUERIES.jsonl")
    day = _date(when, "--date")
    failed = 0

    def queries() -> Iterator[LookupQuery]:
        nonlocal failed
        for text in texts or ():
            yield LookupQuery(text, day, context)
        if file:
            for origin, query in _read_queries(file, day, context):
                if isinstance(query, str):
                    failed += 1
                    typer.echo(f"newsevents actors: {origin}: {query}", err=True)
                else:
                    yield query

    with _errors():
        knowledge = load_knowledge(kb)
        engine = Lookup(knowledge.kb, knowledge.people)
        for result in engine.many(queries()):
            typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


def _read_queries(file: str, day: date | None, context: str | None) -> Iterator[tuple[str, Any]]:
    """(origin, query or error message) for each non-blank line of a JSON Lines file."""
    from newsevents.resolve.lookup import LookupQuery

    handle: TextIO
    if file == "-":
        handle, name = sys.stdin, "<stdin>"
    else:
        try:
            handle, name = open(file, encoding="utf-8"), file  # noqa: SIM115
        except OSError as exc:
            raise typer.BadParameter(f"--file {file}: {exc.strerror or exc}") from None
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            origin = f"{name}:{number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield origin, f"not JSON ({exc.msg})"
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield origin, 'expected an object with a "text" string'
                continue
            try:
                when = date.fromisoformat(obj["date"][:10]) if obj.get("date") else day
            except (TypeError, ValueError):
                yield origin, f"date {obj.get('date')!r} is not YYYY-MM-DD"
                continue
            ctx = obj.get("context") if isinstance(obj.get("context"), str) else context
            yield origin, LookupQuery(obj["text"], when, ctx)
    finally:
        if handle is not sys.stdin:
            handle.close()


# -- list --------------------------------------------------------------------------------------

_LIST_COLUMNS = ("kind", "id", "name", "code", "sector", "start", "end", "office", "source")


@actors_app.command("list")
def list_actors(
    kind: Annotated[
        str | None,
        typer.Option(
            help="Only this kind: country, disputed, seat, igo, ngo, person, organisation, "
            "armed, company, state; 'state' and 'organisation' also take their subkinds.",
        ),
    ] = None,
    code: Annotated[str | None, typer.Option(help="Only this PLOVER code (RUS, IGO...).")] = None,
    name_contains: Annotated[
        str | None,
        typer.Option("--name-contains", help="Only names or aliases containing this text."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of TSV.")] = False,
    kb: KbOpt = None,
) -> None:
    """List knowledge-base entries (people: one row per role period), packaged then user ones.

    Example: newsevents actors list --kind person --code GEO --name-contains bibilov
    """
    from newsevents.resolve.people import name_key

    kinds = _UMBRELLA.get(kind, {kind}) if kind else None
    wanted_code = code.strip().upper() if code else None
    needle = name_key(name_contains) if name_contains else None
    if not as_json:
        typer.echo("\t".join(_LIST_COLUMNS))
    with _errors():
        for row in _entries(kb):
            if kinds is not None and row["kind"] not in kinds:
                continue
            if wanted_code is not None and row["code"] != wanted_code:
                continue
            names = [row["name"], *row["aliases"]]
            if needle is not None and not any(needle in name_key(n) for n in names):
                continue
            if as_json:
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                cells = [row[c] if c != "sector" else ";".join(row[c]) for c in _LIST_COLUMNS]
                typer.echo("\t".join("" if v is None else str(v) for v in cells))


def _entries(kb: Path | None) -> Iterator[dict[str, Any]]:
    from newsevents.resolve.kb import KnowledgeBase
    from newsevents.resolve.people import PeopleIndex
    from newsevents.resolve.userkb import env_actors_file, read_user_file

    def row(**fields: Any) -> dict[str, Any]:
        base = dict.fromkeys(_LIST_COLUMNS)
        base.update(sector=[], aliases=[], source="packaged")
        base.update(fields)
        return base

    packaged = KnowledgeBase.default()
    for entry in packaged.entries.values():
        yield row(
            kind=entry.kind,
            id=entry.id,
            name=entry.name,
            code=entry.code,
            sector=list(entry.sector),
            aliases=[n for n in packaged.names_of(entry) if n != _core(entry.name)],
        )
    people = PeopleIndex.default()
    for person in people.people:
        for office in person.offices:
            yield row(
                kind="person",
                id=person.id,
                name=person.name,
                code=office.code,
                sector=list(office.sector),
                start=office.start.isoformat() if office.start else None,
                end=office.end.isoformat() if office.end else None,
                office=office.office,
                aliases=list(person.aliases),
            )
    for group in people.all_groups:
        yield row(
            kind=group.kind,
            id=group.id,
            name=group.name,
            code=group.code,
            sector=list(group.sector),
            aliases=list(group.aliases),
        )
    path = kb or env_actors_file()
    if path is None:
        return
    for user in read_user_file(path):
        yield row(
            kind=user.kind,
            id=user.id,
            name=user.name,
            code=user.code,
            sector=list(user.sector),
            start=user.start.isoformat() if user.start else None,
            end=user.end.isoformat() if user.end else None,
            office=user.office,
            aliases=list(user.aliases),
            source=user.origin,
        )


def _core(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


# -- add ---------------------------------------------------------------------------------------


@actors_app.command()
def add(
    kb: Annotated[Path, typer.Option("--kb", help="User actor file to append to (created).")],
    name: Annotated[str, typer.Option(help="Canonical name ('Anatoly Bibilov').")],
    code: Annotated[
        str, typer.Option(help="PLOVER country field: ISO alpha-3, or IGO NGO UNO EUR IMG MNC.")
    ],
    kind: Annotated[AddKind, typer.Option(help="What the entry is.")] = AddKind.person,
    sector: Annotated[
        list[str] | None, typer.Option(help="PLOVER sector (GOV, MIL, PRE...); repeatable.")
    ] = None,
    alias: Annotated[list[str] | None, typer.Option(help="Another name; repeatable.")] = None,
    office: Annotated[str | None, typer.Option(help="Office held (people).")] = None,
    start: Annotated[str | None, typer.Option(help="First day in the role (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option(help="Last day in the role (YYYY-MM-DD).")] = None,
    entry_id: Annotated[
        str | None, typer.Option("--id", help="Identifier; default: from the name.")
    ] = None,
) -> None:
    """Add an actor (a person's role period, an organisation or a state name) to a user file.

    Example: newsevents actors add --kb my-actors.tsv --name "Anatoly Bibilov" --code GEO
    --sector GOV --sector PRE --office "President of South Ossetia" --start 2017-05-21
    """
    from newsevents.resolve.kb import KnowledgeBase
    from newsevents.resolve.people import name_key
    from newsevents.resolve.userkb import UserEntry, append_entries, check_entry, read_user_file

    with _errors():
        existing = read_user_file(kb) if kb.is_file() else []
        ident = entry_id
        if ident is None and kind is AddKind.person:
            # another period of a person already in the file keeps that person's id
            same = [
                e for e in existing if e.kind == "person" and name_key(e.name) == name_key(name)
            ]
            ident = same[0].id if same else None
        entry = UserEntry(
            id=(ident or "").strip() or _slug(name),
            name=name.strip(),
            kind=kind.value,
            code=code.strip(),
            sector=tuple(s.strip() for s in sector or () if s.strip()),
            aliases=tuple(a.strip() for a in alias or () if a.strip()),
            start=_date(start, "--start"),
            end=_date(end, "--end"),
            office=(office or "").strip() or None,
        )
        check_entry(entry, KnowledgeBase.default())
        clash = next((e for e in existing if e.id == entry.id), None)
        if clash is not None and (clash.kind != entry.kind or entry.kind != "person"):
            raise typer.BadParameter(
                f"id {entry.id!r} is already used in {kb} ({clash.origin}); choose another --id"
            )
        if entry.kind == "state" and KnowledgeBase.default().get(entry.id) is not None:
            raise typer.BadParameter(
                f"id {entry.id!r} is a packaged knowledge-base id; choose another --id"
            )
        append_entries(kb, [entry])
    sectors = ";".join(entry.sector) or "no sector"
    dates = f" {entry.start or ''}..{entry.end or ''}" if entry.start or entry.end else ""
    typer.echo(f"added {entry.kind} {entry.name} ({entry.code} {sectors}{dates}) to {kb}")


def _slug(name: str) -> str:
    from newsevents.resolve.userkb import slug

    return slug(name)


# -- import-dictionary ------------------------------------------------------------------------


@actors_app.command("import-dictionary")
def import_dictionary(
    dictionary: Annotated[
        Path, typer.Argument(help="PETRARCH/TABARI actor dictionary (*.actors.txt).")
    ],
    kb: Annotated[Path, typer.Option("--kb", help="User actor file to append to (created).")],
) -> None:
    """Convert a PETRARCH/TABARI actor dictionary (CAMEO codes) into user-file rows.

    People get one row per dated role, organisations one row each, with PLOVER codes.

    Example: newsevents actors import-dictionary my.actors.txt --kb my-actors.tsv
    """
    from newsevents.resolve.people import PeopleIndex
    from newsevents.resolve.petrarch import convert_dictionary
    from newsevents.resolve.userkb import UserEntry, append_entries, check_entry, read_user_file

    try:
        text = dictionary.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise typer.BadParameter(f"{dictionary}: {exc.strerror or exc}") from None
    with _errors():
        known = (p.name for p in PeopleIndex.default().people)
        people, groups, stats = convert_dictionary(text, dictionary.name, first_names=known)
        rows = [
            UserEntry(
                id=p.id,
                name=p.name,
                kind="person",
                code=p.code,
                sector=p.sector,
                aliases=p.aliases,
                start=p.start,
                end=p.end,
                office=p.office or None,
                cameo=p.cameo or None,
            )
            for p in people
        ]
        rows += [
            UserEntry(
                id=g.id,
                name=g.name,
                kind=g.kind,
                code=g.code,
                sector=g.sector,
                aliases=g.aliases,
                cameo=g.cameo or None,
            )
            for g in groups
        ]
        for row in rows:
            check_entry(row)
        existing = read_user_file(kb) if kb.is_file() else []
        seen = {tuple(e.cells()) for e in existing}
        new = [r for r in rows if tuple(r.cells()) not in seen]
        append_entries(kb, new)
    persons = len({p.id for p in people})
    skipped = sum(
        n for k, n in stats.entries.items() if "skipped" in k or "without" in k or k == "no codes"
    )
    typer.echo(
        f"imported {persons} people ({len(people)} role periods) and {len(groups)} "
        f"organisations from {dictionary} into {kb}: {len(new)} rows written, "
        f"{len(rows) - len(new)} already there, {skipped} entries not convertible"
    )


# -- mentions ----------------------------------------------------------------------------------

_MENTION_COLUMNS = (
    "article",
    "mention",
    "start",
    "end",
    "actor",
    "name",
    "kind",
    "code",
    "sector",
    "office",
    "identifier",
)


@actors_app.command()
def mentions(
    inputs: Annotated[
        list[str], typer.Argument(help="Article files or directories (as for extract).")
    ],
    markdown: Annotated[
        bool, typer.Option("--markdown", help="A Markdown table instead of TSV.")
    ] = False,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for every input.")
    ] = None,
    kb: KbOpt = None,
) -> None:
    """How every actor mention and place of articles resolves: one row per mention, in text
    order (offsets into the article text as ``extract`` prints it).

    Example: newsevents actors mentions article.txt --markdown
    """
    from datetime import datetime

    from newsevents import nlp
    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Pipeline
    from newsevents.resolve.actors import ActorResolver
    from newsevents.resolve.userkb import load_knowledge

    day = _date(published, "--published")
    pub = datetime(day.year, day.month, day.day) if day else None
    if markdown:
        typer.echo("| " + " | ".join(_MENTION_COLUMNS) + " |")
        typer.echo("|" + "---|" * len(_MENTION_COLUMNS))
    else:
        typer.echo("\t".join(_MENTION_COLUMNS))
    with _errors():
        knowledge = load_knowledge(kb)
        resolver = ActorResolver(knowledge.kb, knowledge.people)
        pipeline = Pipeline()
        for article in iter_articles(inputs, published=pub):
            if isinstance(article, NewsEventsError):
                typer.echo(f"newsevents actors: {article}", err=True)
                continue
            doc = nlp.parse_one(article.text)
            result = pipeline.analyze_parsed(article, doc)
            when = article.published.date() if article.published else None
            actors = resolver.resolve(doc, article.source, when).actors
            rows: list[tuple[int, list[str]]] = []
            for actor in actors:
                for m in actor.mentions:
                    cells = [
                        actor.id,
                        actor.name,
                        actor.kind,
                        actor.code or "",
                        ";".join(actor.sector),
                        actor.office or "",
                        actor.identifier_id or "",
                    ]
                    rows.append((m.start, [article.id, m.text, str(m.start), str(m.end), *cells]))
            for p in result.places:
                ident = f"geonames:{p.geonameid}" if p.geonameid else ""
                cells = [
                    "",
                    p.name,
                    f"place ({p.feature_class or '?'})",
                    p.code or "",
                    "",
                    "",
                    ident,
                ]
                rows.append((p.start, [article.id, p.text, str(p.start), str(p.end), *cells]))
            for _start, cells in sorted(rows, key=lambda r: (r[0], r[1][4] == "")):
                if markdown:
                    typer.echo("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
                else:
                    typer.echo("\t".join(cells))


if __name__ == "__main__":  # python -m newsevents.actors_cli, before it is registered
    actors_app()
