// BoardInfo: what `assure-cli info` shows of a board file, read in storage (the file's format, its application
// id, the board's name and the rows of every table).
#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"
#include "storage/boardinfo.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestBoardInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newBoard();
};

void TestBoardInfo::newBoard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.assure"));
    OpenResult result;
    {
        auto file = BoardFile::create(path, &result);
        QVERIFY2(file, qPrintable(result.message));
        Board board;
        board.name = QStringLiteral("Fenholt Safeguarding Board");
        QString error;
        QVERIFY2(BoardRepository(file->database()).save(board, &error), qPrintable(error));
    }
    const auto file = BoardFile::open(path, BoardFile::Mode::ReadOnly, &result);
    QVERIFY2(file, qPrintable(result.message));
    const BoardInfo info = BoardInfo::read(*file);
    QCOMPARE(info.schemaVersion, BoardFile::currentSchemaVersion());
    QCOMPARE(info.applicationId, qint64(BoardFile::kApplicationId));
    QCOMPARE(info.boardName, QStringLiteral("Fenholt Safeguarding Board"));
    QStringList tables;
    for (const auto &[table, count] : info.counts) {
        tables << table;
        if (table == QLatin1String("board"))
            QCOMPARE(count, 1);
        else if (table == QLatin1String("agency"))
            QCOMPARE(count, 0);
    }
    QVERIFY2(tables.contains(QStringLiteral("board")) && tables.contains(QStringLiteral("agency")) &&
                 tables.contains(QStringLiteral("history")),
             qPrintable(tables.join(QStringLiteral(", "))));
    QStringList sorted = tables;
    sorted.sort();
    QCOMPARE(tables, sorted);
}

QTEST_GUILESS_MAIN(TestBoardInfo)
#include "tst_boardinfo.moc"
