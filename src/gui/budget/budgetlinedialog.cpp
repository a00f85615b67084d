// A budget line, added or edited in a dialog whose amounts are checked field by field.
#include "gui/budget/budgetlinedialog.h"

#include "core/budget/money.h"
#include "ui_budgetlinedialog.h"
#include "workspace/budget/budgetkinds.h"
#include "workspace/workspace.h"

#include <QCollator>

#include <algorithm>

namespace assure {

BudgetLineDialog::BudgetLineDialog(Workspace *workspace, const BudgetLine &line, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::BudgetLineDialog>()), m_workspace(workspace), m_line(line)
{
    m_ui->setupUi(this);
    setProblemLabel(m_ui->problemLabel);
    setWindowTitle(line.id ? tr("Edit budget line") : tr("Add budget line"));
    for (const BudgetKind kind : {BudgetKind::Income, BudgetKind::Spend})
        m_ui->kindCombo->addItem(budgetKindLabel(kind), int(kind));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(line.kind)));

    std::vector<const Agency *> agencies;
    for (const Agency &a : workspace->items<Agency>())
        agencies.push_back(&a);
    QCollator collator;
    std::sort(agencies.begin(), agencies.end(),
              [&](const Agency *a, const Agency *b) { return collator.compare(a->name, b->name) < 0; });
    m_ui->agencyCombo->addItem(tr("(none)"), qint64(0));
    for (const Agency *a : agencies)
        m_ui->agencyCombo->addItem(a->name, a->id);
    m_ui->agencyCombo->setCurrentIndex(std::max(0, m_ui->agencyCombo->findData(line.agencyId)));
    m_ui->nameEdit->setText(line.name);

    m_edits = {m_ui->budgetEdit, m_ui->q1Edit, m_ui->q2Edit, m_ui->q3Edit, m_ui->q4Edit};
    m_edits[0]->setText(line.id ? Money::plain(line.budget) : QString());
    for (size_t q = 0; q < 4; ++q)
        m_edits[q + 1]->setText(line.quarters[q] ? Money::plain(*line.quarters[q]) : QString());
    // A line under each amount says what is wrong with it, where it was typed.
    for (size_t f = 0; f < m_edits.size(); ++f) {
        QLabel *problem = new QLabel(this);
        problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
        problem->setWordWrap(true);
        problem->hide();
        int row = 0;
        QFormLayout::ItemRole role;
        m_ui->form->getWidgetPosition(m_edits[f], &row, &role);
        m_ui->form->insertRow(row + 1, QString(), problem);
        m_problems[f] = problem;
        const int field = int(f);
        connect(m_edits[f], &QLineEdit::editingFinished, this, [this, field] { checkField(field); });
        connect(m_edits[f], &QLineEdit::textEdited, this, [this, field] {
            if (!m_problems[size_t(field)]->isHidden())
                checkField(field);
        });
    }
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &BudgetLineDialog::kindChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BudgetLineDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BudgetLineDialog::reject);
    kindChosen();
    if (!workspace->isReadOnly())
        setSubmit([this](QString *error) {
            BudgetLine l;
            if (!readLine(&l)) {
                *error = tr("Some amounts cannot be read; see under each.");
                return false;
            }
            if (l.id)
                return l == *m_workspace->items<BudgetLine>().find(l.id) || m_workspace->update(l, error);
            return m_workspace->add(l, error);
        });
}

BudgetLineDialog::~BudgetLineDialog() = default;

void BudgetLineDialog::kindChosen()
{
    const bool income = m_ui->kindCombo->currentData().toInt() == int(BudgetKind::Income);
    // An income line is a partner's contribution: it needs the agency; spending may name one.
    m_ui->agencyLabel->setText(income ? tr("Contributing a&gency:") : tr("A&gency (if any):"));
}

QLineEdit *BudgetLineDialog::moneyEdit(int field) const
{
    return m_edits[size_t(field)];
}

QString BudgetLineDialog::fieldProblem(int field) const
{
    const QLabel *label = m_problems[size_t(field)];
    return label->isHidden() ? QString() : label->text();
}

bool BudgetLineDialog::checkField(int field)
{
    const QString text = m_edits[size_t(field)]->text();
    const ParsedMoney m = Money::parse(text);
    QString problem;
    if (field == 0 && !m.ok)
        problem = m.error;
    else if (field == 0 && m.pence < 0)
        problem = tr("A year's budget may not be below zero.");
    else if (field > 0 && !m.ok && !m.blank)
        problem = m.error;
    if (!problem.isEmpty())
        problem[0] = problem[0].toUpper();
    QLabel *label = m_problems[size_t(field)];
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    m_edits[size_t(field)]->setStyleSheet(
        problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #a4262c; }"));
    return problem.isEmpty();
}

bool BudgetLineDialog::readLine(BudgetLine *line)
{
    bool ok = true;
    QLineEdit *first = nullptr;
    for (int f = 0; f < int(m_edits.size()); ++f) {
        if (!checkField(f)) {
            ok = false;
            if (!first)
                first = m_edits[size_t(f)];
        }
    }
    if (first)
        first->setFocus();
    if (!ok)
        return false;
    BudgetLine l = m_line;
    l.kind = BudgetKind(m_ui->kindCombo->currentData().toInt());
    l.name = m_ui->nameEdit->text().trimmed();
    l.agencyId = m_ui->agencyCombo->currentData().toLongLong();
    l.budget = Money::parse(m_edits[0]->text()).pence;
    for (size_t q = 0; q < 4; ++q) {
        const ParsedMoney m = Money::parse(m_edits[q + 1]->text());
        l.quarters[q] = m.ok ? std::optional<qint64>(m.pence) : std::nullopt;
    }
    *line = l;
    return true;
}

} // namespace assure
