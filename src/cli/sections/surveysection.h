// The survey key of assure-cli board's JSON (issue 18, part 7).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// {"responses", "statements": [{"text", "mean", "counts": [five counts for 1 to 5],
// "previous_mean"}], "free_text": [{"text", "answers"}], "breakdown": {"title", "smallest_shown",
// "groups": [{"name", "suppressed", "responses", "means"}]}}. A suppressed group gives neither its
// count nor its means.
QJsonValue surveySection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
