// The compact JSON of history entries, written straight to UTF-8 bytes as QJsonDocument would write it.
#include "storage/historyjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace assure {

namespace {

// 2^53: QJsonValue keeps a whole double up to this size as an integer.
constexpr double kLargestExactInteger = 9007199254740992.0;

bool isInteger(const QVariant &v)
{
    const int type = v.typeId();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Bool;
}

bool isNumber(const QVariant &v)
{
    return isInteger(v) || v.typeId() == QMetaType::Double;
}

// Printable ASCII but the quote and backslash: what Qt's writer copies as it is.
bool plain(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == '"' || u == '\\')
            return false;
    }
    return true;
}

// Anything else goes through Qt's writer, as the only element of an array.
void appendThroughQt(QByteArray &out, const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

void appendString(QByteArray &out, const QString &s)
{
    if (!plain(s)) {
        appendThroughQt(out, QJsonValue(s));
        return;
    }
    out += '"';
    const qsizetype start = out.size();
    out.resize(start + s.size());
    char *to = out.data() + start;
    for (QChar c : s)
        *to++ = char(c.unicode());
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
    std::sort(out.begin(), out.end(), [&](const Member &a, const Member &b) { return names[a.index] < names[b.index]; });
    return out;
}

void HistoryJson::appendValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) { // no value, or a typed null (nullableReal, nullableId)
        out += "null";
        return;
    }
    char digits[32];
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::Bool: {
        const auto end = std::to_chars(digits, digits + sizeof digits, v.toLongLong()).ptr;
        out.append(digits, end - digits);
        return;
    }
    case QMetaType::LongLong: {
        const auto end = std::to_chars(digits, digits + sizeof digits, *static_cast<const qlonglong *>(v.constData())).ptr;
        out.append(digits, end - digits);
        return;
    }
    case QMetaType::Double: {
        // As QJsonValue keeps it: a whole number that a double holds exactly is an integer.
        const double d = *static_cast<const double *>(v.constData());
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
    case QMetaType::QString: appendString(out, *static_cast<const QString *>(v.constData())); return;
    default: appendString(out, v.toString()); return;
    }
}

bool HistoryJson::same(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull();
    const bool bNull = b.isNull();
    const int type = a.typeId();
    if (!aNull && !bNull && type == b.typeId()) { // the common case: the same column before and after
        if (type == QMetaType::Double)
            return *static_cast<const double *>(a.constData()) == *static_cast<const double *>(b.constData());
        if (type == QMetaType::QString)
            return *static_cast<const QString *>(a.constData()) == *static_cast<const QString *>(b.constData());
        if (type == QMetaType::LongLong)
            return a.toLongLong() == b.toLongLong();
    }
    if (aNull || bNull)
        return aNull && bNull;
    if (isInteger(a) && isInteger(b))
        return a.toLongLong() == b.toLongLong();
    if (isNumber(a) || isNumber(b))
        return isNumber(a) && isNumber(b) && a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

} // namespace assure
