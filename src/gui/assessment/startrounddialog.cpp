// Starts a self-assessment round.
#include "gui/assessment/startrounddialog.h"

#include "ui_startrounddialog.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/workspace.h"

#include <QCollator>
#include <QPushButton>

#include <algorithm>

namespace assure {

namespace {

// A framework choice: a board framework's id (> 0), or -1 - n for shipped framework n.
qint64 shippedChoice(int n)
{
    return -1 - n;
}

} // namespace

StartRoundDialog::StartRoundDialog(Workspace *workspace, const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StartRoundDialog>()), m_workspace(workspace), m_today(today)
{
    m_ui->setupUi(this);
    QStringList onBoard;
    for (const AssessmentFramework &f : workspace->items<AssessmentFramework>()) {
        m_ui->frameworkCombo->addItem(KindTraits<AssessmentFramework>::label(f), f.id);
        onBoard << f.name;
    }
    const QList<FrameworkContent> shipped = shippedFrameworks();
    for (int n = 0; n < shipped.size(); ++n)
        if (!onBoard.contains(shipped.at(n).framework.name, Qt::CaseInsensitive))
            m_ui->frameworkCombo->addItem(tr("%1 (as shipped)").arg(shipped.at(n).framework.name), shippedChoice(n));
    // The financial year under way, the next and the last.
    const int thisYear = today.month() >= workspace->board().fyStartMonth ? today.year() : today.year() - 1;
    for (int year : {thisYear, thisYear + 1, thisYear - 1})
        m_ui->yearCombo->addItem(QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')),
                                 year);
    m_ui->deadlineEdit->setDate(today.addMonths(3));

    std::vector<const Agency *> agencies;
    for (const Agency &a : workspace->items<Agency>())
        agencies.push_back(&a);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(agencies.begin(), agencies.end(),
              [&](const Agency *a, const Agency *b) { return collator.compare(a->name, b->name) < 0; });
    for (const Agency *a : agencies) {
        auto *item = new QListWidgetItem(a->name, m_ui->agencyList);
        item->setData(Qt::UserRole, a->id);
        item->setCheckState(a->section11 && a->active ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_ui->frameworkCombo, &QComboBox::currentIndexChanged, this, &StartRoundDialog::showLabel);
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &StartRoundDialog::showLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->frameworkCombo->count() > 0);
    showLabel();
}

StartRoundDialog::~StartRoundDialog() = default;

void StartRoundDialog::showLabel()
{
    QString name = m_ui->frameworkCombo->currentText();
    const qint64 choice = m_ui->frameworkCombo->currentData().toLongLong();
    if (const AssessmentFramework *f = m_workspace->items<AssessmentFramework>().find(choice))
        name = f->name;
    else if (choice < 0)
        name = shippedFrameworks().value(int(-1 - choice)).framework.name;
    m_ui->labelPreview->setText(
        tr("The round will be called “%1”.").arg(roundLabel(name, m_ui->yearCombo->currentData().toInt())));
}

bool StartRoundDialog::start(QString *error, qint64 *id)
{
    AssessmentEdits edits(*m_workspace);
    qint64 framework = m_ui->frameworkCombo->currentData().toLongLong();
    if (framework < 0 && !edits.addFramework(shippedFrameworks().value(int(-1 - framework)), error, &framework))
        return false;
    QList<qint64> agencies;
    for (int i = 0; i < m_ui->agencyList->count(); ++i)
        if (m_ui->agencyList->item(i)->checkState() == Qt::Checked)
            agencies << m_ui->agencyList->item(i)->data(Qt::UserRole).toLongLong();
    return edits.startRound(framework, m_ui->yearCombo->currentData().toInt(), m_ui->deadlineEdit->date(), agencies,
                            m_today, error, id);
}

} // namespace assure
