// The board pack's business plan priorities and risk register sections, read back from the PDF:
// their headings, the counts as the workspace works them out on the report's day, the heat map's
// rows, and a register that is left out once the board keeps no risks.
#include "core/valueformat.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/board/prioritystanding.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/risks/riskstanding.h"

#include <QRegularExpression>
#include <QTest>

using namespace assure;
using namespace assure::test;

class TestRiskReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardPackHasPrioritiesAndRegister();
    void registerLeftOutWithoutRisks();

private:
    QString writePack(const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

QString TestRiskReport::writePack(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error))
        qWarning() << "not written:" << error;
    return path;
}

void TestRiskReport::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

void TestRiskReport::boardPackHasPrioritiesAndRegister()
{
    const QString pdf = writePack(QStringLiteral("pack.pdf"));
    const QString text = pdfText(pdf).simplified();
    for (const char *heading :
         {"Business plan priorities", "Risk register", "Heat map", "The risks, highest score first", "Indicators green",
          "Actions on track", "How progress is judged"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    // The sentences count what the workspace works out on the report's day.
    const RiskStandings standings(*m_ws, reportDay());
    int red = 0, amber = 0, green = 0, overdue = 0;
    for (const Risk &r : m_ws->items<Risk>()) {
        const RiskStanding s = standings.standing(r);
        red += s.rating == RiskRating::Red;
        amber += s.rating == RiskRating::Amber;
        green += s.rating == RiskRating::Green;
        overdue += s.reviewOverdue;
    }
    QCOMPARE(red + amber + green, 12);
    const QString sentence = QStringLiteral("The register holds 12 risks: %1 red, %2 amber and %3 green. As of %4, %5 "
                                            "are past their review date")
                                 .arg(red)
                                 .arg(amber)
                                 .arg(green)
                                 .arg(ValueFormat().date(reportDay()))
                                 .arg(overdue);
    QVERIFY2(text.contains(sentence), qPrintable(sentence));
    const PriorityStandings priorities(*m_ws, priorityPeriod(2026, reportDay(), 4), reportDay());
    int onTrack = 0, concern = 0, off = 0;
    for (const Priority &p : m_ws->items<Priority>()) {
        const PriorityStatus s = priorities.standing(p.id).status;
        onTrack += s == PriorityStatus::OnTrack;
        concern += s == PriorityStatus::SomeConcern;
        off += s == PriorityStatus::OffTrack;
    }
    QVERIFY2(
        text.contains(QStringLiteral("The board has 5 priorities for 2026/27: %1 on track, %2 with some concern and "
                                     "%3 off track.")
                          .arg(onTrack)
                          .arg(concern)
                          .arg(off)),
        qPrintable(text));
    // The heat map's top row (impact 5): the demo's one risk of likelihood 4 and impact 5.
    const QString layout =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    static const QRegularExpression impactFive(QStringLiteral("^\\s*5\\s+0\\s+0\\s+0\\s+1\\s+0\\s*$"),
                                               QRegularExpression::MultilineOption);
    QVERIFY2(impactFive.match(layout).hasMatch(), qPrintable(layout.left(4000)));
}

void TestRiskReport::registerLeftOutWithoutRisks()
{
    std::vector<qint64> ids;
    for (const Risk &r : m_ws->items<Risk>())
        ids.push_back(r.id);
    for (qint64 id : ids) {
        QString error;
        QVERIFY2(m_ws->remove<Risk>(id, &error), qPrintable(error));
    }
    const QString text = pdfText(writePack(QStringLiteral("norisks.pdf"))).simplified();
    QVERIFY(!text.contains(QStringLiteral("Risk register")));
    QVERIFY(text.contains(QStringLiteral("Business plan priorities")));
    for (size_t i = 0; i < ids.size(); ++i)
        m_ws->undoStack()->undo();
    QCOMPARE(int(m_ws->items<Risk>().size()), 12);
}

QTEST_MAIN(TestRiskReport)
#include "tst_riskreport.moc"
