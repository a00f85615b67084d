// The board's budget tolerance, edited in a dialog and saved as one undoable edit.
#include "gui/budget/budgetsettingsdialog.h"

#include "core/budget/money.h"
#include "ui_budgetsettingsdialog.h"
#include "workspace/budget/budgetkinds.h"
#include "workspace/workspace.h"

#include <QPushButton>

namespace assure {

BudgetSettingsDialog::BudgetSettingsDialog(Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::BudgetSettingsDialog>())
{
    m_ui->setupUi(this);
    setProblemLabel(m_ui->problemLabel);
    m_ui->toleranceSpin->setSuffix(tr("% of the budget to date"));
    setSettings(workspace->items<BudgetSettings>().value());
    connect(m_ui->toleranceSpin, &QSpinBox::valueChanged, this, &BudgetSettingsDialog::update);
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] { setSettings(BudgetSettings{}); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BudgetSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BudgetSettingsDialog::reject);
    const bool readOnly = workspace->isReadOnly();
    m_ui->toleranceSpin->setEnabled(!readOnly);
    m_ui->defaultsButton->setEnabled(!readOnly);
    if (!readOnly)
        setSubmit([this, workspace](QString *error) {
            const BudgetSettings s = settings();
            return s == workspace->items<BudgetSettings>().value() || workspace->update(s, error);
        });
    update();
}

BudgetSettingsDialog::~BudgetSettingsDialog() = default;

BudgetSettings BudgetSettingsDialog::settings() const
{
    return BudgetSettings{m_ui->toleranceSpin->value()};
}

void BudgetSettingsDialog::setSettings(const BudgetSettings &s)
{
    m_ui->toleranceSpin->setValue(s.tolerancePercent);
}

void BudgetSettingsDialog::update()
{
    // What the number means for one line, so that the board can check it before saving.
    const int tolerance = settings().tolerancePercent;
    const qint64 quarter = 250000; // £2,500.00: a quarter of a £10,000.00 line
    const qint64 allowed = quarter * tolerance / 100;
    m_ui->exampleLabel->setText(
        tr("For example, a line of %1 a year with one quarter reported is highlighted when "
           "its actual is below %2 or above %3.")
            .arg(Money::format(quarter * 4), Money::format(quarter - allowed), Money::format(quarter + allowed)));
}

} // namespace assure
