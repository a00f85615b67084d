// File > Check for Personal Data…: the anonymisation guard over the whole open board. Lists every
// hit no acceptance covers (where, field, kind, text), and lets the user accept the ones chosen
// with a reason (one undo step), after which they are not listed again.
#pragma once

#include "workspace/privacy/privacyedits.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace assure {

class Workspace;

class PrivacyScanDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PrivacyScanDialog(Workspace *workspace, QWidget *parent = nullptr);

    // Scans the board again and lists what it finds.
    void rescan();
    // Accepts the hits of the rows selected with this reason; false with the reason shown.
    bool acceptSelected(const QString &reason);

    QTableWidget *table() const { return m_table; }
    QString summary() const;

private:
    void askAndAccept();

    struct Listed
    {
        PrivacyPlace place;
        PrivacyHit hit;
    };
    Workspace *m_workspace;
    QList<Listed> m_listed; // by table row
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_accept;
};

} // namespace assure
