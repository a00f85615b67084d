// The benchmark's yardstick: the same reads as the workspace and the search box, straight through sqlite3's C API.
#include "plainsql.h"

#include "workspace/kindregistry.h"

#include <QFile>

#include <sqlite3.h>

namespace assure {

namespace {

QString text(sqlite3_stmt *st, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(st, column)) : QString();
}

bool fail(sqlite3 *db, QString *error)
{
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

// Runs a SELECT and hands each row to readRow; the statement is always finalised.
template <class ReadRow> bool selectEach(sqlite3 *db, const char *sql, QString *error, ReadRow readRow)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        return fail(db, error);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        readRow(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || fail(db, error);
}

std::optional<double> optionalReal(sqlite3_stmt *st, int column)
{
    if (sqlite3_column_type(st, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(st, column);
}

// LIKE's own wildcards in a search word are meant literally.
QByteArray likePattern(const QString &word)
{
    QByteArray escaped = word.toUtf8();
    escaped.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    return '%' + escaped + '%';
}

} // namespace

PlainConnection::~PlainConnection()
{
    sqlite3_close(m_db);
}

bool PlainConnection::open(const QString &path, QString *error)
{
    sqlite3_close(m_db);
    m_db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return fail(m_db, error);
    return true;
}

bool loadPlain(const QString &path, PlainBoard *out, QString *error)
{
    PlainConnection connection;
    if (!connection.open(path, error))
        return false;
    sqlite3 *db = connection.handle();
    bool found = false;
    bool ok = selectEach(db, "SELECT name, area, board_type, fy_start_month FROM board WHERE id = 1", error,
                         [&](sqlite3_stmt *st) {
                             out->board.name = text(st, 0);
                             out->board.area = text(st, 1);
                             out->board.type = boardTypeFromKey(text(st, 2));
                             out->board.fyStartMonth = sqlite3_column_int(st, 3);
                             found = true;
                         });
    ok = ok && selectEach(db, "SELECT id, name, sector, section11, active FROM agency ORDER BY id", error,
                          [&](sqlite3_stmt *st) {
                              Agency a;
                              a.id = sqlite3_column_int64(st, 0);
                              a.name = text(st, 1);
                              a.sector = sectorFromKey(text(st, 2));
                              a.section11 = sqlite3_column_int(st, 3) != 0;
                              a.active = sqlite3_column_int(st, 4) != 0;
                              out->agencies.push_back(std::move(a));
                          });
    ok = ok && selectEach(db, "SELECT id, name, role, agency_id, email FROM person ORDER BY id", error,
                          [&](sqlite3_stmt *st) {
                              Person p;
                              p.id = sqlite3_column_int64(st, 0);
                              p.name = text(st, 1);
                              p.role = text(st, 2);
                              p.agencyId = sqlite3_column_int64(st, 3);
                              p.email = text(st, 4);
                              out->people.push_back(std::move(p));
                          });
    ok = ok &&
         selectEach(db, "SELECT id, name, chair_id, remit FROM subgroup ORDER BY id", error, [&](sqlite3_stmt *st) {
             SubGroup s;
             s.id = sqlite3_column_int64(st, 0);
             s.name = text(st, 1);
             s.chairId = sqlite3_column_int64(st, 2);
             s.remit = text(st, 3);
             out->subGroups.push_back(std::move(s));
         });
    // The performance data, read as the workspace reads it, so the comparison is like for like.
    ok =
        ok && selectEach(db,
                         "SELECT id, code, title, definition, unit, polarity, frequency, owner_agency_id, priority_id, "
                         "data_source, statutory, annual_target FROM indicator ORDER BY id",
                         error, [&](sqlite3_stmt *st) {
                             Indicator i;
                             i.id = sqlite3_column_int64(st, 0);
                             i.code = text(st, 1);
                             i.title = text(st, 2);
                             i.definition = text(st, 3);
                             i.unit = unitFromKey(text(st, 4));
                             i.polarity = polarityFromKey(text(st, 5));
                             i.frequency = frequencyFromKey(text(st, 6));
                             i.ownerAgencyId = sqlite3_column_int64(st, 7);
                             i.priorityId = sqlite3_column_int64(st, 8);
                             i.dataSource = text(st, 9);
                             i.statutory = sqlite3_column_int(st, 10) != 0;
                             i.annualTarget = optionalReal(st, 11);
                             out->indicators.push_back(std::move(i));
                         });
    ok = ok && selectEach(db,
                          "SELECT indicator_id, period_key, value, numerator, denominator, commentary, quality "
                          "FROM measurement ORDER BY indicator_id, period_key",
                          error, [&](sqlite3_stmt *st) {
                              Measurement m;
                              m.indicatorId = sqlite3_column_int64(st, 0);
                              m.periodKey = text(st, 1);
                              m.value = optionalReal(st, 2);
                              m.numerator = optionalReal(st, 3);
                              m.denominator = optionalReal(st, 4);
                              m.commentary = text(st, 5);
                              m.quality = dataQualityFromKey(text(st, 6));
                              out->measurements.push_back(std::move(m));
                          });
    ok = ok && selectEach(
                   db, "SELECT indicator_id, period_key, value FROM indicator_target ORDER BY indicator_id, period_key",
                   error, [&](sqlite3_stmt *st) {
                       out->targets.push_back({sqlite3_column_int64(st, 0), text(st, 1), sqlite3_column_double(st, 2)});
                   });
    ok = ok && selectEach(db,
                          "SELECT indicator_id, period_key, national, regional, statistical_neighbours FROM benchmark "
                          "ORDER BY indicator_id, period_key",
                          error, [&](sqlite3_stmt *st) {
                              Benchmark b;
                              b.indicatorId = sqlite3_column_int64(st, 0);
                              b.periodKey = text(st, 1);
                              b.national = optionalReal(st, 2);
                              b.regional = optionalReal(st, 3);
                              b.statisticalNeighbours = optionalReal(st, 4);
                              out->benchmarks.push_back(std::move(b));
                          });
    // The rest of what the workspace loads: every registered kind's table not read above.
    static const QStringList readAbove{QStringLiteral("board"),
                                       QStringLiteral("agency"),
                                       QStringLiteral("person"),
                                       QStringLiteral("subgroup"),
                                       QStringLiteral("indicator"),
                                       QStringLiteral("measurement"),
                                       QStringLiteral("indicator_target"),
                                       QStringLiteral("benchmark")};
    registerAppKinds();
    for (const KindOps *kind : kinds::all()) {
        if (!ok || readAbove.contains(kind->table()))
            continue;
        const QByteArray sql = "SELECT * FROM " + kind->table().toUtf8();
        ok = selectEach(db, sql.constData(), error, [&](sqlite3_stmt *st) {
            std::vector<QVariant> row;
            const int columns = sqlite3_column_count(st);
            row.reserve(size_t(columns));
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_INTEGER: row.emplace_back(qint64(sqlite3_column_int64(st, c))); break;
                case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(st, c)); break;
                case SQLITE_NULL: row.emplace_back(); break;
                default: row.emplace_back(text(st, c));
                }
            }
            out->otherRows.push_back(std::move(row));
        });
    }
    if (ok && !found) {
        if (error)
            *error = QStringLiteral("the board row is missing");
        return false;
    }
    return ok;
}

