// The Audit programme page: a financial year's programme as a table of occurrences or as a
// month-by-month calendar of entries (remembered), filtered by category and status, with the
// year's counts above. Entries are added, edited and deleted here; an occurrence is planned as an
// audit, marked done, moved, skipped with a reason or reopened (buttons, context menu, keys), each
// one undo step; one linked to an audit opens it on the Audits page.
#pragma once

#include "gui/audits/occurrencedialogs.h"
#include "gui/page.h"

#include <memory>

class QAction;
class QTableView;

namespace Ui {
class ProgrammePageForm;
}

namespace assure {

class ProgrammeCalendarModel;
class ProgrammeModel;
class SearchProxyModel;

class ProgrammePage final : public Page
{
    Q_OBJECT

public:
    ProgrammePage(Workspace *workspace, QWidget *parent = nullptr);
    ~ProgrammePage() override;

    QString pageId() const override { return QStringLiteral("programme"); }
    QString title() const override { return tr("Audit programme"); }
    QStringList views() const override { return {QStringLiteral("table"), QStringLiteral("calendar")}; }
    void showView(const QString &view) override;
    bool openLink(const QUrl &link) override;
    void useSettings(Settings *settings) override;

    Ui::ProgrammePageForm *form() const { return m_ui.get(); }
    ProgrammeModel *tableModel() const { return m_table; }
    ProgrammeCalendarModel *calendarModel() const { return m_calendar; }
    QTableView *tableView() const;
    QTableView *calendarView() const;
    // The day statuses are read on (today unless told otherwise) and the year shown.
    void setAsOf(const QDate &day);
    void selectYear(int startYear);
    // The occurrence chosen in the view shown; entryId 0 when none.
    OccurrenceKey currentOccurrence() const;
    QString countsText() const;
    // The occurrence actions as the context menu offers them.
    QList<QAction *> occurrenceActions() const;

private:
    void refillYears();
    void showYear();
    void setCalendarShown(bool calendar);
    void applyFilters();
    void showCounts();
    void updateActions();
    qint64 currentEntryId() const;
    qint64 currentAuditId() const;
    QModelIndex currentSource() const;

    void addEntry();
    void editEntry();
    void deleteEntry();
    void planAudit();
    void openAudit();
    void markDone();
    void move();
    void skip();
    void reopen();
    void activated();
    void showRejected(const QString &message);

    std::unique_ptr<Ui::ProgrammePageForm> m_ui;
    Workspace *m_workspace;
    Settings *m_settings = nullptr;
    ProgrammeModel *m_table;
    ProgrammeCalendarModel *m_calendar;
    SearchProxyModel *m_tableProxy;
    SearchProxyModel *m_calendarProxy;
    QAction *m_plan, *m_open, *m_done, *m_move, *m_skip, *m_reopen;
};

} // namespace assure
