// The main window: navigation on the left, the current page on the right, the File/Edit/Help menus.
#include "gui/mainwindow.h"

#include "gui/filesafety/backupsettingsdialog.h"
#include "gui/filesafety/fileguard.h"
#include "gui/filesafety/locationbanner.h"
#include "gui/filesafety/lockedfileprompt.h"
#include "gui/filesafety/restoredialog.h"
#include "gui/page.h"
#include "gui/pageregistry.h"
#include "gui/privacy/privacyscandialog.h"
#include "gui/welcomewidget.h"
#include "version.h"
#include "workspace/filesafety/boardfiles.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextStream>
#include <QUndoGroup>

namespace assure {

namespace {

QString boardFilter()
{
    return QCoreApplication::translate("assure::MainWindow", "Assure board files (*.assure)");
}

QString readOnlyText()
{
    return QCoreApplication::translate("assure::MainWindow",
                                       "This board file is open read-only: you can look, search and copy, but not "
                                       "change anything. To make changes, close it and open it again without "
                                       "“read-only”.");
}

QString withExtension(QString path)
{
    if (!path.endsWith(QLatin1String(".assure"), Qt::CaseInsensitive))
        path += QStringLiteral(".assure");
    return path;
}

} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_undoGroup(new QUndoGroup(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_welcome(new WelcomeWidget(this)), m_central(new QStackedWidget(this)),
      m_status(new QLabel(this)), m_readOnlyBanner(new QLabel(this)), m_locationBanner(new LocationBanner(this))
{
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setText(readOnlyText());
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; border: 1px solid #c8a600; "
                                                   "padding: 6px;"));
    m_readOnlyBanner->hide();
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(190);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);
    auto *board = new QWidget(this);
    auto *boardLayout = new QGridLayout(board);
    boardLayout->setContentsMargins(6, 6, 0, 0);
    boardLayout->addWidget(m_readOnlyBanner, 0, 0, 1, 2);
    boardLayout->addWidget(m_locationBanner, 1, 0, 1, 2);
    boardLayout->addWidget(m_navigation, 2, 0);
    boardLayout->addWidget(m_pages, 2, 1);
    boardLayout->setColumnStretch(1, 1);
    m_central->addWidget(m_welcome);
    m_central->addWidget(board);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_status);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_welcome, &WelcomeWidget::newRequested, this, &MainWindow::newFile);
    connect(m_welcome, &WelcomeWidget::openRequested, this, [this] { openDialog(); });
    connect(m_welcome, &WelcomeWidget::recentRequested, this, [this](const QString &path) { openFile(path); });

    createActions();
    resize(1200, 780);
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    setWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    // Pages hold models over the workspace: they go first.
    for (Page *p : m_pageList)
        delete p;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, [this] { openDialog(); });
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Read-&Only…"), this, [this] { openDialog(BoardFile::Mode::ReadOnly); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_importExportMenu = file->addMenu(tr("&Import and Export"));
    QAction *copyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    copyAction->setShortcut(QKeySequence::SaveAs);
    QAction *privacyAction = file->addAction(tr("Check for &Personal Data…"), this, [this] {
        if (m_workspace)
            PrivacyScanDialog(m_workspace.get(), this).exec();
    });
    file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    file->addAction(tr("Backup &Settings…"), this, [this] { BackupSettingsDialog(m_settings, this).exec(); });
    QAction *closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    m_fileActions = {copyAction, privacyAction, closeAction};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Both the platform's redo key and the other common one (Ctrl+Y / Ctrl+Shift+Z).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)})
        if (!redoKeys.contains(extra))
            redoKeys << extra;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find…"), this, &MainWindow::find);
    findAction->setShortcut(QKeySequence::Find);
    m_fileActions << findAction;

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Assure"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    for (Page *p : m_pageList)
        delete p;
    m_pageList.clear();
    m_navigation->clear();
    m_goMenu->clear();
    m_importExportMenu->clear();
    if (m_workspace)
        m_undoGroup->removeStack(m_workspace->undoStack());
    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_undoGroup->addStack(m_workspace->undoStack());
        m_undoGroup->setActiveStack(m_workspace->undoStack());
        auto *guard = new FileGuard(m_workspace.get(), m_settings, this, m_interactive);
        connect(guard, &FileGuard::saveCopyRequested, this, &MainWindow::saveCopy);
        connect(guard, &FileGuard::status, this, [this](const QString &message) { statusBar()->showMessage(message); });
        buildPages();
        m_settings->addRecentFile(m_workspace->path());
    }
    m_locationBanner->setPath(m_workspace ? m_workspace->path() : QString());
    m_central->setCurrentIndex(m_workspace ? 1 : 0);
    m_goMenu->setEnabled(m_workspace != nullptr);
    m_importExportMenu->setEnabled(!m_importExportMenu->isEmpty());
    for (QAction *a : std::as_const(m_fileActions))
        a->setEnabled(m_workspace != nullptr);
    updateRecentMenu();
    updateTitle();
}

