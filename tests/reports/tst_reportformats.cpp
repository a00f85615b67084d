// The board pack as ODT and HTML, read back: the ODT is a zip whose content.xml is well-formed and holds
// the headings and counts; the HTML is well-formed, in en-GB, its headings in order and each chart an
// SVG with its description. And the layout holds at the edges: a period with no data, a board with
// nothing but its name, 300 indicators, a title of 300 characters.
#include "core/indicators/indicatorstatus.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/board/boardkinds.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/indicators/indicatorkinds.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <QXmlStreamReader>

using namespace assure;
using namespace assure::test;

namespace {

// Every character of an XML document, its elements' names in order, and whether it parsed.
struct XmlRead
{
    QString text;
    QStringList elements;
    QString error;
};

XmlRead readXml(const QByteArray &xml)
{
    XmlRead out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            out.elements << reader.qualifiedName().toString();
        else if (reader.isCharacters())
            out.text += reader.text().toString() + QLatin1Char(' ');
    }
    if (reader.hasError())
        out.error = QStringLiteral("%1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
    out.text = out.text.simplified();
    return out;
}

QString countsSentence(const Workspace &ws, const Period &period)
{
    std::map<Rag, int> counts;
    for (const Indicator &indicator : ws.items<Indicator>())
        ++counts[evaluateStatus(indicatorHistory(ws, indicator), period).rag.rag];
    return QStringLiteral("%1 are rated green, %2 amber and %3 red")
        .arg(counts[Rag::Green])
        .arg(counts[Rag::Amber])
        .arg(counts[Rag::Red]);
}

} // namespace

class TestReportFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void odtHoldsHeadingsAndCounts();
    void htmlIsWellFormedAndAccessible();
    void periodWithNoData();
    void boardWithNothingButItsName();
    void threeHundredIndicatorsOneWithALongTitle();

private:
    void checkPages(const QString &pdf, int minimumWords);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

void TestReportFormats::initTestCase()
{
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

void TestReportFormats::checkPages(const QString &pdf, int minimumWords)
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 1);
    const QRegularExpression words(QStringLiteral("\\w+"));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
        QVERIFY(text.count(QStringLiteral("OFFICIAL")) >= 2);
        QVERIFY2(text.count(words) >= minimumWords, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text)));
    }
}

void TestReportFormats::odtHoldsHeadingsAndCounts()
{
    const QString path = m_dir.filePath(QStringLiteral("pack.odt"));
    QString error;
    QVERIFY2(exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Odt), path, &error),
             qPrintable(error));
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(QStringLiteral("content.xml")));
    QuaZipFile content(&zip);
    QVERIFY(content.open(QIODevice::ReadOnly));
    const QByteArray raw = content.readAll();
    const XmlRead xml = readXml(raw);
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
    QVERIFY(xml.elements.contains(QStringLiteral("table:table")));
    // Real headings, each with its level: the title, then the sections.
    QVERIFY(xml.elements.count(QStringLiteral("text:h")) >= 8);
    QVERIFY(raw.contains("<text:h text:outline-level=\"1\"") || raw.contains("text:outline-level=\"1\""));
    QVERIFY(raw.contains("text:outline-level=\"2\""));
    for (const char *heading :
         {"Board pack", "Executive summary", "Performance", "Exceptions", "Action plan progress", "Glossary"})
        QVERIFY2(xml.text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY2(xml.text.contains(countsSentence(*m_ws, m_period)), qPrintable(countsSentence(*m_ws, m_period)));
    for (const Indicator &indicator : m_ws->items<Indicator>())
        QVERIFY2(xml.text.contains(indicator.code), qPrintable(indicator.code));
    // The charts stay as the sentences that describe them.
    QVERIFY(xml.text.contains(QStringLiteral("Chart: ")));
}

