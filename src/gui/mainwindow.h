// The main window: navigation on the left, the current page on the right, the File/Edit/Help menus.
#pragma once

#include "workspace/settings.h"
#include "workspace/workspace.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QListWidget;
class QStackedWidget;
class QUndoGroup;
class QLabel;
class QMenu;

namespace assure {

class LocationBanner;
class Page;
class WelcomeWidget;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a board file, asking about read-only when it cannot be written; false if it was not opened.
    bool openFile(const QString &path, BoardFile::Mode mode = BoardFile::Mode::ReadWrite);
    // Shows every page (and each page's views) in turn and saves DIR/<page>.png; false on a write error.
    bool saveScreenshots(const QString &dir);

    Workspace *workspace() const { return m_workspace.get(); }
    // Without a person at the screen (--screenshots), problems go to stderr instead of dialogs.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QListWidget *navigation() const { return m_navigation; }
    Page *page(const QString &pageId) const;
    // The open board's pages, in navigation order (empty with no board open).
    const std::vector<Page *> &pages() const { return m_pageList; }
    void showPage(const QString &pageId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void newFile();
    void openDialog(BoardFile::Mode mode = BoardFile::Mode::ReadWrite);
    // Asks what to do about a file held elsewhere and opens it so; banner gets the read-only reason.
    std::unique_ptr<Workspace> openLocked(const QString &path, OpenResult *result, QString *banner, bool *cancelled);
    void saveCopy();
    void restoreFromBackup();
    void closeFile();
    void about();
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void buildPages();
    void updateTitle();
    void updateRecentMenu();
    void find();
    QString chooseFolder() const;
    void warn(const QString &title, const QString &message);

    Settings *m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QUndoGroup *m_undoGroup;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    WelcomeWidget *m_welcome;
    QStackedWidget *m_central;
    QLabel *m_status;
    QLabel *m_readOnlyBanner;
    LocationBanner *m_locationBanner;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_importExportMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    std::vector<Page *> m_pageList;
    QList<QAction *> m_fileActions; // need an open board
    bool m_interactive = true;
};

} // namespace assure
