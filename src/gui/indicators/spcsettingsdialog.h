// An indicator's SPC settings: run length, outlier screening, fixed limits and rebases (form: ui/spcsettingsdialog.ui).
#pragma once

#include "core/indicators/indicatorspc.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class SpcSettingsDialog;
}

namespace assure {

class Workspace;

class SpcSettingsDialog final : public ItemDialog
{
    Q_OBJECT

public:
    SpcSettingsDialog(const IndicatorSpcSettings &settings, const Workspace &workspace, QWidget *parent = nullptr);
    ~SpcSettingsDialog() override;

    IndicatorSpcSettings settings() const;
    void showSettings(const IndicatorSpcSettings &settings);

private:
    std::unique_ptr<Ui::SpcSettingsDialog> m_ui;
    IndicatorSpcSettings m_settings;
};

} // namespace assure
