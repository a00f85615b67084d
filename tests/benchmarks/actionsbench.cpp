// Issue 14's action plan targets on the large demo.
#include "actionsbench.h"

#include "gui/actions/actiondialog.h"
#include "gui/actions/actionspage.h"
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "interchange/tablefile.h"
#include "models/actions/actionmodel.h"
#include "models/searchproxymodel.h"
#include "timing.h"
#include "workspace/actions/actionbulk.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actiontransfer.h"
#include "workspace/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QTableView>

#include <memory>

namespace assure {

namespace {

constexpr double kFilterSortUnderMs = 50.0;
constexpr double kOpenEditorUnderMs = 50.0;
constexpr double kBulkUnderMs = 500.0;
constexpr double kImportUnderMs = 1000.0;
constexpr int kBulkActions = 1000;
constexpr int kImportActions = 10000;

// A CSV of new actions as an agency's spreadsheet would give them: by the import's own headers.
bool writeImportCsv(const Workspace &ws, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1 cannot be written").arg(path);
        return false;
    }
    QByteArray csv("title,description,success_measure,agency,lead,start,due,status\n");
    // Leads by name, as a spreadsheet gives them: only the people whose names are theirs alone on
    // the large demo's 4,000 (a shared name is refused as ambiguous, rightly).
    QHash<QString, int> named;
    for (const Person &p : ws.items<Person>())
        ++named[p.name];
    std::vector<const Person *> people;
    for (const Person &p : ws.items<Person>())
        if (named.value(p.name) == 1)
            people.push_back(&p);
    if (people.empty()) {
        *error = QStringLiteral("the board has no person with a name of their own to lead the actions");
        return false;
    }
    for (int i = 0; i < kImportActions; ++i) {
        const Person &lead = *people[size_t(i) % people.size()];
        const Agency *agency = ws.items<Agency>().find(lead.agencyId);
        csv += QStringLiteral("Imported action %1,Audit twenty case files for %1,90% compliant,\"%2\",\"%3\","
                              "2026-04-01,2027-03-%4,in_progress\n")
                   .arg(i)
                   .arg(agency ? agency->name : QString(), lead.name)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return file.write(csv) == csv.size();
}

} // namespace

bool timeActions(const QString &path, const QString &workDir, int runs, ActionsSamples *s, QString *error)
{
    Settings settings(workDir + QStringLiteral("/actions.ini"));
    auto window = std::make_unique<MainWindow>(&settings);
    if (!window->openFile(path)) {
        *error = QStringLiteral("the main window did not open %1").arg(path);
        return false;
    }
    window->show();
    window->showPage(QStringLiteral("actions"));
    QApplication::processEvents();
    auto *page = qobject_cast<ActionsPage *>(window->page(QStringLiteral("actions")));
    Workspace *ws = window->workspace();
    if (!page || ws->items<Action>().size() < kBulkActions) {
        *error = QStringLiteral("the board has no Actions page or fewer than %1 actions").arg(kBulkActions);
        return false;
    }
    s->actions = ws->items<Action>().size();
    s->updates = ws->items<ProgressUpdate>().size();
    const QString csv = workDir + QStringLiteral("/actions-import.csv");
    if (!writeImportCsv(*ws, csv, error))
        return false;

    QTableView *view = page->table()->view();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        page->table()->searchEdit()->setText(QStringLiteral("neglect"));
        view->sortByColumn(ActionModel::Due, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        QApplication::processEvents();
        s->filterSort.push_back(msSince(t));
        s->rowsMatched = page->table()->proxy()->rowCount();
        page->table()->searchEdit()->clear();
        QApplication::processEvents();

        const Action action = ws->items<Action>().at((i * 7919) % ws->items<Action>().size());
        t.start();
        {
            ActionDialog dialog(action, *ws, window.get());
            dialog.show();
            QApplication::processEvents();
            s->openEditor.push_back(msSince(t));
        }

        QList<qint64> ids;
        for (int k = 0; k < kBulkActions; ++k)
            ids.append(ws->items<Action>().at(k * (ws->items<Action>().size() / kBulkActions)).id);
        BulkActionChange change;
        change.due = QDate(2027, 3, 1 + i);
        change.leadPersonId = ws->items<Person>().at(i % ws->items<Person>().size()).id;
        t.start();
        ActionBulkEdits bulk(*ws);
        const BulkActionPlan plan = bulk.plan(ids, change);
        if (!bulk.apply(plan, error))
            return false;
        QApplication::processEvents();
        s->bulk.push_back(msSince(t));
        ws->undoStack()->undo();
        QApplication::processEvents();

        t.start();
        const auto table = readTableFile(csv, error);
        if (!table)
            return false;
        const ActionImportPlan imported = planActionImport(*table, actionImportContext(*ws));
        if (imported.counts.rejected != 0 ||
            ActionEdits(*ws).applyImport(imported, QDate(2026, 11, 22), QStringLiteral("bench"), error) !=
                kImportActions) {
            if (error->isEmpty())
                *error = imported.rejectedLines().join(QLatin1Char('\n')).left(500);
            return false;
        }
        QApplication::processEvents();
        s->import.push_back(msSince(t));
        ws->undoStack()->undo();
        QApplication::processEvents();
    }
    window->close();
    window.reset();
    QApplication::processEvents();
    return true;
}

void addActionsFigures(const ActionsSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject filter = statsJson(s.filterSort);
    filter.addInt("actions", s.actions).addInt("progress_updates", s.updates).addInt("rows_matched", s.rowsMatched);
    timings.addObject("actions_filter_sort", filter)
        .addObject("actions_open_editor", statsJson(s.openEditor))
        .addObject("actions_bulk_change_1000", statsJson(s.bulk))
        .addObject("actions_import_10000", statsJson(s.import));
    targets.addNumber("actions_filter_sort_under_ms", kFilterSortUnderMs, 0)
        .addNumber("actions_open_editor_under_ms", kOpenEditorUnderMs, 0)
        .addNumber("actions_bulk_change_1000_under_ms", kBulkUnderMs, 0)
        .addNumber("actions_import_10000_under_ms", kImportUnderMs, 0);
    met.addBool("actions_filter_sort", median(s.filterSort) < kFilterSortUnderMs)
        .addBool("actions_open_editor", median(s.openEditor) < kOpenEditorUnderMs)
        .addBool("actions_bulk_change_1000", median(s.bulk) < kBulkUnderMs)
        .addBool("actions_import_10000", median(s.import) < kImportUnderMs);
}

} // namespace assure
