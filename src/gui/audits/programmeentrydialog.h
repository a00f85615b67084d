// Adds or edits an entry of the audit programme (form: ui/programmeentrydialog.ui): subject and
// criteria, category, frequency, the months it falls due, who leads it (a person or sub-group of
// the board, or anyone else named), its reporting route and a comment.
#pragma once

#include "core/audits/programme.h"
#include "gui/itemdialog.h"

#include <memory>

class QCheckBox;

namespace Ui {
class ProgrammeEntryDialog;
}

namespace assure {

class Workspace;

class ProgrammeEntryDialog final : public ItemDialog
{
    Q_OBJECT

public:
    ProgrammeEntryDialog(const ProgrammeEntry &entry, const Workspace &workspace, QWidget *parent = nullptr);
    ~ProgrammeEntryDialog() override;

    // The entry as the fields now say.
    ProgrammeEntry entry() const;
    Ui::ProgrammeEntryDialog *form() const { return m_ui.get(); }
    // The box of a calendar month (1..12).
    QCheckBox *monthBox(int month) const;

private:
    std::unique_ptr<Ui::ProgrammeEntryDialog> m_ui;
    ProgrammeEntry m_entry;
    QList<QCheckBox *> m_months; // by calendar month - 1
};

} // namespace assure
