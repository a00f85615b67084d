-- Schema version 16: the narrative gets a summary for each section of the board's own business
-- that the board pack prints (business plan priorities, the risk register, attendance, the budget
-- and the effectiveness survey). SQLite cannot change a CHECK, so the table is made again with the
-- new keys and its rows copied across, ids kept (acceptances and history name them).
CREATE TABLE narrative_new (
    id INTEGER PRIMARY KEY,
    period_key TEXT NOT NULL CHECK (length(period_key) > 0),
    section TEXT NOT NULL CHECK (
        section = 'executive_summary' OR section = 'performance' OR section = 'actions' OR
        section = 'audits' OR section = 'self_assessment' OR section = 'priorities' OR
        section = 'risks' OR section = 'attendance' OR section = 'budget' OR section = 'survey'),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (period_key, section)
);
INSERT INTO narrative_new (id, period_key, section, text) SELECT id, period_key, section, text FROM narrative;
DROP TABLE narrative;
ALTER TABLE narrative_new RENAME TO narrative;
