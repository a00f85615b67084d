// A single audit's report and the board pack's audit and self-assessment sections, read back: the
// PDF holds the headings, the audit's grade counts as the workspace holds them and its seed; an
// audit with no cases says so; the ODT and HTML hold the same; a refused audit writes nothing.
#include "core/audits/grades.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/audits/auditkinds.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>

using namespace assure;
using namespace assure::test;

namespace {

// The text as laid out on the page, so that a table's row reads along one line.
QString pdfLayoutText(const QString &pdf)
{
    return runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
}

QString odtText(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("content.xml")))
        return {};
    QuaZipFile content(&zip);
    if (!content.open(QIODevice::ReadOnly))
        return {};
    // Tags out, so that the words of a cell or heading read as words.
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString::fromUtf8(content.readAll()).replace(tag, QStringLiteral(" ")).simplified();
}

QString fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString::fromUtf8(file.readAll()).replace(tag, QStringLiteral(" ")).simplified();
}

} // namespace

class TestAuditReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditReportHoldsGradesSeedAndFindings();
    void auditWithNoCases();
    void unknownAuditIsRefused();
    void odtAndHtmlHoldTheSame();
    void boardPackHasAuditAndSelfAssessmentSections();

private:
    QString write(ReportRequest request, const QString &name);
    const Audit *auditWithCases(bool withCases) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

QString TestAuditReport::write(ReportRequest request, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(*m_ws, request, path, &error))
        qWarning() << "not written:" << error;
    return path;
}

// The demo's first audit with (or without) cases and a sampling seed (or none).
const Audit *TestAuditReport::auditWithCases(bool withCases) const
{
    for (const Audit &a : m_ws->items<Audit>()) {
        const bool has = std::any_of(m_ws->items<AuditCase>().begin(), m_ws->items<AuditCase>().end(),
                                     [&](const AuditCase &c) { return c.auditId == a.id; });
        if (has == withCases && (!withCases || !a.samplingSeed.isEmpty()))
            return &a;
    }
    return nullptr;
}

void TestAuditReport::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

