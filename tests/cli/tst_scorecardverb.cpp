// The scorecard key of assure-cli voices (issue 19, part 4): per domain the count of each RAG for
// the year's last quarter (or the latest one ended), the same counts as assure-cli indicators gives
// for that quarter; indicators with no domain under null; a domain deleted leaves its indicators.
#include "testsupport/clirun.h"

#include <sqlite3.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

const QString kAsOf = QStringLiteral("2026-11-22");

// code -> domain name ("" for none), as the board file holds them.
QHash<QString, QString> domainsOfCodes(const QString &file)
{
    QHash<QString, QString> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT i.code, coalesce(d.name, '') FROM indicator i "
                           "LEFT JOIN scorecard_domain d ON d.id = i.domain_id",
                           -1, &st, nullptr);
        while (st && sqlite3_step(st) == SQLITE_ROW)
            out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                       QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

bool exec(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(file.toUtf8().constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr) == SQLITE_OK &&
                    sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestScorecardVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsAreThoseOfTheIndicatorsVerb();
    void thePeriodFollowsTheYearAndTheDate_data();
    void thePeriodFollowsTheYearAndTheDate();
    void indicatorsWithoutADomainComeLast();
    void summariesAreScannedForPersonalData();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QJsonObject scorecard(const QString &board, const QString &year, const QString &asOf = kAsOf) const
    {
        const Run r = cli({QStringLiteral("voices"), board, QStringLiteral("--year"), year, QStringLiteral("--as-of"),
                           asOf, QStringLiteral("--json")});
        // The key is the list of domains, each naming the period it counts: gathered here as one.
        const QJsonArray domains =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("scorecard")).toArray();
        const QJsonObject first = domains.at(0).toObject();
        for (const QJsonValue &d : domains)
            if (d.toObject().value(QStringLiteral("period")) != first.value(QStringLiteral("period")))
                return {};
        return QJsonObject{{QStringLiteral("period"), first.value(QStringLiteral("period"))},
                           {QStringLiteral("period_label"), first.value(QStringLiteral("period_label"))},
                           {QStringLiteral("domains"), domains}};
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestScorecardVerb::initTestCase()
{
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(path(QStringLiteral("backups"))));
    m_demo = path(QStringLiteral("demo.assure"));
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), kAsOf}).exitCode, 0);
}

void TestScorecardVerb::countsAreThoseOfTheIndicatorsVerb()
{
    const QJsonObject card = scorecard(m_demo, QStringLiteral("2026/27"));
    QCOMPARE(card.value(QStringLiteral("period")).toString(), QStringLiteral("2026-Q2"));
    QCOMPARE(card.value(QStringLiteral("period_label")).toString(), QStringLiteral("2026/27 Q2"));
    const QJsonArray domains = card.value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 5); // every demo indicator has a domain: no "no domain" entry
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("domain")).toString(),
             QStringLiteral("National priorities and strategic objectives"));
    QCOMPARE(domains.at(4).toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("Fair access"));

    // The same quarter through assure-cli indicators, counted by each indicator's domain.
    const Run r = cli({QStringLiteral("indicators"), m_demo, QStringLiteral("--period"), QStringLiteral("2026/27 Q2"),
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QHash<QString, QString> domainOf = domainsOfCodes(m_demo);
    QHash<QString, QHash<QString, int>> expected; // domain -> rag -> count
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject row = v.toObject();
        expected[domainOf.value(row.value(QStringLiteral("code")).toString())]
                [row.value(QStringLiteral("rag")).toString()] += 1;
    }
    int total = 0;
    int coloured = 0;
    for (const QJsonValue &v : domains) {
        const QJsonObject d = v.toObject();
        const QString name = d.value(QStringLiteral("domain")).toString();
        const QJsonObject rag = d.value(QStringLiteral("rag")).toObject();
        QCOMPARE(rag.keys().size(), 6); // every rating, zero counts included
        int inDomain = 0;
        for (auto it = rag.begin(); it != rag.end(); ++it) {
            QCOMPARE(it.value().toInt(), expected.value(name).value(it.key()));
            inDomain += it.value().toInt();
        }
        QCOMPARE(d.value(QStringLiteral("indicators")).toInt(), inDomain);
        total += inDomain;
        coloured += rag.value(QStringLiteral("green")).toInt() + rag.value(QStringLiteral("red")).toInt();
    }
    QCOMPARE(total, domainOf.size());
    QVERIFY(coloured > 0); // the demo's quarter is rated, not all "no data"
}

void TestScorecardVerb::thePeriodFollowsTheYearAndTheDate_data()
{
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("period");
    QTest::newRow("year under way") << QStringLiteral("2026/27") << QStringLiteral("2026-11-22")
                                    << QStringLiteral("2026-Q2");
    QTest::newRow("year over") << QStringLiteral("2025/26") << QStringLiteral("2026-11-22")
                               << QStringLiteral("2025-Q4");
    QTest::newRow("no quarter ended yet")
        << QStringLiteral("2026/27") << QStringLiteral("2026-05-01") << QStringLiteral("2026-Q1");
}

void TestScorecardVerb::thePeriodFollowsTheYearAndTheDate()
{
    QFETCH(QString, year);
    QFETCH(QString, asOf);
    QFETCH(QString, period);
    QCOMPARE(scorecard(m_demo, year, asOf).value(QStringLiteral("period")).toString(), period);
}

void TestScorecardVerb::indicatorsWithoutADomainComeLast()
{
    const QString file = path(QStringLiteral("nodomain.assure"));
    QVERIFY(QFile::copy(m_demo, file));
    // Deleting a domain keeps its indicators, without one.
    QVERIFY(exec(file, "DELETE FROM scorecard_domain WHERE name = 'Fair access'"));
    const QJsonArray domains = scorecard(file, QStringLiteral("2026/27")).value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 5);
    const QJsonObject last = domains.at(4).toObject();
    QVERIFY(last.value(QStringLiteral("domain")).isNull());
    int fairAccess = 0;
    for (const QString &d : domainsOfCodes(m_demo))
        fairAccess += d == QStringLiteral("Fair access") ? 1 : 0;
    QVERIFY(fairAccess > 0);
    QCOMPARE(last.value(QStringLiteral("indicators")).toInt(), fairAccess);
}

void TestScorecardVerb::summariesAreScannedForPersonalData()
{
    const QString file = path(QStringLiteral("privacy.assure"));
    QVERIFY(QFile::copy(m_demo, file));
    QVERIFY(exec(file, "INSERT INTO scorecard_summary (id, domain_id, period_key, text) "
                       "VALUES (40, 1, '2026-Q1', 'Slower since Mrs Okafor left')"));
    const Run r = cli({QStringLiteral("privacy-scan"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QJsonArray hits; // the demo's own summaries hold nothing personal: the one hit is the line added
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("table")).toString() == QStringLiteral("scorecard_summary"))
            hits.append(v);
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.at(0).toObject();
    QCOMPARE(hit.value(QStringLiteral("table")).toString(), QStringLiteral("scorecard_summary"));
    QCOMPARE(hit.value(QStringLiteral("id")).toInteger(), 40);
    QCOMPARE(hit.value(QStringLiteral("field")).toString(), QStringLiteral("text"));
    QCOMPARE(hit.value(QStringLiteral("text")).toString(), QStringLiteral("Mrs Okafor"));
}

QTEST_GUILESS_MAIN(TestScorecardVerb)
#include "tst_scorecardverb.moc"
