// The complaints' response target and the board's own days off (form:
// ui/complaintsettingsdialog.ui), saved as one undoable edit.
#pragma once

#include "core/voices/complaintrules.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class ComplaintSettingsDialog;
}

namespace assure {

class Workspace;

class ComplaintSettingsDialog final : public ItemDialog
{
    Q_OBJECT

public:
    ComplaintSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ComplaintSettingsDialog() override;

    ComplaintSettings settings() const;
    QList<ComplaintHoliday> holidays() const; // in date order
    Ui::ComplaintSettingsDialog *form() const { return m_ui.get(); }

private:
    void showHolidays();
    void addHoliday();
    void removeHoliday();

    std::unique_ptr<Ui::ComplaintSettingsDialog> m_ui;
    QList<ComplaintHoliday> m_holidays;
};

} // namespace assure
