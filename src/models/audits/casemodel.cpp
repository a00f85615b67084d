// An audit's cases as a table, and the proxy that keeps one audit's.
#include "models/audits/casemodel.h"

#include "core/audits/grades.h"

namespace assure {

CaseModel::CaseModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    const auto grade = [this](std::function<QString()> header, QString AuditCase::*member) {
        return ColumnSpec{std::move(header),
                          [this, member](const AuditCase &c, int role) -> QVariant {
                              if (role == Qt::DisplayRole)
                                  return gradeLabel(c, c.*member);
                              if (role == SortRole) // best first, ungraded last
                              {
                                  const Audit *a = m_workspace->items<Audit>().find(c.auditId);
                                  const int i = GradeScale::fromText(a ? a->gradeScale : QString()).indexOf(c.*member);
                                  return i < 0 ? 1000 : i;
                              }
                              if (role == AuditIdRole)
                                  return c.auditId;
                              return {};
                          },
                          {}};
    };
    ColumnSpec reference = textColumn([] { return tr("Case"); }, &AuditCase::ref);
    reference.edit = nullptr; // the reference is the sample's: changed, if ever, from the audit
    const auto plainRef = reference.data;
    reference.data = [plainRef](const AuditCase &c, int role) -> QVariant {
        return role == AuditIdRole ? QVariant(c.auditId) : plainRef(c, role);
    };
    ColumnSpec moderation{[] { return tr("Moderation"); },
                          [this](const AuditCase &c, int role) -> QVariant {
                              if (role != Qt::DisplayRole && role != SortRole)
                                  return role == AuditIdRole ? QVariant(c.auditId) : QVariant();
                              if (!c.agreedGrade.isEmpty())
                                  return tr("Agreed");
                              if (!c.secondGrade.isEmpty())
                                  return tr("Second grade given");
                              return m_drawn.contains(c.id) ? tr("Drawn") : QString();
                          },
                          {}};
    setColumns({std::move(reference), grade([] { return tr("Grade"); }, &AuditCase::grade),
                grade([] { return tr("Second grade"); }, &AuditCase::secondGrade),
                grade([] { return tr("Agreed grade"); }, &AuditCase::agreedGrade), std::move(moderation)});
    refreshOn<Audit>(GradeColumn); // a changed scale relabels the grades
}

void CaseModel::setDrawn(const QSet<qint64> &caseIds)
{
    m_drawn = caseIds;
    refreshColumn(Moderation);
}

QString CaseModel::gradeLabel(const AuditCase &c, const QString &grade) const
{
    if (grade.isEmpty())
        return {};
    const Audit *a = m_workspace->items<Audit>().find(c.auditId);
    return GradeScale::fromText(a ? a->gradeScale : QString()).label(grade);
}

AuditCaseProxy::AuditCaseProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableModelBase::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AuditCaseProxy::setAuditId(qint64 id)
{
    m_auditId = id;
    invalidateFilter();
}

qint64 AuditCaseProxy::caseIdAt(int proxyRow) const
{
    return index(proxyRow, 0).data(TableModelBase::IdRole).toLongLong();
}

int AuditCaseProxy::rowOfCase(qint64 caseId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (caseIdAt(r) == caseId)
            return r;
    return -1;
}

bool AuditCaseProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()->index(sourceRow, 0, sourceParent).data(CaseModel::AuditIdRole).toLongLong() == m_auditId;
}

} // namespace assure
