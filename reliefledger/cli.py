"""The ``reliefledger`` command line."""

from __future__ import annotations

import csv
import datetime as dt
import json
import mimetypes
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Humanitarian report ingestion: casualty, detention and hospital figures, with history.")

DbOption = Annotated[Optional[Path], typer.Option("--db", help="DuckDB file [env: RELIEFLEDGER_DB; default data/reliefledger.duckdb]")]


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    hxl = "hxl"


class SqlFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _read_only(db: Path | None, *, sandboxed: bool = False):
    """A read-only connection to the ledger, or a clear error and exit 2.

    ``sandboxed`` is for queries typed by a person (``reliefledger sql``): the connection may then
    touch no other file or URL (no read_csv('/etc/passwd'), no COPY ... TO, no ATTACH, no
    INSTALL/LOAD) and its settings are locked, so no SET can undo that. The exports keep a plain
    read-only connection: they write their files with COPY ... TO.
    """
    import duckdb

    from warehouse.db import WarehouseError, connect

    try:
        con = connect(db, read_only=True)
    except WarehouseError as exc:
        _fail(str(exc))
    if sandboxed:
        try:
            con.execute("SET enable_external_access = false")
            con.execute("SET lock_configuration = true")
        except duckdb.Error as exc:  # never run a person's query on a connection we could not lock down
            con.close()
            _fail(f"cannot make the query connection read-only: {exc}")
    return con


def _fail(message: str, code: int = 2) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report files: .txt, .html or .json")],
    format: Annotated[ExtractFormat, typer.Option("--format", help="jsonl: one figure per line")] = ExtractFormat.jsonl,
    published: Annotated[Optional[str], typer.Option(help="The documents' date (YYYY-MM-DD), for figures that state none")] = None,
    publisher: Annotated[Optional[str], typer.Option(help="Who published the documents")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show each sentence's numbers and what each became, "
                                                             "or why it is no figure")] = False,
) -> None:
    """Print the figures stated in each file."""
    import parsers

    published_date = None
    if published:
        try:
            published_date = dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--published {published!r} is not a YYYY-MM-DD date")
    readable = 0
    for path in paths:
        try:
            body = path.read_bytes()
        except OSError as exc:
            typer.echo(f"skipped {path}: {exc.strerror or exc}", err=True)
            continue
        readable += 1
        document = parsers.parse_document(body, parser="auto", content_type=mimetypes.guess_type(path.name)[0],
                                          url=path.as_uri() if path.is_absolute() else None,
                                          published=published_date, publisher=publisher)
        for warning in document.warnings:
            typer.echo(f"{path}: {warning}", err=True)
        if explain:
            _print_explanation(path, document)
            continue
        for figure in document.figures:
            if format is ExtractFormat.jsonl:
                typer.echo(json.dumps({"file": str(path), **figure.to_json()}, ensure_ascii=False))
            else:
                value = figure.to_json()["value"]
                typer.echo(f"{path.name:<24} {figure.family:<10} {figure.metric:<30} {value!s:>9} "
                           f"{figure.qualifier:<8} {figure.group:<14} {figure.period:<10} "
                           f"{figure.attributed_to or '-':<28} {figure.quote[:70]}")
    if paths and not readable:
        raise typer.Exit(1)


def _print_explanation(path: Path, document) -> None:
    from parsers.explain import explain as explain_figures, format_explanations

    highlight = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("[[", "]]")
    typer.echo(f"== {path}")
    if not document.text:  # structured data (JSON): no sentences to explain
        typer.echo(f"(no text: {len(document.figures)} figures from structured data)")
        return
    typer.echo(format_explanations(explain_figures(document.text, document.figures), highlight))


@app.command()
def ingest(
    sources: Annotated[Path, typer.Option("--sources", help="Source registry")] = Path("sources.toml"),
    db: DbOption = None,
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Only these source slugs (repeatable)")] = None,
) -> None:
    """Run the nightly flow now: fetch, archive, parse and load every enabled source."""
    from flows.nightly import NightFailed, nightly_ingest
    from flows.writer import WriterBusy
    from reliefledger.registry import RegistryError, load_registry
    from warehouse.db import WarehouseError

    # Fail fast with a clear message, before Prefect starts, on what the flow would only find later.
    try:
        enabled = {s.slug for s in load_registry(sources) if s.enabled}
        _check_writable(db)
    except (RegistryError, WarehouseError, WriterBusy) as exc:
        _fail(str(exc))
    if only and (unknown := sorted(set(only) - enabled)):
        _fail(f"--only names no enabled source of {sources}: {', '.join(unknown)}")
    state = nightly_ingest(sources_file=str(sources), db_path=str(db) if db else None, only=only, return_state=True)
    result = state.result(raise_on_failure=False)
    if isinstance(result, NightFailed):
        _print_outcomes(result.outcomes)
        _fail(str(result), code=1)
    if isinstance(result, BaseException):
        _fail(f"the night failed: {result}", code=1)
    _print_outcomes(result)


