// The board's people as a table: name, role, agency, email.
#pragma once

#include "models/entitytablemodel.h"

namespace assure {

class PersonModel final : public EntityTableModel<Person>
{
    Q_OBJECT

public:
    enum Column { Name, Role, AgencyColumn, Email, ColumnCount };

    PersonModel(Workspace *workspace, QObject *parent = nullptr);
};

// Every agency as a choice, with "No agency" first; shared by the table and the person form.
QList<Choice> agencyChoices(const Workspace &workspace);
// Every person as a choice, with "No one" first.
QList<Choice> personChoices(const Workspace &workspace);

} // namespace assure
