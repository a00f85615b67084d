// Adds or edits a person (form: ui/persondialog.ui).
#pragma once

#include "core/board/person.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class PersonDialog;
}

namespace assure {

class Workspace;

class PersonDialog final : public ItemDialog
{
    Q_OBJECT

public:
    PersonDialog(const Person &person, const Workspace &workspace, QWidget *parent = nullptr);
    ~PersonDialog() override;

    Person person() const;

private:
    std::unique_ptr<Ui::PersonDialog> m_ui;
    Person m_person;
};

} // namespace assure
