// Entering returned paper forms by keyboard, one undo step a form.
#include "gui/survey/surveyformdialog.h"

#include "core/period.h"
#include "workspace/survey/surveyedits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace assure {

SurveyFormDialog::SurveyFormDialog(Workspace *workspace, int year, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_year(year), m_save(new QPushButton(tr("&Save and enter the next"))),
      m_message(new QLabel)
{
    setWindowTitle(tr("Enter %1 survey forms").arg(Period::yearLabel(year)));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Type each returned form's answers: for a statement, its rating's number (1 strongly "
                                "disagree … 5 strongly agree); leave a field empty where the form is. Nothing about "
                                "who filled the form in is asked or kept."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QWidget;
    auto *column = new QVBoxLayout(form);
    auto *rows = new QFormLayout;
    column->addLayout(rows);
    column->addStretch(1); // the questions stay together at the top of a tall window
    rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const SurveyResults results = surveyResultsOf(*workspace, year);
    for (const SurveyQuestion &q : surveyQuestionnaire(*workspace, year)) {
        QWidget *field = nullptr;
        if (q.kind == SurveyQuestionKind::Statement) {
            auto *combo = new QComboBox;
            combo->addItem(tr("– not answered"));
            for (int r = kLowestRating; r <= kHighestRating; ++r)
                combo->addItem(tr("%1 – %2").arg(r).arg(ratingLabel(r)), r);
            field = combo;
        } else if (q.kind == SurveyQuestionKind::Breakdown) {
            auto *combo = new QComboBox;
            combo->setEditable(true);
            combo->addItem(QString());
            for (const BreakdownGroup &g : results.groups)
                if (!g.name.isEmpty())
                    combo->addItem(g.name);
            field = combo;
        } else {
            auto *edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
            field = edit;
        }
        auto *label = new QLabel(q.text);
        label->setWordWrap(true);
        label->setBuddy(field);
        rows->addRow(label, field);
        m_questionIds << q.id;
        m_fields << field;
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setEnabled(!m_fields.isEmpty() && !workspace->isReadOnly());
    // Accept saves and stays: a pile of forms is entered one after another.
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyFormDialog::saveForm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_fields.isEmpty())
        m_message->setText(tr("The %1 questionnaire has no questions yet: add them, or import responses, first.")
                               .arg(Period::yearLabel(year)));
    resize(720, 560);
}

bool SurveyFormDialog::saveForm()
{
    std::vector<SurveyAnswer> answers;
    for (int i = 0; i < m_fields.size(); ++i) {
        SurveyAnswer a;
        a.questionId = m_questionIds.at(i);
        if (auto *edit = qobject_cast<QPlainTextEdit *>(m_fields.at(i))) {
            a.text = edit->toPlainText();
        } else if (auto *combo = qobject_cast<QComboBox *>(m_fields.at(i))) {
            if (combo->isEditable())
                a.text = combo->currentText();
            else if (combo->currentData().isValid())
                a.rating = combo->currentData().toInt();
        }
        answers.push_back(a);
    }
    QString error;
    if (!SurveyEdits(*m_ws).addResponse(m_year, answers, &error)) {
        m_message->setText(error);
        return false;
    }
    ++m_saved;
    m_message->setText(tr("%n forms saved.", nullptr, m_saved));
    clear();
    return true;
}

void SurveyFormDialog::clear()
{
    for (QWidget *field : std::as_const(m_fields)) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
            edit->clear();
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            combo->setCurrentIndex(0);
    }
    if (!m_fields.isEmpty())
        m_fields.constFirst()->setFocus();
}

} // namespace assure
