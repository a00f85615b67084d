// The escalation log as a table.
#include "models/voices/escalationmodel.h"

#include "core/valueformat.h"

#include <limits>

namespace assure {

EscalationModel::EscalationModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    const auto day = [this](QDate Escalation::*member, QString (*empty)()) {
        return [this, member, empty](const Escalation &e, int role) -> QVariant {
            const QDate d = e.*member;
            if (role == Qt::DisplayRole)
                return d.isValid() ? m_format.date(d) : empty();
            // An open one sorts after every resolved one.
            if (role == SortRole)
                return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::max();
            return {};
        };
    };
    const auto agency = [this](qint64 Escalation::*member) {
        return [this, member](const Escalation &e, int role) -> QVariant {
            if (role != Qt::DisplayRole && role != SortRole)
                return {};
            const Agency *a = m_workspace->items<Agency>().find(e.*member);
            return a ? a->name : QString();
        };
    };
    ColumnSpec raised{[] { return tr("Raised"); }, day(&Escalation::raised, [] { return QString(); }), {}};
    ColumnSpec by{[] { return tr("Raised by"); }, agency(&Escalation::raisedByAgencyId), {}};
    ColumnSpec with{[] { return tr("Raised with"); }, agency(&Escalation::raisedWithAgencyId), {}};
    ColumnSpec reason{[] { return tr("Reason"); },
                      [this](const Escalation &e, int role) -> QVariant {
                          if (role != Qt::DisplayRole && role != SortRole)
                              return {};
                          const EscalationReason *r = m_workspace->items<EscalationReason>().find(e.reasonId);
                          return r ? r->name : QString();
                      },
                      {}};
    ColumnSpec level{[] { return tr("Level"); },
                     [this](const Escalation &e, int role) -> QVariant {
                         if (role == Qt::DisplayRole)
                             return tr("%1 %2").arg(e.level).arg(
                                 m_workspace->items<EscalationSettings>().value().levelName(e.level));
                         if (role == SortRole)
                             return e.level;
                         return {};
                     },
                     {}};
    ColumnSpec resolved{[] { return tr("Resolved"); }, day(&Escalation::resolved, [] { return tr("Open"); }), {}};
    ColumnSpec days{[] { return tr("Days"); },
                    [this](const Escalation &e, int role) -> QVariant {
                        const std::optional<int> d = daysToResolve(e);
                        if (role == Qt::DisplayRole)
                            return d ? m_format.count(*d) : QString();
                        if (role == SortRole)
                            return d ? *d : std::numeric_limits<int>::max();
                        if (role == Qt::TextAlignmentRole)
                            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
                        return {};
                    },
                    {}};
    ColumnSpec learning = textColumn([] { return tr("Learning"); }, &Escalation::learning);
    learning.edit = {}; // changed in the editor, where the anonymisation guard reads it
    ColumnSpec ref = textColumn([] { return tr("Case reference"); }, &Escalation::ref);
    ref.edit = {};
    setColumns({std::move(ref), std::move(raised), std::move(by), std::move(with), std::move(reason), std::move(level),
                std::move(resolved), std::move(days), std::move(learning)});
    // The names shown come from the agencies, reasons and levels.
    workspace->notifier()->subscribe({kindOf<Agency>(), kindOf<EscalationReason>(), kindOf<EscalationSettings>()}, this,
                                     [this] {
                                         if (rowCount() > 0)
                                             Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
                                     });
}

} // namespace assure
