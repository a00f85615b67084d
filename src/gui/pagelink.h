// Links between pages: what opens when a dashboard tile or row is clicked, written as URLs with the
// scheme "assure" so that a rich-text label can carry one too.
#pragma once

#include "core/indicators/rag.h"
#include "core/period.h"

#include <QUrl>

#include <optional>

namespace assure {

namespace PageLink {

// assure:indicator?id=12&period=2026-Q2: one indicator, shown for a reporting period.
QUrl indicator(qint64 id, const Period &period);
// assure:indicators?rag=red&period=2026-Q2: the indicators of one RAG status for a period.
QUrl indicators(Rag rag, const Period &period);
// assure:action?id=5: one action.
QUrl action(qint64 id);
// assure:actions?standing=overdue (or due_soon): the open actions that need chasing.
QUrl actions(const QString &standing);

// What a link names, read back: its target ("indicator", "actions"...), and each part when present.
QString target(const QUrl &link);
qint64 id(const QUrl &link);
std::optional<Period> period(const QUrl &link, int fyStartMonth);
std::optional<Rag> rag(const QUrl &link);
QString standing(const QUrl &link);

} // namespace PageLink

} // namespace assure
