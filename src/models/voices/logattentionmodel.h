// What in the board's logs needs chasing on a day, for the dashboard: the complaints (not
// compliments or comments) past their response target without a response, and the escalations
// not yet resolved, the highest level and the longest open first. Each row names its entry
// (KindRole, IdRole) so that a click opens it.
#pragma once

#include "models/tablemodelbase.h"

#include <QDate>

#include <vector>

namespace assure {

class Workspace;

class LogAttentionModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Entry, Agencies, Since, Why, ColumnCount };
    enum ExtraRole {
        KindRole = SortRole + 20, // "complaint" or "escalation"
    };

    explicit LogAttentionModel(Workspace *workspace, QObject *parent = nullptr);

    // The day the entries are judged on (today unless a test or the demo's screenshots say).
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    int complaintsOverdue() const { return m_complaints; }
    int escalationsOpen() const { return m_escalations; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString kind; // "complaint" or "escalation"
        qint64 id = 0;
        QString entry; // "Complaint C-2026-00031"
        QString agency;
        QDate since;
        QString why;
        QString whyInFull; // the tooltip
        int level = 0; // an escalation's; 0 for a complaint
    };
    void rebuild();

    Workspace *m_workspace;
    QDate m_day;
    std::vector<Row> m_rows;
    int m_complaints = 0;
    int m_escalations = 0;
};

} // namespace assure
