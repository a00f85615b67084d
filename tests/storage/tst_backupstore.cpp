// Automatic backups: where they go, which ones rotation keeps, what a summary says, and restore.
#include "storage/board/boardmappings.h"
#include "storage/boardfile.h"
#include "storage/filesafety/backupcopy.h"
#include "storage/filesafety/backupstore.h"
#include "storage/filesafety/backupsummary.h"
#include "storage/indicators/indicatormappings.h"
#include "storage/repository.h"
#include "storage/transaction.h"
#include "testsupport/filebytes.h"
#include "testsupport/tablecontents.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace assure;
using assure::test::tableContents;

namespace {

QDateTime utc(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

class TestBackupStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rotation_data();
    void rotation();
    void backUpNamesAndListsNewestFirst();
    void folderFollowsTheFileNotTheName();
    void rotateKeepsCopiesFromBeforeUpgrades();
    void summaryCountsTheBackupItself();
    void restoreMakesAnIdenticalNewFile();
    void restoreRefusesExistingFileAndDamagedBackup();

private:
    QString makeBoard(const char *name, int agencies);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBackupStore::makeBoard(const char *name, int agencies)
{
    const QString file = m_dir->filePath(QString::fromLatin1(name));
    OpenResult r;
    auto board = BoardFile::create(file, &r);
    if (!board)
        return {};
    Transaction t(board->database());
    Repository<Agency> repo(board->database());
    QString error;
    for (int i = 0; i < agencies; ++i) {
        Agency a;
        a.name = QStringLiteral("Agency %1").arg(i);
        repo.insert(a, &error);
    }
    t.commit();
    return file;
}

void TestBackupStore::rotation_data()
{
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<int>("keepLast");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QStringList>("expected");
    // now is Wednesday 2026-11-18 12:00 UTC (weeks start on Monday 16th, 9th, 2nd...).
    const QStringList sameDay{QStringLiteral("2026-11-18T09:00:00"), QStringLiteral("2026-11-18T10:00:00"),
                              QStringLiteral("2026-11-18T11:00:00")};
    QTest::newRow("last two only") << sameDay << 2 << 0 << 0
                                   << QStringList{QStringLiteral("2026-11-18T10:00:00"),
                                                  QStringLiteral("2026-11-18T11:00:00")};
    QTest::newRow("one per day keeps the day's newest")
        << sameDay << 0 << 1 << 0 << QStringList{QStringLiteral("2026-11-18T11:00:00")};
    QTest::newRow("nothing kept") << sameDay << 0 << 0 << 0 << QStringList{};
    const QStringList days{QStringLiteral("2026-11-18T08:00:00"), QStringLiteral("2026-11-17T20:00:00"),
                           QStringLiteral("2026-11-17T08:00:00"), QStringLiteral("2026-11-16T08:00:00"),
                           QStringLiteral("2026-11-15T08:00:00"), QStringLiteral("2026-11-10T08:00:00")};
    QTest::newRow("last plus three days")
        << days << 1 << 3 << 0
        << QStringList{QStringLiteral("2026-11-18T08:00:00"), QStringLiteral("2026-11-17T20:00:00"),
                       QStringLiteral("2026-11-16T08:00:00")};
    QTest::newRow("weeks: newest of this week and of the two before")
        << days << 0 << 0 << 3
        << QStringList{QStringLiteral("2026-11-18T08:00:00"), QStringLiteral("2026-11-15T08:00:00")};
    const QStringList weeks{QStringLiteral("2026-11-16T08:00:00"), QStringLiteral("2026-11-11T08:00:00"),
                            QStringLiteral("2026-11-09T08:00:00"), QStringLiteral("2026-11-01T08:00:00"),
                            QStringLiteral("2026-10-20T08:00:00")};
    QTest::newRow("four weeks") << weeks << 0 << 0 << 4
                                << QStringList{QStringLiteral("2026-11-16T08:00:00"),
                                               QStringLiteral("2026-11-11T08:00:00"),
                                               QStringLiteral("2026-11-01T08:00:00")};
    QTest::newRow("all together") << (days + weeks) << 2 << 2 << 5
                                  << QStringList{
                                         QStringLiteral("2026-11-18T08:00:00"), QStringLiteral("2026-11-17T20:00:00"),
                                         QStringLiteral("2026-11-15T08:00:00"), QStringLiteral("2026-11-01T08:00:00"),
                                         QStringLiteral("2026-10-20T08:00:00")};
}

void TestBackupStore::rotation()
{
    QFETCH(QStringList, times);
    QFETCH(int, keepLast);
    QFETCH(int, days);
    QFETCH(int, weeks);
    QFETCH(QStringList, expected);
    QList<QDateTime> stamps;
    for (const QString &t : times)
        stamps << utc(t.toLatin1().constData());
    const QSet<int> kept = BackupStore::kept(stamps, {keepLast, days, weeks}, utc("2026-11-18T12:00:00"));
    QStringList keptTimes;
    for (int i = 0; i < times.size(); ++i)
        if (kept.contains(i))
            keptTimes << times[i];
    keptTimes.sort();
    expected.sort();
    QCOMPARE(keptTimes, expected);
}

void TestBackupStore::backUpNamesAndListsNewestFirst()
{
    const QString file = makeBoard("Westmere.assure", 3);
    OpenResult r;
    auto board = BoardFile::open(file, BoardFile::Mode::ReadWrite, &r);
    QVERIFY(board);
    const BackupStore store(m_dir->filePath(QStringLiteral("backups")));
    QString error;
    const QString first = store.backUp(board->handle(), file, QStringLiteral("Westmere Safeguarding Board"),
                                       BackupStore::kOpen, utc("2026-11-18T09:00:00"), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    const QString second = store.backUp(board->handle(), file, QStringLiteral("Westmere Safeguarding Board"),
                                        BackupStore::kTimed, utc("2026-11-18T09:10:00.250"), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    const QString folder = QFileInfo(first).absolutePath();
    QCOMPARE(QDir(folder).dirName(), QStringLiteral("westmere-safeguarding-board-") + BackupStore::shortId(file));
    QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("2026-11-18T090000.000Z-open.assure"));
    const QList<BackupEntry> listed = BackupStore::backupsIn(folder);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0].path, second);
    QCOMPARE(listed[0].trigger, BackupStore::kTimed);
    QCOMPARE(listed[0].time, utc("2026-11-18T09:10:00.250"));
    QCOMPARE(listed[1].trigger, BackupStore::kOpen);
    QCOMPARE(store.boardFolders(), QStringList{folder});
    // The same moment twice never overwrites: the second takes the next millisecond.
    const QString again =
        store.backUp(board->handle(), file, QString(), BackupStore::kOpen, utc("2026-11-18T09:00:00"), &error);
    QCOMPARE(QFileInfo(again).fileName(), QStringLiteral("2026-11-18T090000.001Z-open.assure"));
}

void TestBackupStore::folderFollowsTheFileNotTheName()
{
    const BackupStore store(m_dir->filePath(QStringLiteral("backups")));
    const QString file = m_dir->filePath(QStringLiteral("a.assure"));
    const QString folder = store.folderFor(file, QStringLiteral("First name"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(store.folderFor(file, QStringLiteral("Renamed board")), folder);
    QVERIFY(store.folderFor(m_dir->filePath(QStringLiteral("b.assure")), QStringLiteral("First name")) != folder);
}

void TestBackupStore::rotateKeepsCopiesFromBeforeUpgrades()
{
    const QString file = makeBoard("board.assure", 1);
    OpenResult r;
    auto board = BoardFile::open(file, BoardFile::Mode::ReadWrite, &r);
    const BackupStore store(m_dir->filePath(QStringLiteral("backups")));
    QString error;
    QString path;
    for (int hour = 0; hour < 6; ++hour) {
        const QDateTime at = utc("2026-11-18T00:00:00").addSecs(hour * 3600);
        path = store.backUp(board->handle(), file, QStringLiteral("b"),
                            hour == 0 ? BackupStore::kBeforeUpgrade : BackupStore::kTimed, at, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
    }
    const QString folder = QFileInfo(path).absolutePath();
    QCOMPARE(BackupStore::rotate(folder, {2, 0, 0}, utc("2026-11-18T12:00:00")), 3);
    const QList<BackupEntry> left = BackupStore::backupsIn(folder);
    QCOMPARE(left.size(), 3);
    QCOMPARE(left[0].time, utc("2026-11-18T05:00:00"));
    QCOMPARE(left[1].time, utc("2026-11-18T04:00:00"));
    QCOMPARE(left[2].trigger, BackupStore::kBeforeUpgrade);
}

void TestBackupStore::summaryCountsTheBackupItself()
{
    const QString file = makeBoard("board.assure", 4);
    const BackupSummary s = BackupSummary::read(file);
    QVERIFY2(s.ok, qPrintable(s.problem));
    QCOMPARE(s.count(QStringLiteral("agency")), 4);
    QCOMPARE(s.schemaVersion, BoardFile::currentSchemaVersion());
    QCOMPARE(s.describe(), QStringLiteral("4 agencies, 0 people, 0 indicators, 0 measurements"));
    const QString text = m_dir->filePath(QStringLiteral("notes.assure"));
    QVERIFY(test::writeFile(text, "not a board"));
    const BackupSummary bad = BackupSummary::read(text);
    QVERIFY(!bad.ok);
    QVERIFY(bad.describe().contains(QStringLiteral("not an Assure board file")));
}

void TestBackupStore::restoreMakesAnIdenticalNewFile()
{
    const QString file = makeBoard("board.assure", 25);
    const QString backup = m_dir->filePath(QStringLiteral("backup.assure"));
    QString error;
    QVERIFY2(BackupCopy::fromFile(file, backup, BackupCopy::Replace::Refuse, &error), qPrintable(error));
    const QString restored = m_dir->filePath(QStringLiteral("restored.assure"));
    QVERIFY2(BackupStore::restore(backup, restored, &error), qPrintable(error));
    QCOMPARE(tableContents(restored), tableContents(file));
    QCOMPARE(BackupSummary::read(restored).count(QStringLiteral("agency")), 25);
    QVERIFY(!QFileInfo::exists(restored + QStringLiteral("-journal")));
    OpenResult r;
    QVERIFY2(BoardFile::open(restored, BoardFile::Mode::ReadWrite, &r), qPrintable(r.message));
}

void TestBackupStore::restoreRefusesExistingFileAndDamagedBackup()
{
    const QString file = makeBoard("board.assure", 2);
    const QString other = makeBoard("other.assure", 5);
    const QByteArray before = test::fileDigest(other);
    QString error;
    QVERIFY(!BackupStore::restore(file, other, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QCOMPARE(test::fileDigest(other), before);
    // A backup whose pages were damaged fails quick_check and is not restored.
    QByteArray bytes = test::readFile(file);
    for (qsizetype i = 4096 + 200; i < bytes.size(); i += 7)
        bytes[i] = char(0x5a);
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.assure"));
    QVERIFY(test::writeFile(damaged, bytes));
    const QString target = m_dir->filePath(QStringLiteral("new.assure"));
    QVERIFY(!BackupStore::restore(damaged, target, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
