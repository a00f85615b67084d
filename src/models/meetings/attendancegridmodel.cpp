// One meeting's attendance as a grid a user fills in.
#include "models/meetings/attendancegridmodel.h"

#include "workspace/meetings/attendanceyear.h"
#include "workspace/meetings/meetingedits.h"

namespace assure {

AttendanceGridModel::AttendanceGridModel(Workspace *workspace, QObject *parent)
    : TableModelBase(parent), m_workspace(workspace)
{
    // A seat, the meeting's day or body, or a name changed: the grid is made again (one meeting's
    // few dozen rows). A record changed: only what is recorded is read again, since an import
    // announces its records one by one.
    workspace->notifier()->subscribe({kindOf<Membership>(), kindOf<Meeting>(), kindOf<Person>(), kindOf<Agency>()},
                                     this, [this] { reload(); });
    workspace->notifier()->subscribe({kindOf<Attendance>()}, this, [this] {
        readRecords();
        if (!m_seats.empty())
            Q_EMIT dataChanged(index(0, Status), index(rowCount() - 1, Status));
    });
}

void AttendanceGridModel::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void AttendanceGridModel::reload()
{
    const Meeting *meeting = m_workspace->items<Meeting>().find(m_meetingId);
    std::vector<qint64> seats = meeting ? seatsAt(*m_workspace, *meeting) : std::vector<qint64>();
    readRecords();
    if (seats == m_seats) {
        if (!m_seats.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_seats = std::move(seats);
    endResetModel();
}

void AttendanceGridModel::readRecords()
{
    m_records.clear();
    for (const Attendance &a : m_workspace->items<Attendance>())
        if (a.meetingId == m_meetingId)
            m_records.insert(a.membershipId, a.status);
}

std::optional<AttendanceStatus> AttendanceGridModel::statusForKey(int key)
{
    switch (key) {
    case Qt::Key_P: return AttendanceStatus::Present;
    case Qt::Key_A: return AttendanceStatus::Apologies;
    case Qt::Key_D: return AttendanceStatus::Deputy;
    case Qt::Key_X: return AttendanceStatus::Absent;
    default: return std::nullopt;
    }
}

int AttendanceGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_seats.size());
}

int AttendanceGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 seatId = m_seats[size_t(index.row())];
    if (role == IdRole)
        return seatId;
    const Membership *seat = m_workspace->items<Membership>().find(seatId);
    if (!seat)
        return {};
    const bool shown = role == Qt::DisplayRole || role == SortRole;
    switch (index.column()) {
    case Member: return shown ? QVariant(MeetingKinds::memberName(*m_workspace, seatId)) : QVariant();
    case AgencyColumn: {
        const Agency *a = m_workspace->items<Agency>().find(seat->agencyId);
        return shown ? QVariant(a ? a->name : QString()) : QVariant();
    }
    case Role: return shown ? QVariant(seat->role) : QVariant();
    case Status: {
        const auto record = m_records.constFind(seatId);
        const bool recorded = record != m_records.cend();
        if (shown)
            return recorded ? attendanceStatusLabel(*record) : tr("Not recorded");
        if (role == Qt::EditRole)
            return recorded ? attendanceStatusKey(*record) : QString();
        if (role == Qt::ToolTipRole)
            return tr("Type P (present), A (apologies), D (deputy sent) or X (absent), or pick from the list.");
        if (role == ChoicesRole) {
            QList<Choice> choices{{tr("Not recorded"), QString()}};
            for (const AttendanceStatus s : allAttendanceStatuses())
                choices.append({attendanceStatusLabel(s), attendanceStatusKey(s)});
            return QVariant::fromValue(choices);
        }
        return {};
    }
    default: return {};
    }
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Member: return tr("Member");
    case AgencyColumn: return tr("Agency");
    case Role: return tr("Role");
    case Status: return tr("Attendance");
    default: return {};
    }
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (index.isValid() && index.column() == Status && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttendanceGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Status || role != Qt::EditRole)
        return false;
    const QString key = value.toString();
    const std::optional<AttendanceStatus> status = attendanceStatusFromKey(key);
    if (!key.isEmpty() && !status)
        return false;
    QString error;
    if (!MeetingEdits(*m_workspace).setAttendance(m_meetingId, m_seats[size_t(index.row())], status, &error)) {
        if (!error.isEmpty())
            Q_EMIT editRejected(error);
        return false;
    }
    return true;
}

} // namespace assure
