// The main window on the demo board: every page, adding an agency by keyboard, undo, delete, read-only.
#include "gui/board/agencydialog.h"
#include "gui/board/boardpage.h"
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "models/searchproxymodel.h"
#include "testsupport/modal.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace assure;
using assure::test::screenshotDir;
using assure::test::shot;
using assure::test::whenModal;

namespace {

// After a dialog closes the window is active again, as it is on a desktop.
void activate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

int rowOfText(const QAbstractItemModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == text)
            return r;
    return -1;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void titleAndPages();
    void addAgencyByKeyboardThenUndo();
    void deleteAsksAndSaysWhatGoesWithIt();
    void searchFiltersPeople();
    void readOnlyDisablesEditing();
    void refusesNonBoardFile();

private:
    BoardPage *boardPage() const { return qobject_cast<BoardPage *>(m_window->page(QStringLiteral("board"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestMainWindow::init()
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

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestMainWindow::titleAndPages()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Assure"));
    QVERIFY(shot(m_window.get()).save(QDir(screenshotDir()).filePath(QStringLiteral("welcome.png"))));
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Westmere.assure — Assure"));
    QCOMPARE(m_settings->recentFiles().value(0), QFileInfo(m_path).absoluteFilePath());

    QListWidget *nav = m_window->navigation();
    QVERIFY(nav->count() >= 2);
    QStringList seen;
    for (int row = 0; row < nav->count(); ++row) {
        nav->setFocus();
        nav->setCurrentRow(row);
        Page *page = nullptr;
        for (Page *p : m_window->findChildren<Page *>())
            if (p->isVisible())
                page = p;
        QVERIFY(page);
        QCOMPARE(nav->item(row)->text(), page->title());
        seen << page->pageId();
        QVERIFY(shot(m_window.get()).save(QDir(screenshotDir()).filePath(page->pageId() + QStringLiteral(".png"))));
    }
    QVERIFY(seen.contains(QStringLiteral("dashboard")));
    QVERIFY(seen.contains(QStringLiteral("board")));
    // Ctrl+1 goes back to the first page.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(nav->currentRow(), 0);
    // --screenshots writes one picture per page and view.
    QTemporaryDir shots;
    QVERIFY(m_window->saveScreenshots(shots.path()));
    for (const char *name : {"dashboard.png", "board.png", "board-people.png", "board-subgroups.png"})
        QVERIFY2(QFileInfo::exists(QDir(shots.path()).filePath(QLatin1String(name))), name);
}

void TestMainWindow::addAgencyByKeyboardThenUndo()
{
    QVERIFY(m_window->openFile(m_path));
    m_window->showPage(QStringLiteral("board"));
    EntityTablePanel *panel = boardPage()->agencies();
    QTableView *view = panel->view();
    const int before = view->model()->rowCount();

    QString dialogShot = QDir(screenshotDir()).filePath(QStringLiteral("dialog-add-agency.png"));
    whenModal<AgencyDialog>([dialogShot](AgencyDialog *dialog) {
        QTRY_VERIFY(qobject_cast<QLineEdit *>(dialog->focusWidget())); // the form opens on its first field
        QWidget *name = dialog->focusWidget();
        QTest::keyClicks(name, QStringLiteral("Westmere Schools Trust"));
        QTest::keyClick(name, Qt::Key_Tab);
        auto *sector = qobject_cast<QComboBox *>(dialog->focusWidget());
        QVERIFY(sector);
        QTest::keyClick(sector, Qt::Key_End); // "Other"
        QTest::keyClick(sector, Qt::Key_Up);  // "Voluntary and community"
        dialog->grab().save(dialogShot);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QTRY_COMPARE(view->model()->rowCount(), before + 1);
    const int row = rowOfText(view->model(), QStringLiteral("Westmere Schools Trust"));
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->index(row, 1).data().toString(), QStringLiteral("Voluntary and community"));
    QCOMPARE(view->currentIndex().row(), row); // the new row is selected
    QVERIFY(shot(m_window.get()).save(QDir(screenshotDir()).filePath(QStringLiteral("board-added-agency.png"))));
    activate(m_window.get());

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(view->model()->rowCount(), before);
    QCOMPARE(rowOfText(view->model(), QStringLiteral("Westmere Schools Trust")), -1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(view->model()->rowCount(), before + 1);
}

void TestMainWindow::deleteAsksAndSaysWhatGoesWithIt()
{
    QVERIFY(m_window->openFile(m_path));
    m_window->showPage(QStringLiteral("board"));
    EntityTablePanel *panel = boardPage()->agencies();
    const int before = panel->view()->model()->rowCount();
    panel->view()->setFocus();
    panel->view()->selectRow(0);
    const QString name = panel->view()->model()->index(0, 0).data().toString();
    // The escalations it was a party to keep it: the user is told why, not asked.
    QString refused;
    whenModal<QMessageBox>([&refused](QMessageBox *box) {
        refused = box->windowTitle() + QLatin1Char('\n') + box->text() + QLatin1Char('\n') + box->informativeText();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    QTRY_VERIFY(!refused.isEmpty());
    QVERIFY2(refused.startsWith(QStringLiteral("Cannot delete\nIt was a party to ")) &&
                 refused.contains(QStringLiteral("escalations on record")) &&
                 refused.endsWith(QStringLiteral("Nothing was deleted.")),
             qPrintable(refused));
    QCOMPARE(panel->view()->model()->rowCount(), before);
    activate(m_window.get());
    // Once they and its complaints are deleted (on their pages), it may go.
    Workspace *ws = m_window->workspace();
    const qint64 agencyId = panel->currentId();
    std::vector<qint64> named;
    for (const Escalation &e : ws->items<Escalation>())
        if (e.raisedByAgencyId == agencyId || e.raisedWithAgencyId == agencyId)
            named.push_back(e.id);
    for (qint64 id : named)
        QVERIFY(ws->remove<Escalation>(id));
    named.clear();
    for (const Complaint &c : ws->items<Complaint>())
        if (c.agencyId == agencyId)
            named.push_back(c.id);
    for (qint64 id : named)
        QVERIFY(ws->remove<Complaint>(id));
    QString asked;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text() + QLatin1Char('\n') + box->informativeText();
        QTest::keyClick(box, Qt::Key_Escape); // Cancel first: nothing happens
    });
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(name), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("3 people belong to it")), qPrintable(asked));
    QCOMPARE(panel->view()->model()->rowCount(), before);
    activate(m_window.get());

    whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    QTRY_COMPARE(panel->view()->model()->rowCount(), before - 1);
    QCOMPARE(rowOfText(panel->view()->model(), name), -1);
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(panel->view()->model()->rowCount(), before);
}

void TestMainWindow::searchFiltersPeople()
{
    QVERIFY(m_window->openFile(m_path));
    m_window->showPage(QStringLiteral("board"));
    boardPage()->showView(QStringLiteral("people"));
    EntityTablePanel *panel = boardPage()->people();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel->searchEdit()->hasFocus());
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("designated doctor"));
    const int shown = panel->view()->model()->rowCount();
    QVERIFY(shown > 0 && shown < 60);
    for (int r = 0; r < shown; ++r)
        QCOMPARE(panel->view()->model()->index(r, 1).data().toString(), QStringLiteral("Designated doctor"));
    QVERIFY(shot(m_window.get()).save(QDir(screenshotDir()).filePath(QStringLiteral("board-people-search.png"))));
}

void TestMainWindow::readOnlyDisablesEditing()
{
    QVERIFY(m_window->openFile(m_path, BoardFile::Mode::ReadOnly));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[read-only]")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    m_window->showPage(QStringLiteral("board"));
    EntityTablePanel *panel = boardPage()->agencies();
    const int before = panel->view()->model()->rowCount();
    // No add or delete buttons, no editable cells, and the keys do nothing.
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        QVERIFY2(!b->isVisible() || !b->text().contains(QStringLiteral("Add")), qPrintable(b->text()));
    const QModelIndex cell = panel->view()->model()->index(0, 0);
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_Insert);
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(panel->view()->model()->rowCount(), before);
    QVERIFY(shot(m_window.get()).save(QDir(screenshotDir()).filePath(QStringLiteral("board-read-only.png"))));
}

void TestMainWindow::refusesNonBoardFile()
{
    const QString text = m_dir->filePath(QStringLiteral("notes.assure"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("minutes of the QA sub-group\n");
    f.close();
    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    QVERIFY(!m_window->openFile(text));
    QVERIFY2(said.contains(QStringLiteral("not an Assure board file")), qPrintable(said));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Assure"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
