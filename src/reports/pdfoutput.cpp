// A report as PDF: the text document laid out on A4 pages, with the running head and foot painted on each.
#include "reports/pdfoutput.h"

#include "core/statuspalette.h"
#include "core/valueformat.h"
#include "reports/pagekeeping.h"
#include "reports/reporttext.h"
#include "reports/textlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>

namespace assure {

namespace {

constexpr int kDpi = 300;
// Millimetres: the text block, and the bands above and below it for the running head and foot.
constexpr qreal kSideMm = 20;
constexpr qreal kTopMm = 24;
constexpr qreal kBottomMm = 22;
constexpr qreal kHeadMm = 10; // from the top edge to the running head's baseline area
constexpr qreal kFootMm = 12; // from the bottom edge

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * kDpi;
}

QFont furnitureFont(bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial")});
    // No ligatures: "ﬁ" as one glyph reads back from the PDF as a character no search finds.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(7.5);
    font.setBold(bold);
    return font;
}

// The running head and foot of one page: board and title, the marking top and bottom, "Page X of Y".
void paintFurniture(QPainter &painter, const ReportDocument &report, const QRectF &page, int number, int count)
{
    const ValueFormat format;
    painter.save();
    painter.setPen(QColor(QRgb(kInkRgb)));
    const qreal left = mm(kSideMm);
    const qreal right = page.width() - mm(kSideMm);
    const QRectF head(left, mm(kHeadMm), right - left, mm(6));
    painter.setFont(furnitureFont(true));
    painter.drawText(head, Qt::AlignHCenter | Qt::AlignTop, report.marking);
    painter.setFont(furnitureFont(false));
    const QRectF headLine(left, mm(kHeadMm + 4), right - left, mm(5));
    painter.drawText(headLine, Qt::AlignLeft | Qt::AlignTop, report.boardName);
    painter.drawText(headLine, Qt::AlignRight | Qt::AlignTop,
                     ReportText::tr("%1 · %2").arg(report.title, report.periodLabel));
    painter.setPen(QPen(QColor(QRgb(0x8c8c8c)), mm(0.2)));
    painter.drawLine(QPointF(left, mm(kHeadMm + 8.5)), QPointF(right, mm(kHeadMm + 8.5)));

    const qreal footTop = page.height() - mm(kFootMm);
    painter.drawLine(QPointF(left, footTop - mm(2)), QPointF(right, footTop - mm(2)));
    painter.setPen(QColor(QRgb(kInkRgb)));
    const QRectF foot(left, footTop, right - left, mm(5));
    painter.setFont(furnitureFont(true));
    painter.drawText(foot, Qt::AlignHCenter | Qt::AlignTop, report.marking);
    painter.setFont(furnitureFont(false));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignTop,
                     ReportText::tr("Page %1 of %2").arg(format.count(number), format.count(count)));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, report.title);
    painter.restore();
}

struct Paged
{
    LaidOutReport laid;
    QSizeF body;
    int pages = 0;
};

Paged paginate(const ReportDocument &report, QPdfWriter *writer, const QSizeF &body, const TextLayoutOptions &options)
{
    Paged p;
    p.laid = layOutReport(report, options);
    p.body = body;
    QTextDocument *doc = p.laid.document.get();
    doc->documentLayout()->setPaintDevice(writer);
    doc->setPageSize(body);
    keepTogether(doc, body.height(), kDpi);
    p.pages = doc->pageCount();
    return p;
}

QList<int> sectionPages(const Paged &p)
{
    QList<int> pages;
    QTextDocument *doc = p.laid.document.get();
    for (int position : p.laid.sectionPositions) {
        const QRectF r = doc->documentLayout()->blockBoundingRect(doc->findBlock(position));
        // A block at the top of a page begins exactly on the boundary; half a dot keeps the rounding off it.
        pages << int((r.top() + 0.5) / p.body.height()) + 1;
    }
    return pages;
}

} // namespace

bool writePdf(const ReportDocument &report, QIODevice *device, const PdfOptions &options, QString *error)
{
    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(report.title + QStringLiteral(" – ") + report.periodLabel);
    writer.setCreator(QStringLiteral("Assure"));
    if (options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);

    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const QRectF body(mm(kSideMm), mm(kTopMm), page.width() - 2 * mm(kSideMm),
                      page.height() - mm(kTopMm) - mm(kBottomMm));

    // Laid out twice: once to learn the page each section starts on, once with those pages in the contents.
    TextLayoutOptions layoutOptions;
    const qsizetype sections = report.sectionHeadings().size();
    layoutOptions.sectionPages = QList<int>(sections, 999);
    Paged first = paginate(report, &writer, body.size(), layoutOptions);
    layoutOptions.sectionPages = sectionPages(first);
    first = {};
    const Paged paged = paginate(report, &writer, body.size(), layoutOptions);

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = ReportText::tr("The PDF could not be started.");
        return false;
    }
    QAbstractTextDocumentLayout *layout = paged.laid.document->documentLayout();
    for (int i = 0; i < paged.pages; ++i) {
        if (i > 0)
            writer.newPage();
        paintFurniture(painter, report, page, i + 1, paged.pages);
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        const QRectF pageArea(0, i * body.height(), body.width(), body.height());
        // A line that begins a hair above the page's head (rounding, or a block moved on) belongs to this
        // page alone: the layout's clip is a dot inside the page, so the page before does not draw it
        // too, hidden by the clip yet still in the PDF's text.
        context.clip = pageArea.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, QColor(QRgb(kInkRgb)));
        painter.setClipRect(pageArea);
        layout->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end()) {
        *error = ReportText::tr("The PDF could not be finished.");
        return false;
    }
    return true;
}

} // namespace assure
