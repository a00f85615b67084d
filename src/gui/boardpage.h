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
    void addAgency();
    void editAgency(qint64 id);
    void removeAgency(qint64 id);
    void addPerson();
    void editPerson(qint64 id);
    void removePerson(qint64 id);
    void addSubGroup();
    void editSubGroup(qint64 id);
    void removeSubGroup(qint64 id);
    void addPriority();
    void editPriority(qint64 id);
    void removePriority(qint64 id);
    void requestHistory(const QString &table, qint64 id);
    bool confirmDelete(const QString &what, const QString &consequences);
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
