// Changes the status, due date or lead of the selected actions at once (form: ui/bulkchangedialog.ui):
// the actions the rules refuse are listed with the reason before anything is written, and OK
// writes the rest as one undo step.
#pragma once

#include "gui/itemdialog.h"
#include "workspace/actions/actionbulk.h"

#include <memory>

namespace Ui {
class BulkChangeDialog;
}

namespace assure {

class BulkChangeDialog final : public ItemDialog
{
    Q_OBJECT

public:
    BulkChangeDialog(const QList<qint64> &actionIds, Workspace *workspace, QWidget *parent = nullptr);
    ~BulkChangeDialog() override;

    // The change as the form says, and what it would do now.
    BulkActionChange change() const;
    const BulkActionPlan &plan() const { return m_plan; }
    Ui::BulkChangeDialog *form() const { return m_ui.get(); }

private:
    void replan();

    std::unique_ptr<Ui::BulkChangeDialog> m_ui;
    Workspace *m_workspace;
    QList<qint64> m_ids;
    BulkActionPlan m_plan;
};

} // namespace assure