def _check_writable(db: Optional[Path]) -> None:
    """Open (create, migrate) the ledger once, after any run writing it now is done (it holds the lock)."""
    from flows.writer import single_writer
    from warehouse.db import connect, default_db_path

    with single_writer(db or default_db_path()):
        connect(db).close()


def _print_outcomes(outcomes) -> None:
    for o in outcomes:
        errors = f"  ({'; '.join(o.errors)})" if o.errors else ""
        typer.echo(f"{o.slug:<28} {o.status:<13} new documents {o.new_documents:>3}  "
                   f"new figures {o.new_figures:>5}{errors}")


@app.command()
def sql(
    query: Annotated[Optional[str], typer.Argument(help="A SQL query (read-only); none: how to open a SQL shell")] = None,
    db: DbOption = None,
    format: Annotated[SqlFormat, typer.Option("--format")] = SqlFormat.table,
) -> None:
    """Run a query on a read-only connection to the ledger; with no query, open a prompt or say how."""
    import duckdb

    from warehouse.db import default_db_path

    con = _read_only(db, sandboxed=True)
    if query is None:
        typer.echo(_shell_help(db or default_db_path()))
        if sys.stdin.isatty():
            _prompt(con, format)
        con.close()
        return
    try:
        cursor = con.execute(query)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except duckdb.Error as exc:
        _fail(f"query failed: {exc}", code=1)
    finally:
        con.close()
    _print_rows(columns, rows, format)


def _shell_help(db: Path) -> str:
    return (f"The ledger is {db}. To open it read-only in DuckDB's own CLI (the file is written in the "
            f"DuckDB 1.5 storage format):\n\n"
            f"    pip install 'duckdb-cli==1.5.*'      # or: uvx --from 'duckdb-cli==1.5.*' duckdb\n"
            f"    duckdb -readonly {db}\n\n"
            "Close it before the nightly ingest runs (DuckDB allows one writer and no readers beside it). "
            "The views are documented in warehouse/README.md.")


def _prompt(con, format: SqlFormat) -> None:
    """A minimal read-only SQL prompt: one statement per line, an empty line or Ctrl-D ends it."""
    import duckdb

    typer.echo("\nOr type a query here (one line each; an empty line or Ctrl-D quits).")
    while True:
        try:
            query = input("reliefledger> ").strip()
        except EOFError:
            break
        if not query:
            break
        try:
            cursor = con.execute(query)
            _print_rows([d[0] for d in cursor.description or []], cursor.fetchall(), format)
        except duckdb.Error as exc:
            typer.secho(f"query failed: {exc}", fg=typer.colors.RED, err=True)


