// The scorecard: the board's domains and their edits, the summary lines, the grouping by domain
// for a period and the period a year's scorecard is given for.
#include "workspace/indicators/indicatoredits.h"
#include "workspace/scorecard/scorecard.h"
#include "workspace/scorecard/scorecardedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace assure;

class TestScorecard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aNewBoardHasTheFivePerformanceDomains();
    void domainsAreAddedRenamedAndMoved();
    void deletingADomainClearsItsIndicatorsAndUndoes();
    void theBalancedScorecardReplacesTheListInOneStep();
    void summariesAreOnePerDomainAndPeriod();
    void indicatorsAreGroupedAndCountedByDomain();
    void theYearsPeriod_data();
    void theYearsPeriod();

private:
    qint64 addIndicator(const QString &code, qint64 domainId);
    void setValue(qint64 id, const Period &period, double value);
    QStringList names() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestScorecard::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("b.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
}

qint64 TestScorecard::addIndicator(const QString &code, qint64 domainId)
{
    Indicator i;
    i.code = code;
    i.title = QStringLiteral("Child protection plans reviewed on time");
    i.frequency = Frequency::Quarterly;
    i.annualTarget = 80;
    i.domainId = domainId;
    QString error;
    if (!m_ws->add(i, &error))
        qWarning() << error;
    return m_ws->items<Indicator>().byCode(code)->id;
}

void TestScorecard::setValue(qint64 id, const Period &period, double value)
{
    Measurement m;
    m.indicatorId = id;
    m.periodKey = period.key();
    m.value = value;
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(m));
}

QStringList TestScorecard::names() const
{
    QStringList out;
    for (const ScorecardDomain &d : orderedDomains(*m_ws))
        out << d.name;
    return out;
}

void TestScorecard::aNewBoardHasTheFivePerformanceDomains()
{
    QCOMPARE(names(), domainSetNames(DomainSet::PerformanceDomains));
    QCOMPARE(names().size(), 5);
    QCOMPARE(names().constFirst(), QStringLiteral("National priorities and strategic objectives"));
    QCOMPARE(names().constLast(), QStringLiteral("Fair access"));
}

void TestScorecard::domainsAreAddedRenamedAndMoved()
{
    ScorecardEdits edits(*m_ws);
    qint64 id = 0;
    QString error;
    QVERIFY2(edits.addDomain(QStringLiteral("  Voice of the child "), &error, &id), qPrintable(error));
    QCOMPARE(names().constLast(), QStringLiteral("Voice of the child"));
    QCOMPARE(m_ws->items<ScorecardDomain>().find(id)->name, QStringLiteral("Voice of the child"));

    QVERIFY(!edits.addDomain(QStringLiteral("fair ACCESS"), &error));
    QCOMPARE(error, QStringLiteral("There is already a domain called “fair ACCESS”."));
    QVERIFY(!edits.addDomain(QStringLiteral("   "), &error));
    QCOMPARE(names().size(), 6);

    QVERIFY(edits.moveDomain(id, -1));
    QCOMPARE(names().at(4), QStringLiteral("Voice of the child"));
    QCOMPARE(names().at(5), QStringLiteral("Fair access"));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Move domain “Voice of the child” up"));
    QVERIFY(edits.moveDomain(id, +1));
    QVERIFY(edits.moveDomain(id, +1)); // at the end already: nothing
    QCOMPARE(names().constLast(), QStringLiteral("Voice of the child"));

    QVERIFY(edits.renameDomain(id, QStringLiteral("Voice of children and families")));
    QCOMPARE(names().constLast(), QStringLiteral("Voice of children and families"));
    m_ws->undoStack()->undo();
    QCOMPARE(names().constLast(), QStringLiteral("Voice of the child"));
}

void TestScorecard::deletingADomainClearsItsIndicatorsAndUndoes()
{
    const qint64 cost = orderedDomains(*m_ws).at(1).id;
    const qint64 a = addIndicator(QStringLiteral("CE-01"), cost);
    const qint64 b = addIndicator(QStringLiteral("CE-02"), cost);
    const qint64 other = addIndicator(QStringLiteral("FA-01"), orderedDomains(*m_ws).at(4).id);
    ScorecardEdits edits(*m_ws);
    QVERIFY(edits.setSummary(cost, Period::quarter(2026, 2), QStringLiteral("Unit costs held")));

    const Dependents deps = m_ws->dependents<ScorecardDomain>(cost);
    QCOMPARE(deps.count<Indicator>(), 2);
    QVERIFY2(deps.describe().contains(QStringLiteral("2 indicators are in it and will be kept without a domain.")),
             qPrintable(deps.describe()));

    QVERIFY(edits.removeDomain(cost));
    QCOMPARE(names().size(), 4);
    QCOMPARE(m_ws->items<Indicator>().find(a)->domainId, 0);
    QCOMPARE(m_ws->items<Indicator>().find(b)->domainId, 0);
    QVERIFY(m_ws->items<Indicator>().find(other)->domainId != 0);
    QCOMPARE(m_ws->items<ScorecardSummary>().size(), 0);

    m_ws->undoStack()->undo();
    QCOMPARE(names().size(), 5);
    QCOMPARE(m_ws->items<Indicator>().find(a)->domainId, cost);
    QCOMPARE(ScorecardEdits::summary(*m_ws, cost, Period::quarter(2026, 2)), QStringLiteral("Unit costs held"));

    // What the undo put back is what the file holds.
    const QString path = m_ws->path();
    m_ws.reset();
    OpenResult r;
    m_ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    QCOMPARE(m_ws->items<Indicator>().find(b)->domainId, cost);
    QCOMPARE(names().at(1), QStringLiteral("Cost and efficiency"));
}

