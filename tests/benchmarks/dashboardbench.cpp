// Issue 17's dashboard target: the large demo's dashboard shown for a period.
#include "dashboardbench.h"

#include "gui/dashboard/dashboardpage.h"
#include "gui/mainwindow.h"
#include "timing.h"
#include "workspace/settings.h"

#include <QApplication>
#include <QElapsedTimer>

#include <memory>

namespace assure {

namespace {

constexpr double kPeriodShownUnderMs = 200.0;

} // namespace

bool timeDashboard(const QString &path, const QString &workDir, int runs, DashboardSamples *s, QString *error)
{
    for (int i = 0; i < runs; ++i) {
        Settings settings(workDir + QStringLiteral("/dashboard-%1.ini").arg(i));
        QElapsedTimer t;
        t.start();
        auto window = std::make_unique<MainWindow>(&settings);
        if (!window->openFile(path)) {
            *error = QStringLiteral("the main window did not open %1").arg(path);
            return false;
        }
        window->show();
        QApplication::processEvents();
        s->openShown.push_back(msSince(t));
        auto *page = qobject_cast<DashboardPage *>(window->page(QStringLiteral("dashboard")));
        if (!page || !page->isVisible()) {
            *error = QStringLiteral("the main window did not open on its dashboard");
            return false;
        }
        s->indicators = int(page->review().reviews.size());
        t.start();
        page->setPeriod(page->period().previous());
        QApplication::processEvents();
        s->periodShown.push_back(msSince(t));
        window->close();
        window.reset();
        QApplication::processEvents();
    }
    return true;
}

void addDashboardFigures(const DashboardSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject period = statsJson(s.periodShown);
    period.addInt("indicators", s.indicators);
    timings.addObject("dashboard_period_shown", period).addObject("dashboard_open_shown", statsJson(s.openShown));
    targets.addNumber("dashboard_period_shown_under_ms", kPeriodShownUnderMs, 0);
    met.addBool("dashboard_period_shown", median(s.periodShown) < kPeriodShownUnderMs);
}

} // namespace assure
