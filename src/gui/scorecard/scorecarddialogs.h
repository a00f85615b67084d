// The Scorecard page's two small dialogs: a domain's summary line for a period, and the board's
// list of domains (add, rename, reorder, delete, or start again from a shipped set).
#pragma once

#include "core/period.h"
#include "gui/itemdialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace assure {

class Workspace;

// Saves through the anonymisation guard (PrivacyCheck): the line is printed in the board pack.
class SummaryDialog final : public ItemDialog
{
    Q_OBJECT

public:
    SummaryDialog(Workspace *workspace, qint64 domainId, const Period &period, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }

private:
    QLineEdit *m_text;
};

// Each change is one undo step, made at once (there is no OK to wait for).
class DomainsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DomainsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void refill(qint64 select = 0);
    qint64 currentId() const;
    void run(bool ok, const QString &error, qint64 select);
    void addDomain();
    void renameDomain();
    void move(int step);
    void removeDomain();
    void useSet();

    Workspace *m_workspace;
    QListWidget *m_list;
    QComboBox *m_sets;
    QPushButton *m_rename;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
};

} // namespace assure
