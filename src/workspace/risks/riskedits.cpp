// The risk register's edits: a risk and its links as one step, an import as one step.
#include "workspace/risks/riskedits.h"

#include "interchange/risks/riskimport.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace assure {

namespace {

// A change set names the ids of the risks it inserts, since their links refer to them. The file
// gives a new row the highest id plus one too, and undo takes the newest rows away first, so the
// two never meet.
qint64 nextRiskId(const Workspace &ws)
{
    const auto &items = ws.items<Risk>().items();
    return items.empty() ? 1 : items.back().id + 1; // the store is in id order
}

// The links of one kind made these ids: kept, removed and added, in the order given.
template <class Link>
void relinkKind(const Workspace &ws, qint64 riskId, const QList<qint64> &ids, qint64 Link::*member, ChangeSet &changes)
{
    QList<qint64> kept;
    for (const Link &l : ws.items<Link>()) {
        if (l.riskId != riskId)
            continue;
        if (ids.contains(l.*member) && !kept.contains(l.*member))
            kept << l.*member;
        else
            changes.remove(l);
    }
    for (qint64 id : ids)
        if (!kept.contains(id)) {
            Link added;
            added.riskId = riskId;
            added.*member = id;
            changes.insert(added);
            kept << id;
        }
}

} // namespace

RiskLinks RiskEdits::linksOf(qint64 riskId) const
{
    RiskLinks out;
    for (const RiskIndicator &l : m_ws.items<RiskIndicator>())
        if (l.riskId == riskId)
            out.indicatorIds << l.indicatorId;
    for (const RiskAction &l : m_ws.items<RiskAction>())
        if (l.riskId == riskId)
            out.actionIds << l.actionId;
    return out;
}

bool RiskEdits::checked(const Risk &risk, const RiskLinks &links, QString *error) const
{
    if (m_ws.refuseWhenReadOnly(error) || !Workspace::acceptable(KindTraits<Risk>::problems(m_ws, risk), error))
        return false;
    QString gone;
    if (risk.ownerPersonId != 0 && !m_ws.items<Person>().find(risk.ownerPersonId))
        gone = tr("The owner chosen is no longer in the board file.");
    for (qint64 id : links.indicatorIds)
        if (!m_ws.items<Indicator>().find(id))
            gone = tr("One of the indicators chosen is no longer in the board file.");
    for (qint64 id : links.actionIds)
        if (!m_ws.items<Action>().find(id))
            gone = tr("One of the actions chosen is no longer in the board file.");
    if (!gone.isEmpty() && error)
        *error = gone;
    return gone.isEmpty();
}

void RiskEdits::relink(qint64 riskId, const RiskLinks &links, ChangeSet &changes) const
{
    relinkKind<RiskIndicator>(m_ws, riskId, links.indicatorIds, &RiskIndicator::indicatorId, changes);
    relinkKind<RiskAction>(m_ws, riskId, links.actionIds, &RiskAction::actionId, changes);
}

bool RiskEdits::add(const Risk &risk, const RiskLinks &links, QString *error, qint64 *id)
{
    if (!checked(risk, links, error))
        return false;
    Risk added = risk;
    KindTraits<Risk>::prepareNew(added);
    added.id = nextRiskId(m_ws);
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
    qint64 next = nextRiskId(m_ws);
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
