// The preview of a survey import: which columns are dropped as identifying (never stored), how
// each other column is read, the rows rejected and why; nothing is written until Import.
#pragma once

#include "workspace/survey/surveyedits.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace assure {

class SurveyImportDialog final : public QDialog
{
    Q_OBJECT

public:
    SurveyImportDialog(Workspace *workspace, int year, const QString &path, QWidget *parent = nullptr);

    QLabel *droppedLabel() const { return m_dropped; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *columnsTable() const { return m_columns; }
    QPlainTextEdit *rejectedText() const { return m_rejected; }
    QPushButton *importButton() const { return m_import; }
    // The responses written on Import (0 before).
    int written() const { return m_written; }

private:
    void write();

    Workspace *m_ws;
    int m_year;
    QString m_source;
    SurveyImportPlan m_plan;
    QLabel *m_dropped;
    QLabel *m_summary;
    QTableWidget *m_columns;
    QPlainTextEdit *m_rejected;
    QPushButton *m_import;
    int m_written = 0;
};

} // namespace assure
