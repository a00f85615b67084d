// The Actions page's File > Import and Export entries for progress returns: packs out to agencies, and back.
#pragma once

#include <QDate>
#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace assure {

class Workspace;

class ProgressReturns final : public QObject
{
    Q_OBJECT

public:
    ProgressReturns(Workspace *workspace, QWidget *page);

    // "Export progress returns…" and "Import progress returns…".
    QList<QAction *> actions() const { return m_actions; }

    // What the entries do once the files are chosen. agencyId 0 writes a pack for every agency
    // that owns open actions into the folder path; deadline (if valid) is said on each cover.
    // False when nothing was written (and why, shown).
    bool exportPacks(qint64 agencyId, const QString &path, const QDate &deadline = {});
    // Reads the pack, shows every update (or the problems) and, once accepted, writes them as one
    // undo step; false when nothing was written.
    bool importPack(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void chooseExport();
    void chooseImport();

    Workspace *m_workspace;
    QWidget *m_page;
    QList<QAction *> m_actions;
};

} // namespace assure
