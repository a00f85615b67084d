// The board pack's Escalations section (issue 19, part 3), read back from the PDF: its heading,
// the year's counts and median as the workspace works them out on the report's day, the tables by
// reason and level, the open ones oldest first, and the learning.
#include "core/valueformat.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/voices/escalationyear.h"

#include <QTest>

using namespace assure;
using namespace assure::test;

class TestEscalationReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardPackHasTheSection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestEscalationReport::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
}

void TestEscalationReport::boardPackHasTheSection()
{
    const Period period = *Period::parse(QStringLiteral("2026/27 Q2"));
    const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY2(exportReport(*m_ws, reportRequest(ReportKind::BoardPack, period, ReportFormat::Pdf), pdf, &error),
             qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    for (const char *heading : {"Escalations", "By reason", "By the level reached", "Still open, oldest first",
                                "What was learnt", "Threshold disagreement", "1 Practitioner to practitioner"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(!text.contains(QStringLiteral("No escalations are recorded for this year.")));
    // The sentence counts what the workspace works out on the report's day.
    const EscalationTally year = escalationYear(*m_ws, 2026, reportDay());
    QVERIFY(year.raised() > 0);
    const ValueFormat format;
    const QDate end = std::min(reportDay(), Period::year(2026).end());
    const QString sentence = QStringLiteral("In 2026/27 to %1: %2 escalations raised under the escalation policy and "
                                            "%3 resolved, a median of %4 calendar days to resolve; %5 open on %1.")
                                 .arg(format.date(end))
                                 .arg(year.raised())
                                 .arg(year.resolved())
                                 .arg(format.rounded(year.medianDaysToResolve().value_or(0), 1))
                                 .arg(year.open());
    QVERIFY2(text.contains(sentence), qPrintable(sentence + QStringLiteral("\n") + text.right(3000)));
    // The oldest open one is listed before any other open one.
    const Escalation *oldest = nullptr;
    for (const Escalation &e : m_ws->items<Escalation>())
        if (e.raised <= end && !(e.resolved.isValid() && e.resolved <= end) && (!oldest || e.raised < oldest->raised))
            oldest = &e;
    if (year.open() > 0) {
        QVERIFY(oldest);
        const qsizetype table = text.indexOf(QStringLiteral("Still open, oldest first"));
        const qsizetype at = text.indexOf(oldest->ref, table);
        QVERIFY2(at > table, qPrintable(oldest->ref));
        for (const Escalation &e : m_ws->items<Escalation>())
            if (&e != oldest && e.raised > oldest->raised && e.raised <= end &&
                !(e.resolved.isValid() && e.resolved <= end)) {
                const qsizetype other = text.indexOf(e.ref, table);
                QVERIFY2(other < 0 || other > at, qPrintable(e.ref));
            }
    }
}

QTEST_MAIN(TestEscalationReport)
#include "tst_escalationreport.moc"
