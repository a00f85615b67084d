// The anonymisation guard over an open board: an acceptance is recorded with its save as one undo
// step (undo takes both back), a new row's acceptance takes the row's id, an accepted hit is not
// raised again while others are, a failed save leaves no step, a reason is required, and the
// whole-board scan leaves accepted hits out and can be stopped.
#include "storage/repository.h"
#include "workspace/actions/actionedits.h"
#include "workspace/privacy/privacyedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace assure;

namespace {

const QString kNhs = QStringLiteral("943 476 5919"); // passes the modulus 11 check

PrivacyAcceptance acceptance(const PrivacyPlace &place, PrivacyKind kind, const QString &matched, const QString &reason)
{
    PrivacyAcceptance a;
    a.place = place;
    a.kind = kind;
    a.matched = matched;
    a.reason = reason;
    return a;
}

} // namespace

class TestPrivacyEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void acceptanceIsOneUndoStepWithTheSave();
    void newRowTakesItsId();
    void acceptedHitIsNotRaisedAgain();
    void failedSaveLeavesNoStep();
    void reasonIsRequired();
    void boardScanLeavesAcceptedOutAndStops();

private:
    size_t acceptancesOnDisk() const { return Repository<PrivacyAcceptance>(m_ws->file().database()).loadAll().size(); }
    PrivacyPlace descriptionOf(qint64 id) const
    {
        return {QStringLiteral("action"), id, {}, QStringLiteral("description")};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_action = 0;
};

void TestPrivacyEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("privacy.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    Action a;
    a.title = QStringLiteral("Refresh the neglect toolkit");
    QVERIFY(ActionEdits(*m_ws).add(a, QDate(2026, 11, 16), nullptr, &m_action));
    m_ws->undoStack()->clear();
}

void TestPrivacyEdits::acceptanceIsOneUndoStepWithTheSave()
{
    Action after = *m_ws->items<Action>().find(m_action);
    after.description = QStringLiteral("Quote the published review, which names NHS number %1.").arg(kNhs);
    PrivacyEdits edits(*m_ws);
    QCOMPARE(edits.unaccepted(descriptionOf(m_action), after.description).size(), 1);
    QString error;
    const bool saved = edits.saveWith(
        {acceptance(descriptionOf(m_action), PrivacyKind::NhsNumber, kNhs, QStringLiteral("Published by the court"))},
        [&](QString *e, qint64 *) { return m_ws->update(after, e); }, &error);
    QVERIFY2(saved, qPrintable(error));

    QUndoStack *stack = m_ws->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), KindTraits<Action>::editText(*m_ws, after)); // named after the save
    QCOMPARE(acceptancesOnDisk(), size_t(1));
    const PrivacyAcceptance &stored = m_ws->items<PrivacyAcceptance>().at(0);
    QCOMPARE(stored.reason, QStringLiteral("Published by the court"));
    QCOMPARE(stored.acceptedOn, QDate::currentDate());
    QVERIFY(!stored.acceptedBy.isEmpty());

    stack->undo();
    QVERIFY(m_ws->items<Action>().find(m_action)->description.isEmpty());
    QCOMPARE(acceptancesOnDisk(), size_t(0));
    QCOMPARE(m_ws->items<PrivacyAcceptance>().size(), 0);
    stack->redo();
    QCOMPARE(m_ws->items<Action>().find(m_action)->description, after.description);
    QCOMPARE(acceptancesOnDisk(), size_t(1));
}

void TestPrivacyEdits::newRowTakesItsId()
{
    Action a;
    a.title = QStringLiteral("Write to Mrs Hartley-Owen about the plan");
    const PrivacyPlace unsaved{QStringLiteral("action"), 0, {}, QStringLiteral("title")};
    qint64 id = 0;
    QString error;
    QVERIFY2(PrivacyEdits(*m_ws).saveWith(
                 {acceptance(unsaved, PrivacyKind::TitledName, QStringLiteral("Mrs Hartley-Owen"),
                             QStringLiteral("She chairs the board; not a case"))},
                 [&](QString *e, qint64 *newId) {
                     const bool ok = ActionEdits(*m_ws).add(a, QDate(2026, 11, 16), e, &id);
                     *newId = id;
                     return ok;
                 },
                 &error),
             qPrintable(error));
    QVERIFY(id > m_action);
    QCOMPARE(m_ws->items<PrivacyAcceptance>().at(0).place.id, id);
    QVERIFY(
        PrivacyEdits(*m_ws).unaccepted({QStringLiteral("action"), id, {}, QStringLiteral("title")}, a.title).isEmpty());
}

