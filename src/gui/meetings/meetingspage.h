// The Meetings page (issue 18, part 2): the meetings with an attendance grid for the one chosen,
// the members of the board and its sub-groups, and a year's attendance per agency and per member
// with those below the board's threshold highlighted.
#pragma once

#include "gui/page.h"

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;

namespace assure {

class AttendanceGridModel;
class AttendanceRateModel;
class EntityTablePanel;
class MeetingModel;
class MembershipModel;
class SearchProxyModel;

class MeetingsPage final : public Page
{
    Q_OBJECT

public:
    MeetingsPage(Workspace *workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("meetings"); }
    QString title() const override { return tr("Meetings"); }
    QStringList views() const override;
    void showView(const QString &view) override;
    void focusSearch() override;
    QList<QAction *> importExportActions() const override { return {m_importAction}; }

    EntityTablePanel *meetings() const { return m_meetings; }
    EntityTablePanel *members() const { return m_members; }
    QTableView *grid() const { return m_grid; }
    QLabel *gridTitle() const { return m_gridTitle; }
    QComboBox *yearCombo() const { return m_yearCombo; }
    QTableView *agencyRates() const { return m_agencyRates; }
    QTableView *memberRates() const { return m_memberRates; }
    QLineEdit *memberSearch() const { return m_memberSearch; }
    QLabel *summary() const { return m_summary; }

    // Plans an import of the file and shows its preview; Import writes it (one undo step).
    void importAttendance(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeMeetingsTab();
    QWidget *makeAttendanceTab();
    template <class T, class Dialog>
    EntityTablePanel *panelFor(MembershipModel *, MeetingModel *, T (Dialog::*)() const);
    template <class T, class Dialog> bool runDialog(const T &item, T (Dialog::*edited)() const);
    template <class T> void removeItem(qint64 id);
    void showMeeting(qint64 id);
    void fillYears();
    void refreshRates();
    void showRejected(const QString &message);

    Workspace *m_workspace;
    QTabWidget *m_tabs;
    MeetingModel *m_meetingModel;
    MembershipModel *m_membershipModel;
    AttendanceGridModel *m_gridModel;
    AttendanceRateModel *m_agencyModel;
    AttendanceRateModel *m_memberModel;
    SearchProxyModel *m_gridProxy;
    SearchProxyModel *m_agencyProxy;
    SearchProxyModel *m_memberProxy;
    EntityTablePanel *m_meetings = nullptr;
    EntityTablePanel *m_members = nullptr;
    QGroupBox *m_gridBox = nullptr;
    QLabel *m_gridTitle = nullptr;
    QTableView *m_grid = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_agencyRates = nullptr;
    QTableView *m_memberRates = nullptr;
    QLineEdit *m_memberSearch = nullptr;
    QAction *m_importAction;
    bool m_ratesStale = true;
};

} // namespace assure
