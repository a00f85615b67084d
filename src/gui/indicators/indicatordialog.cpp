// Adds or edits an indicator's definition (form: ui/indicatordialog.ui).
#include "gui/indicators/indicatordialog.h"

#include "core/valueformat.h"
#include "models/board/personmodel.h"
#include "models/board/prioritymodel.h"
#include "models/indicators/measurementgridmodel.h"
#include "models/scorecard/domainchoices.h"
#include "ui_indicatordialog.h"
#include "workspace/workspace.h"

#include <QPushButton>

namespace assure {

IndicatorDialog::IndicatorDialog(const Indicator &indicator, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::IndicatorDialog>()), m_indicator(indicator)
{
    m_ui->setupUi(this);
    setWindowTitle(indicator.id == 0 ? tr("Add indicator") : tr("Edit indicator %1").arg(indicator.code));
    setProblemLabel(m_ui->problemLabel);
    for (Unit u : allUnits())
        m_ui->unitCombo->addItem(unitLabel(u), unitKey(u));
    for (Polarity p : allPolarities())
        m_ui->polarityCombo->addItem(polarityLabel(p), polarityKey(p));
    for (Frequency f : allFrequencies())
        m_ui->frequencyCombo->addItem(frequencyLabel(f), frequencyKey(f));
    for (const Choice &c : agencyChoices(workspace))
        m_ui->ownerCombo->addItem(c.label, c.value);
    for (const Choice &c : priorityChoices(workspace))
        m_ui->priorityCombo->addItem(c.label, c.value);
    for (const Choice &c : domainChoices(workspace))
        m_ui->domainCombo->addItem(c.label, c.value);

    m_ui->codeEdit->setText(indicator.code);
    m_ui->titleEdit->setText(indicator.title);
    m_ui->definitionEdit->setPlainText(indicator.definition);
    m_ui->unitCombo->setCurrentIndex(m_ui->unitCombo->findData(unitKey(indicator.unit)));
    m_ui->polarityCombo->setCurrentIndex(m_ui->polarityCombo->findData(polarityKey(indicator.polarity)));
    m_ui->frequencyCombo->setCurrentIndex(m_ui->frequencyCombo->findData(frequencyKey(indicator.frequency)));
    m_ui->ownerCombo->setCurrentIndex(qMax(0, m_ui->ownerCombo->findData(indicator.ownerAgencyId)));
    m_ui->priorityCombo->setCurrentIndex(qMax(0, m_ui->priorityCombo->findData(indicator.priorityId)));
    m_ui->domainCombo->setCurrentIndex(qMax(0, m_ui->domainCombo->findData(indicator.domainId)));
    m_ui->sourceEdit->setText(indicator.dataSource);
    m_ui->targetEdit->setText(ValueFormat().exact(indicator.annualTarget));
    m_ui->statutoryCheck->setChecked(indicator.statutory);
    // Changing how a measure counts would change what its history means.
    m_ui->frequencyCombo->setEnabled(indicator.id == 0 || workspace.items<Measurement>().of(indicator.id).empty());

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] {
        ok->setEnabled(!m_ui->codeEdit->text().trimmed().isEmpty() && !m_ui->titleEdit->text().trimmed().isEmpty());
    };
    update();
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, update);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);
}

IndicatorDialog::~IndicatorDialog() = default;

bool IndicatorDialog::indicator(Indicator *out, QString *error) const
{
    Indicator i = m_indicator;
    i.code = m_ui->codeEdit->text().trimmed();
    i.title = m_ui->titleEdit->text().trimmed();
    i.definition = m_ui->definitionEdit->toPlainText().trimmed();
    i.unit = unitFromKey(m_ui->unitCombo->currentData().toString());
    i.polarity = polarityFromKey(m_ui->polarityCombo->currentData().toString());
    i.frequency = frequencyFromKey(m_ui->frequencyCombo->currentData().toString());
    i.ownerAgencyId = m_ui->ownerCombo->currentData().toLongLong();
    i.priorityId = m_ui->priorityCombo->currentData().toLongLong();
    i.domainId = m_ui->domainCombo->currentData().toLongLong();
    i.dataSource = m_ui->sourceEdit->text().trimmed();
    i.statutory = m_ui->statutoryCheck->isChecked();
    if (!parseTypedNumber(m_ui->targetEdit->text(), &i.annualTarget)) {
        if (error)
            *error = tr("The annual target “%1” is not a number.").arg(m_ui->targetEdit->text());
        return false;
    }
    *out = i;
    return true;
}

} // namespace assure
