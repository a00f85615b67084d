// The change history as the workspace offers it: reading the log, and the switch used only to measure its cost.
#include "workspace/workspace.h"

namespace assure {

std::vector<HistoryEntry> Workspace::historyEntries(qint64 afterId, QString *error) const
{
    return HistoryLog::load(m_file->handle(), afterId, error);
}

void Workspace::setRecordingHistory(bool record)
{
    m_recordHistory = record;
}

} // namespace assure
