// The board file: one SQLite database that identifies itself as Assure's and carries its schema version.
#pragma once

#include "storage/filesafety/lockholder.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace assure {

// What opening a file found. Every refusal leaves the file exactly as it was.
enum class OpenStatus {
    Ok,
    Missing,          // no such file, or not readable
    NotSqlite,        // not an SQLite database at all
    OtherApplication, // an SQLite database, but not a board file
    NewerVersion,     // a board file from a newer Assure
    Damaged,          // PRAGMA quick_check fails or the file cannot be read
    CannotWrite,      // the file or its folder does not accept writes
    Locked,           // another program has it open for changes; OpenResult::holder says who
    Interrupted,      // a crash interrupted a change that cannot be rolled back here; nothing was changed
};

struct OpenResult
{
    OpenStatus status = OpenStatus::Ok;
    QString message; // for people: what is wrong and with which file
    QString notice;  // for people, when it opened: what was done first (an interrupted change rolled back)
    int schemaVersion = 0;
    LockHolder holder; // for Locked

    bool ok() const { return status == OpenStatus::Ok; }
};

class BoardLock;

class BoardFile final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BoardFile)

public:
    static constexpr quint32 kApplicationId = 0x41535552; // "ASUR"

    enum class Mode { ReadWrite, ReadOnly };

    ~BoardFile();
    BoardFile(const BoardFile &) = delete;
    BoardFile &operator=(const BoardFile &) = delete;

    // Checks a file: header, application id, version, and (unless told not to, for a quick look
    // at many files) quick_check. It writes only to roll back a change a crash interrupted, when
    // that is safe (see BoardRecovery), and then says so in OpenResult::notice.
    enum class Check { Full, HeaderOnly };
    static OpenResult inspect(const QString &path, Check check = Check::Full);

    // Opens an existing board file (read-write takes its lock, see BoardLock), migrating it to the current schema
    // (after a backup copy) when it is older. Returns null and fills result when it refuses.
    static std::unique_ptr<BoardFile> open(const QString &path, Mode mode, OpenResult *result);
    // Creates a new, empty board file at path; refuses to overwrite an existing file.
    static std::unique_ptr<BoardFile> create(const QString &path, OpenResult *result);

    // The schema version this build writes; files above it are refused.
    static int currentSchemaVersion();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QSqlDatabase database() const;
    sqlite3 *handle() const;

    // A consistent copy of the whole file through SQLite's online backup API.
    bool saveCopy(const QString &target, QString *error) const;

    // PRAGMA integrity_check and foreign_key_check; empty when sound.
    QStringList integrityProblems() const;

    // Runs SQL that may hold several statements (migrations, fixtures).
    bool executeScript(const QString &sql, QString *error);

private:
    BoardFile(const QString &path, const QString &connection, Mode mode);
    static std::unique_ptr<BoardFile> connect(const QString &path, Mode mode, OpenResult *result);
    bool configure(QString *error);

    QString m_path;
    QString m_connection;
    Mode m_mode;
    std::unique_ptr<BoardLock> m_lock; // read-write only; released after the connection closes
};

} // namespace assure
