// The loaded series after a batch of changes: what the Indicators page and its chart read.
#include "core/indicators/indicator.h"
#include "workspace/indicators/seriesstore.h"

#include <QTest>

using namespace assure;

namespace {

Measurement row(qint64 indicator, const QString &period, double value)
{
    Measurement m;
    m.indicatorId = indicator;
    m.periodKey = period;
    m.value = value;
    return m;
}

// An indicator's series as "period=value" in the store's order.
QStringList seriesOf(const SeriesStore<Measurement> &store, qint64 indicator)
{
    QStringList out;
    for (const Measurement &m : store.of(indicator))
        out << m.periodKey + QLatin1Char('=') + QString::number(m.value.value_or(-1));
    return out;
}

// Months 2026-01 .. 2026-12 for indicator 1, values 1..12.
SeriesStore<Measurement> year()
{
    std::vector<Measurement> rows;
    for (int month = 12; month >= 1; --month)
        rows.push_back(row(1, QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0')), month));
    SeriesStore<Measurement> store;
    store.reset(rows);
    return store;
}

} // namespace

class TestSeriesStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fewChangesGoInOneAtATime()
    {
        SeriesStore<Measurement> store = year();
        const Measurement added = row(1, QStringLiteral("2025-12"), 0);
        const Measurement changed = row(1, QStringLiteral("2026-06"), 60);
        const QString gone = QStringLiteral("2026-12");
        store.apply({{1, &changed.periodKey, &changed}, {1, &added.periodKey, &added}, {1, &gone, nullptr}});
        const QStringList s = seriesOf(store, 1);
        QCOMPARE(s.size(), 12);
        QCOMPARE(s.first(), QStringLiteral("2025-12=0"));
        QCOMPARE(s.at(6), QStringLiteral("2026-06=60"));
        QCOMPARE(s.last(), QStringLiteral("2026-11=11"));
    }

    // A large import of earlier years, with a replacement, a removal and a key changed twice, in
    // no particular order: one merge gives what one change at a time would.
    void manyChangesMergeAsOneAtATimeWould()
    {
        std::vector<Measurement> rows;
        for (int y = 2020; y <= 2025; ++y)
            for (int month = 1; month <= 12; ++month)
                rows.push_back(row(1, QStringLiteral("%1-%2").arg(y).arg(month, 2, 10, QLatin1Char('0')), y + month));
        rows.push_back(row(1, QStringLiteral("2026-03"), 300)); // replaces
        rows.push_back(row(1, QStringLiteral("2021-05"), 1));   // the same key again: this one counts
        rows.push_back(row(2, QStringLiteral("2026-01"), 7));   // another indicator
        std::reverse(rows.begin(), rows.begin() + 40);
        const QString removed = QStringLiteral("2026-07");
        const QString missing = QStringLiteral("2019-01");

        std::vector<SeriesStore<Measurement>::Edit> edits;
        for (const Measurement &m : rows)
            edits.push_back({m.indicatorId, &m.periodKey, &m});
        edits.push_back({1, &removed, nullptr});
        edits.push_back({1, &missing, nullptr});

        SeriesStore<Measurement> merged = year();
        merged.apply(edits);
        SeriesStore<Measurement> oneByOne = year();
        for (const auto &e : edits) {
            if (e.after)
                oneByOne.upsert(*e.after);
            else
                oneByOne.remove(e.indicatorId, *e.periodKey);
        }

        QCOMPARE(seriesOf(merged, 1), seriesOf(oneByOne, 1));
        QCOMPARE(seriesOf(merged, 2), QStringList{QStringLiteral("2026-01=7")});
        QCOMPARE(merged.count(), qint64(6 * 12 + 11 + 1));
        QVERIFY(seriesOf(merged, 1).contains(QStringLiteral("2021-05=1")));
        QVERIFY(seriesOf(merged, 1).contains(QStringLiteral("2026-03=300")));
        QVERIFY(!seriesOf(merged, 1).contains(QStringLiteral("2026-07=7")));
        QVERIFY(std::is_sorted(merged.of(1).begin(), merged.of(1).end(),
                               [](const Measurement &a, const Measurement &b) { return a.periodKey < b.periodKey; }));
    }

    void removingEveryRowForgetsTheIndicator()
    {
        SeriesStore<Measurement> store = year();
        std::vector<QString> keys;
        for (const Measurement &m : store.of(1))
            keys.push_back(m.periodKey);
        for (int month = 1; month <= 8; ++month) // not there: nothing happens
            keys.push_back(QStringLiteral("2027-%1").arg(month, 2, 10, QLatin1Char('0')));
        std::vector<SeriesStore<Measurement>::Edit> edits;
        for (const QString &k : keys)
            edits.push_back({1, &k, nullptr});
        QVERIFY(edits.size() >= 16); // enough to be merged
        store.apply(edits);
        QVERIFY(store.of(1).empty());
        QCOMPARE(store.count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
