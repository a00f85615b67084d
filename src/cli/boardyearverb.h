// assure-cli board / voices FILE --year LABEL [--as-of DATE] --json: a financial year as JSON, one key
// per section. `board` is how the board ran its own business (priorities, attendance, budget, risks,
// survey); `voices` is what it heard (complaints, escalations, feedback) and its scorecard.
#pragma once

#include "cli/boardverb.h"

#include <QDate>
#include <QJsonValue>

#include <vector>

namespace assure {

class Workspace;

// One key of a year verb's JSON: a feature adds its entry in boardyearsections.cpp or
// voicessections.cpp.
struct BoardYearSection final
{
    QString key; // "budget"
    // The section for the financial year starting in startYear, judged on asOf.
    QJsonValue (*write)(const Workspace &ws, int startYear, const QDate &asOf) = nullptr;
};

// In the order the JSON lists them.
const std::vector<BoardYearSection> &boardYearSections();
const std::vector<BoardYearSection> &voicesSections();

// One verb per list of sections; both read --year, --as-of and --json alike.
class BoardYearVerb final : public BoardVerb
{
public:
    using Sections = const std::vector<BoardYearSection> &(*)();
    // summary is a QT_TRANSLATE_NOOP in the context "assure::BoardYearVerb".
    BoardYearVerb(QString name, const char *summary, Sections sections)
        : BoardVerb(Damage::Unusable), m_name(std::move(name)), m_summary(summary), m_sections(sections)
    {
    }
    QString name() const override { return m_name; }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;

private:
    QString m_name;
    const char *m_summary;
    Sections m_sections;
};

} // namespace assure
