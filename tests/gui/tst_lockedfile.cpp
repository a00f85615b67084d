// A board held by another Assure: the window says who holds it, opens read-only with every edit
// disabled, opens read-write once the holder is killed, clears an abandoned lock after a warning,
// and warns about a board in a synced folder.
#include "gui/board/boardpage.h"
#include "gui/entitytablepanel.h"
#include "gui/filesafety/locationbanner.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/mainwindow.h"
#include "storage/filesafety/boardlock.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace assure;
using assure::test::saveShot;

namespace {

// Runs action on the next message box to come up other than notThis, once it is shown. Polls
// without a nested event loop, so one box's action may wait for the box that follows it.
template <class Action> void whenModal(Action action, QWidget *notThis = nullptr)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, action, notThis, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if ((!box || box == notThis || !box->isVisible()) && ++*tries < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (box && box != notThis)
            action(box);
    });
    timer->start(10);
}

QAction *actionWithKey(QWidget *window, QKeySequence::StandardKey key)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcuts().contains(QKeySequence(key)))
            return a;
    return nullptr;
}

} // namespace

class TestLockedFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void heldFileOpensReadOnlyWithEditingOff();
    void abandonedLockIsClearedAfterAWarning();
    void secondAssureWithoutAPersonOpensReadOnly();
    void syncedFolderGetsABanner();

private:
    void startHolder();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QProcess m_holder;
    QString m_path;
};

void TestLockedFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("Westmere.assure"));
    QString error;
    QVERIFY(writeDemoBoard(m_path, DemoOptions{}, &error));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLockedFile::cleanup()
{
    if (m_holder.state() != QProcess::NotRunning) {
        m_holder.kill();
        m_holder.waitForFinished();
    }
    m_window.reset();
    m_settings.reset();
}

// Another Assure, a real process, opens the board for changes.
void TestLockedFile::startHolder()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("holder-config")));
    m_holder.setProcessEnvironment(env);
    m_holder.start(QStringLiteral(ASSURE_BIN_DIR "/assure"),
                   {m_path, QStringLiteral("-platform"), QStringLiteral("offscreen")});
    QVERIFY(m_holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(BoardLock::holder(m_path).pid == m_holder.processId(), 30000);
}

void TestLockedFile::heldFileOpensReadOnlyWithEditingOff()
{
    startHolder();

    // Cancel leaves the window as it was.
    whenModal([](QMessageBox *box) { box->findChild<QPushButton *>(QStringLiteral("cancel"))->click(); });
    QVERIFY(!m_window->openFile(m_path));
    QVERIFY(!m_window->workspace());

    QString said;
    whenModal([&said](QMessageBox *box) {
        said = box->text();
        QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("clearLock"))); // a live holder: no clearing
        QVERIFY(saveShot(box, QStringLiteral("locked-file-prompt")));
        box->findChild<QPushButton *>(QStringLiteral("openReadOnly"))->click();
    });
    QVERIFY(m_window->openFile(m_path));
    const QString holder =
        LockHolder::currentUser() + QStringLiteral(" on this computer (") + QSysInfo::machineHostName();
    QVERIFY2(said.contains(holder) && said.contains(QStringLiteral("today")), qPrintable(said));

    // Read-only, and it says why.
    QVERIFY(m_window->workspace()->isReadOnly());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[read-only]")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(holder), qPrintable(banner->text()));

    // Every edit is off: undo/redo, the board's details, add/delete, cells, the indicators grid.
    QVERIFY(!actionWithKey(m_window.get(), QKeySequence::Undo)->isEnabled());
    QVERIFY(!actionWithKey(m_window.get(), QKeySequence::Redo)->isEnabled());
    m_window->showPage(QStringLiteral("board"));
    auto *board = qobject_cast<BoardPage *>(m_window->page(QStringLiteral("board")));
    for (QGroupBox *details : board->findChildren<QGroupBox *>())
        QVERIFY(!details->isEnabled());
    EntityTablePanel *agencies = board->agencies();
    for (QPushButton *b : agencies->findChildren<QPushButton *>())
        QVERIFY2(!b->isVisible() ||
                     !(b->text().contains(QStringLiteral("Add")) || b->text().contains(QStringLiteral("Delete"))),
                 qPrintable(b->text()));
    QVERIFY(!(agencies->view()->model()->index(0, 0).flags() & Qt::ItemIsEditable));
    QVERIFY(saveShot(m_window.get(), QStringLiteral("locked-file-read-only-board")));
    m_window->showPage(QStringLiteral("indicators"));
    auto *indicators = qobject_cast<IndicatorsPage *>(m_window->page(QStringLiteral("indicators")));
    indicators->selectIndicator(m_window->workspace()->items<Indicator>().byCode(QStringLiteral("CSC-01"))->id);
    QTRY_VERIFY(indicators->grid()->model()->rowCount() > 0);
    const QAbstractItemModel *grid = indicators->grid()->model();
    for (int c = 0; c < grid->columnCount(); ++c)
        QVERIFY2(!(grid->index(0, c).flags() & Qt::ItemIsEditable), qPrintable(QString::number(c)));
    for (QPushButton *b : indicators->table()->findChildren<QPushButton *>())
        QVERIFY2(!b->isVisible() || !b->text().contains(QStringLiteral("Add")), qPrintable(b->text()));
    QVERIFY(saveShot(m_window.get(), QStringLiteral("locked-file-read-only-indicators")));

    // The holder crashes: the file opens for changes without a question.
    m_holder.kill();
    QVERIFY(m_holder.waitForFinished());
    QVERIFY(BoardLock::isHeld(m_path));
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(!m_window->workspace()->isReadOnly());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    QCOMPARE(BoardLock::holder(m_path).pid, QCoreApplication::applicationPid());
    m_window->showPage(QStringLiteral("board"));
    QVERIFY(board != m_window->page(QStringLiteral("board")));
    QVERIFY(m_window->page(QStringLiteral("board"))->findChild<QGroupBox *>()->isEnabled());

    // Closing releases the lock: the board is one file again.
    m_window->close();
    m_window.reset();
    QVERIFY(!BoardLock::isHeld(m_path));
}

