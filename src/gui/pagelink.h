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

// assure:audit?id=7: one audit or review, on the Audits page.
QUrl audit(qint64 id);
// assure:programme?year=2026&standing=overdue (or due, done; empty: all): the audit programme of the
// financial year starting in `year`.
QUrl programme(int year, const QString &standing = {});
// assure:assessment?round=3&agency=5 (agency 0: the round's heatmap): a self-assessment round.
QUrl assessment(qint64 roundId, qint64 agencyId = 0);
// assure:risk?id=4, assure:complaint?id=9, assure:escalation?id=2, assure:feedback?id=6: one entry
// of the risk register or of a log, on its page with the filters cleared.
QUrl risk(qint64 id);
QUrl complaint(qint64 id);
QUrl escalation(qint64 id);
QUrl feedback(qint64 id);
// assure:new-action?source=finding&id=12: open the action editor for a new action answering that
// item (source: an ActionSource key, "finding", "recommendation", "priority", "self_assessment"
// (id: the criterion), "development_plan"), its source filled in, nothing saved until the user says.
QUrl newAction(const QString &sourceKey, qint64 sourceId);

// What a link names, read back: its target ("indicator", "actions"...), and each part when present.
QString target(const QUrl &link);
qint64 id(const QUrl &link);
// The id of a link to one entry of this target ("complaint"), 0 when it is a link to anything else.
qint64 idOf(const QUrl &link, const QString &target);
std::optional<Period> period(const QUrl &link, int fyStartMonth);
std::optional<Rag> rag(const QUrl &link);
QString standing(const QUrl &link);
// Any other named part ("year", "round", "agency", "source"), as written; empty when absent.
QString value(const QUrl &link, const QString &key);

} // namespace PageLink

} // namespace assure
