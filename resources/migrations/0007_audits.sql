-- Schema version 7: audits. The annual audit programme and its occurrences; audits and reviews
-- with their agencies, cases (graded and moderated), findings and recommendations.
--
-- Dates are 'YYYY-MM-DD', '' when not given; an occurrence's month is the first day of it.
-- Keys (category, frequency, outcome, type, status, kind) are compared with = rather than
-- IN (...) (see format 4). People, sub-groups and agencies an item names are cleared when they are
-- deleted and the item kept; an audit's agencies, cases, findings and recommendations go with it.
-- An occurrence names the audit that did it and an audit the occurrence it fulfils: either is
-- cleared when the other is deleted. The sampling seed is text: SQLite's integers are signed and a
-- seed may be any whole number up to 2^64 - 1. A case's answers are the questionnaire's JSON.
CREATE TABLE audit_programme_entry (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    criteria TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'monitoring_audit' CHECK (
        category = 'board_performance' OR category = 'monitoring_audit' OR
        category = 'quality_assurance_report' OR category = 'commissioned_scrutiny' OR category = 'responsive'),
    frequency TEXT NOT NULL DEFAULT 'annual' CHECK (
        frequency = 'monthly' OR frequency = 'quarterly' OR frequency = 'twice_yearly' OR
        frequency = 'annual' OR frequency = 'rolling' OR frequency = 'ongoing'),
    due_months TEXT NOT NULL DEFAULT '',
    lead_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    lead_subgroup_id INTEGER REFERENCES subgroup (id) ON DELETE SET NULL,
    lead TEXT NOT NULL DEFAULT '',
    reporting_route TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_programme_entry_person ON audit_programme_entry (lead_person_id);
CREATE INDEX audit_programme_entry_subgroup ON audit_programme_entry (lead_subgroup_id);

CREATE TABLE audit_programme_occurrence (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES audit_programme_entry (id) ON DELETE CASCADE,
    due TEXT NOT NULL,
    moved TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome = 'open' OR outcome = 'done' OR outcome = 'skipped'),
    audit_id INTEGER REFERENCES audit (id) ON DELETE SET NULL,
    done_on TEXT NOT NULL DEFAULT '',
    skip_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (entry_id, due)
);
CREATE INDEX audit_programme_occurrence_audit ON audit_programme_occurrence (audit_id);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(ref)) > 0),
    type TEXT NOT NULL DEFAULT 'multi_agency_case_audit' CHECK (
        type = 'single_agency' OR type = 'multi_agency_case_audit' OR type = 'themed_review' OR
        type = 'serious_case_review' OR type = 'safeguarding_adults_review' OR
        type = 'child_safeguarding_practice_review' OR type = 'cdop_report' OR type = 'qa_report' OR
        type = 'peer_review' OR type = 'observation_of_practice'),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    scope TEXT NOT NULL DEFAULT '',
    methodology TEXT NOT NULL DEFAULT '',
    lead_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    auditors TEXT NOT NULL DEFAULT '',
    independent INTEGER NOT NULL DEFAULT 0 CHECK (independent = 0 OR independent = 1),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (
        status = 'planned' OR status = 'in_progress' OR status = 'findings_agreed' OR
        status = 'reported_to_board' OR status = 'closed'),
    planned_date TEXT NOT NULL DEFAULT '',
    started_date TEXT NOT NULL DEFAULT '',
    reported_date TEXT NOT NULL DEFAULT '',
    occurrence_id INTEGER REFERENCES audit_programme_occurrence (id) ON DELETE SET NULL,
    repeats_audit_id INTEGER REFERENCES audit (id) ON DELETE SET NULL,
    sampling_seed TEXT NOT NULL DEFAULT '',
    grade_scale TEXT NOT NULL DEFAULT '',
    referral_date TEXT NOT NULL DEFAULT '',
    decision_date TEXT NOT NULL DEFAULT '',
    publication_date TEXT NOT NULL DEFAULT '',
    period_from TEXT NOT NULL DEFAULT '',
    period_to TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_lead ON audit (lead_person_id);
CREATE INDEX audit_occurrence ON audit (occurrence_id);
CREATE INDEX audit_repeats ON audit (repeats_audit_id);

CREATE TABLE audit_agency (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    UNIQUE (audit_id, agency_id)
);
CREATE INDEX audit_agency_agency ON audit_agency (agency_id);

CREATE TABLE audit_case (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    ref TEXT NOT NULL CHECK (length(trim(ref)) > 0),
    answers TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    second_grade TEXT NOT NULL DEFAULT '',
    agreed_grade TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    areas TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_case_audit ON audit_case (audit_id);

CREATE TABLE audit_finding (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'area_for_improvement' CHECK (
        kind = 'strength' OR kind = 'area_for_improvement' OR kind = 'good_practice'),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
);
CREATE INDEX audit_finding_audit ON audit_finding (audit_id);

CREATE TABLE audit_recommendation (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner_agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL,
    accepted TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_recommendation_audit ON audit_recommendation (audit_id);
CREATE INDEX audit_recommendation_owner ON audit_recommendation (owner_agency_id);