void TestReportFormats::htmlIsWellFormedAndAccessible()
{
    const QString path = m_dir.filePath(QStringLiteral("performance.html"));
    QString error;
    QVERIFY2(exportReport(*m_ws, reportRequest(ReportKind::Performance, m_period, ReportFormat::Html), path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    const XmlRead xml = readXml(html);
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
    QVERIFY(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\""));
    QVERIFY(!html.contains("<img"));
    QVERIFY(!html.contains("data:image"));
    // Headings in order: h1 first, and never a level skipped on the way down.
    int previous = 0;
    int headings = 0;
    for (const QString &name : xml.elements) {
        static const QRegularExpression heading(QStringLiteral("^h([1-6])$"));
        const auto m = heading.match(name);
        if (!m.hasMatch())
            continue;
        const int level = m.captured(1).toInt();
        QVERIFY2(level <= previous + 1, qPrintable(QStringLiteral("h%1 after h%2").arg(level).arg(previous)));
        previous = level;
        ++headings;
    }
    QVERIFY(headings > m_ws->items<Indicator>().size());
    QVERIFY(xml.elements.contains(QStringLiteral("th")));
    // Every chart is an inline SVG with its description as its label and title.
    const qsizetype svgs = xml.elements.count(QStringLiteral("svg"));
    QVERIFY(svgs > 10);
    QCOMPARE(xml.elements.count(QStringLiteral("figure")), svgs);
    QCOMPARE(xml.elements.count(QStringLiteral("figcaption")), svgs);
    static const QRegularExpression svgTag(QStringLiteral("<svg ([^>]*)>"));
    auto it = svgTag.globalMatch(QString::fromUtf8(html));
    int labelled = 0;
    while (it.hasNext()) {
        const QString attributes = it.next().captured(1);
        QVERIFY(attributes.contains(QStringLiteral("role=\"img\"")));
        QVERIFY(attributes.contains(QStringLiteral("aria-label=\"")));
        // What it shows: the value and period, its RAG and trend, and what SPC says (or that there is no value).
        QVERIFY2(attributes.contains(QStringLiteral("special cause")) ||
                     attributes.contains(QStringLiteral("no value for")),
                 qPrintable(attributes.left(300)));
        ++labelled;
    }
    QCOMPARE(labelled, svgs);
    QVERIFY(xml.text.contains(QStringLiteral("Exceptions")));
}

void TestReportFormats::periodWithNoData()
{
    const Period future = *Period::parse(QStringLiteral("2031/32 Q1"));
    const QString path = m_dir.filePath(QStringLiteral("future.pdf"));
    QString error;
    QVERIFY2(exportReport(*m_ws, reportRequest(ReportKind::Performance, future, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    checkPages(path, 25);
    const QString text = pdfText(path).simplified();
    QVERIFY(text.contains(QStringLiteral("no value for 2031/32 Q1")) ||
            text.contains(QStringLiteral("no value for Jun 2031")));
    QVERIFY(text.contains(QStringLiteral("No data")));
}

void TestReportFormats::boardWithNothingButItsName()
{
    Board board;
    board.name = QStringLiteral("Northfield Safeguarding Adults Board");
    OpenResult r;
    const auto ws = Workspace::create(m_dir.filePath(QStringLiteral("bare.assure")), board, &r);
    QVERIFY2(ws, qPrintable(r.message));
    for (ReportKind kind : {ReportKind::BoardPack, ReportKind::Performance}) {
        const QString path = m_dir.filePath(reportKindKey(kind) + QStringLiteral("-bare.pdf"));
        QString error;
        QVERIFY2(exportReport(*ws, reportRequest(kind, m_period, ReportFormat::Pdf), path, &error), qPrintable(error));
        checkPages(path, 20);
        const QString text = pdfText(path).simplified();
        QVERIFY(text.contains(board.name));
        QVERIFY(text.contains(QStringLiteral("The board has no indicators yet.")));
    }
    const QString html = m_dir.filePath(QStringLiteral("bare.html"));
    QString error;
    QVERIFY(exportReport(*ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Html), html, &error));
}

void TestReportFormats::threeHundredIndicatorsOneWithALongTitle()
{
    Board board;
    board.name = QStringLiteral("Large Test Partnership");
    OpenResult r;
    const auto ws = Workspace::create(m_dir.filePath(QStringLiteral("large.assure")), board, &r);
    QVERIFY2(ws, qPrintable(r.message));
    QString longTitle;
    while (longTitle.size() < 290)
        longTitle += QStringLiteral("Children and young people supported ");
    longTitle = longTitle.left(288) + QStringLiteral(" lastwordzz");
    QCOMPARE(longTitle.size(), 299);
    IndicatorEdits edits(*ws);
    for (int i = 1; i <= 300; ++i) {
        Indicator indicator;
        indicator.code = QStringLiteral("T-%1").arg(i, 3, 10, QLatin1Char('0'));
        indicator.title = i == 150 ? longTitle : QStringLiteral("Test indicator number %1").arg(i);
        indicator.frequency = Frequency::Quarterly;
        indicator.annualTarget = 80;
        QString error;
        QVERIFY2(ws->add(indicator, &error), qPrintable(error));
        const qint64 id = ws->items<Indicator>().items().back().id;
        for (int q = 1; q <= 2; ++q)
            QVERIFY(edits.setMeasurement(Measurement{id,
                                                     Period::quarter(2026, q).key(),
                                                     70.0 + (i % 20),
                                                     std::nullopt,
                                                     std::nullopt,
                                                     {},
                                                     DataQuality::Validated}));
    }
    const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
    QString error;
    QVERIFY2(exportReport(*ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    checkPages(path, 30);
    const QString text = pdfText(path).simplified();
    for (const Indicator &indicator : ws->items<Indicator>())
        QVERIFY2(text.contains(indicator.code + QLatin1Char(' ')), qPrintable(indicator.code));
    QVERIFY(text.contains(QStringLiteral("lastwordzz")));
    QVERIFY(text.contains(QStringLiteral("Of 300 indicators in 2026/27 Q2")));
}

QTEST_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
