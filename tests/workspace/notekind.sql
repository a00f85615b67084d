-- The test-only Note kind's own migration: notes (about an agency, or none) and their lines.
-- A note refuses the delete of its agency; a note's lines go with it.
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    agency_id INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    body TEXT NOT NULL DEFAULT ''
);
CREATE TABLE note_line (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT ''
);
