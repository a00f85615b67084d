// The history's hand-written JSON is byte for byte what QJsonDocument writes, so the hash chain is unchanged.
#include "storage/history/historyjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <deque>
#include <limits>
#include <tuple>

using namespace assure;

namespace {

// A column value as the history writes it, and what the history wrote before: the value through
// QJsonValue and the compact document.
struct Sample
{
    HistoryJson::Field field;
    QJsonValue qt;
};

// Every kind of column value (columnvalues.h) with awkward examples; texts are kept in strings.
std::vector<Sample> samples(std::deque<QString> &strings)
{
    std::vector<Sample> out;
    const auto integer = [&](qint64 v) { out.push_back({HistoryJson::field(v), QJsonValue(v)}); };
    const auto real = [&](double v) { out.push_back({HistoryJson::field(v), QJsonValue(v)}); };
    const auto text = [&](const QString &v) {
        strings.push_back(v);
        out.push_back({HistoryJson::field(strings.back()), QJsonValue(v)});
    };
    out.push_back({HistoryJson::field(NullableReal()), QJsonValue::Null});
    out.push_back({HistoryJson::field(NullableId{0}), QJsonValue::Null});
    out.push_back({HistoryJson::field(NullableReal(2.5)), QJsonValue(2.5)});
    out.push_back({HistoryJson::field(NullableId{42}), QJsonValue(qint64(42))});
    out.push_back({HistoryJson::field(7), QJsonValue(qint64(7))});
    for (qint64 v : {qint64(0), qint64(-7), qint64(1) << 53, std::numeric_limits<qint64>::min()})
        integer(v);
    for (double v : {0.0, -0.0, 0.5, 12.25, 1.0 / 3.0, 3.0, 1e15, 1e21, -2.5e-7, 123456789.125, 87.5, 0.1 + 0.2, 1e-5,
                     -1e300, 9007199254740992.0, 18014398509481984.0, -9007199254740993.0,
                     std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()})
        real(v);
    for (const QString &v :
         {QString(), QStringLiteral(""), QStringLiteral("Revised in round 3"), QStringLiteral("2024-Q1"),
          QStringLiteral("quote \" and backslash \\"), QStringLiteral("tab\there\nnew line\r\x01\x1f\x7f"),
          QStringLiteral("caf\u00e9 \u2013 \U0001F600 </script> /slash"),
          QStringLiteral("Two \"out of area\" cases,\ncounted late \u2013 see C:\\notes"),
          QString(QChar(0xd800)) + QStringLiteral(" lone surrogate"),
          QStringLiteral("low ") + QChar(0xdc00) + QStringLiteral(" then pair \U0001F600 and high at the end ") +
              QChar(0xd83d)})
        text(v);
    return out;
}

} // namespace

class TestHistoryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreWrittenAsQtWritesThem()
    {
        std::deque<QString> strings;
        for (const Sample &v : samples(strings)) {
            QByteArray mine;
            HistoryJson::appendValue(mine, v.field);
            QByteArray qt = QJsonDocument(QJsonArray{v.qt}).toJson(QJsonDocument::Compact);
            qt = qt.mid(1, qt.size() - 2);
            QCOMPARE(mine, qt);
        }
    }

    // Numbers as measurements hold them, and their neighbours one bit away, in bulk.
    void manyNumbersAreWrittenAsQtWritesThem()
    {
        QRandomGenerator rng(2026);
        static const double kScale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e9};
        for (int i = 0; i < 20000; ++i) {
            const double scale = kScale[rng.bounded(int(std::size(kScale)))];
            const double limit = std::pow(10.0, rng.bounded(1, 17));
            double d = std::floor(rng.generateDouble() * limit) / scale;
            if (i % 3 == 1)
                d = std::nextafter(d, 1e300);
            else if (i % 3 == 2)
                d = std::nextafter(d, -1e300);
            if (rng.bounded(2) == 0)
                d = -d;
            QByteArray mine;
            HistoryJson::appendValue(mine, HistoryJson::field(d));
            QByteArray qt = QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact);
            QCOMPARE(mine, qt.mid(1, qt.size() - 2));
        }
    }

    void aRowsFieldsFollowItsColumns()
    {
        const auto row =
            std::tuple(NullableReal(1.5), QStringLiteral("x"), 3, NullableId{0}, qint64(9), NullableReal());
        const auto fields = HistoryJson::fields(row);
        QByteArray mine;
        for (const HistoryJson::Field &f : fields) {
            mine += mine.isEmpty() ? "[" : ",";
            HistoryJson::appendValue(mine, f);
        }
        mine += ']';
        QCOMPARE(mine, QByteArray(R"([1.5,"x",3,null,9,null])"));
        QCOMPARE(fields[1].text, &std::get<1>(row)); // a view of the row's text, not a copy
    }

    void objectsKeepQtsKeyOrder()
    {
        const QStringList names{QStringLiteral("value"), QStringLiteral("commentary"), QStringLiteral("Zeta"),
                                QStringLiteral("a_b"),   QStringLiteral("ab"),         QStringLiteral("numerator")};
        const QString x = QStringLiteral("x");
        const std::vector<HistoryJson::Field> values{HistoryJson::field(1.5), HistoryJson::field(x),
                                                     HistoryJson::field(3),   HistoryJson::field(NullableId{}),
                                                     HistoryJson::field(1),   HistoryJson::field(2.0)};
        const QJsonArray qt{1.5, x, 3, QJsonValue::Null, 1, 2.0};
        QByteArray mine = "{";
        for (const HistoryJson::Member &m : HistoryJson::members(names)) {
            if (mine.size() > 1)
                mine += ',';
            mine += m.prefix;
            HistoryJson::appendValue(mine, values[size_t(m.index)]);
        }
        mine += '}';
        QJsonObject o;
        for (int i = 0; i < names.size(); ++i)
            o.insert(names[i], qt[i]);
        QCOMPARE(mine, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void sameMeansEqualOnTheRecord()
    {
        std::deque<QString> strings;
        const std::vector<Sample> all = samples(strings);
        for (const Sample &a : all)
            for (const Sample &b : all)
                QCOMPARE(HistoryJson::same(a.field, b.field), a.qt == b.qt);
    }
};

QTEST_GUILESS_MAIN(TestHistoryJson)
#include "tst_historyjson.moc"
