// Indicator edits in the workspace: add, edit, delete with its history, measurements, targets, benchmarks; undoable.
#include "storage/history/historylog.h"
#include "storage/repository.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestIndicatorEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addEditUndo();
    void duplicateCodeRefused();
    void measurementEditsAndUndo();
    void targetOverridesYear();
    void benchmarkSetChangeClearUndoRedo();
    void benchmarkEditsAreRecorded();
    void benchmarkRefusals();
    void deleteIndicatorTakesItsHistoryAndUndoBringsItBack();
    void deleteAgencyClearsIndicatorOwner();
    void statusFollowsEdits();
    void spcSettingsRebaseAndUndo();
    void thresholdVersionsAndUndo();
    void bulkInsertsKeepEveryRowAndItsOrder();
    void aRefusedBulkInsertLeavesTheFileAsItWas();

private:
    qint64 addIndicator(const QString &code, Polarity polarity = Polarity::HigherIsBetter);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestIndicatorEdits::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Adults Board");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("b.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
}

qint64 TestIndicatorEdits::addIndicator(const QString &code, Polarity polarity)
{
    Indicator i;
    i.code = code;
    i.title = QStringLiteral("Enquiries where desired outcomes were achieved");
    i.polarity = polarity;
    i.frequency = Frequency::Quarterly;
    i.annualTarget = 80;
    QString error;
    if (!m_ws->add(i, &error))
        qWarning() << error;
    return m_ws->items<Indicator>().byCode(code) ? m_ws->items<Indicator>().byCode(code)->id : 0;
}

void TestIndicatorEdits::addEditUndo()
{
    const qint64 id = addIndicator(QStringLiteral("SAB-01"));
    QVERIFY(id > 0);
    QCOMPARE(m_ws->items<Indicator>().byCode(QStringLiteral("sab-01"))->id, id); // codes ignore case
    Indicator edited = *m_ws->items<Indicator>().find(id);
    edited.code = QStringLiteral("SAB-02");
    edited.annualTarget.reset();
    QVERIFY(m_ws->update(edited));
    QVERIFY(!m_ws->items<Indicator>().byCode(QStringLiteral("SAB-01")));
    QCOMPARE(Repository<Indicator>(m_ws->file().database()).loadAll().front(), edited);
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Indicator>().find(id)->code, QStringLiteral("SAB-01"));
    QVERIFY(m_ws->items<Indicator>().byCode(QStringLiteral("SAB-01")));
    QCOMPARE(m_ws->items<Indicator>().find(id)->annualTarget, std::optional<double>(80));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Indicator>().size(), 0);
    QVERIFY(Repository<Indicator>(m_ws->file().database()).loadAll().empty());
}

void TestIndicatorEdits::duplicateCodeRefused()
{
    addIndicator(QStringLiteral("SAB-01"));
    Indicator again;
    again.code = QStringLiteral("sab-01");
    again.title = QStringLiteral("Something else");
    QString error;
    QVERIFY(!m_ws->add(again, &error));
    QVERIFY2(error.contains(QStringLiteral("SAB-01"), Qt::CaseInsensitive), qPrintable(error));
}

void TestIndicatorEdits::measurementEditsAndUndo()
{
    const qint64 id = addIndicator(QStringLiteral("SAB-01"));
    QSignalSpy series(m_ws->notifier(), &Notifier::seriesChanged);
    Measurement m{id,
                  Period::quarter(2026, 1).key(),
                  78.5,
                  157,
                  200,
                  QStringLiteral("Provisional; two enquiries pending"),
                  DataQuality::Provisional};
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(m));
    QCOMPARE(series.count(), 1);
    QVERIFY(series.first().first().value<QSet<qint64>>().contains(id));
    QCOMPARE(*m_ws->items<Measurement>().find(id, m.periodKey), m);
    Measurement validated = m;
    validated.value = 79;
    validated.quality = DataQuality::Validated;
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(validated));
    QCOMPARE(m_ws->items<Measurement>().find(id, m.periodKey)->value, std::optional<double>(79));
    QCOMPARE(Repository<Measurement>(m_ws->file().database()).loadAll().front(), validated);
    // Clearing every field deletes the row.
    Measurement empty{id, m.periodKey, std::nullopt, std::nullopt, std::nullopt, QString(), DataQuality::Validated};
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(empty));
    QVERIFY(!m_ws->items<Measurement>().find(id, m.periodKey));
    m_ws->undoStack()->undo();
    QCOMPARE(*m_ws->items<Measurement>().find(id, m.periodKey), validated);
    m_ws->undoStack()->undo();
    QCOMPARE(*m_ws->items<Measurement>().find(id, m.periodKey), m);
    m_ws->undoStack()->undo();
    QVERIFY(!m_ws->items<Measurement>().find(id, m.periodKey));
    QVERIFY(Repository<Measurement>(m_ws->file().database()).loadAll().empty());
    // A measurement that is wrong in itself is refused with a reason.
    Measurement bad{id, m.periodKey, 5, 10, 0, QString(), DataQuality::Validated};
    QString error;
    QVERIFY(!IndicatorEdits(*m_ws).setMeasurement(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("denominator")), qPrintable(error));
    QVERIFY(!m_ws->items<Measurement>().find(id, m.periodKey));
}

