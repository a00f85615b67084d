-- Schema version 20: the escalation log (issue 19, part 3).
--
-- escalation_reason: the board's reasons for escalating, shipped with defaults the board may
-- rename, add to or delete (a reason in use cannot be deleted). Names are unique, ignoring case.
CREATE TABLE escalation_reason (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX escalation_reason_name ON escalation_reason (lower(trim(name)));

INSERT INTO escalation_reason (name) VALUES
    ('Threshold disagreement'),
    ('Response to a referral'),
    ('Case progress'),
    ('Information sharing'),
    ('Plan or decision'),
    ('Attendance at meetings'),
    ('Other');

-- escalation: one case raised by one agency with another under the escalation policy. ref is an
-- anonymised case reference, never a name. Days are 'YYYY-MM-DD'; resolved is '' while open and
-- never before raised. Deleting either agency deletes the escalation; a reason with escalations
-- on record cannot be deleted. level is
-- the highest reached, from 1 to the board's highest (escalation_settings).
CREATE TABLE escalation (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL CHECK (length(trim(ref)) > 0),
    raised TEXT NOT NULL CHECK (length(raised) = 10),
    raised_by_agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    raised_with_agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    reason_id INTEGER NOT NULL REFERENCES escalation_reason (id),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
    resolution TEXT NOT NULL DEFAULT '',
    resolved TEXT NOT NULL DEFAULT '' CHECK (resolved = '' OR resolved >= raised),
    learning TEXT NOT NULL DEFAULT '',
    CHECK (raised_by_agency_id <> raised_with_agency_id)
);
CREATE INDEX escalation_raised ON escalation (raised);
CREATE INDEX escalation_raised_by ON escalation (raised_by_agency_id);
CREATE INDEX escalation_raised_with ON escalation (raised_with_agency_id);
CREATE INDEX escalation_reason_used ON escalation (reason_id);

-- The actions taken because of an escalation: a link goes with either end, a pair linked once.
CREATE TABLE escalation_action (
    id INTEGER PRIMARY KEY,
    escalation_id INTEGER NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    UNIQUE (escalation_id, action_id)
);
CREATE INDEX escalation_action_action ON escalation_action (action_id);

-- escalation_settings: the single row with id 1, the names of the board's levels, one a line,
-- level 1 first; their number is the highest level (from 1 to 9, 4 by default).
CREATE TABLE escalation_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    level_names TEXT NOT NULL CHECK (length(trim(level_names)) > 0)
);

INSERT INTO escalation_settings (id, level_names) VALUES (1,
    'Practitioner to practitioner' || char(10) || 'Manager to manager' || char(10) ||
    'Senior manager to senior manager' || char(10) || 'Director to director');
