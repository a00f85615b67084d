// The kinds of rows `assure-cli import` reads from a CSV or XLSX file, one entry each: a feature
// adds its option here (tableimports.cpp) and writes its own plan and apply.
#pragma once

#include "cli/verb.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace assure {

class SourceTable;
class Workspace;

// What one run of an import is given: the table read, and the choices on the command line.
struct TableImportRun final
{
    Workspace &ws;
    const SourceTable &table;
    QString source;            // the file's name, for messages
    bool write = true;         // false with --dry-run
    bool replace = false;      // --replace
    bool allOrNothing = false; // --all-or-nothing
    int year = 0;              // --year: the financial year's starting calendar year; 0 when not given
    QDate today;               // the day the import is made, for what it records
    CliStreams io;
};

struct TableImport final
{
    QString option;    // "actions": read with --actions FILE
    QString valueName; // "ACTIONS", for the help
    QString help;      // one line for --help
    bool needsYear = false;
    // Checks every row, writes when asked and prints the summary line; returns the exit code.
    int (*run)(const TableImportRun &run) = nullptr;
};

// In the order --help lists them.
const std::vector<TableImport> &tableImports();

// The one summary and exit rule of every table import: the summary line ("imported N, unchanged
// N, rejected N"), then "row R: reason" for each rejected row; ExitRejected when any was.
int reportImport(CliStreams io, int imported, int unchanged, int rejected, const QStringList &lines);

// The common ending of a planned import. plan has error, warnings, counts and rejectedLines()
// (see interchange/indicators/importstatus.h); apply(plan, &why) writes it and returns a negative
// number on failure. With --all-or-nothing and a rejected row nothing is written.
template <class Plan, class Apply> int finishImport(const TableImportRun &run, const Plan &plan, Apply apply)
{
    if (!plan.isUsable()) {
        run.io.err << QStringLiteral("%1: %2").arg(run.source, plan.error) << Qt::endl;
        return ExitUsage;
    }
    for (const QString &w : plan.warnings)
        run.io.err << QStringLiteral("%1: %2").arg(run.source, w) << Qt::endl;
    const bool blocked = run.allOrNothing && plan.counts.rejected > 0;
    const int imported = blocked ? 0 : plan.counts.changing();
    if (run.write && !blocked) {
        QString why;
        if (apply(plan, &why) < 0) {
            run.io.err << why << Qt::endl;
            return ExitFailure;
        }
    }
    return reportImport(run.io, imported, plan.counts.unchanged, plan.counts.rejected, plan.rejectedLines());
}

} // namespace assure
