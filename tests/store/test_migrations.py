"""The versioned schema: fresh databases in one step, older ones upgraded in place after a backup."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from claimtrack import migrations
from claimtrack.store import Store, StoreError


def _first_schema_database(path, *, versioned: bool = True) -> None:
    """A database exactly as the first schema made it, with one claim and a short audit chain in it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrations.upgrade(connection, migrations.FIRST)
        if not versioned:  # claimtrack 0.1.0 made its tables without Alembic
            connection.exec_driver_sql("DROP TABLE alembic_version")
    engine.dispose()
    # the rows go in through today's code: revision 0002 only adds an index, so the tables are the same
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO claim (text, language, status, status_note, checkworthiness, needs_review, review_reason,"
        " origin, provenance, match_key, version, created_at, updated_at) VALUES ('Korea Utara mengirim"
        " senjata', 'id', 'unverified', '', 0.8, 0, '', 'extracted', '', '', 1, '2024-01-01 00:00:00',"
        " '2024-01-01 00:00:00')"
    )
    connection.commit()
    connection.close()


def _revision(path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_a_fresh_database_is_created_at_the_newest_schema_in_one_step(store):
    assert store.schema_revision() == migrations.head()
    assert store.counts() == {"sources": 0, "statements": 0, "claims": 0, "actors": 0}


def test_the_migrations_build_exactly_the_schema_the_models_describe(db_url):
    """Fails when models.py changes without a revision: write one with `python -m claimtrack.migrations revision`."""
    engine = Store(db_url, create=False).engine
    with engine.begin() as connection:
        migrations.upgrade(connection)
        differences = compare_metadata(
            MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": migrations.include_name}
            ),
            SQLModel.metadata,
        )
    engine.dispose()
    assert differences == []


@pytest.mark.sqlite_only
@pytest.mark.parametrize("versioned", [True, False], ids=["first-revision", "made-before-alembic"])
def test_opening_a_first_schema_database_upgrades_it_in_place_after_a_backup(tmp_path, versioned):
    path = tmp_path / "desk.db"
    _first_schema_database(path, versioned=versioned)
    store = Store(str(path))
    store.mark(1, "in_review", "checking", "ana")  # the data is still there and the new schema takes writes

    assert _revision(path) == migrations.head()
    backups = list(tmp_path.glob("desk.db.schema-0001-*.bak"))
    assert len(backups) == 1
    saved = sqlite3.connect(backups[0])
    assert saved.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert saved.execute("SELECT text FROM claim").fetchall() == [("Korea Utara mengirim senjata",)]
    saved.close()
    assert store.verify_audit().ok


def test_a_shared_server_is_upgraded_only_on_request_a_sqlite_file_on_opening(db_url):
    engine = Store(db_url, create=False).engine
    with engine.begin() as connection:
        migrations.upgrade(connection, migrations.FIRST)
    engine.dispose()
    if db_url.startswith("postgresql"):
        with pytest.raises(StoreError, match="back it up \\(pg_dump\\) and run `claimtrack upgrade`"):
            Store(db_url)
        change = Store(db_url, create=False).upgrade()
        assert (change.before, change.after, change.backup) == (migrations.FIRST, migrations.head(), None)
    assert Store(db_url).schema_revision() == migrations.head()


@pytest.mark.sqlite_only
def test_upgrade_command_reports_what_it_did_and_where_the_backup_is(runner, tmp_path):
    from claimtrack.cli import app

    path = tmp_path / "desk.db"
    _first_schema_database(path)
    result = runner.invoke(app, ["--db", str(path), "upgrade"])
    assert result.exit_code == 0, result.output
    assert f"schema 0001 → {migrations.head()}" in result.stdout
    assert "backup: " in result.stdout and ".schema-0001-" in result.stdout
    again = runner.invoke(app, ["--db", str(path), "upgrade"])
    assert f"schema {migrations.head()} is current, nothing to do" in again.stdout


