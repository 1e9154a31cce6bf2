"""The backfill flow: run the night's steps again for some sources, listing them from scratch.

Feeds, listings and Telegram channels cannot be asked for "the reports of March": a source only
lists what it lists today. So a backfill re-lists each source from an empty cursor — the adapter
pages as deep as on a source's first night (ReliefWeb's API and Telegram's channel page walk back
until they run out or meet their page cap) — and loads whatever was not stored yet; documents
already in the archive answer 304 or load nothing new. The date range names the run and is kept in
its summary, so an operator sees what the backfill was for; it filters nothing.
"""

from __future__ import annotations

from prefect import flow
from prefect.runtime import flow_run

from flows.nightly import run_night
from flows.steps import SourceOutcome


def backfill_label(sources: list[str] | None, start: str | None, end: str | None) -> str:
    """``backfill-moh-gaza-telegram-2026-01-01..2026-02-01``; all sources and open ends allowed."""
    return f"backfill-{'+'.join(sources) if sources else 'all'}-{start or '…'}..{end or '…'}"


def _run_name() -> str:
    given = flow_run.parameters or {}
    return backfill_label(given.get("sources"), given.get("start"), given.get("end"))


@flow(name="backfill", flow_run_name=_run_name, log_prints=True)
def backfill(sources: list[str] | None = None, start: str | None = None, end: str | None = None,
             sources_file: str = "sources.toml", db_path: str | None = None,
             archive_dir: str | None = None) -> list[SourceOutcome]:
    """Re-list the given sources (default: every enabled one) from an empty cursor and load what is new."""
    return run_night(sources_file, db_path, sources, archive_dir, label=backfill_label(sources, start, end),
                     fresh_cursor=True)
