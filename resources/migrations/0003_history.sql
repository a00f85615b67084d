-- Schema version 3: the change history (storage/historylog.h). Every change Assure writes adds
-- rows here in the same transaction. Each row's hash is SHA-256 of the previous row's hash and
-- the row's own content, so `assure-cli check` finds a row altered or removed by other means.
-- Assure writes the chain's first row (kind 'start') right after this script, in the same
-- transaction: for an existing board it records what the board held when the record began.
-- The checks compare with = rather than IN (...): SQLite builds a temporary index for an IN list
-- on every insert, which made each insert ten times dearer.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,                  -- the entry's number; gapless, written by Assure
    operation INTEGER NOT NULL,              -- the first entry of its operation (edit, import, undo)
    kind TEXT NOT NULL CHECK (kind = 'start' OR kind = 'edit' OR kind = 'undo' OR kind = 'redo'),
    refers_to INTEGER NOT NULL DEFAULT 0,    -- undo/redo: the operation taken back or done again
    label TEXT NOT NULL DEFAULT '',          -- what the user did: "Import 40 measurements from q1.csv"
    at TEXT NOT NULL,                        -- UTC, ISO 8601 with milliseconds
    user_name TEXT NOT NULL DEFAULT '',
    machine TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL DEFAULT '',
    row_key TEXT NOT NULL DEFAULT '{}',      -- compact JSON of the key columns
    action TEXT NOT NULL CHECK (action = 'start' OR action = 'insert' OR action = 'update' OR action = 'delete'),
    old_values TEXT NOT NULL DEFAULT '{}',   -- compact JSON of the changed columns before
    new_values TEXT NOT NULL DEFAULT '{}',   -- ... and after
    hash TEXT NOT NULL                       -- hex SHA-256(previous hash || canonical content)
);

-- Where the chain ends, as Assure last wrote it: removing the newest entries shows here.
CREATE TABLE history_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_entry INTEGER NOT NULL,
    hash TEXT NOT NULL
);
