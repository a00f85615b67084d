// The benchmark's yardstick: the same reads as the workspace and the search box, straight through sqlite3's C API.
#pragma once

#include "core/board/agency.h"
#include "core/board/board.h"
#include "core/board/person.h"
#include "core/board/subgroup.h"
#include "core/indicators/indicator.h"

#include <QString>

#include <QVariant>

#include <vector>

struct sqlite3;

namespace assure {

struct PlainBoard
{
    Board board;
    std::vector<Agency> agencies;
    std::vector<Person> people;
    std::vector<SubGroup> subGroups;
    std::vector<Indicator> indicators;
    std::vector<Measurement> measurements;
    std::vector<Target> targets;
    std::vector<Benchmark> benchmarks;
    // Every row of the other kinds' tables (actions, self-assessment, audits...), each column as
    // its value, so that the plain side reads what the workspace loads.
    std::vector<std::vector<QVariant>> otherRows;
};

// One person as the people table shows it, with the agency's name joined in.
struct PlainPersonRow
{
    qint64 id = 0;
    QString name;
    QString role;
    QString agency;
    QString email;
};

// Opens the file read-write (as the workspace does) and reads every row into the domain structs.
bool loadPlain(const QString &path, PlainBoard *out, QString *error);

// An open connection for repeated queries; closed when destroyed.
class PlainConnection final
{
public:
    PlainConnection() = default;
    ~PlainConnection();
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    bool open(const QString &path, QString *error);
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// The search box's rule in SQL: every word appears, ignoring (ASCII) case, in the name, role,
// agency name or email. Rows come back in name order, as the table sorts them.
bool filterPeoplePlain(sqlite3 *db, const QString &search, std::vector<PlainPersonRow> *out, QString *error);

} // namespace assure
