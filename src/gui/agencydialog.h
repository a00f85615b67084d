// Adds or edits an agency (form: ui/agencydialog.ui).
#pragma once

#include "core/agency.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class AgencyDialog;
}

namespace assure {

class AgencyDialog final : public ItemDialog
{
    Q_OBJECT

public:
    AgencyDialog(const Agency &agency, QWidget *parent = nullptr);
    ~AgencyDialog() override;

    Agency agency() const;

private:
    std::unique_ptr<Ui::AgencyDialog> m_ui;
    Agency m_agency;
};

} // namespace assure
