// The Findings and recommendations tab of the Audits page: an audit's findings grouped by kind, good
// practice with its own heading and count beside the shortfalls, and its recommendations with the
// progress rolled up from the actions that answer them (core/audits/recommendationprogress.h),
// those actions listed under each. Add, edit and delete, and "Create action" from either.
#pragma once

#include "core/audits/audit.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace assure {

class Workspace;

class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(Workspace *workspace, QWidget *parent = nullptr);

    qint64 auditId() const { return m_auditId; }
    // The day overdue is judged on: today unless told otherwise.
    void setAsOf(const QDate &day);
    QTreeWidget *findingsTree() const { return m_findings; }
    QTreeWidget *recommendationsTree() const { return m_recommendations; }
    // The heading shown for a kind of finding: "Good practice (2)".
    QString headingOf(FindingKind kind) const;

    // The buttons, on the selected finding or recommendation.
    void addFinding();
    void addRecommendation();
    void createAction();

public Q_SLOTS:
    void setAudit(qint64 id);

Q_SIGNALS:
    void linkRequested(const QUrl &link);
    void rejected(const QString &message);

private:
    void refresh();
    void fillFindings();
    void fillRecommendations();
    void updateButtons();
    void editSelected();
    void deleteSelected();
    void openAction(QTreeWidgetItem *item);
    // The finding or recommendation the user is on in the tree last clicked: its kind ("finding",
    // "recommendation") and id; an action under a recommendation counts as its recommendation.
    std::pair<QString, qint64> selected() const;

    Workspace *m_workspace;
    qint64 m_auditId = 0;
    QDate m_asOf;
    QTreeWidget *m_findings;
    QTreeWidget *m_recommendations;
    QTreeWidget *m_lastTree = nullptr; // the tree whose selection the buttons act on
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_createActionButton;
    QPushButton *m_openActionButton;
    QPushButton *m_addFindingButton;
    QPushButton *m_addRecommendationButton;
    QLabel *m_fullText; // the selected line in full: a narrow tree cuts long words short
};

} // namespace assure
