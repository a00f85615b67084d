-- Schema version 11: the board's action settings and its development plans.
--
-- action_settings: the single row with id 1, the numbers the action rules take from the board:
-- due soon within due_soon_days days (14), progress GREEN at rag_green_percent of the time
-- elapsed (90) and AMBER at rag_amber_percent (70), as whole percentages.
CREATE TABLE action_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    due_soon_days INTEGER NOT NULL DEFAULT 14 CHECK (due_soon_days BETWEEN 0 AND 365),
    rag_green_percent INTEGER NOT NULL DEFAULT 90 CHECK (rag_green_percent BETWEEN 1 AND 100),
    rag_amber_percent INTEGER NOT NULL DEFAULT 70 CHECK (rag_amber_percent BETWEEN 1 AND 100),
    CHECK (rag_amber_percent <= rag_green_percent)
);

INSERT INTO action_settings (id) VALUES (1);

-- development_plan: how one business plan objective (a priority) will be delivered, completed by
-- the sub-group chair. Its components are the actions whose source_kind is 'development_plan' and
-- source_id its id. The priority and the chair are cleared when deleted (the plan is kept).
-- Dates are 'YYYY-MM-DD', '' when not given.
CREATE TABLE development_plan (
    id INTEGER PRIMARY KEY,
    priority_id INTEGER REFERENCES priority (id) ON DELETE SET NULL,
    chair_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    methodology TEXT NOT NULL DEFAULT '',
    expertise TEXT NOT NULL DEFAULT '',
    consultation TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    quality_assurance TEXT NOT NULL DEFAULT '',
    performance_measures TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT ''
);
CREATE INDEX development_plan_priority ON development_plan (priority_id);
CREATE INDEX development_plan_chair ON development_plan (chair_person_id);
