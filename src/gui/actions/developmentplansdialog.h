// The board's development plans (form: ui/developmentplansdialog.ui): a table of them with Add,
// Edit, Delete and History, each plan opened in its own dialog.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DevelopmentPlansDialog;
}

namespace assure {

class DevelopmentPlanModel;
class EntityTablePanel;
class Workspace;

class DevelopmentPlansDialog final : public QDialog
{
    Q_OBJECT

public:
    DevelopmentPlansDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~DevelopmentPlansDialog() override;

    EntityTablePanel *table() const { return m_table; }

Q_SIGNALS:
    // A plan's recorded changes, for the History page.
    void historyRequested(const QString &table, qint64 id, const QString &title);

private:
    void editPlan(qint64 id);
    void removePlan(qint64 id);

    std::unique_ptr<Ui::DevelopmentPlansDialog> m_ui;
    Workspace *m_workspace;
    DevelopmentPlanModel *m_model;
    EntityTablePanel *m_table;
};

} // namespace assure
