// A page of the main window: what the navigation list shows and the screenshots are named after.
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QUrl;

namespace assure {

class Settings;
class Workspace;

class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // A stable, lower-case name: "dashboard", "board".
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    // Extra views of the page worth a screenshot of their own (tabs), by name; empty for one view.
    virtual QStringList views() const { return {}; }
    virtual void showView(const QString &) {}
    // Edit > Find: put the cursor in the page's search box, if it has one.
    virtual void focusSearch() {}
    // What the page offers under File > Import and Export; empty for none.
    virtual QList<QAction *> importExportActions() const { return {}; }
    // The page that shows one item's change history answers true and shows it (see historyRequested).
    virtual bool showItemHistory(const QString & /*table*/, qint64 /*id*/, const QString & /*itemTitle*/)
    {
        return false;
    }
    // The page that shows what a link names (gui/pagelink.h) answers true and shows it.
    virtual bool openLink(const QUrl & /*link*/) { return false; }
    // The user's settings, for a page that remembers choices (the window gives them once built).
    virtual void useSettings(Settings * /*settings*/) {}
    // The page a new, empty board opens on, to fill in its details.
    virtual bool startsNewBoard() const { return false; }

Q_SIGNALS:
    // A short note for the status bar ("Imported 48 rows from q2.csv").
    void statusMessage(const QString &message);
    // The user asked for one item's change history: its table, id and a name to show.
    void historyRequested(const QString &table, qint64 id, const QString &itemTitle);
    // The user asked to open what a link names, on whichever page shows it (see openLink).
    void linkRequested(const QUrl &link);
};

} // namespace assure
