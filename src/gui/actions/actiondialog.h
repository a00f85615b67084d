// Adds or edits an action (form: ui/actiondialog.ui), with the SMART check shown beside the
// fields as they are typed: it advises and never stops the action being saved.
#pragma once

#include "core/actions/actionrules.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class ActionDialog;
}

namespace assure {

class Workspace;
struct PrivacyField;

// The SMART check as rich text: each letter with its pass or reason, then the advice.
QString smartCheckHtml(const SmartCheck &check);

class ActionDialog final : public ItemDialog
{
    Q_OBJECT

public:
    ActionDialog(const Action &action, const Workspace &workspace, QWidget *parent = nullptr);
    ~ActionDialog() override;

    // The action as the fields now say.
    Action action() const;
    // Its narrative fields, for the anonymisation guard before a save (gui/privacy/privacycheck.h).
    static QList<PrivacyField> privacyFields(const Action &action);
    // The check as shown now, worked out from the fields.
    SmartCheck smartNow() const;
    QString smartText() const;

private:
    void updateSmart();

    std::unique_ptr<Ui::ActionDialog> m_ui;
    const Workspace &m_workspace;
    Action m_action;
};

} // namespace assure
