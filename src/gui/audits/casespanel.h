// An audit's cases beside the case audit form: the cases with their grades and where moderation
// stands, the form for the chosen one, the share drawn for a second auditor and the agreement
// between the auditors. A tab of the Audits page (setAudit); made with (Workspace *, parent).
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace assure {

class AuditCaseProxy;
class CaseEdits;
class CaseForm;
class CaseModel;
class Workspace;

class CasesPanel final : public QWidget
{
    Q_OBJECT

public:
    CasesPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~CasesPanel() override;

public Q_SLOTS:
    // The Audits page calls it by name (addAuditTab).
    void setAudit(qint64 auditId);

public:
    qint64 auditId() const { return m_auditId; }
    // The case the form shows; 0 for none.
    qint64 shownCaseId() const { return m_shownId; }

    QTableView *table() const { return m_table; }
    CaseForm *form() const { return m_form; }
    QSpinBox *moderationShare() const { return m_share; }
    // What the panel says about the agreement between the auditors, and the last save's refusal.
    QString agreementText() const;
    QString messageText() const;

private:
    void showCase(qint64 caseId);
    void save();
    void redraw();
    void refresh();
    void selectCase(qint64 caseId);
    qint64 nextUngraded(qint64 after) const;

    Workspace *m_ws;
    std::unique_ptr<CaseEdits> m_edits;
    CaseModel *m_model;
    AuditCaseProxy *m_proxy;
    QTableView *m_table;
    CaseForm *m_form;
    QSpinBox *m_share;
    QLabel *m_agreement;
    QLabel *m_tool;
    QLabel *m_message;
    qint64 m_auditId = 0;
    qint64 m_shownId = 0;
};

} // namespace assure
