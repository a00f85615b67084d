// Shows what a returned self-assessment pack will change, criterion by criterion, before it is written, or its
// problems.
#pragma once

#include "workspace/assessment/assessmentpackfiles.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTableWidget;

namespace Ui {
class PackPreviewDialog;
}

namespace assure {

class PackPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // The pack's answers against the round as the board holds it now; readOnly: the board cannot be written.
    PackPreviewDialog(const AssessmentPackPlan &plan, const QString &fileName, bool readOnly,
                      QWidget *parent = nullptr);
    ~PackPreviewDialog() override;

    QTableWidget *changes() const;
    QStringList problems() const;
    // Disabled while there are problems or nothing to import.
    QPushButton *importButton() const { return m_import; }

private:
    std::unique_ptr<Ui::PackPreviewDialog> m_ui;
    QPushButton *m_import = nullptr;
};

} // namespace assure
