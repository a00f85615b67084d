// The board's business plan priorities as a table: title, year, description, and how many indicators sit under each.
#pragma once

#include "models/entitytablemodel.h"

namespace assure {

class PriorityModel final : public EntityTableModel<Priority>
{
    Q_OBJECT

public:
    enum Column { Title, Year, Indicators, Description, ColumnCount };

    PriorityModel(Workspace *workspace, QObject *parent = nullptr);
};

// "No priority" and then the board's priorities, by title: for editors and filters.
QList<Choice> priorityChoices(const Workspace &workspace);
// "2026/27", or "Standing" for a priority set for no one year.
QString priorityYearLabel(int year, int fyStartMonth);

} // namespace assure
