-- Schema version 10: the narrative of a period. A summary per report section (executive summary,
-- performance, actions, audits, self-assessment) and period, printed under that section's heading;
-- the per-indicator commentary stays with the measurements. period_key is Period::key()
-- ("2026-Q2", "2026-09", "2026-Y"). At most one summary per section and period; a summary cleared
-- to nothing is deleted, so text is never blank. Section is compared with = rather than IN (...)
-- (see format 4).
CREATE TABLE narrative (
    id INTEGER PRIMARY KEY,
    period_key TEXT NOT NULL CHECK (length(period_key) > 0),
    section TEXT NOT NULL CHECK (
        section = 'executive_summary' OR section = 'performance' OR section = 'actions' OR
        section = 'audits' OR section = 'self_assessment'),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (period_key, section)
);