void TestLockedFile::abandonedLockIsClearedAfterAWarning()
{
    // Jane's laptop crashed with the board open three days ago.
    QFile lock(BoardLock::lockPath(m_path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nassure\nLAPTOP-7\n0123456789abcdef0123456789abcdef\nboot\n" +
               LockHolder::detailLines(QStringLiteral("Jane Smith"), QDateTime::currentDateTime().addDays(-3)));
    lock.close();

    QString said;
    QString warned;
    whenModal([&](QMessageBox *box) {
        said = box->text() + box->informativeText();
        QVERIFY(saveShot(box, QStringLiteral("locked-file-abandoned")));
        whenModal(
            [&warned](QMessageBox *confirm) {
                warned = confirm->text() + confirm->informativeText();
                QVERIFY(saveShot(confirm, QStringLiteral("locked-file-clear-warning")));
                confirm->findChild<QPushButton *>(QStringLiteral("confirmClearLock"))->click();
            },
            box);
        box->findChild<QPushButton *>(QStringLiteral("clearLock"))->click();
    });
    QVERIFY(m_window->openFile(m_path));
    QVERIFY2(said.contains(QStringLiteral("Jane Smith on LAPTOP-7 since")) && said.contains(QStringLiteral("crashed")),
             qPrintable(said));
    QVERIFY2(warned.contains(QStringLiteral("Jane Smith")) && warned.contains(QStringLiteral("edits can be lost")),
             qPrintable(warned));
    QVERIFY(!m_window->workspace()->isReadOnly());
    QCOMPARE(BoardLock::holder(m_path).pid, QCoreApplication::applicationPid());
}

void TestLockedFile::secondAssureWithoutAPersonOpensReadOnly()
{
    startHolder();
    // A second desktop program with nobody to ask (--screenshots) opens the held board read-only.
    QProcess second;
    second.setProcessEnvironment(m_holder.processEnvironment());
    const QString dir = QDir(assure::test::screenshotDir()).filePath(QStringLiteral("locked-second-process"));
    second.start(QStringLiteral(ASSURE_BIN_DIR "/assure"), {QStringLiteral("--screenshots"), dir, m_path,
                                                            QStringLiteral("-platform"), QStringLiteral("offscreen")});
    QVERIFY(second.waitForFinished(120000));
    const QString err = QString::fromUtf8(second.readAllStandardError());
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(err.contains(QStringLiteral("Opening read-only")) && err.contains(LockHolder::currentUser()),
             qPrintable(err));
    QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("dashboard.png"))));
    // The holder still holds it.
    QCOMPARE(BoardLock::holder(m_path).pid, m_holder.processId());
}

void TestLockedFile::syncedFolderGetsABanner()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("Dropbox/QA")));
    const QString synced = m_dir->filePath(QStringLiteral("Dropbox/QA/Westmere.assure"));
    QVERIFY(QFile::copy(m_path, synced));
    QVERIFY(m_window->openFile(synced));
    auto *banner = m_window->findChild<LocationBanner *>(QStringLiteral("locationBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("synced by Dropbox")), qPrintable(banner->text()));
    QVERIFY(!m_window->workspace()->isReadOnly()); // a warning, not a block
    QVERIFY(saveShot(m_window.get(), QStringLiteral("location-banner-dropbox")));
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestLockedFile)
#include "tst_lockedfile.moc"
