// The small dialogs of a programme occurrence: plan an audit for it, mark it done (by which audit,
// or none, and when), move it to another month, skip it with a reason. Each sends its edit
// through AuditEdits, so it is one undo step, and shows a refusal in the dialog.
#pragma once

#include "gui/itemdialog.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace assure {

class Workspace;

// What every occurrence dialog works on: the entry and the month the occurrence falls due.
struct OccurrenceKey
{
    qint64 entryId = 0;
    QDate due;
};

class PlanAuditDialog final : public ItemDialog
{
    Q_OBJECT

public:
    PlanAuditDialog(Workspace *workspace, const OccurrenceKey &key, const QDate &today, QWidget *parent = nullptr);

    QComboBox *typeCombo() const { return m_type; }
    // The audit planned once accepted; 0 before.
    qint64 auditId() const { return m_auditId; }

private:
    QComboBox *m_type;
    qint64 m_auditId = 0;
};

class MarkDoneDialog final : public ItemDialog
{
    Q_OBJECT

public:
    MarkDoneDialog(Workspace *workspace, const OccurrenceKey &key, QWidget *parent = nullptr);

    QComboBox *auditCombo() const { return m_audit; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QComboBox *m_audit;
    QDateEdit *m_date;
};

class MoveDialog final : public ItemDialog
{
    Q_OBJECT

public:
    MoveDialog(Workspace *workspace, const OccurrenceKey &key, QWidget *parent = nullptr);

    QComboBox *monthCombo() const { return m_month; }

private:
    QComboBox *m_month;
};

class SkipDialog final : public ItemDialog
{
    Q_OBJECT

public:
    SkipDialog(Workspace *workspace, const OccurrenceKey &key, QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QLineEdit *m_reason;
};

} // namespace assure
