// Undoable edits of a period's narrative: writing, changing or clearing one section's summary,
// each one undo step; and reading a summary back for the reports and the editor.
#pragma once

#include "core/audits/privacyguard.h"
#include "core/period.h"
#include "workspace/narrative/narrativekinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

class NarrativeEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::NarrativeEdits)

public:
    explicit NarrativeEdits(Workspace &workspace) : m_ws(workspace) {}

    // The stored summary of a section for a period; null when there is none.
    static const Narrative *find(const Workspace &ws, const Period &period, NarrativeSection section);
    // Its words, trimmed; empty when there is none.
    static QString summary(const Workspace &ws, const Period &period, NarrativeSection section);

    // Sets a section's summary for a period as one undo step: adds it, changes it, or deletes it
    // when text is blank. Nothing happens (and true) when the text is what is stored.
    bool setSummary(const Period &period, NarrativeSection section, const QString &text, QString *error = nullptr);

    // What in a summary looks like personal data (the anonymisation guard): a summary goes in board
    // papers that are published, so the editor warns before it is kept.
    static QList<PrivacyHit> privacyHits(const QString &text) { return PrivacyGuard::scan(text); }

private:
    Workspace &m_ws;
};

} // namespace assure
