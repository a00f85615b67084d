// The narrative in the papers: each section's summary for the period printed under that section's
// heading in the board pack (PDF, ODT and HTML), the board's own business among them, and the
// performance report, and another period's not.
#include "core/board/agency.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/narrative/narrativeedits.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace assure;
using namespace assure::test;

class TestPackNarrative final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachSummaryUnderItsHeading();
    void htmlAndOdtHoldTheSummaries();
    void performanceReportHasItsSummary();
    void anotherPeriodHasNone();
    void agencyPlanHasTheActionPlanSummary();
    void sectionWithoutDataKeepsItsSummary();

private:
    QString write(ReportKind kind, ReportFormat format, const Period &period, const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
    QList<std::pair<QString, QString>> m_summaries; // heading, summary
};

QString TestPackNarrative::write(ReportKind kind, ReportFormat format, const Period &period, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(*m_ws, reportRequest(kind, period, format), path, &error))
        qWarning() << "not written:" << error;
    return path;
}

void TestPackNarrative::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
    m_summaries = {
        {QStringLiteral("Executive summary"),
         QStringLiteral("The partnership held its course this quarter: timeliness at the front door recovered.")},
        {QStringLiteral("Performance"), QStringLiteral("Re-referrals rose for the second quarter running.")},
        {QStringLiteral("Action plan progress"), QStringLiteral("Three actions slipped while the MASH was restaffed.")},
        {QStringLiteral("Audit programme and findings"),
         QStringLiteral("The neglect re-audit shows plans reviewed more often than a year ago.")},
        {QStringLiteral("Self-assessment"), QStringLiteral("Health returns are late; the ICB has been asked why.")},
        {QStringLiteral("Business plan priorities"),
         QStringLiteral("Neglect is on track; exploitation waits on the new pathway.")},
        {QStringLiteral("Risk register"), QStringLiteral("Two risks rose after the MASH restructure.")},
        {QStringLiteral("Attendance"), QStringLiteral("Education attendance fell over the summer term.")},
        {QStringLiteral("Budget"), QStringLiteral("Training spend is ahead of profile, as planned.")},
        {QStringLiteral("Board effectiveness survey"),
         QStringLiteral("Members rate challenge higher than a year ago.")},
        {QStringLiteral("Scorecard by domain"), QStringLiteral("Early help is the one domain with two reds.")},
        {QStringLiteral("What we heard"), QStringLiteral("Young carers asked for one worker, not three.")},
        {QStringLiteral("Complaints and compliments"),
         QStringLiteral("Most complaints were about the time taken to reply.")},
        {QStringLiteral("Escalations"), QStringLiteral("Threshold disputes fell after the joint training.")}};
    NarrativeEdits edits(*m_ws);
    const QList<NarrativeSection> sections = allNarrativeSections();
    QCOMPARE(sections.size(), m_summaries.size());
    for (int i = 0; i < sections.size(); ++i)
        QVERIFY(edits.setSummary(m_period, sections.at(i), m_summaries.at(i).second));
}

void TestPackNarrative::eachSummaryUnderItsHeading()
{
    const QString pdf = write(ReportKind::BoardPack, ReportFormat::Pdf, m_period, QStringLiteral("pack.pdf"));
    const QString text = pdfText(pdf).simplified();
    // After the contents: each heading is followed by its summary, before anything else is said.
    const qsizetype body = text.indexOf(QStringLiteral("Page 1 of"));
    QVERIFY(body > 0);
    for (const auto &[heading, summary] : m_summaries) {
        const qsizetype at = text.indexOf(heading + QLatin1Char(' ') + summary, body);
        QVERIFY2(at > 0, qPrintable(heading));
    }
}

