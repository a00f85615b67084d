// Audit tools…: the board's questionnaires and their builder. Sections and questions in a tree,
// added, removed and moved up or down; each question's words, guidance and answer kind. Every
// change is saved at once as one undo step; a tool already copied into audits says so, and its
// changes never reach them (each keeps the copy it started with).
#pragma once

#include "core/audits/questionnaire.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace assure {

class CaseEdits;
class Workspace;

class ToolsDialog final : public QDialog
{
    Q_OBJECT

public:
    ToolsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ToolsDialog() override;

    // Shows the dialog for the board, modal, until it is closed.
    static void open(Workspace *workspace, QWidget *parent);

    QListWidget *tools() const { return m_tools; }
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *textField() const { return m_text; }
    QPlainTextEdit *guidanceField() const { return m_guidance; }
    QComboBox *answerKindField() const { return m_answerKind; }
    QString copiesText() const;
    QString messageText() const;
    qint64 toolId() const { return m_toolId; }

    // The buttons' work, on the chosen tool and the tree's current item.
    void addTool();
    void removeTool();
    void addSection();
    void addQuestion();
    void removeItem();
    void moveItem(int by);

protected:
    // The guidance is saved when the keyboard leaves it, as a line is when editing finishes.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refillTools(qint64 chosen);
    void showTool(qint64 id);
    void rebuildTree(int section, int question);
    void showItem();
    // Saves the draft as the tool (one undo step); false, with the reason shown, when it is refused.
    bool save(int section, int question);
    void saveFields();
    // Where the tree's current item is: its section and question (-1 for a section itself).
    std::pair<int, int> place() const;

    Workspace *m_ws;
    std::unique_ptr<CaseEdits> m_edits;
    qint64 m_toolId = 0;
    Questionnaire m_draft;
    bool m_filling = false;              // the fields are being filled in, not edited
    bool m_saving = false;               // our own change is on its way: the notifier's word is not news
    std::pair<int, int> m_place{-1, -1}; // the item the fields show
    QListWidget *m_tools;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QTreeWidget *m_tree;
    QLineEdit *m_text;
    QPlainTextEdit *m_guidance;
    QComboBox *m_answerKind;
    QLabel *m_copies;
    QLabel *m_message;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace assure
