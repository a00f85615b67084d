// The preview of a survey import, naming the columns it drops.
#include "gui/survey/surveyimportdialog.h"

#include "core/period.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assure {

SurveyImportDialog::SurveyImportDialog(Workspace *workspace, int year, const QString &path, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_year(year), m_source(QFileInfo(path).fileName()),
      m_plan(SurveyEdits(*workspace).planFile(year, path)), m_dropped(new QLabel), m_summary(new QLabel),
      m_columns(new QTableWidget), m_rejected(new QPlainTextEdit), m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import %1 survey responses from %2").arg(Period::yearLabel(year), m_source));
    auto *layout = new QVBoxLayout(this);
    const QStringList dropped = m_plan.droppedColumns();
    m_dropped->setWordWrap(true);
    m_dropped->setTextFormat(Qt::PlainText);
    m_dropped->setText(
        dropped.isEmpty()
            ? tr("No column identifies a respondent.")
            : tr("Dropped, never stored (they identify respondents): %1.").arg(dropped.join(QStringLiteral(", "))));
    QFont bold = m_dropped->font();
    bold.setBold(true);
    m_dropped->setFont(bold);
    layout->addWidget(m_dropped);

    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_columns->setColumnCount(2);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Read as")});
    m_columns->setRowCount(int(m_plan.columns.size()));
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->verticalHeader()->hide();
    for (int i = 0; i < m_plan.columns.size(); ++i) {
        const SurveyImportColumn &c = m_plan.columns.at(i);
        m_columns->setItem(i, 0, new QTableWidgetItem(c.header));
        m_columns->setItem(i, 1,
                           new QTableWidgetItem(c.role == SurveyColumnRole::Identifying
                                                    ? tr("identifying: dropped, never stored")
                                                    : surveyColumnRoleLabel(c.role)));
    }
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_columns, 2);

    m_rejected->setReadOnly(true);
    QStringList notes = m_plan.warnings;
    notes += m_plan.rejectedLines();
    m_rejected->setPlainText(notes.join(QLatin1Char('\n')));
    m_rejected->setVisible(!notes.isEmpty());
    layout->addWidget(m_rejected, 1);

    if (!m_plan.isUsable()) {
        m_summary->setText(m_plan.error);
    } else {
        QString what = tr("%n responses to import", nullptr, m_plan.counts.created);
        if (m_plan.counts.rejected > 0)
            what += tr("; %n rows rejected (below)", nullptr, m_plan.counts.rejected);
        if (m_plan.newQuestionnaire)
            what += tr(". The %1 questionnaire is made from the file's columns.").arg(Period::yearLabel(year));
        else
            what += tr(", answering the %1 questionnaire.").arg(Period::yearLabel(year));
        m_summary->setText(what);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setEnabled(m_plan.isUsable() && m_plan.counts.created > 0 && !workspace->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyImportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

void SurveyImportDialog::write()
{
    QString error;
    const int n = SurveyEdits(*m_ws).applyImport(m_plan, m_year, m_source, &error);
    if (n < 0) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_written = n;
    accept();
}

} // namespace assure
