// A report as a list of plain blocks: the helpers sections use to add to it.
#include "reports/reportdocument.h"

#include <utility>

namespace assure {

QString ReportDocument::runningHead() const
{
    return QStringList{boardName, title, periodLabel}.join(QStringLiteral(" · "));
}

void ReportDocument::title1(const QString &text)
{
    blocks.push_back({ReportBlock::Kind::Title, 1, text, {}, {}});
}

void ReportDocument::heading(int level, const QString &text)
{
    blocks.push_back({ReportBlock::Kind::Heading, level, text, {}, {}});
}

void ReportDocument::paragraph(const QString &text)
{
    blocks.push_back({ReportBlock::Kind::Paragraph, 0, text, {}, {}});
}

void ReportDocument::note(const QString &text)
{
    blocks.push_back({ReportBlock::Kind::Note, 0, text, {}, {}});
}

void ReportDocument::table(ReportTable table)
{
    ReportBlock block{ReportBlock::Kind::Table, 0, {}, std::move(table), {}};
    blocks.push_back(std::move(block));
}

void ReportDocument::chart(ReportChart chart)
{
    blocks.push_back({ReportBlock::Kind::Chart, 0, {}, {}, std::make_shared<const ReportChart>(std::move(chart))});
}

void ReportDocument::contents()
{
    blocks.push_back({ReportBlock::Kind::Contents, 0, {}, {}, {}});
}

void ReportDocument::pageBreak()
{
    blocks.push_back({ReportBlock::Kind::PageBreak, 0, {}, {}, {}});
}

QStringList ReportDocument::sectionHeadings() const
{
    QStringList out;
    for (const ReportBlock &b : blocks)
        if (b.kind == ReportBlock::Kind::Heading && b.level == 2)
            out << b.text;
    return out;
}

} // namespace assure
