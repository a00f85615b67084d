// The compact JSON of history entries, written straight to UTF-8 bytes as QJsonDocument would write it.
#include "storage/historyjson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace assure {

namespace {

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
    if (v.isNull()) {
        out += "null";
    } else if (isInteger(v)) {
        out += QByteArray::number(v.toLongLong());
    } else if (v.typeId() == QMetaType::Double) {
        // QJsonValue keeps some whole numbers as integers; ask it which, then write as its writer does.
        const double d = v.toDouble();
        const QCborValue cbor = QCborValue::fromJsonValue(QJsonValue(d));
        if (cbor.isInteger())
            out += QByteArray::number(cbor.toInteger());
        else if (qIsFinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
    } else {
        appendString(out, v.toString());
    }
}

bool HistoryJson::same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (isInteger(a) && isInteger(b))
        return a.toLongLong() == b.toLongLong();
    if (isNumber(a) || isNumber(b))
        return isNumber(a) && isNumber(b) && a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

} // namespace assure