void MainWindow::buildPages()
{
    for (const PageFactory &create : registeredPages())
        m_pageList.push_back(create(m_workspace.get()));
    for (Page *p : m_pageList) {
        p->setObjectName(p->pageId());
        p->useSettings(m_settings);
        m_pages->addWidget(p);
        m_navigation->addItem(p->title());
        const int row = m_navigation->count() - 1;
        QAction *go = m_goMenu->addAction(p->title(), this, [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        m_importExportMenu->addActions(p->importExportActions());
        connect(p, &Page::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(p, &Page::historyRequested, this, [this](const QString &table, qint64 id, const QString &title) {
            for (Page *q : m_pageList)
                if (q->showItemHistory(table, id, title)) {
                    showPage(q->pageId());
                    return;
                }
        });
        connect(p, &Page::linkRequested, this, [this](const QUrl &link) {
            for (Page *q : m_pageList)
                if (q->openLink(link)) {
                    showPage(q->pageId());
                    return;
                }
        });
    }
    m_navigation->setCurrentRow(0);
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pageList)
        if (p->pageId() == pageId)
            return p;
    return nullptr;
}

void MainWindow::showPage(const QString &pageId)
{
    for (size_t i = 0; i < m_pageList.size(); ++i)
        if (m_pageList[i]->pageId() == pageId)
            m_navigation->setCurrentRow(static_cast<int>(i));
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Assure"));
        m_status->clear();
        return;
    }
    m_readOnlyBanner->setVisible(m_workspace->isReadOnly());
    const QString name = QFileInfo(m_workspace->path()).fileName();
    setWindowTitle(m_workspace->isReadOnly() ? tr("%1 [read-only] — Assure").arg(name) : tr("%1 — Assure").arg(name));
    // Every edit is written to the file as it is made, so there is never anything unsaved.
    m_status->setText(m_workspace->isReadOnly() ? tr("Read-only: changes cannot be made")
                                                : tr("Every change is saved as you make it"));
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = m_settings->recentFiles();
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                                [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::warn(const QString &title, const QString &message)
{
    if (m_interactive)
        QMessageBox::warning(this, title, message);
    else
        QTextStream(stderr) << title << QStringLiteral(": ") << message << Qt::endl;
}

QString MainWindow::chooseFolder() const
{
    const QString last = m_settings->lastFolder();
    return last.isEmpty() ? QDir::homePath() : last;
}

bool MainWindow::openFile(const QString &path, BoardFile::Mode mode)
{
    // This window's own lock would otherwise stand in the way of opening the file again.
    if (m_workspace && QFileInfo(m_workspace->path()) == QFileInfo(path))
        setWorkspace(nullptr);
    OpenResult result;
    auto ws = Workspace::open(path, mode, &result);
    QString banner = readOnlyText();
    if (!ws && result.status == OpenStatus::Locked) {
        bool cancelled = false;
        ws = openLocked(path, &result, &banner, &cancelled);
        if (cancelled)
            return false;
    }
    if (!ws && result.status == OpenStatus::CannotWrite && m_interactive) {
        const auto answer = QMessageBox::question(
            this, tr("Open read-only?"), result.message + QLatin1Char('\n') + tr("Open it read-only instead?"));
        if (answer == QMessageBox::Yes)
            ws = Workspace::open(path, BoardFile::Mode::ReadOnly, &result);
    }
    if (!ws) {
        if (result.status == OpenStatus::Missing)
            m_settings->removeRecentFile(path);
        warn(tr("Cannot open board file"), result.message);
        updateRecentMenu();
        return false;
    }
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    m_readOnlyBanner->setText(banner);
    setWorkspace(std::move(ws));
    if (!result.notice.isEmpty())
        statusBar()->showMessage(result.notice);
    return true;
}

std::unique_ptr<Workspace> MainWindow::openLocked(const QString &path, OpenResult *result, QString *banner,
                                                  bool *cancelled)
{
    const LockHolder holder = result->holder;
    // Without a person to ask, read-only is the safe choice.
    if (!m_interactive)
        warn(tr("Opening read-only"), result->message);
    switch (m_interactive ? LockedFilePrompt::ask(this, path, holder) : LockedFilePrompt::Choice::ReadOnly) {
    case LockedFilePrompt::Choice::ReadOnly:
        *banner = LockedFilePrompt::bannerText(holder);
        return Workspace::open(path, BoardFile::Mode::ReadOnly, result);
    case LockedFilePrompt::Choice::LockCleared: return Workspace::open(path, BoardFile::Mode::ReadWrite, result);
    case LockedFilePrompt::Choice::Cancel: break;
    }
    *cancelled = true;
    return nullptr;
}

void MainWindow::openDialog(BoardFile::Mode mode)
{
    const QString path = QFileDialog::getOpenFileName(
        this, mode == BoardFile::Mode::ReadOnly ? tr("Open board file read-only") : tr("Open board file"),
        chooseFolder(), boardFilter());
    if (!path.isEmpty())
        openFile(path, mode);
}

void MainWindow::newFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New board file"), chooseFolder(), boardFilter());
    if (path.isEmpty())
        return;
    path = withExtension(path);
    if (m_workspace && QFileInfo(m_workspace->path()) == QFileInfo(path)) {
        QMessageBox::warning(this, tr("Cannot replace"), tr("%1 is the board file that is open.").arg(path));
        return;
    }
    if (BoardFiles::isOpenForChanges(path)) {
        QMessageBox::warning(this, tr("Cannot replace"),
                             tr("%1 is open for changes by %2, so it cannot be replaced.")
                                 .arg(path, BoardFiles::holder(path).describe()));
        return;
    }
    // The save dialog has already asked whether to replace an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Cannot replace"), tr("%1 cannot be replaced.").arg(path));
        return;
    }
    Board board;
    board.name = tr("New safeguarding board");
    OpenResult result;
    auto ws = Workspace::create(path, board, &result);
    if (!ws) {
        QMessageBox::warning(this, tr("Cannot create board file"), result.message);
        return;
    }
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    setWorkspace(std::move(ws));
    for (Page *p : m_pageList)
        if (p->startsNewBoard())
            showPage(p->pageId());
}

void MainWindow::saveCopy()
{
    if (!m_workspace)
        return;
    const QFileInfo current(m_workspace->path());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), QDir(chooseFolder()).filePath(current.completeBaseName() + tr(" copy.assure")),
        boardFilter());
    if (path.isEmpty())
        return;
    path = withExtension(path);
    if (QFileInfo(path) == current) {
        QMessageBox::warning(this, tr("Not copied"), tr("Choose another name: that is the open board file."));
        return;
    }
    QString error;
    if (!m_workspace->file().saveCopy(path, &error))
        QMessageBox::warning(this, tr("Not copied"), tr("The copy could not be saved: %1").arg(error));
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::restoreFromBackup()
{
    const BackupStore store;
    QString current;
    if (m_workspace)
        current = store.folderFor(m_workspace->path(), m_workspace->board().name);
    RestoreDialog dialog(store, current, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.restoredPath().isEmpty())
        openFile(dialog.restoredPath());
}

void MainWindow::closeFile()
{
    setWorkspace(nullptr);
}

void MainWindow::find()
{
    if (auto *page = qobject_cast<Page *>(m_pages->currentWidget()))
        page->focusSearch();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Assure"),
                       tr("<h3>Assure %1</h3><p>Performance management and quality assurance for "
                          "safeguarding partnerships: indicators, self-assessments, audits, action plans "
                          "and board papers, in one file that works offline.</p>")
                           .arg(QStringLiteral(ASSURE_VERSION)));
}

bool MainWindow::saveScreenshots(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    bool ok = true;
    auto shoot = [&](const QString &name) {
        QApplication::processEvents();
        ok = grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))) && ok;
    };
    if (!m_workspace) {
        shoot(QStringLiteral("welcome"));
        return ok;
    }
    for (Page *p : m_pageList) {
        showPage(p->pageId());
        const QStringList views = p->views();
        if (views.isEmpty())
            shoot(p->pageId());
        for (const QString &v : views) {
            p->showView(v);
            shoot(v == views.first() ? p->pageId() : p->pageId() + QLatin1Char('-') + v);
        }
    }
    return ok;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace assure
