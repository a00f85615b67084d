// The feedback log in the workspace: an entry saved with its themes and actions as one undo step,
// relinked on save, refused with the field named, the default themes of a new board, a theme's
// name taken once, and deleting an action or a theme taking only the link.
#include "core/valueformat.h"
#include "storage/repository.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/voices/feedbackedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestFeedbackEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void defaultThemes();
    void addedWithLinksAsOneStep();
    void savedAndRelinked();
    void refusedWithTheField();
    void themeNameTakenOnce();
    void deletesTakeOnlyTheLink();

private:
    qint64 addAction(const QString &ref);
    qint64 theme(const char *name) const;
    Feedback sound() const;
    template <class T> size_t onDisk() const { return Repository<T>(m_ws->file().database()).loadAll().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_agency = 0;
};

void TestFeedbackEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("feedback.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    Agency a;
    a.name = QStringLiteral("Fenholt Council");
    QVERIFY(m_ws->add(a));
    m_agency = m_ws->items<Agency>().at(0).id;
}

qint64 TestFeedbackEdits::addAction(const QString &ref)
{
    Action a;
    a.ref = ref;
    a.title = QStringLiteral("Name one worker for each family");
    a.ownerAgencyId = m_agency;
    a.start = QDate(2026, 7, 1);
    a.due = QDate(2026, 12, 18);
    if (!m_ws->add(a))
        return 0;
    return m_ws->items<Action>().at(m_ws->items<Action>().size() - 1).id;
}

qint64 TestFeedbackEdits::theme(const char *name) const
{
    for (const FeedbackTheme &t : m_ws->items<FeedbackTheme>())
        if (t.name == QLatin1String(name))
            return t.id;
    return 0;
}

Feedback TestFeedbackEdits::sound() const
{
    Feedback f;
    f.date = QDate(2026, 9, 4);
    f.voice = FeedbackVoice::ParentOrCarer;
    f.method = FeedbackMethod::FocusGroup;
    f.agencyId = m_agency;
    f.summary = QStringLiteral("  Parents did not know who their worker was. ");
    return f;
}

void TestFeedbackEdits::defaultThemes()
{
    QCOMPARE(m_ws->items<FeedbackTheme>().size(), size_t(10));
    QVERIFY(theme("Being listened to") != 0);
    QVERIFY(theme("Consistency of worker") != 0);
}

void TestFeedbackEdits::addedWithLinksAsOneStep()
{
    const qint64 action = addAction(QStringLiteral("A-2026-001"));
    QVERIFY(action != 0);
    const int steps = m_ws->undoStack()->count();
    FeedbackLinks links{{theme("Timeliness"), theme("Being kept informed")}, {action}};
    qint64 id = 0;
    QString error;
    QVERIFY2(FeedbackEdits(*m_ws).add(sound(), links, &error, &id), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    // Named by its date and voice, never its summary.
    QCOMPARE(m_ws->undoStack()->undoText(),
             QStringLiteral("Add feedback of %1, Parent or carer").arg(ValueFormat().date(QDate(2026, 9, 4))));
    QCOMPARE(m_ws->items<Feedback>().find(id)->summary, QStringLiteral("Parents did not know who their worker was."));
    QCOMPARE(FeedbackEdits(*m_ws).linksOf(id).themeIds, links.themeIds);
    QCOMPARE(FeedbackEdits(*m_ws).linksOf(id).actionIds, links.actionIds);
    QCOMPARE(onDisk<FeedbackThemeLink>(), size_t(2));
    QCOMPARE(onDisk<FeedbackAction>(), size_t(1));

    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Feedback>().size(), size_t(0));
    QCOMPARE(onDisk<Feedback>(), size_t(0));
    QCOMPARE(onDisk<FeedbackThemeLink>(), size_t(0));
    QCOMPARE(onDisk<FeedbackAction>(), size_t(0));
    m_ws->undoStack()->redo();
    QCOMPARE(FeedbackEdits(*m_ws).linksOf(id).themeIds, links.themeIds);
    QCOMPARE(onDisk<FeedbackAction>(), size_t(1));
}

