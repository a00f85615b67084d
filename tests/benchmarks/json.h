// A small JSON object writer that keeps keys in the order they were added, so the report reads top-down.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace assure {

class JsonObject final
{
public:
    JsonObject &addString(const char *key, const QString &value) { return addRaw(key, quoted(value)); }
    JsonObject &addInt(const char *key, qint64 value) { return addRaw(key, QString::number(value)); }
    JsonObject &addBool(const char *key, bool value)
    {
        return addRaw(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    // Milliseconds and ratios: two decimals are finer than the noise between runs.
    JsonObject &addNumber(const char *key, double value, int decimals = 2)
    {
        return addRaw(key, QString::number(value, 'f', decimals));
    }
    JsonObject &addObject(const char *key, const JsonObject &value)
    {
        m_members.push_back({QString::fromLatin1(key), QString(), {value}});
        return *this;
    }

    QString toString(int depth = 0) const
    {
        if (m_members.empty())
            return QStringLiteral("{}");
        const QString indent(2 * (depth + 1), QLatin1Char(' '));
        QStringList lines;
        for (const Member &m : m_members)
            lines << indent + quoted(m.key) + QStringLiteral(": ") +
                         (m.object.empty() ? m.raw : m.object.front().toString(depth + 1));
        return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QLatin1Char('\n') +
               QString(2 * depth, QLatin1Char(' ')) + QLatin1Char('}');
    }

private:
    struct Member
    {
        QString key;
        QString raw;                    // a rendered scalar, or
        std::vector<JsonObject> object; // one nested object
    };

    JsonObject &addRaw(const char *key, const QString &json)
    {
        m_members.push_back({QString::fromLatin1(key), json, {}});
        return *this;
    }

    static QString quoted(const QString &text)
    {
        QString out = QStringLiteral("\"");
        for (const QChar c : text) {
            switch (c.unicode()) {
            case '"': out += QStringLiteral("\\\""); break;
            case '\\': out += QStringLiteral("\\\\"); break;
            case '\n': out += QStringLiteral("\\n"); break;
            case '\r': out += QStringLiteral("\\r"); break;
            case '\t': out += QStringLiteral("\\t"); break;
            default:
                if (c.unicode() < 0x20)
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += c;
            }
        }
        return out + QLatin1Char('"');
    }

    std::vector<Member> m_members;
};

} // namespace assure