void TestPrivacyEdits::acceptedHitIsNotRaisedAgain()
{
    PrivacyEdits edits(*m_ws);
    QVERIFY(
        edits.accept({acceptance(descriptionOf(m_action), PrivacyKind::NhsNumber, kNhs, QStringLiteral("Published"))}));
    QCOMPARE(m_ws->undoStack()->count(), 1);
    const QString text = QStringLiteral("NHS number %1; call 020 7946 0018").arg(kNhs);
    const QList<PrivacyHit> left = edits.unaccepted(descriptionOf(m_action), text);
    QCOMPARE(left.size(), 1); // the phone number, never accepted
    QCOMPARE(left.at(0).kind, PrivacyKind::Phone);
    // The same number in another field, or another action, is raised.
    QCOMPARE(edits.unaccepted({QStringLiteral("action"), m_action, {}, QStringLiteral("evidence")}, text).size(), 2);
    QCOMPARE(edits.unaccepted(descriptionOf(m_action + 1), text).size(), 2);
}

void TestPrivacyEdits::failedSaveLeavesNoStep()
{
    QString error;
    const bool saved = PrivacyEdits(*m_ws).saveWith(
        {acceptance(descriptionOf(m_action), PrivacyKind::NhsNumber, kNhs, QStringLiteral("Published"))},
        [](QString *e, qint64 *) {
            *e = QStringLiteral("The write failed.");
            return false;
        },
        &error);
    QVERIFY(!saved);
    QCOMPARE(error, QStringLiteral("The write failed."));
    QCOMPARE(m_ws->undoStack()->count(), 0);
    QVERIFY(m_ws->undoStack()->isClean());
    QCOMPARE(acceptancesOnDisk(), size_t(0));
}

void TestPrivacyEdits::reasonIsRequired()
{
    bool saveRan = false;
    QString error;
    QVERIFY(!PrivacyEdits(*m_ws).saveWith(
        {acceptance(descriptionOf(m_action), PrivacyKind::NhsNumber, kNhs, QStringLiteral("  "))},
        [&](QString *, qint64 *) { return saveRan = true; }, &error));
    QVERIFY(!saveRan);
    QVERIFY2(error.contains(QStringLiteral("reason is required")), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->count(), 0);
}

void TestPrivacyEdits::boardScanLeavesAcceptedOutAndStops()
{
    Action a = *m_ws->items<Action>().find(m_action);
    a.description = QStringLiteral("NHS number %1").arg(kNhs);
    a.evidence = QStringLiteral("Letters to jo.bloggs@example.org");
    QVERIFY(m_ws->update(a));
    PrivacyEdits edits(*m_ws);
    QList<PrivacyFinding> found;
    QVERIFY(edits.scanBoard([&](const PrivacyFinding &f) {
        found << f;
        return true;
    }));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).place.field, QStringLiteral("description"));
    QCOMPARE(found.at(0).place.id, m_action);
    QCOMPARE(found.at(1).hits.at(0).kind, PrivacyKind::Email);

    QVERIFY(
        edits.accept({acceptance(descriptionOf(m_action), PrivacyKind::NhsNumber, kNhs, QStringLiteral("Published"))}));
    found.clear();
    QVERIFY(edits.scanBoard([&](const PrivacyFinding &f) {
        found << f;
        return true;
    }));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).place.field, QStringLiteral("evidence"));

    QString error;
    QVERIFY(!edits.scanBoard([](const PrivacyFinding &) { return false; }, &error));
    QVERIFY(error.isEmpty()); // stopped, not failed
}

QTEST_GUILESS_MAIN(TestPrivacyEdits)
#include "tst_privacyedits.moc"
