// An action of the board's action plans, its milestones and progress updates.
#include "core/actions/action.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace assure {

namespace {

constexpr auto kStatusNames = enumNames<ActionStatus>(
    "assure::Action",
    {
        {ActionStatus::NotStarted, u"not_started", QT_TRANSLATE_NOOP("assure::Action", "Not started")},
        {ActionStatus::InProgress, u"in_progress", QT_TRANSLATE_NOOP("assure::Action", "In progress")},
        {ActionStatus::Completed, u"completed", QT_TRANSLATE_NOOP("assure::Action", "Completed")},
        {ActionStatus::ImpactEvidenced, u"impact_evidenced", QT_TRANSLATE_NOOP("assure::Action", "Impact evidenced")},
        {ActionStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("assure::Action", "Cancelled")},
    });

constexpr auto kSourceNames = enumNames<ActionSource>(
    "assure::Action",
    {
        {ActionSource::None, u"none", QT_TRANSLATE_NOOP("assure::Action", "Stands alone")},
        {ActionSource::Priority, u"priority", QT_TRANSLATE_NOOP("assure::Action", "Business plan priority")},
        {ActionSource::Recommendation, u"recommendation", QT_TRANSLATE_NOOP("assure::Action", "Recommendation")},
        {ActionSource::Finding, u"finding", QT_TRANSLATE_NOOP("assure::Action", "Finding")},
        {ActionSource::Audit, u"audit", QT_TRANSLATE_NOOP("assure::Action", "Audit")},
        {ActionSource::Review, u"review", QT_TRANSLATE_NOOP("assure::Action", "Review")},
        {ActionSource::SelfAssessment, u"self_assessment", QT_TRANSLATE_NOOP("assure::Action", "Self-assessment")},
        {ActionSource::DevelopmentPlan, u"development_plan", QT_TRANSLATE_NOOP("assure::Action", "Development plan")},
    });

} // namespace

QString actionStatusKey(ActionStatus status)
{
    return kStatusNames.key(status);
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    return kStatusNames.fromKey(key);
}

QString actionStatusLabel(ActionStatus status)
{
    return kStatusNames.label(status);
}

QList<ActionStatus> allActionStatuses()
{
    return kStatusNames.values();
}

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::NotStarted || status == ActionStatus::InProgress;
}

QString actionSourceKey(ActionSource source)
{
    return kSourceNames.key(source);
}

std::optional<ActionSource> actionSourceFromKey(const QString &key)
{
    return kSourceNames.fromKey(key);
}

QString actionSourceLabel(ActionSource source)
{
    return kSourceNames.label(source);
}

QList<ActionSource> allActionSources()
{
    return kSourceNames.values();
}

QStringList Action::problems() const
{
    QStringList out;
    if (ref.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Action", "The action needs a reference.");
    if (title.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Action", "The action needs a title.");
    if (status == ActionStatus::Cancelled && cancelReason.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Action", "A cancelled action needs the reason it was cancelled.");
    if (status == ActionStatus::ImpactEvidenced && !impactAccepted())
        out << QCoreApplication::translate(
            "assure::Action",
            "Impact is evidenced only once the evidence of outcome is recorded and accepted, by whom and when.");
    return out;
}

bool Action::operator==(const Action &o) const
{
    return id == o.id && ref == o.ref && title == o.title && description == o.description &&
           successMeasure == o.successMeasure && evidence == o.evidence && ownerAgencyId == o.ownerAgencyId &&
           leadPersonId == o.leadPersonId && resources == o.resources && sourceKind == o.sourceKind &&
           sourceId == o.sourceId && rationale == o.rationale && start == o.start && due == o.due &&
           status == o.status && cancelReason == o.cancelReason && impactEvidence == o.impactEvidence &&
           impactAcceptedBy == o.impactAcceptedBy && impactAcceptedOn == o.impactAcceptedOn &&
           impactIndicatorId == o.impactIndicatorId;
}

QStringList Milestone::problems() const
{
    QStringList out;
    if (actionId == 0)
        out << QCoreApplication::translate("assure::Action", "A milestone belongs to an action.");
    if (!date.isValid())
        out << QCoreApplication::translate("assure::Action", "A milestone needs a date.");
    if (text.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Action", "A milestone needs to say what will be done.");
    return out;
}

QStringList ProgressUpdate::problems() const
{
    QStringList out;
    if (actionId == 0)
        out << QCoreApplication::translate("assure::Action", "A progress update belongs to an action.");
    if (!date.isValid())
        out << QCoreApplication::translate("assure::Action", "A progress update needs a date.");
    if (text.trimmed().isEmpty() && !percent)
        out << QCoreApplication::translate("assure::Action", "A progress update needs some words or a percentage.");
    if (percent && (*percent < 0 || *percent > 100))
        out << QCoreApplication::translate("assure::Action", "A percentage of progress is from 0 to 100, not %1.")
                   .arg(*percent);
    return out;
}

} // namespace assure
