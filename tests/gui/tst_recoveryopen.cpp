// The desktop app's doors on a board a crash left with a journal: Open and Open Read-Only roll the change back, open
// the board as it was last saved and say so in the status bar; the restore list's quick look does the same for a
// backup.
#include "gui/filesafety/restoredialog.h"
#include "gui/mainwindow.h"
#include "storage/filesafety/backupstore.h"
#include "testsupport/hotjournal.h"
#include "testsupport/modal.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/workspace.h"

#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace assure;
using assure::test::saveShot;
using assure::test::whenModal;

namespace {

const QString kRolledBack =
    QStringLiteral("An interrupted change was rolled back; everything saved before it is intact.");

} // namespace

class TestRecoveryOpen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openRollsBack_data();
    void openRollsBack();
    void restoreListLooksAtAHalfWrittenBackup();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_board;
    QString m_boardName;
};

void TestRecoveryOpen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(m_dir->filePath(QStringLiteral("backups"))));
    m_board = m_dir->filePath(QStringLiteral("Westmere.assure"));
    QString error;
    QVERIFY2(writeDemoBoard(m_board, DemoOptions{}, &error), qPrintable(error));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1100, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRecoveryOpen::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestRecoveryOpen::openRollsBack_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("Open") << false;
    QTest::newRow("Open Read-Only") << true;
}

void TestRecoveryOpen::openRollsBack()
{
    QFETCH(bool, readOnly);
    const QString copy = m_dir->filePath(QStringLiteral("Crashed.assure"));
    QVERIFY(test::copyMidTransaction(m_board, copy));
    QVERIFY(m_window->openFile(copy, readOnly ? BoardFile::Mode::ReadOnly : BoardFile::Mode::ReadWrite));
    Workspace *ws = m_window->workspace();
    QVERIFY(ws);
    QCOMPARE(ws->isReadOnly(), readOnly);
    QVERIFY(ws->board().name.startsWith(QStringLiteral("Westmere")));
    QCOMPARE(m_window->statusBar()->currentMessage(), kRolledBack);
    QVERIFY(!QFile::exists(copy + QStringLiteral("-journal")));
    saveShot(m_window.get(), readOnly ? QStringLiteral("recovered-read-only") : QStringLiteral("recovered-open"));
}

void TestRecoveryOpen::restoreListLooksAtAHalfWrittenBackup()
{
    QVERIFY(m_window->openFile(m_board));
    const QString folder = BackupStore().folderFor(m_board, m_window->workspace()->board().name);
    QVERIFY(QDir().mkpath(folder));
    const QString backup = QDir(folder).filePath(QStringLiteral("2026-11-30T090000.000Z-timed.assure"));
    QVERIFY(test::copyMidTransaction(m_board, backup));
    QString contents;
    QString tip;
    whenModal<RestoreDialog>([&](RestoreDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == backup) {
                contents = list->topLevelItem(i)->text(2);
                tip = list->topLevelItem(i)->toolTip(2);
            }
        }
        dialog->reject();
    });
    for (QAction *a : m_window->menuBar()->actions().constFirst()->menu()->actions())
        if (a->text() == QStringLiteral("Restore from &Backup…"))
            a->trigger();
    QVERIFY2(contents.contains(QStringLiteral(" agencies, ")), qPrintable(contents));
    QVERIFY2(tip.contains(kRolledBack), qPrintable(tip));
    QVERIFY(!QFile::exists(backup + QStringLiteral("-journal")));
}

QTEST_MAIN(TestRecoveryOpen)
#include "tst_recoveryopen.moc"
