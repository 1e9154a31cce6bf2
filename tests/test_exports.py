"""Exports (CSV, Parquet, HXL read back by libhxl), plots (real PNGs) and their commands."""

from __future__ import annotations

import csv
import datetime as dt
import doctest

import duckdb
import hxl
import pytest
from typer.testing import CliRunner

from parsers.models import Figure
from reliefledger.cli import app
from reliefledger.plot import PlotError, plot_series, resolve_series
from tests.test_warehouse_load import document, killed, load_docs
import warehouse.exports
from warehouse.db import connect
from warehouse.exports import ExportError, export_ledger

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
runner = CliRunner()


def figure(family, metric, value, **fields) -> Figure:
    return Figure(family, metric, value, quote=fields.pop("quote", f"{metric} {value}"), **fields)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "wh.duckdb"
    con = connect(path)
    load_docs(con, "run-1",
              document("aaa", [killed(100, dt.date(2024, 2, 1)), killed(7, dt.date(2024, 2, 1), attributed_to="UNRWA"),
                               figure("casualties", "injured", 250, location="Gaza Strip", as_of=dt.date(2024, 2, 1))]),
              document("bbb", [killed(120, dt.date(2024, 2, 2)),
                               figure("detention", "detainees", 9000, qualifier="at_least", as_of=dt.date(2024, 2, 2),
                                      location="West Bank", attributed_to="Addameer", period="point"),
                               figure("casualties", "killed", 12, location="Lebanon", period="period",
                                      period_detail="24h", as_of=dt.date(2024, 2, 2))]))
    load_docs(con, "run-1", document("ccc", [killed(120, dt.date(2024, 2, 2))], source="moh",
                                     publisher="Gaza Ministry of Health"), source="moh")
    con.close()
    return path


@pytest.fixture
def con(db):
    connection = connect(db, read_only=True)
    yield connection
    connection.close()


# --- exports ---------------------------------------------------------------------------------

def test_csv_export_writes_the_three_files_with_provenance_and_joined_lists(con, tmp_path):
    written = export_ledger(con, tmp_path / "out", "csv")
    assert [p.name for p in written] == ["figures_latest.csv", "figure_history.csv", "observations.csv"]
    with (tmp_path / "out" / "figure_history.csv").open(newline="") as f:
        history = list(csv.DictReader(f))
    assert len(history) == con.execute("SELECT count(*) FROM figure_history").fetchall()[0][0]
    (shared,) = [r for r in history if r["as_of"] == "2024-02-02" and r["metric"] == "killed" and r["value"] == "120.0"]
    assert (shared["publishers"], shared["documents"]) == ("Gaza Ministry of Health;OCHA", "bbb;ccc")
    with (tmp_path / "out" / "observations.csv").open(newline="") as f:
        observations = list(csv.DictReader(f))
    assert len(observations) == 7
    moh = next(r for r in observations if r["content_sha256"] == "ccc")
    assert (moh["publisher"], moh["url"], moh["title"]) == ("Gaza Ministry of Health", "https://example.org/moh/ccc",
                                                            "Report ccc")
    assert moh["fetched_at"].startswith("2024-02-01 09:00:00")


def test_parquet_export_reads_back_with_its_types_and_lists(con, tmp_path):
    export_ledger(con, tmp_path, "parquet")
    latest = duckdb.connect()
    rows = latest.execute(
        f"""SELECT originator, value, as_of, publishers FROM '{tmp_path / "figures_latest.parquet"}'
            WHERE metric = 'killed' AND location = 'Gaza Strip' ORDER BY originator""").fetchall()
    assert rows == [("Gaza Ministry of Health", 120.0, dt.date(2024, 2, 2), ["Gaza Ministry of Health", "OCHA"]),
                    ("UNRWA", 7.0, dt.date(2024, 2, 1), ["OCHA"])]
    count = latest.execute(f"SELECT count(*) FROM '{tmp_path / 'observations.parquet'}'").fetchall()[0][0]
    assert count == 7


