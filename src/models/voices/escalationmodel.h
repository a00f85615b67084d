// The escalation log as a table: case reference, day raised, the two agencies, reason, level by
// the board's names, day resolved, days to resolve (calendar days) and the learning.
#pragma once

#include "core/valueformat.h"
#include "models/entitytablemodel.h"
#include "workspace/voices/escalationkinds.h"

namespace assure {

class EscalationModel final : public EntityTableModel<Escalation>
{
    Q_OBJECT

public:
    enum Column { Ref, Raised, RaisedBy, RaisedWith, Reason, Level, Resolved, Days, Learning, ColumnCount };

    EscalationModel(Workspace *workspace, QObject *parent = nullptr);

private:
    // One for every cell: a search over 20,000 rows reads each of them.
    ValueFormat m_format;
};

} // namespace assure
