// The board's and its sub-groups' members as a table.
#include "models/meetings/membershipmodel.h"

#include "core/valueformat.h"
#include "workspace/meetings/attendanceyear.h"

namespace assure {

QList<Choice> bodyChoices(const Workspace &workspace)
{
    QList<Choice> out;
    for (const SubGroup &s : workspace.items<SubGroup>())
        out.append({s.name, s.id});
    std::sort(out.begin(), out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    out.prepend({bodyName(workspace, 0), qint64(0)});
    return out;
}

MembershipModel::MembershipModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    const auto shown = [](int role) { return role == Qt::DisplayRole || role == SortRole; };
    const auto nameColumn = [shown](std::function<QString()> header, auto nameOf) -> ColumnSpec {
        return {std::move(header),
                [shown, nameOf](const Membership &m, int role) -> QVariant {
                    return shown(role) ? QVariant(nameOf(m)) : QVariant();
                },
                {}};
    };
    const auto dayColumn = [shown](std::function<QString()> header, QDate Membership::*member) -> ColumnSpec {
        return {std::move(header),
                [shown, member](const Membership &m, int role) -> QVariant {
                    if (role == SortRole)
                        return (m.*member).toString(Qt::ISODate);
                    return shown(role) ? QVariant(ValueFormat().date(m.*member)) : QVariant();
                },
                {}};
    };
    Workspace *ws = workspace;
    setColumns(
        {nameColumn([] { return tr("Member"); },
                    [ws](const Membership &m) { return MeetingKinds::memberName(*ws, m.id); }),
         nameColumn([] { return tr("Agency"); },
                    [ws](const Membership &m) {
                        const Agency *a = ws->items<Agency>().find(m.agencyId);
                        return a ? a->name : QString();
                    }),
         nameColumn([] { return tr("Body"); }, [ws](const Membership &m) { return bodyName(*ws, m.subGroupId); }),
         textColumn([] { return tr("Role"); }, &Membership::role),
         nameColumn([] { return tr("Voting"); }, [](const Membership &m) { return memberVoiceLabel(m.voice); }),
         dayColumn([] { return tr("From"); }, &Membership::from), dayColumn([] { return tr("To"); }, &Membership::to)});
    refreshOn<Person>(Member);
    refreshOn<Agency>(AgencyColumn);
    refreshOn<SubGroup>(Body);
}

} // namespace assure
