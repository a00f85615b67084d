-- Schema version 15: the board's annual effectiveness survey (issue 18, part 3).
--
-- Nothing here names, numbers or dates a respondent: no name, email, form id or time is stored,
-- and imports drop the columns that hold them before anything is written. A response is its
-- financial year and its answers.
--
-- survey_question: a year's questionnaire, one row a question in position order. year is the
-- financial year's starting calendar year (2026 for 2026/27). kind: 'statement' (rated 1 to 5),
-- 'free_text', or 'breakdown' (the group a response falls in, such as sector; at most one a year).
CREATE TABLE survey_question (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    position INTEGER NOT NULL CHECK (position >= 1),
    kind TEXT NOT NULL CHECK (kind = 'statement' OR kind = 'free_text' OR kind = 'breakdown'),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
);
CREATE INDEX survey_question_year ON survey_question (year, position);
CREATE UNIQUE INDEX survey_question_breakdown ON survey_question (year) WHERE kind = 'breakdown';

-- survey_response: one returned questionnaire. Imports write a file's responses in a shuffled
-- order, so that the order of rows (often the order the forms came in) says nothing either.
CREATE TABLE survey_response (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200)
);
CREATE INDEX survey_response_year ON survey_response (year);

-- survey_answer: a response's answer to one question, a rating 1 to 5 for a statement (NULL when
-- not answered), words for the others. Deleting a response or a question deletes its answers.
CREATE TABLE survey_answer (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (response_id, question_id)
);
CREATE INDEX survey_answer_question ON survey_answer (question_id);
