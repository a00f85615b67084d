-- Schema version 12: the board's budget (issue 18, part 4).
--
-- budget_settings: the single row with id 1: a line is beyond tolerance when its variance is more
-- than tolerance_percent of its budget to date (5).
CREATE TABLE budget_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    tolerance_percent INTEGER NOT NULL DEFAULT 5 CHECK (tolerance_percent BETWEEN 0 AND 100)
);

INSERT INTO budget_settings (id) VALUES (1);

-- budget_line: a line of a financial year's budget (year: its starting calendar year), income (a
-- partner agency's contribution: agency_id required) or spend (agency_id optional). Money is in
-- whole pence. q1..q4 are the quarters' actuals; `reported` says which quarters have one (bit 0 for
-- Q1 ... bit 3 for Q4), because a quarter not reported yet is not a quarter of nothing, and an
-- unreported quarter's column holds 0. An agency named by a line may not be deleted.
CREATE TABLE budget_line (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('income', 'spend')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    agency_id INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    budget INTEGER NOT NULL CHECK (budget >= 0),
    q1 INTEGER NOT NULL DEFAULT 0,
    q2 INTEGER NOT NULL DEFAULT 0,
    q3 INTEGER NOT NULL DEFAULT 0,
    q4 INTEGER NOT NULL DEFAULT 0,
    reported INTEGER NOT NULL DEFAULT 0 CHECK (reported BETWEEN 0 AND 15),
    CHECK (kind = 'spend' OR agency_id IS NOT NULL),
    CHECK ((reported & 1) != 0 OR q1 = 0),
    CHECK ((reported & 2) != 0 OR q2 = 0),
    CHECK ((reported & 4) != 0 OR q3 = 0),
    CHECK ((reported & 8) != 0 OR q4 = 0)
);
CREATE UNIQUE INDEX budget_line_name ON budget_line (year, kind, name COLLATE NOCASE);
CREATE INDEX budget_line_agency ON budget_line (agency_id);
