// The board's risk bands, edited in a dialog and saved as one undoable edit.
#include "gui/risks/risksettingsdialog.h"

#include "ui_risksettingsdialog.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/workspace.h"

#include <QPushButton>

#include <set>

namespace assure {

QString riskBandsText(const RiskSettings &settings)
{
    // Only the scores a product of two levels makes: 11 is never a score, so 5-10 and 12-25 meet.
    std::set<int> scores;
    for (int l = kRiskLevelMin; l <= kRiskLevelMax; ++l)
        for (int i = kRiskLevelMin; i <= kRiskLevelMax; ++i)
            scores.insert(riskScore(l, i));
    QStringList parts;
    for (RiskRating rating : allRiskRatings()) {
        int low = 0, high = 0;
        for (int s : scores)
            if (ratingOf(s, settings) == rating) {
                low = low ? low : s;
                high = s;
            }
        if (low)
            parts << RiskSettingsDialog::tr("%1 %2–%3").arg(riskRatingLabel(rating)).arg(low).arg(high);
        else
            parts << RiskSettingsDialog::tr("%1 none").arg(riskRatingLabel(rating));
    }
    return parts.join(RiskSettingsDialog::tr(", "));
}

RiskSettingsDialog::RiskSettingsDialog(Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::RiskSettingsDialog>())
{
    m_ui->setupUi(this);
    setProblemLabel(m_ui->problemLabel);
    setSettings(workspace->items<RiskSettings>().value());
    for (QSpinBox *spin : {m_ui->amberSpin, m_ui->redSpin})
        connect(spin, &QSpinBox::valueChanged, this, &RiskSettingsDialog::update);
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] { setSettings(RiskSettings{}); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RiskSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RiskSettingsDialog::reject);
    const bool readOnly = workspace->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->amberSpin), static_cast<QWidget *>(m_ui->redSpin),
                       static_cast<QWidget *>(m_ui->defaultsButton)})
        w->setEnabled(!readOnly);
    if (!readOnly)
        setSubmit([this, workspace](QString *error) {
            const RiskSettings s = settings();
            return s == workspace->items<RiskSettings>().value() || workspace->update(s, error);
        });
    update();
}

RiskSettingsDialog::~RiskSettingsDialog() = default;

RiskSettings RiskSettingsDialog::settings() const
{
    RiskSettings s;
    s.amberFrom = m_ui->amberSpin->value();
    s.redFrom = m_ui->redSpin->value();
    return s;
}

void RiskSettingsDialog::setSettings(const RiskSettings &s)
{
    m_ui->amberSpin->setValue(s.amberFrom);
    m_ui->redSpin->setValue(s.redFrom);
}

void RiskSettingsDialog::update()
{
    const RiskSettings s = settings();
    const QStringList problems = s.problems();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_ui->exampleLabel->setText(problems.isEmpty() ? tr("The scores a risk can have: %1.").arg(riskBandsText(s))
                                                   : problems.join(QLatin1Char(' ')));
}

} // namespace assure
