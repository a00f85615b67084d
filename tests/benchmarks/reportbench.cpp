// assure-bench: board papers to PDF, timed from the open workspace to the file written, beside soffice.
#include "reportbench.h"

#include "reports/report.h"
#include "timing.h"
#include "workspace/demo/demoboard.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace assure {

namespace {

constexpr double kSmallPackUnderMs = 2000.0;
constexpr double kLargeReportUnderMs = 15000.0;
constexpr double kSofficeRatioMin = 5.0;

int pdfPages(const QString &path)
{
    // Qt writes "/Type /Page" once per page (and "/Type /Pages" for the tree).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray pdf = file.readAll();
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/"));
}

bool timeOne(const Workspace &ws, const ReportRequest &request, const QString &path, std::vector<double> *samples,
             QString *error)
{
    QFile::remove(path);
    QElapsedTimer t;
    t.start();
    if (!exportReport(ws, request, path, error))
        return false;
    samples->push_back(msSince(t));
    return true;
}

} // namespace

bool timeReports(const QString &largePath, const QString &workDir, int runs, ReportTimings *out, QString *error)
{
    const QString smallPath = QDir(workDir).filePath(QStringLiteral("small.assure"));
    if (!QFileInfo::exists(smallPath) && !writeDemoBoard(smallPath, DemoOptions{}, error))
        return false;
    OpenResult result;
    const auto small = Workspace::open(smallPath, BoardFile::Mode::ReadOnly, &result);
    const auto large = Workspace::open(largePath, BoardFile::Mode::ReadOnly, &result);
    if (!small || !large) {
        *error = result.message;
        return false;
    }
    // The latest whole quarter, as a board pack for the last meeting would report.
    const Period quarter =
        Period::containing(QDate::currentDate(), Period::Kind::Quarter, small->board().fyStartMonth).previous();
    out->period = quarter.label();
    ReportRequest pack;
    pack.kind = ReportKind::BoardPack;
    pack.period = quarter;
    ReportRequest performance = pack;
    performance.kind = ReportKind::Performance;
    const QString packPdf = QDir(workDir).filePath(QStringLiteral("pack.pdf"));
    const QString largePdf = QDir(workDir).filePath(QStringLiteral("large.pdf"));
    for (int i = 0; i < runs; ++i)
        if (!timeOne(*small, pack, packPdf, &out->smallBoardPack, error) ||
            !timeOne(*large, performance, largePdf, &out->largePerformance, error))
            return false;
    out->smallPages = pdfPages(packPdf);
    out->largePages = pdfPages(largePdf);

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out->sofficeMissing = QStringLiteral("soffice is not installed");
        return true;
    }
    ReportRequest odt = pack;
    odt.format = ReportFormat::Odt;
    const QString packOdt = QDir(workDir).filePath(QStringLiteral("pack.odt"));
    if (!exportReport(*small, odt, packOdt, error))
        return false;
    // Its own profile, so that a LibreOffice open on this desktop neither slows nor blocks it.
    const QString profile = QUrl::fromLocalFile(QDir(workDir).filePath(QStringLiteral("lo-profile"))).toString();
    const QString outDir = QDir(workDir).filePath(QStringLiteral("soffice"));
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(soffice,
                {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                 QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, packOdt});
        if (!p.waitForFinished(300000) || p.exitCode() != 0) {
            out->sofficeMissing =
                QStringLiteral("soffice failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
            out->soffice.clear();
            return true;
        }
        // The first run also makes the profile; it is the time a user waits all the same.
        out->soffice.push_back(msSince(t));
    }
    return true;
}

JsonObject reportTimingsJson(const ReportTimings &t)
{
    JsonObject timings, targets, met;
    JsonObject packJson = statsJson(t.smallBoardPack);
    packJson.addInt("pages", t.smallPages);
    JsonObject largeJson = statsJson(t.largePerformance);
    largeJson.addInt("pages", t.largePages);
    timings.addObject("small_board_pack_pdf", packJson).addObject("large_performance_report_pdf", largeJson);
    targets.addNumber("small_board_pack_under_ms", kSmallPackUnderMs, 0)
        .addNumber("large_performance_report_under_ms", kLargeReportUnderMs, 0);
    met.addBool("small_board_pack", median(t.smallBoardPack) < kSmallPackUnderMs)
        .addBool("large_performance_report", median(t.largePerformance) < kLargeReportUnderMs);
    JsonObject out;
    out.addString("period", t.period);
    if (t.soffice.empty()) {
        out.addString("soffice", t.sofficeMissing);
    } else {
        const double ratio = median(t.soffice) / median(t.smallBoardPack);
        timings.addObject("soffice_odt_to_pdf_small_board_pack", statsJson(t.soffice));
        out.addNumber("soffice_vs_assure_ratio", ratio);
        targets.addNumber("soffice_ratio_min", kSofficeRatioMin, 1);
        met.addBool("soffice_ratio", ratio >= kSofficeRatioMin);
    }
    out.addObject("timings_ms", timings).addObject("targets", targets).addObject("met", met);
    return out;
}

} // namespace assure
