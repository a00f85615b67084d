// The board's agencies as a table: name, sector, Section 11 duty, active.
#pragma once

#include "models/entitytablemodel.h"

namespace assure {

class AgencyModel final : public EntityTableModel<Agency>
{
    Q_OBJECT

public:
    enum Column { Name, SectorColumn, Section11, Active, ColumnCount };

    AgencyModel(Workspace *workspace, QObject *parent = nullptr);
};

} // namespace assure
