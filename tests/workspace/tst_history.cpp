// The change history as a user meets it: each edit, its undo and its redo are on the record with old and new values.
#include "storage/history/historylog.h"
#include "testsupport/demoworkspace.h"
#include "workspace/demo/demoboard.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace assure;

namespace {

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoStartsTheChain();
    void editUndoRedoAreRecorded();
    void measurementKeyedByIndicatorAndPeriod();
    void bulkChangeIsOneOperation();
    void failedWriteRecordsNothing();
    void deleteRecordsEveryColumn();
    void recordingCanBeSwitchedOffForMeasuring();

private:
    std::vector<HistoryEntry> newEntries();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_seen = 0;
};

void TestHistory::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    test::openDemoWorkspace(*m_dir, &m_ws);
    if (QTest::currentTestFailed())
        return;
    m_seen = 0;
    m_seen = qint64(newEntries().size());
}

// Entries recorded since the last call.
std::vector<HistoryEntry> TestHistory::newEntries()
{
    QString error;
    auto entries = m_ws->historyEntries(m_seen, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    if (!entries.empty())
        m_seen = entries.back().id;
    return entries;
}

void TestHistory::demoStartsTheChain()
{
    const auto all = m_ws->historyEntries();
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all.front().kind, QStringLiteral("start"));
    QCOMPARE(json(all.front().newValues).value(QStringLiteral("agency")).toInt(), 20);
    QVERIFY(HistoryLog::verify(m_ws->file().handle()).isEmpty());
}

void TestHistory::editUndoRedoAreRecorded()
{
    Agency agency = m_ws->items<Agency>().items().front();
    const QString oldName = agency.name;
    agency.name = QStringLiteral("Westmere Constabulary");
    QSignalSpy recorded(m_ws->notifier(), &Notifier::historyRecorded);
    QVERIFY(m_ws->update(agency));
    QCOMPARE(recorded.count(), 1);

    const auto edit = newEntries();
    QCOMPARE(edit.size(), size_t(1));
    const HistoryEntry &e = edit.front();
    QCOMPARE(e.kind, QStringLiteral("edit"));
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.table, QStringLiteral("agency"));
    QCOMPARE(json(e.key).value(QStringLiteral("id")).toInteger(), agency.id);
    // Only the changed column, before and after.
    QCOMPARE(json(e.oldValues), QJsonObject({{QStringLiteral("name"), oldName}}));
    QCOMPARE(json(e.newValues), QJsonObject({{QStringLiteral("name"), agency.name}}));
    QCOMPARE(e.label, m_ws->undoStack()->undoText());
    QCOMPARE(e.user, HistoryActor::current().user);
    QCOMPARE(e.machine, HistoryActor::current().machine);
    QVERIFY(!e.user.isEmpty());
    QVERIFY(qAbs(e.time().secsTo(QDateTime::currentDateTimeUtc())) < 60);

    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Agency>().find(agency.id)->name, oldName);
    const auto undo = newEntries();
    QCOMPARE(undo.size(), size_t(1));
    QCOMPARE(undo.front().kind, QStringLiteral("undo"));
    QCOMPARE(undo.front().refersTo, e.operation);
    QCOMPARE(json(undo.front().oldValues), QJsonObject({{QStringLiteral("name"), agency.name}}));
    QCOMPARE(json(undo.front().newValues), QJsonObject({{QStringLiteral("name"), oldName}}));

    m_ws->undoStack()->redo();
    const auto redo = newEntries();
    QCOMPARE(redo.size(), size_t(1));
    QCOMPARE(redo.front().kind, QStringLiteral("redo"));
    QCOMPARE(redo.front().refersTo, e.operation);
    QCOMPARE(json(redo.front().newValues), QJsonObject({{QStringLiteral("name"), agency.name}}));
    QCOMPARE(recorded.count(), 3);
    QVERIFY(HistoryLog::verify(m_ws->file().handle()).isEmpty());
}

