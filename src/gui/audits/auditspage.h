// The Audits page: the board's audits and reviews, filtered by type, status, financial year and
// agency and searched, beside the chosen audit's tabs: Details, and Findings and recommendations.
// More tabs plug in through addAuditTab.
#pragma once

#include "gui/page.h"

#include <memory>

class QPushButton;
class QTabWidget;

namespace Ui {
class AuditsPageForm;
}

namespace assure {

class AuditDetailsPanel;
class AuditListModel;
class EntityTablePanel;
class FindingsPanel;

class AuditsPage final : public Page
{
    Q_OBJECT

public:
    AuditsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~AuditsPage() override;

    QString pageId() const override { return QStringLiteral("audits"); }
    QString title() const override { return tr("Audits"); }
    QStringList views() const override { return {QStringLiteral("findings")}; }
    void showView(const QString &view) override;
    void focusSearch() override;
    bool openLink(const QUrl &link) override;

    // A tab of the chosen audit: the panel must have a slot setAudit(qint64), called with the
    // audit chosen (0: none) now and whenever the choice changes; a signal linkRequested(QUrl) or
    // statusMessage(QString) of the panel, when it has one, reaches the main window. The tab goes at
    // index (after Details: 1), or last when index is out of range.
    void addAuditTab(QWidget *panel, const QString &title, int index = -1);

    EntityTablePanel *table() const { return m_table; }
    AuditListModel *model() const { return m_model; }
    Ui::AuditsPageForm *form() const { return m_ui.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    AuditDetailsPanel *details() const { return m_details; }
    FindingsPanel *findings() const { return m_findings; }
    // The audit the tabs are on: 0 for none.
    qint64 shownAuditId() const { return m_shownId; }
    QString auditTitle() const;
    void selectAudit(qint64 id);

private:
    void layOutTable();
    void refillFilters();
    void clearFilters();
    void applyFilters();
    void showAudit(qint64 id);
    void addAudit();
    void removeAudit(qint64 id);
    void showRejected(const QString &message);

    std::unique_ptr<Ui::AuditsPageForm> m_ui;
    Workspace *m_workspace;
    AuditListModel *m_model;
    EntityTablePanel *m_table = nullptr;
    QPushButton *m_sampleButton = nullptr;
    QList<int> m_listSizes; // the list's and the tabs' widths before a wide tab took the room
    QTabWidget *m_tabs;
    AuditDetailsPanel *m_details;
    FindingsPanel *m_findings;
    QList<QWidget *> m_panels; // every tab's panel, told the audit chosen
    qint64 m_shownId = 0;
};

} // namespace assure
