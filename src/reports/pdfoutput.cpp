// A report as PDF: the text document laid out on A4 pages, with the running head and foot painted on each.
#include "reports/pdfoutput.h"

#include "core/statuspalette.h"
#include "core/valueformat.h"
#include "reports/pagekeeping.h"
#include "reports/reporttext.h"
#include "reports/tablepaging.h"
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

// A part laid out across the body's width on the writer, measured as one long page.
PlacedUnit layOutPart(const ReportDocument &part, const TextLayoutOptions &options, QPdfWriter *writer,
                      const QSizeF &body)
{
    PlacedUnit unit;
    unit.laid = layOutReport(part, options);
    unit.section = !part.sectionHeadings().isEmpty();
    unit.hasContents = std::any_of(part.blocks.begin(), part.blocks.end(),
                                   [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Contents; });
    QTextDocument *doc = unit.laid.document.get();
    doc->documentLayout()->setPaintDevice(writer);
    doc->setPageSize(QSizeF(body.width(), -1));
    doc->setTextWidth(body.width());
    unit.height = doc->size().height();
    return unit;
}

// Places units one after another: after the one before on the same page when it fits, else on the
// next page; a unit taller than a page begins a page and takes as many as it needs.
class Placer
{
public:
    Placer(QPdfWriter *writer, const QSizeF &body, const TextLayoutOptions &options)
        : m_writer(writer), m_body(body), m_options(options)
    {
    }

    void add(const ReportDocument &part, bool newPage, size_t index)
    {
        PlacedUnit unit = layOutPart(part, m_options, m_writer, m_body);
        unit.newPage = newPage;
        unit.index = index;
        if (unit.height > m_body.height()) {
            if (!unit.hasContents && cutTable(part, unit.laid.document.get(), newPage, index))
                return;
            pageItself(&unit);
        }
        put(std::move(unit));
    }

    std::vector<PlacedUnit> take(int *pageCount)
    {
        *pageCount = m_page + 1;
        return std::move(m_units);
    }

private:
    void put(PlacedUnit unit)
    {
        const bool fits = unit.pages == 1 && m_y + unit.height <= m_body.height();
        if (!m_units.empty() && (unit.newPage || !fits || unit.pages > 1) && m_y > 0) {
            ++m_page;
            m_y = 0;
        }
        unit.page = m_page;
        unit.y = m_y;
        if (unit.pages > 1) {
            m_page += unit.pages - 1;
            m_y = unit.height - (unit.pages - 1) * m_body.height();
        } else {
            m_y += unit.height;
        }
        m_units.push_back(std::move(unit));
    }

    // A part too tall for a page whose first long table can be cut: what comes before the table with
    // as many rows as fit where it begins, then a page of rows at a time, each under the header, then
    // what follows the table, placed as a part of its own. False when the part has no such table.
    bool cutTable(const ReportDocument &part, QTextDocument *laidOut, bool newPage, size_t index)
    {
        const auto isTable = [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Table; };
        const auto table = std::find_if(part.blocks.begin(), part.blocks.end(),
                                        [&](const ReportBlock &b) { return isTable(b) && b.table.rows.size() > 1; });
        if (table == part.blocks.end())
            return false;
        const QList<qreal> heights = tableRowHeights(laidOut, int(std::count_if(part.blocks.begin(), table, isTable)));
        if (heights.size() != table->table.rows.size() + 1)
            return false;
        ReportDocument lead = part;
        lead.blocks.assign(part.blocks.begin(), table);
        ReportDocument rest = part;
        rest.blocks.assign(table + 1, part.blocks.end());
        const qreal leadHeight = lead.blocks.empty() ? 0 : layOutPart(lead, m_options, m_writer, m_body).height;

        // The first piece goes on this page when the lead, the header and a row fit, else on a new one.
        const bool here = !newPage && m_y + leadHeight + heights[0] + heights[1] <= m_body.height();
        qreal room = m_body.height() - (here ? m_y : 0); // for the piece, lead and all
        int from = 1;
        bool first = true;
        while (from < heights.size()) {
            int count = rowsThatFit(heights, from, room - (first ? leadHeight : 0));
            PlacedUnit piece;
            for (;;) {
                ReportDocument cut = first ? lead : part;
                if (!first)
                    cut.blocks.clear();
                cut.table(tableRows(table->table, from, count));
                piece = layOutPart(cut, m_options, m_writer, m_body);
                // Laid out on its own a piece has a line after it that the measure did not see: rows
                // come off its end until it fits.
                qreal over = piece.height - room;
                if (over <= 0 || count == 1)
                    break;
                while (over > 0 && count > 1)
                    over -= heights[from + --count];
            }
            piece.newPage = first && newPage;
            piece.index = index;
            if (piece.height > m_body.height())
                pageItself(&piece); // a single row taller than a page
            put(std::move(piece));
            from += count;
            first = false;
            room = m_body.height();
        }
        if (!rest.blocks.empty())
            add(rest, false, index);
        return true;
    }

    // A unit taller than a page laid out on pages of its own, its lines and rows kept whole.
    void pageItself(PlacedUnit *unit) const
    {
        QTextDocument *doc = unit->laid.document.get();
        doc->setPageSize(m_body);
        keepTogether(doc, m_body.height(), kDpi);
        unit->pages = doc->pageCount();
        unit->height = doc->size().height();
    }

    QPdfWriter *m_writer;
    QSizeF m_body;
    const TextLayoutOptions &m_options;
    std::vector<PlacedUnit> m_units;
    int m_page = 0;
    qreal m_y = 0;
};

// Places every part; false when the progress said stop. The steps are counted as if the pages
// would be as many as the parts, until they are known.
bool place(const ReportDocument &report, QPdfWriter *writer, const QSizeF &body, const TextLayoutOptions &options,
           const ReportProgress &progress, std::vector<PlacedUnit> *units, int *pageCount, int *partCount)
{
    std::vector<bool> breaks;
    const std::vector<ReportDocument> parts = splitIntoUnits(report, &breaks);
    const int steps = 2 * int(parts.size());
    Placer placer(writer, body, options);
    for (size_t i = 0; i < parts.size(); ++i) {
        if (progress && !progress(int(i), steps))
            return false;
        placer.add(parts[i], breaks[i], i);
    }
    *units = placer.take(pageCount);
    *partCount = int(parts.size());
    return true;
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
    int partCount = 0;
    std::vector<PlacedUnit> units;
    if (!place(report, &writer, body.size(), layoutOptions, options.progress, &units, &pages, &partCount)) {
        *error = reportCancelledText();
        return false;
    }
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
        if (options.progress && !options.progress(partCount + page, partCount + pages)) {
            painter.end();
            *error = reportCancelledText();
            return false;
        }
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
