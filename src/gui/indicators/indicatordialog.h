// Adds or edits an indicator's definition (form: ui/indicatordialog.ui).
#pragma once

#include "core/indicators/indicator.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class IndicatorDialog;
}

namespace assure {

class Workspace;

class IndicatorDialog final : public ItemDialog
{
    Q_OBJECT

public:
    IndicatorDialog(const Indicator &indicator, const Workspace &workspace, QWidget *parent = nullptr);
    ~IndicatorDialog() override;

    // The edited indicator; false (and why) when the target is not a number.
    bool indicator(Indicator *out, QString *error) const;

private:
    std::unique_ptr<Ui::IndicatorDialog> m_ui;
    Indicator m_indicator;
};

} // namespace assure
