// The board's action settings (form: ui/actionsettingsdialog.ui): due soon days and the progress
// RAG thresholds, saved as one undoable edit.
#pragma once

#include "core/actions/actionrules.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class ActionSettingsDialog;
}

namespace assure {

class Workspace;

class ActionSettingsDialog final : public ItemDialog
{
    Q_OBJECT

public:
    // OK saves them through the workspace (a refusal keeps the dialog open); a read-only board only shows them.
    ActionSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ActionSettingsDialog() override;

    // The settings as the form says.
    ActionSettings settings() const;
    void setSettings(const ActionSettings &settings);

private:
    void update();

    std::unique_ptr<Ui::ActionSettingsDialog> m_ui;
};

} // namespace assure
