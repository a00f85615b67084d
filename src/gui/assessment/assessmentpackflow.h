// The Self-assessment page's "Export packs…" and "Import pack…": return packs out to a round's agencies, and back.
#pragma once

#include <QObject>

class QWidget;

namespace assure {

class Workspace;

class AssessmentPackFlow final : public QObject
{
    Q_OBJECT

public:
    AssessmentPackFlow(Workspace *workspace, QWidget *page);

    // Asks which agency of the round (or all) and where, then exports.
    void chooseExport(qint64 roundId);
    // Asks for a returned pack, then imports it.
    void chooseImport();

    // What the entries do once the files are chosen. roundAgencyId 0 writes a pack for every
    // agency invited to the round into the folder path, with a progress bar that can cancel
    // between packs. False when nothing was written (and why, shown) or when cancelled.
    bool exportPacks(qint64 roundId, qint64 roundAgencyId, const QString &path);
    // Reads the pack, previews every change (or the problems) and, once accepted, writes them as
    // one undo step; false when nothing was written.
    bool importPack(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A pack was imported into this return (RoundAgency id) of this round.
    void imported(qint64 roundId, qint64 roundAgencyId);

private:
    Workspace *m_workspace;
    QWidget *m_page;
};

} // namespace assure
