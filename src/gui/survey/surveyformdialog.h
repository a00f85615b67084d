// Entering returned paper forms of a year's survey by keyboard: a field per question (a rating
// picked by typing its number, words, the group), saved one form at a time as one undo step each.
#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace assure {

class Workspace;

class SurveyFormDialog final : public QDialog
{
    Q_OBJECT

public:
    SurveyFormDialog(Workspace *workspace, int year, QWidget *parent = nullptr);

    // One field per question, in the questionnaire's order: a QComboBox for a statement or the
    // breakdown, a QPlainTextEdit for free text.
    QList<QWidget *> fields() const { return m_fields; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }
    int saved() const { return m_saved; }
    // Saves the form as filled in and clears it for the next; false (and the reason shown) when refused.
    bool saveForm();

private:
    void clear();

    Workspace *m_ws;
    int m_year;
    QList<qint64> m_questionIds;
    QList<QWidget *> m_fields;
    QPushButton *m_save;
    QLabel *m_message;
    int m_saved = 0;
};

} // namespace assure
