// The narrative's sections, their names, and what a summary needs.
#include "core/narrative/narrative.h"

#include "core/enumnames.h"
#include "core/period.h"

namespace assure {

namespace {

constexpr auto kSectionNames = enumNames<NarrativeSection>(
    "assure::Narrative",
    {
        {NarrativeSection::ExecutiveSummary, u"executive_summary",
         QT_TRANSLATE_NOOP("assure::Narrative", "Executive summary")},
        {NarrativeSection::Performance, u"performance", QT_TRANSLATE_NOOP("assure::Narrative", "Performance")},
        {NarrativeSection::Actions, u"actions", QT_TRANSLATE_NOOP("assure::Narrative", "Action plan progress")},
        {NarrativeSection::Audits, u"audits", QT_TRANSLATE_NOOP("assure::Narrative", "Audit programme and findings")},
        {NarrativeSection::SelfAssessment, u"self_assessment",
         QT_TRANSLATE_NOOP("assure::Narrative", "Self-assessment")},
        {NarrativeSection::Priorities, u"priorities",
         QT_TRANSLATE_NOOP("assure::Narrative", "Business plan priorities")},
        {NarrativeSection::Risks, u"risks", QT_TRANSLATE_NOOP("assure::Narrative", "Risk register")},
        {NarrativeSection::Attendance, u"attendance", QT_TRANSLATE_NOOP("assure::Narrative", "Attendance")},
        {NarrativeSection::Budget, u"budget", QT_TRANSLATE_NOOP("assure::Narrative", "Budget")},
        {NarrativeSection::Survey, u"survey", QT_TRANSLATE_NOOP("assure::Narrative", "Board effectiveness survey")},
        {NarrativeSection::Scorecard, u"scorecard", QT_TRANSLATE_NOOP("assure::Narrative", "Scorecard by domain")},
        {NarrativeSection::Feedback, u"feedback", QT_TRANSLATE_NOOP("assure::Narrative", "What we heard")},
        {NarrativeSection::Complaints, u"complaints",
         QT_TRANSLATE_NOOP("assure::Narrative", "Complaints and compliments")},
        {NarrativeSection::Escalations, u"escalations", QT_TRANSLATE_NOOP("assure::Narrative", "Escalations")},
    });

} // namespace

QString narrativeSectionKey(NarrativeSection section)
{
    return kSectionNames.key(section);
}

std::optional<NarrativeSection> narrativeSectionFromKey(const QString &key)
{
    return kSectionNames.fromKey(key);
}

QString narrativeSectionLabel(NarrativeSection section)
{
    return kSectionNames.label(section);
}

QList<NarrativeSection> allNarrativeSections()
{
    return kSectionNames.values();
}

QStringList Narrative::problems() const
{
    QStringList out;
    if (!Period::fromKey(periodKey))
        out << QCoreApplication::translate("assure::Narrative", "A summary belongs to a period.");
    if (text.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Narrative", "A summary needs some words.");
    return out;
}

} // namespace assure
