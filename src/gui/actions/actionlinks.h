// What an action answers and what else links to it, as the Actions page's pane says it: rich text
// whose links open each one on its own page.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace assure {

struct Action;
class Workspace;

class ActionLinks final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionLinks)

public:
    // "Answers: Finding “…”" (a link to its audit where it has one) or "Answers: stands alone",
    // then, when any, "Linked to: risk “…”, complaint C-12, …".
    static QString html(const Workspace &ws, const Action &action);
    // The risks it treats and the entries of the logs (complaints, escalations, feedback) that led
    // to it, each a link to it on its page, in the logs' order.
    static QStringList linkedEntries(const Workspace &ws, qint64 actionId);
};

} // namespace assure