void TestIndicatorEdits::targetOverridesYear()
{
    const qint64 id = addIndicator(QStringLiteral("SAB-01"));
    const Period q2 = Period::quarter(2026, 2);
    QVERIFY(IndicatorEdits(*m_ws).setTarget(id, Period::year(2026).key(), 85));
    QVERIFY(IndicatorEdits(*m_ws).setTarget(id, q2.key(), 90));
    const Indicator &ind = *m_ws->items<Indicator>().find(id);
    const QList<Target> targets(m_ws->items<Target>().of(id).begin(), m_ws->items<Target>().of(id).end());
    QCOMPARE(targetFor(ind, q2, targets), std::optional<double>(90));
    QCOMPARE(targetFor(ind, Period::quarter(2026, 3), targets), std::optional<double>(85));
    QCOMPARE(targetFor(ind, Period::quarter(2025, 3), targets), std::optional<double>(80));
    QVERIFY(IndicatorEdits(*m_ws).setTarget(id, q2.key(), std::nullopt));
    QVERIFY(!m_ws->items<Target>().find(id, q2.key()));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Target>().find(id, q2.key())->value, 90.0);
}

void TestIndicatorEdits::benchmarkSetChangeClearUndoRedo()
{
    const qint64 id = addIndicator(QStringLiteral("CIN-01"));
    const QString key = Period::quarter(2026, 2).key();
    QUndoStack *undo = m_ws->undoStack();
    QSignalSpy series(m_ws->notifier(), &Notifier::seriesChanged);
    const auto stored = [&] {
        const auto rows = Repository<Benchmark>(m_ws->file().database()).loadAll();
        return rows.empty() ? std::optional<Benchmark>() : std::optional<Benchmark>(rows.front());
    };

    // Set: a new row with the national figure only.
    Benchmark national{id, key, 87.5, std::nullopt, std::nullopt};
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark(national));
    QCOMPARE(undo->undoText(), QStringLiteral("Set national benchmark for CIN-01 2026/27 Q2"));
    QCOMPARE(series.count(), 1);
    QVERIFY(series.first().first().value<QSet<qint64>>().contains(id));
    QCOMPARE(*m_ws->items<Benchmark>().find(id, key), national);
    QCOMPARE(stored(), std::optional<Benchmark>(national));

    // Change: the regional figure joins it, then the national one moves.
    Benchmark both = national;
    both.regional = 84;
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark(both));
    QCOMPARE(undo->undoText(), QStringLiteral("Set regional benchmark for CIN-01 2026/27 Q2"));
    Benchmark changed = both;
    changed.national = 88.1;
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark(changed));
    QCOMPARE(stored(), std::optional<Benchmark>(changed));
    // The same figures again are no edit at all.
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark(changed));
    QCOMPARE(undo->count(), 4); // the indicator and three benchmark edits

    // Clear: one figure, then the other, which deletes the row.
    Benchmark regionalOnly = changed;
    regionalOnly.national.reset();
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark(regionalOnly));
    QCOMPARE(undo->undoText(), QStringLiteral("Clear national benchmark for CIN-01 2026/27 Q2"));
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark({id, key, std::nullopt, std::nullopt, std::nullopt}));
    QCOMPARE(undo->undoText(), QStringLiteral("Clear regional benchmark for CIN-01 2026/27 Q2"));
    QVERIFY(!m_ws->items<Benchmark>().find(id, key));
    QVERIFY(!stored());

    // Undo walks back through every state, in the file as well as in memory; redo walks forward.
    const std::optional<Benchmark> states[] = {regionalOnly, changed, both, national, std::nullopt};
    for (const std::optional<Benchmark> &state : states) {
        undo->undo();
        const Benchmark *loaded = m_ws->items<Benchmark>().find(id, key);
        QCOMPARE(loaded ? std::optional<Benchmark>(*loaded) : std::nullopt, state);
        QCOMPARE(stored(), state);
    }
    const std::optional<Benchmark> redone[] = {national, both, changed, regionalOnly, std::nullopt};
    for (const std::optional<Benchmark> &state : redone) {
        undo->redo();
        QCOMPARE(stored(), state);
    }
    QVERIFY(m_ws->file().integrityProblems().isEmpty());
}

