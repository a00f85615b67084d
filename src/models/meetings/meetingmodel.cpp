// The meetings of the board and its sub-groups as a table.
#include "models/meetings/meetingmodel.h"

#include "core/valueformat.h"
#include "workspace/meetings/attendanceyear.h"
#include "workspace/notifier.h"

#include <QHash>

#include <memory>
#include <optional>

namespace assure {

MeetingModel::MeetingModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    Workspace *ws = workspace;
    ColumnSpec date{[] { return tr("Date"); },
                    [](const Meeting &m, int role) -> QVariant {
                        if (role == SortRole)
                            return m.date.toString(Qt::ISODate);
                        return role == Qt::DisplayRole ? QVariant(ValueFormat().date(m.date)) : QVariant();
                    },
                    {}};
    ColumnSpec body{[] { return tr("Body"); },
                    [ws](const Meeting &m, int role) -> QVariant {
                        const bool shown = role == Qt::DisplayRole || role == SortRole;
                        return shown ? QVariant(bodyName(*ws, m.subGroupId)) : QVariant();
                    },
                    {}};
    // "12 of 15": records made of the members due. The records per meeting are counted in one pass
    // over the attendance when first asked for, and counted again after attendance changes: a
    // sort by this column would otherwise read every record once per meeting.
    auto recordedCounts = std::make_shared<std::optional<QHash<qint64, int>>>();
    Notifier::RowHandlers forget;
    forget.changed = [recordedCounts](int) { recordedCounts->reset(); };
    forget.inserted = forget.removed = forget.changed;
    // Subscribed before the column's refresh below, so a view re-sorting on it reads fresh counts.
    workspace->notifier()->subscribe(kindOf<Attendance>(), this, std::move(forget));
    ColumnSpec recorded{[] { return tr("Recorded"); },
                        [ws, recordedCounts](const Meeting &m, int role) -> QVariant {
                            if (role != Qt::DisplayRole && role != SortRole)
                                return {};
                            if (!*recordedCounts) {
                                QHash<qint64, int> counts;
                                for (const Attendance &a : ws->items<Attendance>())
                                    ++counts[a.meetingId];
                                *recordedCounts = std::move(counts);
                            }
                            const int n = (*recordedCounts)->value(m.id);
                            if (role == SortRole)
                                return n;
                            qint64 due = 0;
                            for (const Membership &member : ws->items<Membership>())
                                due += member.subGroupId == m.subGroupId && member.coversDay(m.date) ? 1 : 0;
                            return tr("%1 of %2").arg(ValueFormat().count(n), ValueFormat().count(due));
                        },
                        {}};
    setColumns({std::move(date), std::move(body), textColumn([] { return tr("Title"); }, &Meeting::title),
                std::move(recorded)});
    refreshOn<SubGroup>(Body);
    refreshOn<Attendance>(Recorded, true);
    refreshOn<Membership>(Recorded, true);
}

} // namespace assure
