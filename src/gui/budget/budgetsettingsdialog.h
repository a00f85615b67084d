// The board's budget settings (form: ui/budgetsettingsdialog.ui): the tolerance, saved as one undoable edit.
#pragma once

#include "core/budget/budgetline.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class BudgetSettingsDialog;
}

namespace assure {

class Workspace;

class BudgetSettingsDialog final : public ItemDialog
{
    Q_OBJECT

public:
    // OK saves them through the workspace (a refusal keeps the dialog open); a read-only board only shows them.
    BudgetSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~BudgetSettingsDialog() override;

    BudgetSettings settings() const;
    void setSettings(const BudgetSettings &settings);

private:
    void update();

    std::unique_ptr<Ui::BudgetSettingsDialog> m_ui;
};

} // namespace assure
