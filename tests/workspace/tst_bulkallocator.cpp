// Large change sets live in mapped blocks: they must hold, grow, copy and shrink like any vector.
#include "workspace/bulkallocator.h"
#include "workspace/changeset.h"
#include "workspace/indicators/indicatorkinds.h"

#include <QTest>

using namespace assure;

namespace {

Measurement measurement(int i)
{
    Measurement m;
    m.indicatorId = 1 + i / 120;
    m.periodKey = QStringLiteral("%1-%2").arg(2000 + (i % 120) / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
    m.value = i * 0.5;
    m.commentary = QStringLiteral("Row %1 of a bulk import").arg(i);
    return m;
}

} // namespace

class TestBulkAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyLargeBlocksAreMapped()
    {
        QVERIFY(!bulk::isMapped(4096));
        QVERIFY(!bulk::isMapped((std::size_t(1) << 20) - 1));
#if defined(__linux__)
        QVERIFY(bulk::isMapped(std::size_t(1) << 20));
#endif
    }

    // A block of huge pages (an odd size, so its end is not on a page boundary) holds what is
    // written to its first and last bytes, and goes back whole.
    void aBlockOfHugePagesHoldsWhatIsWritten()
    {
#if defined(__linux__)
        const std::size_t bytes = (std::size_t(5) << 20) + 123;
        QVERIFY(bulk::isMapped(bytes));
        auto *block = static_cast<unsigned char *>(bulk::map(bytes));
        QVERIFY(block);
        block[0] = 0x5a;
        block[bytes / 2] = 0x6b;
        block[bytes - 1] = 0xa5;
        QCOMPARE(block[0], 0x5a);
        QCOMPARE(block[bytes / 2], 0x6b);
        QCOMPARE(block[bytes - 1], 0xa5);
        QCOMPARE(block[1], 0); // fresh pages are zero
        bulk::unmap(block, bytes);
#else
        QSKIP("blocks are only mapped on Linux");
#endif
    }

    // 20,000 inserts (about 7 MB): the set grows through small and mapped blocks, and every row
    // comes out as it went in, in a copy too, and after the set is cut back.
    void aLargeChangeSetHoldsItsRows()
    {
        ChangeSet changes;
        constexpr int kRows = 20000;
        for (int i = 0; i < kRows; ++i)
            changes.insert(measurement(i));
        QCOMPARE(changes.size(), size_t(kRows));
#if defined(__linux__)
        QVERIFY(bulk::isMapped(changes.rowsOf<Measurement>()->capacity() * sizeof(RowChange<Measurement>)));
#endif

        const ChangeSet copy = changes;
        const ChangeSet back = changes.inverse();
        for (int i : {0, 1, 4999, 12345, kRows - 1}) {
            const auto &inserted = copy.at<Measurement>(size_t(i));
            QVERIFY(!inserted.before);
            QCOMPARE(*inserted.after, measurement(i));
            // The inverse deletes them, newest first.
            const auto &deleted = back.at<Measurement>(size_t(kRows - 1 - i));
            QCOMPARE(*deleted.before, measurement(i));
            QVERIFY(!deleted.after);
        }

        changes.truncate(10); // back to a small block
        QCOMPARE(*changes.at<Measurement>(9).after, measurement(9));
    }
};

QTEST_GUILESS_MAIN(TestBulkAllocator)
#include "tst_bulkallocator.moc"
