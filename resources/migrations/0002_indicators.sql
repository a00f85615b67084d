-- Schema version 2: performance indicators, their targets, measurements, benchmarks and RAG thresholds.
CREATE TABLE priority (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    year INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(code)) > 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    definition TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT 'percent' CHECK (unit IN ('percent', 'count', 'rate', 'days', 'money')),
    polarity TEXT NOT NULL DEFAULT 'higher' CHECK (polarity IN ('higher', 'lower', 'none')),
    frequency TEXT NOT NULL DEFAULT 'quarterly' CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
    owner_agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL,
    priority_id INTEGER REFERENCES priority (id) ON DELETE SET NULL,
    data_source TEXT NOT NULL DEFAULT '',
    statutory INTEGER NOT NULL DEFAULT 0 CHECK (statutory IN (0, 1)),
    annual_target REAL
);
CREATE INDEX indicator_owner ON indicator (owner_agency_id);
CREATE INDEX indicator_priority ON indicator (priority_id);

-- A target for one period, or for a whole financial year (period key "2026-Y").
CREATE TABLE indicator_target (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period_key TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (indicator_id, period_key)
) WITHOUT ROWID;

CREATE TABLE measurement (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period_key TEXT NOT NULL,
    value REAL,
    numerator REAL,
    denominator REAL,
    commentary TEXT NOT NULL DEFAULT '',
    quality TEXT NOT NULL DEFAULT 'validated' CHECK (quality IN ('validated', 'provisional', 'estimated')),
    PRIMARY KEY (indicator_id, period_key)
) WITHOUT ROWID;

CREATE TABLE benchmark (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period_key TEXT NOT NULL,
    national REAL,
    regional REAL,
    statistical_neighbours REAL,
    PRIMARY KEY (indicator_id, period_key)
) WITHOUT ROWID;

-- RAG thresholds from a date on: the board's (no indicator) or one indicator's override.
-- A period is rated by the version in force at its end, so a new version never re-rates history.
CREATE TABLE rag_threshold (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER REFERENCES indicator (id) ON DELETE CASCADE,
    effective_from TEXT NOT NULL,
    scheme TEXT NOT NULL DEFAULT 'percent_of_target' CHECK (scheme IN ('percent_of_target', 'absolute_bands')),
    green_at REAL NOT NULL DEFAULT 0.95,
    amber_at REAL NOT NULL DEFAULT 0.90,
    blue_margin REAL,
    green_value REAL NOT NULL DEFAULT 0,
    amber_value REAL NOT NULL DEFAULT 0,
    blue_value REAL
);
CREATE INDEX rag_threshold_indicator ON rag_threshold (indicator_id);

-- Statistical process control settings per indicator (DOMAIN.md: run length, screening, baseline, rebase).
CREATE TABLE spc_setting (
    indicator_id INTEGER PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    run_length INTEGER NOT NULL DEFAULT 7 CHECK (run_length IN (6, 7)),
    screen_outliers INTEGER NOT NULL DEFAULT 1 CHECK (screen_outliers IN (0, 1)),
    fix_after INTEGER NOT NULL DEFAULT 0 CHECK (fix_after >= 0),
    rebase_periods TEXT NOT NULL DEFAULT ''
);