def test_hxl_export_parses_with_libhxl_with_core_and_extension_hashtags(con, tmp_path):
    export_ledger(con, tmp_path, "hxl")
    dataset = hxl.data(str(tmp_path / "figures_latest.hxl.csv"), hxl.InputOptions(allow_local=True))
    tags = [column.display_tag for column in dataset.columns]
    for tag in ("#affected+killed", "#affected+injured", "#x_detained", "#date+reported", "#meta+source",
                "#org+originator", "#adm1+name", "#country+name", "#description+quote"):
        assert tag in tags
    assert "#meta+value" not in tags  # the value is spread into one column per metric
    rows = list(dataset)
    assert len(rows) == con.execute("SELECT count(*) FROM figures_latest").fetchall()[0][0]
    killed_in_gaza = {(r.get("#org+originator"), r.get("#affected+killed")) for r in rows
                      if r.get("#adm1+name") == "Gaza Strip" and r.get("#affected+killed")}
    assert killed_in_gaza == {("Gaza Ministry of Health", "120"), ("UNRWA", "7")}
    lebanon = [r for r in rows if r.get("#country+name") == "Lebanon"]
    assert [(r.get("#adm1+name"), r.get("#affected+killed")) for r in lebanon] == [(None, "12")]
    detained = [r for r in rows if r.get("#x_detained")]
    assert [(r.get("#x_detained"), r.get("#x_qualifier"), r.get("#country+name")) for r in detained] == [
        ("9000", "at_least", "occupied Palestinian territory")]
    history = hxl.data(str(tmp_path / "observations.hxl.csv"), hxl.InputOptions(allow_local=True))
    assert len(list(history)) == 7


def test_the_hashtag_doctests_hold():
    assert doctest.testmod(warehouse.exports).failed == 0


def test_an_unknown_export_format_is_refused(con, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export_ledger(con, tmp_path, "xlsx")


def test_export_command_writes_the_files(db, tmp_path):
    result = runner.invoke(app, ["export", "--format", "hxl", "--out", str(tmp_path / "x"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == [
        "figure_history.hxl.csv", "figures_latest.hxl.csv", "observations.hxl.csv"]


# --- plots -----------------------------------------------------------------------------------

def test_plot_renders_a_png_of_a_series_by_publisher(con, tmp_path):
    series = resolve_series(con, metric="killed", originator="Gaza Ministry of Health")
    out = plot_series(con, series, tmp_path / "toll.png")
    body = out.read_bytes()
    assert body.startswith(PNG_SIGNATURE) and len(body) > 10_000


def test_plot_filters_must_name_exactly_one_series(con):
    with pytest.raises(PlotError, match=r"2 series match metric='killed', location='Gaza Strip'") as ambiguous:
        resolve_series(con, metric="killed", location="Gaza Strip")
    assert "according to UNRWA" in str(ambiguous.value) and "according to Gaza Ministry of Health" in str(ambiguous.value)
    with pytest.raises(PlotError, match="no series matches metric='beds'"):
        resolve_series(con, metric="beds")
    with pytest.raises(PlotError, match="name a series"):
        resolve_series(con)


def test_plot_command_by_key_and_by_filters(db, con, tmp_path):
    key = resolve_series(con, metric="detainees")["series_key"]
    con.close()
    by_key = runner.invoke(app, ["plot", key, "--out", str(tmp_path / "a.png"), "--db", str(db)])
    assert by_key.exit_code == 0, by_key.output
    assert "detainees · all · West Bank · point · according to Addameer" in by_key.output
    assert (tmp_path / "a.png").read_bytes().startswith(PNG_SIGNATURE)
    ambiguous = runner.invoke(app, ["plot", "--metric", "killed", "--out", str(tmp_path / "b.png"), "--db", str(db)])
    assert ambiguous.exit_code == 1 and "3 series match" in ambiguous.output
    assert not (tmp_path / "b.png").exists()


def test_sql_without_a_query_says_how_to_open_the_ledger_read_only(db):
    result = runner.invoke(app, ["sql", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"duckdb -readonly {db}" in result.output and "duckdb-cli==1.5" in result.output
