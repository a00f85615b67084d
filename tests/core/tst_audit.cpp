// Audits' own rules (issue 15, part 2): the keys of types, statuses and findings, which types are
// reviews and reports, and what stops an audit, a case, a finding or a recommendation being saved.
#include "core/audits/audit.h"

#include <QTest>

using namespace assure;

namespace {

Audit sound()
{
    Audit a;
    a.id = 4;
    a.ref = QStringLiteral("AU-2026-004");
    a.title = QStringLiteral("Neglect re-audit");
    return a;
}

} // namespace

class TestAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void reviewsAndReports();
    void auditProblems_data();
    void auditProblems();
    void partsProblems();
};

void TestAudit::keys()
{
    QStringList types;
    for (AuditType t : allAuditTypes()) {
        types << auditTypeKey(t);
        QCOMPARE(auditTypeFromKey(auditTypeKey(t)), t);
        QVERIFY(!auditTypeLabel(t).isEmpty());
    }
    QCOMPARE(types.join(QLatin1Char(' ')),
             QStringLiteral("single_agency multi_agency_case_audit themed_review serious_case_review "
                            "safeguarding_adults_review child_safeguarding_practice_review cdop_report qa_report "
                            "peer_review observation_of_practice"));
    QStringList statuses;
    for (AuditStatus s : allAuditStatuses())
        statuses << auditStatusKey(s);
    QCOMPARE(statuses.join(QLatin1Char(' ')),
             QStringLiteral("planned in_progress findings_agreed reported_to_board closed"));
    QStringList kinds;
    for (FindingKind k : allFindingKinds())
        kinds << findingKindKey(k);
    QCOMPARE(kinds.join(QLatin1Char(' ')), QStringLiteral("strength area_for_improvement good_practice"));
    QVERIFY(!auditTypeFromKey(QStringLiteral("audit")));
}

void TestAudit::reviewsAndReports()
{
    QVERIFY(isReview(AuditType::SafeguardingAdultsReview));
    QVERIFY(isReview(AuditType::ChildSafeguardingPracticeReview));
    QVERIFY(!isReview(AuditType::ThemedReview)); // no referral and decision dates
    QVERIFY(isReport(AuditType::CdopReport) && isReport(AuditType::QaReport));
    QVERIFY(!isReport(AuditType::PeerReview));
}

void TestAudit::auditProblems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem"); // empty: none
    QTest::newRow("sound") << QString() << QString();
    QTest::newRow("no reference") << QStringLiteral("ref") << QStringLiteral("needs a reference");
    QTest::newRow("no title") << QStringLiteral("title") << QStringLiteral("needs a title");
    QTest::newRow("largest seed") << QStringLiteral("seed 18446744073709551615") << QString();
    QTest::newRow("seed too large") << QStringLiteral("seed 18446744073709551616")
                                    << QStringLiteral("“18446744073709551616” is not a whole number");
    QTest::newRow("seed a word") << QStringLiteral("seed ten") << QStringLiteral("“ten” is not a whole number");
    QTest::newRow("negative seed") << QStringLiteral("seed -1") << QStringLiteral("“-1” is not a whole number");
    QTest::newRow("repeats itself") << QStringLiteral("repeats") << QStringLiteral("cannot repeat itself");
    QTest::newRow("reported before started") << QStringLiteral("dates") << QStringLiteral("reported after it starts");
    QTest::newRow("period backwards") << QStringLiteral("period") << QStringLiteral("ends after it starts");
}

void TestAudit::auditProblems()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    Audit a = sound();
    if (change == QLatin1String("ref"))
        a.ref = QStringLiteral("  ");
    else if (change == QLatin1String("title"))
        a.title.clear();
    else if (change.startsWith(QLatin1String("seed ")))
        a.samplingSeed = change.mid(5);
    else if (change == QLatin1String("repeats"))
        a.repeatsAuditId = a.id;
    else if (change == QLatin1String("dates")) {
        a.started = QDate(2026, 9, 1);
        a.reported = QDate(2026, 8, 31);
    } else if (change == QLatin1String("period")) {
        a.periodFrom = QDate(2026, 4, 1);
        a.periodTo = QDate(2025, 3, 31);
    }
    const QStringList problems = a.problems();
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }
}

void TestAudit::partsProblems()
{
    AuditCase c{0, 4, QStringLiteral("C-2026-0142"), {}, {}, {}, {}, {}, {}};
    QVERIFY(c.problems().isEmpty());
    c.ref = QStringLiteral(" ");
    QCOMPARE(c.problems().size(), 1);
    c.agreedGrade = QStringLiteral("good");
    c.grade = QStringLiteral("inadequate");
    QCOMPARE(c.finalGrade(), QStringLiteral("good")); // the agreed grade stands once moderated
    c.agreedGrade.clear();
    QCOMPARE(c.finalGrade(), QStringLiteral("inadequate"));
    QCOMPARE(Finding({0, 4, FindingKind::GoodPractice, QStringLiteral("  ")}).problems().size(), 1);
    QCOMPARE(Finding({0, 0, FindingKind::Strength, QStringLiteral("Joint visits")}).problems().size(), 1);
    QVERIFY(Recommendation({0, 4, QStringLiteral("Health in every strategy discussion"), 0, {}}).problems().isEmpty());
    QCOMPARE(Recommendation({0, 4, QString(), 0, {}}).problems().size(), 1);
    QCOMPARE(AuditAgency({0, 4, 0}).problems().size(), 1);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
