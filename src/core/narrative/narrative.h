// The narrative of a period: the summary a report prints under each of its section headings, the
// story behind that section's data as the board's officer writes it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class NarrativeSection {
    ExecutiveSummary,
    Performance,
    Actions,
    Audits,
    SelfAssessment,
    // The board's own business (issue 18).
    Priorities,
    Risks,
    Attendance,
    Budget,
    Survey,
    // What the board heard, and its scorecard (issue 19).
    Scorecard,
    Feedback,
    Complaints,
    Escalations,
};

// Keys: "executive_summary", "performance", "actions", "audits", "self_assessment", "priorities",
// "risks", "attendance", "budget", "survey", "scorecard", "feedback", "complaints", "escalations".
QString narrativeSectionKey(NarrativeSection section);
std::optional<NarrativeSection> narrativeSectionFromKey(const QString &key);
// The heading the board pack prints the section under: "Executive summary", "Performance", "Action
// plan progress", "Audit programme and findings", "Self-assessment", "Business plan priorities"...
QString narrativeSectionLabel(NarrativeSection section);
// In the order the board pack prints them.
QList<NarrativeSection> allNarrativeSections();

// One section's summary for one period. A period keeps at most one per section; a summary
// cleared to nothing is deleted rather than kept blank.
struct Narrative
{
    qint64 id = 0;
    QString periodKey; // Period::key(): "2026-Q2"
    NarrativeSection section = NarrativeSection::ExecutiveSummary;
    QString text;

    QStringList problems() const;
    bool operator==(const Narrative &o) const
    {
        return id == o.id && periodKey == o.periodKey && section == o.section && text == o.text;
    }
    bool operator!=(const Narrative &o) const { return !(*this == o); }
};

} // namespace assure
