// What in the board's logs needs chasing on a day: overdue complaints and open escalations.
#include "models/voices/logattentionmodel.h"

#include "core/valueformat.h"
#include "workspace/board/boardkinds.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace assure {

LogAttentionModel::LogAttentionModel(Workspace *workspace, QObject *parent)
    : TableModelBase(parent), m_workspace(workspace), m_day(QDate::currentDate())
{
    workspace->notifier()->subscribe({kindOf<Complaint>(), kindOf<ComplaintSettings>(), kindOf<ComplaintHoliday>(),
                                      kindOf<Escalation>(), kindOf<EscalationSettings>(), kindOf<Agency>()},
                                     this, [this] { rebuild(); });
    rebuild();
}

void LogAttentionModel::setDay(const QDate &day)
{
    m_day = day;
    rebuild();
}

void LogAttentionModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const ValueFormat format;
    const auto agencyName = [this](qint64 id) {
        const Agency *a = m_workspace->items<Agency>().find(id);
        return a ? a->name : QString();
    };
    const WorkingDays days = boardWorkingDays(*m_workspace);
    const int target = m_workspace->items<ComplaintSettings>().value().targetDays;
    std::vector<Row> complaints;
    for (const Complaint &c : m_workspace->items<Complaint>()) {
        // Compliments and comments are answered too, but only a complaint left unanswered is chased.
        if (c.kind != ComplaintKind::Complaint || !c.received.isValid() || c.received > m_day)
            continue;
        const ComplaintTiming t = timingOf(c, days, target, m_day);
        if (t.state != Timeliness::Overdue)
            continue;
        complaints.push_back(
            {QStringLiteral("complaint"), c.id, tr("Complaint %1").arg(c.reference), agencyName(c.agencyId), c.received,
             tr("No response; due %1").arg(format.date(t.due)),
             tr("No response yet; the answer was due by %1, %n working days after it was received.", nullptr, target)
                 .arg(format.date(t.due)),
             0});
    }
    // The longest waiting first.
    std::stable_sort(complaints.begin(), complaints.end(),
                     [](const Row &a, const Row &b) { return a.since < b.since; });
    const EscalationSettings &levels = m_workspace->items<EscalationSettings>().value();
    std::vector<Row> escalations;
    for (const Escalation &e : m_workspace->items<Escalation>()) {
        if (e.isResolved() || !e.raised.isValid() || e.raised > m_day)
            continue;
        const int open = int(e.raised.daysTo(m_day));
        escalations.push_back({QStringLiteral("escalation"), e.id, tr("Escalation %1").arg(e.ref),
                               tr("%1 with %2").arg(agencyName(e.raisedByAgencyId), agencyName(e.raisedWithAgencyId)),
                               e.raised, tr("Level %1, open %n days", nullptr, open).arg(e.level),
                               tr("Open for %n days; it reached level %1 (%2).", nullptr, open)
                                   .arg(e.level)
                                   .arg(levels.levelName(e.level)),
                               e.level});
    }
    // The highest level first, then the longest open.
    std::stable_sort(escalations.begin(), escalations.end(), [](const Row &a, const Row &b) {
        return a.level != b.level ? a.level > b.level : a.since < b.since;
    });
    m_complaints = int(complaints.size());
    m_escalations = int(escalations.size());
    m_rows = std::move(complaints);
    m_rows.insert(m_rows.end(), escalations.begin(), escalations.end());
    endResetModel();
}

int LogAttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogAttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == IdRole)
        return r.id;
    if (role == KindRole)
        return r.kind;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Why)
            return r.whyInFull;
        return index.column() == Agencies ? QVariant(r.agency) : QVariant();
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Entry: return r.entry;
    case Agencies: return r.agency;
    case Since:
        if (role == SortRole)
            return r.since.toJulianDay();
        return ValueFormat().date(r.since);
    case Why: return r.why;
    case ColumnCount: break;
    }
    return {};
}

QVariant LogAttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Entry: return tr("Entry");
    case Agencies: return tr("Agency");
    case Since: return tr("Since");
    case Why: return tr("Why it needs chasing");
    case ColumnCount: break;
    }
    return {};
}

} // namespace assure
