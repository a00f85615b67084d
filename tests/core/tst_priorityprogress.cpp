// A priority's progress rolled up from its indicators and actions (issue 18, part 1): the counts
// each part keeps, and the status at the edges of its shares (50% and 75%).
#include "core/board/priorityprogress.h"

#include <QTest>

using namespace assure;

namespace {

PriorityIndicatorCounts indicators(int green, int amber, int red, int unrated = 0)
{
    PriorityIndicatorCounts c;
    for (int i = 0; i < green; ++i)
        c.add(i % 2 ? Rag::Blue : Rag::Green); // BLUE, beyond target, is green too
    for (int i = 0; i < amber; ++i)
        c.add(Rag::Amber);
    for (int i = 0; i < red; ++i)
        c.add(Rag::Red);
    for (int i = 0; i < unrated; ++i)
        c.add(i % 2 ? Rag::NoData : Rag::NotApplicable);
    return c;
}

PriorityActionCounts actions(int onTrack, int amber, int red, int cancelled = 0)
{
    PriorityActionCounts c;
    for (int i = 0; i < onTrack; ++i)
        c.add(i % 2 ? Rag::Blue : Rag::Green);
    for (int i = 0; i < amber; ++i)
        c.add(Rag::Amber);
    for (int i = 0; i < red; ++i)
        c.add(Rag::Red);
    for (int i = 0; i < cancelled; ++i)
        c.add(std::nullopt);
    return c;
}

} // namespace

Q_DECLARE_METATYPE(PriorityIndicatorCounts)
Q_DECLARE_METATYPE(PriorityActionCounts)

class TestPriorityProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void counts();
    void status_data();
    void status();
};

void TestPriorityProgress::keys()
{
    const QStringList keys{QStringLiteral("on_track"), QStringLiteral("some_concern"), QStringLiteral("off_track"),
                           QStringLiteral("no_data")};
    QCOMPARE(allPriorityStatuses().size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(priorityStatusKey(allPriorityStatuses().at(i)), keys.at(i));
        QVERIFY(!priorityStatusLabel(allPriorityStatuses().at(i)).isEmpty());
    }
    QCOMPARE(priorityStatusRag(PriorityStatus::OffTrack), Rag::Red);
}

void TestPriorityProgress::counts()
{
    const PriorityIndicatorCounts i = indicators(3, 1, 2, 2);
    QCOMPARE(i.total, 8);
    QCOMPARE(i.green, 3);
    QCOMPARE(i.rated(), 6);
    QCOMPARE(i.unrated(), 2);
    const PriorityActionCounts a = actions(2, 1, 1, 3);
    QCOMPARE(a.total, 7);
    QCOMPARE(a.onTrack, 2);
    QCOMPARE(a.rated(), 4);
    QCOMPARE(a.unrated(), 3);
}

void TestPriorityProgress::status_data()
{
    QTest::addColumn<PriorityIndicatorCounts>("ind");
    QTest::addColumn<PriorityActionCounts>("act");
    QTest::addColumn<QString>("status");
    QTest::newRow("nothing linked") << PriorityIndicatorCounts{} << PriorityActionCounts{} << "no_data";
    QTest::newRow("linked, none rated") << indicators(0, 0, 0, 3) << actions(0, 0, 0, 2) << "no_data";
    QTest::newRow("all green, no actions") << indicators(4, 0, 0) << PriorityActionCounts{} << "on_track";
    QTest::newRow("no indicators, actions on track") << PriorityIndicatorCounts{} << actions(2, 0, 0) << "on_track";
    QTest::newRow("3 of 4 green: 75% on track") << indicators(3, 1, 0) << actions(1, 0, 0) << "on_track";
    QTest::newRow("2 of 3 green: below 75%") << indicators(2, 0, 1) << actions(1, 0, 0) << "some_concern";
    QTest::newRow("actions 2 of 4: 50% is concern") << indicators(1, 0, 0) << actions(2, 1, 1) << "some_concern";
    QTest::newRow("actions 1 of 3: below 50%") << indicators(1, 0, 0) << actions(1, 1, 1) << "off_track";
    QTest::newRow("indicators 1 of 3: off track") << indicators(1, 2, 0) << actions(5, 0, 0) << "off_track";
    QTest::newRow("cancelled and unrated left out") << indicators(1, 0, 0, 5) << actions(1, 0, 0, 5) << "on_track";
}

void TestPriorityProgress::status()
{
    QFETCH(PriorityIndicatorCounts, ind);
    QFETCH(PriorityActionCounts, act);
    QFETCH(QString, status);
    QCOMPARE(priorityStatusKey(priorityStatus(ind, act)), status);
}

QTEST_GUILESS_MAIN(TestPriorityProgress)
#include "tst_priorityprogress.moc"
