// The crash test's child: opens a board and makes numbered edits until it is killed, saying after each that it is
// committed.
//   assure-crashchild BOARD FIRST [LAST] [--undo]
// Prints "committed N" (flushed) as soon as edit N's apply has returned; exits 3 if an edit is refused.
// With --undo each edit is undone ("undone N") and redone ("committed N") before the next.
#include "crash/crashedits.h"

#include <QCoreApplication>

#include <cstdio>

using namespace assure;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool undo = args.removeAll(QStringLiteral("--undo")) > 0;
    bool ok = false;
    const int first = args.size() >= 3 ? args.at(2).toInt(&ok) : 0;
    const int last = args.size() >= 4 ? args.at(3).toInt() : 1000000;
    if (!ok || first < 1) {
        std::fprintf(stderr, "usage: assure-crashchild BOARD FIRST [LAST]\n");
        return 2;
    }
    OpenResult result;
    const auto ws = Workspace::open(args.at(1), BoardFile::Mode::ReadWrite, &result);
    if (!ws) {
        std::fprintf(stderr, "cannot open the board: %s\n", qPrintable(result.message));
        return 2;
    }
    for (int n = first; n <= last; ++n) {
        QString error;
        if (!crashtest::perform(*ws, n, &error)) {
            std::fprintf(stderr, "edit %d refused: %s\n", n, qPrintable(error));
            return 3;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
        if (!undo)
            continue;
        ws->undoStack()->undo();
        std::printf("undone %d\n", n);
        std::fflush(stdout);
        ws->undoStack()->redo();
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
