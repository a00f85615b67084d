// The feedback log as a table, with each entry's themes and actions indexed once.
#include "models/voices/feedbackmodel.h"

#include "core/valueformat.h"
#include "workspace/board/boardkinds.h"

namespace assure {

FeedbackModel::FeedbackModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    const auto plain = [](auto get) {
        return [get](const Feedback &f, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == SortRole)
                return get(f);
            return {};
        };
    };
    ColumnSpec date{[] { return tr("Date"); },
                    [](const Feedback &f, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return ValueFormat().date(f.date);
                        if (role == SortRole)
                            return f.date.toJulianDay();
                        return {};
                    },
                    {}};
    ColumnSpec voice{
        [] { return tr("Voice"); }, plain([](const Feedback &f) { return feedbackVoiceLabel(f.voice); }), {}};
    ColumnSpec method{
        [] { return tr("How heard"); }, plain([](const Feedback &f) { return feedbackMethodLabel(f.method); }), {}};
    ColumnSpec agency{[] { return tr("Agency"); },
                      plain([this](const Feedback &f) {
                          const Agency *a = m_workspace->items<Agency>().find(f.agencyId);
                          return a ? a->name : QString();
                      }),
                      {}};
    ColumnSpec themes{[] { return tr("Themes"); }, plain([this](const Feedback &f) { return themeText(f.id); }), {}};
    ColumnSpec summary{[] { return tr("Summary"); },
                       [](const Feedback &f, int role) -> QVariant {
                           if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
                               return f.summary;
                           return {};
                       },
                       {}};
    ColumnSpec actions{[] { return tr("Actions"); },
                       [this](const Feedback &f, int role) -> QVariant {
                           if (role == Qt::DisplayRole || role == SortRole)
                               return int(m_actions.value(f.id).size());
                           if (role == Qt::TextAlignmentRole)
                               return QVariant(Qt::AlignCenter);
                           return {};
                       },
                       {}};
    setColumns({std::move(date), std::move(voice), std::move(method), std::move(agency), std::move(themes),
                std::move(summary), std::move(actions)});
    refreshOn<Agency>(AgencyColumn);
    reindexThemes();
    reindexActions();
    workspace->notifier()->subscribe({kindOf<FeedbackThemeLink>(), kindOf<FeedbackTheme>()}, this,
                                     [this] { reindexThemes(); });
    workspace->notifier()->subscribe({kindOf<FeedbackAction>()}, this, [this] { reindexActions(); });
}

QString FeedbackModel::themeText(qint64 feedbackId) const
{
    QStringList names;
    for (qint64 id : m_themes.value(feedbackId))
        if (const FeedbackTheme *t = m_workspace->items<FeedbackTheme>().find(id))
            names << t->name;
    return names.join(tr("; "));
}

void FeedbackModel::reindexThemes()
{
    m_themes.clear();
    for (const FeedbackThemeLink &l : m_workspace->items<FeedbackThemeLink>())
        m_themes[l.feedbackId].append(l.themeId);
    refreshColumn(Themes);
}

void FeedbackModel::reindexActions()
{
    m_actions.clear();
    for (const FeedbackAction &l : m_workspace->items<FeedbackAction>())
        m_actions[l.feedbackId].append(l.actionId);
    refreshColumn(Actions);
}

} // namespace assure
