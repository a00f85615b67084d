// The board's audits and reviews as a table: reference, type, title, status, lead, planned and
// reported dates, the agencies involved and how many cases, findings and recommendations each has;
// and the filters the Audits page narrows it by (type, status, financial year, agency).
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/audits/auditkinds.h"

#include <QHash>

#include <functional>
#include <optional>

namespace assure {

// What the list is narrowed to; an empty part lets every audit through.
struct AuditFilter
{
    std::optional<AuditType> type;
    std::optional<AuditStatus> status;
    std::optional<int> financialYear; // the year it starts in: 2026 for 2026/27
    qint64 agencyId = 0;              // 0: any agency

    bool isEmpty() const { return !type && !status && !financialYear && agencyId == 0; }
};

class AuditListModel final : public EntityTableModel<Audit>
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        TypeColumn,
        Title,
        StatusColumn,
        LeadColumn,
        Planned,
        Reported,
        AgenciesColumn,
        Cases,
        Findings,
        Recommendations,
        ColumnCount
    };

    AuditListModel(Workspace *workspace, QObject *parent = nullptr);

    // The financial year an audit belongs to: that of its planned date, else its start, else its
    // report; empty when it has none of them.
    std::optional<int> financialYearOf(const Audit &audit) const;
    // Every financial year some audit belongs to, latest first.
    QList<int> financialYears() const;
    // The test a SearchProxyModel row filter runs: does the audit at this row pass the filter?
    std::function<bool(int sourceRow)> rowFilter(const AuditFilter &filter) const;

private:
    // What the table counts for an audit, gathered in one pass over its parts, never per cell.
    struct Facts
    {
        QList<qint64> agencyIds;
        QString agencies; // their names, sorted, for people
        int cases = 0;
        int findings = 0;
        int recommendations = 0;
    };
    void gatherFacts();

    QHash<qint64, Facts> m_facts; // by audit id
};

} // namespace assure
