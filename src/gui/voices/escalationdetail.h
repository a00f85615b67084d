// The Escalations page's detail pane: one escalation, how it was resolved, what was learnt and
// the actions taken (each a link to it on the Actions page), as rich text.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace assure {

struct Escalation;
class Workspace;

class EscalationDetail final
{
    Q_DECLARE_TR_FUNCTIONS(assure::EscalationDetail)

public:
    // An open escalation is said to be open for the days from its raising to asOf.
    static QString html(const Workspace &ws, const Escalation &e, const QDate &asOf);
};

} // namespace assure
