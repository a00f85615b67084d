// Adds or edits a complaint, compliment or comment (form: ui/complaintdialog.ui): its fields, the
// working days taken as the dates change, and the actions that followed from it. Stage and outcome
// are offered only for a complaint.
#pragma once

#include "core/voices/complaintrules.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class ComplaintDialog;
}

namespace assure {

class LinkPicker;
class Workspace;

class ComplaintDialog final : public ItemDialog
{
    Q_OBJECT

public:
    ComplaintDialog(const Complaint &complaint, const QList<qint64> &actionIds, const Workspace &workspace,
                    QWidget *parent = nullptr);
    ~ComplaintDialog() override;

    Complaint complaint() const;
    QList<qint64> actionIds() const;
    Ui::ComplaintDialog *form() const { return m_ui.get(); }
    LinkPicker *actionPicker() const { return m_actions; }

private:
    void followKind();
    void showTiming();

    std::unique_ptr<Ui::ComplaintDialog> m_ui;
    Complaint m_complaint;
    WorkingDays m_days;
    int m_targetDays;
    LinkPicker *m_actions;
};

} // namespace assure
