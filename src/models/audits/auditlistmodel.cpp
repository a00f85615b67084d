// The board's audits and reviews as a table, with the facts it counts gathered once per change.
#include "models/audits/auditlistmodel.h"

#include "core/valueformat.h"

#include <QCollator>

#include <algorithm>
#include <limits>

namespace assure {

namespace {

QVariant dateCell(const QDate &date, int role)
{
    if (role == Qt::DisplayRole)
        return date.isValid() ? ValueFormat().date(date) : QString();
    if (role == TableModelBase::SortRole) // undated last
        return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
    return {};
}

} // namespace

AuditListModel::AuditListModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    const auto count = [this](int Facts::*member) {
        return [this, member](const Audit &a, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == SortRole)
                return m_facts.value(a.id).*member;
            if (role == Qt::TextAlignmentRole)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        };
    };
    ColumnSpec type{[] { return tr("Type"); },
                    [](const Audit &a, int role) -> QVariant {
                        if (role == Qt::DisplayRole || role == SortRole)
                            return auditTypeLabel(a.type);
                        return {};
                    },
                    {}};
    ColumnSpec status{[] { return tr("Status"); },
                      [](const Audit &a, int role) -> QVariant {
                          if (role == Qt::DisplayRole)
                              return auditStatusLabel(a.status);
                          if (role == SortRole) // in the order an audit goes through them
                              return int(a.status);
                          return {};
                      },
                      {}};
    ColumnSpec lead{[] { return tr("Lead"); },
                    [this](const Audit &a, int role) -> QVariant {
                        if (role != Qt::DisplayRole && role != SortRole)
                            return {};
                        const Person *p = m_workspace->items<Person>().find(a.leadPersonId);
                        return p ? p->name : QString();
                    },
                    {}};
    ColumnSpec agencies{[] { return tr("Agencies"); },
                        [this](const Audit &a, int role) -> QVariant {
                            if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
                                return m_facts.value(a.id).agencies;
                            return {};
                        },
                        {}};
    std::vector<ColumnSpec> columns;
    columns.push_back({[] { return tr("Reference"); },
                       [](const Audit &a, int role) -> QVariant {
                           return role == Qt::DisplayRole || role == SortRole ? QVariant(a.ref) : QVariant();
                       },
                       {}});
    columns.push_back(std::move(type));
    columns.push_back({[] { return tr("Title"); },
                       [](const Audit &a, int role) -> QVariant {
                           return role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole
                                      ? QVariant(a.title)
                                      : QVariant();
                       },
                       {}});
    columns.push_back(std::move(status));
    columns.push_back(std::move(lead));
    columns.push_back(
        {[] { return tr("Planned"); }, [](const Audit &a, int role) { return dateCell(a.planned, role); }, {}});
    columns.push_back(
        {[] { return tr("Reported"); }, [](const Audit &a, int role) { return dateCell(a.reported, role); }, {}});
    columns.push_back(std::move(agencies));
    columns.push_back({[] { return tr("Cases"); }, count(&Facts::cases), {}});
    columns.push_back({[] { return tr("Findings"); }, count(&Facts::findings), {}});
    columns.push_back({[] { return tr("Recommendations"); }, count(&Facts::recommendations), {}});
    setColumns(std::move(columns));

    gatherFacts();
    // The counted parts and the agencies' names come from other kinds: gathered again on a change.
    workspace->notifier()->subscribe(
        {kindOf<AuditAgency>(), kindOf<AuditCase>(), kindOf<Finding>(), kindOf<Recommendation>(), kindOf<Agency>()},
        this, [this] {
            gatherFacts();
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, AgenciesColumn), index(rowCount() - 1, Recommendations));
        });
    refreshOn<Person>(LeadColumn);
}

void AuditListModel::gatherFacts()
{
    m_facts.clear();
    m_facts.reserve(store().size());
    const auto &agencies = m_workspace->items<Agency>();
    for (const AuditAgency &aa : m_workspace->items<AuditAgency>())
        m_facts[aa.auditId].agencyIds.append(aa.agencyId);
    for (const AuditCase &c : m_workspace->items<AuditCase>())
        ++m_facts[c.auditId].cases;
    for (const Finding &f : m_workspace->items<Finding>())
        ++m_facts[f.auditId].findings;
    for (const Recommendation &r : m_workspace->items<Recommendation>())
        ++m_facts[r.auditId].recommendations;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (Facts &f : m_facts) {
        QStringList names;
        for (qint64 id : f.agencyIds)
            if (const Agency *a = agencies.find(id))
                names << a->name;
        std::sort(names.begin(), names.end(), collator);
        f.agencies = names.join(QStringLiteral(", "));
    }
}

std::optional<int> AuditListModel::financialYearOf(const Audit &audit) const
{
    const QDate day = audit.planned.isValid()   ? audit.planned
                      : audit.started.isValid() ? audit.started
                                                : audit.reported;
    if (!day.isValid())
        return std::nullopt;
    return day.month() >= m_workspace->board().fyStartMonth ? day.year() : day.year() - 1;
}

QList<int> AuditListModel::financialYears() const
{
    QList<int> years;
    for (const Audit &a : store())
        if (const auto year = financialYearOf(a); year && !years.contains(*year))
            years << *year;
    std::sort(years.begin(), years.end(), std::greater<int>());
    return years;
}

std::function<bool(int)> AuditListModel::rowFilter(const AuditFilter &filter) const
{
    if (filter.isEmpty())
        return {};
    return [this, filter](int row) {
        const Audit &a = itemAt(row);
        if ((filter.type && a.type != *filter.type) || (filter.status && a.status != *filter.status))
            return false;
        if (filter.financialYear && financialYearOf(a) != filter.financialYear)
            return false;
        if (filter.agencyId != 0) {
            const auto facts = m_facts.constFind(a.id);
            return facts != m_facts.constEnd() && facts->agencyIds.contains(filter.agencyId);
        }
        return true;
    };
}

} // namespace assure
