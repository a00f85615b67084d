// The Details tab of the Audits page (form: ui/auditdetailspanel.ui): one audit's fields, the
// agencies it involves, what it repeats and the programme occurrence it fulfils, with the fields of
// its type shown only for that type; Save writes them as one undo step, Revert shows what is saved.
#pragma once

#include "core/audits/audit.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class AuditDetailsPanel;
}

namespace assure {

class Workspace;

class AuditDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDetailsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~AuditDetailsPanel() override;

    Ui::AuditDetailsPanel *form() const { return m_ui.get(); }
    qint64 auditId() const { return m_shown.id; }
    // The audit and its agencies as the form now holds them.
    Audit audit() const;
    QList<qint64> checkedAgencies() const;
    // Something typed differs from what is saved.
    bool isModified() const;
    // Why the last Save was refused; empty after a save that worked.
    QString problem() const;

public Q_SLOTS:
    // Shows the audit with this id (0: none), as it is saved.
    void setAudit(qint64 id);
    void save();
    void revert();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refillChoices();
    void load(const Audit &audit, const QList<qint64> &agencies);
    void followType();
    void updateButtons();
    void storedChanged();

    std::unique_ptr<Ui::AuditDetailsPanel> m_ui;
    Workspace *m_workspace;
    Audit m_shown; // as loaded into the form; id 0: no audit shown
    QList<qint64> m_shownAgencies;
    bool m_loading = false;
};

} // namespace assure
