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

#include <algorithm>

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

// A run of blocks kept on one page where it fits: a heading with what it heads, the cover with the
// contents. One too tall for a page (a long table) is paged by Qt, with its rows kept whole.
struct PlacedUnit
{
    LaidOutReport laid;
    bool newPage = false; // a page break comes before it
    bool section = false; // it begins with a section heading
    bool hasContents = false;
    size_t index = 0; // among the report's units
    qreal height = 0; // laid out, in dots
    int pages = 1;    // the pages it takes when it is paged itself
    // Where it goes: the page (from 0) and the y on it where it begins.
    int page = 0;
    qreal y = 0;
};

std::vector<ReportDocument> splitIntoUnits(const ReportDocument &report, std::vector<bool> *newPage)
{
    std::vector<ReportDocument> units;
    bool breakPending = false;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind == ReportBlock::Kind::PageBreak) {
            breakPending = true;
            continue;
        }
        const bool starts = block.kind == ReportBlock::Kind::Title || block.kind == ReportBlock::Kind::Heading;
        if (units.empty() || starts || breakPending) {
            ReportDocument unit = report;
            unit.blocks.clear();
            units.push_back(std::move(unit));
            newPage->push_back(breakPending);
            breakPending = false;
        }
        units.back().blocks.push_back(block);
    }
    return units;
}

// Lays each unit out and places it: after the one before on the same page when it fits, else on
// the next page; a unit taller than a page begins a page and takes as many as it needs.
std::vector<PlacedUnit> place(const ReportDocument &report, QPdfWriter *writer, const QSizeF &body,
                              const TextLayoutOptions &options, int *pageCount)
{
    std::vector<bool> breaks;
    const std::vector<ReportDocument> parts = splitIntoUnits(report, &breaks);
    std::vector<PlacedUnit> units;
    int page = 0;
    qreal y = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        PlacedUnit unit;
        unit.laid = layOutReport(parts[i], options);
        unit.newPage = breaks[i];
        unit.section = !parts[i].sectionHeadings().isEmpty();
        unit.index = i;
        unit.hasContents = std::any_of(parts[i].blocks.begin(), parts[i].blocks.end(),
                                       [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Contents; });
        QTextDocument *doc = unit.laid.document.get();
        doc->documentLayout()->setPaintDevice(writer);
        doc->setPageSize(QSizeF(body.width(), -1));
        doc->setTextWidth(body.width());
        unit.height = doc->size().height();
        if (unit.height > body.height()) {
            doc->setPageSize(body);
            keepTogether(doc, body.height(), kDpi);
            unit.pages = doc->pageCount();
            unit.height = doc->size().height();
        }
        const bool fits = unit.pages == 1 && y + unit.height <= body.height();
        if (i > 0 && (unit.newPage || !fits || unit.pages > 1) && y > 0) {
            ++page;
            y = 0;
        }
        unit.page = page;
        unit.y = y;
        if (unit.pages > 1) {
            page += unit.pages - 1;
            y = unit.height - (unit.pages - 1) * body.height();
        } else {
            y += unit.height;
        }
        units.push_back(std::move(unit));
    }
    *pageCount = page + 1;
    return units;
}

QList<int> sectionPages(const std::vector<PlacedUnit> &units)
{
    QList<int> pages;
    for (const PlacedUnit &unit : units)
        if (unit.section)
            pages << unit.page + 1;
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

    const QRectF pageRect(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const QRectF body(mm(kSideMm), mm(kTopMm), pageRect.width() - 2 * mm(kSideMm),
                      pageRect.height() - mm(kTopMm) - mm(kBottomMm));

    // Placed twice: once to learn the page each section starts on, once with those pages in the contents.
    TextLayoutOptions layoutOptions;
    layoutOptions.contentsSections = report.sectionHeadings();
    layoutOptions.sectionPages = QList<int>(layoutOptions.contentsSections.size(), 999);
    int pages = 0;
    std::vector<PlacedUnit> units = place(report, &writer, body.size(), layoutOptions, &pages);
    // Only the unit with the contents is laid out again: its page numbers take no more room than the
    // stand-ins did, so everything stays where it was placed.
    layoutOptions.sectionPages = sectionPages(units);
    for (PlacedUnit &unit : units)
        if (unit.hasContents) {
            std::vector<bool> breaks;
            unit.laid = layOutReport(splitIntoUnits(report, &breaks)[unit.index], layoutOptions);
            QTextDocument *doc = unit.laid.document.get();
            doc->documentLayout()->setPaintDevice(&writer);
            doc->setPageSize(QSizeF(body.width(), -1));
            doc->setTextWidth(body.width());
        }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = ReportText::tr("The PDF could not be started.");
        return false;
    }
    size_t next = 0; // the first unit not yet wholly drawn
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        paintFurniture(painter, report, pageRect, page + 1, pages);
        for (size_t i = next; i < units.size() && units[i].page <= page; ++i) {
            const PlacedUnit &unit = units[i];
            const int part = page - unit.page; // of a unit that takes several pages
            if (part >= unit.pages)
                continue;
            painter.save();
            const QRectF area(0, part * body.height(), body.width(), unit.pages > 1 ? body.height() : unit.height);
            painter.translate(body.left(), body.top() + (part == 0 ? unit.y : 0) - area.top());
            QAbstractTextDocumentLayout::PaintContext context;
            // A line that begins a hair above a page's head belongs to that page alone: the layout's clip
            // is a dot inside the area, so the page before does not draw it too (hidden by the clip
            // yet still in the PDF's text).
            context.clip = area.adjusted(0, 1, 0, -1);
            context.palette.setColor(QPalette::Text, QColor(QRgb(kInkRgb)));
            painter.setClipRect(area.adjusted(0, 0, 0, 1));
            unit.laid.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
        while (next < units.size() && units[next].page + units[next].pages - 1 <= page)
            ++next;
    }
    if (!painter.end()) {
        *error = ReportText::tr("The PDF could not be finished.");
        return false;
    }
    return true;
}

} // namespace assure
