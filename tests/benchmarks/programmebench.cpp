// assure-bench: the audit programme's models on the large demo, through the Audit programme page.
#include "programmebench.h"

#include "core/audits/programme.h"
#include "gui/audits/programmepage.h"
#include "gui/mainwindow.h"
#include "models/audits/programmemodel.h"
#include "models/audits/programmeyear.h"
#include "timing.h"
#include "ui_programmepageform.h"
#include "workspace/settings.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QRadioButton>
#include <QTableView>

#include <memory>

namespace assure {

namespace {

// The demo's own day: its programme's statuses are read on it.
const QDate kAsOf(2026, 11, 22);

// Chooses the combo's item as a user does: the page listens to activated.
void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

bool timeProgramme(const QString &path, const QString &workDir, int runs, ProgrammeTimings *out, QString *error)
{
    Settings settings(workDir + QStringLiteral("/programme.ini"));
    auto window = std::make_unique<MainWindow>(&settings);
    if (!window->openFile(path)) {
        *error = QStringLiteral("the main window did not open %1").arg(path);
        return false;
    }
    auto *page = qobject_cast<ProgrammePage *>(window->page(QStringLiteral("programme")));
    if (!page) {
        *error = QStringLiteral("the main window has no Audit programme page");
        return false;
    }
    window->showPage(QStringLiteral("programme"));
    window->show();
    page->setAsOf(kAsOf);
    page->showView(QStringLiteral("table"));
    QApplication::processEvents();
    const Workspace &ws = *window->workspace();
    const QList<int> years = ProgrammeYear::yearsOffered(ws, kAsOf);
    QComboBox *yearChooser = page->form()->yearChooser;
    QComboBox *statusFilter = page->form()->statusFilter;
    const int thisYear = yearChooser->findData(2026);
    const int overdue = statusFilter->findData(int(OccurrenceStatus::Overdue));
    if (years.size() < 2 || thisYear < 0 || overdue < 0) {
        *error = QStringLiteral("the board's programme offers %1 years, none of them 2026/27").arg(years.size());
        return false;
    }
    const int otherYear = thisYear == 0 ? 1 : thisYear - 1;

    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const ProgrammeYear year(ws, 2026, kAsOf);
        out->gather.push_back(msSince(t));
        out->entries = int(year.entries().size());
        out->occurrences = int(year.rows().size());
        out->overdue = year.counts()[size_t(OccurrenceStatus::Overdue)];

        // From another year to this one: both models gather it and the table is painted.
        choose(yearChooser, otherYear);
        QApplication::processEvents();
        t.start();
        choose(yearChooser, thisYear);
        QApplication::processEvents();
        out->year.push_back(msSince(t));
        if (page->tableModel()->rowCount() != out->occurrences) {
            *error = QStringLiteral("the page shows %1 occurrences of the %2 gathered")
                         .arg(page->tableModel()->rowCount())
                         .arg(out->occurrences);
            return false;
        }

        t.start();
        page->form()->calendarButton->click();
        QApplication::processEvents();
        out->calendar.push_back(msSince(t));
        page->form()->tableButton->click();
        QApplication::processEvents();

        t.start();
        choose(statusFilter, overdue);
        QApplication::processEvents();
        out->status.push_back(msSince(t));
        const int shown = page->tableView()->model()->rowCount();
        choose(statusFilter, 0);
        QApplication::processEvents();
        if (shown != out->overdue) {
            *error = QStringLiteral("the Overdue filter shows %1 rows of the %2 overdue").arg(shown).arg(out->overdue);
            return false;
        }
    }
    window->close();
    window.reset();
    QApplication::processEvents();
    return true;
}

JsonObject programmeTimingsJson(const ProgrammeTimings &t)
{
    JsonObject timings;
    timings.addObject("year_gathered", statsJson(t.gather))
        .addObject("page_year_shown", statsJson(t.year))
        .addObject("page_calendar_shown", statsJson(t.calendar))
        .addObject("page_status_filtered", statsJson(t.status));
    JsonObject out;
    out.addInt("entries", t.entries)
        .addInt("occurrences", t.occurrences)
        .addInt("overdue", t.overdue)
        .addObject("timings_ms", timings);
    return out;
}

} // namespace assure
