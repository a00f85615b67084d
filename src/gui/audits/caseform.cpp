// The case audit form, made from the audit's questionnaire.
#include "gui/audits/caseform.h"

#include "gui/audits/choicefield.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace assure {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QPlainTextEdit *notes(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab walks on, as in every other field
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

CaseForm::CaseForm(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    clear();
}

void CaseForm::clear()
{
    m_fields.clear();
    m_tool = Questionnaire();
    m_case = AuditCase();
    m_grade = m_second = m_agreed = nullptr;
    m_strengths = m_areas = nullptr;
    auto *empty = new QLabel(tr("Choose a case to audit."), this);
    empty->setAlignment(Qt::AlignCenter);
    setWidget(empty);
}

ChoiceField *CaseForm::gradeChoice(const GradeScale &scale, QWidget *parent) const
{
    auto *field = new ChoiceField(parent);
    QList<std::pair<QString, QString>> grades;
    for (const Grade &g : scale.grades())
        grades.append({g.label, g.key});
    field->addGrades(grades);
    return field;
}

void CaseForm::build(const Questionnaire &tool, const GradeScale &scale)
{
    m_tool = tool;
    m_scale = scale;
    m_fields.clear();
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(16);
    // Answers in a column of their own, wide enough for the longest choice; the questions take the rest.
    const int fieldWidth = fontMetrics().horizontalAdvance(QStringLiteral("Requires improvement  (3)")) + 48;
    int row = 0;
    m_title = new QLabel(page);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    grid->addWidget(m_title, row++, 0, 1, 2);
    auto *hint = new QLabel(tr("Tab moves on. Grades: 1 to %1 or the initial; yes / partial / no / n/a: Y, P, N, A. "
                               "Ctrl+Return saves and opens the next case not yet graded.")
                                .arg(scale.grades().size()),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(hint, row++, 0, 1, 2);
    for (int s = 0; s < m_tool.sections.size(); ++s) {
        const QuestionSection &section = m_tool.sections.at(s);
        grid->addWidget(heading(tr("%1. %2").arg(s + 1).arg(section.title), page), row++, 0, 1, 2);
        for (const Question &q : section.questions) {
            auto *label = new QLabel(tr("%1  %2").arg(m_tool.number(q.id), q.text), page);
            label->setWordWrap(true);
            label->setToolTip(q.guidance);
            QWidget *field = nullptr;
            switch (q.kind) {
            case AnswerKind::Grade: field = gradeChoice(scale, page); break;
            case AnswerKind::YesNo: {
                auto *choice = new ChoiceField(page);
                choice->addYesNo();
                field = choice;
                break;
            }
            case AnswerKind::Number:
            case AnswerKind::Text: field = new QLineEdit(page); break;
            }
            field->setFixedWidth(fieldWidth);
            field->setAccessibleName(label->text());
            field->setToolTip(q.guidance);
            label->setBuddy(field);
            grid->addWidget(label, row, 0);
            grid->addWidget(field, row++, 1, Qt::AlignTop);
            if (!q.guidance.isEmpty()) {
                auto *guidance = new QLabel(q.guidance, page);
                guidance->setWordWrap(true);
                guidance->setForegroundRole(QPalette::PlaceholderText);
                guidance->setContentsMargins(28, 0, 0, 4);
                grid->addWidget(guidance, row++, 0);
            }
            m_fields.push_back({&q, field});
        }
    }
    grid->addWidget(heading(tr("The case as a whole"), page), row++, 0, 1, 2);
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, page);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        grid->addWidget(label, row, 0);
        if (qobject_cast<QPlainTextEdit *>(field)) { // notes run the width of the form, under their label
            grid->addWidget(field, ++row, 0, 1, 2);
        } else {
            field->setFixedWidth(fieldWidth);
            grid->addWidget(field, row, 1);
        }
        ++row;
    };
    m_grade = gradeChoice(scale, page);
    addRow(tr("&Overall grade"), m_grade);
    m_strengths = notes(page);
    addRow(tr("&Strengths"), m_strengths);
    m_areas = notes(page);
    addRow(tr("A&reas for improvement"), m_areas);
    grid->addWidget(heading(tr("Moderation"), page), row++, 0, 1, 2);
    m_second = gradeChoice(scale, page);
    addRow(tr("Second auditor's grade"), m_second);
    m_agreed = gradeChoice(scale, page);
    addRow(tr("Agreed grade"), m_agreed);
    grid->setRowStretch(row, 1);
    // Fields the grid made in order are in the Tab chain in order; labels take no focus.
    setWidget(page);
}

void CaseForm::showCase(const AuditCase &c, const Questionnaire &tool, const GradeScale &scale)
{
    bool sameScale = m_grade && m_scale.grades().size() == scale.grades().size();
    for (int i = 0; sameScale && i < scale.grades().size(); ++i)
        sameScale = m_scale.grades().at(i).key == scale.grades().at(i).key;
    if (!sameScale || tool != m_tool)
        build(tool, scale);
    m_case = c;
    m_title->setText(tr("Case %1").arg(c.ref));
    const QJsonObject answers = answersFromJson(c.answers);
    for (const Field &f : m_fields) {
        const QJsonValue v = answers.value(f.question->id);
        if (auto *choice = qobject_cast<ChoiceField *>(f.widget))
            choice->setKey(v.toString());
        else if (auto *line = qobject_cast<QLineEdit *>(f.widget))
            line->setText(v.isDouble() ? QLocale().toString(v.toDouble(), 'g', 15) : v.toString());
    }
    m_grade->setKey(c.grade);
    m_second->setKey(c.secondGrade);
    m_agreed->setKey(c.agreedGrade);
    m_strengths->setPlainText(c.strengths);
    m_areas->setPlainText(c.areas);
}

std::optional<AuditCase> CaseForm::edited(QString *error) const
{
    AuditCase out = m_case;
    QJsonObject answers;
    for (const Field &f : m_fields) {
        QString typed;
        if (auto *choice = qobject_cast<ChoiceField *>(f.widget))
            typed = choice->key();
        else if (auto *line = qobject_cast<QLineEdit *>(f.widget))
            typed = line->text();
        QString why;
        const std::optional<QJsonValue> value = readAnswer(m_tool, *f.question, m_scale, typed, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            f.widget->setFocus();
            return std::nullopt;
        }
        if (value)
            answers.insert(f.question->id, *value);
    }
    out.answers = answersToJson(answers);
    out.grade = m_grade->key();
    out.secondGrade = m_second->key();
    out.agreedGrade = m_agreed->key();
    out.strengths = m_strengths->toPlainText().trimmed();
    out.areas = m_areas->toPlainText().trimmed();
    return out;
}

QWidget *CaseForm::firstField() const
{
    return m_fields.empty() ? static_cast<QWidget *>(m_grade) : m_fields.front().widget;
}

QList<QWidget *> CaseForm::fieldsInOrder() const
{
    QList<QWidget *> out;
    for (const Field &f : m_fields)
        out << f.widget;
    if (m_grade)
        out << m_grade << m_strengths << m_areas << m_second << m_agreed;
    return out;
}

QWidget *CaseForm::answerField(const QString &questionId) const
{
    for (const Field &f : m_fields)
        if (f.question->id == questionId)
            return f.widget;
    return nullptr;
}

} // namespace assure
