// Adding a question to a year's survey or changing one, refused with the reason when the year asks
// it already.
#include "gui/survey/surveyquestiondialog.h"

#include "core/period.h"
#include "workspace/survey/surveyedits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace assure {

SurveyQuestionDialog::SurveyQuestionDialog(Workspace *workspace, int year, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_year(year), m_kind(new QComboBox), m_text(new QLineEdit),
      m_message(new QLabel)
{
    setWindowTitle(tr("Add a question to the %1 survey").arg(Period::yearLabel(year)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const auto kind : {SurveyQuestionKind::Statement, SurveyQuestionKind::FreeText, SurveyQuestionKind::Breakdown})
        m_kind->addItem(surveyQuestionKindLabel(kind), int(kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 60);
    form->addRow(tr("&Words:"), m_text);
    layout->addLayout(form);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyQuestionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SurveyQuestionDialog::SurveyQuestionDialog(Workspace *workspace, const SurveyQuestion &question, QWidget *parent)
    : SurveyQuestionDialog(workspace, question.year, parent)
{
    m_changing = question;
    setWindowTitle(
        tr("Change question %1 of the %2 survey").arg(question.position).arg(Period::yearLabel(question.year)));
    m_kind->setCurrentIndex(m_kind->findData(int(question.kind)));
    m_text->setText(question.text);
    if (m_ws->dependents<SurveyQuestion>(question.id).count<SurveyAnswer>() > 0) {
        m_kind->setEnabled(false);
        m_kind->setToolTip(tr("It has answers: its kind stays as it is"));
    }
}

void SurveyQuestionDialog::accept()
{
    QString error;
    if (m_changing) {
        SurveyQuestion changed = *m_changing;
        changed.kind = SurveyQuestionKind(m_kind->currentData().toInt());
        changed.text = m_text->text().trimmed();
        if (changed != *m_changing && !m_ws->update(changed, &error)) {
            m_message->setText(error);
            return;
        }
        QDialog::accept();
        return;
    }
    if (!SurveyEdits(*m_ws).addQuestion(m_year, SurveyQuestionKind(m_kind->currentData().toInt()), m_text->text(),
                                        &error)) {
        m_message->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace assure
