-- Schema version 14: membership of the board and its sub-groups, their meetings and attendance.
--
-- membership: a person's seat on one body for an agency over a span of days. sub_group_id NULL
-- is the board itself. Deleting the person or the body deletes the seat (and its attendance);
-- deleting the agency clears it (the seat is kept). Dates are 'YYYY-MM-DD', '' when not given:
-- no from day is a member from before records were kept, no to day is still a member.
CREATE TABLE membership (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL,
    sub_group_id INTEGER REFERENCES subgroup (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    voice TEXT NOT NULL DEFAULT 'voting' CHECK (voice = 'voting' OR voice = 'advisory'),
    from_date TEXT NOT NULL DEFAULT '',
    to_date TEXT NOT NULL DEFAULT ''
);
CREATE INDEX membership_person ON membership (person_id);
CREATE INDEX membership_agency ON membership (agency_id);
CREATE INDEX membership_sub_group ON membership (sub_group_id);

-- meeting: of the board (sub_group_id NULL) or of one sub-group; a sub-group with meetings on
-- record cannot be deleted. The date is 'YYYY-MM-DD'.
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (length(date) = 10),
    sub_group_id INTEGER REFERENCES subgroup (id),
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_date ON meeting (date);
CREATE INDEX meeting_sub_group ON meeting (sub_group_id);

-- attendance: one member's answer to one meeting, at most one per (meeting, membership); a
-- member with none recorded did not attend. It goes with its meeting or its membership.
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (
        status = 'present' OR status = 'apologies' OR status = 'deputy' OR status = 'absent'),
    UNIQUE (meeting_id, membership_id)
);
CREATE INDEX attendance_membership ON attendance (membership_id);

-- meeting_settings: the single row with id 1. An agency or member whose attendance over a
-- financial year is below threshold_percent (a whole percentage) is highlighted.
CREATE TABLE meeting_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    threshold_percent INTEGER NOT NULL DEFAULT 75 CHECK (threshold_percent BETWEEN 1 AND 100)
);

INSERT INTO meeting_settings (id) VALUES (1);
