// The board pack and the performance report as PDF, read back with the tools a reader or an archive
// uses: the text holds the headings, every indicator's code and the RAG counts the workspace works out;
// every page carries "Page X of Y" and the marking; fonts are embedded, charts are not bitmaps, and
// qpdf finds the file sound. PDF/A-1b says so in its metadata. A table longer than a page goes on
// page after page under its header, every row once and whole; an export the user stops leaves no file.
#include "core/indicators/indicatorstatus.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/indicators/indicatorkinds.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

using namespace assure;
using namespace assure::test;

class TestReportPdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardPackHoldsHeadingsCodesAndCounts();
    void everyPageHasItsNumberAndMarking();
    void contentsGivesThePageEachSectionStartsOn();
    void titleFontsImagesAndStructure();
    void performanceReportPutsExceptionsFirst();
    void markingAndPdfA();
    void agencyActionPlan();
    void longTableIsCutIntoPagesUnderItsHeader();
    void stoppedExportWritesNothing();

private:
    QString write(const ReportRequest &request, const QString &name);
    QString m_missing;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
    QString m_pack;
};

QString TestReportPdf::write(const ReportRequest &request, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(*m_ws, request, path, &error))
        qWarning() << "not written:" << error;
    return path;
}

void TestReportPdf::initTestCase()
{
    for (const QString &tool : {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo"), QStringLiteral("pdffonts"),
                                QStringLiteral("pdfimages"), QStringLiteral("qpdf")})
        if (m_missing.isEmpty())
            m_missing = missingTool(tool);
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(m_missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
    m_pack = write(reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), QStringLiteral("pack.pdf"));
    QVERIFY(QFileInfo::exists(m_pack));
}

