"""``reliefledger demo``: replay nights of bundled real reports through the real flow, offline.

A local HTTP server serves ``samples/`` as each night's sources would have looked; the real
nightly flow fetches it through the real fetch code into the real warehouse. Running the demo
again adds fetch records only: every document, figure and series count stays the same.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import typer

from reliefledger.cli import format_table
from reliefledger.sample_server import SAMPLES_DIR, SampleServer

SHOWN_HISTORY_ROWS = 10
# Three questions a new analyst asks first, as SQL to paste into `reliefledger sql`.
EXAMPLE_QUERIES = {
    "The latest cumulative death toll, by who states it":
        "SELECT originator, location, value, as_of FROM figures_latest "
        "WHERE metric = 'killed' AND series_period = 'cumulative' AND \"group\" = 'all' ORDER BY value DESC",
    "How the Gaza Ministry of Health's cumulative toll moved, day by day":
        "SELECT h.as_of, h.value, h.n_documents FROM figure_history h JOIN series s USING (series_key) "
        "WHERE s.metric = 'killed' AND s.series_period = 'cumulative' AND s.\"group\" = 'all' "
        "AND s.originator = 'Gaza Ministry of Health' ORDER BY h.as_of",
    "The sentence behind each detention figure":
        "SELECT o.metric, o.value, o.qualifier, d.publisher, o.quote FROM observations_current o "
        "JOIN documents d USING (content_sha256) WHERE o.family = 'detention' ORDER BY o.value DESC LIMIT 10",
}


def run_demo(db: Path | None = None, samples_dir: Path = SAMPLES_DIR) -> None:
    from flows.nightly import nightly_ingest
    from warehouse.db import connect, default_db_path

    db = Path(db) if db else default_db_path()
    started = time.monotonic()
    with SampleServer(samples_dir) as server:
        os.environ["RELIEFLEDGER_SAMPLES_URL"] = server.url
        typer.echo(f"Serving the bundled reports at {server.url}; ledger: {db}\n")
        for night in server.nights:
            server.night = night
            outcomes = nightly_ingest.with_options(flow_run_name=f"demo-night-{night}")(
                sources_file=str(samples_dir / "sources.toml"), db_path=str(db))
            typer.echo(f"night {night}: {len(outcomes)} sources, "
                       f"{sum(o.fetched for o in outcomes)} fetched, "
                       f"{sum(o.not_modified for o in outcomes)} not modified, "
                       f"{sum(o.new_documents for o in outcomes)} new documents, "
                       f"{sum(o.new_figures for o in outcomes)} new figures")
    con = connect(db, read_only=True)
    try:
        _print_ledger(con)
    finally:
        con.close()
    typer.echo(f"\nDone in {time.monotonic() - started:.1f} s.")


def _print_ledger(con) -> None:
    from warehouse.queries import counts_by_source_and_family, series_history, top_series

    counts = counts_by_source_and_family(con)
    typer.echo("\nWhat the ledger holds, by source and family:\n")
    typer.echo(format_table(["source", "family", "documents", "figures"], counts))
    total = con.execute("SELECT count(*) FROM documents").fetchall()[0][0], \
        con.execute("SELECT count(*) FROM observations").fetchall()[0][0], \
        con.execute("SELECT count(*) FROM series").fetchall()[0][0]
    typer.echo(f"\nTotals: {total[0]} documents, {total[1]} observations, {total[2]} series.")

    typer.echo("\nThree series and their history:")
    for series in top_series(con, limit=3):
        typer.echo(f"\n  {series['metric']} · group {series['group']} · {series['location'] or 'no location'} · "
                   f"{series['series_period']} · according to {series['originator']}")
        history = series_history(con, series["series_key"])
        rows = [(str(h["as_of"]), f"{h['value']:,.0f}", str(h["n_documents"]), ", ".join(h["publishers"]))
                for h in history]
        if len(rows) > SHOWN_HISTORY_ROWS:  # the earliest values and the latest ones; SQL has the rest
            hidden = len(rows) - SHOWN_HISTORY_ROWS
            rows = rows[:3] + [("…", f"{hidden} more", "", "")] + rows[3 - SHOWN_HISTORY_ROWS:]
        table = format_table(["as of", "value", "documents", "published by"], rows).rsplit("\n", 1)[0]
        typer.echo("  " + table.replace("\n", "\n  ") + f"\n  ({len(history)} values)")

    typer.echo("\nThree queries to paste (reliefledger sql \"...\"):")
    for question, query in EXAMPLE_QUERIES.items():
        typer.echo(f"\n  -- {question}\n  reliefledger sql \"{query.replace(chr(34), chr(92) + chr(34))}\"")
