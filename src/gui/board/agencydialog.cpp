// Adds or edits an agency (form: ui/agencydialog.ui).
#include "gui/board/agencydialog.h"

#include "ui_agencydialog.h"

#include <QPushButton>

namespace assure {

AgencyDialog::AgencyDialog(const Agency &agency, const Workspace &, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::AgencyDialog>()), m_agency(agency)
{
    m_ui->setupUi(this);
    setWindowTitle(agency.id == 0 ? tr("Add agency") : tr("Edit agency"));
    setProblemLabel(m_ui->problemLabel);
    for (Sector s : allSectors())
        m_ui->sectorCombo->addItem(sectorLabel(s), sectorKey(s));
    m_ui->nameEdit->setText(agency.name);
    m_ui->sectorCombo->setCurrentIndex(m_ui->sectorCombo->findData(sectorKey(agency.sector)));
    m_ui->section11Check->setChecked(agency.section11);
    m_ui->activeCheck->setChecked(agency.active);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!agency.name.trimmed().isEmpty());
    connect(m_ui->nameEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgencyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AgencyDialog::reject);
}

AgencyDialog::~AgencyDialog() = default;

Agency AgencyDialog::agency() const
{
    Agency a = m_agency;
    a.name = m_ui->nameEdit->text().trimmed();
    a.sector = sectorFromKey(m_ui->sectorCombo->currentData().toString());
    a.section11 = m_ui->section11Check->isChecked();
    a.active = m_ui->activeCheck->isChecked();
    return a;
}

} // namespace assure
