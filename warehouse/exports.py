"""Files for analysts: the latest figures, the full history and the observations with provenance.

CSV and Parquet are written by DuckDB's ``COPY ... TO`` (no pandas, no pyarrow). HXL is the CSV
with a hashtag row under the header (https://hxlstandard.org), and the value column spread into
one column per metric, so each carries its own hashtag (``#affected+killed``, ``#x_detained``).
Lists (publishers, documents) are ``;``-joined in CSV and HXL and stay lists in Parquet.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb

FORMATS = ("csv", "parquet", "hxl")

# What each file holds: a view, or the current observations joined with their documents.
EXPORTS = {
    "figures_latest": "SELECT * FROM figures_latest ORDER BY metric, \"group\", location, originator, series_key",
    "figure_history": "SELECT * FROM figure_history ORDER BY series_key, as_of, first_seen_at, value",
    "observations": """SELECT o.*, d.title, d.published, d.first_fetched_at AS fetched_at
                       FROM observations_dated AS o JOIN documents AS d USING (content_sha256)
                       ORDER BY o.observation_id""",
}

# HXL core hashtags where HXL has one (#affected, #date, #org, #adm1, #country, #meta,
# #indicator, #description); #x_ extensions where it has none. A column missing here is
# tagged #meta+<column>.
COLUMN_TAGS = {
    "series_key": "#meta+series", "family": "#meta+family", "metric": "#indicator+name",
    "group": "#x_group", "population": "#x_population", "country": "#country+name", "location": "#adm1+name",
    "originator": "#org+originator", "attributed_to": "#org+attributed", "publisher": "#meta+source",
    "publishers": "#meta+source+list", "source_slug": "#meta+source+code", "period": "#x_period",
    "series_period": "#x_period+series", "period_detail": "#x_period+detail", "period_start": "#date+start",
    "as_of": "#date+reported", "as_of_stated": "#meta+as_of_stated", "value_max": "#x_value+max",
    "qualifier": "#x_qualifier", "quote": "#description+quote", "url": "#meta+url", "title": "#meta+title",
    "published": "#date+published", "fetched_at": "#date+fetched", "first_seen_at": "#date+first_seen",
    "last_seen_at": "#date+last_seen", "n_documents": "#meta+documents+num", "documents": "#meta+documents+list",
    "content_sha256": "#meta+sha256", "previous_value": "#x_value+previous", "previous_as_of": "#date+previous",
}
METRIC_TAGS = {
    "killed": "#affected+killed", "injured": "#affected+injured", "missing": "#affected+missing",
    "hostages_held": "#x_hostages+held", "hostages_taken": "#x_hostages+taken",
    "hostages_released": "#x_hostages+released", "hostages_dead": "#x_hostages+dead",
    "hostages_alive": "#x_hostages+alive", "hostages_rescued": "#x_hostages+rescued",
    "detainees": "#x_detained", "administrative_detainees": "#x_detained+administrative",
    "arrests": "#x_arrests", "deaths_in_custody": "#x_deaths_in_custody", "released_detainees": "#x_released",
    "reports_of_abuse": "#x_abuse_reports", "occupancy_pct": "#x_occupancy+pct",
    "hospitals_functioning": "#x_hospitals+functioning",
    "hospitals_minimally_functioning": "#x_hospitals+minimally_functioning",
    "hospitals_partially_functioning": "#x_hospitals+partially_functioning",
    "hospitals_out_of_service": "#x_hospitals+out_of_service", "hospitals_total": "#x_hospitals+total",
    "bed_occupancy_pct": "#x_bed_occupancy+pct", "beds": "#x_beds", "beds_available": "#x_beds+available",
    "patients": "#x_patients", "icu_patients": "#x_patients+icu",
    "attacks_on_health_care": "#x_attacks_on_health_care",
}  # a metric missing here is tagged #x_<metric>
# The ledger's locations (parsers/vocabulary.py) are Palestinian areas, or whole countries
# (Lebanon, Israel), which have no adm1.
PALESTINIAN_AREAS = ("Gaza Strip", "West Bank", "East Jerusalem", "West Bank and Gaza Strip")
PALESTINE = "occupied Palestinian territory"


# HXL readers see text: 29000, not 29000.0
_WHOLE_AS_INTEGER = ("CASE WHEN value = trunc(value) THEN CAST(CAST(value AS BIGINT) AS VARCHAR) "
                     "ELSE CAST(value AS VARCHAR) END")


class ExportError(Exception):
    """An export that could not be written, explained."""


def export_ledger(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str) -> list[Path]:
    """Write figures_latest, figure_history and observations to ``out_dir``; return the files."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {out_dir}: {exc.strerror or exc}") from exc
    written = []
    for name, query in EXPORTS.items():
        if fmt == "parquet":
            path = out_dir / f"{name}.parquet"
            _copy(con, query, path, "(FORMAT parquet)")
        elif fmt == "csv":
            path = out_dir / f"{name}.csv"
            _copy(con, _flat(con, query), path, "(FORMAT csv, HEADER true)")
        else:
            path = out_dir / f"{name}.hxl.csv"
            _write_hxl(con, query, path)
        written.append(path)
    return written


