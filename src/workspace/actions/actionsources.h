// What an action answers, read from the board: the source's name as people say it, and a new
// action made from a source with its kind and id, a title and an owner agency filled in.
#pragma once

#include "core/actions/action.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class ActionSources final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionSources)

public:
    explicit ActionSources(const Workspace &workspace) : m_ws(workspace) {}

    // "Priority “Neglect”", "Recommendation of AU-2026-003: “Every referral…”"; the kind's own word
    // when no item is named, empty for an action that stands alone, and "(deleted)" after the
    // kind's word when the named item is no longer on the board.
    QString name(ActionSource kind, qint64 id) const;
    // Whether the board holds the item of that kind and id.
    bool exists(ActionSource kind, qint64 id) const;
    // The audit a finding, recommendation, audit or review belongs to (0: none), for a link to it.
    qint64 auditOf(ActionSource kind, qint64 id) const;

    // A new action answering the item: its source filled in, a title suggested from the item's own
    // words (its first sentence, at most 120 characters), the owner agency from a recommendation's
    // owner; a development plan's component within the plan's timescale, led by its chair (and
    // owned by the chair's agency). Nothing is saved. An unknown item gives an action with the kind alone.
    Action newActionFrom(ActionSource kind, qint64 id) const;

    // The first sentence of a text, cut to at most maxLength characters at a word.
    static QString suggestedTitle(const QString &text, int maxLength = 120);

private:
    const Workspace &m_ws;
};

} // namespace assure
