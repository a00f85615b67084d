// Adds or edits a risk of the register (form: ui/riskdialog.ui): its fields, the score and rating
// as the spin boxes change, and the indicators and mitigating actions it is linked to.
#pragma once

#include "core/risks/riskrules.h"
#include "gui/itemdialog.h"
#include "workspace/risks/riskedits.h"

#include <memory>

namespace Ui {
class RiskDialog;
}

namespace assure {

class LinkPicker;
class Workspace;
struct PrivacyField;

class RiskDialog final : public ItemDialog
{
    Q_OBJECT

public:
    RiskDialog(const Risk &risk, const RiskLinks &links, const Workspace &workspace, QWidget *parent = nullptr);
    ~RiskDialog() override;

    Risk risk() const;
    RiskLinks links() const;
    // What the anonymisation guard reads before a risk is saved: its title, cause and consequence.
    static QList<PrivacyField> privacyFields(const Risk &risk);
    Ui::RiskDialog *form() const { return m_ui.get(); }
    LinkPicker *indicatorPicker() const { return m_indicators; }
    LinkPicker *actionPicker() const { return m_actions; }

private:
    void showScore();

    std::unique_ptr<Ui::RiskDialog> m_ui;
    Risk m_risk;
    RiskSettings m_settings;
    LinkPicker *m_indicators;
    LinkPicker *m_actions;
};

} // namespace assure
