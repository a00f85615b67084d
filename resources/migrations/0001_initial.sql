-- Schema version 1: the board, its agencies, people and sub-groups.
CREATE TABLE board (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    area TEXT NOT NULL DEFAULT '',
    board_type TEXT NOT NULL DEFAULT 'children' CHECK (board_type IN ('children', 'adults', 'joint')),
    fy_start_month INTEGER NOT NULL DEFAULT 4 CHECK (fy_start_month BETWEEN 1 AND 12)
);

INSERT INTO board (id, name) VALUES (1, 'New safeguarding board');

CREATE TABLE agency (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    sector TEXT NOT NULL DEFAULT 'other',
    section11 INTEGER NOT NULL DEFAULT 1 CHECK (section11 IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT '',
    agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL,
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_agency ON person (agency_id);

CREATE TABLE subgroup (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    chair_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    remit TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subgroup_chair ON subgroup (chair_id);
