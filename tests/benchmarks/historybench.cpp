// assure-bench: what recording the change history adds to a bulk edit of 1,000 measurements.
#include "historybench.h"

#include "timing.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

constexpr int kRows = 1000;
constexpr double kOverheadUnderPercent = 30.0; // issue 4

// Every measurement's value nudged and its commentary changed, as a corrected import would.
ChangeSet bulkEdit(const Workspace &ws, int round)
{
    ChangeSet changes;
    int rows = 0;
    for (const Indicator &i : ws.items<Indicator>()) {
        for (const Measurement &old : ws.items<Measurement>().of(i.id)) {
            Measurement m = old;
            m.value = old.value.value_or(0) + 0.5;
            m.commentary = QStringLiteral("Revised in round %1").arg(round);
            changes.update(old, m);
            if (++rows == kRows)
                return changes;
        }
    }
    return changes;
}

} // namespace

bool timeHistoryOverhead(const QString &path, int runs, HistoryOverhead *out, QString *error)
{
    OpenResult result;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &result);
    if (!ws) {
        *error = result.message;
        return false;
    }
    // One unmeasured round first, so that both sides find the file's pages in the cache.
    for (int i = -1; i < 2 * runs; ++i) {
        const bool record = i % 2 == 0;
        ws->setRecordingHistory(record);
        ChangeSet changes = bulkEdit(*ws, i);
        out->rows = static_cast<int>(changes.size());
        QElapsedTimer t;
        t.start();
        if (!ws->execute(QStringLiteral("Bulk edit"), std::move(changes), error))
            return false;
        const double ms = msSince(t);
        if (i >= 0)
            (record ? out->recorded : out->unrecorded).push_back(ms);
        ws->setRecordingHistory(false);
        ws->undoStack()->undo();
    }
    if (out->rows < kRows)
        *error = QStringLiteral("the board has only %1 measurements; the bulk edit wants %2").arg(out->rows).arg(kRows);
    return out->rows == kRows;
}

JsonObject historyOverheadJson(const HistoryOverhead &h)
{
    const double with = summarize(h.recorded).median;
    const double without = summarize(h.unrecorded).median;
    const double overhead = without > 0 ? (with - without) / without * 100.0 : 0;
    JsonObject o;
    o.addInt("rows", h.rows)
        .addNumber("recorded_median_ms", with)
        .addNumber("unrecorded_median_ms", without)
        .addNumber("overhead_percent", overhead, 1)
        .addNumber("target_under_percent", kOverheadUnderPercent, 0)
        .addBool("met", overhead < kOverheadUnderPercent);
    return o;
}

} // namespace assure
