// Build-time tool: turns the source .ts into a pseudo-translation, every string marked and longer.
//
// Usage: assure-pseudotranslate IN.ts OUT.ts
//
// Each message becomes "[" + its text with accented letters + " ~~~" + "]", about a third
// longer, so that a screenshot shows at a glance which strings do not go through tr() (they are
// unmarked) and which labels are too narrow for a longer language (the "]" is cut off). Place
// markers (%1, %L2, %n, %Ln), HTML tags and entities, and the letter after a mnemonic "&" are kept
// as they are, so the text still formats, renders and has the same shortcuts.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace {

// Latin-1 and Latin Extended-A only, which every common font has.
QChar accented(QChar c)
{
    static const QHash<QChar, QChar> map = [] {
        const QString plain = QStringLiteral("acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ");
        const QString marked = QStringLiteral("áçďéĝĥíĵķľñöŕšťüŵýžÅÇĎÉĜĤÎĴĶĽÑÖŔŠŤÜŴÝŽ");
        QHash<QChar, QChar> m;
        for (int i = 0; i < plain.size(); ++i)
            m.insert(plain.at(i), marked.at(i));
        return m;
    }();
    return map.value(c, c);
}

// The length of the element that starts at text[i] and is kept as it is, or 0: a place marker,
// an HTML tag or entity, or a mnemonic "&" with its letter.
qsizetype keptLength(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    const QChar c = text.at(i);
    if (c == QLatin1Char('%') && i + 1 < n) {
        qsizetype j = i + 1;
        if (text.at(j) == QLatin1Char('L') && j + 1 < n)
            ++j;
        if (text.at(j) == QLatin1Char('n'))
            return j + 1 - i;
        const qsizetype digits = j;
        while (j < n && text.at(j).isDigit())
            ++j;
        return j > digits ? j - i : 0;
    }
    if (c == QLatin1Char('<') && i + 1 < n &&
        (text.at(i + 1).isLetter() || text.at(i + 1) == QLatin1Char('/') || text.at(i + 1) == QLatin1Char('!'))) {
        const qsizetype close = text.indexOf(QLatin1Char('>'), i);
        return close < 0 ? 0 : close + 1 - i;
    }
    if (c == QLatin1Char('&') && i + 1 < n) {
        qsizetype j = i + 1;
        if (text.at(j) == QLatin1Char('#'))
            ++j;
        while (j < n && text.at(j).isLetterOrNumber())
            ++j;
        if (j < n && j > i + 1 && text.at(j) == QLatin1Char(';'))
            return j + 1 - i; // an entity
        return 2;             // "&&", or a mnemonic with its letter
    }
    return 0;
}

QString pseudo(const QString &text)
{
    if (text.trimmed().isEmpty())
        return text;
    // Where the visible text begins and ends: the marks go there, inside any HTML around it.
    struct Piece
    {
        QString text;
        bool visible;
    };
    QList<Piece> pieces;
    qsizetype visibleCount = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype kept = keptLength(text, i);
        const bool tag = kept > 0 && text.at(i) == QLatin1Char('<');
        if (kept > 0) {
            pieces.append({text.mid(i, kept), !tag});
            visibleCount += tag ? 0 : 1;
            i += kept;
        } else {
            pieces.append({QString(accented(text.at(i))), !text.at(i).isSpace()});
            ++visibleCount;
            ++i;
        }
    }
    qsizetype first = 0;
    while (first < pieces.size() && !pieces.at(first).visible)
        ++first;
    qsizetype last = pieces.size() - 1;
    while (last > first && !pieces.at(last).visible)
        --last;
    if (first >= pieces.size()) // only tags and blanks: nothing a user reads
        return text;
    const auto padding = qsizetype(std::ceil(double(visibleCount) / 3.0));
    QString out;
    for (qsizetype p = 0; p < pieces.size(); ++p) {
        if (p == first)
            out += QLatin1Char('[');
        out += pieces.at(p).text;
        if (p == last)
            out += QLatin1Char(' ') + QString(padding, QLatin1Char('~')) + QLatin1Char(']');
    }
    return out;
}

// Copies the .ts, giving every message a finished pseudo-translation. A numerus message gets
// English's two forms, from the source's own forms where it has them.
bool convert(QXmlStreamReader &in, QXmlStreamWriter &out)
{
    out.setAutoFormatting(true);
    out.writeStartDocument();
    out.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    while (!in.atEnd()) {
        in.readNext();
        if (in.isEndElement()) {
            if (in.name() == QLatin1String("context") || in.name() == QLatin1String("TS"))
                out.writeEndElement();
            continue;
        }
        if (!in.isStartElement())
            continue;
        const auto name = in.name();
        if (name == QLatin1String("TS")) {
            out.writeStartElement(QStringLiteral("TS"));
            out.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
            out.writeAttribute(QStringLiteral("language"), QStringLiteral("en_GB"));
        } else if (name == QLatin1String("context")) {
            out.writeStartElement(QStringLiteral("context"));
        } else if (name == QLatin1String("name")) {
            out.writeTextElement(QStringLiteral("name"), in.readElementText());
        } else if (name == QLatin1String("message")) {
            const bool numerus = in.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            QString source;
            QString comment;
            QStringList forms;
            QString translation;
            while (in.readNextStartElement()) {
                const auto child = in.name();
                if (child == QLatin1String("source")) {
                    source = in.readElementText();
                } else if (child == QLatin1String("comment")) {
                    comment = in.readElementText();
                } else if (child == QLatin1String("translation")) {
                    if (numerus) {
                        while (in.readNextStartElement()) {
                            if (in.name() == QLatin1String("numerusform"))
                                forms.append(in.readElementText());
                            else
                                in.skipCurrentElement();
                        }
                    } else {
                        translation = in.readElementText();
                    }
                } else {
                    in.skipCurrentElement();
                }
            }
            out.writeStartElement(QStringLiteral("message"));
            if (numerus)
                out.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            out.writeTextElement(QStringLiteral("source"), source);
            if (!comment.isEmpty())
                out.writeTextElement(QStringLiteral("comment"), comment);
            out.writeStartElement(QStringLiteral("translation"));
            if (numerus) {
                for (int f = 0; f < 2; ++f) {
                    const QString form = forms.value(f);
                    out.writeTextElement(QStringLiteral("numerusform"), pseudo(form.isEmpty() ? source : form));
                }
            } else {
                out.writeCharacters(pseudo(translation.isEmpty() ? source : translation));
            }
            out.writeEndElement(); // translation
            out.writeEndElement(); // message
        } else {
            in.skipCurrentElement();
        }
    }
    return !in.hasError();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "Usage: assure-pseudotranslate IN.ts OUT.ts" << Qt::endl;
        return 2;
    }
    QFile inFile(args.at(1));
    if (!inFile.open(QIODevice::ReadOnly)) {
        err << args.at(1) << ": " << inFile.errorString() << Qt::endl;
        return 1;
    }
    QSaveFile outFile(args.at(2));
    if (!outFile.open(QIODevice::WriteOnly)) {
        err << args.at(2) << ": " << outFile.errorString() << Qt::endl;
        return 1;
    }
    QXmlStreamReader in(&inFile);
    QXmlStreamWriter out(&outFile);
    if (!convert(in, out)) {
        err << args.at(1) << ": " << in.errorString() << Qt::endl;
        return 1;
    }
    out.writeEndDocument();
    return outFile.commit() ? 0 : 1;
}
