// The board's and its sub-groups' members as a table: member, agency, body, role, voting or advisory, from, to.
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/meetings/meetingkinds.h"

namespace assure {

class MembershipModel final : public EntityTableModel<Membership>
{
    Q_OBJECT

public:
    enum Column { Member, AgencyColumn, Body, Role, Voice, From, To, ColumnCount };

    MembershipModel(Workspace *workspace, QObject *parent = nullptr);
};

// The board first ("Board", 0), then each sub-group by name.
QList<Choice> bodyChoices(const Workspace &workspace);

} // namespace assure
