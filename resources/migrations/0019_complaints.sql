-- Schema version 19: complaints, compliments and comments about the agencies' work (issue 19,
-- part 2), the actions taken from what they taught, the board's response target and its own days
-- off.
--
-- complaint: a reference only, never a name. kind is 'complaint', 'compliment' or 'comment'. stage
-- is 1 (local resolution), 2 (investigation) or 3 (ombudsman) for a complaint and 0 for the
-- others; outcome is 'upheld', 'partly_upheld', 'not_upheld', or '' while open and for the others.
-- Dates are 'YYYY-MM-DD'; responded is '' until answered. Entries go with their agency when it is
-- deleted (the question before says how many; undo brings them back). Days to respond and whether in
-- time are worked out, never stored, so that a new target or day off counts at once.
CREATE TABLE complaint (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
    received TEXT NOT NULL CHECK (length(received) = 10),
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'complaint' OR kind = 'compliment' OR kind = 'comment'),
    theme TEXT NOT NULL DEFAULT '',
    stage INTEGER NOT NULL DEFAULT 1 CHECK (stage BETWEEN 0 AND 3),
    outcome TEXT NOT NULL DEFAULT '' CHECK (
        outcome = '' OR outcome = 'upheld' OR outcome = 'partly_upheld' OR outcome = 'not_upheld'),
    responded TEXT NOT NULL DEFAULT '',
    learning TEXT NOT NULL DEFAULT '',
    CHECK (responded = '' OR responded >= received)
);
CREATE INDEX complaint_agency ON complaint (agency_id);
CREATE INDEX complaint_received ON complaint (received);

-- The actions that followed from an entry's learning: a link goes with either end, and a pair is
-- linked once.
CREATE TABLE complaint_action (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    UNIQUE (complaint_id, action_id)
);
CREATE INDEX complaint_action_action ON complaint_action (action_id);

-- complaint_settings: the single row with id 1, the response target in working days (20).
CREATE TABLE complaint_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    target_days INTEGER NOT NULL DEFAULT 20 CHECK (target_days BETWEEN 1 AND 250)
);

INSERT INTO complaint_settings (id) VALUES (1);

-- The board's own days off on top of the bank holidays of England and Wales (a local holiday, a
-- closure), each day once.
CREATE TABLE complaint_holiday (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL UNIQUE CHECK (length(day) = 10),
    name TEXT NOT NULL DEFAULT ''
);
