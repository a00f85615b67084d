// Issue 18's attendance target on the large demo.
#include "meetingsbench.h"

#include "gui/mainwindow.h"
#include "gui/meetings/meetingspage.h"
#include "timing.h"
#include "workspace/meetings/attendanceyear.h"
#include "workspace/meetings/meetingkinds.h"
#include "workspace/settings.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTableView>

#include <memory>

namespace assure {

namespace {

constexpr double kAttendanceUnderMs = 100.0;

} // namespace

bool timeMeetings(const QString &path, const QString &workDir, int runs, MeetingsSamples *s, QString *error)
{
    Settings settings(workDir + QStringLiteral("/meetings.ini"));
    auto window = std::make_unique<MainWindow>(&settings);
    if (!window->openFile(path)) {
        *error = QStringLiteral("the main window did not open %1").arg(path);
        return false;
    }
    window->show();
    window->showPage(QStringLiteral("meetings"));
    QApplication::processEvents();
    auto *page = qobject_cast<MeetingsPage *>(window->page(QStringLiteral("meetings")));
    const Workspace &ws = *window->workspace();
    // The last whole financial year of meetings: the one before the year the demo is dated in.
    int latest = 0;
    for (const Meeting &m : ws.items<Meeting>())
        latest = std::max(latest, m.date.month() >= ws.board().fyStartMonth ? m.date.year() : m.date.year() - 1);
    const int year = latest - 1;
    const AttendanceYear sample = gatherAttendance(ws, year, {});
    s->meetings = sample.meetingsHeld;
    s->agencies = int(sample.agencies.size());
    s->records = ws.items<Attendance>().size();
    if (!page || s->meetings < 400 || s->agencies < 150) {
        *error = QStringLiteral("the board has no Meetings page or too few meetings (%1) or agencies (%2) in a year")
                     .arg(s->meetings)
                     .arg(s->agencies);
        return false;
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const AttendanceYear gathered = gatherAttendance(ws, year, {});
        s->gather.push_back(msSince(t));
        if (gathered.agencies.size() != sample.agencies.size()) {
            *error = QStringLiteral("the year's attendance changed between runs");
            return false;
        }
    }
    page->showView(QStringLiteral("attendance"));
    QComboBox *years = page->yearCombo();
    const int index = years->findData(year);
    for (int i = 0; i < runs; ++i) {
        // Away to another year and back, so each run gathers and fills the tables anew.
        years->setCurrentIndex(index == 0 ? 1 : 0);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        years->setCurrentIndex(index);
        page->agencyRates()->repaint();
        page->memberRates()->repaint();
        s->page.push_back(msSince(t));
        if (page->agencyRates()->model()->rowCount() != s->agencies) {
            *error = QStringLiteral("the Attendance tab shows %1 agencies, not %2")
                         .arg(page->agencyRates()->model()->rowCount())
                         .arg(s->agencies);
            return false;
        }
    }
    return true;
}

void addMeetingsFigures(const MeetingsSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject gather = statsJson(s.gather);
    gather.addInt("meetings", s.meetings).addInt("agencies", s.agencies).addInt("attendance_records", s.records);
    timings.addObject("attendance_year", gather).addObject("attendance_page", statsJson(s.page));
    targets.addNumber("attendance_page_under_ms", kAttendanceUnderMs, 0);
    met.addBool("attendance_page", median(s.page) < kAttendanceUnderMs);
}

} // namespace assure
