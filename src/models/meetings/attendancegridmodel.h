// One meeting's attendance as a grid a user fills in: a row per member due at it (the members of
// its body on its day), with their agency, role and what was recorded for them.
#pragma once

#include "core/meetings/meeting.h"
#include "models/tablemodelbase.h"

#include <QHash>

#include <optional>
#include <vector>

namespace assure {

class Workspace;

class AttendanceGridModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Member, AgencyColumn, Role, Status, ColumnCount };

    AttendanceGridModel(Workspace *workspace, QObject *parent = nullptr);

    // The meeting shown; 0 for none.
    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }

    // The status a key stands for: P present, A apologies, D deputy, X absent; empty for others.
    static std::optional<AttendanceStatus> statusForKey(int key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The status column takes a status key ("deputy"), or an empty value to clear the record.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    void readRecords();

    Workspace *m_workspace;
    qint64 m_meetingId = 0;
    std::vector<qint64> m_seats;               // membership ids, by member name
    QHash<qint64, AttendanceStatus> m_records; // what is recorded, by membership id
};

} // namespace assure
