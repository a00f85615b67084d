// Shows what a returned self-assessment pack will change, criterion by criterion, before it is written, or its
// problems.
#include "gui/assessment/packpreviewdialog.h"

#include "core/valueformat.h"
#include "ui_packpreviewdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace assure {

namespace {

enum Column { Code, Rating, Evidence, References, Improvement, Columns };

} // namespace

PackPreviewDialog::PackPreviewDialog(const AssessmentPackPlan &plan, const QString &fileName, bool readOnly,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PackPreviewDialog>())
{
    m_ui->setupUi(this);
    const PackIdentity &id = plan.identity;
    m_ui->packLabel->setText(
        tr("%1: the return of %2 for %3, exported on %4.")
            .arg(fileName, id.agencyName, id.round, ValueFormat().date(id.exportedAt.toLocalTime().date())));
    m_ui->summaryLabel->setText(
        plan.problems.isEmpty()
            ? tr("Criteria the pack changes: %1. Left as they were: %2. The QA sub-group's challenges and moderated "
                 "ratings are kept.")
                  .arg(plan.changes.size())
                  .arg(plan.unchanged)
            : tr("Problems: %1. Nothing will be imported.").arg(plan.problems.size()));

    // A text the pack changes, or nothing when it leaves it: the table shows what moves.
    const auto changed = [this](const QString &before, const QString &after) {
        if (before == after)
            return QString();
        return after.isEmpty() ? tr("(cleared)") : after;
    };
    QTableWidget *table = m_ui->changesTable;
    table->setColumnCount(Columns);
    table->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Self-rating"), tr("Evidence"), tr("Evidence references"), tr("Planned improvement")});
    table->verticalHeader()->hide();
    table->setRowCount(static_cast<int>(plan.changes.size()));
    for (int row = 0; row < plan.changes.size(); ++row) {
        const AssessmentPackChange &c = plan.changes.at(row);
        const QString rating = c.before.selfRating == c.after.selfRating
                                   ? assessmentRatingLabel(c.after.selfRating)
                                   : tr("%1 → %2").arg(assessmentRatingLabel(c.before.selfRating),
                                                       assessmentRatingLabel(c.after.selfRating));
        const QStringList cells{c.code, rating, changed(c.before.evidence, c.after.evidence),
                                changed(c.before.evidenceRefs, c.after.evidenceRefs),
                                changed(c.before.plannedImprovement, c.after.plannedImprovement)};
        for (int col = 0; col < Columns; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(col == Code ? c.cell : cells.at(col)); // long evidence is cut to one line here
            table->setItem(row, col, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnToContents(Code);
    table->resizeColumnToContents(Rating);
    table->horizontalHeader()->setStretchLastSection(true);
    const int ch = table->fontMetrics().averageCharWidth();
    table->setColumnWidth(Evidence, ch * 40);
    table->setColumnWidth(References, ch * 22);

    m_ui->problemsList->addItems(plan.problems);
    m_ui->problemsLabel->setVisible(!plan.problems.isEmpty());
    m_ui->problemsList->setVisible(!plan.problems.isEmpty());
    table->setVisible(plan.problems.isEmpty());

    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(plan.canWrite() && !plan.changes.isEmpty() && !readOnly);
    m_import->setDefault(m_import->isEnabled());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PackPreviewDialog::~PackPreviewDialog() = default;

QTableWidget *PackPreviewDialog::changes() const
{
    return m_ui->changesTable;
}

QStringList PackPreviewDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        out << m_ui->problemsList->item(i)->text();
    return out;
}

} // namespace assure
