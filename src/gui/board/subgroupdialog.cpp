// Adds or edits a sub-group (form: ui/subgroupdialog.ui).
#include "gui/board/subgroupdialog.h"

#include "models/board/personmodel.h"
#include "ui_subgroupdialog.h"

#include <QPushButton>

namespace assure {

SubGroupDialog::SubGroupDialog(const SubGroup &subGroup, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::SubGroupDialog>()), m_subGroup(subGroup)
{
    m_ui->setupUi(this);
    setWindowTitle(subGroup.id == 0 ? tr("Add sub-group") : tr("Edit sub-group"));
    setProblemLabel(m_ui->problemLabel);
    for (const Choice &c : personChoices(workspace))
        m_ui->chairCombo->addItem(c.label, c.value);
    m_ui->nameEdit->setText(subGroup.name);
    m_ui->remitEdit->setPlainText(subGroup.remit);
    m_ui->chairCombo->setCurrentIndex(qMax(0, m_ui->chairCombo->findData(subGroup.chairId)));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!subGroup.name.trimmed().isEmpty());
    connect(m_ui->nameEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SubGroupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SubGroupDialog::reject);
}

SubGroupDialog::~SubGroupDialog() = default;

SubGroup SubGroupDialog::subGroup() const
{
    SubGroup s = m_subGroup;
    s.name = m_ui->nameEdit->text().trimmed();
    s.remit = m_ui->remitEdit->toPlainText().trimmed();
    s.chairId = m_ui->chairCombo->currentData().toLongLong();
    return s;
}

} // namespace assure