void TestIndicatorEdits::benchmarkEditsAreRecorded()
{
    const qint64 id = addIndicator(QStringLiteral("CIN-01"));
    const QString key = Period::month(2026, 9).key();
    const qint64 seen = m_ws->historyEntries().back().id;
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark({id, key, 21.4, std::nullopt, 19.9}));
    QVERIFY(IndicatorEdits(*m_ws).setBenchmark({id, key, 21.4, std::nullopt, std::nullopt}));
    m_ws->undoStack()->undo();
    const auto entries = m_ws->historyEntries(seen);
    QCOMPARE(entries.size(), size_t(3));
    const auto json = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };
    for (const HistoryEntry &e : entries) {
        QCOMPARE(e.table, QStringLiteral("benchmark"));
        QCOMPARE(json(e.key).value(QStringLiteral("indicator_id")).toInteger(), id);
        QCOMPARE(json(e.key).value(QStringLiteral("period_key")).toString(), key);
    }
    QCOMPARE(entries[0].kind, QStringLiteral("edit"));
    QCOMPARE(entries[0].action, QStringLiteral("insert"));
    QCOMPARE(entries[0].label, QStringLiteral("Set benchmarks for CIN-01 Sep 2026"));
    QCOMPARE(json(entries[0].newValues).value(QStringLiteral("national")).toDouble(), 21.4);
    QCOMPARE(entries[1].action, QStringLiteral("update"));
    QCOMPARE(entries[1].label, QStringLiteral("Clear statistical neighbours' benchmark for CIN-01 Sep 2026"));
    QCOMPARE(json(entries[1].oldValues).value(QStringLiteral("statistical_neighbours")).toDouble(), 19.9);
    QVERIFY(json(entries[1].newValues).value(QStringLiteral("statistical_neighbours")).isNull());
    QCOMPARE(entries[2].kind, QStringLiteral("undo"));
    QCOMPARE(entries[2].refersTo, entries[1].operation);
}

