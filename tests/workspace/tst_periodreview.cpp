// The period review: every indicator's standing for a period, RAG counts and exceptions as the dashboard shows them.
#include "workspace/demo/demoboard.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/indicators/periodreview.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestPeriodReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void countsAndExceptionsFollowTheValues();
    void anEmptyBoardHasNothingToCount();
    void quickCountsAgreeWithTheReview();
    void latestEndedQuarter_data();
    void latestEndedQuarter();

private:
    qint64 addIndicator(const QString &code, double target);
    void setValue(qint64 id, const Period &period, double value, const QString &commentary = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestPeriodReview::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Adults Board");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("b.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
}

qint64 TestPeriodReview::addIndicator(const QString &code, double target)
{
    Indicator i;
    i.code = code;
    i.title = QStringLiteral("Enquiries where desired outcomes were achieved");
    i.polarity = Polarity::HigherIsBetter;
    i.frequency = Frequency::Quarterly;
    i.annualTarget = target;
    QString error;
    if (!m_ws->add(i, &error))
        qWarning() << error;
    return m_ws->items<Indicator>().byCode(code)->id;
}

void TestPeriodReview::setValue(qint64 id, const Period &period, double value, const QString &commentary)
{
    Measurement m;
    m.indicatorId = id;
    m.periodKey = period.key();
    m.value = value;
    m.commentary = commentary;
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(m));
}

void TestPeriodReview::countsAndExceptionsFollowTheValues()
{
    const Period q1 = Period::quarter(2026, 1);
    const Period q2 = Period::quarter(2026, 2);
    const qint64 green = addIndicator(QStringLiteral("G-01"), 80);
    const qint64 red = addIndicator(QStringLiteral("R-01"), 80);
    const qint64 empty = addIndicator(QStringLiteral("N-01"), 80);
    Q_UNUSED(empty)
    setValue(green, q1, 85);
    setValue(green, q2, 86, QStringLiteral("Steady after the new triage rota"));
    setValue(red, q1, 70);
    setValue(red, q2, 40); // far below target, and far below the quarter before

    const PeriodReview review = reviewPeriod(*m_ws, q2);
    QCOMPARE(review.period, q2);
    QCOMPARE(int(review.reviews.size()), 3);
    QCOMPARE(review.ragCounts.value(Rag::Green), 1);
    QCOMPARE(review.ragCounts.value(Rag::Red), 1);
    QCOMPARE(review.ragCounts.value(Rag::NoData), 1);
    QCOMPARE(review.ragCounts.value(Rag::Amber), 0);
    QCOMPARE(review.reviews[0].commentary, QStringLiteral("Steady after the new triage rota"));

    const auto exceptions = review.exceptions();
    QCOMPARE(int(exceptions.size()), 1);
    QCOMPARE(exceptions.front()->indicator.id, red);
    QList<ExceptionKind> kinds;
    for (const ExceptionReason &reason : exceptions.front()->exceptions)
        kinds << reason.kind;
    QVERIFY(kinds.contains(ExceptionKind::Red));
    QVERIFY(kinds.contains(ExceptionKind::WorseThanPrevious));
}

void TestPeriodReview::anEmptyBoardHasNothingToCount()
{
    const PeriodReview review = reviewPeriod(*m_ws, Period::quarter(2026, 2));
    QVERIFY(review.reviews.empty());
    QVERIFY(review.exceptions().empty());
    for (Rag rag : allRags())
        QCOMPARE(review.ragCounts.value(rag, -1), 0);
}

void TestPeriodReview::quickCountsAgreeWithTheReview()
{
    // The demo's monthly, quarterly and annual indicators, rated by months, quarters and years.
    m_ws.reset();
    const QString path = m_dir->filePath(QStringLiteral("demo.assure"));
    DemoOptions options;
    options.asOf = QDate(2026, 11, 22);
    QString error;
    QVERIFY2(writeDemoBoard(path, options, &error), qPrintable(error));
    OpenResult r;
    m_ws = Workspace::open(path, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    QVERIFY(m_ws->items<Indicator>().size() > 20);
    int compared = 0;
    for (const Period &last : {Period::quarter(2026, 2), Period::month(2026, 10), Period::year(2025)}) {
        for (int step = 0; step < 8; ++step) {
            const Period p = last.offset(-step);
            QCOMPARE(ragCounts(*m_ws, p), reviewPeriod(*m_ws, p).ragCounts);
            ++compared;
        }
    }
    QCOMPARE(compared, 24);
}

void TestPeriodReview::latestEndedQuarter_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");
    // Financial years from April: Q1 is April to June.
    QTest::newRow("first day of Q3") << QDate(2026, 10, 1) << Period::quarter(2026, 2).key();
    QTest::newRow("last day of Q2") << QDate(2026, 9, 30) << Period::quarter(2026, 1).key();
    QTest::newRow("Q1 looks back into the last year") << QDate(2026, 5, 12) << Period::quarter(2025, 4).key();
}

void TestPeriodReview::latestEndedQuarter()
{
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    QCOMPARE(assure::latestEndedQuarter(today, 4).key(), expected);
}

QTEST_GUILESS_MAIN(TestPeriodReview)
#include "tst_periodreview.moc"
