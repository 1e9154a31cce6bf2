"""Sources with many documents: each document's provenance and the source's cursor."""

import dataclasses

import pytest

from tests.test_warehouse_load import FEB_1, document, fetch_of, killed
from warehouse.db import connect
from warehouse.load import load_source, source_cursor
from warehouse.migrations import SQL_DIR, migrate
from warehouse.records import SourceLoad


def test_a_cursor_is_saved_with_its_load_and_replaced_by_the_next(tmp_path):
    con = connect(tmp_path / "wh.duckdb")
    assert source_cursor(con, "moh-telegram") == {}
    post = dataclasses.replace(document("p1", [killed(73003)], source="moh-telegram"), item_id="1234",
                               listing_url="https://t.me/s/MOHMediaGaza")
    load_source(con, SourceLoad("moh-telegram", "run-1", [fetch_of(post)], [post], cursor={"last_post_id": 1234}))
    assert source_cursor(con, "moh-telegram") == {"last_post_id": 1234}
    assert con.execute("SELECT item_id, listing_url FROM documents").fetchall() == [
        ("1234", "https://t.me/s/MOHMediaGaza")]
    load_source(con, SourceLoad("moh-telegram", "run-2", [], [], cursor={"last_post_id": 1240}))
    assert source_cursor(con, "moh-telegram") == {"last_post_id": 1240}
    con.close()


def test_a_failed_load_does_not_move_the_cursor(tmp_path):
    con = connect(tmp_path / "wh.duckdb")
    load_source(con, SourceLoad("s", "run-1", [], [], cursor={"last_post_id": 1}))
    broken = document("p2", [killed(5, qualifier="roughly")], source="s")
    with pytest.raises(Exception):
        load_source(con, SourceLoad("s", "run-2", [fetch_of(broken)], [broken], cursor={"last_post_id": 2}))
    assert source_cursor(con, "s") == {"last_post_id": 1}
    con.close()


def test_a_database_from_before_cursors_is_upgraded_with_its_data(tmp_path):
    import duckdb

    old_sql = tmp_path / "sql"
    old_sql.mkdir()
    for name in ("001_tables.sql", "002_history.sql"):
        (old_sql / name).write_text((SQL_DIR / name).read_text())
    db = tmp_path / "v2.duckdb"
    raw = duckdb.connect(str(db))
    migrate(raw, sql_dir=old_sql)  # a version-2 database with a document in it
    raw.execute("""INSERT INTO documents (content_sha256, source_slug, publisher, url, first_fetched_at, first_run_id)
                   VALUES ('d0', 'ocha', 'OCHA', 'https://example.org/d0', TIMESTAMPTZ '2024-01-01 00:00:00+00', 'r0')""")
    raw.close()

    con = connect(db)  # upgrades to the current schema, keeping what was stored
    doc = document("d1", [killed(100)], FEB_1)
    load_source(con, SourceLoad("ocha", "run-1", [fetch_of(doc)], [doc], cursor={"seen": ["x"]}))
    latest = max(int(path.name[:3]) for path in SQL_DIR.glob("*.sql"))
    assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(latest,)]
    assert con.execute("SELECT content_sha256, item_id FROM documents ORDER BY 1").fetchall() == [
        ("d0", None), ("d1", None)]
    assert con.execute("SELECT count(*) FROM figures_latest").fetchall() == [(1,)]
    con.close()
