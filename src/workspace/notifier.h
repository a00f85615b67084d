// Says what changed in the open board, so every model showing it can update.
#pragma once

#include <QObject>
#include <QSet>

namespace assure {

enum class Entity { Agency, Person, SubGroup, Priority, Indicator };

class Notifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    // Rows are positions in the workspace's store for that entity (ordered by id).
    void aboutToInsert(assure::Entity entity, int row);
    void inserted(assure::Entity entity, int row);
    void aboutToRemove(assure::Entity entity, int row);
    void removed(assure::Entity entity, int row);
    void changed(assure::Entity entity, int row);
    void boardChanged();
    // Measurements, targets or benchmarks of these indicators changed.
    void seriesChanged(const QSet<qint64> &indicatorIds);
    // RAG thresholds changed (the board's or an indicator's).
    void thresholdsChanged();
    // New entries were added to the change history.
    void historyRecorded();
    // A write failed and was rolled back; the message says why, for people.
    void writeFailed(const QString &message);
};

} // namespace assure
