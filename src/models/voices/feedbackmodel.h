// The feedback log as a table: date, whose voice, how it was heard, agency, themes, the summary
// and how many actions answered it. An entry's themes and actions are indexed once, not looked
// up per cell, so that filtering 20,000 entries stays quick.
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/voices/feedbackkinds.h"

#include <QHash>
#include <QList>

namespace assure {

class FeedbackModel final : public EntityTableModel<Feedback>
{
    Q_OBJECT

public:
    enum Column { Date, Voice, Method, AgencyColumn, Themes, Summary, Actions, ColumnCount };

    FeedbackModel(Workspace *workspace, QObject *parent = nullptr);

    // The ids of an entry's themes and actions, from the index.
    QList<qint64> themeIdsOf(qint64 feedbackId) const { return m_themes.value(feedbackId); }
    QList<qint64> actionIdsOf(qint64 feedbackId) const { return m_actions.value(feedbackId); }
    QString themeText(qint64 feedbackId) const;

private:
    void reindexThemes();
    void reindexActions();

    QHash<qint64, QList<qint64>> m_themes;  // entry id -> its theme ids
    QHash<qint64, QList<qint64>> m_actions; // entry id -> its action ids
};

} // namespace assure
