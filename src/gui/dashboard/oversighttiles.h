// The dashboard's tiles for the board's oversight work: the audit programme's audits due and
// overdue this financial year, and the latest self-assessment round's returns; each opens its page.
#pragma once

#include <QDate>
#include <QGroupBox>
#include <QUrl>

namespace assure {

class DashboardTile;
class Workspace;

class OversightTiles final : public QGroupBox
{
    Q_OBJECT

public:
    explicit OversightTiles(Workspace *workspace, QWidget *parent = nullptr);

    // For tests and screenshots.
    DashboardTile *auditsDue() const { return m_due; }
    DashboardTile *auditsOverdue() const { return m_overdue; }
    DashboardTile *assessment() const { return m_assessment; }
    int programmeYear() const { return m_year; }
    qint64 roundId() const { return m_roundId; }

    // The programme stands as on that day (today unless a test says otherwise).
    void setDay(const QDate &day);

Q_SIGNALS:
    void linkRequested(const QUrl &link);

private:
    void refresh();

    Workspace *m_workspace;
    QDate m_day;
    DashboardTile *m_due;
    DashboardTile *m_overdue;
    DashboardTile *m_assessment;
    int m_year = 0;
    qint64 m_roundId = 0;
};

} // namespace assure
