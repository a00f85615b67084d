// The anonymisation guard (issue 15, part 7), table by table: NHS numbers that pass and fail the
// modulus 11 check, with and without spaces; dates of birth beside their words and dates without
// them; postcodes; titled names; email addresses; UK phone numbers; and the ordinary text of a
// board (periods, financial years, case references, indicator values) that must raise nothing.
#include "core/audits/privacyguard.h"

#include <QTest>

using namespace assure;

namespace {

// "kind:text" per hit, in the order they occur, joined by " | ".
QString described(const QList<PrivacyHit> &hits)
{
    QStringList out;
    for (const PrivacyHit &h : hits)
        out << privacyKindKey(h.kind) + QLatin1Char(':') + h.text;
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestPrivacyGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void nhsCheck_data();
    void nhsCheck();
    void scan_data();
    void scan();
    void positions();
};

void TestPrivacyGuard::keys()
{
    QStringList keys;
    for (PrivacyKind k : allPrivacyKinds()) {
        keys << privacyKindKey(k);
        QCOMPARE(privacyKindFromKey(privacyKindKey(k)), k);
        QVERIFY(!privacyKindLabel(k).isEmpty());
    }
    QCOMPARE(keys,
             QStringList({QStringLiteral("nhs_number"), QStringLiteral("date_of_birth"), QStringLiteral("postcode"),
                          QStringLiteral("titled_name"), QStringLiteral("email"), QStringLiteral("phone")}));
}

void TestPrivacyGuard::nhsCheck_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    // 9x10 + 4x9 + 3x8 + 4x7 + 7x6 + 6x5 + 5x4 + 9x3 + 1x2 = 299; 299 mod 11 = 2; 11 - 2 = 9.
    QTest::newRow("passes") << QStringLiteral("9434765919") << true;
    QTest::newRow("passes, spaced") << QStringLiteral("943 476 5919") << true;
    QTest::newRow("passes, hyphens") << QStringLiteral("943-476-5919") << true;
    QTest::newRow("last digit wrong") << QStringLiteral("9434765918") << false;
    QTest::newRow("remainder 0 reads as check 0") << QStringLiteral("4010232137") << true;
    QTest::newRow("another") << QStringLiteral("450 557 7104") << true;
    // 6x10 + 5x9 + 4x8 + 3x7 + 2x6 + 1x5 + 0 + 9x3 + 8x2 = 218; 218 mod 11 = 9; check 2, not 7.
    QTest::newRow("fails") << QStringLiteral("6543210987") << false;
    QTest::newRow("nine digits") << QStringLiteral("943476591") << false;
    QTest::newRow("eleven digits") << QStringLiteral("94347659190") << false;
    QTest::newRow("letters") << QStringLiteral("94347A5919") << false;
}

void TestPrivacyGuard::nhsCheck()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(PrivacyGuard::validNhsNumber(number), valid);
}

void TestPrivacyGuard::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hits");
    auto row = [](const char *name, const char *text, const char *hits) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(hits);
    };
    // NHS numbers
    row("NHS number", "NHS no 9434765919 on file", "nhs_number:9434765919");
    row("NHS number spaced", "NHS 943 476 5919.", "nhs_number:943 476 5919");
    row("NHS number failing the check", "Ref 943 476 5918 in the log", "");
    row("ten digits failing the check", "Total spend 6543210987", "");
    row("inside a longer number", "Account 194347659190", "");
    // dates of birth
    row("DOB slashes", "Child A, DOB: 14/03/2015, was seen", "date_of_birth:DOB: 14/03/2015");
    row("D.O.B. dots", "D.O.B. 14.03.15", "date_of_birth:D.O.B. 14.03.15");
    row("born on words", "She was born on 3rd March 2015 in hospital", "date_of_birth:born on 3rd March 2015");
    row("date of birth ISO", "Date of birth 2015-03-14", "date_of_birth:Date of birth 2015-03-14");
    row("born month first", "born March 14, 2015", "date_of_birth:born March 14, 2015");
    row("a date without the words", "Strategy meeting held on 14/03/2026", "");
    row("born without a date", "Concerns since the baby was born", "");
    // postcodes
    row("postcode", "Lives at 12 High Street, WM4 7QX", "postcode:WM4 7QX");
    row("postcode London", "moved to SW1A 1AA last year", "postcode:SW1A 1AA");
    row("postcode short", "M1 1AE", "postcode:M1 1AE");
    row("postcode no space", "B338TH", "postcode:B338TH");
    // titled names
    row("Mrs and surname", "Seen with Mrs Okafor and her son", "titled_name:Mrs Okafor");
    row("Dr with full stop", "Dr. Patel made the referral", "titled_name:Dr. Patel");
    row("Mr two names", "Mr John Smith attended", "titled_name:Mr John Smith");
    row("Miss hyphenated", "Miss Lloyd-Jones", "titled_name:Miss Lloyd-Jones");
    row("anonymised initial", "Mrs B and Child C were seen", "");
    row("title without name", "the GP (Dr) was not invited", "");
    // email and phone
    row("email", "Contact jane.doe@example.org.uk today", "email:jane.doe@example.org.uk");
    row("mobile", "mum's mobile 07700 900123", "phone:07700 900123");
    row("landline", "tel 01632 960 001", "phone:01632 960 001");
    row("landline brackets", "(01632) 960001", "phone:(01632) 960001");
    row("international", "call +44 7700 900123", "phone:+44 7700 900123");
    row("international with (0)", "+44 (0)20 7946 0018", "phone:+44 (0)20 7946 0018");
    row("too short to be a phone", "0161 496 00", "");
    // several in one text, in order
    row("several", "Mr Adeyemi (DOB 01/02/2010) at WM4 7QX, 07700 900123, NHS 943 476 5919",
        "titled_name:Mr Adeyemi | date_of_birth:DOB 01/02/2010 | postcode:WM4 7QX | phone:07700 900123 | "
        "nhs_number:943 476 5919");
    // ordinary board text: nothing
    row("quarter", "Q2 2026", "");
    row("financial year", "2026/27 and 2025-26", "");
    row("case references", "Cases C-2026-0142, C-2026-0007 and CASE-2026-1234 were audited", "");
    row("indicator values", "87.5% against a target of 95%; 1,234 contacts; rate 0.95; 12 of 15", "");
    row("indicator code", "CP-01 fell in Q3 2025/26 (Mar 2026)", "");
    row("dates of meetings", "Reviewed 01/04/2026, next review 2026-07-01", "");
    row("money and counts", "£12,500 for 3,500 referrals in 2026", "");
    row("agency names", "Westmere Children's Services and the ICB", "");
    row("plain narrative", "Management oversight was evident and timely in most cases.", "");
}

void TestPrivacyGuard::scan()
{
    QFETCH(QString, text);
    QFETCH(QString, hits);
    QCOMPARE(described(PrivacyGuard::scan(text)), hits);
}

void TestPrivacyGuard::positions()
{
    const QString text = QStringLiteral("ok, then jane@example.com");
    const QList<PrivacyHit> hits = PrivacyGuard::scan(text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().start, text.indexOf(QLatin1Char('j')));
}

QTEST_GUILESS_MAIN(TestPrivacyGuard)
#include "tst_privacyguard.moc"
