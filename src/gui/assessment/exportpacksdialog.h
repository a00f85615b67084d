// Asks which invited agency's self-assessment pack to export for a round, or every agency's.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ExportPacksDialog;
}

namespace assure {

class RoundData;

class ExportPacksDialog final : public QDialog
{
    Q_OBJECT

public:
    // Offers the round's invited agencies, and every one of them at once.
    ExportPacksDialog(const RoundData &round, QWidget *parent = nullptr);
    ~ExportPacksDialog() override;

    // The RoundAgency id; 0 for every agency, each into a file of its own.
    qint64 roundAgencyId() const;
    Ui::ExportPacksDialog *form() const { return m_ui.get(); }

private:
    std::unique_ptr<Ui::ExportPacksDialog> m_ui;
};

} // namespace assure
