// The board pack's "What we heard" section, read back from the PDF: the year's counts by voice and
// by how heard as worked by hand for the demo's 2026/27, "you said, we did" with the entries acted
// on first, and the heading with its line alone once the log is empty.
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/voices/feedbackkinds.h"

#include <QTest>

using namespace assure;
using namespace assure::test;

class TestFeedbackReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardPackSaysWhatWasHeard();
    void sectionLeftOutWithoutFeedback();

private:
    QString writePack(const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

QString TestFeedbackReport::writePack(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error))
        qWarning() << "not written:" << error;
    return path;
}

void TestFeedbackReport::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    // The demo dated as the CLI tests date it, so that its year's entries are the hand-worked ones
    // whatever day the test runs.
    DemoOptions options;
    options.asOf = QDate(2026, 11, 22);
    const QString path = m_dir.filePath(QStringLiteral("demo.assure"));
    QString error;
    QVERIFY2(writeDemoBoard(path, options, &error), qPrintable(error));
    OpenResult r;
    m_ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

void TestFeedbackReport::boardPackSaysWhatWasHeard()
{
    const QString text = pdfText(writePack(QStringLiteral("pack.pdf"))).simplified();
    // By hand: the demo's eight newest entries fall in 2026/27 (one a month back from 21/11/2026);
    // three children's, two parents', two practitioners', one partner's; five have actions.
    QVERIFY2(text.contains(QStringLiteral("In 2026/27 the board heard 8 pieces of feedback from children and young "
                                          "people, parents and carers, practitioners and partners; 5 led to action.")),
             qPrintable(text));
    for (const char *line : {"Child or young person 3 (37.5%)", "Parent or carer 2 (25%)", "Practitioner 2 (25%)",
                             "Partner agency 1 (12.5%)", "Case audit conversation 1 (12.5%)"})
        QVERIFY2(text.contains(QString::fromUtf8(line)), line);
    // A voice nobody spoke with is not listed as a zero.
    const qsizetype voices = text.indexOf(QStringLiteral("Whose voice"));
    const qsizetype methods = text.indexOf(QStringLiteral("How it was heard"));
    QVERIFY(voices >= 0 && methods > voices);
    QVERIFY(!text.mid(voices, methods - voices).contains(QStringLiteral("Other")));
    // What the board did comes before what it has not acted on yet.
    const qsizetype youSaid = text.indexOf(QStringLiteral("You said, we did"));
    const qsizetype acted = text.indexOf(QStringLiteral("A leaflet on child protection enquiries"), youSaid);
    const qsizetype notYet = text.indexOf(QStringLiteral("No action yet"), youSaid);
    QVERIFY(youSaid >= 0 && acted > youSaid && notYet > acted);
    // An action with its status (the cell wraps, so its lines are read apart).
    QVERIFY(text.contains(QStringLiteral("Return home interviews")));
    QVERIFY(text.contains(QStringLiteral("72 hours (In progress)")));
}

void TestFeedbackReport::sectionLeftOutWithoutFeedback()
{
    std::vector<qint64> ids;
    for (const Feedback &f : m_ws->items<Feedback>())
        ids.push_back(f.id);
    for (qint64 id : ids) {
        QString error;
        QVERIFY2(m_ws->remove<Feedback>(id, &error), qPrintable(error));
    }
    const QString text = pdfText(writePack(QStringLiteral("nofeedback.pdf"))).simplified();
    QVERIFY(!text.contains(QStringLiteral("What we heard")));
    QVERIFY(!text.contains(QStringLiteral("You said, we did")));
    for (size_t i = 0; i < ids.size(); ++i)
        m_ws->undoStack()->undo();
    QCOMPARE(int(m_ws->items<Feedback>().size()), 24);
}

QTEST_MAIN(TestFeedbackReport)
#include "tst_feedbackreport.moc"
