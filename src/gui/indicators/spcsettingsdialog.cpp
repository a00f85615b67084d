// An indicator's SPC settings (form: ui/spcsettingsdialog.ui).
#include "gui/indicators/spcsettingsdialog.h"

#include "ui_spcsettingsdialog.h"
#include "workspace/workspace.h"

#include <QPushButton>

namespace assure {

SpcSettingsDialog::SpcSettingsDialog(const IndicatorSpcSettings &settings, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::SpcSettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    const Indicator *indicator = workspace.items<Indicator>().find(settings.indicatorId);
    setWindowTitle(tr("SPC settings of %1").arg(indicator ? indicator->code : QString()));
    setProblemLabel(m_ui->problemLabel);
    m_ui->runCombo->addItem(tr("7 points (Making Data Count)"), 7);
    m_ui->runCombo->addItem(tr("6 points"), 6);
    // Every period with a value can start new limits, newest first as in the grid.
    const std::vector<Measurement> &measurements = workspace.items<Measurement>().of(settings.indicatorId);
    for (auto it = measurements.rbegin(); it != measurements.rend(); ++it) {
        if (!it->value)
            continue;
        const auto period = Period::fromKey(it->periodKey, workspace.board().fyStartMonth);
        auto *item = new QListWidgetItem(period ? period->label() : it->periodKey, m_ui->rebaseList);
        item->setData(Qt::UserRole, it->periodKey);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    showSettings(settings);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SpcSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SpcSettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        IndicatorSpcSettings defaults;
        defaults.indicatorId = m_settings.indicatorId;
        showSettings(defaults);
    });
}

SpcSettingsDialog::~SpcSettingsDialog() = default;

void SpcSettingsDialog::showSettings(const IndicatorSpcSettings &settings)
{
    m_ui->runCombo->setCurrentIndex(qMax(0, m_ui->runCombo->findData(settings.runLength)));
    m_ui->screenCheck->setChecked(settings.screenOutliers);
    m_ui->fixSpin->setValue(settings.fixAfter);
    for (int row = 0; row < m_ui->rebaseList->count(); ++row) {
        QListWidgetItem *item = m_ui->rebaseList->item(row);
        item->setCheckState(settings.rebasePeriods.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
}

IndicatorSpcSettings SpcSettingsDialog::settings() const
{
    IndicatorSpcSettings s = m_settings;
    s.runLength = m_ui->runCombo->currentData().toInt();
    s.screenOutliers = m_ui->screenCheck->isChecked();
    s.fixAfter = m_ui->fixSpin->value();
    s.rebasePeriods.clear();
    for (int row = m_ui->rebaseList->count() - 1; row >= 0; --row) // oldest first
        if (m_ui->rebaseList->item(row)->checkState() == Qt::Checked)
            s.rebasePeriods << m_ui->rebaseList->item(row)->data(Qt::UserRole).toString();
    return s;
}

} // namespace assure