void TestHistory::measurementKeyedByIndicatorAndPeriod()
{
    const Indicator &indicator = m_ws->items<Indicator>().items().front();
    const Measurement old = m_ws->items<Measurement>().of(indicator.id).back();
    Measurement m = old;
    m.value = old.value.value_or(0) + 1.5;
    m.commentary = QStringLiteral("Revised after validation");
    QVERIFY(IndicatorEdits(*m_ws).setMeasurement(m));
    const auto entries = newEntries();
    QCOMPARE(entries.size(), size_t(1));
    const HistoryEntry &e = entries.front();
    QCOMPARE(e.table, QStringLiteral("measurement"));
    QCOMPARE(json(e.key).value(QStringLiteral("indicator_id")).toInteger(), indicator.id);
    QCOMPARE(json(e.key).value(QStringLiteral("period_key")).toString(), old.periodKey);
    QCOMPARE(json(e.newValues).value(QStringLiteral("value")).toDouble(), *m.value);
    QCOMPARE(json(e.newValues).value(QStringLiteral("commentary")).toString(), m.commentary);
    QCOMPARE(json(e.oldValues).value(QStringLiteral("commentary")).toString(), old.commentary);
    QVERIFY(!json(e.newValues).contains(QStringLiteral("quality"))); // unchanged
}

void TestHistory::bulkChangeIsOneOperation()
{
    // As an import writes: many rows in one change set, one undo step.
    ChangeSet changes;
    int rows = 0;
    for (const Indicator &i : m_ws->items<Indicator>()) {
        for (const Measurement &old : m_ws->items<Measurement>().of(i.id)) {
            Measurement m = old;
            m.commentary = QStringLiteral("Checked %1").arg(++rows);
            changes.update(old, m);
        }
        if (rows >= 50)
            break;
    }
    QVERIFY(m_ws->execute(QStringLiteral("Import 50 measurements from q3.csv"), std::move(changes), nullptr));
    const auto entries = newEntries();
    QCOMPARE(int(entries.size()), rows);
    for (const HistoryEntry &e : entries) {
        QCOMPARE(e.operation, entries.front().id);
        QCOMPARE(e.label, QStringLiteral("Import 50 measurements from q3.csv"));
        QCOMPARE(e.at, entries.front().at);
    }
    m_ws->undoStack()->undo();
    const auto undo = newEntries();
    QCOMPARE(int(undo.size()), rows);
    QCOMPARE(undo.front().refersTo, entries.front().operation);
    QVERIFY(HistoryLog::verify(m_ws->file().handle()).isEmpty());
}

void TestHistory::failedWriteRecordsNothing()
{
    // An update of a row that is not there fails the whole set: neither row nor entry is kept.
    Agency ghost = m_ws->items<Agency>().items().front();
    Agency renamed = ghost;
    ghost.id = renamed.id = 99999;
    renamed.name = QStringLiteral("Nobody");
    Agency real = m_ws->items<Agency>().items().back();
    Agency realRenamed = real;
    realRenamed.name = QStringLiteral("Renamed first");
    ChangeSet changes;
    changes.update(real, realRenamed);
    changes.update(ghost, renamed);
    QString error;
    QVERIFY(!m_ws->execute(QStringLiteral("Two renames"), std::move(changes), &error));
    QVERIFY(newEntries().empty());
    QCOMPARE(m_ws->items<Agency>().find(real.id)->name, real.name);
    QVERIFY(HistoryLog::verify(m_ws->file().handle()).isEmpty());
}

void TestHistory::deleteRecordsEveryColumn()
{
    // Someone nothing refers to (no sub-group chaired, no action led), so the delete is one row.
    const auto &people = m_ws->items<Person>().items();
    const auto alone = std::find_if(people.begin(), people.end(),
                                    [&](const Person &p) { return m_ws->dependents<Person>(p.id).isEmpty(); });
    QVERIFY(alone != people.end());
    const Person person = *alone;
    QVERIFY(m_ws->remove<Person>(person.id));
    const auto entries = newEntries();
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries.front().action, QStringLiteral("delete"));
    const QJsonObject old = json(entries.front().oldValues);
    QCOMPARE(old.value(QStringLiteral("name")).toString(), person.name);
    QCOMPARE(old.value(QStringLiteral("email")).toString(), person.email);
    QCOMPARE(old.value(QStringLiteral("agency_id")).toInteger(), person.agencyId);
    QCOMPARE(entries.front().newValues, QStringLiteral("{}"));
}

void TestHistory::recordingCanBeSwitchedOffForMeasuring()
{
    m_ws->setRecordingHistory(false);
    Agency agency = m_ws->items<Agency>().items().front();
    agency.name = QStringLiteral("Unrecorded");
    QVERIFY(m_ws->update(agency));
    QVERIFY(newEntries().empty());
    m_ws->setRecordingHistory(true);
    agency.name = QStringLiteral("Recorded");
    QVERIFY(m_ws->update(agency));
    QCOMPARE(newEntries().size(), size_t(1));
    QVERIFY(HistoryLog::verify(m_ws->file().handle()).isEmpty());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
