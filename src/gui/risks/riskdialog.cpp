// Adds or edits a risk of the register (form: ui/riskdialog.ui).
#include "gui/risks/riskdialog.h"

#include "gui/risks/linkpicker.h"
#include "models/board/personmodel.h"
#include "ui_riskdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/privacy/privacyedits.h"
#include "workspace/workspace.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>

namespace assure {

RiskDialog::RiskDialog(const Risk &risk, const RiskLinks &links, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::RiskDialog>()), m_risk(risk),
      m_settings(workspace.items<RiskSettings>().value())
{
    m_ui->setupUi(this);
    setWindowTitle(risk.id == 0 ? tr("Add risk") : tr("Edit risk"));
    setProblemLabel(m_ui->problemLabel);
    m_ui->targetSpin->setSpecialValueText(tr("None set"));
    m_ui->ownerCombo->addItem(tr("No owner"), qint64(0));
    for (const Choice &c : personChoices(workspace))
        if (c.value.toLongLong() != 0)
            m_ui->ownerCombo->addItem(c.label, c.value);
    m_ui->ownerCombo->setCurrentIndex(qMax(0, m_ui->ownerCombo->findData(risk.ownerPersonId)));
    m_ui->titleEdit->setText(risk.title);
    m_ui->causeEdit->setPlainText(risk.cause);
    m_ui->consequenceEdit->setPlainText(risk.consequence);
    m_ui->likelihoodSpin->setValue(risk.likelihood);
    m_ui->impactSpin->setValue(risk.impact);
    m_ui->targetSpin->setValue(risk.targetScore);
    m_ui->reviewCheck->setChecked(risk.reviewDate.isValid());
    m_ui->reviewEdit->setDate(risk.reviewDate.isValid() ? risk.reviewDate : QDate::currentDate().addMonths(3));
    m_ui->reviewEdit->setEnabled(risk.reviewDate.isValid());
    connect(m_ui->reviewCheck, &QCheckBox::toggled, m_ui->reviewEdit, &QWidget::setEnabled);

    QList<LinkPicker::Item> indicators;
    for (const Indicator &i : workspace.items<Indicator>())
        indicators.append({i.id, i.code.isEmpty() ? i.title : i.code + QLatin1Char(' ') + i.title});
    QList<LinkPicker::Item> actions;
    for (const Action &a : workspace.items<Action>())
        actions.append({a.id, a.ref + QLatin1Char(' ') + a.title});
    m_indicators = new LinkPicker(indicators, links.indicatorIds, tr("indicators"), m_ui->indicatorsBox);
    m_actions = new LinkPicker(actions, links.actionIds, tr("actions"), m_ui->actionsBox);
    m_ui->indicatorsLayout->addWidget(m_indicators);
    m_ui->actionsLayout->addWidget(m_actions);
    setTabOrder(m_ui->reviewEdit, m_indicators->searchEdit());
    setTabOrder(m_indicators->searchEdit(), m_indicators->view());
    setTabOrder(m_indicators->view(), m_actions->searchEdit());
    setTabOrder(m_actions->searchEdit(), m_actions->view());

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!risk.title.trimmed().isEmpty());
    connect(m_ui->titleEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    for (QSpinBox *spin : {m_ui->likelihoodSpin, m_ui->impactSpin, m_ui->targetSpin})
        connect(spin, &QSpinBox::valueChanged, this, &RiskDialog::showScore);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RiskDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RiskDialog::reject);
    showScore();
}

RiskDialog::~RiskDialog() = default;

Risk RiskDialog::risk() const
{
    Risk r = m_risk;
    r.title = m_ui->titleEdit->text().trimmed();
    r.cause = m_ui->causeEdit->toPlainText().trimmed();
    r.consequence = m_ui->consequenceEdit->toPlainText().trimmed();
    r.ownerPersonId = m_ui->ownerCombo->currentData().toLongLong();
    r.likelihood = m_ui->likelihoodSpin->value();
    r.impact = m_ui->impactSpin->value();
    r.targetScore = m_ui->targetSpin->value();
    r.reviewDate = m_ui->reviewCheck->isChecked() ? m_ui->reviewEdit->date() : QDate();
    return r;
}

RiskLinks RiskDialog::links() const
{
    return {m_indicators->checkedIds(), m_actions->checkedIds()};
}

void RiskDialog::showScore()
{
    const int score = riskScore(m_ui->likelihoodSpin->value(), m_ui->impactSpin->value());
    const auto rating = ratingOf(score, m_settings);
    QString text = tr("%1 (%2)").arg(score).arg(rating ? riskRatingLabel(*rating) : QString());
    // A target above the score is no target: say so before it is saved.
    const int target = m_ui->targetSpin->value();
    if (target > score)
        text += QLatin1Char(' ') + tr("— the target is above the score now");
    m_ui->scoreLabel->setText(text);
}

QList<PrivacyField> RiskDialog::privacyFields(const Risk &r)
{
    const auto field = [&r](const char *column, const QString &label, const QString &text) {
        return PrivacyField{{QStringLiteral("risk"), r.id, {}, QString::fromLatin1(column)}, label, text};
    };
    return {field("title", tr("Title"), r.title), field("cause", tr("Cause"), r.cause),
            field("consequence", tr("Consequence"), r.consequence)};
}

} // namespace assure
