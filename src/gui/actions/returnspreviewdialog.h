// Shows what a returned progress pack will change, every update before it is written, or its problems.
#pragma once

#include "workspace/actions/actionreturnpacks.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTableWidget;

namespace Ui {
class ReturnsPreviewDialog;
}

namespace assure {

class Workspace;

class ReturnsPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // The pack's returns against the actions as the board holds them now.
    ReturnsPreviewDialog(const Workspace &workspace, const ActionReturnsPlan &plan, const QString &fileName,
                         QWidget *parent = nullptr);
    ~ReturnsPreviewDialog() override;

    QTableWidget *updates() const;
    QStringList problems() const;
    // Disabled while there are problems or nothing to import.
    QPushButton *importButton() const { return m_import; }

private:
    std::unique_ptr<Ui::ReturnsPreviewDialog> m_ui;
    QPushButton *m_import = nullptr;
};

} // namespace assure
