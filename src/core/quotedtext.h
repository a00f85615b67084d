// A value quoted in a message: whole when it is short, else its first characters and how long it was.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace assure {

// Messages quote what a file held so that the user can find it, but a hostile or broken file may
// hold megabytes in one cell; a message must stay a line, whatever it quotes.
class QuotedText final
{
    Q_DECLARE_TR_FUNCTIONS(assure::QuotedText)

public:
    static constexpr int kShownCharacters = 60;

    // In typographic quotes: “Westmere Police”, or for a long value its first 60 characters and
    // its length: “AAAA…” (10,485,760 characters).
    static QString quote(QStringView value, const QLocale &locale = QLocale());
};

} // namespace assure
