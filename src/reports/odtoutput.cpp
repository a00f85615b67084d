// A report as ODT. Qt's ODF writer keeps no heading levels, so the package is opened again and each
// paragraph that is one of the report's headings, in order, becomes a text:h with its outline level:
// what a screen reader and Word's navigation pane find headings by.
#include "reports/odtoutput.h"

#include "reports/reporttext.h"
#include "reports/textlayout.h"

#include <QBuffer>
#include <QDomDocument>
#include <QTextDocumentWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <deque>
#include <utility>
#include <vector>

namespace assure {

namespace {

struct Entry
{
    QString name;
    QByteArray data;
};

bool readPackage(const QByteArray &odt, std::vector<Entry> *entries)
{
    QByteArray copy = odt;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        entries->push_back({zip.getCurrentFileName(), file.readAll()});
    }
    return true;
}

QByteArray writePackage(const std::vector<Entry> &entries)
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const Entry &entry : entries) {
        QuaZipFile file(&zip);
        // ODF asks for the mimetype first and stored, so that a reader can tell the package by it.
        const bool stored = entry.name == QLatin1String("mimetype");
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                       stored ? 0 : Z_DEFAULT_COMPRESSION) ||
            file.write(entry.data) != entry.data.size())
            return {};
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0 ? out : QByteArray();
}

// The paragraphs that are the report's headings, in order, made text:h elements.
QByteArray withHeadings(const QByteArray &content, const ReportDocument &report)
{
    std::deque<std::pair<QString, int>> headings;
    for (const ReportBlock &block : report.blocks)
        if (block.kind == ReportBlock::Kind::Title || block.kind == ReportBlock::Kind::Heading)
            headings.emplace_back(block.text, block.level);
    QDomDocument dom;
    if (!dom.setContent(content, false))
        return content;
    const QDomNodeList paragraphs = dom.elementsByTagName(QStringLiteral("text:p"));
    // Collected first: renaming changes the live list.
    std::vector<QDomElement> found;
    for (int i = 0; i < paragraphs.size() && found.size() < headings.size(); ++i) {
        QDomElement p = paragraphs.at(i).toElement();
        if (p.text() == headings[found.size()].first)
            found.push_back(p);
    }
    for (size_t i = 0; i < found.size(); ++i) {
        found[i].setTagName(QStringLiteral("text:h"));
        found[i].setAttribute(QStringLiteral("text:outline-level"), headings[i].second);
    }
    return dom.toByteArray(-1);
}

} // namespace

QByteArray reportOdt(const ReportDocument &report, QString *error)
{
    // ODF holds no vector object of Qt's, so each chart stays as the sentence that describes it.
    TextLayoutOptions options;
    options.drawCharts = false;
    const LaidOutReport laid = layOutReport(report, options);
    QByteArray odt;
    {
        // The ODF writer closes its device when it is done.
        QBuffer buffer(&odt);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(laid.document.get())) {
            *error = ReportText::tr("The ODT could not be written.");
            return {};
        }
    }
    std::vector<Entry> entries;
    if (!readPackage(odt, &entries))
        return odt;
    for (Entry &entry : entries)
        if (entry.name == QLatin1String("content.xml"))
            entry.data = withHeadings(entry.data, report);
    const QByteArray rewritten = writePackage(entries);
    return rewritten.isEmpty() ? odt : rewritten;
}

} // namespace assure
