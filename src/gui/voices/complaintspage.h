// The Complaints page (issue 19, part 2): the log of complaints, compliments and comments as a
// table with search and filters (kind, agency, outcome, timeliness), the chosen entry's learning
// and actions, and a Figures tab with the year's and quarters' figures.
#pragma once

#include "gui/page.h"

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace assure {

class ComplaintFiguresView;
class ComplaintModel;
class EntityTablePanel;

class ComplaintsPage final : public Page
{
    Q_OBJECT

public:
    ComplaintsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ComplaintsPage() override;

    QString pageId() const override { return QStringLiteral("complaints"); }
    QString title() const override { return tr("Complaints"); }
    QStringList views() const override;
    void showView(const QString &view) override;
    void focusSearch() override;
    bool openLink(const QUrl &link) override;
    QList<QAction *> importExportActions() const override { return {m_importAction}; }

    EntityTablePanel *table() const { return m_table; }
    ComplaintModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    ComplaintFiguresView *figures() const { return m_figures; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *agencyFilter() const { return m_agencyFilter; }
    QComboBox *outcomeFilter() const { return m_outcomeFilter; }
    QComboBox *timelinessFilter() const { return m_timelinessFilter; }
    QPushButton *showAllButton() const { return m_showAll; }
    QPushButton *settingsButton() const { return m_settingsButton; }
    // Which entry the detail pane is on (0: none), and what it says, in plain text.
    qint64 shownId() const { return m_shownId; }
    QString detailText() const;
    // The day unanswered entries are judged open or overdue on (the demo's screenshots fix it).
    void setAsOf(const QDate &day);
    // Previews the file and imports what the user accepts (the Import action asks for the file).
    void importFile(const QString &path);

private:
    void fillAgencies();
    void applyFilters();
    bool isFiltered() const;
    void clearFilters();
    void showEntry(qint64 id);
    void addEntry();
    void editEntry(qint64 id);
    void removeEntry(qint64 id);
    void showRejected(const QString &message);

    Workspace *m_workspace;
    ComplaintModel *m_model;
    EntityTablePanel *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    ComplaintFiguresView *m_figures = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_agencyFilter = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QComboBox *m_timelinessFilter = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_detail = nullptr;
    qint64 m_shownId = 0;
};

} // namespace assure
