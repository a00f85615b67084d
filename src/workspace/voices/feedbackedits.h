// The feedback log's edits: an entry saved with its themes and actions as one undoable step, and
// an import's rows written in one transaction.
#pragma once

#include "interchange/voices/feedbackimport.h"
#include "workspace/voices/feedbackkinds.h"

#include <QCoreApplication>
#include <QList>

namespace assure {

class Workspace;

// What an entry is tied to, as the editor holds it.
struct FeedbackLinks
{
    QList<qint64> themeIds;  // in the order they were chosen
    QList<qint64> actionIds; // in the order they were linked
};

class FeedbackEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::FeedbackEdits)

public:
    explicit FeedbackEdits(Workspace &workspace) : m_ws(workspace) {}

    FeedbackLinks linksOf(qint64 feedbackId) const;
    // Adds the entry with these links in one step; its id in *id. Refused, with the reason, when
    // the entry has problems or a link names an item no longer in the board file.
    bool add(const Feedback &entry, const FeedbackLinks &links, QString *error = nullptr, qint64 *id = nullptr);
    // Writes the entry (which must exist) and makes its links these, in one step; nothing changed
    // is no step at all.
    bool save(const Feedback &entry, const FeedbackLinks &links, QString *error = nullptr);
    // What an import's rows are matched against: the board's agencies, themes and entries.
    FeedbackImportContext importContext() const;
    // The plan of a CSV or XLSX file's rows; a file that cannot be read is a plan with its error.
    FeedbackImportPlan planFile(const QString &path) const;
    // Writes the plan's new rows with their themes in one step; the number written, or -1 with
    // *why.
    int applyImport(const FeedbackImportPlan &plan, const QString &source, QString *why);

private:
    bool checked(const Feedback &entry, const FeedbackLinks &links, QString *error) const;
    void relink(qint64 feedbackId, const FeedbackLinks &links, ChangeSet &changes) const;

    Workspace &m_ws;
};

} // namespace assure
