// Asks which invited agency's self-assessment pack to export for a round, or every agency's.
#include "gui/assessment/exportpacksdialog.h"

#include "core/valueformat.h"
#include "ui_exportpacksdialog.h"
#include "workspace/assessment/rounddata.h"

#include <QPushButton>

namespace assure {

ExportPacksDialog::ExportPacksDialog(const RoundData &round, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportPacksDialog>())
{
    m_ui->setupUi(this);
    m_ui->roundValue->setText(
        tr("%1 (%2, version %3)").arg(round.round().label, round.framework().name).arg(round.framework().version));
    m_ui->deadlineValue->setText(round.round().deadline.isValid() ? ValueFormat().date(round.round().deadline)
                                                                  : tr("No deadline set"));
    m_ui->agencyCombo->addItem(
        tr("Every agency invited (%n files, one each)", nullptr, static_cast<int>(round.agencies().size())), qint64(0));
    for (const RoundAgency &a : round.agencies())
        m_ui->agencyCombo->addItem(round.agencyName(a), a.id);
    QPushButton *exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    exportButton->setEnabled(!round.agencies().empty());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportPacksDialog::~ExportPacksDialog() = default;

qint64 ExportPacksDialog::roundAgencyId() const
{
    return m_ui->agencyCombo->currentData().toLongLong();
}

} // namespace assure
