// The board pack's "Complaints and compliments" section, read back from the PDF: its heading, the
// year's and quarter's counts as the workspace works them out to the report's period, the
// learning with its actions, and the heading alone (with what the user wrote) once the board keeps
// no entries for the year.
#include "core/valueformat.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/complaintyear.h"

#include <QRegularExpression>
#include <QTest>

using namespace assure;
using namespace assure::test;

class TestComplaintReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardPackHasTheSection();
    void leftOutWithoutEntries();

private:
    QString writePack(const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

QString TestComplaintReport::writePack(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error))
        qWarning() << "not written:" << error;
    return path;
}

void TestComplaintReport::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

void TestComplaintReport::boardPackHasTheSection()
{
    const QString pdf = writePack(QStringLiteral("pack.pdf"));
    const QString text = pdfText(pdf).simplified();
    for (const char *heading :
         {"Complaints and compliments", "By agency", "By theme", "Learning and the actions that followed"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    // The year to the end of Q2, as the workspace counts it.
    const ComplaintYear y = complaintYear(*m_ws, 2026, QDate(2026, 9, 30));
    const ValueFormat format;
    const QString sentence =
        QStringLiteral("In 2026/27 to %7 the agencies received %1 complaints, %2 compliments and %3 comments; "
                       "%4 of the answers came within the target of 20 working days. In 2026/27 Q2: %5 received, %6 "
                       "answered in time.")
            .arg(y.total.byKind.value(ComplaintKind::Complaint))
            .arg(y.total.byKind.value(ComplaintKind::Compliment))
            .arg(y.total.byKind.value(ComplaintKind::Comment))
            .arg(format.fractionAsPercent(*y.total.inTimeFraction()))
            .arg(y.byQuarter[1].received)
            .arg(format.fractionAsPercent(*y.byQuarter[1].inTimeFraction()))
            .arg(format.date(QDate(2026, 9, 30)));
    QVERIFY2(text.contains(sentence), qPrintable(sentence + QStringLiteral("\n") +
                                                 text.mid(text.indexOf(QStringLiteral("In 2026/27 to")), 300)));
    // The Received row: each quarter received, then the year.
    const QString layout =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    const QRegularExpression received(QStringLiteral("^Received\\s+%1\\s+%2\\s+0\\s+0\\s+%3\\s*$")
                                          .arg(y.byQuarter[0].received)
                                          .arg(y.byQuarter[1].received)
                                          .arg(y.total.received),
                                      QRegularExpression::MultilineOption);
    QVERIFY2(received.match(layout).hasMatch(), qPrintable(received.pattern()));
    // Each learning of the year is there, with the action that followed.
    QVERIFY(!y.learning.isEmpty());
    for (const ComplaintLearning &l : y.learning) {
        QVERIFY2(text.contains(l.reference), qPrintable(l.reference));
        QVERIFY(!l.actions.isEmpty());
    }
    QVERIFY(text.contains(QStringLiteral("Domestic abuse champions in every school")));
}

void TestComplaintReport::leftOutWithoutEntries()
{
    std::vector<qint64> ids;
    for (const Complaint &c : m_ws->items<Complaint>())
        ids.push_back(c.id);
    for (qint64 id : ids) {
        QString error;
        QVERIFY2(m_ws->remove<Complaint>(id, &error), qPrintable(error));
    }
    const QString text = pdfText(writePack(QStringLiteral("none.pdf"))).simplified();
    QVERIFY(!text.contains(QStringLiteral("Complaints and compliments")));
    QVERIFY(text.contains(QStringLiteral("Board effectiveness survey")));
    for (size_t i = 0; i < ids.size(); ++i)
        m_ws->undoStack()->undo();
    QCOMPARE(int(m_ws->items<Complaint>().size()), 96);
}

QTEST_MAIN(TestComplaintReport)
#include "tst_complaintreport.moc"
