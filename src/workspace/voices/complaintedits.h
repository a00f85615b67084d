// The complaints log's edits: an entry saved with its linked actions as one undoable step, the
// board's target and days off as one step, and an import's rows written in one transaction.
#pragma once

#include "interchange/voices/complaintimport.h"
#include "workspace/voices/complaintkinds.h"

#include <QCoreApplication>
#include <QList>

namespace assure {

class Workspace;

class ComplaintEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ComplaintEdits)

public:
    explicit ComplaintEdits(Workspace &workspace) : m_ws(workspace) {}

    // The actions linked to an entry, in the order they were linked.
    QList<qint64> actionsOf(qint64 complaintId) const;
    // Adds the entry with these actions in one step; its id in *id. Refused, with the reason, when
    // the entry has problems or an action or the agency is no longer in the board file.
    bool add(const Complaint &complaint, const QList<qint64> &actionIds, QString *error = nullptr,
             qint64 *id = nullptr);
    // Writes the entry (which must exist) and makes its actions these, in one step; nothing
    // changed is no step at all.
    bool save(const Complaint &complaint, const QList<qint64> &actionIds, QString *error = nullptr);

    // Makes the target this and the board's days off these (matched by day), in one step.
    bool saveSettings(const ComplaintSettings &settings, const QList<ComplaintHoliday> &holidays,
                      QString *error = nullptr);

    // What an import's rows are matched against: the entries and agencies of the board.
    ComplaintImportContext importContext() const;
    // Reads a CSV or XLSX file and plans its import; a file that cannot be read gives a plan with its error.
    ComplaintImportPlan planImportFile(const QString &path) const;
    // Writes the plan's new and changed rows in one step; the number written, or -1 with *why.
    int applyImport(const ComplaintImportPlan &plan, const QString &source, QString *why);

private:
    bool checked(const Complaint &complaint, const QList<qint64> &actionIds, QString *error) const;
    void relink(qint64 complaintId, const QList<qint64> &actionIds, ChangeSet &changes) const;

    Workspace &m_ws;
};

} // namespace assure