void TestIndicatorEdits::benchmarkRefusals()
{
    const qint64 id = addIndicator(QStringLiteral("CIN-01"));
    QString error;
    QVERIFY(!IndicatorEdits(*m_ws).setBenchmark({id, QStringLiteral("not a period"), 50.0, std::nullopt, std::nullopt},
                                                &error));
    QVERIFY2(error.contains(QStringLiteral("not a reporting period")), qPrintable(error));
    QVERIFY(!IndicatorEdits(*m_ws).setBenchmark(
        {id, Period::quarter(2026, 1).key(), qInf(), std::nullopt, std::nullopt}, &error));
    QVERIFY2(error.contains(QStringLiteral("must be a number")), qPrintable(error));
    QVERIFY(!IndicatorEdits(*m_ws).setBenchmark(
        {id + 1, Period::quarter(2026, 1).key(), 50.0, std::nullopt, std::nullopt}, &error));
    QCOMPARE(m_ws->items<Benchmark>().count(), qint64(0));

    // A board open read-only refuses, and nothing reaches the undo stack or the file.
    const QString path = m_ws->path();
    m_ws.reset();
    OpenResult r;
    auto ro = Workspace::open(path, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(ro, qPrintable(r.message));
    QVERIFY(!IndicatorEdits(*ro).setBenchmark({id, Period::quarter(2026, 1).key(), 50.0, std::nullopt, std::nullopt},
                                              &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QCOMPARE(ro->undoStack()->count(), 0);
    QCOMPARE(ro->items<Benchmark>().count(), qint64(0));
}

void TestIndicatorEdits::deleteIndicatorTakesItsHistoryAndUndoBringsItBack()
{
    const qint64 id = addIndicator(QStringLiteral("SAB-01"));
    for (int q = 1; q <= 4; ++q)
        QVERIFY(IndicatorEdits(*m_ws).setMeasurement({id, Period::quarter(2025, q).key(), 70.0 + q, std::nullopt,
                                                      std::nullopt, QString(), DataQuality::Validated}));
    QVERIFY(IndicatorEdits(*m_ws).setTarget(id, Period::year(2025).key(), 75));
    const Dependents deps = m_ws->dependents<Indicator>(id);
    QCOMPARE(deps.count<Measurement>() + deps.count<Target>() + deps.count<Benchmark>(), qint64(5));
    QVERIFY(deps.describe().contains(QStringLiteral("5 measurements")));
    QVERIFY(m_ws->remove<Indicator>(id));
    QCOMPARE(m_ws->items<Indicator>().size(), 0);
    QCOMPARE(m_ws->items<Measurement>().count(), qint64(0));
    QVERIFY(Repository<Measurement>(m_ws->file().database()).loadAll().empty());
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Indicator>().size(), 1);
    QCOMPARE(m_ws->items<Measurement>().of(id).size(), size_t(4));
    QCOMPARE(Repository<Measurement>(m_ws->file().database()).loadAll().size(), size_t(4));
    QCOMPARE(Repository<Target>(m_ws->file().database()).loadAll().size(), size_t(1));
    QVERIFY(m_ws->file().integrityProblems().isEmpty());
}

void TestIndicatorEdits::deleteAgencyClearsIndicatorOwner()
{
    Agency a;
    a.name = QStringLiteral("Fenholt Adult Social Care");
    QVERIFY(m_ws->add(a));
    const qint64 agencyId = m_ws->items<Agency>().at(0).id;
    const qint64 id = addIndicator(QStringLiteral("SAB-01"));
    Indicator owned = *m_ws->items<Indicator>().find(id);
    owned.ownerAgencyId = agencyId;
    QVERIFY(m_ws->update(owned));
    const Dependents deps = m_ws->dependents<Agency>(agencyId);
    QCOMPARE(deps.count<Indicator>(), qint64(1));
    QVERIFY(deps.describe().contains(QStringLiteral("1 indicators")) ||
            deps.describe().contains(QStringLiteral("indicator")));
    QVERIFY(m_ws->remove<Agency>(agencyId));
    QCOMPARE(m_ws->items<Indicator>().find(id)->ownerAgencyId, qint64(0));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Indicator>().find(id)->ownerAgencyId, agencyId);
}

void TestIndicatorEdits::statusFollowsEdits()
{
    const qint64 id = addIndicator(QStringLiteral("SAB-01"));
    const Period q1 = Period::quarter(2026, 1);
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(
        {id, q1.key(), 70, std::nullopt, std::nullopt, QString(), DataQuality::Validated}));
    const Indicator &ind = *m_ws->items<Indicator>().find(id);
    QCOMPARE(evaluateStatus(indicatorHistory(*m_ws, ind), q1).rag.rag, Rag::Red); // 70/80 = 87.5%
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(
        {id, q1.key(), 77, std::nullopt, std::nullopt, QString(), DataQuality::Validated}));
    QCOMPARE(evaluateStatus(indicatorHistory(*m_ws, ind), q1).rag.rag, Rag::Green); // 96.25%
    m_ws->undoStack()->undo();
    QCOMPARE(evaluateStatus(indicatorHistory(*m_ws, ind), q1).rag.rag, Rag::Red);
}

void TestIndicatorEdits::spcSettingsRebaseAndUndo()
{
    const qint64 id = addIndicator(QStringLiteral("SAB-01"));
    // 16 quarters: 8 near 60, then 8 near 80 after a new service began in 2025/26 Q1.
    const double values[] = {60, 62, 59, 61, 60, 58, 61, 60, 80, 79, 82, 81, 80, 78, 81, 80};
    int q = 0;
    for (double v : values) {
        const Period p =
            *Period::parse(QStringLiteral("%1/%2 Q%3").arg(2023 + q / 4).arg((24 + q / 4) % 100).arg(q % 4 + 1));
        Measurement m;
        m.indicatorId = id;
        m.periodKey = p.key();
        m.value = v;
        QVERIFY(IndicatorEdits(*m_ws).setMeasurement(m));
        ++q;
    }
    const auto segments = [this, id] {
        return evaluateHistory(indicatorHistory(*m_ws, *m_ws->items<Indicator>().find(id))).spc.segments;
    };
    QCOMPARE(segments().size(), size_t(1));
    const auto rows = [this] { return Repository<IndicatorSpcSettings>(m_ws->file().database()).loadAll(); };
    QVERIFY(rows().empty());

    IndicatorSpcSettings s = spcSettingsOf(*m_ws, id);
    QVERIFY(s.isDefault());
    s.rebasePeriods = {Period::parse(QStringLiteral("2025/26 Q1"))->key()};
    s.runLength = 6;
    QVERIFY(IndicatorEdits(*m_ws).setSpcSettings(s));
    QCOMPARE(segments().size(), size_t(2));
    QCOMPARE(segments().back().first, 8);
    QCOMPARE(segments().back().mean, 80.125);
    QCOMPARE(rows().size(), size_t(1));
    QCOMPARE(rows().front(), s);

    // Back to the defaults leaves no row; undo brings the rebase back, and undo again removes it.
    IndicatorSpcSettings defaults;
    defaults.indicatorId = id;
    QVERIFY(IndicatorEdits(*m_ws).setSpcSettings(defaults));
    QVERIFY(rows().empty());
    m_ws->undoStack()->undo();
    QCOMPARE(rows().front(), s);
    m_ws->undoStack()->undo();
    QVERIFY(rows().empty());
    QCOMPARE(segments().size(), size_t(1));

    IndicatorSpcSettings bad = s;
    bad.runLength = 9;
    QString error;
    QVERIFY(!IndicatorEdits(*m_ws).setSpcSettings(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("6 or 7")), qPrintable(error));
}

