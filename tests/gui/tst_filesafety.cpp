// The window keeps a board safe: Save a Copy offered when a write fails or the file goes,
// File > Restore from Backup lists and restores, File > Backup Settings keeps its choices.
#include "gui/filesafety/backupsettingsdialog.h"
#include "gui/filesafety/fileguard.h"
#include "gui/filesafety/restoredialog.h"
#include "gui/mainwindow.h"
#include "storage/filesafety/backupsummary.h"
#include "testsupport/faultvfs.h"
#include "testsupport/modal.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/filesafety/backupscheduler.h"
#include "workspace/filesafety/boardfilewatch.h"
#include "workspace/workspace.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace assure;
using assure::test::FaultVfs;
using assure::test::saveShot;
using assure::test::whenModal;

namespace {

QAction *fileAction(QMainWindow *window, const QString &text)
{
    for (QAction *a : window->menuBar()->actions().constFirst()->menu()->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

Agency agency(const QString &name)
{
    Agency a;
    a.name = name;
    return a;
}

} // namespace

class TestFileSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FaultVfs::install(); }
    void init();
    void cleanup();
    void writeFailureOffersSaveACopy();
    void movedFileIsReportedAtOnce();
    void restoreFromBackupToANewFile();
    void backupSettingsAreKept();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestFileSafety::init()
{
    FaultVfs::heal();
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(m_dir->filePath(QStringLiteral("backups"))));
    m_path = m_dir->filePath(QStringLiteral("Westmere.assure"));
    QString error;
    QVERIFY(writeDemoBoard(m_path, DemoOptions{}, &error));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1100, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
}

void TestFileSafety::cleanup()
{
    FaultVfs::heal();
    m_window.reset();
    m_settings.reset();
}

void TestFileSafety::writeFailureOffersSaveACopy()
{
    Workspace *ws = m_window->workspace();
    const int agencies = int(ws->items<Agency>().size());
    const QString copy = m_dir->filePath(QStringLiteral("rescued.assure"));
    QString said;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        saveShot(box, QStringLiteral("fault-disk-full"));
        // The copy is written once the disk has room again (here: elsewhere).
        whenModal<QFileDialog>([&](QFileDialog *dialog) {
            FaultVfs::heal();
            dialog->selectFile(copy);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
        });
        box->findChild<QPushButton *>(QStringLiteral("saveCopyButton"))->click();
    });
    FaultVfs::failAfter(FaultVfs::Fault::DiskFull);
    QVERIFY(!ws->add(agency(QStringLiteral("Harbour NHS Trust"))));
    QVERIFY2(said.contains(QStringLiteral("is full")) && said.contains(QStringLiteral("safe in the file")),
             qPrintable(said));
    QTRY_VERIFY(QFileInfo::exists(copy));
    QCOMPARE(BackupSummary::read(copy).count(QStringLiteral("agency")), agencies);
    QCOMPARE(int(ws->items<Agency>().size()), agencies);
}

void TestFileSafety::movedFileIsReportedAtOnce()
{
    QString said;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        saveShot(box, QStringLiteral("fault-file-moved"));
        box->button(QMessageBox::Close)->click();
    });
    QVERIFY(QFile::rename(m_path, m_dir->filePath(QStringLiteral("Moved.assure"))));
    // The watcher would say so on its own (tst_writefaults); looking now keeps the test in step.
    QVERIFY(m_window->workspace()->findChild<FileGuard *>()->watch()->check());
    QVERIFY2(said.contains(QStringLiteral("moved, renamed or deleted")), qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("save a copy now")));
}

void TestFileSafety::restoreFromBackupToANewFile()
{
    Workspace *ws = m_window->workspace();
    auto *guard = ws->findChild<FileGuard *>();
    QVERIFY(guard);
    const int agencies = int(ws->items<Agency>().size());
    QVERIFY(ws->add(agency(QStringLiteral("Harbour NHS Trust"))));
    QVERIFY(!guard->backups()->backUpNow(BackupStore::kTimed).isEmpty());
    const QString target = m_dir->filePath(QStringLiteral("Restored.assure"));
    int rows = 0;
    QString contents;
    whenModal<RestoreDialog>([&](RestoreDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        rows = list->topLevelItemCount();
        // Newest first: the copy taken while editing, then the one taken on opening.
        list->setCurrentItem(list->topLevelItem(1));
        contents = list->topLevelItem(1)->text(2);
        saveShot(dialog, QStringLiteral("restore-dialog"));
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        dialog->restoreTo(target);
    });
    fileAction(m_window.get(), QStringLiteral("Restore from &Backup…"))->trigger();
    QCOMPARE(rows, 2);
    QVERIFY2(contents.startsWith(QStringLiteral("%1 agencies, ").arg(agencies)), qPrintable(contents));
    // The restored board is open; the original is untouched and still has the later edit.
    QCOMPARE(m_window->workspace()->path(), target);
    QCOMPARE(int(m_window->workspace()->items<Agency>().size()), agencies);
    QCOMPARE(BackupSummary::read(m_path).count(QStringLiteral("agency")), agencies + 1);
}

void TestFileSafety::backupSettingsAreKept()
{
    whenModal<BackupSettingsDialog>([](BackupSettingsDialog *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("intervalSpin"))->setValue(5);
        dialog->findChild<QSpinBox *>(QStringLiteral("keepLastSpin"))->setValue(20);
        dialog->findChild<QSpinBox *>(QStringLiteral("weeksSpin"))->setValue(12);
        saveShot(dialog, QStringLiteral("backup-settings"));
        dialog->accept();
    });
    fileAction(m_window.get(), QStringLiteral("Backup &Settings…"))->trigger();
    QCOMPARE(m_settings->backupIntervalMinutes(), 5);
    QCOMPARE(m_settings->backupPolicy().keepLast, 20);
    QCOMPARE(m_settings->backupPolicy().days, 7);
    QCOMPARE(m_settings->backupPolicy().weeks, 12);
}

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
