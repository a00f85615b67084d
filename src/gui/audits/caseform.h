// The case audit form, made from an audit's copy of its tool: a field per question by its answer
// kind, then the overall grade, strengths and areas for improvement, and the moderation grades.
// Tab walks the fields in order (CasesPanel saves with Ctrl+Return).
#pragma once

#include "core/audits/audit.h"
#include "core/audits/grades.h"
#include "core/audits/questionnaire.h"

#include <QScrollArea>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace assure {

class ChoiceField;

class CaseForm final : public QScrollArea
{
    Q_OBJECT

public:
    explicit CaseForm(QWidget *parent = nullptr);

    // Builds the fields for a questionnaire and grade scale (again only when they change) and shows a case.
    void showCase(const AuditCase &c, const Questionnaire &tool, const GradeScale &scale);
    void clear();
    // The case as the fields leave it; nullopt with the first wrong answer, naming its question, in *error.
    std::optional<AuditCase> edited(QString *error) const;
    // The first field, for the keyboard to start at, and all of them in the order Tab walks them.
    QWidget *firstField() const;
    QList<QWidget *> fieldsInOrder() const;

    // The fields, in Tab order, for tests and the screenshot.
    QWidget *answerField(const QString &questionId) const;
    ChoiceField *gradeField() const { return m_grade; }
    ChoiceField *secondGradeField() const { return m_second; }
    ChoiceField *agreedGradeField() const { return m_agreed; }
    QPlainTextEdit *strengthsField() const { return m_strengths; }
    QPlainTextEdit *areasField() const { return m_areas; }

private:
    struct Field
    {
        const Question *question = nullptr;
        QWidget *widget = nullptr; // a ChoiceField, or a QLineEdit
    };
    void build(const Questionnaire &tool, const GradeScale &scale);
    ChoiceField *gradeChoice(const GradeScale &scale, QWidget *parent) const;

    Questionnaire m_tool;
    GradeScale m_scale;
    AuditCase m_case;
    std::vector<Field> m_fields;
    QLabel *m_title = nullptr;
    ChoiceField *m_grade = nullptr;
    ChoiceField *m_second = nullptr;
    ChoiceField *m_agreed = nullptr;
    QPlainTextEdit *m_strengths = nullptr;
    QPlainTextEdit *m_areas = nullptr;
};

} // namespace assure
