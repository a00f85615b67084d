-- Schema version 4: one history entry per operation, and a cheaper measurement check.
--
-- history: from format 4 on, Assure records each operation (an edit, an import, an undo or a redo)
-- as one entry with action 'changes': table_name '', row_key '{}', old_values '{}', and new_values
-- a JSON array of the operation's row changes in the order they were made, in groups of rows of
-- one table, action and set of columns, each group naming its key and columns once:
--   [{"table":"measurement","action":"update","key":["indicator_id","period_key"],
--     "columns":["commentary","value"],"rows":[[12,"2026-M09","was",81.5,"now",82], ...]}, ...]
-- A row holds its key values, then the old values of the columns (not for an insert), then the
-- new ones (not for a delete); an update names only the columns it changed. One hashed entry per
-- operation, with each name written once, made recording a bulk edit cost a fraction of the edit
-- rather than as much again. The hash covers the same columns as before, so the chain is unchanged:
-- the entries written under format 3, one per row, are copied as they are and still verify.
--
-- measurement: its quality check listed the allowed words with IN (...), for which SQLite builds
-- a temporary index on every insert and update; it now compares with =. The rows are copied as
-- they are.
CREATE TABLE history_v4 (
    id INTEGER PRIMARY KEY,
    operation INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'start' OR kind = 'edit' OR kind = 'undo' OR kind = 'redo'),
    refers_to INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    machine TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL DEFAULT '',
    row_key TEXT NOT NULL DEFAULT '{}',
    action TEXT NOT NULL CHECK (action = 'start' OR action = 'changes' OR action = 'insert' OR action = 'update'
                                OR action = 'delete'),
    old_values TEXT NOT NULL DEFAULT '{}',
    new_values TEXT NOT NULL DEFAULT '{}',
    hash TEXT NOT NULL
);
INSERT INTO history_v4 SELECT id, operation, kind, refers_to, label, at, user_name, machine, table_name, row_key,
    action, old_values, new_values, hash FROM history ORDER BY id;
DROP TABLE history;
ALTER TABLE history_v4 RENAME TO history;

CREATE TABLE measurement_v4 (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period_key TEXT NOT NULL,
    value REAL,
    numerator REAL,
    denominator REAL,
    commentary TEXT NOT NULL DEFAULT '',
    quality TEXT NOT NULL DEFAULT 'validated'
        CHECK (quality = 'validated' OR quality = 'provisional' OR quality = 'estimated'),
    PRIMARY KEY (indicator_id, period_key)
) WITHOUT ROWID;
INSERT INTO measurement_v4 SELECT indicator_id, period_key, value, numerator, denominator, commentary, quality
    FROM measurement;
DROP TABLE measurement;
ALTER TABLE measurement_v4 RENAME TO measurement;