void TestPackNarrative::htmlAndOdtHoldTheSummaries()
{
    QFile html(write(ReportKind::BoardPack, ReportFormat::Html, m_period, QStringLiteral("pack.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    for (const auto &[heading, summary] : m_summaries) {
        // The heading element, then the summary as the next paragraph.
        const QRegularExpression under(QStringLiteral("<h2[^>]*>%1</h2>\\s*<p[^>]*>%2</p>")
                                           .arg(QRegularExpression::escape(heading.toHtmlEscaped()),
                                                QRegularExpression::escape(summary.toHtmlEscaped())));
        QVERIFY2(under.match(page).hasMatch(), qPrintable(heading));
    }
    QuaZip zip(write(ReportKind::BoardPack, ReportFormat::Odt, m_period, QStringLiteral("pack.odt")));
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(QStringLiteral("content.xml")));
    QuaZipFile content(&zip);
    QVERIFY(content.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(content.readAll());
    for (const auto &[heading, summary] : m_summaries)
        QVERIFY2(xml.contains(summary.toHtmlEscaped()), qPrintable(heading));
}

void TestPackNarrative::performanceReportHasItsSummary()
{
    const QString text =
        pdfText(write(ReportKind::Performance, ReportFormat::Pdf, m_period, QStringLiteral("perf.pdf"))).simplified();
    QVERIFY(text.contains(QStringLiteral("Summary ") + m_summaries.at(1).second));
    QVERIFY(!text.contains(m_summaries.at(0).second));
}

void TestPackNarrative::anotherPeriodHasNone()
{
    const QString text =
        pdfText(write(ReportKind::BoardPack, ReportFormat::Pdf, m_period.previous(), QStringLiteral("q1.pdf")))
            .simplified();
    for (const auto &[heading, summary] : m_summaries)
        QVERIFY2(!text.contains(summary), qPrintable(heading));
}

void TestPackNarrative::agencyPlanHasTheActionPlanSummary()
{
    ReportRequest request = reportRequest(ReportKind::Agency, m_period, ReportFormat::Pdf);
    request.agency = m_ws->items<Agency>().begin()->name;
    const QString path = m_dir.filePath(QStringLiteral("agency.pdf"));
    QString error;
    QVERIFY2(exportReport(*m_ws, request, path, &error), qPrintable(error));
    const QString text = pdfText(path).simplified();
    QVERIFY(text.contains(QStringLiteral("Action plan progress ") + m_summaries.at(2).second));
    // The agency's paper is about its actions: the other sections' summaries stay in the pack.
    QVERIFY(!text.contains(m_summaries.at(0).second));
    QVERIFY(!text.contains(m_summaries.at(3).second));
}

void TestPackNarrative::sectionWithoutDataKeepsItsSummary()
{
    // A board with nothing but its name still prints the audit and self-assessment summaries it
    // wrote, with a line saying there is nothing else yet, and a section it wrote nothing for stays out.
    Board board;
    board.name = QStringLiteral("Westmoor Safeguarding Children Partnership");
    OpenResult r;
    const auto bare = Workspace::create(m_dir.filePath(QStringLiteral("bare.assure")), board, &r);
    QVERIFY2(bare, qPrintable(r.message));
    const QString path = m_dir.filePath(QStringLiteral("bare.pdf"));
    QString error;
    QVERIFY2(exportReport(*bare, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    QVERIFY(!pdfText(path).simplified().contains(QStringLiteral("Self-assessment")));

    QVERIFY(NarrativeEdits(*bare).setSummary(m_period, NarrativeSection::SelfAssessment, m_summaries.at(4).second));
    QVERIFY(NarrativeEdits(*bare).setSummary(m_period, NarrativeSection::Audits, m_summaries.at(3).second));
    QVERIFY2(exportReport(*bare, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    const QString text = pdfText(path).simplified();
    QVERIFY(text.contains(QStringLiteral("Self-assessment ") + m_summaries.at(4).second +
                          QStringLiteral(" The board has no self-assessment round yet.")));
    QVERIFY(text.contains(QStringLiteral("Audit programme and findings ") + m_summaries.at(3).second));
    QVERIFY(text.contains(QStringLiteral("No audit was reported to the board in 2026/27 Q2.")));
    QVERIFY(!text.contains(QStringLiteral("Risk register")));

    // The board's own business likewise: a budget summary with no budget yet.
    QVERIFY(NarrativeEdits(*bare).setSummary(m_period, NarrativeSection::Budget, m_summaries.at(8).second));
    QVERIFY2(exportReport(*bare, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    QVERIFY(pdfText(path).simplified().contains(QStringLiteral("Budget ") + m_summaries.at(8).second +
                                                QStringLiteral(" The board has no budget for this year yet.")));
}

QTEST_MAIN(TestPackNarrative)
#include "tst_packnarrative.moc"
