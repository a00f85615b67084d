// A self-assessment round, its agencies' returns and their answers.
#include "core/assessment/round.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace assure {

namespace {

constexpr auto kStatusNames = enumNames<ReturnStatus>(
    "assure::Assessment",
    {
        {ReturnStatus::Invited, u"invited", QT_TRANSLATE_NOOP("assure::Assessment", "Invited")},
        {ReturnStatus::InProgress, u"in_progress", QT_TRANSLATE_NOOP("assure::Assessment", "In progress")},
        {ReturnStatus::Returned, u"returned", QT_TRANSLATE_NOOP("assure::Assessment", "Returned")},
        {ReturnStatus::Challenged, u"challenged", QT_TRANSLATE_NOOP("assure::Assessment", "Challenged")},
        {ReturnStatus::Accepted, u"accepted", QT_TRANSLATE_NOOP("assure::Assessment", "Accepted")},
    });

} // namespace

QString returnStatusKey(ReturnStatus status)
{
    return kStatusNames.key(status);
}

std::optional<ReturnStatus> returnStatusFromKey(const QString &key)
{
    return kStatusNames.fromKey(key);
}

QString returnStatusLabel(ReturnStatus status)
{
    return kStatusNames.label(status);
}

QList<ReturnStatus> allReturnStatuses()
{
    return kStatusNames.values();
}

QStringList AssessmentRound::problems() const
{
    QStringList out;
    if (frameworkId == 0)
        out << QCoreApplication::translate("assure::Assessment", "A round needs a framework.");
    if (label.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Assessment", "A round needs a label.");
    if (year < 2000 || year > 2200)
        out << QCoreApplication::translate("assure::Assessment", "A round needs the year it starts in.");
    return out;
}

QString roundLabel(const QString &frameworkName, int year)
{
    return QStringLiteral("%1 %2/%3")
        .arg(frameworkName.trimmed())
        .arg(year)
        .arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
}

QStringList RoundAgency::problems() const
{
    QStringList out;
    if (roundId == 0)
        out << QCoreApplication::translate("assure::Assessment", "An invited agency belongs to a round.");
    if (agencyId == 0)
        out << QCoreApplication::translate("assure::Assessment", "A round invites an agency.");
    return out;
}

QDate RoundAgency::dateOf(ReturnStatus s) const
{
    switch (s) {
    case ReturnStatus::Invited: return invitedOn;
    case ReturnStatus::InProgress: return startedOn;
    case ReturnStatus::Returned: return returnedOn;
    case ReturnStatus::Challenged: return challengedOn;
    case ReturnStatus::Accepted: return acceptedOn;
    }
    return {};
}

void RoundAgency::setStatus(ReturnStatus s, const QDate &on)
{
    status = s;
    switch (s) {
    case ReturnStatus::Invited: invitedOn = on; break;
    case ReturnStatus::InProgress: startedOn = on; break;
    case ReturnStatus::Returned: returnedOn = on; break;
    case ReturnStatus::Challenged: challengedOn = on; break;
    case ReturnStatus::Accepted: acceptedOn = on; break;
    }
}

QStringList CriterionReturn::problems() const
{
    QStringList out;
    if (roundAgencyId == 0)
        out << QCoreApplication::translate("assure::Assessment", "An answer belongs to an agency's return.");
    if (criterionId == 0)
        out << QCoreApplication::translate("assure::Assessment", "An answer answers a criterion.");
    return out;
}

bool CriterionReturn::isBlank() const
{
    return selfRating == AssessmentRating::NotRated && moderatedRating == AssessmentRating::NotRated &&
           evidence.trimmed().isEmpty() && evidenceRefs.trimmed().isEmpty() && plannedImprovement.trimmed().isEmpty() &&
           challengeNote.trimmed().isEmpty();
}

} // namespace assure
