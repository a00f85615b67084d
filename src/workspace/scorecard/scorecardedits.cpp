// Undoable edits of the scorecard's domains and summaries.
#include "workspace/scorecard/scorecardedits.h"

#include "workspace/indicators/indicatorkinds.h"
#include "workspace/linkedits.h"
#include "workspace/scorecard/scorecard.h"
#include "workspace/workspace.h"

namespace assure {

const ScorecardSummary *ScorecardEdits::findSummary(const Workspace &ws, qint64 domainId, const Period &period)
{
    const QString key = period.key();
    for (const ScorecardSummary &s : ws.items<ScorecardSummary>())
        if (s.domainId == domainId && s.periodKey == key)
            return &s;
    return nullptr;
}

QString ScorecardEdits::summary(const Workspace &ws, qint64 domainId, const Period &period)
{
    const ScorecardSummary *s = findSummary(ws, domainId, period);
    return s ? s->text.trimmed() : QString();
}

bool ScorecardEdits::addDomain(const QString &name, QString *error, qint64 *id)
{
    const std::vector<ScorecardDomain> domains = orderedDomains(m_ws);
    ScorecardDomain added;
    added.name = name.trimmed();
    added.position = domains.empty() ? 1 : domains.back().position + 1;
    const qint64 newId = nextItemId<ScorecardDomain>(m_ws);
    if (!m_ws.add(added, error))
        return false;
    if (id)
        *id = newId;
    return true;
}

bool ScorecardEdits::renameDomain(qint64 id, const QString &name, QString *error)
{
    const ScorecardDomain *stored = m_ws.items<ScorecardDomain>().find(id);
    if (!stored) {
        if (error)
            *error = tr("That domain is no longer in the board file.");
        return false;
    }
    ScorecardDomain changed = *stored;
    changed.name = name.trimmed();
    return m_ws.update(changed, error);
}

bool ScorecardEdits::moveDomain(qint64 id, int step, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const std::vector<ScorecardDomain> domains = orderedDomains(m_ws);
    int at = -1;
    for (size_t i = 0; i < domains.size(); ++i)
        if (domains[i].id == id)
            at = int(i);
    const int to = at + (step < 0 ? -1 : 1);
    if (at < 0 || to < 0 || to >= int(domains.size()))
        return true;
    // Positions are rewritten 1..n so that the swap holds even where two shared a place.
    std::vector<ScorecardDomain> moved = domains;
    std::swap(moved[size_t(at)], moved[size_t(to)]);
    ChangeSet changes;
    for (size_t i = 0; i < moved.size(); ++i) {
        ScorecardDomain after = moved[i];
        after.position = int(i) + 1;
        if (const ScorecardDomain *before = m_ws.items<ScorecardDomain>().find(after.id); *before != after)
            changes.update(*before, after);
    }
    const QString text = step < 0 ? tr("Move domain “%1” up").arg(domains[size_t(at)].name)
                                  : tr("Move domain “%1” down").arg(domains[size_t(at)].name);
    return m_ws.execute(text, std::move(changes), error);
}

bool ScorecardEdits::removeDomain(qint64 id, QString *error)
{
    return m_ws.remove<ScorecardDomain>(id, error);
}

int ScorecardEdits::indicatorsWithDomain(const Workspace &ws)
{
    int n = 0;
    for (const Indicator &i : ws.items<Indicator>())
        if (i.domainId != 0)
            ++n;
    return n;
}

bool ScorecardEdits::useSet(DomainSet set, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    ChangeSet changes;
    for (const Indicator &i : m_ws.items<Indicator>())
        if (i.domainId != 0) {
            Indicator cleared = i;
            cleared.domainId = 0;
            changes.update(i, cleared);
        }
    for (const ScorecardSummary &s : m_ws.items<ScorecardSummary>())
        changes.remove(s);
    for (const ScorecardDomain &d : m_ws.items<ScorecardDomain>())
        changes.remove(d);
    qint64 next = nextItemId<ScorecardDomain>(m_ws);
    int position = 1;
    for (const QString &name : domainSetNames(set)) {
        ScorecardDomain d;
        d.id = next++;
        d.name = name;
        d.position = position++;
        changes.insert(d);
    }
    return m_ws.execute(tr("Start the domains again from %1").arg(domainSetLabel(set).toLower()), std::move(changes),
                        error);
}

bool ScorecardEdits::setSummary(qint64 domainId, const Period &period, const QString &text, QString *error)
{
    if (!period.isValid() || !m_ws.items<ScorecardDomain>().find(domainId)) {
        if (error)
            *error = tr("A summary belongs to a domain of the board and a period.");
        return false;
    }
    const QString words = text.trimmed();
    const ScorecardSummary *stored = findSummary(m_ws, domainId, period);
    if (!stored) {
        if (words.isEmpty())
            return true;
        ScorecardSummary added;
        added.domainId = domainId;
        added.periodKey = period.key();
        added.text = words;
        return m_ws.add(added, error);
    }
    if (words.isEmpty())
        return m_ws.remove<ScorecardSummary>(stored->id, error);
    if (stored->text == words)
        return true;
    ScorecardSummary changed = *stored;
    changed.text = words;
    return m_ws.update(changed, error);
}

} // namespace assure
