// The meetings of the board and its sub-groups as a table: date, body, title, and how many of
// those due have their attendance recorded.
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/meetings/meetingkinds.h"

namespace assure {

class MeetingModel final : public EntityTableModel<Meeting>
{
    Q_OBJECT

public:
    enum Column { Date, Body, Title, Recorded, ColumnCount };

    MeetingModel(Workspace *workspace, QObject *parent = nullptr);
};

} // namespace assure
