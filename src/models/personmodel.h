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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    const EntityStore<Person> &store() const override { return m_workspace->people(); }
    void referencedChanged(Entity entity) override;
};

// Every agency as a choice, with "No agency" first; shared by the table and the person form.
QList<Choice> agencyChoices(const Workspace &workspace);
// Every person as a choice, with "No one" first.
QList<Choice> personChoices(const Workspace &workspace);

} // namespace assure
