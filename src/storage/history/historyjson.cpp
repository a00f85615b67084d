// The compact JSON of history entries, written straight to UTF-8 bytes as QJsonDocument would write it, and read back.
#include "storage/history/historyjson.h"

#include "core/historyentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace assure {

namespace {

// 2^53: QJsonValue keeps a whole double up to this size as an integer.
constexpr double kLargestExactInteger = 9007199254740992.0;

// A number of everyday size with at most six decimals (87.5, 0.125), written at p the way the general
// shortest form would write it, without that form's search; null when d is not such a number.
//
// Below 1e8 two different decimals of six places or fewer never read back as the same double, so
// the fewest places that read back as d give its shortest form; from 0.001 up, that form is fixed
// notation (the general form takes fixed notation when it is no longer than scientific).
char *fewDecimals(char *p, double d)
{
    static constexpr double kScale[] = {10.0, 100.0, 1e3, 1e4, 1e5, 1e6};
    const double magnitude = std::fabs(d);
    if (!(magnitude >= 0.001 && magnitude < 1e8))
        return nullptr;
    for (int places = 1; places <= 6; ++places) {
        const double scale = kScale[places - 1];
        const double scaled = std::nearbyint(magnitude * scale);
        if (scaled / scale != magnitude)
            continue;
        const auto n = static_cast<qint64>(scaled);
        const auto whole = n / static_cast<qint64>(scale);
        auto fraction = n % static_cast<qint64>(scale);
        if (d < 0)
            *p++ = '-';
        p = std::to_chars(p, p + 24, whole).ptr;
        *p++ = '.';
        for (int i = places - 1; i >= 0; --i) {
            p[i] = char('0' + fraction % 10);
            fraction /= 10;
        }
        return p + places;
    }
    return nullptr;
}

// Characters JSON needs escaped: the quote, the backslash and the control characters.
bool needsEscape(char16_t u)
{
    return u < 0x20 || u == '"' || u == '\\';
}

// Writes the escape of u at p; returns where it ends.
char *writeEscape(char *p, char16_t u)
{
    const auto two = [&](char c) {
        *p++ = '\\';
        *p++ = c;
        return p;
    };
    switch (u) {
    case '"': return two('"');
    case '\\': return two('\\');
    case '\b': return two('b');
    case '\f': return two('f');
    case '\n': return two('n');
    case '\r': return two('r');
    case '\t': return two('t');
    default: break;
    }
    static const char hex[] = "0123456789abcdef";
    *p++ = '\\';
    *p++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *p++ = hex[(u >> shift) & 0xf];
    return p;
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xd800 && u < 0xdc00;
}

bool isLowSurrogate(char16_t u)
{
    return u >= 0xdc00 && u < 0xe000;
}

// A string as Qt's JSON writer gives it: UTF-8, with the quote, the backslash and control characters
// escaped, and half of a surrogate pair with no other half escaped too. Written in one pass straight
// into out, which is grown once to the most the string can take.
void appendString(QByteArray &out, const QString &s)
{
    const char16_t *from = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype size = s.size();
    const qsizetype at = out.size();
    out.resize(at + 2 + 6 * size); // every unit escaped as \uXXXX, the longest it can be
    char *const begin = out.data();
    char *p = begin + at;
    *p++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = from[i];
        if (u < 0x80) {
            if (needsEscape(u))
                p = writeEscape(p, u);
            else
                *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (isHighSurrogate(u) && i + 1 < size && isLowSurrogate(from[i + 1])) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(from[++i]) - 0xdc00);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (isHighSurrogate(u) || isLowSurrogate(u)) {
            p = writeEscape(p, u); // a lone half of a pair
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - begin);
}

} // namespace

std::vector<HistoryJson::Member> HistoryJson::members(const QStringList &names)
{
    std::vector<Member> out;
    out.reserve(size_t(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        Member m;
        m.index = i;
        appendString(m.prefix, names[i]);
        m.prefix += ':';
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(),
              [&](const Member &a, const Member &b) { return names[a.index] < names[b.index]; });
    return out;
}

void HistoryJson::appendValue(QByteArray &out, const Field &v)
{
    char digits[32];
    switch (v.kind) {
    case Field::Kind::Null: out += "null"; return;
    case Field::Kind::Integer: {
        const auto end = std::to_chars(digits, digits + sizeof digits, v.integer).ptr;
        out.append(digits, end - digits);
        return;
    }
    case Field::Kind::Real: {
        // As QJsonValue keeps it: a whole number that a double holds exactly is an integer.
        const double d = v.real;
        if (!qIsFinite(d)) {
            out += "null";
            return;
        }
        const bool whole = std::trunc(d) == d && std::fabs(d) <= kLargestExactInteger;
        char *end = whole ? std::to_chars(digits, digits + sizeof digits, qint64(d)).ptr : fewDecimals(digits, d);
        if (!end)
            end = std::to_chars(digits, digits + sizeof digits, d).ptr;
        out.append(digits, end - digits);
        return;
    }
    case Field::Kind::Text: appendString(out, *v.text); return;
    }
}

bool HistoryJson::same(const Field &a, const Field &b)
{
    using Kind = Field::Kind;
    if (a.kind == b.kind) {
        switch (a.kind) {
        case Kind::Null: return true;
        case Kind::Integer: return a.integer == b.integer;
        case Kind::Real: return a.real == b.real;
        case Kind::Text: return *a.text == *b.text;
        }
    }
    // A whole number and a real compare as numbers; null, numbers and text never equal each other.
    if (a.kind == Kind::Integer && b.kind == Kind::Real)
        return double(a.integer) == b.real;
    if (a.kind == Kind::Real && b.kind == Kind::Integer)
        return a.real == double(b.integer);
    return false;
}

bool HistoryJson::expandChanges(const HistoryEntry &entry, std::vector<HistoryEntry> &out)
{
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.newValues.toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    const QJsonArray groups = doc.array();
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        HistoryEntry e = entry;
        e.table = group.value(QStringLiteral("table")).toString();
        e.action = group.value(QStringLiteral("action")).toString();
        const bool hasOld = e.action != QLatin1String("insert");
        const bool hasNew = e.action != QLatin1String("delete");
        const QJsonArray keys = group.value(QStringLiteral("key")).toArray();
        const QJsonArray columns = group.value(QStringLiteral("columns")).toArray();
        const QJsonArray rows = group.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue &r : rows) {
            const QJsonArray row = r.toArray();
            qsizetype at = 0;
            const auto take = [&](const QJsonArray &names) {
                QJsonObject o;
                for (const QJsonValue &name : names)
                    o.insert(name.toString(), row.at(at++));
                return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            };
            e.key = take(keys);
            e.oldValues = hasOld ? take(columns) : QStringLiteral("{}");
            e.newValues = hasNew ? take(columns) : QStringLiteral("{}");
            out.push_back(e);
        }
    }
    return true;
}

} // namespace assure
