// The board's sub-groups as a table: name, chair, remit.
#pragma once

#include "models/entitytablemodel.h"

namespace assure {

class SubGroupModel final : public EntityTableModel<SubGroup>
{
    Q_OBJECT

public:
    enum Column { Name, Chair, Remit, ColumnCount };

    SubGroupModel(Workspace *workspace, QObject *parent = nullptr);
};

} // namespace assure