void TestIndicatorEdits::thresholdVersionsAndUndo()
{
    const qint64 id = addIndicator(QStringLiteral("SAB-02"));
    for (const char *label : {"2025/26 Q4", "2026/27 Q1"}) {
        Measurement m;
        m.indicatorId = id;
        m.periodKey = Period::parse(QString::fromLatin1(label))->key();
        m.value = 74; // 74 / 80 = 92.5%: amber by the board's default rule
        QVERIFY(IndicatorEdits(*m_ws).setMeasurement(m));
    }
    const auto ragOf = [this, id](const char *label) {
        for (const HistoryPoint &p :
             evaluateHistory(indicatorHistory(*m_ws, *m_ws->items<Indicator>().find(id))).points)
            if (p.period.label() == QString::fromLatin1(label))
                return p.rag.rag;
        return Rag::NoData;
    };
    QCOMPARE(ragOf("2026/27 Q1"), Rag::Amber);
    // From 1 April 2026 this indicator is green at 90%: this year's quarter turns green, last
    // year's stays amber (history is never re-rated).
    StoredThresholds override;
    override.indicatorId = id;
    override.version.effectiveFrom = QDate(2026, 4, 1);
    override.version.thresholds.greenAt = 0.90;
    override.version.thresholds.amberAt = 0.80;
    QString error;
    QVERIFY2(IndicatorEdits(*m_ws).saveThresholds(override, &error), qPrintable(error));
    QCOMPARE(ragOf("2026/27 Q1"), Rag::Green);
    QCOMPARE(ragOf("2025/26 Q4"), Rag::Amber);
    m_ws->undoStack()->undo();
    QCOMPARE(ragOf("2026/27 Q1"), Rag::Amber);
    m_ws->undoStack()->redo();
    QCOMPARE(ragOf("2026/27 Q1"), Rag::Green);
    // An amber line above the green one is refused with the reason.
    StoredThresholds stored = m_ws->items<StoredThresholds>().items().back();
    stored.version.thresholds.amberAt = 0.95;
    QVERIFY(!IndicatorEdits(*m_ws).saveThresholds(stored, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_ws->remove<StoredThresholds>(stored.id, &error));
    QCOMPARE(ragOf("2026/27 Q1"), Rag::Amber);
}

QTEST_GUILESS_MAIN(TestIndicatorEdits)
#include "tst_indicatoredits.moc"

// An import's new measurements, targets and benchmarks go into the file many rows to a statement:
// every row arrives whole, whatever the mix and however many, and the history lists them in the
// order of the change set.
void TestIndicatorEdits::bulkInsertsKeepEveryRowAndItsOrder()
{
    const qint64 a = addIndicator(QStringLiteral("SAB-01"));
    const qint64 b = addIndicator(QStringLiteral("SAB-02"));
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(
        {a, Period::quarter(2020, 1).key(), 50, std::nullopt, std::nullopt, QString(), DataQuality::Validated}));
    const qint64 seen = m_ws->historyEntries().back().id;
    ChangeSet changes;
    std::vector<std::pair<QString, QString>> order; // table and period, as the set makes them
    std::vector<Measurement> measurements;
    std::vector<Target> targets;
    for (int q = 0; q < 75; ++q) { // two statements of 32 and eleven rows one by one, for each indicator
        const QString key = Period::quarter(2000 + q / 4, 1 + q % 4).key();
        for (const qint64 id : {a, b}) {
            measurements.push_back({id, key, 40.0 + q, q % 3 == 0 ? std::optional<double>(q) : std::nullopt,
                                    q % 3 == 0 ? std::optional<double>(100) : std::nullopt,
                                    q % 5 == 0 ? QStringLiteral("Recounted, \"late\" return %1").arg(q) : QString(),
                                    q % 2 ? DataQuality::Estimated : DataQuality::Validated});
            changes.insert(measurements.back());
            order.emplace_back(QStringLiteral("measurement"), key);
        }
        if (q % 10 == 0) {
            targets.push_back({a, key, 80.0 + q});
            changes.insert(targets.back());
            order.emplace_back(QStringLiteral("indicator_target"), key);
        }
        if (q == 40) { // an update between two runs of inserts
            const Measurement old = *m_ws->items<Measurement>().find(a, Period::quarter(2020, 1).key());
            Measurement now = old;
            now.value = 51;
            changes.update(old, now);
            order.emplace_back(QStringLiteral("measurement"), old.periodKey);
        }
    }
    changes.insert(Benchmark{b, Period::quarter(2001, 1).key(), 21.5, std::nullopt, 19});
    order.emplace_back(QStringLiteral("benchmark"), Period::quarter(2001, 1).key());
    QString error;
    QVERIFY2(m_ws->execute(QStringLiteral("Import"), std::move(changes), &error), qPrintable(error));

    const auto stored = [this] { return Repository<Measurement>(m_ws->file().database()).loadAll(); };
    std::vector<Measurement> expected = measurements;
    expected.push_back(
        {a, Period::quarter(2020, 1).key(), 51, std::nullopt, std::nullopt, QString(), DataQuality::Validated});
    const auto byKey = [](const auto &x, const auto &y) {
        return std::tie(x.indicatorId, x.periodKey) < std::tie(y.indicatorId, y.periodKey);
    };
    std::sort(expected.begin(), expected.end(), byKey);
    QCOMPARE(stored(), expected);
    std::vector<Target> storedTargets = Repository<Target>(m_ws->file().database()).loadAll();
    QCOMPARE(storedTargets, targets);
    QCOMPARE(Repository<Benchmark>(m_ws->file().database()).loadAll().size(), size_t(1));
    QCOMPARE(*m_ws->items<Measurement>().find(b, Period::quarter(2018, 3).key()), measurements[2 * 74 + 1]);

    const auto entries = m_ws->historyEntries(seen);
    QCOMPARE(entries.size(), order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        QCOMPARE(entries[i].table, order[i].first);
        QCOMPARE(
            QJsonDocument::fromJson(entries[i].key.toUtf8()).object().value(QStringLiteral("period_key")).toString(),
            order[i].second);
    }
    QVERIFY(HistoryLog::verify(m_ws->file().handle()).isEmpty());

    m_ws->undoStack()->undo();
    QCOMPARE(stored().size(), size_t(1));
    QVERIFY(Repository<Target>(m_ws->file().database()).loadAll().empty());
    m_ws->undoStack()->redo();
    QCOMPARE(stored(), expected);
}

// A bulk insert that SQLite refuses part way (a row that is already stored) writes none of it.
void TestIndicatorEdits::aRefusedBulkInsertLeavesTheFileAsItWas()
{
    const qint64 a = addIndicator(QStringLiteral("SAB-01"));
    const Measurement stored{a,         Period::quarter(2010, 2).key(), 60, std::nullopt, std::nullopt,
                             QString(), DataQuality::Validated};
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(stored));
    const auto before = m_ws->historyEntries();
    ChangeSet changes;
    for (int q = 0; q < 64; ++q) { // two statements of 32 rows
        Measurement m = stored;
        m.periodKey = Period::quarter(1990 + q / 4, 1 + q % 4).key();
        m.value = q;
        if (q == 40) // in the second statement, after the first went in
            m.periodKey = stored.periodKey;
        changes.insert(m);
    }
    QString error;
    QVERIFY(!m_ws->execute(QStringLiteral("Import"), std::move(changes), &error));
    QVERIFY(!error.isEmpty());
    const auto rows = Repository<Measurement>(m_ws->file().database()).loadAll();
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows.front(), stored);
    QCOMPARE(m_ws->historyEntries().size(), before.size());
    QCOMPARE(m_ws->items<Measurement>().count(), qint64(1));
}