void TestFeedbackEdits::savedAndRelinked()
{
    const qint64 first = addAction(QStringLiteral("A-2026-001"));
    const qint64 second = addAction(QStringLiteral("A-2026-002"));
    qint64 id = 0;
    QVERIFY(FeedbackEdits(*m_ws).add(sound(), {{theme("Timeliness")}, {first}}, nullptr, &id));
    Feedback changed = *m_ws->items<Feedback>().find(id);
    changed.whatChanged = QStringLiteral("Every family is told their worker's name at the first visit.");
    const int steps = m_ws->undoStack()->count();
    QVERIFY(FeedbackEdits(*m_ws).save(changed, {{theme("Feeling safe")}, {second, first}}));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    const FeedbackLinks now = FeedbackEdits(*m_ws).linksOf(id);
    QCOMPARE(now.themeIds, QList<qint64>{theme("Feeling safe")});
    QCOMPARE(QSet<qint64>(now.actionIds.begin(), now.actionIds.end()), (QSet<qint64>{first, second}));
    QCOMPARE(m_ws->items<Feedback>().find(id)->whatChanged, changed.whatChanged);
    // Saving what is stored is no step at all.
    QVERIFY(FeedbackEdits(*m_ws).save(changed, now));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    m_ws->undoStack()->undo();
    QCOMPARE(FeedbackEdits(*m_ws).linksOf(id).themeIds, QList<qint64>{theme("Timeliness")});
    QCOMPARE(FeedbackEdits(*m_ws).linksOf(id).actionIds, QList<qint64>{first});
    QVERIFY(m_ws->items<Feedback>().find(id)->whatChanged.isEmpty());
}

void TestFeedbackEdits::refusedWithTheField()
{
    Feedback f = sound();
    f.summary = QStringLiteral("  ");
    QString error;
    QVERIFY(!FeedbackEdits(*m_ws).add(f, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("Summary:")), qPrintable(error));
    f = sound();
    f.agencyId = 999;
    QVERIFY(!FeedbackEdits(*m_ws).add(f, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Agency:")), qPrintable(error));
    QVERIFY(!FeedbackEdits(*m_ws).add(sound(), {{}, {4242}}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Actions:")), qPrintable(error));
    QCOMPARE(onDisk<Feedback>(), size_t(0));
}

void TestFeedbackEdits::themeNameTakenOnce()
{
    FeedbackTheme t;
    t.name = QStringLiteral("  timeliness ");
    QString error;
    QVERIFY(!m_ws->add(t, &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    t.name = QStringLiteral("Voice of the child in plans");
    QVERIFY(m_ws->add(t, &error));
    QCOMPARE(m_ws->items<FeedbackTheme>().size(), size_t(11));
}

void TestFeedbackEdits::deletesTakeOnlyTheLink()
{
    const qint64 action = addAction(QStringLiteral("A-2026-001"));
    qint64 id = 0;
    QVERIFY(FeedbackEdits(*m_ws).add(sound(), {{theme("Timeliness")}, {action}}, nullptr, &id));
    QVERIFY(m_ws->remove<Action>(action));
    QVERIFY(m_ws->remove<FeedbackTheme>(theme("Timeliness")));
    QVERIFY(m_ws->items<Feedback>().find(id));
    QCOMPARE(onDisk<FeedbackAction>(), size_t(0));
    QCOMPARE(onDisk<FeedbackThemeLink>(), size_t(0));
    // Deleting the agency keeps the entry without one.
    QVERIFY(m_ws->remove<Agency>(m_agency));
    QCOMPARE(m_ws->items<Feedback>().find(id)->agencyId, qint64(0));
}

QTEST_GUILESS_MAIN(TestFeedbackEdits)
#include "tst_feedbackedits.moc"
