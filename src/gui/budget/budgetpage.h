// The Budget page: a financial year's income lines (partners' contributions) and spending lines
// in one table with their budget, Q1..Q4 actuals, actual to date, variance and forecast, lines
// beyond the board's tolerance highlighted and the totals below; lines added, edited and deleted
// through a dialog, each one undo step; the tolerance set in a dialog; lines imported from a CSV
// or XLSX file after a preview (File > Import).
#pragma once

#include "gui/page.h"

#include <memory>

class QAction;
class QTableView;

namespace Ui {
class BudgetPageForm;
}

namespace assure {

class BudgetModel;
class BudgetProxy;

class BudgetPage final : public Page
{
    Q_OBJECT

public:
    BudgetPage(Workspace *workspace, QWidget *parent = nullptr);
    ~BudgetPage() override;

    QString pageId() const override { return QStringLiteral("budget"); }
    QString title() const override { return tr("Budget"); }
    void focusSearch() override;
    QList<QAction *> importExportActions() const override { return {m_importAction}; }

    Ui::BudgetPageForm *form() const { return m_ui.get(); }
    BudgetModel *model() const { return m_model; }
    BudgetProxy *proxy() const { return m_proxy; }
    QTableView *tableView() const;
    void selectYear(int startYear);
    // The line chosen in the table; 0 when none (or a total).
    qint64 currentLineId() const;
    QString summaryText() const;

    // Plans a file's lines into the year shown and shows the preview; written when accepted.
    void importFile(const QString &path);

private:
    void refillYears();
    void showYear();
    void showSummary();
    void updateButtons();
    void addLine();
    void editLine();
    void deleteLine();
    void editSettings();
    void chooseImport();

    std::unique_ptr<Ui::BudgetPageForm> m_ui;
    Workspace *m_workspace;
    BudgetModel *m_model;
    BudgetProxy *m_proxy;
    QAction *m_importAction;
};

} // namespace assure
