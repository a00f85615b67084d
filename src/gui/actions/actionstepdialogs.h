// The small dialogs of an action's life: a progress update, a change of status (with the rules'
// reason when one is refused) and the evidence of impact. Each sends its edit through ActionEdits,
// so it is one undo step, and shows a refusal in the dialog.
#pragma once

#include "gui/itemdialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace assure {

class Workspace;

class ProgressUpdateDialog final : public ItemDialog
{
    Q_OBJECT

public:
    ProgressUpdateDialog(Workspace *workspace, qint64 actionId, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *authorEdit() const { return m_author; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *percentCheck() const { return m_hasPercent; }
    QSpinBox *percentSpin() const { return m_percent; }

private:
    QDateEdit *m_date;
    QLineEdit *m_author;
    QPlainTextEdit *m_text;
    QCheckBox *m_hasPercent;
    QSpinBox *m_percent;
};

class StatusDialog final : public ItemDialog
{
    Q_OBJECT

public:
    StatusDialog(Workspace *workspace, qint64 actionId, QWidget *parent = nullptr);

    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *reasonEdit() const { return m_reason; }
    // What the rules say of the status chosen now: empty when it may be chosen.
    QString refusal() const;

private:
    void updateRefusal();

    Workspace *m_workspace;
    qint64 m_actionId;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QLabel *m_refusal;
};

class ImpactDialog final : public ItemDialog
{
    Q_OBJECT

public:
    ImpactDialog(Workspace *workspace, qint64 actionId, QWidget *parent = nullptr);

    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QComboBox *indicatorCombo() const { return m_indicator; }
    QLineEdit *acceptedByEdit() const { return m_acceptedBy; }

private:
    QPlainTextEdit *m_evidence;
    QComboBox *m_indicator;
    QLineEdit *m_acceptedBy;
    QDateEdit *m_acceptedOn;
};

} // namespace assure
