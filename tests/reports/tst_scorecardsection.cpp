// The board pack's "Scorecard by domain" (issue 19, part 4): each domain under its heading with its
// counts per RAG, its summary line and its indicators with RAG, trend and variation in words; the
// counts are those of the pack's period; a board with no indicators has no section.
#include "reports/scorecarddata.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/scorecard/scorecardedits.h"

#include <QTest>

using namespace assure;
using namespace assure::test;

class TestScorecardSection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packHasEachDomain();
    void aBoardWithoutIndicatorsHasNoSection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

void TestScorecardSection::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

void TestScorecardSection::packHasEachDomain()
{
    const ScorecardReportData data = gatherScorecard(*m_ws, m_period);
    QCOMPARE(int(data.card.domains.size()), 5);
    const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY2(exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    const QString text = pdfText(path).simplified();
    const qsizetype at = text.indexOf(QStringLiteral("Scorecard by domain The board's indicators for 2026/27 Q2, by "
                                                     "domain"));
    QVERIFY2(at > 0, qPrintable(text.left(400)));
    const QString section = text.mid(at);
    qsizetype from = 0;
    for (const DomainCard &d : data.card.domains) {
        // Its heading, in the board's order, with the rating words of its counts under it (how
        // pdftotext orders the cells of a table depends on where the page breaks, so the counts
        // themselves are checked against the period's review below).
        const qsizetype here = section.indexOf(d.name + QStringLiteral(" Blue"), from);
        QVERIFY2(here >= from, qPrintable(d.name));
        from = here;
        QVERIFY2(section.indexOf(d.items.front()->indicator.code, here) > here, qPrintable(d.name));
    }
    // The counts printed are the period's review, domain by domain.
    for (Rag rag : allRags()) {
        int sum = 0;
        for (const DomainCard &d : data.card.domains)
            sum += d.ragCounts.value(rag);
        QCOMPARE(sum, data.card.review.ragCounts.value(rag));
    }
    // The demo's summary line of "Cost and efficiency", under its counts.
    const QString cost = ScorecardEdits::summary(*m_ws, data.card.domains.at(1).domainId, m_period);
    QVERIFY(cost.startsWith(QStringLiteral("Spend is within budget")));
    QVERIFY(section.indexOf(cost) > section.indexOf(QStringLiteral("Cost and efficiency Blue Green")));
    QVERIFY(section.contains(QStringLiteral("Code Indicator Value RAG Trend Variation")));
}

void TestScorecardSection::aBoardWithoutIndicatorsHasNoSection()
{
    QTemporaryDir dir;
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("empty.assure")), b, &r);
    QVERIFY2(ws, qPrintable(r.message));
    QVERIFY(gatherScorecard(*ws, m_period).isEmpty());
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY2(exportReport(*ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    QVERIFY(!pdfText(path).contains(QStringLiteral("Scorecard by domain")));
}

QTEST_MAIN(TestScorecardSection)
#include "tst_scorecardsection.moc"
