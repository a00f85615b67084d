// The board file: one SQLite database that identifies itself as Assure's and carries its schema version.
#include "storage/boardfile.h"

#include "storage/filesafety/backupcopy.h"
#include "storage/filesafety/backupstore.h"
#include "storage/filesafety/boardlock.h"
#include "storage/filesafety/boardrecovery.h"
#include "storage/filesafety/privatefiles.h"
#include "storage/history/historylog.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

namespace assure {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("assure-board-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Migration
{
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out.append({name.left(4).toInt(), dir.filePath(name)});
    return out;
}

OpenResult fail(OpenStatus status, const QString &message)
{
    OpenResult r;
    r.status = status;
    r.message = message;
    return r;
}

// Takes the one-writer lock, or says who holds it.
std::unique_ptr<BoardLock> lockForWriting(const QString &path, OpenResult *r)
{
    BoardLock::Outcome outcome = BoardLock::Outcome::Failed;
    LockHolder holder;
    QString error;
    auto lock = BoardLock::acquire(path, &outcome, &holder, &error);
    const QString name = QDir::toNativeSeparators(path);
    if (outcome == BoardLock::Outcome::Held) {
        *r = fail(OpenStatus::Locked, BoardFile::tr("%1 is open for changes by %2. Only one person can change a "
                                                    "board file at a time: open it read-only, or ask them to close it.")
                                          .arg(name, holder.describe()));
        r->holder = holder;
    } else if (outcome == BoardLock::Outcome::Failed) {
        *r = fail(OpenStatus::CannotWrite, BoardFile::tr("%1 cannot be opened for changes: %2").arg(name, error));
    }
    return lock;
}

// What a migration does beyond its SQL, in its transaction: format 3 starts the change history.
bool afterMigration(sqlite3 *db, int version, int fromVersion, QString *error)
{
    if (version != HistoryLog::kSchemaVersion)
        return true;
    const QString label =
        fromVersion == 0
            ? QCoreApplication::translate("assure::BoardFile", "History started: board file created")
            : QCoreApplication::translate("assure::BoardFile", "History started: board file upgraded from format %1")
                  .arg(fromVersion);
    return HistoryLog::start(db, label, error);
}

// The file's first 100 bytes: SQLite's header, with Assure's application id and format version.
OpenResult readHeader(const QString &path, QByteArray *header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(OpenStatus::Missing,
                    BoardFile::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    *header = file.read(100);
    if (header->size() < 100)
        header->clear();
    return {};
}

// PRAGMA quick_check through a read-only connection; empty when the file is sound.
QString quickCheckProblem(const QString &path)
{
    const QString connection = nextConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                problem = q.lastError().text();
            } else {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                if (lines != QStringList{QStringLiteral("ok")})
                    problem = lines.mid(0, 3).join(QStringLiteral("; "));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

} // namespace

BoardFile::BoardFile(const QString &path, const QString &connection, Mode mode)
    : m_path(path), m_connection(connection), m_mode(mode)
{
}

BoardFile::~BoardFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int BoardFile::currentSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

OpenResult BoardFile::inspect(const QString &path, Check check)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return fail(OpenStatus::Missing, tr("%1 does not exist.").arg(name));
    QByteArray header;
    if (const OpenResult read = readHeader(path, &header); !read.ok())
        return read;
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(OpenStatus::NotSqlite,
                    tr("%1 is not an Assure board file: it is not a database at all.").arg(name));

    // A change interrupted by a crash may have left half of itself in the file, header included:
    // roll it back before believing anything the file says.
    OpenResult ok;
    const BoardRecovery::Result recovery = BoardRecovery::recover(path);
    if (recovery.outcome == BoardRecovery::Outcome::RolledBack) {
        ok.notice = recovery.message;
        if (const OpenResult read = readHeader(path, &header); !read.ok())
            return read;
    }
    const QString unresolved = recovery.outcome == BoardRecovery::Outcome::NotPossible ? recovery.message
                               : recovery.outcome == BoardRecovery::Outcome::HeldByOther
                                   ? BoardRecovery::heldMessage(path, recovery.holder)
                                   : QString();

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    const int version = static_cast<int>(qFromBigEndian<qint32>(bytes + 60));
    if (applicationId != kApplicationId)
        return fail(OpenStatus::OtherApplication,
                    tr("%1 is a database of another application, not an Assure board file.").arg(name));
    if (version > currentSchemaVersion())
        return fail(OpenStatus::NewerVersion,
                    tr("%1 was written by a newer version of Assure (file format %2; this version "
                       "reads up to %3). Open it with the newer version.")
                        .arg(name)
                        .arg(version)
                        .arg(currentSchemaVersion()));

    ok.schemaVersion = version;
    if (check == Check::HeaderOnly && recovery.outcome != BoardRecovery::Outcome::NotPossible)
        return ok;

    // A read-only connection cannot change a byte of the file.
    const QString problem = quickCheckProblem(path);
    if (problem.isEmpty())
        return ok;
    // A journal still beside the file is why SQLite will not read it, not damage.
    if (!unresolved.isEmpty() && BoardRecovery::hasJournal(path))
        return fail(OpenStatus::Interrupted, unresolved);
    return fail(OpenStatus::Damaged,
                tr("%1 is damaged and cannot be opened (%2). Restore it from a backup.").arg(name, problem));
}

std::unique_ptr<BoardFile> BoardFile::connect(const QString &path, Mode mode, OpenResult *result)
{
    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *result = fail(OpenStatus::Damaged,
                           tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return nullptr;
        }
    }
    std::unique_ptr<BoardFile> file(new BoardFile(path, connection, mode));
    QString error;
    if (!file->configure(&error)) {
        *result = fail(OpenStatus::Damaged, tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), error));
        return nullptr;
    }
    return file;
}

