// The change history as a table: one row per entry, oldest first, growing as edits are recorded.
#include "models/history/historymodel.h"

#include "core/valueformat.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

namespace {

QString kindLabel(const HistoryEntry &e)
{
    if (e.kind == QLatin1String("start"))
        return HistoryModel::tr("History started");
    QString action = e.action == QLatin1String("insert")   ? HistoryModel::tr("Added")
                     : e.action == QLatin1String("delete") ? HistoryModel::tr("Deleted")
                                                           : HistoryModel::tr("Changed");
    if (e.kind == QLatin1String("undo"))
        return HistoryModel::tr("%1 (undo of %2)").arg(action).arg(e.refersTo);
    if (e.kind == QLatin1String("redo"))
        return HistoryModel::tr("%1 (redo of %2)").arg(action).arg(e.refersTo);
    return action;
}

QString cellText(const QJsonValue &v)
{
    if (v.isNull())
        return HistoryModel::tr("(none)");
    if (v.isDouble())
        return ValueFormat().figure(v.toDouble(), 12);
    return v.toString();
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

HistoryModel::HistoryModel(Workspace *workspace, QObject *parent) : TableModelBase(parent), m_workspace(workspace)
{
    m_entries = m_workspace->historyEntries();
    connect(m_workspace->notifier(), &Notifier::historyRecorded, this, &HistoryModel::fetchNew);
}

void HistoryModel::fetchNew()
{
    auto more = m_workspace->historyEntries(m_entries.empty() ? 0 : m_entries.back().id);
    if (more.empty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::tableLabel(const QString &table)
{
    // Each kind names itself (its traits); a table no kind claims any more shows as it is.
    const KindOps *kind = kinds::findByTable(table);
    return kind ? kind->name() : table;
}

QString HistoryModel::valuesText(const QString &json)
{
    const QJsonObject o = object(json);
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), cellText(it.value()));
    return parts.join(QStringLiteral("; "));
}

bool HistoryModel::concerns(const HistoryEntry &e, const QString &table, qint64 id)
{
    const QJsonObject key = object(e.key);
    if (e.table == table && key.value(QStringLiteral("id")).toInteger() == id)
        return true;
    const QString reference = table + QStringLiteral("_id");
    for (const QJsonObject &o : {key, object(e.oldValues), object(e.newValues)})
        if (o.value(reference).toInteger(-1) == id)
            return true;
    return false;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const HistoryEntry &e = m_entries[size_t(index.row())];
    if (role == IdRole)
        return e.id;
    if (role == SortRole && index.column() == Time)
        return e.id; // entries are in the order they were made
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time: return ValueFormat().dateTime(e.time());
    case User: return e.user;
    case Machine: return e.machine;
    case Kind: return kindLabel(e);
    case What: {
        if (e.kind == QLatin1String("start"))
            return tr("Rows then: %1").arg(valuesText(e.newValues));
        QStringList key;
        const QJsonObject o = object(e.key);
        for (auto it = o.begin(); it != o.end(); ++it)
            key << QStringLiteral("%1 %2").arg(it.key(), cellText(it.value()));
        return QStringLiteral("%1 (%2)").arg(tableLabel(e.table), key.join(QStringLiteral(", ")));
    }
    case Old: return valuesText(e.oldValues);
    case New: return e.kind == QLatin1String("start") ? QString() : valuesText(e.newValues);
    case Label: return e.label;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Machine: return tr("Computer");
    case Kind: return tr("Change");
    case What: return tr("What");
    case Old: return tr("Old value");
    case New: return tr("New value");
    case Label: return tr("As part of");
    default: return {};
    }
}

} // namespace assure
