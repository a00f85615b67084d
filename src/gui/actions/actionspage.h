// The Actions page: the board's SMART action plans, filtered, and the chosen action's SMART check,
// milestones and progress log, with its progress, status and impact recorded from here.
#pragma once

#include "gui/page.h"

#include <memory>

class QTableWidget;

namespace Ui {
class ActionsPageForm;
}

namespace assure {

class ActionModel;
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
    // The SMART check as the pane shows it, in plain text.
    QString smartText() const;
    QTableWidget *milestones() const;
    QTableWidget *progressLog() const;
    void selectAction(qint64 id);

    // The buttons of the detail pane, on the shown action.
    void addProgressUpdate();
    void changeStatus();
    void recordImpact();

private:
    void layOutTable();
    void applyFilters();
    void refillAgencies();
    void showAction(qint64 id);
    void addAction();
    void editAction(qint64 id);
    void removeAction(qint64 id);
    void showRejected(const QString &message);

    std::unique_ptr<Ui::ActionsPageForm> m_ui;
    Workspace *m_workspace;
    ActionModel *m_model;
    EntityTablePanel *m_table = nullptr;
    ProgressReturns *m_returns;
    qint64 m_shownId = 0;
};

} // namespace assure
