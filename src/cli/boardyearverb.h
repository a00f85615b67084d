// assure-cli board FILE --year LABEL [--as-of DATE] --json: how the board ran its own business in a
// financial year (priorities, attendance, budget, risks, survey), one JSON key per section.
#pragma once

#include "cli/boardverb.h"

#include <QDate>
#include <QJsonValue>

#include <vector>

namespace assure {

class Workspace;

// One key of the board verb's JSON: a feature adds its entry in boardyearsections.cpp.
struct BoardYearSection final
{
    QString key; // "budget"
    // The section for the financial year starting in startYear, judged on asOf.
    QJsonValue (*write)(const Workspace &ws, int startYear, const QDate &asOf) = nullptr;
};

// In the order the JSON lists them.
const std::vector<BoardYearSection> &boardYearSections();

class BoardYearVerb final : public BoardVerb
{
public:
    BoardYearVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("board"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
