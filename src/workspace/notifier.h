// Says what changed in the open board, so every model showing it can update.
#pragma once

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

namespace assure {

// A kind of item (agency, indicator...). The numbers are handed out by kindOf<T>() (kindregistry.h),
// so a new kind needs nothing here.
enum class Kind : int {};

class Notifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // What a listener does when rows of one kind change; any may be left empty. Rows are
    // positions in the workspace's store for that kind (ordered by id).
    struct RowHandlers
    {
        std::function<void(int row)> aboutToInsert;
        std::function<void(int row)> inserted;
        std::function<void(int row)> aboutToRemove;
        std::function<void(int row)> removed;
        std::function<void(int row)> changed;
    };
    // Calls the handlers for rows of that kind only, for as long as context lives.
    void subscribe(Kind kind, QObject *context, RowHandlers handlers);
    // Calls refresh once a row of any of these kinds has been added, removed or changed.
    void subscribe(const QList<Kind> &kinds, QObject *context, std::function<void()> refresh);

Q_SIGNALS:
    // Each signal names its kind; subscribe() keeps a listener to the kinds it shows.
    void aboutToInsert(assure::Kind kind, int row);
    void inserted(assure::Kind kind, int row);
    void aboutToRemove(assure::Kind kind, int row);
    void removed(assure::Kind kind, int row);
    void changed(assure::Kind kind, int row);
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
