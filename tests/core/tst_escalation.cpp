// The escalation log's rules (issue 19, part 3): each field's check named, the level against the
// board's highest, resolved before raised refused, calendar days to resolve, the median worked by
// hand for odd and even counts, and a year's tally at its edges.
#include "core/voices/escalation.h"
#include "core/voices/escalationtally.h"

#include <QTest>

using namespace assure;

namespace {

Escalation sound()
{
    Escalation e;
    e.ref = QStringLiteral("C-1042");
    e.raised = QDate(2026, 5, 4);
    e.raisedByAgencyId = 1;
    e.raisedWithAgencyId = 2;
    e.reasonId = 3;
    e.level = 2;
    return e;
}

QList<EscalationField> fieldsOf(const QList<EscalationProblem> &problems)
{
    QList<EscalationField> out;
    for (const EscalationProblem &p : problems)
        out << p.field;
    return out;
}

} // namespace

class TestEscalation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soundHasNoProblems();
    void problemsNameTheField();
    void levels_data();
    void levels();
    void daysToResolve_data();
    void daysToResolve();
    void median_data();
    void median();
    void settings();
    void tally();
};

void TestEscalation::soundHasNoProblems()
{
    QVERIFY(sound().problemsWith(4).isEmpty());
    Escalation e = sound();
    e.resolved = e.raised; // resolved the day it was raised
    QVERIFY(e.problemsWith(4).isEmpty());
}

void TestEscalation::problemsNameTheField()
{
    Escalation e = sound();
    e.ref = QStringLiteral("  ");
    QCOMPARE(fieldsOf(e.problemsWith(4)), QList<EscalationField>{EscalationField::Ref});
    QVERIFY(e.problems(4).constFirst().startsWith(QStringLiteral("Case reference: ")));

    e = sound();
    e.raisedWithAgencyId = e.raisedByAgencyId;
    QCOMPARE(fieldsOf(e.problemsWith(4)), QList<EscalationField>{EscalationField::RaisedWith});

    e = sound();
    e.resolved = QDate(2026, 5, 3);
    const QList<EscalationProblem> p = e.problemsWith(4);
    QCOMPARE(fieldsOf(p), QList<EscalationField>{EscalationField::Resolved});
    QCOMPARE(p.constFirst().text, QStringLiteral("2026-05-03 is before the day it was raised (2026-05-04)"));
    QCOMPARE(escalationFieldKey(EscalationField::Resolved), QStringLiteral("resolved"));

    e = Escalation();
    QCOMPARE(fieldsOf(e.problemsWith(4)),
             (QList<EscalationField>{EscalationField::Ref, EscalationField::Raised, EscalationField::RaisedBy,
                                     EscalationField::RaisedWith, EscalationField::Reason}));
}

void TestEscalation::levels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("highest");
    QTest::addColumn<int>("level"); // 0: refused
    QTest::addColumn<QString>("refusal");
    QTest::newRow("1") << "1" << 4 << 1 << "";
    QTest::newRow("4 of 4") << "4" << 4 << 4 << "";
    QTest::newRow("3.0 from a spreadsheet") << "3.0" << 4 << 3 << "";
    QTest::newRow("7") << "7" << 4 << 0 << "7 is not from 1 to 4";
    QTest::newRow("5 of 4") << "5" << 4 << 0 << "5 is not from 1 to 4";
    QTest::newRow("5 of a board's 6") << "5" << 6 << 5 << "";
    QTest::newRow("0") << "0" << 4 << 0 << "0 is not from 1 to 4";
    QTest::newRow("2.5") << "2.5" << 4 << 0 << "“2.5” is not a whole number from 1 to 4";
    QTest::newRow("empty") << " " << 4 << 0 << "is empty; give a whole number from 1 to 4";
}

void TestEscalation::levels()
{
    QFETCH(QString, text);
    QFETCH(int, highest);
    QFETCH(int, level);
    QFETCH(QString, refusal);
    int got = 0;
    QCOMPARE(escalationLevelRefusal(text, highest, &got), refusal);
    QCOMPARE(got, level);
    // The editor's level, a whole number, is held to the same bounds.
    bool whole = false;
    const int n = text.trimmed().toInt(&whole);
    if (whole) {
        Escalation e = sound();
        e.level = n;
        QCOMPARE(e.problemsWith(highest).isEmpty(), level != 0);
    }
}

