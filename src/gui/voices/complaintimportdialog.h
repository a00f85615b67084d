// A complaints import's preview: what each row of the file will do (or why it is rejected), and
// Import to write the accepted rows as one undo step.
#pragma once

#include "workspace/voices/complaintedits.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace assure {

class Workspace;

class ComplaintImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ComplaintImportDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTableWidget *preview() const { return m_preview; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Rows written once Import was pressed.
    int written() const { return m_written; }

    void accept() override;

private:
    Workspace *m_workspace;
    QString m_path;
    ComplaintImportPlan m_plan;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
    int m_written = 0;
};

} // namespace assure
