// Every status chip's words can be read: each colour of the shared palette, with the text colour the
// palette gives it, reaches WCAG 2.1 AA (4.5:1), so a new status cannot slip under it.
#include "core/statuspalette.h"
#include "models/indicators/importpreviewmodel.h"
#include "models/indicators/indicatortablemodel.h"

#include <QTest>

using namespace assure;

class TestStatusContrast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formula_data();
    void formula();
    void everyStatusReads_data();
    void everyStatusReads();
};

// The WCAG formula against figures worked by hand (and by the W3C's own examples).
void TestStatusContrast::formula_data()
{
    QTest::addColumn<quint32>("a");
    QTest::addColumn<quint32>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << 0x000000u << 0xffffffu << 21.0;
    QTest::newRow("same colour") << 0x777777u << 0x777777u << 1.0;
    QTest::newRow("grey 767676 on white") << 0x767676u << 0xffffffu << 4.54;
    QTest::newRow("order does not matter") << 0xffffffu << 0x767676u << 4.54;
    QTest::newRow("old N/A chip, white text") << 0x8c8c8cu << 0xffffffu << 3.36;
    QTest::newRow("old improving chip, white text") << 0x289de0u << 0xffffffu << 3.00;
}

void TestStatusContrast::formula()
{
    QFETCH(quint32, a);
    QFETCH(quint32, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(contrastRatio(a, b) - ratio) < 0.01,
             qPrintable(QStringLiteral("%1 against %2 expected").arg(contrastRatio(a, b)).arg(ratio)));
}

void TestStatusContrast::everyStatusReads_data()
{
    QTest::addColumn<quint32>("fill");
    for (Rag r : {Rag::Blue, Rag::Green, Rag::Amber, Rag::Red, Rag::NotApplicable, Rag::NoData})
        QTest::addRow("RAG %s", qPrintable(ragLabel(r))) << (statusColour(r).rgb() & 0xffffffu);
    for (SpcPointType t :
         {SpcPointType::Common, SpcPointType::Improvement, SpcPointType::Concern, SpcPointType::Neutral})
        QTest::addRow("SPC %d", int(t)) << (statusColour(t).rgb() & 0xffffffu);
    for (ImportStatus s : {ImportStatus::New, ImportStatus::Update, ImportStatus::Replace, ImportStatus::Unchanged,
                           ImportStatus::Rejected})
        QTest::addRow("import %s", qPrintable(importStatusLabel(s))) << importStatusRgb(s);
}

void TestStatusContrast::everyStatusReads()
{
    QFETCH(quint32, fill);
    const quint32 text = textOn(fill);
    QVERIFY(text == 0xffffffu || text == 0x000000u);
    const double ratio = contrastRatio(fill, text);
    QVERIFY2(ratio >= kMinimumTextContrast, qPrintable(QStringLiteral("#%1 with #%2 text: %3:1")
                                                           .arg(fill, 6, 16, QLatin1Char('0'))
                                                           .arg(text, 6, 16, QLatin1Char('0'))
                                                           .arg(ratio, 0, 'f', 2)));
}

QTEST_APPLESS_MAIN(TestStatusContrast)
#include "tst_statuscontrast.moc"
