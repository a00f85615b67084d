// The board's own list of feedback themes: add, rename and delete, each an undoable edit.
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace assure {

class Workspace;

class FeedbackThemesDialog final : public QDialog
{
    Q_OBJECT

public:
    FeedbackThemesDialog(Workspace *workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Adds a theme of this name (as the Add button does after asking); false with the reason shown.
    bool addTheme(const QString &name);

private:
    void refill();
    void rename();
    void remove();
    void updateButtons();
    qint64 currentId() const;

    Workspace *m_workspace;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_remove;
};

} // namespace assure
