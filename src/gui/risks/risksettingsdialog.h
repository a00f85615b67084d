// The board's risk bands (form: ui/risksettingsdialog.ui): the scores AMBER and RED start at,
// saved as one undoable edit.
#pragma once

#include "core/risks/riskrules.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class RiskSettingsDialog;
}

namespace assure {

class Workspace;

class RiskSettingsDialog final : public ItemDialog
{
    Q_OBJECT

public:
    // OK saves them through the workspace (a refusal keeps the dialog open); a read-only board only shows them.
    RiskSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~RiskSettingsDialog() override;

    RiskSettings settings() const;
    void setSettings(const RiskSettings &settings);
    Ui::RiskSettingsDialog *form() const { return m_ui.get(); }

private:
    void update();

    std::unique_ptr<Ui::RiskSettingsDialog> m_ui;
};

// "GREEN 1–4, AMBER 5–10, RED 12–25": the scores a likelihood and impact can make, by band.
QString riskBandsText(const RiskSettings &settings);

} // namespace assure
