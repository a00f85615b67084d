// The Board page: the board's details, agencies, people and sub-groups.
#pragma once

#include "gui/page.h"

#include <memory>

class QTabWidget;

namespace Ui {
class BoardDetailsForm;
}

namespace assure {

class AgencyModel;
class EntityTablePanel;
class PersonModel;
class SubGroupModel;
class PriorityModel;
class TableModelBase;

class BoardPage final : public Page
{
    Q_OBJECT

public:
    BoardPage(Workspace *workspace, QWidget *parent = nullptr);
    ~BoardPage() override;

    QString pageId() const override { return QStringLiteral("board"); }
    QString title() const override { return tr("Board"); }
    QStringList views() const override;
    void showView(const QString &view) override;
    bool startsNewBoard() const override { return true; }

    EntityTablePanel *agencies() const { return m_agencies; }
    EntityTablePanel *people() const { return m_people; }
    EntityTablePanel *subGroups() const { return m_subGroups; }
    EntityTablePanel *priorities() const { return m_priorities; }
    QTabWidget *tabs() const { return m_tabs; }

    void focusSearch() override;

private:
    void loadDetails();
    void saveDetails();
    // A panel over one kind's table whose add, edit, delete and history go through the workspace's
    // generic edits, the item's dialog and the kind's traits.
    template <class T, class Dialog> EntityTablePanel *panelFor(TableModelBase *model, T (Dialog::*edited)() const);
    template <class T> void removeItem(qint64 id);
    void showRejected(const QString &message);

    Workspace *m_workspace;
    std::unique_ptr<Ui::BoardDetailsForm> m_details;
    QWidget *m_detailsBox;
    QTabWidget *m_tabs;
    AgencyModel *m_agencyModel;
    PersonModel *m_personModel;
    SubGroupModel *m_subGroupModel;
    PriorityModel *m_priorityModel;
    EntityTablePanel *m_agencies;
    EntityTablePanel *m_people;
    EntityTablePanel *m_subGroups;
    EntityTablePanel *m_priorities;
};

} // namespace assure
