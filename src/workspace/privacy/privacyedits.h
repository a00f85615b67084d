// The anonymisation guard over an open board: what it still raises in a field (hits no acceptance
// covers), acceptances recorded with the save they belong to as one undo step, and the whole-board
// scan that the app's "Check for personal data" lists.
#pragma once

#include "core/privacy/privacyacceptance.h"
#include "workspace/privacy/privacykinds.h"

#include <QCoreApplication>

#include <functional>

namespace assure {

class Workspace;

// A piece of narrative about to be saved, for the check before the save (gui/privacy/privacycheck.h).
struct PrivacyField
{
    PrivacyPlace place; // a row being added has id 0 and no key: it takes the id the save gives
    QString label;      // the field as people name it: "Description", "Commentary of CP-01 2026/27 Q2"
    QString text;
};

// One field of a whole-board scan with the hits no acceptance covers.
struct PrivacyFinding
{
    PrivacyPlace place;
    QString text;
    QList<PrivacyHit> hits;
};

class PrivacyEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::PrivacyEdits)

public:
    explicit PrivacyEdits(Workspace &workspace) : m_ws(workspace) {}

    // The board's acceptances, by place.
    PrivacyAcceptances acceptances() const;
    // The guard's hits in text at place that no acceptance of the board covers.
    QList<PrivacyHit> unaccepted(const PrivacyPlace &place, const QString &text) const;

    // Records acceptances (who: the user signed in; when: today) as one undo step.
    bool accept(const QList<PrivacyAcceptance> &acceptances, QString *error = nullptr);

    // Saves, then records the acceptances, as one undo step named after the save: undo takes both
    // back. An acceptance that names no row (id 0 and no key) is for the row the save adds, whose
    // id save gives in *newId. Nothing to accept: just the save. A failed save records nothing and
    // leaves no step; a failed record takes the save back.
    using Save = std::function<bool(QString *error, qint64 *newId)>;
    bool saveWith(const QList<PrivacyAcceptance> &accepted, const Save &save, QString *error = nullptr);

    // Every narrative field of the board (storage/audits/narrativetexts.h) with hits no acceptance
    // covers, in the order privacy-scan lists them. visit returns false to stop (a cancel): then
    // the scan returns false with no error. False with the reason when the read fails.
    bool scanBoard(const std::function<bool(const PrivacyFinding &)> &visit, QString *error = nullptr) const;

private:
    // acceptances completed (row, who, when) and checked; false with the reason.
    bool prepare(QList<PrivacyAcceptance> &acceptances, qint64 newId, QString *error) const;

    Workspace &m_ws;
};

} // namespace assure
