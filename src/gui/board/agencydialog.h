// Adds or edits an agency (form: ui/agencydialog.ui).
#pragma once

#include "core/board/agency.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class AgencyDialog;
}

namespace assure {

class Workspace;

class AgencyDialog final : public ItemDialog
{
    Q_OBJECT

public:
    // Every item dialog takes (item, workspace, parent); an agency's form needs nothing else of the board.
    AgencyDialog(const Agency &agency, const Workspace &, QWidget *parent = nullptr);
    ~AgencyDialog() override;

    Agency agency() const;

private:
    std::unique_ptr<Ui::AgencyDialog> m_ui;
    Agency m_agency;
};

} // namespace assure
