-- Schema version 9: acceptances of the anonymisation guard's hits. When text that looks like
-- personal data is saved on purpose (an NHS number in a published review's title, a team's own
-- phone number), the reason is kept here, and the same hit in the same field is not raised again.
--
-- A hit is named by where it is (table, row_id or row_key, field), its kind and the text matched:
-- row_id is the row's id, or 0 for a table without ids (measurement), whose row_key says which row
-- ('CODE period key'); row_key is '' otherwise. No foreign key: the table is any narrative table,
-- and an acceptance whose row is gone names nothing and matches nothing. accepted_on is
-- 'YYYY-MM-DD'. kind is compared with = rather than IN (...) (see format 4).
CREATE TABLE privacy_acceptance (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL CHECK (length(trim(table_name)) > 0),
    row_id INTEGER NOT NULL DEFAULT 0,
    row_key TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL CHECK (length(trim(field)) > 0),
    kind TEXT NOT NULL CHECK (
        kind = 'nhs_number' OR kind = 'date_of_birth' OR kind = 'postcode' OR kind = 'titled_name' OR
        kind = 'email' OR kind = 'phone'),
    matched TEXT NOT NULL CHECK (length(matched) > 0),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    accepted_by TEXT NOT NULL DEFAULT '',
    accepted_on TEXT NOT NULL DEFAULT ''
);
CREATE INDEX privacy_acceptance_row ON privacy_acceptance (table_name, row_id, row_key);
