// One read of one .xlsx workbook for XlsxReader: the zip, its parts, the chosen sheet, and what went wrong.
#include "interchange/xlsxreadjob.h"

#include "core/quotedtext.h"
#include "interchange/tablelimits.h"
#include "interchange/xlsxpart.h"
#include "interchange/xlsxreader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTime>
#include <QXmlStreamReader>

#include <utility>

namespace assure {

using namespace xlsx;

namespace {

// The folder a part is in, for resolving relative targets: "xl/workbook.xml" -> "xl".
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

QString resolveTarget(const QString &folder, QString target)
{
    target.replace(u'\\', u'/');
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(folder.isEmpty() ? target : folder + QLatin1Char('/') + target);
}

} // namespace

XlsxReadJob::XlsxReadJob(const QByteArray &data, const QString &fileName, const QString &sheetName, qint64 maxCells)
    : m_data(data), m_sheetName(sheetName), m_maxCells(maxCells)
{
    m_shown = fileName.isEmpty() ? tr("the workbook") : QStringLiteral("“%1”").arg(QFileInfo(fileName).fileName());
}

XlsxReadJob::Part XlsxReadJob::readPart(const QString &name, QByteArray &out)
{
    QString why;
    switch (readXlsxPart(m_zip, name, m_shown, out, &why)) {
    case XlsxPart::Read: return Part::Read;
    case XlsxPart::Missing: return Part::Missing;
    case XlsxPart::Failed: break;
    }
    fail(why);
    return Part::Failed;
}

bool XlsxReadJob::xmlFailed(const QXmlStreamReader &xml, const QString &part)
{
    if (!xml.hasError())
        return false;
    fail(tr("%1 is damaged: %2 in %3, line %4").arg(m_shown, xml.errorString(), part).arg(xml.lineNumber()));
    return true;
}

bool XlsxReadJob::readRelationships(const QString &relsPart, QList<Relationship> &out, bool &found)
{
    QByteArray bytes;
    const Part part = readPart(relsPart, bytes);
    found = part == Part::Read;
    if (part == Part::Failed)
        return false;
    if (!found)
        return true;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        out.append(Relationship{attributes.value(QLatin1String("Id")).toString(),
                                attributes.value(QLatin1String("Type")).toString(),
                                attributes.value(QLatin1String("Target")).toString()});
    }
    return !xmlFailed(xml, relsPart);
}

bool XlsxReadJob::readWorkbook(const QString &part, QList<SheetEntry> &sheets)
{
    QByteArray bytes;
    const Part result = readPart(part, bytes);
    if (result == Part::Failed)
        return false;
    if (result == Part::Missing) {
        fail(tr("%1 is not an Excel workbook: it is a zip file without a workbook inside").arg(m_shown));
        return false;
    }
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView flag = attributes.value(QLatin1String("date1904"));
            m_date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            SheetEntry sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            sheet.hidden = !attributes.value(QLatin1String("state")).isEmpty() &&
                           attributes.value(QLatin1String("state")) != QLatin1String("visible");
            // The relationship id is r:id, whatever prefix the file gives the namespace.
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                    sheet.relationshipId = attribute.value().toString();
            }
            sheets.append(sheet);
            sheetNames.append(sheet.name);
        }
    }
    return !xmlFailed(xml, part);
}

bool XlsxReadJob::readSharedStrings(const QString &part)
{
    QByteArray bytes;
    const Part result = readPart(part, bytes);
    if (result != Part::Read)
        return result == Part::Missing;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            if (m_sharedStrings.size() >= m_maxCells) {
                fail(tr("%1 is too large to read: it holds more than %2 strings").arg(m_shown).arg(m_maxCells));
                return false;
            }
            m_sharedStrings.append(readRichText(xml));
        }
    }
    return !xmlFailed(xml, part);
}

bool XlsxReadJob::readStyles(const QString &part)
{
    QByteArray bytes;
    const Part result = readPart(part, bytes);
    if (result != Part::Read)
        return result == Part::Missing;
    QHash<int, ValueFormat> custom;
    QList<int> formatIds;
    bool inCellFormats = false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                custom.insert(id, classifyFormatCode(attributes.value(QLatin1String("formatCode"))));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellFormats = true;
            } else if (inCellFormats && xml.name() == QLatin1String("xf")) {
                formatIds.append(attributes.value(QLatin1String("numFmtId")).toInt());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = false;
        }
    }
    if (xmlFailed(xml, part))
        return false;
    // Resolved after reading, in case a file lists its formats after the cell styles.
    m_cellFormats.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds))
        m_cellFormats.append(custom.value(id, builtinFormat(id)));
    return true;
}