bool filterPeoplePlain(sqlite3 *db, const QString &search, std::vector<PlainPersonRow> *out, QString *error)
{
    const QStringList words = search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QByteArray sql = "SELECT p.id, p.name, p.role, coalesce(a.name, ''), p.email "
                     "FROM person p LEFT JOIN agency a ON a.id = p.agency_id WHERE 1";
    for (int i = 1; i <= words.size(); ++i) {
        const QByteArray n = QByteArray::number(i);
        sql += " AND (p.name LIKE ?" + n + " ESCAPE '\\' OR p.role LIKE ?" + n +
               " ESCAPE '\\' OR coalesce(a.name, '') LIKE ?" + n + " ESCAPE '\\' OR p.email LIKE ?" + n +
               " ESCAPE '\\')";
    }
    sql += " ORDER BY p.name COLLATE NOCASE";

    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return fail(db, error);
    for (int i = 0; i < words.size(); ++i) {
        const QByteArray pattern = likePattern(words.at(i));
        sqlite3_bind_text(st, i + 1, pattern.constData(), static_cast<int>(pattern.size()), SQLITE_TRANSIENT);
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out->push_back({sqlite3_column_int64(st, 0), text(st, 1), text(st, 2), text(st, 3), text(st, 4)});
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || fail(db, error);
}

} // namespace assure
