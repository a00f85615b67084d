-- Schema version 5: action plans. SMART actions, their dated milestones and their progress log.
--
-- action: owner agency, lead and the indicator that shows its impact are cleared when that item
-- is deleted (the action is kept); source_kind names what it answers and source_id the item of
-- that kind where the board file holds one (0 when none is named), so it has no foreign key:
-- audits, findings and recommendations arrive in later formats. Dates are 'YYYY-MM-DD', '' when
-- not given. Status and source are compared with = rather than IN (...) (see format 4).
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(ref)) > 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    success_measure TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    owner_agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL,
    lead_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    resources TEXT NOT NULL DEFAULT '',
    source_kind TEXT NOT NULL DEFAULT 'none' CHECK (
        source_kind = 'none' OR source_kind = 'priority' OR source_kind = 'recommendation' OR
        source_kind = 'finding' OR source_kind = 'audit' OR source_kind = 'review' OR
        source_kind = 'self_assessment' OR source_kind = 'development_plan'),
    source_id INTEGER NOT NULL DEFAULT 0,
    rationale TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (
        status = 'not_started' OR status = 'in_progress' OR status = 'completed' OR
        status = 'impact_evidenced' OR status = 'cancelled'),
    cancel_reason TEXT NOT NULL DEFAULT '',
    impact_evidence TEXT NOT NULL DEFAULT '',
    impact_accepted_by TEXT NOT NULL DEFAULT '',
    impact_accepted_on TEXT NOT NULL DEFAULT '',
    impact_indicator_id INTEGER REFERENCES indicator (id) ON DELETE SET NULL
);
CREATE INDEX action_owner ON action (owner_agency_id);
CREATE INDEX action_lead ON action (lead_person_id);
CREATE INDEX action_impact_indicator ON action (impact_indicator_id);

-- Deleting an action deletes its milestones and its progress log.
CREATE TABLE action_milestone (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0 CHECK (done = 0 OR done = 1)
);
CREATE INDEX action_milestone_action ON action_milestone (action_id);

CREATE TABLE action_update (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    percent INTEGER CHECK (percent BETWEEN 0 AND 100)
);
CREATE INDEX action_update_action ON action_update (action_id);
