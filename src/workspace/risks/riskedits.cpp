// The risk register's edits: a risk and its links as one step, an import as one step.
#include "workspace/risks/riskedits.h"

#include "interchange/risks/riskimport.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/linkedits.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace assure {

RiskLinks RiskEdits::linksOf(qint64 riskId) const
{
    return {linkedIds(m_ws, &RiskIndicator::riskId, riskId, &RiskIndicator::indicatorId),
            linkedIds(m_ws, &RiskAction::riskId, riskId, &RiskAction::actionId)};
}

bool RiskEdits::checked(const Risk &risk, const RiskLinks &links, QString *error) const
{
    if (m_ws.refuseWhenReadOnly(error) || !Workspace::acceptable(KindTraits<Risk>::problems(m_ws, risk), error))
        return false;
    QString gone;
    if (risk.ownerPersonId != 0 && !m_ws.items<Person>().find(risk.ownerPersonId))
        gone = tr("The owner chosen is no longer in the board file.");
    if (!allStillThere<Indicator>(m_ws, links.indicatorIds))
        gone = tr("One of the indicators chosen is no longer in the board file.");
    if (!allStillThere<Action>(m_ws, links.actionIds))
        gone = tr("One of the actions chosen is no longer in the board file.");
    if (!gone.isEmpty() && error)
        *error = gone;
    return gone.isEmpty();
}

void RiskEdits::relink(qint64 riskId, const RiskLinks &links, ChangeSet &changes) const
{
    relinkOwner(m_ws, &RiskIndicator::riskId, riskId, &RiskIndicator::indicatorId, links.indicatorIds, changes);
    relinkOwner(m_ws, &RiskAction::riskId, riskId, &RiskAction::actionId, links.actionIds, changes);
}

bool RiskEdits::add(const Risk &risk, const RiskLinks &links, QString *error, qint64 *id)
{
    if (!checked(risk, links, error))
        return false;
    Risk added = risk;
    KindTraits<Risk>::prepareNew(added);
    added.id = nextItemId<Risk>(m_ws);
    ChangeSet changes;
    changes.insert(added);
    relink(added.id, links, changes);
    if (!m_ws.execute(KindTraits<Risk>::addText(m_ws, added), std::move(changes), error))
        return false;
    if (id)
        *id = added.id;
    return true;
}

bool RiskEdits::save(const Risk &risk, const RiskLinks &links, QString *error)
{
    const Risk *before = m_ws.items<Risk>().find(risk.id);
    if (!before) {
        if (error)
            *error = tr("That risk is no longer in the board file.");
        return false;
    }
    if (!checked(risk, links, error))
        return false;
    ChangeSet changes;
    if (*before != risk)
        changes.update(*before, risk);
    relink(risk.id, links, changes);
    if (changes.isEmpty())
        return true;
    return m_ws.execute(KindTraits<Risk>::editText(m_ws, risk), std::move(changes), error);
}

RiskImportContext RiskEdits::importContext() const
{
    RiskImportContext context;
    context.risks = QList<Risk>(m_ws.items<Risk>().begin(), m_ws.items<Risk>().end());
    for (const Person &p : m_ws.items<Person>())
        context.personIds[p.name.trimmed().toLower()].append(p.id);
    return context;
}

int RiskEdits::applyImport(const RiskImportPlan &plan, const QString &source, QString *why)
{
    if (m_ws.refuseWhenReadOnly(why))
        return -1;
    ChangeSet changes;
    qint64 next = nextItemId<Risk>(m_ws);
    int written = 0;
    for (const RiskImportRow &row : plan.rows) {
        if (!row.risk || (row.status != ImportStatus::New && row.status != ImportStatus::Update))
            continue;
        if (row.status == ImportStatus::New) {
            Risk added = *row.risk;
            KindTraits<Risk>::prepareNew(added);
            added.id = next++;
            changes.insert(added);
        } else if (const Risk *stored = m_ws.items<Risk>().find(row.risk->id)) {
            changes.update(*stored, *row.risk);
        }
        ++written;
    }
    if (changes.isEmpty())
        return 0;
    const QString text = tr("Import %n risks from %1", nullptr, written).arg(QFileInfo(source).fileName());
    return m_ws.execute(text, std::move(changes), why) ? written : -1;
}

} // namespace assure
