// The versions of RAG thresholds of the board or of one indicator: each added or deleted as an undoable edit.
#pragma once

#include "core/indicators/rag.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ThresholdsDialog;
}

namespace assure {

class Workspace;

class ThresholdsDialog final : public QDialog
{
    Q_OBJECT

public:
    // indicatorId 0: the board's own thresholds.
    ThresholdsDialog(Workspace *workspace, qint64 indicatorId, QWidget *parent = nullptr);
    ~ThresholdsDialog() override;

    // The new version as the form describes it (for tests and the Add button).
    ThresholdVersion formVersion() const;
    void setFormVersion(const ThresholdVersion &version);
    int versionCount() const;
    QString problem() const;
    bool addVersion();
    bool removeSelectedVersion();

private:
    void refill();
    void schemeChanged();

    std::unique_ptr<Ui::ThresholdsDialog> m_ui;
    Workspace *m_workspace;
    qint64 m_indicatorId;
};

} // namespace assure
