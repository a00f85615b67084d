// A report as one self-contained HTML file: written as XML so that it is well-formed, charts put in as SVG.
#include "reports/htmloutput.h"

#include "core/statuspalette.h"
#include "reports/reportchart.h"
#include "reports/reporttext.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace assure {

namespace {

const QString kStyle = QStringLiteral(
    "body{font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:11pt;color:#1a1a1a;"
    "max-width:60em;margin:0 auto;padding:1em 2em;line-height:1.4}"
    "h1,h2,h3{color:#1f3864}h1{font-size:2em}h2{font-size:1.5em;margin-top:2em}h3{font-size:1.15em}"
    ".marking{text-align:center;font-weight:bold;margin:0.2em}.head{display:flex;justify-content:space-between;"
    "border-bottom:1px solid #8c8c8c;font-size:0.85em}"
    ".note{font-size:0.85em;color:#505050}"
    "table{border-collapse:collapse;width:100%;margin:0.4em 0 1em;font-size:0.9em}"
    "th,td{border:1px solid #8c8c8c;padding:0.25em 0.4em;text-align:left;vertical-align:top}"
    "th{background:#dde4ef}.chip{display:inline-block;padding:0 0.5em;border-radius:0.6em;font-weight:bold}"
    "figure{margin:0.5em 0}figure svg{width:100%;height:auto}figcaption{font-size:0.85em;color:#505050}");

QString hex(quint32 rgb)
{
    return QStringLiteral("#%1").arg(rgb, 6, 16, QLatin1Char('0'));
}

class HtmlWriter
{
public:
    HtmlWriter(const ReportDocument &report, QIODevice *device) : m_report(report), m_xml(device) {}

    QList<std::shared_ptr<const ReportChart>> write()
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
        m_xml.writeStartElement(QStringLiteral("html"));
        m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
        m_xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-GB"));
        m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en-GB"));
        m_xml.writeStartElement(QStringLiteral("head"));
        m_xml.writeEmptyElement(QStringLiteral("meta"));
        m_xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
        m_xml.writeTextElement(QStringLiteral("title"), m_report.title + QStringLiteral(" – ") + m_report.periodLabel);
        m_xml.writeTextElement(QStringLiteral("style"), kStyle);
        m_xml.writeEndElement(); // head
        m_xml.writeStartElement(QStringLiteral("body"));
        m_xml.writeStartElement(QStringLiteral("header"));
        element(QStringLiteral("p"), m_report.marking, QStringLiteral("marking"));
        m_xml.writeStartElement(QStringLiteral("div"));
        m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("head"));
        element(QStringLiteral("span"), m_report.boardName);
        element(QStringLiteral("span"), ReportText::tr("%1 · %2").arg(m_report.title, m_report.periodLabel));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // header
        m_xml.writeStartElement(QStringLiteral("main"));
        for (const ReportBlock &block : m_report.blocks)
            writeBlock(block);
        m_xml.writeEndElement(); // main
        m_xml.writeStartElement(QStringLiteral("footer"));
        element(QStringLiteral("p"), m_report.marking, QStringLiteral("marking"));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // body
        m_xml.writeEndElement(); // html
        m_xml.writeEndDocument();
        return m_charts;
    }

