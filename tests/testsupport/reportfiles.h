// Test helper: reports written from a workspace, and read back with poppler's and qpdf's tools.
#pragma once

#include "reports/report.h"
#include "testsupport/clirun.h"
#include "workspace/workspace.h"

#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace assure::test {

// The day the reports are dated, so that action standings do not move with the day the tests run.
inline QDate reportDay()
{
    return QDate(2026, 12, 7);
}

inline ReportRequest reportRequest(ReportKind kind, const Period &period, ReportFormat format)
{
    ReportRequest r;
    r.kind = kind;
    r.period = period;
    r.format = format;
    r.asOf = reportDay();
    return r;
}

// Empty when the tool is on the PATH; otherwise the message a test skips with.
inline QString missingTool(const QString &tool)
{
    return QStandardPaths::findExecutable(tool).isEmpty()
               ? QStringLiteral("%1 is not installed (poppler-utils, qpdf)").arg(tool)
               : QString();
}

inline QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    return runProgram(QStringLiteral("pdftotext"), args).out;
}

// pdfinfo's "Key: value" lines.
inline QString pdfInfo(const QString &pdf, const QString &key)
{
    const QStringList lines = runProgram(QStringLiteral("pdfinfo"), {pdf}).out.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

} // namespace assure::test