void TestReportPdf::boardPackHoldsHeadingsCodesAndCounts()
{
    const QString text = pdfText(m_pack).simplified();
    for (const char *heading : {"Board pack", "Contents", "Executive summary", "Performance", "Exceptions",
                                "Every indicator at a glance", "Action plan progress", "Glossary",
                                "Appendix A: indicator definitions", "Appendix B: how the ratings are worked out"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(text.contains(m_ws->board().name));
    QVERIFY(m_ws->items<Indicator>().size() > 10);
    std::map<Rag, int> counts;
    for (const Indicator &indicator : m_ws->items<Indicator>()) {
        QVERIFY2(text.contains(indicator.code), qPrintable(indicator.code));
        ++counts[evaluateStatus(indicatorHistory(*m_ws, indicator), m_period).rag.rag];
    }
    const QString sentence = QStringLiteral("Of %1 indicators in 2026/27 Q2, %2 are rated green, %3 amber and %4 red; "
                                            "%5 have no value yet and %6 are for information only.")
                                 .arg(m_ws->items<Indicator>().size())
                                 .arg(counts[Rag::Green])
                                 .arg(counts[Rag::Amber])
                                 .arg(counts[Rag::Red])
                                 .arg(counts[Rag::NoData])
                                 .arg(counts[Rag::NotApplicable]);
    QVERIFY2(text.contains(sentence), qPrintable(sentence));
    // RAG as a word beside its colour, in the counts table and the summary.
    QVERIFY(text.contains(QStringLiteral("Red %1").arg(counts[Rag::Red])));
    QVERIFY(text.contains(QStringLiteral("Green %1").arg(counts[Rag::Green])));
    // Each chart is described in words.
    QVERIFY(text.contains(QStringLiteral("Chart: ")));
    QVERIFY(text.contains(QStringLiteral("against a target of")));
}

void TestReportPdf::everyPageHasItsNumberAndMarking()
{
    const int pages = pdfInfo(m_pack, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    const QRegularExpression words(QStringLiteral("\\w+"));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_pack, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
        QVERIFY2(text.count(QStringLiteral("OFFICIAL")) >= 2, "the marking at the top and the foot");
        QVERIFY(text.contains(m_ws->board().name));
        // No empty page: more on it than the running head and foot.
        QVERIFY2(text.count(words) > 30, qPrintable(QStringLiteral("page %1 is nearly empty").arg(page)));
    }
}

void TestReportPdf::contentsGivesThePageEachSectionStartsOn()
{
    const QString contents = pdfText(m_pack, 1);
    for (const QString &section :
         {QStringLiteral("Executive summary"), QStringLiteral("Action plan progress"), QStringLiteral("Glossary")}) {
        const QRegularExpression line(QRegularExpression::escape(section) + QStringLiteral("\\s+(\\d+)"));
        const QRegularExpressionMatch m = line.match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(section));
        const int page = m.captured(1).toInt();
        // The section's heading is the first thing under the running head of that page.
        const QStringList lines = pdfText(m_pack, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.mid(0, 5).contains(section),
                 qPrintable(section + QStringLiteral(" not on page ") + QString::number(page)));
    }
}

void TestReportPdf::titleFontsImagesAndStructure()
{
    QCOMPARE(pdfInfo(m_pack, QStringLiteral("Title")), QStringLiteral("Board pack – 2026/27 Q2"));
    QCOMPARE(pdfInfo(m_pack, QStringLiteral("Page size")).left(16), QStringLiteral("595 x 842 pts (A"));
    const QStringList fonts =
        runProgram(QStringLiteral("pdffonts"), {m_pack}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts) {
        // name type encoding emb sub uni object ID: the "emb" column, counted from the right.
        const QStringList columns = font.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 7 && columns[columns.size() - 5] == QLatin1String("yes"), qPrintable(font));
    }
    const QStringList images = runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pack})
                                   .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the two header lines and no image
    const Run check = runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pack});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestReportPdf::performanceReportPutsExceptionsFirst()
{
    const QString path =
        write(reportRequest(ReportKind::Performance, m_period, ReportFormat::Pdf), QStringLiteral("performance.pdf"));
    const QString text = pdfText(path).simplified();
    const qsizetype exceptions = text.indexOf(QStringLiteral("Exceptions"));
    const qsizetype detail = text.lastIndexOf(QStringLiteral("Every indicator in detail"));
    QVERIFY(exceptions > 0);
    QVERIFY(detail > exceptions);
    QVERIFY(text.contains(QStringLiteral("Why it is an exception")));
    for (const Indicator &indicator : m_ws->items<Indicator>())
        QVERIFY2(text.indexOf(indicator.code + QLatin1Char(' ') + indicator.title, detail) > 0,
                 qPrintable(indicator.code));
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")), QStringLiteral("Quarterly performance report – 2026/27 Q2"));
    QCOMPARE(runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                 .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                 .size(),
             2);
}

void TestReportPdf::markingAndPdfA()
{
    ReportRequest request = reportRequest(ReportKind::Performance, m_period, ReportFormat::Pdf);
    request.marking = QStringLiteral("OFFICIAL-SENSITIVE");
    request.pdfA = true;
    const QString path = write(request, QStringLiteral("archive.pdf"));
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY(pages > 1);
    for (int page = 1; page <= pages; ++page)
        QVERIFY(pdfText(path, page).count(QStringLiteral("OFFICIAL-SENSITIVE")) >= 2);
    const QString meta = runProgram(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}).out;
    QVERIFY2(meta.contains(QStringLiteral("pdfaid:part")), qPrintable(meta.left(400)));
    QCOMPARE(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
}

