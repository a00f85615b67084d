// The scorecard's kinds: a domain's name used once, one summary per domain and period, the words
// for a summary's edits, and the registration.
#include "workspace/scorecard/scorecardkinds.h"

#include "workspace/kindops.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

QString domainName(const Workspace &ws, qint64 id)
{
    const ScorecardDomain *d = ws.items<ScorecardDomain>().find(id);
    return d ? d->name : QString();
}

QString periodWords(const ScorecardSummary &s)
{
    const auto period = Period::fromKey(s.periodKey);
    return period ? period->label() : s.periodKey;
}

} // namespace

QString KindTraits<ScorecardDomain>::clash(const Workspace &ws, const ScorecardDomain &d)
{
    if (nameTaken(ws.items<ScorecardDomain>(), d, &ScorecardDomain::name))
        return ScorecardKinds::tr("There is already a domain called “%1”.").arg(d.name.trimmed());
    return {};
}

QString KindTraits<ScorecardSummary>::addText(const Workspace &ws, const ScorecardSummary &s)
{
    return ScorecardKinds::tr("Write the summary of “%1” for %2").arg(domainName(ws, s.domainId), periodWords(s));
}

QString KindTraits<ScorecardSummary>::editText(const Workspace &ws, const ScorecardSummary &s)
{
    return ScorecardKinds::tr("Edit the summary of “%1” for %2").arg(domainName(ws, s.domainId), periodWords(s));
}

QString KindTraits<ScorecardSummary>::deleteText(const Workspace &ws, const ScorecardSummary &s)
{
    return ScorecardKinds::tr("Clear the summary of “%1” for %2").arg(domainName(ws, s.domainId), periodWords(s));
}

QString KindTraits<ScorecardSummary>::clash(const Workspace &ws, const ScorecardSummary &s)
{
    for (const ScorecardSummary &other : ws.items<ScorecardSummary>())
        if (other.id != s.id && other.domainId == s.domainId && other.periodKey == s.periodKey)
            return ScorecardKinds::tr("“%1” already has a summary for %2.")
                .arg(domainName(ws, s.domainId), periodWords(s));
    return {};
}

void ScorecardKinds::registerAll()
{
    registerKind<ScorecardDomain>();
    registerKind<ScorecardSummary>();
}

} // namespace assure
