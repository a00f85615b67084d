// Adds or edits a person (form: ui/persondialog.ui).
#include "gui/board/persondialog.h"

#include "models/board/personmodel.h"
#include "ui_persondialog.h"

#include <QPushButton>

namespace assure {

PersonDialog::PersonDialog(const Person &person, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::PersonDialog>()), m_person(person)
{
    m_ui->setupUi(this);
    setWindowTitle(person.id == 0 ? tr("Add person") : tr("Edit person"));
    setProblemLabel(m_ui->problemLabel);
    for (const Choice &c : agencyChoices(workspace))
        m_ui->agencyCombo->addItem(c.label, c.value);
    m_ui->nameEdit->setText(person.name);
    m_ui->roleEdit->setText(person.role);
    m_ui->emailEdit->setText(person.email);
    m_ui->agencyCombo->setCurrentIndex(qMax(0, m_ui->agencyCombo->findData(person.agencyId)));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!person.name.trimmed().isEmpty());
    connect(m_ui->nameEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
}

PersonDialog::~PersonDialog() = default;

Person PersonDialog::person() const
{
    Person p = m_person;
    p.name = m_ui->nameEdit->text().trimmed();
    p.role = m_ui->roleEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.agencyId = m_ui->agencyCombo->currentData().toLongLong();
    return p;
}

} // namespace assure
