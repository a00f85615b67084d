// An audit's cases as a table: reference, the auditor's grade, the second auditor's, the agreed one
// and where moderation stands; and the proxy that keeps one audit's cases, sorted.
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/audits/auditkinds.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace assure {

class CaseModel final : public EntityTableModel<AuditCase>
{
    Q_OBJECT

public:
    enum Column { Reference, GradeColumn, SecondGrade, AgreedGrade, Moderation, ColumnCount };
    enum ExtraRole { AuditIdRole = SortRole + 10 };

    CaseModel(Workspace *workspace, QObject *parent = nullptr);

    // The cases drawn for a second auditor (CaseEdits::drawnForModeration).
    void setDrawn(const QSet<qint64> &caseIds);

private:
    QString gradeLabel(const AuditCase &c, const QString &grade) const;

    QSet<qint64> m_drawn;
};

// One audit's cases, sorted by whichever column the user chooses.
class AuditCaseProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditCaseProxy(QObject *parent = nullptr);
    void setAuditId(qint64 id);
    qint64 caseIdAt(int proxyRow) const;
    int rowOfCase(qint64 caseId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_auditId = 0;
};

} // namespace assure
