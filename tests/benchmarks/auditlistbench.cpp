// Issue 15's audit list target: the large demo's audit list filtered on the Audits page.
#include "auditlistbench.h"

#include "core/audits/audit.h"
#include "gui/audits/auditspage.h"
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "models/searchproxymodel.h"
#include "timing.h"
#include "ui_auditspageform.h"
#include "workspace/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>

#include <memory>

namespace assure {

namespace {

constexpr double kFilterUnderMs = 50.0;

// Chooses the combo's item as a user does: the page listens to activated.
void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

bool timeAudits(const QString &path, const QString &workDir, int runs, AuditSamples *s, QString *error)
{
    // The user is on the Audits page of a window that is already up; only the filtering is timed.
    Settings settings(workDir + QStringLiteral("/audits.ini"));
    auto window = std::make_unique<MainWindow>(&settings);
    if (!window->openFile(path)) {
        *error = QStringLiteral("the main window did not open %1").arg(path);
        return false;
    }
    auto *page = qobject_cast<AuditsPage *>(window->page(QStringLiteral("audits")));
    if (!page) {
        *error = QStringLiteral("the main window has no Audits page");
        return false;
    }
    window->showPage(QStringLiteral("audits"));
    window->show();
    QApplication::processEvents();
    SearchProxyModel *proxy = page->table()->proxy();
    s->audits = proxy->rowCount();
    QComboBox *status = page->form()->statusFilter;
    const int inProgress = status->findData(int(AuditStatus::InProgress));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        choose(status, inProgress);
        QApplication::processEvents();
        s->filterStatus.push_back(msSince(t));
        s->matchedStatus = proxy->rowCount();

        t.start();
        page->table()->searchEdit()->setText(QStringLiteral("missing"));
        QApplication::processEvents();
        s->filterSearch.push_back(msSince(t));
        s->matchedSearch = proxy->rowCount();

        page->table()->searchEdit()->clear();
        choose(status, 0);
        QApplication::processEvents();
        if (proxy->rowCount() != s->audits) {
            *error = QStringLiteral("clearing the filters did not bring every audit back");
            return false;
        }
    }
    // A filter that hides nothing, or a search that leaves nothing to paint, would time too little.
    if (s->matchedStatus == 0 || s->matchedStatus == s->audits)
        *error = QStringLiteral("the status filter matched %1 of %2 audits").arg(s->matchedStatus).arg(s->audits);
    else if (s->matchedSearch == 0)
        *error = QStringLiteral("the search matched none of the %1 audits in progress").arg(s->matchedStatus);
    window->close();
    window.reset();
    QApplication::processEvents();
    return error->isEmpty();
}

void addAuditFigures(const AuditSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject status = statsJson(s.filterStatus);
    status.addInt("audits", s.audits).addInt("rows_matched", s.matchedStatus);
    JsonObject search = statsJson(s.filterSearch);
    search.addInt("rows_matched", s.matchedSearch);
    timings.addObject("audits_filter_status", status).addObject("audits_filter_search", search);
    targets.addNumber("audits_filter_under_ms", kFilterUnderMs, 0);
    met.addBool("audits_filter_status", median(s.filterStatus) < kFilterUnderMs)
        .addBool("audits_filter_search", median(s.filterSearch) < kFilterUnderMs);
}

} // namespace assure
