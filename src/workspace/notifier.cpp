// Subscriptions to the notifier by kind: the filtering every listener would otherwise repeat.
#include "workspace/notifier.h"

namespace assure {

namespace {

template <class Signal>
void connectRows(Notifier *notifier, Signal signal, Kind kind, QObject *context,
                 const std::function<void(int)> &handler)
{
    if (!handler)
        return;
    QObject::connect(notifier, signal, context, [kind, handler](Kind k, int row) {
        if (k == kind)
            handler(row);
    });
}

} // namespace

void Notifier::subscribe(Kind kind, QObject *context, RowHandlers handlers)
{
    connectRows(this, &Notifier::aboutToInsert, kind, context, handlers.aboutToInsert);
    connectRows(this, &Notifier::inserted, kind, context, handlers.inserted);
    connectRows(this, &Notifier::aboutToRemove, kind, context, handlers.aboutToRemove);
    connectRows(this, &Notifier::removed, kind, context, handlers.removed);
    connectRows(this, &Notifier::changed, kind, context, handlers.changed);
}

void Notifier::subscribe(const QList<Kind> &kinds, QObject *context, std::function<void()> refresh)
{
    const auto onRow = [kinds, refresh](Kind k, int) {
        if (kinds.contains(k))
            refresh();
    };
    connect(this, &Notifier::inserted, context, onRow);
    connect(this, &Notifier::removed, context, onRow);
    connect(this, &Notifier::changed, context, onRow);
}

} // namespace assure
