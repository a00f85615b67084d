// The Actions page: the board's SMART action plans, filtered, and the chosen action's SMART check,
// milestones and progress log, with its progress, status and impact recorded from here.
#pragma once

#include "core/actions/action.h"
#include "gui/page.h"

#include <memory>

class QTableWidget;
class QTabWidget;

namespace Ui {
class ActionsPageForm;
}

namespace assure {

class ActionGroupsView;
class ActionModel;
class ActionTimelineView;
class EntityTablePanel;
class ProgressReturns;

class ActionsPage final : public Page
{
    Q_OBJECT

public:
    ActionsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ActionsPage() override;

    QString pageId() const override { return QStringLiteral("actions"); }
    QString title() const override { return tr("Actions"); }
    void focusSearch() override;
    bool openLink(const QUrl &link) override;
    QList<QAction *> importExportActions() const override;
    ProgressReturns *progressReturns() const { return m_returns; }

    EntityTablePanel *table() const { return m_table; }
    ActionModel *model() const { return m_model; }
    Ui::ActionsPageForm *form() const { return m_ui.get(); }
    // Which action the detail pane is on: 0 for none.
    qint64 shownActionId() const { return m_shownId; }
    QString detailTitle() const;
    // What the shown action answers, as the pane says it (plain text).
    QString sourceText() const;
    // The SMART check as the pane shows it, in plain text.
    QString smartText() const;
    QTableWidget *milestones() const;
    QTableWidget *progressLog() const;
    void selectAction(qint64 id);

    // The buttons of the detail pane, on the shown action.
    void addProgressUpdate();
    // Opens the bulk change of the selected actions.
    void bulkChange();
    // The mailto: link "Email the lead" opens, for the shown action's lead; empty without an address.
    QUrl mailToLead() const;
    // The ids of the actions as the table shows them (filtered, sorted), and of those selected.
    QList<qint64> shownIds() const;
    QList<qint64> selectedIds() const;
    // 0: the table, 1: grouped, 2: the timeline.
    void showOverview(int index);
    ActionGroupsView *groups() const { return m_groups; }
    ActionTimelineView *timeline() const { return m_timeline; }
    void changeStatus();
    void recordImpact();

private:
    void openFromOverview(qint64 id);
    void refreshOverview();
    void layOutTable();
    void applyFilters();
    void clearFilters();
    void refillAgencies();
    void showAction(qint64 id);
    void addAction();
    // Opens the editor on a new action answering that item; nothing is saved until OK.
    void addActionFrom(ActionSource kind, qint64 sourceId);
    void showSource(const Action &a);
    void editAction(qint64 id);
    void removeAction(qint64 id);
    void showRejected(const QString &message);

    std::unique_ptr<Ui::ActionsPageForm> m_ui;
    Workspace *m_workspace;
    ActionModel *m_model;
    EntityTablePanel *m_table = nullptr;
    QTabWidget *m_views = nullptr;
    ActionGroupsView *m_groups = nullptr;
    ActionTimelineView *m_timeline = nullptr;
    ProgressReturns *m_returns;
    qint64 m_shownId = 0;
};

} // namespace assure
