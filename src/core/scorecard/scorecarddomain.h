// The scorecard's domains, the groups a board reports its indicators under, and the one-line
// summary of a domain for a period; the two sets of domains a board may start from.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace assure {

// One of the board's domains. The board's list is its domains in position order (from 1).
struct ScorecardDomain
{
    qint64 id = 0;
    QString name;
    int position = 0;

    QStringList problems() const;

    bool operator==(const ScorecardDomain &o) const { return id == o.id && name == o.name && position == o.position; }
    bool operator!=(const ScorecardDomain &o) const { return !(*this == o); }
};

// What the board's officer writes about a domain for a reporting period, in one line.
struct ScorecardSummary
{
    qint64 id = 0;
    qint64 domainId = 0;
    QString periodKey; // Period::key()
    QString text;

    QStringList problems() const;

    bool operator==(const ScorecardSummary &o) const
    {
        return id == o.id && domainId == o.domainId && periodKey == o.periodKey && text == o.text;
    }
    bool operator!=(const ScorecardSummary &o) const { return !(*this == o); }
};

// The sets of domains a board may choose from when it starts its scorecard.
enum class DomainSet {
    PerformanceDomains, // the five domains of the national performance framework (seed 004)
    BalancedScorecard,  // the four perspectives of a balanced scorecard (seed 001)
};

QString domainSetLabel(DomainSet set);
QList<DomainSet> allDomainSets();
// The names of a set's domains, in their order, in the user's language.
QStringList domainSetNames(DomainSet set);

// The most words a summary line holds: it is printed on one line under the domain's name.
constexpr int kScorecardSummaryMaxLength = 300;

} // namespace assure