void TestReportPdf::agencyActionPlan()
{
    // The agency that owes the board the most actions.
    std::map<qint64, int> owed;
    for (const Action &a : m_ws->items<Action>())
        ++owed[a.ownerAgencyId];
    const auto most =
        std::max_element(owed.begin(), owed.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QVERIFY(most != owed.end());
    const Agency *agency = m_ws->items<Agency>().find(most->first);
    QVERIFY(agency);
    ReportRequest request = reportRequest(ReportKind::Agency, m_period, ReportFormat::Pdf);
    request.agency = agency->name;
    const QString text = pdfText(write(request, QStringLiteral("agency.pdf"))).simplified();
    QVERIFY(text.contains(QStringLiteral("Action plan: %1").arg(agency->name)));
    for (const Action &a : m_ws->items<Action>())
        QCOMPARE(text.contains(a.ref + QLatin1Char(' ')), a.ownerAgencyId == agency->id);
    request.agency = QStringLiteral("No Such Agency");
    QString error;
    QVERIFY(!exportReport(*m_ws, request, m_dir.filePath(QStringLiteral("none.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("No Such Agency")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
}

void TestReportPdf::longTableIsCutIntoPagesUnderItsHeader()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Long table");
    doc.boardName = QStringLiteral("Test Partnership");
    doc.periodLabel = QStringLiteral("2026/27 Q2");
    doc.marking = defaultMarking();
    doc.title1(doc.title);
    doc.paragraph(QStringLiteral("A paragraph before the table, so that it begins part-way down a page."));
    doc.heading(2, QStringLiteral("Every row"));
    ReportTable table;
    table.header = {QStringLiteral("Ref"), QStringLiteral("Words")};
    table.widths = {20, 80};
    for (int i = 1; i <= 400; ++i) {
        // Every seventh row runs to several lines, so that rows are not all of one height.
        const QString words =
            i % 7 == 0 ? QStringLiteral("a longer row of several lines ").repeated(8) : QStringLiteral("one line");
        table.rows.append(
            {{QStringLiteral("R%1x").arg(i, 3, 10, QLatin1Char('0')), std::nullopt}, {words, std::nullopt}});
    }
    doc.table(table);
    doc.note(QStringLiteral("The note after the table."));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    ReportRequest request = reportRequest(ReportKind::Performance, m_period, ReportFormat::Pdf);
    QString error;
    QVERIFY2(writeReport(doc, request, path, &error), qPrintable(error));

    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 8 && pages <= 14, qPrintable(QString::number(pages)));
    const QRegularExpression ref(QStringLiteral("R(\\d{3})x"));
    int expected = 1;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QRegularExpressionMatchIterator it = ref.globalMatch(text);
        if (!it.hasNext())
            continue;
        // The header heads every page the table is on, and the rows follow one another, none lost or twice.
        QVERIFY2(text.contains(QStringLiteral("Ref")) && text.contains(QStringLiteral("Words")), qPrintable(text));
        while (it.hasNext()) {
            const int n = it.next().captured(1).toInt();
            QCOMPARE(n, expected);
            ++expected;
        }
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    QCOMPARE(expected, 401);
    // The table begins on the first page, below the paragraph, and the note follows its last row.
    QVERIFY(pdfText(path, 1).contains(QStringLiteral("R001x")));
    const QString all = pdfText(path);
    QVERIFY(all.indexOf(QStringLiteral("The note after the table.")) > all.indexOf(QStringLiteral("R400x")));
}

void TestReportPdf::stoppedExportWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("stopped.pdf"));
    QString error;
    int calls = 0;
    int lastDone = -1;
    bool inOrder = true;
    const bool ok = exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error,
                                 [&](int done, int total) {
                                     inOrder = inOrder && done > lastDone && done < total;
                                     lastDone = done;
                                     return ++calls < 4;
                                 });
    QVERIFY(!ok);
    QCOMPARE(calls, 4);
    QVERIFY(inOrder);
    QCOMPARE(error, reportCancelledText());
    QVERIFY(!QFileInfo::exists(path));
    // Not stopped, the same export is written, and its steps run to the end.
    int last = 0;
    int total = 0;
    QVERIFY2(exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error,
                          [&](int done, int of) {
                              last = done;
                              total = of;
                              return true;
                          }),
             qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(last, total - 1);
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
