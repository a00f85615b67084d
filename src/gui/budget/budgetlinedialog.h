// Adds or edits a budget line (form: ui/budgetlinedialog.ui): kind, name, agency, the year's
// budget and the quarters' actuals, each amount read as Money::parse reads it, with what is
// wrong with an amount said under its field; saved as one undoable edit.
#pragma once

#include "core/budget/budgetline.h"
#include "gui/itemdialog.h"

#include <array>
#include <memory>

class QLineEdit;

namespace Ui {
class BudgetLineDialog;
}

namespace assure {

class Workspace;

class BudgetLineDialog final : public ItemDialog
{
    Q_OBJECT

public:
    // line.id 0: a new line of line.year. OK saves it through the workspace; a refusal or an
    // amount that cannot be read keeps the dialog open and says why.
    BudgetLineDialog(Workspace *workspace, const BudgetLine &line, QWidget *parent = nullptr);
    ~BudgetLineDialog() override;

    // The line as the form says; false, with each field's problem shown under it, when an amount cannot be read.
    bool readLine(BudgetLine *line);
    // The problem shown under a money field (the budget: 0; Q1..Q4: 1..4); empty when none.
    QString fieldProblem(int field) const;
    QLineEdit *moneyEdit(int field) const;

private:
    void kindChosen();
    bool checkField(int field);

    std::unique_ptr<Ui::BudgetLineDialog> m_ui;
    Workspace *m_workspace;
    BudgetLine m_line;
    std::array<QLineEdit *, 5> m_edits{};
    std::array<QLabel *, 5> m_problems{};
};

} // namespace assure
