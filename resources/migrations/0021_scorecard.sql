-- Schema version 21: the scorecard by domain (issue 19, part 4).
--
-- scorecard_domain: the board's domains that its indicators are grouped under, in position order
-- (from 1). A board file starts with the five performance domains of the national framework (seed
-- 004); a board may choose the four perspectives of a balanced scorecard instead, and rename, add,
-- remove and reorder them. A name is used once, whatever its case.
CREATE TABLE scorecard_domain (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL CHECK (position >= 1)
);

INSERT INTO scorecard_domain (id, name, position) VALUES
    (1, 'National priorities and strategic objectives', 1),
    (2, 'Cost and efficiency', 2),
    (3, 'Effectiveness of service delivery and outcomes', 3),
    (4, 'Quality of services for users and carers', 4),
    (5, 'Fair access', 5);

-- An indicator's domain, cleared when the domain is deleted (the indicator is kept).
ALTER TABLE indicator ADD COLUMN domain_id INTEGER REFERENCES scorecard_domain (id) ON DELETE SET NULL;
CREATE INDEX indicator_domain ON indicator (domain_id);

-- scorecard_summary: the one line the board's officer writes about a domain for a reporting period
-- (period_key as Period::key(), '2026-Q2'); it goes with its domain.
CREATE TABLE scorecard_summary (
    id INTEGER PRIMARY KEY,
    domain_id INTEGER NOT NULL REFERENCES scorecard_domain (id) ON DELETE CASCADE,
    period_key TEXT NOT NULL CHECK (length(period_key) > 0),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (domain_id, period_key)
);
