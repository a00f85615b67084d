// The board's action settings, edited in a dialog and saved as one undoable edit.
#include "gui/actions/actionsettingsdialog.h"

#include "ui_actionsettingsdialog.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/workspace.h"

#include <QPushButton>

#include <cmath>

namespace assure {

namespace {

// The first whole percentage that reaches a share of half the time elapsed.
int firstWholePercent(double share)
{
    return int(std::ceil(share * 50 - 1e-9));
}

} // namespace

ActionSettingsDialog::ActionSettingsDialog(Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::ActionSettingsDialog>())
{
    m_ui->setupUi(this);
    setProblemLabel(m_ui->problemLabel);
    m_ui->dueSoonSpin->setSuffix(tr(" days"));
    m_ui->greenSpin->setSuffix(tr("% of the time elapsed"));
    m_ui->amberSpin->setSuffix(tr("% of the time elapsed"));
    setSettings(workspace->items<ActionSettings>().value());
    for (QSpinBox *spin : {m_ui->dueSoonSpin, m_ui->greenSpin, m_ui->amberSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ActionSettingsDialog::update);
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] { setSettings(ActionSettings{}); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ActionSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ActionSettingsDialog::reject);
    const bool readOnly = workspace->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->dueSoonSpin), static_cast<QWidget *>(m_ui->greenSpin),
                       static_cast<QWidget *>(m_ui->amberSpin), static_cast<QWidget *>(m_ui->defaultsButton)})
        w->setEnabled(!readOnly);
    if (!readOnly)
        setSubmit([this, workspace](QString *error) {
            const ActionSettings s = settings();
            return s == workspace->items<ActionSettings>().value() || workspace->update(s, error);
        });
    update();
}

ActionSettingsDialog::~ActionSettingsDialog() = default;

ActionSettings ActionSettingsDialog::settings() const
{
    ActionSettings s;
    s.dueSoonDays = m_ui->dueSoonSpin->value();
    s.ragGreenAt = m_ui->greenSpin->value() / 100.0;
    s.ragAmberAt = m_ui->amberSpin->value() / 100.0;
    return s;
}

void ActionSettingsDialog::setSettings(const ActionSettings &s)
{
    m_ui->dueSoonSpin->setValue(s.dueSoonDays);
    m_ui->greenSpin->setValue(int(std::lround(s.ragGreenAt * 100)));
    m_ui->amberSpin->setValue(int(std::lround(s.ragAmberAt * 100)));
}

void ActionSettingsDialog::update()
{
    const ActionSettings s = settings();
    const QStringList problems = s.problems();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    // What the numbers mean for one action, so that a chair can check them before saving.
    m_ui->exampleLabel->setText(
        problems.isEmpty()
            ? tr("For example, an action half-way through its time is GREEN from %1% reported, AMBER from %2%, and "
                 "RED below; it is due soon from %3 days before its due date.")
                  .arg(firstWholePercent(s.ragGreenAt))
                  .arg(firstWholePercent(s.ragAmberAt))
                  .arg(s.dueSoonDays)
            : problems.join(QLatin1Char(' ')));
}

} // namespace assure
