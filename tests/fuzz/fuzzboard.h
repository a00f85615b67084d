// What the fuzz targets share: a Qt application, a small demo board to import into, and bytes read as a table.
#pragma once

#include "interchange/sourcetable.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace assure::fuzzing {

// Once per process: a QCoreApplication (Qt SQL loads its driver through it).
void initialiseQt();

// The same small demo board, written to a temporary folder on first use and kept open for the
// life of the process. Fuzz targets that write to it undo what they wrote.
Workspace &board();

// Bytes as the import verb reads a file: an .xlsx when they start as a zip does, else a CSV.
std::optional<SourceTable> readTable(const uint8_t *data, size_t size);

// Stops the process with a message when an invariant fails, so that libFuzzer keeps the input.
[[noreturn]] void fail(const char *what);

// What the import verb does with a usable plan: report it, then apply it. The board must take
// what the planner accepted; undo then leaves the board as it was for the next input.
template <class Plan> void applyAndUndo(const Plan &plan, const SourceTable &table)
{
    if (!plan.isUsable())
        return;
    (void)plan.rejectedLines();
    if (plan.counts.total() != plan.rows.size())
        fail("the counts do not add up to the rows");
    Workspace &ws = board();
    const int before = ws.undoStack()->index();
    // Why a write failed comes through the notifier (the edit's own error only says that it did).
    QString failure;
    const QMetaObject::Connection reason = QObject::connect(ws.notifier(), &Notifier::writeFailed,
                                                            [&failure](const QString &message) { failure = message; });
    if (IndicatorEdits(ws).applyImport(plan, table.fileName()) < 0)
        fail(qPrintable(QStringLiteral("the board refused a plan the planner accepted: ") + failure));
    if (ws.undoStack()->index() != before) {
        ws.undoStack()->undo();
        if (ws.undoStack()->index() != before || !failure.isEmpty())
            fail(qPrintable(QStringLiteral("undo of an import failed: ") + failure));
    }
    QObject::disconnect(reason);
}

} // namespace assure::fuzzing
