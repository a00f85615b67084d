// The board's people as a table: name, role, agency, email.
#include "models/board/personmodel.h"

#include <QCoreApplication>

namespace assure {

QList<Choice> agencyChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::PersonModel", "No agency"), qint64(0)}};
    for (const Agency &a : workspace.items<Agency>())
        out.append({a.name, a.id});
    std::sort(out.begin() + 1, out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    return out;
}

QList<Choice> personChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::PersonModel", "No one"), qint64(0)}};
    for (const Person &p : workspace.items<Person>()) {
        const Agency *a = workspace.items<Agency>().find(p.agencyId);
        out.append({a ? QStringLiteral("%1 (%2)").arg(p.name, a->name) : p.name, p.id});
    }
    std::sort(out.begin() + 1, out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    return out;
}

PersonModel::PersonModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    ColumnSpec agency{[] { return tr("Agency"); },
                      [this](const Person &p, int role) -> QVariant {
                          if (role == Qt::DisplayRole || role == SortRole) {
                              const Agency *a = m_workspace->items<Agency>().find(p.agencyId);
                              return a ? a->name : QString();
                          }
                          if (role == Qt::EditRole)
                              return p.agencyId;
                          if (role == ChoicesRole)
                              return QVariant::fromValue(agencyChoices(*m_workspace));
                          return {};
                      },
                      [](Person &p, const QVariant &value) {
                          p.agencyId = value.toLongLong();
                          return true;
                      }};
    setColumns({textColumn([] { return tr("Name"); }, &Person::name),
                textColumn([] { return tr("Role"); }, &Person::role), std::move(agency),
                textColumn([] { return tr("Email"); }, &Person::email)});
    refreshOn<Agency>(AgencyColumn);
}

} // namespace assure
