// assure-bench: assure-cli voices on the large demo.
#include "voicesbench.h"

#include "cli/boardyearverb.h"
#include "timing.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace assure {

namespace {

constexpr double kVoicesUnderMs = 200.0;

} // namespace

bool timeVoices(const QString &path, const QString &cliPath, int runs, VoicesTimings *out, QString *error)
{
    OpenResult result;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadOnly, &result);
    if (!ws) {
        *error = result.message;
        return false;
    }
    // The year the demo's logs run up to, as the command is asked for it.
    const QDate asOf = QDate::currentDate();
    const int fyStart = ws->board().fyStartMonth;
    const int year = Period::containing(asOf, Period::Kind::Year, fyStart).financialYear();
    out->year = Period::yearLabel(year, fyStart);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QJsonObject json;
        for (const BoardYearSection &section : voicesSections())
            json.insert(section.key, section.write(*ws, year, asOf));
        const QByteArray text = QJsonDocument(json).toJson();
        out->sections.push_back(msSince(t));
        out->bytes = text.size();
    }
    ws.reset();
    for (int i = 0; i < runs; ++i) {
        QProcess cli;
        QElapsedTimer t;
        t.start();
        cli.start(cliPath,
                  {QStringLiteral("voices"), path, QStringLiteral("--year"), out->year, QStringLiteral("--json")});
        if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
            *error =
                QStringLiteral("assure-cli voices failed: %1").arg(QString::fromLocal8Bit(cli.readAllStandardError()));
            return false;
        }
        out->command.push_back(msSince(t));
        const QJsonObject printed = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        for (const BoardYearSection &section : voicesSections())
            if (!printed.contains(section.key)) {
                *error = QStringLiteral("assure-cli voices printed no “%1”").arg(section.key);
                return false;
            }
    }
    return true;
}

JsonObject voicesTimingsJson(const VoicesTimings &t)
{
    JsonObject sections = statsJson(t.sections);
    sections.addString("year", t.year).addInt("json_bytes", int(t.bytes));
    JsonObject out;
    out.addObject("voices_json_on_open_board", sections)
        .addObject("voices_command_start_to_exit", statsJson(t.command))
        .addNumber("voices_json_under_ms", kVoicesUnderMs, 0)
        .addBool("voices_json_met", median(t.sections) < kVoicesUnderMs);
    return out;
}

} // namespace assure