def _print_rows(columns: list[str], rows: list[tuple], format: SqlFormat) -> None:
    if format is SqlFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif format is SqlFormat.json:
        for row in rows:
            typer.echo(json.dumps(dict(zip(columns, row)), default=str, ensure_ascii=False))
    else:
        typer.echo(format_table(columns, rows))


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="csv, parquet, or hxl (CSV with a hashtag row)")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write figures_latest, figure_history and observations to")],
    db: DbOption = None,
) -> None:
    """Export the latest figures, the full history and the observations with provenance."""
    from warehouse.exports import ExportError, export_ledger

    con = _read_only(db)
    try:
        written = export_ledger(con, out, format.value)
    except ExportError as exc:
        _fail(str(exc), code=1)
    finally:
        con.close()
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def plot(
    series_key: Annotated[Optional[str], typer.Argument(help="The series_key; or use the filters")] = None,
    out: Annotated[Path, typer.Option("--out", help="The PNG file to write")] = Path("series.png"),
    db: DbOption = None,
    metric: Annotated[Optional[str], typer.Option("--metric", help="e.g. killed")] = None,
    group: Annotated[Optional[str], typer.Option("--group", help="e.g. all, children")] = None,
    originator: Annotated[Optional[str], typer.Option("--originator", help="e.g. 'Gaza Ministry of Health'")] = None,
    location: Annotated[Optional[str], typer.Option("--location", help="e.g. 'Gaza Strip'")] = None,
    series_period: Annotated[Optional[str], typer.Option("--series-period", help="cumulative, period, point, "
                                                         "'cumulative since YYYY-MM-DD'")] = None,
) -> None:
    """Draw one series' history by publisher to a PNG; the key or the filters must name exactly one series."""
    from reliefledger.plot import PlotError, describe, plot_series, resolve_series

    con = _read_only(db)
    try:
        series = resolve_series(con, series_key, metric=metric, group=group, originator=originator,
                                location=location, series_period=series_period)
        plot_series(con, series, out)
    except PlotError as exc:
        _fail(str(exc), code=1)
    finally:
        con.close()
    typer.echo(f"wrote {out}: {describe(series)}")


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    def show(value) -> str:
        text = "" if value is None else str(value)
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[show(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


@app.command("sources")
def list_sources(
    sources: Annotated[Path, typer.Option("--sources", help="Source registry")] = Path("sources.toml"),
    db: DbOption = None,
) -> None:
    """List the sources of a registry, with their last fetch and last new document in the ledger."""
    import duckdb

    from reliefledger.registry import RegistryError, load_registry
    from warehouse.db import WarehouseError, connect
    from warehouse.queries import source_status

    try:
        registry = load_registry(sources)
    except RegistryError as exc:
        _fail(str(exc))
    from warehouse.db import default_db_path

    db_path = db or default_db_path()
    try:
        con = connect(db_path, read_only=True)
        status = source_status(con)
        con.close()
    except WarehouseError as exc:
        # A path DuckDB cannot open at all (a folder, not a DuckDB file, locked by a writer) is an error;
        # no ledger yet, or one waiting for the next ingest to migrate it, leaves the registry alone and a note.
        if db_path.is_dir() or isinstance(exc.__cause__, (duckdb.IOException, duckdb.ConnectionException)):
            _fail(str(exc))
        status = {}
        typer.echo(f"note: {exc}", err=True)
    rows = []
    for s in registry:
        seen = status.get(s.slug, {})
        last = seen.get("last_error") or ("not modified" if seen.get("last_not_modified") else seen.get("last_status"))
        rows.append((s.slug, s.kind, "yes" if s.enabled else "no", _when(seen.get("last_fetch_at")),
                     "" if last is None else str(last), _when(seen.get("last_new_document_at")),
                     seen.get("documents", 0), s.url))
    typer.echo(format_table(["slug", "kind", "enabled", "last fetch", "status", "last new document", "documents",
                             "url"], rows, 60))


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


@app.command()
def reparse(
    db: DbOption = None,
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Only these source slugs (repeatable)")] = None,
    dask: Annotated[bool, typer.Option("--dask", help="Parse the batches on a Dask LocalCluster (all cores)")] = False,
    dask_address: Annotated[Optional[str], typer.Option("--dask-address", help="Parse them on this Dask scheduler "
                            "(tcp://host:8786; its workers must see the archive folder)")] = None,
) -> None:
    """Re-read the raw archive with today's parsers, adding rows under their new versions (nothing is deleted)."""
    from flows.reparse import dask_runner, reparse as reparse_flow
    from flows.writer import WriterBusy
    from warehouse.db import WarehouseError

    try:
        _check_writable(db)
    except (WarehouseError, WriterBusy) as exc:
        _fail(str(exc))
    if dask or dask_address:
        reparse_flow = reparse_flow.with_options(task_runner=dask_runner(dask_address))
    state = reparse_flow(db_path=str(db) if db else None, only=only, return_state=True)
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        _fail(f"the reparse failed: {result}", code=1)
    for o in result:
        errors = f"  ({'; '.join(o.errors)})" if o.errors else ""
        typer.echo(f"{o.slug:<28} new figures {o.new_figures:>5}{errors}")
    if not result:
        typer.echo("nothing to re-read: every document's newest parse is by its parser's current version")


@app.command()
def backfill(
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Only these source slugs (repeatable)")] = None,
    start: Annotated[Optional[str], typer.Option("--start", help="Start of the range the backfill is for "
                                                 "(YYYY-MM-DD; names the run, filters nothing)")] = None,
    end: Annotated[Optional[str], typer.Option("--end", help="End of that range (YYYY-MM-DD)")] = None,
    sources: Annotated[Path, typer.Option("--sources", help="Source registry")] = Path("sources.toml"),
    db: DbOption = None,
    dask: Annotated[bool, typer.Option("--dask", help="Fetch and parse on a Dask LocalCluster (all cores)")] = False,
    dask_address: Annotated[Optional[str], typer.Option(
        "--dask-address", help="Fetch and parse on this Dask scheduler (tcp://host:8786; its workers must see "
                               "the archive folder)")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Sources in flight on Dask at once")] = 16,
) -> None:
    """Re-list sources from an empty cursor and load what the ledger misses (waits for a running night)."""
    from flows.backfill import backfill as backfill_flow
    from flows.nightly import NightFailed
    from flows.writer import WriterBusy
    from reliefledger.registry import RegistryError, load_registry
    from warehouse.db import WarehouseError

    for name, value in (("--start", start), ("--end", end)):
        try:
            value and dt.date.fromisoformat(value)
        except ValueError:
            _fail(f"{name} {value!r} is not a YYYY-MM-DD date")
    try:
        enabled = {s.slug for s in load_registry(sources) if s.enabled}
    except RegistryError as exc:
        _fail(str(exc))
    if only and (unknown := sorted(set(only) - enabled)):
        _fail(f"--only names no enabled source of {sources}: {', '.join(unknown)}")
    try:
        _check_writable(db)
    except (WarehouseError, WriterBusy) as exc:
        _fail(str(exc))
    state = backfill_flow(sources=only, start=start, end=end, sources_file=str(sources),
                          db_path=str(db) if db else None, dask=dask, dask_address=dask_address,
                          batch_size=batch_size, return_state=True)
    result = state.result(raise_on_failure=False)
    if isinstance(result, NightFailed):
        _print_outcomes(result.outcomes)
        _fail(str(result), code=1)
    if isinstance(result, BaseException):
        _fail(f"the backfill failed: {result}", code=1)
    _print_outcomes(result)


@app.command()
def server(
    host: Annotated[str, typer.Option("--host", help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port of the API and UI")] = 4200,
    retention_days: Annotated[Optional[float], typer.Option("--retention-days", help="Delete flow runs and events "
                              "older than this [env: RELIEFLEDGER_RETENTION_DAYS; default 30]")] = None,
) -> None:
    """Start a local Prefect server (API and UI), offline, with retention, until Ctrl-C."""
    from flows.operate import offline_env, retention_env, server_command

    typer.echo(f"Prefect UI at http://{host}:{port}; in other shells: export PREFECT_API_URL=http://{host}:{port}/api")
    # The UI asks the API where the server says it is: on another port than 4200 it must be told.
    ui = {"PREFECT_UI_API_URL": os.environ.get("PREFECT_UI_API_URL", f"http://{host}:{port}/api")}
    raise typer.Exit(_run_foreground(server_command(host, port), offline_env(**retention_env(retention_days), **ui)))


@app.command()
def worker(
    pool: Annotated[str, typer.Option("--pool", help="The process work pool to take runs from")] = "local-process",
    run_once: Annotated[bool, typer.Option("--run-once", help="Run what is due, then stop")] = False,
) -> None:
    """Start a Prefect worker that runs the deployments' flows in local processes (needs PREFECT_API_URL)."""
    from flows.operate import offline_env, worker_command

    raise typer.Exit(_run_foreground(worker_command(pool, run_once), offline_env()))


@app.command()
def deploy(
    pool: Annotated[str, typer.Option("--pool", help="The process work pool (created if missing)")] = "local-process",
    alerts_block: Annotated[Optional[str], typer.Option("--alerts-block", help="Also create the alert automation, "
                            "notifying through this notification block (e.g. reliefledger-alerts)")] = None,
) -> None:
    """Register prefect.yaml's deployments (nightly, reparse, backfill) with the server at PREFECT_API_URL."""
    import subprocess

    from flows.operate import create_alert_automation, deploy as deploy_all

    if not os.environ.get("PREFECT_API_URL"):
        _fail("PREFECT_API_URL is not set: start `reliefledger server`, then export PREFECT_API_URL=http://127.0.0.1:4200/api")
    try:
        typer.echo(deploy_all(pool))
    except subprocess.CalledProcessError as exc:
        _fail(f"{' '.join(exc.cmd)} failed:\n{exc.stdout}{exc.stderr}", code=1)
    if alerts_block:
        try:
            typer.echo(f"alert automation {create_alert_automation(alerts_block)} notifies through {alerts_block}")
        except LookupError as exc:
            _fail(str(exc), code=1)


def _run_foreground(command: list[str], env: dict[str, str]) -> int:
    """Run a long-lived command in the foreground; Ctrl-C stops it and is not an error."""
    import subprocess

    from flows.operate import PROJECT

    try:
        return subprocess.call(command, env=env, cwd=PROJECT)
    except KeyboardInterrupt:
        return 0


@app.command("new-source")
def new_source(
    slug: Annotated[str, typer.Argument(help="The source's slug: lower-case letters, digits and '-'")],
    url: Annotated[str, typer.Argument(help="Its public URL")],
    kind: Annotated[str, typer.Option("--kind", help="html, rss, json, telegram or pdf")],
    publisher: Annotated[str, typer.Option("--publisher", help="Who publishes it")] = "TODO",
    parser: Annotated[str, typer.Option("--parser", help="The parser that reads its documents")] = "auto",
    family: Annotated[Optional[list[str]], typer.Option("--family", help="casualties, detention, hospitals (repeatable)")] = None,
    sources: Annotated[Path, typer.Option("--sources", help="Source registry to append to")] = Path("sources.toml"),
    tests_dir: Annotated[Path, typer.Option("--tests-dir", help="Where the test and its fixture slot go")] = Path("tests"),
) -> None:
    """Scaffold a new source: its registry block (disabled), a fixture slot and a failing test."""
    from reliefledger.registry import RegistryError
    from reliefledger.scaffold import new_source as scaffold

    try:
        written = scaffold(slug, url, kind, publisher=publisher, parser=parser,
                           families=tuple(family or ["casualties"]), registry=sources, tests_dir=tests_dir)
    except RegistryError as exc:
        _fail(str(exc))
    for path in written:
        typer.echo(f"wrote {path}")
    typer.echo("next: save a real copy of the page in the fixture folder, fill EXPECTED, make the test pass, "
               "then set enabled = true")


@app.command()
def score(
    dirs: Annotated[list[Path], typer.Argument(help="Folders of labelled cases: NNN.txt|html + NNN.json gold")],
    min_f1: Annotated[float, typer.Option("--min-f1", help="Exit 1 if figure-level F1 is below this")] = 0.0,
    show: Annotated[int, typer.Option("--show", help="Print up to N cases' misses and false positives")] = 0,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the per-case details here")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Count figures marked label_doubt like the others")] = False,
) -> None:
    """Score the extractor on hand-labelled reports (precision, recall and F1 at four levels)."""
    from reliefledger.scoring import format_report, predict_with_parsers, score_cases

    report = score_cases(dirs, predict_with_parsers, strict=strict)
    if not report.cases:
        _fail("no labelled cases found", code=1)
    typer.echo(format_report(report, show))
    if json_out:
        try:
            json_out.write_text(json.dumps(report.details, indent=1))
        except OSError as exc:
            _fail(f"cannot write {json_out}: {exc.strerror or exc}")
    typer.echo(f"figure-level F1 {report.f1():.3f} (floor {min_f1})")
    if report.f1() < min_f1:
        raise typer.Exit(1)


@app.command()
def demo(
    db: DbOption = None,
) -> None:
    """Replay several nights of bundled real reports through the real flow, offline, and show the ledger."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")  # before Prefect loads: the demo's lines tell the story
    os.environ.setdefault("RELIEFLEDGER_MIN_HOST_INTERVAL", "0")  # its own server on 127.0.0.1: no need to pace
    from flows.nightly import NightFailed
    from flows.writer import WriterBusy
    from reliefledger.demo import run_demo
    from warehouse.db import WarehouseError

    try:
        _check_writable(db)  # before the flow starts: Prefect would log the same error as a traceback
        run_demo(db)
    except (WarehouseError, WriterBusy) as exc:
        _fail(str(exc))
    except NightFailed as exc:
        _fail(f"a demo night failed: {exc}", code=1)


@app.command("serve-samples")
def serve_samples(night: Annotated[int, typer.Option(help="Which night of samples/nights.toml to serve")] = 1) -> None:
    """Serve the bundled sample reports on 127.0.0.1 (what the demo fetches), until Ctrl-C."""
    import time

    from reliefledger.sample_server import SampleServer

    with SampleServer(night=night) as server:
        if night not in server.nights:
            _fail(f"no night {night}; samples/nights.toml has {', '.join(map(str, server.nights))}")
        typer.echo(f"serving night {night} at {server.url}  (export RELIEFLEDGER_SAMPLES_URL={server.url})")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    app()
