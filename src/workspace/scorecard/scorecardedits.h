// Undoable edits of the scorecard: the board's domains (add, rename, reorder, delete, or start
// again from a shipped set) and a domain's summary line for a period, each one undo step.
#pragma once

#include "core/audits/privacyguard.h"
#include "workspace/scorecard/scorecardkinds.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class ScorecardEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ScorecardEdits)

public:
    explicit ScorecardEdits(Workspace &workspace) : m_ws(workspace) {}

    // The stored summary of a domain for a period; null when there is none.
    static const ScorecardSummary *findSummary(const Workspace &ws, qint64 domainId, const Period &period);
    // Its words; empty when there is none.
    static QString summary(const Workspace &ws, qint64 domainId, const Period &period);

    // Adds a domain at the end of the list; its id in *id.
    bool addDomain(const QString &name, QString *error = nullptr, qint64 *id = nullptr);
    bool renameDomain(qint64 id, const QString &name, QString *error = nullptr);
    // Moves a domain one place up (-1) or down (+1); nothing at either end of the list.
    bool moveDomain(qint64 id, int step, QString *error = nullptr);
    // Deletes it: its indicators are kept without a domain and its summaries go, in one step.
    bool removeDomain(qint64 id, QString *error = nullptr);
    // Makes the board's domains those of a shipped set in one step: the old ones go, every
    // indicator is left without a domain and every summary goes.
    bool useSet(DomainSet set, QString *error = nullptr);
    // How many indicators have a domain: what useSet() would clear.
    static int indicatorsWithDomain(const Workspace &ws);

    // Sets a domain's summary for a period as one undo step: adds, changes, or deletes it when the
    // text is blank. Nothing happens (and true) when the text is what is stored.
    bool setSummary(qint64 domainId, const Period &period, const QString &text, QString *error = nullptr);

    // What in a summary looks like personal data: it is printed in the board pack.
    static QList<PrivacyHit> privacyHits(const QString &text) { return PrivacyGuard::scan(text); }

private:
    Workspace &m_ws;
};

} // namespace assure
