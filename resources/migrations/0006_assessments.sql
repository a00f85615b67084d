-- Schema version 6: self-assessment rounds. Frameworks (each version a row of its own, never
-- edited once a round uses it), their standards and criteria; rounds, the agencies invited to each
-- with where their return stands, and each agency's answer to each criterion.
--
-- Ratings are 'blue', 'green', 'amber', 'red' or 'not_rated'; statuses 'invited', 'in_progress',
-- 'returned', 'challenged' or 'accepted'; both compared with = rather than IN (...) (see format 4).
-- Dates are 'YYYY-MM-DD', '' when not given.
CREATE TABLE assessment_framework (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (name COLLATE NOCASE, version)
);

-- A framework's standards and criteria go with it.
CREATE TABLE assessment_standard (
    id INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES assessment_framework (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    UNIQUE (framework_id, number)
);

CREATE TABLE assessment_criterion (
    id INTEGER PRIMARY KEY,
    standard_id INTEGER NOT NULL REFERENCES assessment_standard (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    evidence_guidance TEXT NOT NULL DEFAULT '',
    UNIQUE (standard_id, number)
);

-- A framework is not deleted while a round uses it. Deleting a round leaves the round started
-- from it without its link to last year.
CREATE TABLE assessment_round (
    id INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES assessment_framework (id) ON DELETE RESTRICT,
    label TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(label)) > 0),
    year INTEGER NOT NULL,
    deadline TEXT NOT NULL DEFAULT '',
    previous_round_id INTEGER REFERENCES assessment_round (id) ON DELETE SET NULL
);
CREATE INDEX assessment_round_framework ON assessment_round (framework_id);
CREATE INDEX assessment_round_previous ON assessment_round (previous_round_id);

-- Deleting a round, or an agency, deletes that agency's return in it with its answers.
CREATE TABLE assessment_round_agency (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES assessment_round (id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'invited' CHECK (
        status = 'invited' OR status = 'in_progress' OR status = 'returned' OR status = 'challenged' OR
        status = 'accepted'),
    invited_on TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL DEFAULT '',
    returned_on TEXT NOT NULL DEFAULT '',
    challenged_on TEXT NOT NULL DEFAULT '',
    accepted_on TEXT NOT NULL DEFAULT '',
    UNIQUE (round_id, agency_id)
);
CREATE INDEX assessment_round_agency_agency ON assessment_round_agency (agency_id);

-- One agency's answer to one criterion; a criterion with no row is not rated. A criterion that has
-- answers is not deleted (its framework is in use, and a change makes a new version).
CREATE TABLE assessment_answer (
    id INTEGER PRIMARY KEY,
    round_agency_id INTEGER NOT NULL REFERENCES assessment_round_agency (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES assessment_criterion (id) ON DELETE RESTRICT,
    self_rating TEXT NOT NULL DEFAULT 'not_rated' CHECK (
        self_rating = 'blue' OR self_rating = 'green' OR self_rating = 'amber' OR self_rating = 'red' OR
        self_rating = 'not_rated'),
    evidence TEXT NOT NULL DEFAULT '',
    evidence_refs TEXT NOT NULL DEFAULT '',
    planned_improvement TEXT NOT NULL DEFAULT '',
    challenge_note TEXT NOT NULL DEFAULT '',
    moderated_rating TEXT NOT NULL DEFAULT 'not_rated' CHECK (
        moderated_rating = 'blue' OR moderated_rating = 'green' OR moderated_rating = 'amber' OR
        moderated_rating = 'red' OR moderated_rating = 'not_rated'),
    UNIQUE (round_agency_id, criterion_id)
);
CREATE INDEX assessment_answer_criterion ON assessment_answer (criterion_id);
