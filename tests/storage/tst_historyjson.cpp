// The history's hand-written JSON is byte for byte what QJsonDocument writes, so the hash chain is unchanged.
#include "storage/historyjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace assure;

namespace {

// What the history wrote before: each value through QJsonValue and the compact document.
QJsonValue viaQt(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool: return v.toLongLong();
    case QMetaType::Double: return v.toDouble();
    default: return v.toString();
    }
}

QVariantList samples()
{
    return {QVariant(),
            QVariant(QMetaType::fromType<double>()),
            QVariant(QMetaType::fromType<qint64>()),
            0,
            -7,
            qint64(1) << 53,
            std::numeric_limits<qint64>::min(),
            true,
            false,
            0.0,
            -0.0,
            0.5,
            12.25,
            1.0 / 3.0,
            3.0,
            1e15,
            1e21,
            -2.5e-7,
            123456789.125,
            87.5,
            0.1 + 0.2,
            1e-5,
            -1e300,
            9007199254740992.0,
            18014398509481984.0,
            -9007199254740993.0,
            std::numeric_limits<double>::quiet_NaN(),
            std::numeric_limits<double>::infinity(),
            QString(),
            QStringLiteral(""),
            QStringLiteral("Revised in round 3"),
            QStringLiteral("2024-Q1"),
            QStringLiteral("quote \" and backslash \\"),
            QStringLiteral("tab\there\nnew line\r\x01\x1f\x7f"),
            QStringLiteral("caf\u00e9 \u2013 \U0001F600 </script> /slash"),
            QStringLiteral("Two \"out of area\" cases,\ncounted late \u2013 see C:\\notes"),
            QString(QChar(0xd800)) + QStringLiteral(" lone surrogate"),
            QStringLiteral("low ") + QChar(0xdc00) + QStringLiteral(" then pair \U0001F600 and high at the end ") +
                QChar(0xd83d),
            QVariant(QByteArrayLiteral("bytes"))};
}

} // namespace

class TestHistoryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreWrittenAsQtWritesThem()
    {
        for (const QVariant &v : samples()) {
            QByteArray mine;
            HistoryJson::appendValue(mine, v);
            QByteArray qt = QJsonDocument(QJsonArray{viaQt(v)}).toJson(QJsonDocument::Compact);
            qt = qt.mid(1, qt.size() - 2);
            QCOMPARE(mine, qt);
        }
    }

    void objectsKeepQtsKeyOrder()
    {
        const QStringList names{QStringLiteral("value"), QStringLiteral("commentary"), QStringLiteral("Zeta"),
                                QStringLiteral("a_b"),   QStringLiteral("ab"),         QStringLiteral("numerator")};
        const QVariantList values{1.5, QStringLiteral("x"), 3, QVariant(), true, 2.0};
        QByteArray mine = "{";
        for (const HistoryJson::Member &m : HistoryJson::members(names)) {
            if (mine.size() > 1)
                mine += ',';
            mine += m.prefix;
            HistoryJson::appendValue(mine, values[m.index]);
        }
        mine += '}';
        QJsonObject o;
        for (int i = 0; i < names.size(); ++i)
            o.insert(names[i], viaQt(values[i]));
        QCOMPARE(mine, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void sameMeansEqualOnTheRecord()
    {
        const QVariantList all = samples();
        for (const QVariant &a : all)
            for (const QVariant &b : all)
                QCOMPARE(HistoryJson::same(a, b), viaQt(a) == viaQt(b));
    }
};

QTEST_GUILESS_MAIN(TestHistoryJson)
#include "tst_historyjson.moc"
