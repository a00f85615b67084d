// Adds or edits an escalation of the log (form: ui/escalationdialog.ui): its fields, the days to
// resolve as the dates change, and the actions taken because of it. The page saves it through
// the anonymisation guard (PrivacyCheck), since the reference and learning are free text.
#pragma once

#include "core/voices/escalation.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class EscalationDialog;
}

namespace assure {

class LinkPicker;
class Workspace;

class EscalationDialog final : public ItemDialog
{
    Q_OBJECT

public:
    EscalationDialog(const Escalation &escalation, const QList<qint64> &actionIds, const Workspace &workspace,
                     QWidget *parent = nullptr);
    ~EscalationDialog() override;

    Escalation escalation() const;
    QList<qint64> actionIds() const;
    Ui::EscalationDialog *form() const { return m_ui.get(); }
    LinkPicker *actionPicker() const { return m_actions; }

private:
    void showDays();

    std::unique_ptr<Ui::EscalationDialog> m_ui;
    Escalation m_escalation;
    LinkPicker *m_actions;
};

} // namespace assure
