// An audit's summary: the grades its cases were given (beside the audit it repeats), each question's
// results and their change, the strengths and areas for improvement its cases name, and the
// agreement between its auditors. A tab of the Audits page (setAudit); made with (Workspace *, parent).
#pragma once

#include "core/audits/auditsummary.h"

#include <QScrollArea>

class QChartView;
class QLabel;
class QTableWidget;

namespace assure {

class Workspace;

class SummaryPanel final : public QScrollArea
{
    Q_OBJECT

public:
    SummaryPanel(Workspace *workspace, QWidget *parent = nullptr);

public Q_SLOTS:
    // The Audits page calls it by name (addAuditTab).
    void setAudit(qint64 auditId);

public:
    qint64 auditId() const { return m_auditId; }
    const AuditSummary &summary() const { return m_summary; }

    // What the panel shows, for tests: the heading, the grade table, the question table, the two
    // lists, the agreement line, and each chart's text alternative.
    QString headingText() const;
    QTableWidget *gradeTable() const { return m_grades; }
    QTableWidget *questionTable() const { return m_questions; }
    QString strengthsText() const;
    QString areasText() const;
    QString agreementText() const;
    QString gradeChartText() const;
    QString answersChartText() const;

private:
    void refresh();
    void fillGrades(const Audit &audit, const Audit *earlier);
    void fillQuestions();
    void fillCharts(const Audit &audit, const Audit *earlier);

    Workspace *m_ws;
    qint64 m_auditId = 0;
    AuditSummary m_summary;
    QLabel *m_heading;
    QChartView *m_gradeChart;
    QTableWidget *m_grades;
    QLabel *m_agreement;
    QTableWidget *m_questions;
    QChartView *m_answersChart;
    QLabel *m_strengths;
    QLabel *m_areas;
};

} // namespace assure