@pytest.mark.sqlite_only
def test_a_database_from_a_newer_claimtrack_is_refused_in_one_line(runner, tmp_path):
    from claimtrack.cli import app

    path = tmp_path / "future.db"
    Store(str(path)).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    result = runner.invoke(app, ["--db", str(path), "claims"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "made by a newer claimtrack" in result.stderr


@pytest.mark.sqlite_only
def test_backup_copies_a_live_database_and_never_overwrites(cli, sample_article, tmp_path):
    cli("ingest", str(sample_article))
    target = tmp_path / "copy.db"
    result = cli("backup", str(target))
    assert result.exit_code == 0, result.output
    copy = Store(str(target))
    assert copy.counts() == Store(str(tmp_path / "test.db")).counts()
    assert copy.counts()["statements"] > 0
    assert copy.verify_audit().ok
    again = cli("backup", str(target))
    assert again.exit_code == 1
    assert again.stderr.strip() == f"error: {target} already exists; choose a new file name"


def test_backup_of_a_server_database_points_to_pg_dump(cli, db_url, tmp_path):
    if db_url.startswith("postgresql"):
        result = cli("backup", str(tmp_path / "copy.db"))
        assert result.exit_code == 1
        assert "pg_dump" in result.stderr
    else:
        assert cli("backup", str(tmp_path / "copy.db")).exit_code == 0


def test_the_recorded_head_is_the_newest_revision_alembic_finds():
    assert migrations.HEAD == migrations.alembic_head()


def test_upgrading_a_database_of_the_previous_head_indexes_its_live_claims(db_url):
    """Revision 0005 fills the stored claim index from the keys the claims already hold; merged claims stay out."""
    from sqlalchemy import text

    from claimtrack.migrations.claim_postings import claim_of, unpack

    store = Store(db_url, create=False)
    with store.engine.begin() as connection:
        migrations.upgrade(connection, "0003")
        for key, merged_into in (("@korea_utara ~send ~weapon @rusia", None), ("harga beras naik 12", None)):
            connection.execute(
                text(
                    "INSERT INTO claim (text, language, status, status_note, checkworthiness, needs_review,"
                    " review_reason, origin, provenance, match_key, merged_into_id, assignee, version, created_at,"
                    " updated_at) VALUES ('a claim', 'id', 'unverified', '', 0.5, false, '', 'extracted', '', :key,"
                    " :merged, '', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
                ),
                {"key": key, "merged": merged_into},
            )
        connection.execute(text("UPDATE claim SET merged_into_id = 1 WHERE id = 2"))
        connection.execute(
            text(
                "INSERT INTO claim (text, language, status, status_note, checkworthiness, needs_review, review_reason,"
                " origin, provenance, match_key, assignee, version, created_at, updated_at) VALUES ('another', 'id',"
                " 'unverified', '', 0.5, false, '', 'extracted', '', '@rusia ~send pasukan', '', 1,"
                " '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )

    change = store.upgrade()

    assert (change.before, change.after) == ("0003", migrations.head())
    with store.transaction() as tx:
        connection = tx.session.connection()
        blocks = connection.execute(text("SELECT term, postings FROM termpostings")).all()
        counts = dict(connection.execute(text("SELECT term, claims FROM matchterm")).all())
        assert tx.index.size() == 2
    assert sorted((term, claim_of(value)) for term, packed in blocks for value in unpack(packed)) == [
        ("@korea_utara", 1),
        ("@rusia", 1),
        ("@rusia", 3),
        ("pasukan", 3),
        ("~send", 1),
        ("~send", 3),
        ("~weapon", 1),
    ]
    assert counts == {"": 2, "@korea_utara": 1, "@rusia": 2, "pasukan": 1, "~send": 2, "~weapon": 1}
    store.close()


def test_a_database_at_the_previous_head_gets_its_claims_searchable_by_the_new_index(db_url):
    """Revision 0004_search builds the search index from the claims there are, and the store keeps it up to date."""
    from claimtrack.store import ClaimQuery

    engine = Store(db_url, create=False).engine
    with engine.begin() as connection:
        migrations.upgrade(connection, "0003")
        connection.exec_driver_sql(
            "INSERT INTO claim (text, language, status, status_note, checkworthiness, needs_review, review_reason,"
            " origin, provenance, match_key, assignee, version, created_at, updated_at) VALUES ('Korea Utara"
            " mengirimkan senjata kepada Rusia', 'id', 'unverified', '', 0.8, false, '', 'extracted', '', '', '',"
            " 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
    engine.dispose()
    store = Store(db_url, create=False)
    store.upgrade()
    assert store.schema_revision() == migrations.head()
    assert store.claim_page(ClaimQuery(), store.word_search("persenjataan senjta"), 0, 10).ids == []
    assert store.claim_page(ClaimQuery(), store.word_search("senjta rusia"), 0, 10).ids == [1]
    store.edit_text(1, "Pyongyang memasok amunisi ke Moskow", "ana", match_key="")
    assert store.claim_page(ClaimQuery(), store.word_search("amunisi"), 0, 10).ids == [1]
    store.close()


def test_upgrading_a_database_of_revision_0005_packs_its_postings_and_downgrading_unpacks_them(db_url, monkeypatch):
    """Revision 0006 packs claimterm's rows (a row per term and claim) into blocks of postings, streamed in key
    order; its downgrade gives back the same rows. Blocks of two postings here, so terms span several."""
    from alembic import command
    from sqlalchemy import text

    from claimtrack.migrations import claim_postings
    from claimtrack.migrations.claim_postings import claim_of, size_of, unpack

    monkeypatch.setattr(claim_postings, "BLOCK", 2)
    keys = ["@rusia ~send ~weapon", "@rusia ~send pasukan", "harga beras naik", "@rusia ~send", "beras ~send"]
    store = Store(db_url, create=False)
    with store.engine.begin() as connection:
        migrations.upgrade(connection, "0005")
        for key in keys:
            connection.execute(
                text(
                    "INSERT INTO claim (text, language, status, status_note, checkworthiness, needs_review,"
                    " review_reason, origin, provenance, match_key, assignee, version, created_at, updated_at)"
                    " VALUES ('a claim', 'id', 'unverified', '', 0.5, false, '', 'extracted', '', :key, '', 1,"
                    " '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
                ),
                {"key": key},
            )
        rows = [(term, n, len(key.split())) for n, key in enumerate(keys, start=1) for term in key.split()]
        connection.execute(
            text("INSERT INTO claimterm (term, claim_id, terms) VALUES (:term, :claim, :terms)"),
            [{"term": term, "claim": claim_id, "terms": size} for term, claim_id, size in rows],
        )

    assert (store.upgrade().before, store.schema_revision()) == ("0005", migrations.head())
    with store.engine.connect() as connection:
        blocks = connection.execute(
            text("SELECT term, first_id, postings FROM termpostings ORDER BY term, first_id")
        ).all()
    by_term = {}
    for term, first_id, packed in blocks:
        by_term.setdefault(term, []).append((first_id, [(claim_of(v), size_of(v)) for v in unpack(packed)]))
    assert by_term["~send"] == [(1, [(1, 3), (2, 3)]), (4, [(4, 2), (5, 2)])]
    assert by_term["@rusia"] == [(1, [(1, 3), (2, 3)]), (4, [(4, 2)])]
    assert by_term["naik"] == [(3, [(3, 3)])]
    assert sorted(
        (term, claim_id, size) for term, held in by_term.items() for _, part in held for claim_id, size in part
    ) == sorted(rows)
    with store.transaction() as tx:  # the index reads them as ingest will
        assert tx.index.sharing(["@rusia", "~send"], 2) == [(4, "@rusia ~send"), (1, "@rusia ~send ~weapon")]

    with store.engine.begin() as connection:
        command.downgrade(migrations.config(connection), "0005")
        back = connection.execute(text("SELECT term, claim_id, terms FROM claimterm")).all()
    assert sorted(tuple(row) for row in back) == sorted(rows)
    store.close()
