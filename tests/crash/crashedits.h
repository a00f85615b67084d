// The crash test's numbered edits: what the child does to a board, and what the board holds after them.
#pragma once

#include "workspace/workspace.h"

#include <QMap>
#include <QString>

#include <algorithm>

namespace assure::crashtest {

// What the edits made, by name: agencies, people (their agency), indicators (their owner agency),
// each indicator's 2026/27 Q1 value and how many measurements it has. Nothing else is on the board.
struct BoardState
{
    QMap<QString, bool> agencies;
    QMap<QString, QString> people;
    QMap<QString, QString> indicators;
    QMap<QString, double> values;
    QMap<QString, int> measurementCounts;

    bool operator==(const BoardState &o) const
    {
        return agencies == o.agencies && people == o.people && indicators == o.indicators && values == o.values &&
               measurementCounts == o.measurementCounts;
    }
};

// Edits run in cycles of six (add an agency, a person in it, an indicator it owns, its values as an
// import brings them, rename the agency, then delete one of them), numbered from 1.
inline int cycleOf(int edit)
{
    return (edit - 1) / 6;
}
inline int stepOf(int edit)
{
    return (edit - 1) % 6;
}
inline QString agencyName(int cycle)
{
    return QStringLiteral("Agency %1").arg(cycle);
}
inline QString renamedAgency(int cycle)
{
    return QStringLiteral("Agency %1 renamed").arg(cycle);
}
inline QString personName(int cycle)
{
    return QStringLiteral("Person %1").arg(cycle);
}
inline QString indicatorCode(int cycle)
{
    return QStringLiteral("X-%1").arg(cycle);
}
inline double valueOf(int cycle)
{
    return cycle % 100 + 0.5;
}
inline const QString &valuePeriod()
{
    static const QString key = QStringLiteral("2026-Q1");
    return key;
}
// The values edit writes this many earlier quarters with the 2026/27 Q1 one, in one change set:
// more than one statement's worth of rows of a bulk insert (Repository::insertAll).
constexpr int kEarlierQuarters = 40;

// What edit n does, told as a change to the expected state.
inline void model(BoardState &state, int edit)
{
    const int c = cycleOf(edit);
    const auto rename = [&state](const QString &from, const QString &to) {
        for (auto it = state.people.begin(); it != state.people.end(); ++it)
            if (it.value() == from)
                it.value() = to;
        for (auto it = state.indicators.begin(); it != state.indicators.end(); ++it)
            if (it.value() == from)
                it.value() = to;
    };
    switch (stepOf(edit)) {
    case 0: state.agencies.insert(agencyName(c), true); break;
    case 1: state.people.insert(personName(c), agencyName(c)); break;
    case 2: state.indicators.insert(indicatorCode(c), agencyName(c)); break;
    case 3:
        state.values.insert(indicatorCode(c), valueOf(c));
        state.measurementCounts.insert(indicatorCode(c), kEarlierQuarters + 1);
        break;
    case 4:
        state.agencies.remove(agencyName(c));
        state.agencies.insert(renamedAgency(c), true);
        rename(agencyName(c), renamedAgency(c));
        break;
    default:
        if (c % 3 == 0) {
            state.agencies.remove(renamedAgency(c));
            rename(renamedAgency(c), QString());
        } else if (c % 3 == 1) {
            state.indicators.remove(indicatorCode(c));
            state.values.remove(indicatorCode(c));
            state.measurementCounts.remove(indicatorCode(c));
        } else {
            state.people.remove(personName(c));
        }
    }
}

inline BoardState modelAfter(int edits)
{
    BoardState state;
    for (int n = 1; n <= edits; ++n)
        model(state, n);
    return state;
}

inline const Agency *agencyNamed(const Workspace &ws, const QString &name)
{
    const auto &items = ws.items<Agency>().items();
    const auto it = std::find_if(items.begin(), items.end(), [&](const Agency &a) { return a.name == name; });
    return it == items.end() ? nullptr : &*it;
}

inline const Person *personNamed(const Workspace &ws, const QString &name)
{
    const auto &items = ws.items<Person>().items();
    const auto it = std::find_if(items.begin(), items.end(), [&](const Person &p) { return p.name == name; });
    return it == items.end() ? nullptr : &*it;
}

// What the board holds, in the same terms.
inline BoardState stateOf(const Workspace &ws)
{
    BoardState state;
    const auto agencyOf = [&ws](qint64 id) {
        const Agency *a = ws.items<Agency>().find(id);
        return a ? a->name : QString();
    };
    for (const Agency &a : ws.items<Agency>())
        state.agencies.insert(a.name, true);
    for (const Person &p : ws.items<Person>())
        state.people.insert(p.name, agencyOf(p.agencyId));
    for (const Indicator &i : ws.items<Indicator>()) {
        state.indicators.insert(i.code, agencyOf(i.ownerAgencyId));
        if (const Measurement *m = ws.items<Measurement>().find(i.id, valuePeriod()); m && m->value)
            state.values.insert(i.code, *m->value);
        if (const auto count = ws.items<Measurement>().of(i.id).size(); count > 0)
            state.measurementCounts.insert(i.code, int(count));
    }
    return state;
}

// Makes edit n through the workspace's own edit functions; false with the reason if refused.
inline bool perform(Workspace &ws, int edit, QString *error)
{
    const int c = cycleOf(edit);
    const Agency *agency = agencyNamed(ws, stepOf(edit) == 5 ? renamedAgency(c) : agencyName(c));
    const Indicator *indicator = ws.items<Indicator>().byCode(indicatorCode(c));
    switch (stepOf(edit)) {
    case 0: {
        Agency a;
        a.name = agencyName(c);
        return ws.add(a, error);
    }
    case 1: {
        Person p;
        p.name = personName(c);
        p.agencyId = agency ? agency->id : 0;
        return ws.add(p, error);
    }
    case 2: {
        Indicator i;
        i.code = indicatorCode(c);
        i.title = QStringLiteral("Crash test indicator %1").arg(c);
        i.ownerAgencyId = agency ? agency->id : 0;
        return ws.add(i, error);
    }
    case 3: {
        if (!indicator)
            return false;
        ChangeSet values;
        for (int q = 0; q < kEarlierQuarters; ++q)
            values.insert(Measurement{indicator->id,
                                      Period::quarter(2000 + q / 4, 1 + q % 4).key(),
                                      double(q),
                                      {},
                                      {},
                                      QString(),
                                      DataQuality::Validated});
        values.insert(Measurement{indicator->id, valuePeriod(), valueOf(c), {}, {}, QString(), DataQuality::Validated});
        return ws.execute(QStringLiteral("Import values for %1").arg(indicator->code), std::move(values), error);
    }
    case 4: {
        if (!agency)
            return false;
        Agency renamed = *agency;
        renamed.name = renamedAgency(c);
        return ws.update(renamed, error);
    }
    default:
        if (c % 3 == 0)
            return agency && ws.remove<Agency>(agency->id, error);
        if (c % 3 == 1)
            return indicator && ws.remove<Indicator>(indicator->id, error);
        const Person *person = personNamed(ws, personName(c));
        return person && ws.remove<Person>(person->id, error);
    }
}

} // namespace assure::crashtest
