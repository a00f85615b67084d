// Moderation (issue 15, part 5): percentage agreement and Cohen's kappa against examples worked by
// hand (perfect, chance, worse than chance, the textbook 2x2 table, three grades), and the grade
// scale, standard or an audit's own.
#include "core/audits/agreement.h"
#include "core/audits/grades.h"

#include <QTest>

using namespace assure;

namespace {

using Pairs = QList<std::pair<QString, QString>>;

// count copies of the pair (a, b).
void add(Pairs &pairs, int count, const char *a, const char *b)
{
    for (int i = 0; i < count; ++i)
        pairs.append({QString::fromLatin1(a), QString::fromLatin1(b)});
}

} // namespace

Q_DECLARE_METATYPE(Pairs)

class TestAgreement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kappa_data();
    void kappa();
    void undefined();
    void standardScale();
    void ownScale();
};

void TestAgreement::kappa_data()
{
    QTest::addColumn<Pairs>("pairs");
    QTest::addColumn<int>("cases");
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("kappa");

    Pairs perfect;
    add(perfect, 2, "good", "good");
    add(perfect, 1, "outstanding", "outstanding");
    add(perfect, 1, "inadequate", "inadequate");
    // po = 1; pe = (2/4)^2 + (1/4)^2 + (1/4)^2 = 0.375; kappa = (1 - 0.375) / (1 - 0.375) = 1.
    QTest::newRow("perfect") << perfect << 4 << 1.0 << 1.0;

    Pairs chance;
    add(chance, 1, "good", "good");
    add(chance, 1, "good", "inadequate");
    add(chance, 1, "inadequate", "good");
    add(chance, 1, "inadequate", "inadequate");
    // po = 0.5; each auditor half and half, pe = 0.25 + 0.25 = 0.5; kappa = 0.
    QTest::newRow("chance") << chance << 4 << 0.5 << 0.0;

    Pairs opposite;
    add(opposite, 1, "good", "inadequate");
    add(opposite, 1, "inadequate", "good");
    // po = 0; pe = 0.5; kappa = -0.5 / 0.5 = -1.
    QTest::newRow("worse than chance") << opposite << 2 << 0.0 << -1.0;

    Pairs textbook;
    add(textbook, 20, "yes", "yes");
    add(textbook, 5, "yes", "no");
    add(textbook, 10, "no", "yes");
    add(textbook, 15, "no", "no");
    // po = 35/50 = 0.7; first yes 25/50, second yes 30/50; pe = 0.5 x 0.6 + 0.5 x 0.4 = 0.5;
    // kappa = 0.2 / 0.5 = 0.4.
    QTest::newRow("2x2 table") << textbook << 50 << 0.7 << 0.4;

    Pairs three;
    add(three, 4, "good", "good");
    add(three, 2, "good", "requires_improvement");
    add(three, 3, "requires_improvement", "requires_improvement");
    add(three, 1, "inadequate", "requires_improvement");
    add(three, 2, "inadequate", "inadequate");
    add(three, 0, "", "");
    // n = 12; po = 9/12 = 0.75. First: good 6, RI 3, inadequate 3; second: good 4, RI 6, inad 2.
    // pe = (6x4 + 3x6 + 3x2) / 144 = 48/144 = 1/3; kappa = (0.75 - 1/3) / (2/3) = 0.625.
    QTest::newRow("three grades") << three << 12 << 0.75 << 0.625;

    Pairs missing = three;
    add(missing, 3, "good", ""); // not moderated: left out
    add(missing, 1, "", "good");
    QTest::newRow("ungraded left out") << missing << 12 << 0.75 << 0.625;
}

void TestAgreement::kappa()
{
    QFETCH(Pairs, pairs);
    QFETCH(int, cases);
    QFETCH(double, percent);
    QFETCH(double, kappa);
    const Agreement a = agreement(pairs);
    QCOMPARE(a.cases, cases);
    QVERIFY(a.percent && a.kappa);
    QVERIFY2(qAbs(*a.percent - percent) < 1e-12, qPrintable(QString::number(*a.percent)));
    QVERIFY2(qAbs(*a.kappa - kappa) < 1e-12, qPrintable(QString::number(*a.kappa)));
}

void TestAgreement::undefined()
{
    const Agreement none = agreement({});
    QCOMPARE(none.cases, 0);
    QVERIFY(!none.percent && !none.kappa);
    // Both auditors graded every case Good: they agree entirely, but chance would too, so kappa is 0/0.
    Pairs same;
    add(same, 5, "good", "good");
    const Agreement a = agreement(same);
    QCOMPARE(a.cases, 5);
    QCOMPARE(a.percent, std::optional<double>(1.0));
    QVERIFY(!a.kappa);
}

void TestAgreement::standardScale()
{
    const GradeScale s = GradeScale::standard();
    QStringList keys, labels;
    for (const Grade &g : s.grades()) {
        keys << g.key;
        labels << g.label;
    }
    QCOMPARE(keys, QStringList({QStringLiteral("outstanding"), QStringLiteral("good"),
                                QStringLiteral("requires_improvement"), QStringLiteral("inadequate")}));
    QCOMPARE(labels, QStringList({QStringLiteral("Outstanding"), QStringLiteral("Good"),
                                  QStringLiteral("Requires improvement"), QStringLiteral("Inadequate")}));
    QCOMPARE(s.indexOf(QStringLiteral("inadequate")), 3);
    QCOMPARE(s.indexOf(QStringLiteral("Good")), -1); // keys, not labels
    QCOMPARE(GradeScale::fromText(QStringLiteral("  ")).grades().size(), 4);
}

void TestAgreement::ownScale()
{
    const GradeScale s = GradeScale::fromText(QStringLiteral("Good | Adequate|Poor|Adequate|"));
    QCOMPARE(s.grades().size(), 3);
    QCOMPARE(s.indexOf(QStringLiteral("Adequate")), 1);
    QCOMPARE(s.label(QStringLiteral("Poor")), QStringLiteral("Poor"));
    QVERIFY(!s.contains(QStringLiteral("good")));
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