void TestAuditReport::auditReportHoldsGradesSeedAndFindings()
{
    const Audit *audit = auditWithCases(true);
    QVERIFY(audit);
    ReportRequest request = reportRequest(ReportKind::Audit, Period(), ReportFormat::Pdf);
    request.audit = audit->ref.toLower();
    const QString pdf = write(request, QStringLiteral("audit.pdf"));
    const QString text = pdfText(pdf).simplified();
    for (const char *heading : {"About this audit", "Scope", "Method", "Sample and grades", "Moderation", "Findings",
                                "What is working well", "What needs to improve", "Recommendations",
                                "Actions answering the audit", "Glossary", "Sampling seed", "Cohen's kappa"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(text.contains(QStringLiteral("Audit report: %1").arg(audit->ref)));
    QVERIFY(text.contains(QStringLiteral("with the seed %1").arg(audit->samplingSeed)));

    // Each grade's row: its label and the cases whose final grade it is, as the workspace holds them.
    const GradeScale scale = GradeScale::fromText(audit->gradeScale);
    QMap<QString, int> counts;
    int cases = 0;
    for (const AuditCase &c : m_ws->items<AuditCase>())
        if (c.auditId == audit->id) {
            ++counts[c.finalGrade()];
            ++cases;
        }
    QVERIFY(text.contains(QStringLiteral("%1 cases were audited").arg(cases)));
    const QString layout = pdfLayoutText(pdf);
    for (const Grade &g : scale.grades()) {
        const QRegularExpression row(QStringLiteral("\\n\\s*%1\\s+%2\\s+\\d+%")
                                         .arg(QRegularExpression::escape(g.label))
                                         .arg(counts.value(g.key)));
        QVERIFY2(row.match(layout).hasMatch(), qPrintable(g.label));
    }
    // Every finding and recommendation is printed; what works comes before what needs to improve.
    for (const Finding &f : m_ws->items<Finding>())
        if (f.auditId == audit->id)
            QVERIFY2(text.contains(f.text.simplified()), qPrintable(f.text));
    for (const Recommendation &r : m_ws->items<Recommendation>())
        if (r.auditId == audit->id)
            QVERIFY2(text.contains(r.text.left(30)), qPrintable(r.text));
    QVERIFY(text.indexOf(QStringLiteral("What is working well")) < text.indexOf(QStringLiteral("What needs to")));
    // Every page still carries its number and the marking.
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        QVERIFY(pdfText(pdf, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
}

void TestAuditReport::auditWithNoCases()
{
    const Audit *audit = auditWithCases(false);
    QVERIFY(audit);
    ReportRequest request = reportRequest(ReportKind::Audit, m_period, ReportFormat::Pdf);
    request.audit = audit->ref;
    const QString text = pdfText(write(request, QStringLiteral("nocases.pdf"))).simplified();
    QVERIFY(text.contains(QStringLiteral("No cases have been audited yet, so there are no grades to report.")));
    QVERIFY(text.contains(QStringLiteral("No case has been graded by a second auditor.")));
    QVERIFY(text.contains(audit->title));
}

void TestAuditReport::unknownAuditIsRefused()
{
    ReportRequest request = reportRequest(ReportKind::Audit, m_period, ReportFormat::Pdf);
    request.audit = QStringLiteral("AU-1999-042");
    QCOMPARE(reportRefusal(*m_ws, request), QStringLiteral("The board has no audit “AU-1999-042”."));
    const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
    QString error;
    QVERIFY(!exportReport(*m_ws, request, path, &error));
    QVERIFY(error.contains(QStringLiteral("AU-1999-042")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestAuditReport::odtAndHtmlHoldTheSame()
{
    const Audit *audit = auditWithCases(true);
    QVERIFY(audit);
    ReportRequest request = reportRequest(ReportKind::Audit, m_period, ReportFormat::Odt);
    request.audit = audit->ref;
    const QString odt = odtText(write(request, QStringLiteral("audit.odt")));
    request.format = ReportFormat::Html;
    const QString html = fileText(write(request, QStringLiteral("audit.html")));
    for (const QString &text : {odt, html}) {
        QVERIFY(!text.isEmpty());
        for (const char *heading : {"Sample and grades", "What is working well", "What needs to improve",
                                    "Recommendations", "Actions answering the audit"})
            QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
        QVERIFY(text.contains(QStringLiteral("with the seed %1").arg(audit->samplingSeed)));
    }
    ReportRequest pack = reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Html);
    const QString packHtml = fileText(write(pack, QStringLiteral("pack.html")));
    pack.format = ReportFormat::Odt;
    const QString packOdt = odtText(write(pack, QStringLiteral("pack.odt")));
    for (const QString &text : {packHtml, packOdt})
        for (const char *heading :
             {"Audit programme and findings", "Audits reported this period", "Self-assessment", "Ratings by standard"})
            QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
}

void TestAuditReport::boardPackHasAuditAndSelfAssessmentSections()
{
    const QString pdf =
        write(reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), QStringLiteral("pack.pdf"));
    const QString text = pdfText(pdf).simplified();
    for (const char *heading : {"Audit programme and findings", "Audits reported this period", "What is working well",
                                "What needs to improve", "Self-assessment", "Progress by agency", "Ratings by standard",
                                "Good practice", "Cohen's kappa", "Heatmap"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    // Each audit reported in the period is listed, and no other.
    for (const Audit &a : m_ws->items<Audit>()) {
        if (m_period.contains(a.reported))
            QVERIFY2(text.contains(a.ref), qPrintable(a.ref));
    }
    // The latest round's progress: returned of invited, as the workspace holds the returns.
    const AssessmentRound *latest = nullptr;
    for (const AssessmentRound &r : m_ws->items<AssessmentRound>())
        if (!latest || r.year > latest->year || (r.year == latest->year && r.id > latest->id))
            latest = &r;
    QVERIFY(latest);
    int invited = 0;
    int returned = 0;
    for (const RoundAgency &a : m_ws->items<RoundAgency>())
        if (a.roundId == latest->id) {
            ++invited;
            returned += a.status >= ReturnStatus::Returned ? 1 : 0;
        }
    QVERIFY2(text.contains(QStringLiteral("%1 of the %2 agencies invited have returned").arg(returned).arg(invited)),
             qPrintable(text.mid(text.indexOf(QStringLiteral("The latest round")), 200)));
    // The heatmap's cells are words, so the table reads without colour.
    const QString layout = pdfLayoutText(pdf);
    QVERIFY(layout.contains(QStringLiteral("Std 1")));
    QVERIFY(layout.count(QRegularExpression(QStringLiteral("\\b(BLUE|GREEN|AMBER|RED)\\b"))) >= invited);
}

QTEST_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
