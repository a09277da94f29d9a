import pytest

from innerchild_desktop.store import migrate, opening, schema, vault
from innerchild_desktop.store.schema import Migration
from tests.conftest import PASSPHRASE


def _with_extra_migration(monkeypatch, migration: Migration) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, migration))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", migration.version)


def test_fresh_journal_is_at_latest_version(journal) -> None:
    assert journal.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_pending_lists_only_newer_steps() -> None:
    assert [m.version for m in schema.pending(0)] == [m.version for m in schema.MIGRATIONS]
    assert schema.pending(schema.SCHEMA_VERSION) == []


def test_upgrade_takes_an_encrypted_snapshot_first_and_applies_step(
    paths, journal, monkeypatch
) -> None:
    journal.conn.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
    journal.close()
    version = schema.SCHEMA_VERSION + 1

    def step(conn) -> None:
        conn.execute("UPDATE settings SET value = '2' WHERE key = 'k'")

    _with_extra_migration(
        monkeypatch,
        Migration(version, "test step", sql="CREATE TABLE extra (x INTEGER);", step=step),
    )
    with opening.open_journal(paths, PASSPHRASE) as upgraded:
        assert upgraded.conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert (
            upgraded.conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone()[0] == "2"
        )
        upgraded.conn.execute("SELECT count(*) FROM extra").fetchone()
    snapshots = list(paths.backups.glob(f"pre-migration-v{version - 1}-*.db"))
    assert len(snapshots) == 1
    assert not snapshots[0].read_bytes().startswith(b"SQLite format 3")  # encrypted
    # The snapshot opens with the same key and is at the old version.
    with opening.open_journal(paths, PASSPHRASE) as j:
        key = bytes(j._master_key)
    conn = vault.connect(snapshots[0], key, mode="ro")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version - 1
    assert conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone()[0] == "1"
    conn.close()


def test_failing_migration_rolls_back_completely(paths, journal, monkeypatch) -> None:
    journal.close()
    version = schema.SCHEMA_VERSION + 1

    def broken(conn) -> None:
        raise RuntimeError("simulated failure half-way")

    _with_extra_migration(
        monkeypatch, Migration(version, "broken", sql="CREATE TABLE half_done (x);", step=broken)
    )
    with pytest.raises(RuntimeError):
        opening.open_journal(paths, PASSPHRASE)
    monkeypatch.undo()
    monkeypatch.setenv("INNERCHILD_INSECURE_FAST_KDF", "1")
    with opening.open_journal(paths, PASSPHRASE) as j:
        assert j.conn.execute("PRAGMA user_version").fetchone()[0] == version - 1
        tables = {r[0] for r in j.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables


def test_split_sql_keeps_trigger_bodies_whole() -> None:
    statements = migrate.split_sql(
        "CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  SELECT 1;\n  SELECT 2;\nEND;\n"
    )
    assert len(statements) == 2 and statements[1].endswith("END;")
    with pytest.raises(ValueError):
        migrate.split_sql("CREATE TABLE b (x")
