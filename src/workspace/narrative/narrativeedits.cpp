// Undoable edits of a period's narrative, one section's summary at a time.
#include "workspace/narrative/narrativeedits.h"

namespace assure {

const Narrative *NarrativeEdits::find(const Workspace &ws, const Period &period, NarrativeSection section)
{
    const QString key = period.key();
    for (const Narrative &n : ws.items<Narrative>())
        if (n.section == section && n.periodKey == key)
            return &n;
    return nullptr;
}

QString NarrativeEdits::summary(const Workspace &ws, const Period &period, NarrativeSection section)
{
    const Narrative *n = find(ws, period, section);
    return n ? n->text.trimmed() : QString();
}

bool NarrativeEdits::setSummary(const Period &period, NarrativeSection section, const QString &text, QString *error)
{
    if (!period.isValid()) {
        if (error)
            *error = tr("A summary belongs to a period.");
        return false;
    }
    const QString words = text.trimmed();
    const Narrative *stored = find(m_ws, period, section);
    if (!stored) {
        if (words.isEmpty())
            return true;
        Narrative added;
        added.periodKey = period.key();
        added.section = section;
        added.text = words;
        return m_ws.add(added, error);
    }
    if (words.isEmpty())
        return m_ws.remove<Narrative>(stored->id, error);
    if (stored->text == words)
        return true;
    Narrative changed = *stored;
    changed.text = words;
    return m_ws.update(changed, error);
}

} // namespace assure
