// The board's development plans as a table: title, the priority each delivers, its chair, its
// timescale and how many components (actions) it has.
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/actions/actionplankinds.h"

namespace assure {

class DevelopmentPlanModel final : public EntityTableModel<DevelopmentPlan>
{
    Q_OBJECT

public:
    enum Column { Title, PriorityColumn, Chair, Timescale, Components, ColumnCount };

    DevelopmentPlanModel(Workspace *workspace, QObject *parent = nullptr);
};

// "No plan" and then the board's development plans, by title: for editors and filters.
QList<Choice> developmentPlanChoices(const Workspace &workspace);

} // namespace assure
