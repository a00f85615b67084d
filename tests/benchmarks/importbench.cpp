// Issue 3's import target: a 100,000-row measurements CSV through the user's path, beside the sqlite3 shell's .import.
#include "importbench.h"

#include "importcsv.h"
#include "interchange/indicators/measurementimport.h"
#include "interchange/tablefile.h"
#include "plainsql.h"
#include "timing.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <sqlite3.h>

namespace assure {

namespace {

constexpr double kImportUnderMs = 3000.0;
constexpr double kImportRatioMax = 3.0;
constexpr quint32 kCsvSeed = 2027;
constexpr int kShellPatienceMs = 120000;

// One import as a user runs it, on a fresh copy of the board.
bool importOnce(const QString &boardPath, const QString &csvPath, const QString &copyPath, int rows, ImportSamples *s,
                QString *error)
{
    QFile::remove(copyPath);
    if (!QFile::copy(boardPath, copyPath)) {
        *error = QStringLiteral("cannot copy the board to %1").arg(copyPath);
        return false;
    }
    OpenResult opened;
    auto ws = Workspace::open(copyPath, BoardFile::Mode::ReadWrite, &opened);
    if (!ws) {
        *error = opened.message;
        return false;
    }
    const qint64 before = ws->items<Measurement>().count();
    const int steps = ws->undoStack()->count();

    QElapsedTimer t;
    t.start();
    const std::optional<SourceTable> table = readTableFile(csvPath, error);
    const double read = msSince(t);
    if (!table)
        return false;
    t.start();
    const ImportContext context = IndicatorEdits(*ws).importContext();
    const double contextMs = msSince(t);
    const MeasurementImportPlan plan = planMeasurementImport(*table, context);
    const double planned = msSince(t);
    if (!plan.isUsable() || plan.counts.created != rows || plan.counts.total() != rows) {
        const QStringList rejected = plan.rejectedLines();
        *error = QStringLiteral("the plan does not add every row as new (%1 rows, %2 new, %3 rejected%4)")
                     .arg(plan.counts.total())
                     .arg(plan.counts.created)
                     .arg(plan.counts.rejected)
                     .arg(plan.isUsable() ? (rejected.isEmpty()
                                                 ? QString()
                                                 : QStringLiteral("; ") + rejected.mid(0, 5).join(QStringLiteral("; ")))
                                          : QStringLiteral("; ") + plan.error);
        return false;
    }
    t.start();
    const int written = IndicatorEdits(*ws).applyImport(plan, QFileInfo(csvPath).fileName(), error);
    const double applied = msSince(t);
    if (written != rows) {
        if (written >= 0)
            *error = QStringLiteral("the import wrote %1 of %2 rows").arg(written).arg(rows);
        return false;
    }
    if (ws->items<Measurement>().count() != before + rows || ws->undoStack()->count() != steps + 1) {
        *error = QStringLiteral("the import did not leave %1 more measurements and one more undo step").arg(rows);
        return false;
    }
    s->read.push_back(read);
    s->context.push_back(contextMs);
    s->plan.push_back(planned);
    s->apply.push_back(applied);
    s->total.push_back(read + planned + applied);
    ws.reset();
    QFile::remove(copyPath);
    return true;
}

qint64 countRows(const QString &dbPath, QString *error)
{
    PlainConnection connection;
    if (!connection.open(dbPath, error))
        return -1;
    sqlite3_stmt *st = nullptr;
    qint64 count = -1;
    if (sqlite3_prepare_v2(connection.handle(), "SELECT count(*) FROM t", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        count = sqlite3_column_int64(st, 0);
    else
        *error = QString::fromUtf8(sqlite3_errmsg(connection.handle()));
    sqlite3_finalize(st);
    return count;
}

// The sqlite3 shell's own import into a new database: the table is made from the header row.
bool shellOnce(const QString &program, const QString &csvPath, const QString &dbPath, int rows, ImportSamples *s,
               QString *error)
{
    QFile::remove(dbPath);
    QProcess shell;
    const QStringList arguments{dbPath, QStringLiteral(".import --csv \"%1\" t").arg(csvPath)};
    QElapsedTimer t;
    t.start();
    shell.start(program, arguments);
    const bool finished = shell.waitForFinished(kShellPatienceMs);
    const double elapsed = msSince(t);
    if (!finished || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3 %4")
                     .arg(program, arguments.join(QLatin1Char(' ')), shell.errorString(),
                          QString::fromLocal8Bit(shell.readAllStandardError()).trimmed());
        return false;
    }
    const qint64 imported = countRows(dbPath, error);
    if (imported != rows) {
        if (imported >= 0)
            *error = QStringLiteral("the sqlite3 shell imported %1 rows, not %2").arg(imported).arg(rows);
        return false;
    }
    s->shell.push_back(elapsed);
    QFile::remove(dbPath);
    return true;
}

} // namespace

bool timeImport(const QString &boardPath, const QString &workDir, int rows, int runs, ImportSamples *s, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty()) {
        *error = QStringLiteral("the sqlite3 program is not on the PATH; install the sqlite3 package");
        return false;
    }
    PlainBoard board;
    if (!loadPlain(boardPath, &board, error))
        return false;
    const QDir dir(workDir);
    const QString csvPath = dir.filePath(QStringLiteral("measurements.csv"));
    if (!writeImportCsv(board, csvPath, rows, kCsvSeed, error))
        return false;
    s->rows = rows;
    s->fileBytes = QFileInfo(csvPath).size();
    // Interleaved, so that the page cache and the CPU clock treat both sides alike.
    for (int i = 0; i < runs; ++i) {
        if (!importOnce(boardPath, csvPath, dir.filePath(QStringLiteral("import.assure")), rows, s, error) ||
            !shellOnce(program, csvPath, dir.filePath(QStringLiteral("shell.db")), rows, s, error))
            return false;
    }
    return true;
}

void addImportFigures(const ImportSamples &s, JsonObject &timings, JsonObject &breakdown, JsonObject &ratios,
                      JsonObject &targets, JsonObject &met)
{
    JsonObject total = statsJson(s.total);
    total.addInt("rows", s.rows).addInt("file_bytes", s.fileBytes);
    timings.addObject("import_csv", total).addObject("import_csv_sqlite3_shell", statsJson(s.shell));

    JsonObject parts;
    parts.addNumber("read_file", median(s.read))
        .addNumber("plan", median(s.plan))
        .addNumber("of_which_import_context", median(s.context))
        .addNumber("apply", median(s.apply));
    breakdown.addObject("import_csv", parts);

    const double ratio = median(s.total) / median(s.shell);
    ratios.addNumber("import_vs_sqlite3_shell", ratio);
    targets.addNumber("import_under_ms", kImportUnderMs, 0).addNumber("import_ratio_max", kImportRatioMax, 1);
    met.addBool("import", median(s.total) < kImportUnderMs).addBool("import_ratio", ratio <= kImportRatioMax);
}

} // namespace assure