void TestScorecard::theBalancedScorecardReplacesTheListInOneStep()
{
    const qint64 id = addIndicator(QStringLiteral("NP-01"), orderedDomains(*m_ws).at(0).id);
    ScorecardEdits edits(*m_ws);
    QCOMPARE(ScorecardEdits::indicatorsWithDomain(*m_ws), 1);
    const int steps = m_ws->undoStack()->count();
    QVERIFY(edits.useSet(DomainSet::BalancedScorecard));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(names(), QStringList({QStringLiteral("Financial"), QStringLiteral("Children, families and partners"),
                                   QStringLiteral("Internal processes"), QStringLiteral("Learning and growth")}));
    QCOMPARE(m_ws->items<Indicator>().find(id)->domainId, 0);
    m_ws->undoStack()->undo();
    QCOMPARE(names(), domainSetNames(DomainSet::PerformanceDomains));
    QCOMPARE(m_ws->items<Indicator>().find(id)->domainId, orderedDomains(*m_ws).at(0).id);
}

void TestScorecard::summariesAreOnePerDomainAndPeriod()
{
    const qint64 d = orderedDomains(*m_ws).at(2).id;
    const Period q2 = Period::quarter(2026, 2);
    ScorecardEdits edits(*m_ws);
    QVERIFY(edits.setSummary(d, q2, QStringLiteral("  Timeliness improved in every agency  ")));
    QCOMPARE(ScorecardEdits::summary(*m_ws, d, q2), QStringLiteral("Timeliness improved in every agency"));
    QCOMPARE(ScorecardEdits::summary(*m_ws, d, Period::quarter(2026, 1)), QString());
    QVERIFY(edits.setSummary(d, q2, QStringLiteral("Timeliness held")));
    QCOMPARE(m_ws->items<ScorecardSummary>().size(), 1);
    QString error;
    QVERIFY(!edits.setSummary(d, q2, QStringLiteral("One line\nand another"), &error));
    QCOMPARE(error, QStringLiteral("The summary is one line."));
    QVERIFY(edits.setSummary(d, q2, QStringLiteral("   ")));
    QCOMPARE(m_ws->items<ScorecardSummary>().size(), 0);
    m_ws->undoStack()->undo();
    QCOMPARE(ScorecardEdits::summary(*m_ws, d, q2), QStringLiteral("Timeliness held"));
}

void TestScorecard::indicatorsAreGroupedAndCountedByDomain()
{
    const Period q1 = Period::quarter(2026, 1);
    const Period q2 = Period::quarter(2026, 2);
    const auto domains = orderedDomains(*m_ws);
    const qint64 green = addIndicator(QStringLiteral("EF-01"), domains.at(2).id);
    const qint64 red = addIndicator(QStringLiteral("EF-02"), domains.at(2).id);
    const qint64 loose = addIndicator(QStringLiteral("XX-01"), 0);
    addIndicator(QStringLiteral("FA-01"), domains.at(4).id); // no data
    setValue(green, q1, 84);
    setValue(green, q2, 85);
    setValue(red, q2, 40);
    setValue(loose, q2, 78); // 97.5% of target: GREEN

    const Scorecard card = buildScorecard(*m_ws, q2);
    QCOMPARE(int(card.domains.size()), 6); // five domains and "No domain"
    const DomainCard &effective = card.domains.at(2);
    QCOMPARE(effective.name, QStringLiteral("Effectiveness of service delivery and outcomes"));
    QCOMPARE(int(effective.items.size()), 2);
    QCOMPARE(effective.items.at(0)->indicator.code, QStringLiteral("EF-01"));
    QCOMPARE(effective.ragCounts.value(Rag::Green), 1);
    QCOMPARE(effective.ragCounts.value(Rag::Red), 1);
    QCOMPARE(card.domains.at(4).ragCounts.value(Rag::NoData), 1);
    QCOMPARE(card.domains.at(0).items.size(), size_t(0));
    QCOMPARE(card.domains.back().domainId, 0);
    QCOMPARE(card.domains.back().name, QStringLiteral("No domain"));
    QCOMPARE(card.domains.back().ragCounts.value(Rag::Green), 1);

    // The quick counts (assure-cli voices) are the scorecard's, domain by domain.
    const std::vector<DomainCard> quick = countByDomain(*m_ws, q2);
    QCOMPARE(quick.size(), card.domains.size());
    for (size_t i = 0; i < quick.size(); ++i) {
        QCOMPARE(quick[i].domainId, card.domains[i].domainId);
        QCOMPARE(quick[i].ragCounts, card.domains[i].ragCounts);
    }

    // The counts over the domains are those of the period's review.
    for (Rag rag : allRags()) {
        int sum = 0;
        for (const DomainCard &d : card.domains)
            sum += d.ragCounts.value(rag);
        QCOMPARE(sum, card.review.ragCounts.value(rag));
    }
}

void TestScorecard::theYearsPeriod_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("period");
    QTest::newRow("year over") << QDate(2027, 5, 2) << QStringLiteral("2026-Q4");
    QTest::newRow("last day of the year") << QDate(2027, 3, 31) << QStringLiteral("2026-Q3");
    QTest::newRow("the day after") << QDate(2027, 4, 1) << QStringLiteral("2026-Q4");
    QTest::newRow("mid year") << QDate(2026, 11, 22) << QStringLiteral("2026-Q2");
    QTest::newRow("first quarter not over") << QDate(2026, 5, 10) << QStringLiteral("2026-Q1");
    QTest::newRow("year not begun") << QDate(2025, 12, 1) << QStringLiteral("2026-Q1");
}

void TestScorecard::theYearsPeriod()
{
    QFETCH(QDate, asOf);
    QFETCH(QString, period);
    QCOMPARE(scorecardPeriodOfYear(2026, asOf, 4).key(), period);
}

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
