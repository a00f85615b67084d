// Two other ways to read the actions the Actions page shows: grouped (by owner agency, which is
// "what this agency owes the board", by lead, by source or by development plan), each group with
// its counts and its actions overdue first; and a timeline of due dates and milestones by month.
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QTreeWidget;

namespace Ui {
class ActionGroupsForm;
class ActionTimelineForm;
} // namespace Ui

namespace assure {

class ActionModel;
class Workspace;

enum class ActionGrouping { Agency, Lead, Source, Plan };

class ActionGroupsView final : public QWidget
{
    Q_OBJECT

public:
    ActionGroupsView(Workspace *workspace, ActionModel *model, QWidget *parent = nullptr);
    ~ActionGroupsView() override;

    // Shows these actions (the page's filtered ones), grouped as chosen.
    void showActions(const QList<qint64> &ids);
    void setGrouping(ActionGrouping grouping);
    QTreeWidget *tree() const;

Q_SIGNALS:
    // An action was opened (double click or Enter).
    void actionActivated(qint64 id);

private:
    void rebuild();

    std::unique_ptr<Ui::ActionGroupsForm> m_ui;
    Workspace *m_workspace;
    ActionModel *m_model;
    QList<qint64> m_ids;
};

class ActionTimelineView final : public QWidget
{
    Q_OBJECT

public:
    ActionTimelineView(Workspace *workspace, ActionModel *model, QWidget *parent = nullptr);
    ~ActionTimelineView() override;

    void showActions(const QList<qint64> &ids);
    QTreeWidget *tree() const;

Q_SIGNALS:
    void actionActivated(qint64 id);

private:
    void rebuild();

    std::unique_ptr<Ui::ActionTimelineForm> m_ui;
    Workspace *m_workspace;
    ActionModel *m_model;
    QList<qint64> m_ids;
};

} // namespace assure