bool XlsxReadJob::cellText(QStringView type, const QString &value, const QString &inlineText, int style, QString &text)
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qint64 index = QStringView(value).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            fail(tr("%1 is damaged: cell %2%3 refers to shared string %4, which does not exist")
                     .arg(m_shown, SourceTable::columnLetters(m_column - 1))
                     .arg(m_row)
                     .arg(value.trimmed().left(20)),
                 m_row, m_column);
            return false;
        }
        text = m_sharedStrings.at(index);
    } else if (type == QLatin1String("inlineStr")) {
        text = inlineText;
    } else if (type == QLatin1String("str")) {
        text = unescapeOoxml(value);
    } else if (type == QLatin1String("b")) {
        const QStringView flag = QStringView(value).trimmed();
        text = flag == QLatin1String("1")   ? QStringLiteral("TRUE")
               : flag == QLatin1String("0") ? QStringLiteral("FALSE")
                                            : value;
    } else if (type == QLatin1String("e")) {
        text = value.trimmed();
    } else if (type == QLatin1String("d")) {
        // ISO 8601 date cells, written by some non-Excel programs.
        const QDateTime when = QDateTime::fromString(value.trimmed(), Qt::ISODate);
        if (when.isValid())
            text = when.time() == QTime(0, 0) ? when.date().toString(Qt::ISODate)
                                              : when.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
        else
            text = value.trimmed();
    } else {
        if (value.isEmpty() && !inlineText.isEmpty()) {
            text = inlineText;
            return true;
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            // A number that does not read as one is passed on for the importer to judge.
            text = value.trimmed();
            return true;
        }
        const ValueFormat format =
            style >= 0 && style < m_cellFormats.size() ? m_cellFormats.at(style) : ValueFormat::Plain;
        text = numberText(number, format, m_date1904);
    }
    return true;
}

bool XlsxReadJob::cellWithinLimit(const QString &text)
{
    if (text.size() <= TableLimits::kMaxCellCharacters)
        return true;
    fail(tr("cell %1%2 in %3 holds %4, longer than a spreadsheet cell can be (%5 characters)")
             .arg(SourceTable::columnLetters(m_column - 1))
             .arg(m_row)
             .arg(m_shown, QuotedText::quote(text), QLocale().toString(TableLimits::kMaxCellCharacters)),
         m_row, m_column);
    return false;
}

bool XlsxReadJob::readSheet(const QString &part, const QString &sheetName, SourceRow &header, QList<SourceRow> &rows)
{
    QByteArray bytes;
    const Part result = readPart(part, bytes);
    if (result == Part::Failed)
        return false;
    if (result == Part::Missing) {
        fail(tr("%1 is damaged: the sheet “%2” is missing from it").arg(m_shown, sheetName));
        return false;
    }
    QXmlStreamReader xml(bytes);
    bool haveHeader = false;
    qint64 cellBudget = m_maxCells;
    const auto damagedReference = [this](QStringView ref) {
        fail(tr("%1 is damaged: the cell reference “%2” is outside what Excel allows (A1 to "
                "XFD1048576)")
                 .arg(m_shown, ref.left(20).toString()));
        return false;
    };

    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("sheetData")) {
                xml.skipCurrentElement();
                continue;
            }
            int previousRow = 0;
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("row")) {
                    xml.skipCurrentElement();
                    continue;
                }
                int rowNumber = previousRow + 1;
                const QStringView rowRef = xml.attributes().value(QLatin1String("r"));
                if (!rowRef.isEmpty()) {
                    bool ok = false;
                    rowNumber = rowRef.toInt(&ok);
                    if (!ok || rowNumber < 1 || rowNumber > XlsxReader::kMaxRows)
                        return damagedReference(rowRef);
                }
                if (rowNumber > XlsxReader::kMaxRows)
                    return damagedReference(QString::number(rowNumber));
                previousRow = rowNumber;
                m_row = rowNumber;

                QStringList cells;
                int nextColumn = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() != QLatin1String("c")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const QXmlStreamAttributes attributes = xml.attributes();
                    int column = nextColumn;
                    const QStringView ref = attributes.value(QLatin1String("r"));
                    if (!ref.isEmpty()) {
                        column = columnFromReference(ref);
                        if (column < 0)
                            return damagedReference(ref);
                    }
                    if (column >= XlsxReader::kMaxColumns)
                        return damagedReference(SourceTable::columnLetters(column) + QString::number(rowNumber));
                    nextColumn = column + 1;
                    m_column = column + 1;
                    const QString type = attributes.value(QLatin1String("t")).toString();
                    bool styleOk = false;
                    int style = attributes.value(QLatin1String("s")).toInt(&styleOk);
                    if (!styleOk)
                        style = 0;

                    QString value;
                    QString inlineText;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("v"))
                            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        else if (xml.name() == QLatin1String("is"))
                            inlineText = readRichText(xml);
                        else
                            xml.skipCurrentElement();
                    }
                    if (xml.hasError())
                        break;
                    QString text;
                    if (!cellText(type, value, inlineText, style, text) || !cellWithinLimit(text))
                        return false;
                    // Styled but empty cells (whole formatted rows) must not widen the row.
                    if (text.isEmpty())
                        continue;
                    if (column >= cells.size()) {
                        cellBudget -= column + 1 - cells.size();
                        if (cellBudget < 0) {
                            fail(tr("%1 is too large to read: the sheet has more than %2 cells")
                                     .arg(m_shown)
                                     .arg(m_maxCells));
                            return false;
                        }
                        cells.resize(column + 1);
                    }
                    cells[column] = text;
                }
                if (xml.hasError())
                    break;
                if (isBlankRow(cells))
                    continue;
                if (!haveHeader) {
                    header = SourceRow{rowNumber, std::move(cells)};
                    haveHeader = true;
                } else {
                    rows.append(SourceRow{rowNumber, std::move(cells)});
                }
            }
            break;
        }
    }
    if (xmlFailed(xml, part))
        return false;
    if (!haveHeader) {
        fail(tr("the sheet “%1” in %2 is empty").arg(sheetName, m_shown));
        return false;
    }
    return true;
}

