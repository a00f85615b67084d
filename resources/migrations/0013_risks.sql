-- Schema version 13: the risk register, and the sub-group that leads a priority.
--
-- risk: the owner (a person on the board) is cleared when deleted and the risk kept. Likelihood
-- and impact are from 1 to 5; target_score is from 1 to 25, 0 when none is set. The review date is
-- 'YYYY-MM-DD', '' when not given. Its score and rating are worked out, never stored, so that a
-- change of the board's bands re-rates every risk at once.
CREATE TABLE risk (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    cause TEXT NOT NULL DEFAULT '',
    consequence TEXT NOT NULL DEFAULT '',
    owner_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    target_score INTEGER NOT NULL DEFAULT 0 CHECK (target_score BETWEEN 0 AND 25),
    review_date TEXT NOT NULL DEFAULT ''
);
CREATE INDEX risk_owner ON risk (owner_person_id);

-- The indicators that tell how a risk stands, and the actions that mitigate it: a link goes with
-- either end, and a pair is linked once.
CREATE TABLE risk_indicator (
    id INTEGER PRIMARY KEY,
    risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    UNIQUE (risk_id, indicator_id)
);
CREATE INDEX risk_indicator_indicator ON risk_indicator (indicator_id);

CREATE TABLE risk_action (
    id INTEGER PRIMARY KEY,
    risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    UNIQUE (risk_id, action_id)
);
CREATE INDEX risk_action_action ON risk_action (action_id);

-- risk_settings: the single row with id 1, the board's score bands: AMBER from amber_from (5) and
-- RED from red_from (12); below amber_from is GREEN.
CREATE TABLE risk_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    amber_from INTEGER NOT NULL DEFAULT 5 CHECK (amber_from BETWEEN 2 AND 25),
    red_from INTEGER NOT NULL DEFAULT 12 CHECK (red_from BETWEEN 2 AND 25),
    CHECK (amber_from < red_from)
);

INSERT INTO risk_settings (id) VALUES (1);

-- A priority's lead sub-group, cleared when the sub-group is deleted.
ALTER TABLE priority ADD COLUMN lead_subgroup_id INTEGER REFERENCES subgroup (id) ON DELETE SET NULL;
CREATE INDEX priority_lead_subgroup ON priority (lead_subgroup_id);