private:
    void element(const QString &name, const QString &text, const QString &cls = {})
    {
        m_xml.writeStartElement(name);
        if (!cls.isEmpty())
            m_xml.writeAttribute(QStringLiteral("class"), cls);
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }

    void writeBlock(const ReportBlock &block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title: element(QStringLiteral("h1"), block.text); break;
        case ReportBlock::Kind::Heading:
            m_xml.writeStartElement(QStringLiteral("h%1").arg(qBound(2, block.level, 6)));
            if (block.level <= 2)
                m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("section-%1").arg(++m_section));
            m_xml.writeCharacters(block.text);
            m_xml.writeEndElement();
            break;
        case ReportBlock::Kind::Paragraph: element(QStringLiteral("p"), block.text); break;
        case ReportBlock::Kind::Note: element(QStringLiteral("p"), block.text, QStringLiteral("note")); break;
        case ReportBlock::Kind::Table: table(block.table); break;
        case ReportBlock::Kind::Chart: chart(block.chart); break;
        case ReportBlock::Kind::Contents: contents(); break;
        case ReportBlock::Kind::PageBreak: break;
        }
    }

    void table(const ReportTable &t)
    {
        m_xml.writeStartElement(QStringLiteral("table"));
        m_xml.writeStartElement(QStringLiteral("thead"));
        m_xml.writeStartElement(QStringLiteral("tr"));
        for (const QString &h : t.header) {
            m_xml.writeStartElement(QStringLiteral("th"));
            m_xml.writeAttribute(QStringLiteral("scope"), QStringLiteral("col"));
            m_xml.writeCharacters(h);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // thead
        m_xml.writeStartElement(QStringLiteral("tbody"));
        for (const QList<ReportCell> &row : t.rows) {
            m_xml.writeStartElement(QStringLiteral("tr"));
            for (const ReportCell &cell : row) {
                m_xml.writeStartElement(QStringLiteral("td"));
                if (cell.chip) {
                    const quint32 fill = ragRgb(*cell.chip);
                    m_xml.writeStartElement(QStringLiteral("span"));
                    m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("chip"));
                    m_xml.writeAttribute(QStringLiteral("style"),
                                         QStringLiteral("background:%1;color:%2").arg(hex(fill), hex(textOn(fill))));
                    m_xml.writeCharacters(cell.text);
                    m_xml.writeEndElement();
                } else {
                    m_xml.writeCharacters(cell.text);
                }
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // tbody
        m_xml.writeEndElement(); // table
    }

    void chart(const std::shared_ptr<const ReportChart> &chart)
    {
        m_xml.writeStartElement(QStringLiteral("figure"));
        // Replaced by the SVG once the XML is written: a stream writer cannot take raw markup.
        m_xml.writeComment(QStringLiteral("chart:%1").arg(m_charts.size()));
        m_charts << chart;
        element(QStringLiteral("figcaption"), ReportText::tr("Chart: %1.").arg(chart->description));
        m_xml.writeEndElement();
    }

    void contents()
    {
        m_xml.writeStartElement(QStringLiteral("nav"));
        m_xml.writeAttribute(QStringLiteral("aria-label"), ReportText::tr("Contents"));
        element(QStringLiteral("p"), ReportText::tr("Contents"), QStringLiteral("contents"));
        m_xml.writeStartElement(QStringLiteral("ol"));
        const QStringList sections = m_report.sectionHeadings();
        for (int i = 0; i < sections.size(); ++i) {
            m_xml.writeStartElement(QStringLiteral("li"));
            m_xml.writeStartElement(QStringLiteral("a"));
            m_xml.writeAttribute(QStringLiteral("href"), QStringLiteral("#section-%1").arg(i + 1));
            m_xml.writeCharacters(sections[i]);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    const ReportDocument &m_report;
    QXmlStreamWriter m_xml;
    QList<std::shared_ptr<const ReportChart>> m_charts;
    int m_section = 0;
};

// The chart's SVG without its XML declaration, marked as an image with its description.
QByteArray inlineSvg(const ReportChart &chart)
{
    QByteArray svg = reportChartSvg(chart);
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return {};
    svg = svg.mid(start);
    QString label = chart.description.toHtmlEscaped();
    svg.insert(4, QByteArray(" role=\"img\" aria-label=\"") + label.toUtf8() + '"');
    return svg;
}

} // namespace

QByteArray reportHtml(const ReportDocument &report)
{
    QByteArray html;
    QBuffer buffer(&html);
    buffer.open(QIODevice::WriteOnly);
    // Written here, not by the stream writer, which would put a line break before it.
    buffer.write("<!DOCTYPE html>\n");
    const QList<std::shared_ptr<const ReportChart>> charts = HtmlWriter(report, &buffer).write();
    buffer.close();
    for (qsizetype i = 0; i < charts.size(); ++i)
        html.replace(QStringLiteral("<!--chart:%1-->").arg(i).toUtf8(), inlineSvg(*charts[i]));
    return html;
}

} // namespace assure
