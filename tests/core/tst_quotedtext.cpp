// A value quoted in a message: whole when short; else its first 60 characters and its length, never half a character.
#include "core/quotedtext.h"

#include <QTest>

using namespace assure;

class TestQuotedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortValueIsQuotedWhole();
    void longValueShowsItsStartAndLength();
    void neverCutsACharacterInTwo();
};

void TestQuotedText::shortValueIsQuotedWhole()
{
    QCOMPARE(QuotedText::quote(u"Westmere Police"), QStringLiteral("“Westmere Police”"));
    const QString sixty(60, QLatin1Char('x'));
    QCOMPARE(QuotedText::quote(sixty), QStringLiteral("“%1”").arg(sixty));
}

void TestQuotedText::longValueShowsItsStartAndLength()
{
    const QString huge = QStringLiteral("Case notes ") + QString(10 * 1024 * 1024, QLatin1Char('A'));
    const QString quoted = QuotedText::quote(huge, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(quoted, QStringLiteral("“Case notes %1…” (10,485,771 characters)").arg(QString(49, QLatin1Char('A'))));
}

void TestQuotedText::neverCutsACharacterInTwo()
{
    // 59 letters, then characters outside the BMP (two UTF-16 units each) across the cut.
    const QString value = QString(59, QLatin1Char('a')) + QString::fromUtf8("😀😀😀");
    const QString quoted = QuotedText::quote(value, QLocale::c());
    QVERIFY2(quoted.startsWith(QStringLiteral("“") + QString(59, QLatin1Char('a')) + QStringLiteral("…”")),
             qPrintable(quoted));
    QVERIFY(quoted.endsWith(QStringLiteral("(65 characters)")));
}

QTEST_GUILESS_MAIN(TestQuotedText)
#include "tst_quotedtext.moc"
