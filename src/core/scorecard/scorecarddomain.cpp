// The scorecard's domains and summaries: what each needs, and the sets a board may start from.
#include "core/scorecard/scorecarddomain.h"

#include <QCoreApplication>

namespace assure {

QStringList ScorecardDomain::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Scorecard", "The domain needs a name.");
    if (position < 1)
        out << QCoreApplication::translate("assure::Scorecard", "The domain needs a place in the list.");
    return out;
}

QStringList ScorecardSummary::problems() const
{
    QStringList out;
    if (domainId == 0)
        out << QCoreApplication::translate("assure::Scorecard", "A summary belongs to a domain.");
    if (periodKey.isEmpty())
        out << QCoreApplication::translate("assure::Scorecard", "A summary belongs to a period.");
    if (text.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Scorecard", "The summary is empty.");
    if (text.contains(QLatin1Char('\n')))
        out << QCoreApplication::translate("assure::Scorecard", "The summary is one line.");
    if (text.trimmed().size() > kScorecardSummaryMaxLength)
        out << QCoreApplication::translate("assure::Scorecard", "The summary is longer than %1 characters.")
                   .arg(kScorecardSummaryMaxLength);
    return out;
}

QString domainSetLabel(DomainSet set)
{
    switch (set) {
    case DomainSet::PerformanceDomains:
        return QCoreApplication::translate("assure::Scorecard", "The five performance domains");
    case DomainSet::BalancedScorecard:
        return QCoreApplication::translate("assure::Scorecard", "The four perspectives of a balanced scorecard");
    }
    return {};
}

QList<DomainSet> allDomainSets()
{
    return {DomainSet::PerformanceDomains, DomainSet::BalancedScorecard};
}

QStringList domainSetNames(DomainSet set)
{
    switch (set) {
    case DomainSet::PerformanceDomains:
        // The order and words of the national framework; 0021_scorecard.sql ships them too.
        return {QCoreApplication::translate("assure::Scorecard", "National priorities and strategic objectives"),
                QCoreApplication::translate("assure::Scorecard", "Cost and efficiency"),
                QCoreApplication::translate("assure::Scorecard", "Effectiveness of service delivery and outcomes"),
                QCoreApplication::translate("assure::Scorecard", "Quality of services for users and carers"),
                QCoreApplication::translate("assure::Scorecard", "Fair access")};
    case DomainSet::BalancedScorecard:
        return {QCoreApplication::translate("assure::Scorecard", "Financial"),
                QCoreApplication::translate("assure::Scorecard", "Children, families and partners"),
                QCoreApplication::translate("assure::Scorecard", "Internal processes"),
                QCoreApplication::translate("assure::Scorecard", "Learning and growth")};
    }
    return {};
}

} // namespace assure
