// Actions to and from spreadsheets (issue 14, part 7): the board's side of the action import and export.
#include "workspace/actions/actiontransfer.h"

#include "interchange/tablefile.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionstanding.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

namespace assure {

QHash<qint64, int> latestPercents(const Workspace &ws)
{
    QHash<qint64, const ProgressUpdate *> latest;
    for (const ProgressUpdate &u : ws.items<ProgressUpdate>()) {
        if (!u.percent)
            continue;
        const ProgressUpdate *&best = latest[u.actionId];
        if (!best || u.date > best->date || (u.date == best->date && u.id > best->id))
            best = &u;
    }
    QHash<qint64, int> out;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        out.insert(it.key(), *it.value()->percent);
    return out;
}

ActionImportContext actionImportContext(const Workspace &ws)
{
    ActionImportContext context;
    context.actions = QList<Action>(ws.items<Action>().begin(), ws.items<Action>().end());
    for (const Agency &a : ws.items<Agency>())
        context.agencyIds.insert(a.name.trimmed().toLower(), a.id);
    for (const Person &p : ws.items<Person>())
        context.personIds[p.name.trimmed().toLower()].append(p.id);
    context.latestPercents = latestPercents(ws);
    return context;
}

bool exportActions(const Workspace &ws, const QString &path, const ActionFilter &filter, QString *error)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Actions");
    for (const ImportColumn &c : actionImportColumns())
        sheet.header << c.name;
    const ActionStandings standings(ws);
    const QHash<qint64, int> percents = latestPercents(ws);
    const auto nameOf = [](const auto *item) { return item ? item->name : QString(); };
    const auto dateOf = [](const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(); };
    for (const Action &a : ws.items<Action>()) {
        if ((filter.agencyId && a.ownerAgencyId != filter.agencyId) ||
            (filter.leadId && a.leadPersonId != filter.leadId) || (filter.status && a.status != *filter.status))
            continue;
        if (filter.overdue || filter.dueSoon) {
            const ActionStanding s = standings.standing(a, filter.asOf);
            if (!((filter.overdue && s.overdue) || (filter.dueSoon && s.dueSoon)))
                continue;
        }
        const auto percent = percents.constFind(a.id);
        sheet.rows.append(QVariantList{
            a.ref, a.title, a.description, a.successMeasure, a.evidence,
            nameOf(ws.items<Agency>().find(a.ownerAgencyId)), nameOf(ws.items<Person>().find(a.leadPersonId)),
            a.resources, actionSourceKey(a.sourceKind), a.rationale, dateOf(a.start), dateOf(a.due),
            actionStatusKey(a.status), percent == percents.cend() ? QVariant() : QVariant(*percent)});
    }
    return writeTableFile(path, {sheet}, error);
}

int ActionEdits::applyImport(const ActionImportPlan &plan, const QDate &today, const QString &source, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return -1;
    // New ids and references are given here, so that a new action and its progress update go in
    // one change set: ids after the highest, as SQLite would give them.
    qint64 nextId = 1;
    for (const Action &a : m_ws.items<Action>())
        nextId = std::max(nextId, a.id + 1);
    const QString firstRef = nextReference(today.year());
    qint64 nextNumber = firstRef.section(QLatin1Char('-'), 2).toLongLong();
    ChangeSet changes;
    int written = 0;
    for (const ActionImportRow &row : plan.rows) {
        if (!row.action || (row.status != ImportStatus::New && row.status != ImportStatus::Update))
            continue;
        Action after = *row.action;
        const Action *stored = after.id ? m_ws.items<Action>().find(after.id) : nullptr;
        if (!stored) {
            after.id = nextId++;
            after.ref = after.ref.trimmed();
            if (after.ref.isEmpty())
                after.ref = QStringLiteral("A-%1-%2").arg(today.year()).arg(nextNumber++, 3, 10, QLatin1Char('0'));
            after.title = after.title.trimmed();
        }
        if (!Workspace::acceptable(after.problems(), error)) {
            if (error)
                *error = tr("Row %1: %2").arg(row.rowNumber).arg(*error);
            return -1;
        }
        if (stored)
            changes.update(*stored, after);
        else
            changes.insert(after);
        if (row.percent) {
            ProgressUpdate update;
            update.actionId = after.id;
            update.date = today;
            if (const Person *lead = m_ws.items<Person>().find(after.leadPersonId))
                update.author = lead->name;
            update.text = tr("Imported from %1").arg(source);
            update.percent = row.percent;
            changes.insert(update);
        }
        ++written;
    }
    if (written == 0)
        return 0;
    if (!m_ws.execute(tr("Import %n actions from %1", nullptr, written).arg(source), std::move(changes), error))
        return -1;
    return written;
}

} // namespace assure
