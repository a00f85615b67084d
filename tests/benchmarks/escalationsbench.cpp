// assure-bench: the escalation log on the large demo.
#include "escalationsbench.h"

#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/voices/escalationspage.h"
#include "models/searchproxymodel.h"
#include "timing.h"
#include "workspace/settings.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/voices/escalationtrends.h"
#include "workspace/voices/escalationyear.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

#include <memory>

namespace assure {

namespace {

constexpr double kFilterUnderMs = 50.0;
constexpr int kAtLeast = 20000;

} // namespace

bool timeEscalations(const QString &path, const QString &workDir, int runs, EscalationsTimings *out, QString *error)
{
    Settings settings(workDir + QStringLiteral("/escalations.ini"));
    auto window = std::make_unique<MainWindow>(&settings);
    if (!window->openFile(path)) {
        *error = QStringLiteral("the main window did not open %1").arg(path);
        return false;
    }
    window->show();
    window->showPage(QStringLiteral("escalations"));
    QApplication::processEvents();
    auto *page = qobject_cast<EscalationsPage *>(window->page(QStringLiteral("escalations")));
    const Workspace &ws = *window->workspace();
    out->escalations = ws.items<Escalation>().size();
    if (!page || out->escalations < kAtLeast) {
        *error = QStringLiteral("the board has no Escalations page or fewer than %1 escalations (%2)")
                     .arg(kAtLeast)
                     .arg(out->escalations);
        return false;
    }
    const QDate asOf = QDate::currentDate();
    const int year = Period::containing(asOf, Period::Kind::Year, ws.board().fyStartMonth).financialYear();
    QTableView *view = page->table()->view();
    for (int i = 0; i < runs; ++i) {
        page->levelFilter()->setCurrentIndex(0);
        page->table()->searchEdit()->clear();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        // Level 2, and an agency's name typed into the search.
        page->levelFilter()->setCurrentIndex(2);
        page->table()->searchEdit()->setText(QStringLiteral("police"));
        view->repaint();
        out->filter.push_back(msSince(t));
        out->rowsMatched = page->table()->proxy()->rowCount();
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const EscalationTally tally = escalationYear(ws, year, asOf);
        out->year.push_back(msSince(t));
        out->raisedInYear = tally.raised();
        t.start();
        const EscalationTrends trends = escalationTrends(ws, year, asOf);
        out->trends.push_back(msSince(t));
        if (trends.byReason.isEmpty()) {
            *error = QStringLiteral("the year's trends name no reasons");
            return false;
        }
    }
    if (out->rowsMatched <= 0) {
        *error = QStringLiteral("filtering the escalations matched none");
        return false;
    }
    return true;
}

JsonObject escalationsTimingsJson(const EscalationsTimings &t)
{
    JsonObject filter = statsJson(t.filter);
    filter.addInt("escalations", t.escalations).addInt("rows_matched", t.rowsMatched);
    JsonObject year = statsJson(t.year);
    year.addInt("raised_in_year", t.raisedInYear);
    JsonObject out;
    out.addObject("filter", filter)
        .addObject("voices_year", year)
        .addObject("trends_year", statsJson(t.trends))
        .addNumber("filter_under_ms", kFilterUnderMs, 0)
        .addBool("filter_met", median(t.filter) < kFilterUnderMs);
    return out;
}

} // namespace assure
