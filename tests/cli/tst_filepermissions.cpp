// Under a umask of 022: board files, backups and restored files are their owner's alone (0600), the backups
// folders 0700 (wider ones tightened), and exported spreadsheets follow the umask like any file the user saves.
#include "testsupport/clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace assure;

using test::cli;
using test::Run;

namespace {

// The permission bits, as ls shows them in octal.
int mode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestFilePermissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newBoardFilesArePrivate();
    void backupsAndTheirFoldersArePrivate();
    void restoredFileIsPrivate();
    void exportsFollowTheUmask();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_board;
};

void TestFilePermissions::initTestCase()
{
    ::umask(022); // the usual umask, under which a file made without care is readable by everyone
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(path(QStringLiteral("backups"))));
    m_board = path(QStringLiteral("westmere.assure"));
    QCOMPARE(cli({QStringLiteral("demo"), m_board}).exitCode, 0);
}

void TestFilePermissions::newBoardFilesArePrivate()
{
    QCOMPARE(mode(m_board), 0600);
    const QString created = path(QStringLiteral("new.assure"));
    QCOMPARE(cli({QStringLiteral("create"), created, QStringLiteral("--name"), QStringLiteral("Fenholt")}).exitCode, 0);
    QCOMPARE(mode(created), 0600);
}

void TestFilePermissions::backupsAndTheirFoldersArePrivate()
{
    // A backups folder made by an older Assure, readable by everyone, is tightened.
    const QString root = path(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(::chmod(QFile::encodeName(root).constData(), 0755) == 0);
    const Run first = cli({QStringLiteral("backup"), m_board});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString copy = first.out.trimmed();
    const QString folder = QFileInfo(copy).absolutePath();
    QCOMPARE(mode(copy), 0600);
    QCOMPARE(mode(folder), 0700);
    QCOMPARE(mode(root), 0700);
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    const Run second = cli({QStringLiteral("backup"), m_board});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(mode(folder), 0700);
    QCOMPARE(mode(second.out.trimmed()), 0600);
    // A copy into a folder the user names is private too; the folder is theirs to set.
    const Run named = cli({QStringLiteral("backup"), m_board, QStringLiteral("--out"), path(QStringLiteral("usb"))});
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    QCOMPARE(mode(named.out.trimmed()), 0600);
    QCOMPARE(mode(path(QStringLiteral("usb"))), 0755);
}

void TestFilePermissions::restoredFileIsPrivate()
{
    const Run backup = cli({QStringLiteral("backup"), m_board});
    QCOMPARE(backup.exitCode, 0);
    const QString restored = path(QStringLiteral("restored.assure"));
    const Run r = cli({QStringLiteral("restore"), backup.out.trimmed(), QStringLiteral("--out"), restored});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(mode(restored), 0600);
}

void TestFilePermissions::exportsFollowTheUmask()
{
    for (const QString &name : {QStringLiteral("measurements.csv"), QStringLiteral("measurements.xlsx")}) {
        const QString out = path(name);
        const Run r = cli({QStringLiteral("export"), m_board, QStringLiteral("--measurements"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(mode(out), 0644);
    }
}

QTEST_GUILESS_MAIN(TestFilePermissions)
#include "tst_filepermissions.moc"