std::optional<QPair<SourceRow, QList<SourceRow>>> XlsxReadJob::run()
{
    if (!m_data.startsWith("PK")) {
        if (m_data.startsWith("\xD0\xCF\x11\xE0"))
            fail(tr("%1 is an Excel 97-2003 workbook (.xls): open it in Excel and save it as "
                    "an .xlsx workbook")
                     .arg(m_shown));
        else if (m_data.isEmpty())
            fail(tr("%1 is empty").arg(m_shown));
        else
            fail(tr("%1 is not an Excel workbook (.xlsx)").arg(m_shown));
        return std::nullopt;
    }
    m_buffer.setData(m_data);
    m_zip.setIoDevice(&m_buffer);
    if (!m_zip.open(QuaZip::mdUnzip)) {
        fail(tr("%1 is damaged or incomplete: it cannot be opened as a zip archive").arg(m_shown));
        return std::nullopt;
    }

    QList<Relationship> packageRels;
    bool found = false;
    if (!readRelationships(QStringLiteral("_rels/.rels"), packageRels, found))
        return std::nullopt;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &rel : std::as_const(packageRels)) {
        if (rel.type.endsWith(QLatin1String("/officeDocument"))) {
            workbookPart = resolveTarget(QString(), rel.target);
            break;
        }
    }
    QList<SheetEntry> sheets;
    if (!readWorkbook(workbookPart, sheets))
        return std::nullopt;

    const QString folder = folderOf(workbookPart);
    const QString workbookRelsPart = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) +
                                     QLatin1String("_rels/") + workbookPart.mid(workbookPart.lastIndexOf(u'/') + 1) +
                                     QLatin1String(".rels");
    QList<Relationship> workbookRels;
    if (!readRelationships(workbookRelsPart, workbookRels, found))
        return std::nullopt;
    const auto findRelationship = [&workbookRels](const QString &id) -> const Relationship * {
        for (const Relationship &rel : workbookRels) {
            if (rel.id == id)
                return &rel;
        }
        return nullptr;
    };
    const auto partOfType = [&](const char *suffix, const char *fallback) {
        for (const Relationship &rel : std::as_const(workbookRels)) {
            if (rel.type.endsWith(QLatin1String(suffix)))
                return resolveTarget(folder, rel.target);
        }
        return QString::fromLatin1(fallback);
    };

    const Relationship *chosen = nullptr;
    QString chosenName;
    // By default the first worksheet the user can see: templates often keep lookup lists on a
    // hidden first sheet. A workbook whose worksheets are all hidden gives its first one.
    const Relationship *firstHidden = nullptr;
    QString firstHiddenName;
    for (const SheetEntry &sheet : std::as_const(sheets)) {
        const Relationship *rel = findRelationship(sheet.relationshipId);
        const bool isWorksheet = rel && rel->type.endsWith(QLatin1String("/worksheet"));
        if (m_sheetName.isEmpty()) {
            if (isWorksheet && sheet.hidden && !firstHidden) {
                firstHidden = rel;
                firstHiddenName = sheet.name;
            } else if (isWorksheet && !sheet.hidden) {
                chosen = rel;
                chosenName = sheet.name;
                break;
            }
        } else if (sheet.name.compare(m_sheetName, Qt::CaseInsensitive) == 0) {
            if (!isWorksheet) {
                fail(tr("the sheet “%1” in %2 is a chart or dialog, not a worksheet").arg(sheet.name, m_shown));
                return std::nullopt;
            }
            chosen = rel;
            chosenName = sheet.name;
            break;
        }
    }
    if (!chosen && firstHidden) {
        chosen = firstHidden;
        chosenName = firstHiddenName;
    }
    if (!chosen) {
        if (!m_sheetName.isEmpty() && !sheets.isEmpty())
            fail(tr("%1 has no sheet named “%2”; its sheets are: %3")
                     .arg(m_shown, m_sheetName, sheetNames.join(QLatin1String(", "))));
        else
            fail(tr("%1 has no worksheets").arg(m_shown));
        return std::nullopt;
    }

    if (!readSharedStrings(partOfType("/sharedStrings", "xl/sharedStrings.xml")))
        return std::nullopt;
    if (!readStyles(partOfType("/styles", "xl/styles.xml")))
        return std::nullopt;
    SourceRow header;
    QList<SourceRow> rows;
    if (!readSheet(resolveTarget(folder, chosen->target), chosenName, header, rows))
        return std::nullopt;
    return qMakePair(std::move(header), std::move(rows));
}

} // namespace assure
