"""The night's summary as markdown: what an operator reads in the Prefect UI in the morning."""

from __future__ import annotations

from flows.steps import SourceOutcome
from warehouse.records import SeriesChange


def number_text(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"


def markdown_cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_summary(label: str, run_id: str, outcomes: list[SourceOutcome], changes: list[SeriesChange],
                   max_changes: int = 50) -> str:
    failed = [o.slug for o in outcomes if o.status == "failed"]
    lines = [
        f"# {label}",
        "",
        f"Run `{run_id}`: {len(outcomes)} sources, {len(failed)} failed"
        + (f" ({', '.join(failed)})" if failed else "")
        + f"; {sum(o.new_documents for o in outcomes)} new documents, "
        f"{sum(o.new_figures for o in outcomes)} new figures, {len(changes)} series changed.",
        "",
        "| source | status | fetched | not modified | new documents | new figures | errors |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for o in outcomes:
        errors = "; ".join(o.errors) or ""
        lines.append(f"| {o.slug} | {o.status} | {o.fetched} | {o.not_modified} | {o.new_documents} "
                     f"| {o.new_figures} | {markdown_cell(errors)} |")
    lines += ["", "## Series whose value changed", ""]
    if not changes:
        lines.append("None tonight.")
    else:
        lines += ["| metric | group | location | originator | period | old → new | as of | quote |",
                  "|---|---|---|---|---|---|---|---|"]
        for c in changes[:max_changes]:
            as_of = c.new_as_of.isoformat() if c.new_as_of else "—"
            quote = c.quote if len(c.quote) <= 160 else c.quote[:157] + "…"
            lines.append(f"| {c.metric} | {c.group} | {c.location or '—'} | {markdown_cell(c.originator or '—')} "
                         f"| {c.series_period} | {number_text(c.old_value)} → {number_text(c.new_value)} | {as_of} "
                         f"| [{markdown_cell(quote)}]({c.url}) |")
        if len(changes) > max_changes:
            lines.append(f"\n…and {len(changes) - max_changes} more (query `figures_latest`).")
    return "\n".join(lines) + "\n"
