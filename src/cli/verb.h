// One assure-cli verb: its name, a line of help, and what it does with its arguments.
#pragma once

#include "core/period.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <optional>

namespace assure {

// Exit codes every verb keeps to.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  // the work itself failed (a write, a disk)
    ExitUsage = 2,    // bad usage, a missing file, not a board file, a newer board file
    ExitDamaged = 3,  // check: the board file is damaged
    ExitRejected = 4, // import: some rows were rejected
    ExitLocked = 5,   // a writing verb: another program has the board file open for changes
};

struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

class Verb
{
public:
    virtual ~Verb() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is the verb's name, as QCommandLineParser expects of a program name.
    virtual int run(const QStringList &args, CliStreams io) = 0;

protected:
    // Parses args into parser with --help; returns false (having printed why) on bad usage.
    bool parse(QCommandLineParser &parser, const QStringList &args, CliStreams io, int positional,
               const QString &positionalHelp) const;
};

// --as-of DATE, when given, read into *day (left as it was otherwise); false, having said why,
// when it is not a date like 2026-09-30.
bool readAsOf(const QCommandLineParser &parser, CliStreams io, QDate *day);
// --year LABEL read as a financial year of a board whose years start in fyStartMonth; none,
// having said why (with this year's label as the example), when it is not one.
std::optional<Period> readYear(const QCommandLineParser &parser, int fyStartMonth, CliStreams io);

} // namespace assure
