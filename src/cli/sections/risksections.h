// The `priorities` and `risks` keys of assure-cli board's JSON (cli/boardyearsections.cpp).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// Per priority of the year (and the standing ones), by title: title, year, lead_subgroup, status
// (on_track, some_concern, off_track, no_data), period (the quarter its indicators are rated
// for), indicators {total, green, amber, red, unrated} and actions {total, on_track, amber, red,
// cancelled}.
QJsonValue prioritiesSection(const Workspace &ws, int startYear, const QDate &asOf);

// Per risk, highest score first: title, owner, likelihood, impact, score, rating (green, amber,
// red), target_score (null when none), review_date (null when none), review_overdue, and
// indicators_of_concern [{code, title, concerns: ["red", "spc_concern"]}] for the latest quarter ended.
QJsonValue risksSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
