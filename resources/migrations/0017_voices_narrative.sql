-- Schema version 17: the narrative gets a summary for each section of what the board heard and its
-- scorecard (issue 19): the scorecard by domain, feedback, complaints and compliments, and
-- escalations. SQLite cannot change a CHECK, so the table is made again with the new keys and its
-- rows copied across, ids kept (acceptances and history name them).
CREATE TABLE narrative_new (
    id INTEGER PRIMARY KEY,
    period_key TEXT NOT NULL CHECK (length(period_key) > 0),
    section TEXT NOT NULL CHECK (
        section = 'executive_summary' OR section = 'performance' OR section = 'actions' OR
        section = 'audits' OR section = 'self_assessment' OR section = 'priorities' OR
        section = 'risks' OR section = 'attendance' OR section = 'budget' OR section = 'survey' OR
        section = 'scorecard' OR section = 'feedback' OR section = 'complaints' OR
        section = 'escalations'),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (period_key, section)
);
INSERT INTO narrative_new (id, period_key, section, text) SELECT id, period_key, section, text FROM narrative;
DROP TABLE narrative;
ALTER TABLE narrative_new RENAME TO narrative;
