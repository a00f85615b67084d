// The automatic backups folder: one sub-folder per board, timestamped copies, rotation and restore.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

struct sqlite3;

namespace assure {

// How many backups rotation keeps: the newest keepLast, plus the newest of each of the last
// `days` days and of each of the last `weeks` weeks (weeks start on Monday; days are UTC).
struct BackupPolicy
{
    int keepLast = 10;
    int days = 7;
    int weeks = 8;
};

struct BackupEntry
{
    QString path;
    QDateTime time;  // UTC, from the file name
    QString trigger; // "open", "timed", "before-upgrade", ...
};

class BackupStore final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BackupStore)

public:
    static inline const QString kOpen = QStringLiteral("open");
    static inline const QString kTimed = QStringLiteral("timed");
    static inline const QString kBeforeUpgrade = QStringLiteral("before-upgrade");
    static inline const QString kManual = QStringLiteral("manual"); // assure-cli backup

    // The folder in ASSURE_BACKUP_DIR when set (tests, portable installs), else
    // <generic data location>/Assure/backups, shared by the desktop app and assure-cli.
    BackupStore();
    explicit BackupStore(const QString &root);
    static QString defaultRoot();

    QString root() const { return m_root; }
    // Eight hex digits from the board file's absolute path: the same file keeps its folder even
    // when the board is renamed.
    static QString shortId(const QString &boardPath);
    // The board's folder: an existing one with its id, else <board-name>-<id> (not yet made).
    QString folderFor(const QString &boardPath, const QString &boardName) const;

    // A new file name in the board's folder (made if need be) for a copy taken now; empty with
    // the reason when the folder cannot be made.
    QString newBackupPath(const QString &boardPath, const QString &boardName, const QString &trigger,
                          const QDateTime &now, QString *error) const;
    // Copies the open database into the board's folder; returns the new file's path, or an
    // empty string with the reason.
    QString backUp(sqlite3 *db, const QString &boardPath, const QString &boardName, const QString &trigger,
                   const QDateTime &now, QString *error) const;

    // Every board folder under the root, by name.
    QStringList boardFolders() const;
    // The backups in a folder, newest first.
    static QList<BackupEntry> backupsIn(const QString &folder);
    // Deletes what the policy does not keep; copies taken before an upgrade are always kept.
    // Returns how many were deleted.
    static int rotate(const QString &folder, const BackupPolicy &policy, const QDateTime &now);
    // Which of times (any order) the policy keeps, by index.
    static QSet<int> kept(const QList<QDateTime> &times, const BackupPolicy &policy, const QDateTime &now);

    // Copies a backup to a new board file after checking it is a sound board file; never
    // overwrites an existing file.
    static bool restore(const QString &backup, const QString &target, QString *error);

private:
    QString m_root;
};

} // namespace assure
