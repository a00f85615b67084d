// Asks which agency's progress return to export (or every agency's), and by when the board wants it back.
#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ExportReturnsDialog;
}

namespace assure {

class Workspace;

class ExportReturnsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Offers the agencies that own open actions, and every one of them at once; today is the day
    // the deadline is counted from.
    ExportReturnsDialog(const Workspace &workspace, const QDate &today, QWidget *parent = nullptr);
    ~ExportReturnsDialog() override;

    // 0 for every agency, each into a file of its own.
    qint64 agencyId() const;
    // Invalid when no deadline is asked for.
    QDate deadline() const;
    Ui::ExportReturnsDialog *form() const { return m_ui.get(); }

private:
    std::unique_ptr<Ui::ExportReturnsDialog> m_ui;
};

} // namespace assure
