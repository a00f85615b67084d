// The demo board's scorecard: indicators put in domains by their code's prefix, and two summaries.
#include "workspace/demo/demoscorecard.h"

#include "storage/indicators/indicatormappings.h"
#include "storage/repository.h"
#include "storage/scorecard/scorecardmappings.h"
#include "workspace/indicators/periodreview.h"

#include <QHash>

#include <algorithm>
#include <initializer_list>

namespace assure {

namespace {

// The domain (its place in the five performance domains, from 0) of each code prefix.
struct DomainSeed
{
    int domain;
    std::initializer_list<const char *> prefixes;
    const char *summary; // for the demo's latest quarter; null: none written
};

const DomainSeed kDomains[] = {
    {0, {"CP", "CIN", "CDOP", "DA", "SR"}, nullptr},
    {1, {"BUD", "WF", "TR"}, "Spend is within budget; training places were filled but agency vacancies persist."},
    {2,
     {"CSC", "LAC", "CL", "ED", "HLTH", "YJ", "MIS"},
     "Placement stability improved; return home interviews within 72 hours remain below target."},
    {3, {"ASC", "DOLS"}, nullptr},
    {4, {"FD", "EH"}, nullptr},
};

} // namespace

bool writeDemoScorecard(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    std::vector<ScorecardDomain> domains = Repository<ScorecardDomain>(db).loadAll();
    if (domains.empty())
        return true;
    std::sort(domains.begin(), domains.end(),
              [](const ScorecardDomain &a, const ScorecardDomain &b) { return a.position < b.position; });
    const auto domainAt = [&domains](int place) { return domains[size_t(place) % domains.size()].id; };
    QHash<QString, qint64> domainOfPrefix;
    for (const DomainSeed &d : kDomains)
        for (const char *prefix : d.prefixes)
            domainOfPrefix.insert(QString::fromLatin1(prefix), domainAt(d.domain));

    Repository<Indicator> indicators(db);
    int unknown = 0;
    for (Indicator i : indicators.loadAll()) {
        const QString prefix = i.code.section(QLatin1Char('-'), 0, 0);
        // A prefix the table does not know still gets a domain: every demo indicator has one.
        i.domainId = domainOfPrefix.value(prefix, domainAt(unknown++));
        if (!indicators.update(i, why))
            return false;
    }

    const Period quarter = latestEndedQuarter(options.asOf, 4);
    Repository<ScorecardSummary> summaries(db);
    for (const DomainSeed &d : kDomains) {
        if (!d.summary)
            continue;
        ScorecardSummary s;
        s.domainId = domainAt(d.domain);
        s.periodKey = quarter.key();
        s.text = QString::fromUtf8(d.summary);
        if (!summaries.insert(s, why))
            return false;
    }
    return true;
}

} // namespace assure
