"""The command-line contract: other checks call these commands exactly so."""

import json

import pytest
from typer.testing import CliRunner

from reliefledger.cli import app
from tests.conftest import FIXTURES, REPO

runner = CliRunner()
CONTRACT_FIELDS = {"family", "metric", "value", "value_max", "qualifier", "group", "population", "location",
                   "attributed_to", "period", "period_start", "as_of", "quote", "char_start", "char_end",
                   "parser", "parser_version"}


def test_extract_prints_contract_jsonl_and_skips_unreadable_files(tmp_path):
    bulletin = FIXTURES / "corpus" / "moh-bulletins" / "2026-06-15.txt"
    result = runner.invoke(app, ["extract", str(bulletin), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines and all(CONTRACT_FIELDS | {"file"} <= set(line) for line in lines)
    assert {(f["metric"], f["value"], f["period"]) for f in lines} >= {("killed", 73003, "cumulative"),
                                                                       ("injured", 173252, "cumulative")}
    assert "missing.txt" in result.stderr


def test_extract_reads_html_and_json_by_suffix():
    html = REPO / "samples" / "reports" / "news" / "bbc-2023-11-06.html"
    tfp = REPO / "samples" / "reports" / "tfp" / "casualties_daily-2026-06-15.json"
    result = runner.invoke(app, ["extract", str(html), str(tfp)])
    assert result.exit_code == 0, result.output
    files = {json.loads(line)["file"] for line in result.stdout.splitlines() if line.startswith("{")}
    assert files == {str(html), str(tfp)}


def test_extract_with_only_unreadable_files_fails(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nothing.txt")])
    assert result.exit_code == 1


def test_extract_rejects_a_bad_published_date():
    result = runner.invoke(app, ["extract", "x.txt", "--published", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_sql_on_a_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "error:" in result.stderr and "Traceback" not in result.output


def test_ingest_with_a_broken_registry_names_the_block(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text('[broken]\nkind = "html"\n')
    result = runner.invoke(app, ["ingest", "--sources", str(registry), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "[broken]" in result.stderr


@pytest.mark.flow
def test_ingest_then_sql_in_every_format(prefect_api, sample_server, tmp_path):
    db = tmp_path / "ledger.duckdb"
    result = runner.invoke(app, ["ingest", "--sources", str(REPO / "samples" / "sources.toml"), "--db", str(db),
                                 "--only", "moh-gaza-telegram"])
    assert result.exit_code == 0, result.output
    assert "moh-gaza-telegram" in result.stdout
    query = "SELECT metric, value FROM observations WHERE period = 'cumulative' ORDER BY value DESC LIMIT 2"
    table = runner.invoke(app, ["sql", query, "--db", str(db)])
    assert table.exit_code == 0 and "173252" in table.stdout and "(2 rows)" in table.stdout
    as_csv = runner.invoke(app, ["sql", query, "--db", str(db), "--format", "csv"])
    assert as_csv.stdout.splitlines()[:2] == ["metric,value", "injured,173252.0"]
    as_json = runner.invoke(app, ["sql", query, "--db", str(db), "--format", "json"])
    assert json.loads(as_json.stdout.splitlines()[0]) == {"metric": "injured", "value": 173252.0}
    bad = runner.invoke(app, ["sql", "SELECT nope FROM nowhere", "--db", str(db)])
    assert bad.exit_code == 1 and "query failed" in bad.stderr
    write = runner.invoke(app, ["sql", "DELETE FROM observations", "--db", str(db)])
    assert write.exit_code == 1  # read-only connection


def test_sources_lists_the_registry():
    result = runner.invoke(app, ["sources", "--sources", str(REPO / "sources.toml")])
    assert result.exit_code == 0 and "tfp-casualties-daily" in result.stdout


@pytest.mark.parametrize("command", ["ingest", "sources", "backfill"])
def test_a_registry_error_names_file_block_and_field_in_one_line(tmp_path, command):
    registry = tmp_path / "sources.toml"
    registry.write_text('[good]\npublisher = "P"\nurl = "https://example.org/"\nkind = "html"\nparser = "auto"\n'
                        'families = ["casualties"]\nenabled = true\nterms = "t"\n\n'
                        '[bad-one]\npublisher = "P"\nurl = "https://example.org/"\nkind = "fax"\nparser = "auto"\n'
                        'families = ["casualties"]\nenabled = true\nterms = "t"\n')
    result = runner.invoke(app, [command, "--sources", str(registry), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [f"error: {registry}: [bad-one]: field 'kind' is 'fax'; "
                                                  "expected one of html, rss, json, telegram, pdf"]
    assert not (tmp_path / "x.duckdb").exists()  # refused before anything was opened