void TestEscalation::daysToResolve_data()
{
    QTest::addColumn<QDate>("raised");
    QTest::addColumn<QDate>("resolved");
    QTest::addColumn<int>("days"); // -1: none
    QTest::newRow("same day") << QDate(2026, 5, 4) << QDate(2026, 5, 4) << 0;
    QTest::newRow("over a weekend, calendar days") << QDate(2026, 5, 1) << QDate(2026, 5, 4) << 3;
    QTest::newRow("across a month end") << QDate(2026, 1, 30) << QDate(2026, 3, 2) << 31;
    QTest::newRow("across a leap day") << QDate(2028, 2, 28) << QDate(2028, 3, 1) << 2;
    QTest::newRow("open") << QDate(2026, 5, 4) << QDate() << -1;
}

void TestEscalation::daysToResolve()
{
    QFETCH(QDate, raised);
    QFETCH(QDate, resolved);
    QFETCH(int, days);
    Escalation e = sound();
    e.raised = raised;
    e.resolved = resolved;
    const std::optional<int> got = assure::daysToResolve(e);
    QCOMPARE(got.value_or(-1), days);
}

void TestEscalation::median_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<double>("median"); // -1: none
    // Sorted 2 5 9 14 30: the third.
    QTest::newRow("odd") << QList<int>{14, 2, 30, 9, 5} << 9.0;
    // Sorted 3 6 10 21: (6 + 10) / 2.
    QTest::newRow("even") << QList<int>{21, 3, 10, 6} << 8.0;
    // Sorted 0 7: (0 + 7) / 2, a half day.
    QTest::newRow("even, half") << QList<int>{7, 0} << 3.5;
    QTest::newRow("one") << QList<int>{12} << 12.0;
    QTest::newRow("none") << QList<int>{} << -1.0;
}

void TestEscalation::median()
{
    QFETCH(QList<int>, days);
    QFETCH(double, median);
    QCOMPARE(medianDays(days).value_or(-1.0), median);
}

void TestEscalation::settings()
{
    EscalationSettings s;
    QCOMPARE(s.highestLevel(), 4);
    QCOMPARE(s.levelName(4), QStringLiteral("Director to director"));
    QVERIFY(s.problems().isEmpty());
    s.levelNames << QStringLiteral(" ");
    QCOMPARE(s.problems(), QStringList{QStringLiteral("Level 5 needs a name.")});
    s.levelNames.clear();
    QCOMPARE(s.problems(), QStringList{QStringLiteral("There must be from 1 to 9 levels.")});
    QVERIFY(defaultEscalationReasons().contains(QStringLiteral("Threshold disagreement")));
}

void TestEscalation::tally()
{
    // The year 2026-27: 1 April 2026 to 31 March 2027.
    EscalationTally t(QDate(2026, 4, 1), QDate(2027, 3, 31));
    const auto add = [&](QDate raised, QDate resolved, qint64 reason, int level) {
        Escalation e = sound();
        e.raised = raised;
        e.resolved = resolved;
        e.reasonId = reason;
        e.level = level;
        t.add(e);
    };
    add(QDate(2026, 3, 20), QDate(2026, 4, 9), 1, 2); // raised last year, resolved in this: 20 days
    add(QDate(2026, 4, 1), QDate(2026, 4, 3), 1, 1);  // first day: 2 days
    add(QDate(2026, 6, 10), QDate(), 2, 3);           // open
    add(QDate(2027, 3, 31), QDate(2027, 4, 2), 2, 4); // last day, resolved next year: open at the end
    add(QDate(2027, 4, 1), QDate(), 3, 1);            // next year: not counted
    add(QDate(2026, 3, 1), QDate(2026, 3, 5), 3, 1);  // last year entirely
    QCOMPARE(t.raised(), 3);
    QCOMPARE(t.resolved(), 2);
    QCOMPARE(t.open(), 2);
    QCOMPARE(t.medianDaysToResolve().value_or(-1), 11.0); // (2 + 20) / 2
    QCOMPARE(t.byReason(), (QMap<qint64, int>{{1, 1}, {2, 2}}));
    QCOMPARE(t.byLevel(), (QMap<int, int>{{1, 1}, {3, 1}, {4, 1}}));
}

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
