// The meetings of the board and its sub-groups as a table.
#include "models/meetings/meetingmodel.h"

#include "core/valueformat.h"
#include "workspace/meetings/attendanceyear.h"

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
    // "12 of 15": records made of the members due; the count is made when a row is drawn, from the
    // attendance of that meeting only.
    ColumnSpec recorded{
        [] { return tr("Recorded"); },
        [ws](const Meeting &m, int role) -> QVariant {
            if (role != Qt::DisplayRole && role != SortRole)
                return {};
            const std::vector<qint64> seats = seatsAt(*ws, m);
            int n = 0;
            for (const Attendance &a : ws->items<Attendance>())
                n += a.meetingId == m.id ? 1 : 0;
            if (role == SortRole)
                return n;
            return tr("%1 of %2").arg(ValueFormat().count(n), ValueFormat().count(qint64(seats.size())));
        },
        {}};
    setColumns({std::move(date), std::move(body), textColumn([] { return tr("Title"); }, &Meeting::title),
                std::move(recorded)});
    refreshOn<SubGroup>(Body);
    refreshOn<Attendance>(Recorded, true);
    refreshOn<Membership>(Recorded, true);
}

} // namespace assure
