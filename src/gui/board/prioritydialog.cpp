// Adds or edits a business plan priority (form: ui/prioritydialog.ui).
#include "gui/board/prioritydialog.h"

#include "core/period.h"
#include "models/board/prioritymodel.h"
#include "ui_prioritydialog.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QPushButton>

namespace assure {

PriorityDialog::PriorityDialog(const Priority &priority, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::PriorityDialog>()), m_priority(priority)
{
    m_ui->setupUi(this);
    setWindowTitle(priority.id == 0 ? tr("Add priority") : tr("Edit priority"));
    setProblemLabel(m_ui->problemLabel);
    // Standing, then the financial years around this one (and the priority's own, if older).
    const int fyStart = workspace.board().fyStartMonth;
    const QDate today = QDate::currentDate();
    const int thisYear = today.month() >= fyStart ? today.year() : today.year() - 1;
    m_ui->yearCombo->addItem(priorityYearLabel(0, fyStart), 0);
    for (int year = thisYear + 2; year >= thisYear - 5; --year)
        m_ui->yearCombo->addItem(priorityYearLabel(year, fyStart), year);
    if (priority.year != 0 && m_ui->yearCombo->findData(priority.year) < 0)
        m_ui->yearCombo->addItem(priorityYearLabel(priority.year, fyStart), priority.year);
    m_ui->leadCombo->addItem(tr("No lead sub-group"), qint64(0));
    for (const SubGroup &g : workspace.items<SubGroup>())
        m_ui->leadCombo->addItem(g.name, g.id);
    m_ui->leadCombo->setCurrentIndex(qMax(0, m_ui->leadCombo->findData(priority.leadSubgroupId)));
    m_ui->titleEdit->setText(priority.title);
    m_ui->descriptionEdit->setPlainText(priority.description);
    m_ui->yearCombo->setCurrentIndex(qMax(0, m_ui->yearCombo->findData(priority.id == 0 ? thisYear : priority.year)));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!priority.title.trimmed().isEmpty());
    connect(m_ui->titleEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PriorityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PriorityDialog::reject);
}

PriorityDialog::~PriorityDialog() = default;

Priority PriorityDialog::priority() const
{
    Priority p = m_priority;
    p.title = m_ui->titleEdit->text().trimmed();
    p.year = m_ui->yearCombo->currentData().toInt();
    p.leadSubgroupId = m_ui->leadCombo->currentData().toLongLong();
    p.description = m_ui->descriptionEdit->toPlainText().trimmed();
    return p;
}

} // namespace assure
