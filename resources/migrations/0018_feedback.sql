-- Schema version 18: the feedback log (issue 19, part 1): what children, parents and carers,
-- practitioners and partners told the board, how it was heard, its themes from the board's own
-- list, and the actions taken because of it.
--
-- feedback: the date is 'YYYY-MM-DD'; voice and method are the keys of core/voices/feedback.h.
-- The agency is optional and cleared (the entry kept) when the agency is deleted.
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (length(date) = 10),
    voice TEXT NOT NULL CHECK (
        voice = 'child_or_young_person' OR voice = 'parent_or_carer' OR voice = 'practitioner' OR
        voice = 'partner_agency' OR voice = 'other'),
    method TEXT NOT NULL CHECK (
        method = 'survey' OR method = 'focus_group' OR method = 'workshop' OR
        method = 'case_audit_conversation' OR method = 'advocate' OR method = 'complaint' OR
        method = 'other'),
    agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL,
    summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    what_changed TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feedback_date ON feedback (date);
CREATE INDEX feedback_agency ON feedback (agency_id);

-- The board's own list of themes, shipped with one a board can start from.
CREATE TABLE feedback_theme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);
INSERT INTO feedback_theme (name) VALUES
    ('Being listened to'),
    ('Timeliness'),
    ('Information sharing'),
    ('Consistency of worker'),
    ('Being kept informed'),
    ('Accessibility of services'),
    ('Feeling safe'),
    ('Transitions between services'),
    ('Early help'),
    ('Workload and supervision');

-- An entry's themes and its actions: a link goes with either end, and a pair is linked once.
CREATE TABLE feedback_theme_link (
    id INTEGER PRIMARY KEY,
    feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES feedback_theme (id) ON DELETE CASCADE,
    UNIQUE (feedback_id, theme_id)
);
CREATE INDEX feedback_theme_link_theme ON feedback_theme_link (theme_id);

CREATE TABLE feedback_action (
    id INTEGER PRIMARY KEY,
    feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    UNIQUE (feedback_id, action_id)
);
CREATE INDEX feedback_action_action ON feedback_action (action_id);
