// assure-bench: the complaints log on the large demo, through the Complaints page and assure-cli voices.
#include "complaintsbench.h"

#include "cli/sections/complaintsection.h"
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/voices/complaintspage.h"
#include "timing.h"
#include "workspace/settings.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/complaintyear.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>

#include <memory>

namespace assure {

namespace {

constexpr double kFilterUnderMs = 50.0;
constexpr double kVoicesUnderMs = 200.0;

} // namespace

bool timeComplaints(const QString &path, const QString &workDir, int runs, ComplaintsTimings *out, QString *error)
{
    Settings settings(workDir + QStringLiteral("/complaints.ini"));
    auto window = std::make_unique<MainWindow>(&settings);
    if (!window->openFile(path)) {
        *error = QStringLiteral("the main window did not open %1").arg(path);
        return false;
    }
    auto *page = qobject_cast<ComplaintsPage *>(window->page(QStringLiteral("complaints")));
    if (!page) {
        *error = QStringLiteral("the main window has no Complaints page");
        return false;
    }
    window->showPage(QStringLiteral("complaints"));
    window->show();
    QApplication::processEvents();
    const Workspace &ws = *window->workspace();
    out->entries = ws.items<Complaint>().size();
    if (out->entries < 20000) {
        *error = QStringLiteral("the board holds %1 complaints, not 20,000").arg(out->entries);
        return false;
    }
    // The demo's year: the one its newest entry was received in.
    QDate newest;
    for (const Complaint &c : ws.items<Complaint>())
        newest = std::max(newest, c.received);
    const int fyStart = ws.board().fyStartMonth;
    const int startYear = newest.month() >= fyStart ? newest.year() : newest.year() - 1;

    QTableView *view = page->table()->view();
    // One choice timed, as the Audits page's status: the late ones, of every kind.
    const int lateIndex = page->timelinessFilter()->findData(int(Timeliness::Late));
    for (int i = 0; i < runs; ++i) {
        page->timelinessFilter()->setCurrentIndex(0);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        page->timelinessFilter()->setCurrentIndex(lateIndex);
        view->viewport()->repaint();
        out->filter.push_back(msSince(t));
        out->shown = view->model()->rowCount();
    }
    page->timelinessFilter()->setCurrentIndex(0);
    const QString reference = ws.items<Complaint>().at(ws.items<Complaint>().size() / 2).reference;
    for (int i = 0; i < runs; ++i) {
        page->table()->searchEdit()->clear();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        page->table()->searchEdit()->setText(reference);
        view->viewport()->repaint();
        out->search.push_back(msSince(t));
        if (view->model()->rowCount() != 1) {
            *error = QStringLiteral("the search for %1 found %2 rows").arg(reference).arg(view->model()->rowCount());
            return false;
        }
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const QJsonValue section = complaintsSection(ws, startYear, newest);
        out->voices.push_back(msSince(t));
        if (section.toObject().value(QStringLiteral("received")).toInt() == 0) {
            *error = QStringLiteral("the voices section counts nothing for %1").arg(startYear);
            return false;
        }
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const ComplaintYear y = complaintYear(ws, startYear, newest);
        out->year.push_back(msSince(t));
        if (y.total.received == 0) {
            *error = QStringLiteral("the year's figures count nothing");
            return false;
        }
    }
    return true;
}

JsonObject complaintsTimingsJson(const ComplaintsTimings &t)
{
    JsonObject timings;
    timings.addObject("page_filter", statsJson(t.filter))
        .addObject("page_search", statsJson(t.search))
        .addObject("voices_complaints_year", statsJson(t.voices))
        .addObject("figures_year", statsJson(t.year));
    JsonObject targets;
    targets.addNumber("page_filter_under_ms", kFilterUnderMs, 0).addNumber("voices_under_ms", kVoicesUnderMs, 0);
    JsonObject met;
    met.addBool("page_filter", median(t.filter) < kFilterUnderMs && median(t.search) < kFilterUnderMs)
        .addBool("voices", median(t.voices) < kVoicesUnderMs);
    JsonObject out;
    out.addInt("entries", t.entries)
        .addInt("shown_after_filter", t.shown)
        .addObject("timings_ms", timings)
        .addObject("targets", targets)
        .addObject("met", met);
    return out;
}

} // namespace assure
