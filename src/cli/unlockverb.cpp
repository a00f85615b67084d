// assure-cli unlock FILE [--force]: clears a lock left behind by a program that can no longer release it.
//
// The same rules as the desktop program's prompt: a lock of a program that has ended on this
// computer goes without asking (QLockFile proves it gone); a lock of a program still running here
// never goes; a lock from another computer goes when it looks abandoned (LockHolder), or when the
// person says they know that program is closed (--force).
#include "cli/unlockverb.h"

#include "storage/filesafety/boardlock.h"

#include <QDir>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::UnlockVerb)
};

} // namespace

QString UnlockVerb::summary() const
{
    return Tr::tr("Clear the lock a crashed or switched-off computer left on a board file (--force for a recent one "
                  "from another computer).");
}

int UnlockVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Clear a lock from another computer even if it is recent: only when you know "
                                          "the program that took it is closed."));
    parser.addOption(force);
    if (!parse(parser, args, io, 1, QStringLiteral("FILE [--force]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString path = parser.positionalArguments().constFirst();
    const QString shown = QDir::toNativeSeparators(path);
    int exitCode = ExitOk;
    if (!inspect(path, io, &exitCode))
        return exitCode;
    if (!BoardLock::isHeld(path)) {
        io.out << Tr::tr("%1 is not open for changes anywhere: there is no lock to clear.").arg(shown) << Qt::endl;
        return ExitOk;
    }
    const LockHolder before = BoardLock::holder(path);
    // Taking the lock clears one whose program has ended on this computer; it is let go at once.
    BoardLock::Outcome outcome = BoardLock::Outcome::Failed;
    LockHolder holder;
    QString error;
    if (BoardLock::acquire(path, &outcome, &holder, &error)) {
        io.out << Tr::tr("Cleared the lock left by %1: that program has ended.").arg(before.describe()) << Qt::endl;
        return ExitOk;
    }
    if (outcome == BoardLock::Outcome::Failed) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    if (holder.sameMachine) {
        io.err << Tr::tr("%1 is open for changes by %2, a program still running on this computer. Close the board "
                         "there; the lock of a running program is never cleared.")
                      .arg(shown, holder.describe())
               << Qt::endl;
        return ExitLocked;
    }
    if (!holder.looksAbandoned() && !parser.isSet(force)) {
        io.err << Tr::tr("%1 is open for changes by %2. If that computer crashed or was switched off with the board "
                         "open, and you are sure the program is closed, run this again with --force. A lock from "
                         "another computer counts as abandoned after %3 hours.")
                      .arg(shown, holder.describe())
                      .arg(LockHolder::kAbandonedAfterHours)
               << Qt::endl;
        return ExitLocked;
    }
    if (!BoardLock::clear(path, holder, &error)) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    io.out << Tr::tr("Cleared the lock of %1.").arg(holder.describe()) << Qt::endl;
    return ExitOk;
}

} // namespace assure