bool BoardFile::configure(QString *error)
{
    // Rollback journal, not WAL: the board is one self-contained file whenever no write is under
    // way, so copying or mailing it is safe, and it works on network shares. EXTRA sync makes a
    // committed transaction survive power loss: FULL syncs the file but not the folder after the
    // journal is deleted, so a power cut soon after a commit can bring the journal back and roll
    // the commit back (tst_powerloss shows it). secure_delete overwrites deleted case material.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (m_mode == Mode::ReadWrite)
        pragmas << QStringLiteral("PRAGMA journal_mode = DELETE") << QStringLiteral("PRAGMA synchronous = EXTRA")
                << QStringLiteral("PRAGMA secure_delete = ON");
    QSqlQuery q(database());
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

std::unique_ptr<BoardFile> BoardFile::open(const QString &path, Mode mode, OpenResult *result)
{
    OpenResult local;
    OpenResult &r = result ? *result : local;
    r = inspect(path);
    if (!r.ok())
        return nullptr;
    const QFileInfo info(path);
    if (mode == Mode::ReadWrite && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        r = fail(OpenStatus::CannotWrite,
                 tr("%1 cannot be changed: the file or its folder is read-only.").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    std::unique_ptr<BoardLock> lock;
    if (mode == Mode::ReadWrite && !(lock = lockForWriting(path, &r)))
        return nullptr;
    const bool recovered = mode == Mode::ReadWrite && BoardRecovery::hasJournal(path);
    auto file = connect(path, mode, &r);
    if (!file)
        return nullptr;
    file->m_lock = std::move(lock);

    const int version = r.schemaVersion;
    if (version < currentSchemaVersion()) {
        if (mode == Mode::ReadOnly) {
            r = fail(OpenStatus::CannotWrite, tr("%1 was written by an older version of Assure and must be "
                                                 "upgraded, which needs write access.")
                                                  .arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
        // Keep the file as it was before its format changes, in the backups folder.
        QString error;
        QSqlQuery name(file->database());
        const QString boardName = name.exec(QStringLiteral("SELECT name FROM board LIMIT 1")) && name.next()
                                      ? name.value(0).toString()
                                      : info.completeBaseName();
        name.finish();
        if (BackupStore()
                .backUp(file->handle(), path, boardName, BackupStore::kBeforeUpgrade, QDateTime::currentDateTimeUtc(),
                        &error)
                .isEmpty()) {
            r = fail(OpenStatus::CannotWrite, tr("%1 needs upgrading, but the backup copy before the upgrade "
                                                 "could not be made: %2")
                                                  .arg(QDir::toNativeSeparators(path), error));
            return nullptr;
        }
        for (const Migration &m : migrations()) {
            if (m.version <= version)
                continue;
            QFile sqlFile(m.path);
            sqlFile.open(QIODevice::ReadOnly);
            Transaction t(file->database());
            if (!file->executeScript(QString::fromUtf8(sqlFile.readAll()), &error) ||
                !afterMigration(file->handle(), m.version, version, &error) ||
                !file->executeScript(QStringLiteral("PRAGMA user_version = %1").arg(m.version), &error) ||
                !t.commit()) {
                r = fail(OpenStatus::Damaged, tr("%1 could not be upgraded to format %2 (%3); it is as it was.")
                                                  .arg(QDir::toNativeSeparators(path))
                                                  .arg(m.version)
                                                  .arg(error.isEmpty() ? t.error() : error));
                return nullptr;
            }
        }
    }
    if (recovered) {
        // A journal inspect() left (a program held the board then) has been rolled back by the
        // read-write connection, so check the file now.
        QSqlQuery q(file->database());
        const bool sound =
            q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() && q.value(0).toString() == QLatin1String("ok");
        if (!sound) {
            r = fail(OpenStatus::Damaged, tr("%1 is damaged and cannot be opened. Restore it from a backup.")
                                              .arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
    }
    r.schemaVersion = currentSchemaVersion();
    return file;
}

std::unique_ptr<BoardFile> BoardFile::create(const QString &path, OpenResult *result)
{
    OpenResult local;
    OpenResult &r = result ? *result : local;
    if (QFileInfo::exists(path)) {
        r = fail(OpenStatus::CannotWrite, tr("%1 already exists.").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        r = fail(
            OpenStatus::CannotWrite,
            tr("%1 cannot be created: the folder does not exist or is read-only.").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto lock = lockForWriting(path, &r);
    if (!lock)
        return nullptr;
    // The board holds case material: readable by its owner only, and so is its journal.
    QString error;
    if (!PrivateFiles::createEmpty(path, &error)) {
        r = fail(OpenStatus::CannotWrite, tr("%1 could not be created: %2").arg(QDir::toNativeSeparators(path), error));
        return nullptr;
    }
    auto file = connect(path, Mode::ReadWrite, &r);
    if (!file) {
        QFile::remove(path);
        return nullptr;
    }
    file->m_lock = std::move(lock);
    Transaction t(file->database());
    bool ok = file->executeScript(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), &error);
    for (const Migration &m : migrations()) {
        if (!ok)
            break;
        QFile sqlFile(m.path);
        sqlFile.open(QIODevice::ReadOnly);
        ok = file->executeScript(QString::fromUtf8(sqlFile.readAll()), &error) &&
             afterMigration(file->handle(), m.version, 0, &error) &&
             file->executeScript(QStringLiteral("PRAGMA user_version = %1").arg(m.version), &error);
    }
    if (!ok || !t.commit()) {
        r = fail(
            OpenStatus::CannotWrite,
            tr("%1 could not be created: %2").arg(QDir::toNativeSeparators(path), error.isEmpty() ? t.error() : error));
        const auto lockUntilRemoved = std::move(file->m_lock);
        file.reset();
        QFile::remove(path);
        return nullptr;
    }
    r = OpenResult{};
    r.schemaVersion = currentSchemaVersion();
    return file;
}

QSqlDatabase BoardFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

sqlite3 *BoardFile::handle() const
{
    return sqliteHandle(database());
}

bool BoardFile::executeScript(const QString &sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool BoardFile::saveCopy(const QString &target, QString *error) const
{
    return BackupCopy::fromHandle(handle(), target, BackupCopy::Replace::Allow, error);
}

QStringList BoardFile::integrityProblems() const
{
    QStringList out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        out << q.lastError().text();
        return out;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            out << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        out << q.lastError().text();
        return out;
    }
    while (q.next())
        out << tr("row %1 of %2 refers to a missing row of %3")
                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    return out;
}

} // namespace assure
