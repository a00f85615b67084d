// Test helpers: a board left as a crash leaves it (half a change in the file, the journal beside it), and a
// folder that becomes read-only, as a CD, a locked-down share or a write-protected stick is.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>

#include <sqlite3.h>
#include <unistd.h>

namespace assure::test {

// Copies board to copy in the middle of a transaction that renames the board to `halfName` and
// writes enough to spill pages into the file itself, so the copy and its "-journal" are exactly
// what a program killed at that moment leaves. The original is rolled back and stays as it was.
inline bool copyMidTransaction(const QString &board, const QString &copy, const char *halfName = "Half-written board")
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(board).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const QByteArray change = QByteArrayLiteral("PRAGMA cache_size = 10; BEGIN IMMEDIATE; UPDATE board SET name = '") +
                              halfName +
                              "'; CREATE TABLE crash_scratch(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                              "i + 1 FROM n WHERE i < 2000) INSERT INTO crash_scratch SELECT randomblob(600) FROM n;";
    bool ok = sqlite3_exec(db, change.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    const QString journal = board + QStringLiteral("-journal");
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-journal"));
    ok = ok && QFile::copy(board, copy) && QFile::copy(journal, copy + QStringLiteral("-journal"));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return ok && QFileInfo(copy + QStringLiteral("-journal")).size() > 0;
}

// A folder whose files cannot be changed once makeReadOnly() has run: a read-only tmpfs for root
// (who may write to any file whatever its mode), else the folder and its files made read-only.
class ReadOnlyPlace final
{
public:
    explicit ReadOnlyPlace(const QString &at) : m_at(at)
    {
        QDir().mkpath(at);
        if (::geteuid() == 0)
            m_mounted = run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                             QStringLiteral("size=64m"), QStringLiteral("tmpfs"), at});
    }
    ~ReadOnlyPlace()
    {
        if (m_mounted) {
            run({QStringLiteral("-o"), QStringLiteral("remount,rw"), m_at});
            run({QStringLiteral("-l"), m_at}, QStringLiteral("umount"));
        } else {
            QFile::setPermissions(m_at, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }
    ReadOnlyPlace(const ReadOnlyPlace &) = delete;
    ReadOnlyPlace &operator=(const ReadOnlyPlace &) = delete;

    // False when the place cannot be made (root without mount rights).
    bool usable() const { return m_mounted || ::geteuid() != 0; }
    QString filePath(const QString &name) const { return QDir(m_at).filePath(name); }

    bool makeReadOnly()
    {
        if (m_mounted)
            return run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_at});
        for (const QString &name : QDir(m_at).entryList(QDir::Files))
            QFile::setPermissions(filePath(name), QFileDevice::ReadOwner);
        return QFile::setPermissions(m_at, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }

private:
    static bool run(const QStringList &args, const QString &program = QStringLiteral("mount"))
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString m_at;
    bool m_mounted = false;
};

} // namespace assure::test
