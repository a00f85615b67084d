// Adding a question to a year's survey, or changing one: its kind (statement, free text, breakdown)
// and its words.
#pragma once

#include "core/survey/survey.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace assure {

class Workspace;

class SurveyQuestionDialog final : public QDialog
{
    Q_OBJECT

public:
    SurveyQuestionDialog(Workspace *workspace, int year, QWidget *parent = nullptr);
    // Changes question; its kind is fixed once it has answers (a rating is not words).
    SurveyQuestionDialog(Workspace *workspace, const SurveyQuestion &question, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *textEdit() const { return m_text; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    Workspace *m_ws;
    int m_year;
    std::optional<SurveyQuestion> m_changing; // the question as it was, when changing one
    QComboBox *m_kind;
    QLineEdit *m_text;
    QLabel *m_message;
};

} // namespace assure
