// Shows what an import of budget lines will do with each row (new, update, unchanged, or rejected
// and why) before anything is written, then writes the rows as one undo step.
#pragma once

#include "workspace/budget/budgetedits.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTableWidget;

namespace Ui {
class BudgetImportDialog;
}

namespace assure {

class Workspace;

class BudgetImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // The plan of the file's rows for the year shown in yearLabel.
    BudgetImportDialog(Workspace *workspace, const BudgetImportPlan &plan, const QString &fileName,
                       const QString &yearLabel, QWidget *parent = nullptr);
    ~BudgetImportDialog() override;

    QTableWidget *preview() const;
    QString summary() const;
    // Disabled while nothing would be written.
    QPushButton *importButton() const { return m_import; }
    // Rows written once accepted; 0 before.
    int rowsWritten() const { return m_written; }

    void accept() override;

private:
    void updateButton();

    std::unique_ptr<Ui::BudgetImportDialog> m_ui;
    Workspace *m_workspace;
    BudgetImportPlan m_plan;
    QString m_fileName;
    QPushButton *m_import = nullptr;
    int m_written = 0;
};

} // namespace assure
