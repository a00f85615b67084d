// A value quoted in a message: whole when it is short, else its first characters and how long it was.
#include "core/quotedtext.h"

namespace assure {

QString QuotedText::quote(QStringView value, const QLocale &locale)
{
    if (value.size() <= kShownCharacters)
        return tr("“%1”").arg(value);
    qsizetype cut = kShownCharacters;
    if (value.at(cut - 1).isHighSurrogate()) // never half a character
        --cut;
    return tr("“%1…” (%2 characters)").arg(value.left(cut), locale.toString(qlonglong(value.size())));
}

} // namespace assure