def hxl_tag(column: str, *, metric: bool = False) -> str:
    """The HXL hashtag of an export column; a metric's value column takes the metric's tag.

    >>> hxl_tag("killed", metric=True), hxl_tag("detainees", metric=True), hxl_tag("bodies_recovered", metric=True)
    ('#affected+killed', '#x_detained', '#x_bodies_recovered')
    >>> hxl_tag("as_of"), hxl_tag("page")
    ('#date+reported', '#meta+page')
    """
    if metric:
        return METRIC_TAGS.get(column, f"#x_{column}")
    return COLUMN_TAGS.get(column, f"#meta+{column}")


def _copy(con: duckdb.DuckDBPyConnection, query: str, path: Path, options: str) -> None:
    target = str(path).replace("'", "''")
    try:
        con.execute(f"COPY ({query}) TO '{target}' {options}")
    except duckdb.IOException as exc:
        raise ExportError(f"cannot write {path}: {exc}") from exc


def _columns(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple[str, str]]:
    return [(name, type_) for name, type_, *_ in con.execute(f"DESCRIBE ({query})").fetchall()]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _flat(con: duckdb.DuckDBPyConnection, query: str) -> str:
    """The query with its list columns ;-joined, for CSV."""
    select = [f"array_to_string({_quoted(n)}, ';') AS {_quoted(n)}" if t.endswith("[]") else _quoted(n)
              for n, t in _columns(con, query)]
    return f"SELECT {', '.join(select)} FROM ({query})"


def _hxl_query(con: duckdb.DuckDBPyConnection, query: str) -> tuple[str, list[str]]:
    """The flat query with a country column and one value column per metric present; and the tags."""
    metrics = [m for (m,) in con.execute(f"SELECT DISTINCT metric FROM ({query}) ORDER BY metric").fetchall()]
    areas = ", ".join(f"'{a}'" for a in PALESTINIAN_AREAS)
    select, tags = [], []
    for name, _ in _columns(con, f"SELECT * FROM ({_flat(con, query)})"):
        if name == "value":
            for metric in metrics:
                select.append(f"CASE WHEN metric = '{metric}' THEN {_WHOLE_AS_INTEGER} END AS {_quoted(metric)}")
                tags.append(hxl_tag(metric, metric=True))
        elif name == "location":
            select.append(f"CASE WHEN location IN ({areas}) THEN '{PALESTINE}' ELSE location END AS country")
            select.append(f"CASE WHEN location IN ({areas}) THEN location END AS location")
            tags += [hxl_tag("country"), hxl_tag("location")]
        else:
            select.append(_quoted(name))
            tags.append(hxl_tag(name))
    return f"SELECT {', '.join(select)} FROM ({_flat(con, query)})", tags


def _write_hxl(con: duckdb.DuckDBPyConnection, query: str, path: Path) -> None:
    hxl_query, tags = _hxl_query(con, query)
    plain = path.with_name(path.name + ".part")
    _copy(con, hxl_query, plain, "(FORMAT csv, HEADER true)")
    try:
        with plain.open(encoding="utf-8", newline="") as source, path.open("w", encoding="utf-8", newline="") as out:
            out.write(source.readline())  # DuckDB's header; the hashtag row goes right under it
            csv.writer(out, lineterminator="\n").writerow(tags)
            shutil.copyfileobj(source, out)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        plain.unlink(missing_ok=True)
