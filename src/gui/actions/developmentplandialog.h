// Adds or edits a development plan (form: ui/developmentplandialog.ui): the objective it delivers,
// its chair, methodology, expertise, consultation, resources, quality assurance and performance
// measures, its timescale, and its components (actions answering it), which are added from here.
#pragma once

#include "core/actions/developmentplan.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class DevelopmentPlanDialog;
}

namespace assure {

class Workspace;

class DevelopmentPlanDialog final : public ItemDialog
{
    Q_OBJECT

public:
    // OK adds or updates it through the workspace; a read-only board only shows it.
    DevelopmentPlanDialog(const DevelopmentPlan &plan, Workspace *workspace, QWidget *parent = nullptr);
    ~DevelopmentPlanDialog() override;

    // The plan as the fields now say.
    DevelopmentPlan plan() const;
    // Opens the action editor on a new component of the (saved) plan; it is added as its own undo step.
    void addComponent();
    Ui::DevelopmentPlanDialog *form() const { return m_ui.get(); }

private:
    void showComponents();

    std::unique_ptr<Ui::DevelopmentPlanDialog> m_ui;
    Workspace *m_workspace;
    DevelopmentPlan m_plan;
};

} // namespace assure
