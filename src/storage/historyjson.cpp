// The compact JSON of history entries, written straight to UTF-8 bytes as QJsonDocument would write it, and read back.
#include "storage/historyjson.h"

#include "storage/historylog.h"

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

// Characters JSON needs escaped: the quote, the backslash and the control characters.
bool needsEscape(char16_t u)
{
    return u < 0x20 || u == '"' || u == '\\';
}

void appendEscape(QByteArray &out, char16_t u)
{
    switch (u) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
    }
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(u >> shift) & 0xf];
}

// Whether the character at i is half of a surrogate pair with no other half: Qt escapes those.
bool loneSurrogate(const char16_t *s, qsizetype i, qsizetype size)
{
    const char16_t u = s[i];
    if (u >= 0xd800 && u < 0xdc00)
        return i + 1 >= size || s[i + 1] < 0xdc00 || s[i + 1] >= 0xe000;
    if (u >= 0xdc00 && u < 0xe000)
        return i == 0 || s[i - 1] < 0xd800 || s[i - 1] >= 0xdc00;
    return false;
}

// A string as Qt's JSON writer gives it: UTF-8, with the quote, the backslash and control characters
// escaped. Plain ASCII, the usual case, is copied a character at a time without converting.
void appendString(QByteArray &out, const QString &s)
{
    const char16_t *from = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype size = s.size();
    qsizetype i = 0;
    while (i < size && from[i] <= 0x7e && !needsEscape(from[i]))
        ++i;
    if (i == size && size < 256) { // the usual case: short plain ASCII, narrowed on the stack
        char text[258];
        text[0] = '"';
        for (qsizetype j = 0; j < size; ++j)
            text[j + 1] = char(from[j]);
        text[size + 1] = '"';
        out.append(text, size + 2);
        return;
    }
    out += '"';
    i = 0;
    while (i < size) {
        if (needsEscape(from[i]) || loneSurrogate(from, i, size)) {
            appendEscape(out, from[i++]);
            continue;
        }
        qsizetype run = i; // a run of characters written as they are, in UTF-8
        while (run < size && !needsEscape(from[run]) && !loneSurrogate(from, run, size))
            ++run;
        out += QStringView(from + i, run - i).toUtf8();
        i = run;
    }
    out += '"';
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
        const auto end = whole ? std::to_chars(digits, digits + sizeof digits, qint64(d)).ptr
                               : std::to_chars(digits, digits + sizeof digits, d).ptr;
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
