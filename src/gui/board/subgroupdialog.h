// Adds or edits a sub-group (form: ui/subgroupdialog.ui).
#pragma once

#include "core/board/subgroup.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class SubGroupDialog;
}

namespace assure {

class Workspace;

class SubGroupDialog final : public ItemDialog
{
    Q_OBJECT

public:
    SubGroupDialog(const SubGroup &subGroup, const Workspace &workspace, QWidget *parent = nullptr);
    ~SubGroupDialog() override;

    SubGroup subGroup() const;

private:
    std::unique_ptr<Ui::SubGroupDialog> m_ui;
    SubGroup m_subGroup;
};

} // namespace assure
