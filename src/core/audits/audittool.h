// An audit tool as a board keeps it: a questionnaire with its id (audit_tool); an audit works from
// its own copy (Audit::questionnaire).
#pragma once

#include "core/audits/questionnaire.h"

namespace assure {

struct AuditTool
{
    qint64 id = 0;
    Questionnaire questionnaire; // its name is the tool's, unique in the board

    QStringList problems() const { return questionnaire.problems(); }
    bool operator==(const AuditTool &o) const { return id == o.id && questionnaire == o.questionnaire; }
    bool operator!=(const AuditTool &o) const { return !(*this == o); }
};

} // namespace assure
