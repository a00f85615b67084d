// Adds or edits a business plan priority (form: ui/prioritydialog.ui).
#pragma once

#include "core/board/priority.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class PriorityDialog;
}

namespace assure {

class Workspace;

class PriorityDialog final : public ItemDialog
{
    Q_OBJECT

public:
    PriorityDialog(const Priority &priority, const Workspace &workspace, QWidget *parent = nullptr);
    ~PriorityDialog() override;

    Priority priority() const;

private:
    std::unique_ptr<Ui::PriorityDialog> m_ui;
    Priority m_priority;
};

} // namespace assure
