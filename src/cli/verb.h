// One assure-cli verb: its name, a line of help, and what it does with its arguments.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

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

} // namespace assure
