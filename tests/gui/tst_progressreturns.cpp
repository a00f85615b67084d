// Progress returns from the Actions page: File > Import and Export offers them; a filled pack's
// preview lists every update before anything is written, importing is one undo step; a pack with a
// bad cell shows the problem (SHEET!CELL and value) and cannot be imported. Screenshots of both.
#include "gui/actions/actionspage.h"
#include "gui/actions/exportreturnsdialog.h"
#include "gui/actions/progressreturns.h"
#include "gui/actions/returnspreviewdialog.h"
#include "gui/mainwindow.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/screenshots.h"
#include "testsupport/workbookedit.h"
#include "ui_exportreturnsdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace assure;

namespace {

const QString kActions = QStringLiteral("xl/worksheets/sheet2.xml");

} // namespace

class TestProgressReturns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_demo.window.reset(); }
    void menuOffersThem();
    void exportDialogOffersOwingAgencies();
    void previewListsEveryUpdateAndUndoes();
    void problemsBlockTheImport();

private:
    ActionsPage *page() const { return qobject_cast<ActionsPage *>(m_demo.window->page(QStringLiteral("actions"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    // The pack of the Integrated Care Board, with cells filled in; empty on failure.
    QString filledPack(const QString &name, const QList<QPair<QString, QString>> &cells);

    test::DemoWindow m_demo;
};

void TestProgressReturns::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("actions"));
    QVERIFY(page());
}

QString TestProgressReturns::filledPack(const QString &name, const QList<QPair<QString, QString>> &cells)
{
    qint64 agency = 0;
    for (const Agency &a : workspace()->items<Agency>())
        if (a.name == QLatin1String("Westmere Integrated Care Board"))
            agency = a.id;
    const QString pack = m_demo.dir->filePath(name + QStringLiteral(".xlsx"));
    if (!agency || !page()->progressReturns()->exportPacks(agency, pack))
        return {};
    test::WorkbookEdit book;
    if (!book.read(pack))
        return {};
    for (const auto &[cell, value] : cells) {
        bool number = false;
        value.toInt(&number);
        if (!book.setCell(kActions, cell, value, number))
            return {};
    }
    const QString filled = m_demo.dir->filePath(name + QStringLiteral("-filled.xlsx"));
    return book.write(filled) ? filled : QString();
}

void TestProgressReturns::menuOffersThem()
{
    QStringList texts;
    for (const QAction *a : page()->importExportActions())
        texts << a->text();
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Export progress &returns…"), QStringLiteral("Import progress re&turns…")}));
}

void TestProgressReturns::exportDialogOffersOwingAgencies()
{
    ExportReturnsDialog dialog(*workspace(), QDate(2026, 11, 22), m_demo.window.get());
    QComboBox *agencies = dialog.form()->agencyCombo;
    // Every agency at once first, then the agencies that owe the board an action, by name.
    QCOMPARE(agencies->itemText(0), QStringLiteral("Every agency with open actions (a file each)"));
    QCOMPARE(agencies->count(), 12);
    QCOMPARE(agencies->itemText(1), QStringLiteral("Fenholt Borough Council Housing"));
    QCOMPARE(dialog.agencyId(), 0);
    QCOMPARE(dialog.deadline(), QDate(2026, 12, 20));
    dialog.form()->deadlineCheck->setChecked(false);
    QCOMPARE(dialog.deadline(), QDate());
    QVERIFY(!dialog.form()->deadlineEdit->isEnabled());
    dialog.form()->deadlineCheck->setChecked(true);
    agencies->setCurrentIndex(8);
    QCOMPARE(agencies->currentText(), QStringLiteral("Westmere Integrated Care Board"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(test::saveShot(&dialog, QStringLiteral("progress-returns-export")));
}

void TestProgressReturns::previewListsEveryUpdateAndUndoes()
{
    const QString pack = filledPack(
        QStringLiteral("icb"),
        {{QStringLiteral("I2"), QStringLiteral("Pathway agreed by the ICB board; training starts in January")},
         {QStringLiteral("J2"), QStringLiteral("75")},
         {QStringLiteral("J3"), QStringLiteral("50")},
         {QStringLiteral("K3"), QStringLiteral("Completed")}});
    QVERIFY(!pack.isEmpty());
    const int updatesBefore = static_cast<int>(workspace()->items<ProgressUpdate>().size());
    QString firstRef;
    bool shown = false;
    test::whenModal<ReturnsPreviewDialog>([&](ReturnsPreviewDialog *dialog) {
        QTableWidget *table = dialog->updates();
        QCOMPARE(table->rowCount(), 2);
        firstRef = table->item(0, 0)->text();
        QCOMPARE(table->item(0, 2)->text(),
                 QStringLiteral("Pathway agreed by the ICB board; training starts in January"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("75%"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("In progress → Completed"));
        QVERIFY(dialog->problems().isEmpty());
        QVERIFY(dialog->importButton()->isEnabled());
        // Nothing is written while the preview is up.
        QCOMPARE(static_cast<int>(workspace()->items<ProgressUpdate>().size()), updatesBefore);
        dialog->resize(900, 360);
        QVERIFY(test::saveShot(dialog, QStringLiteral("progress-returns-preview")));
        shown = true;
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    QVERIFY(page()->progressReturns()->importPack(pack));
    QVERIFY(shown);
    QCOMPARE(static_cast<int>(workspace()->items<ProgressUpdate>().size()), updatesBefore + 2);
    const ProgressUpdate &latest = workspace()->items<ProgressUpdate>().items().back();
    QCOMPARE(latest.percent, std::optional<int>(50));
    const ProgressUpdate &first = workspace()->items<ProgressUpdate>().items().at(updatesBefore);
    QCOMPARE(workspace()->items<Action>().find(first.actionId)->ref, firstRef);
    QCOMPARE(workspace()->items<Action>().find(latest.actionId)->status, ActionStatus::Completed);
    // One undo step takes the whole return back.
    workspace()->undoStack()->undo();
    QCOMPARE(static_cast<int>(workspace()->items<ProgressUpdate>().size()), updatesBefore);
    QCOMPARE(workspace()->items<Action>().find(latest.actionId)->status, ActionStatus::InProgress);
}

void TestProgressReturns::problemsBlockTheImport()
{
    const QString pack = filledPack(QStringLiteral("bad"), {{QStringLiteral("I2"), QStringLiteral("Fine")},
                                                            {QStringLiteral("J3"), QStringLiteral("140")},
                                                            {QStringLiteral("K4"), QStringLiteral("Greenish")}});
    QVERIFY(!pack.isEmpty());
    const int updatesBefore = static_cast<int>(workspace()->items<ProgressUpdate>().size());
    bool shown = false;
    test::whenModal<ReturnsPreviewDialog>([&](ReturnsPreviewDialog *dialog) {
        QCOMPARE(dialog->problems(),
                 (QStringList{QStringLiteral("Actions!J3: “140” is not a percentage from 0 to 100 (a whole number)"),
                              QStringLiteral("Actions!K4: “Greenish” is not a status: choose one of Not started, In "
                                             "progress, Completed, Cancelled")}));
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->resize(900, 300);
        QVERIFY(test::saveShot(dialog, QStringLiteral("progress-returns-problems")));
        shown = true;
        dialog->reject();
    });
    QVERIFY(!page()->progressReturns()->importPack(pack));
    QVERIFY(shown);
    QCOMPARE(static_cast<int>(workspace()->items<ProgressUpdate>().size()), updatesBefore);
}

QTEST_MAIN(TestProgressReturns)
#include "tst_progressreturns.moc"
