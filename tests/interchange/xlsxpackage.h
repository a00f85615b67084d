// Builds small .xlsx packages in memory, part by part, for reader tests and hand-made fixtures.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace assure::testing {

using Parts = QList<QPair<QString, QByteArray>>;

// A zip of the parts in order; stored (uncompressed) parts let byte-level damage reach the XML.
inline QByteArray zip(const Parts &parts, bool stored = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        return QByteArray();
    for (const auto &[name, data] : parts) {
        QuaZipNewInfo info(name);
        // A fixed time keeps regenerated fixtures free of noise.
        info.dateTime = QDateTime(QDate(2026, 9, 30), QTime(12, 0));
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED,
                       stored ? 0 : Z_DEFAULT_COMPRESSION))
            return QByteArray();
        file.write(data);
        file.close();
    }
    archive.close();
    return bytes;
}

inline QByteArray rootRelationships(const QByteArray &workbookTarget = "xl/workbook.xml")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships/officeDocument\" Target=\""
           + workbookTarget + "\"/></Relationships>";
}

// sheets: the <sheet> elements; workbookPr: e.g. "<workbookPr date1904=\"1\"/>".
inline QByteArray workbookXml(const QByteArray &sheets, const QByteArray &workbookPr = QByteArray())
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           + workbookPr + "<sheets>" + sheets + "</sheets></workbook>";
}

// One relationship: kind is the last word of the type ("worksheet", "sharedStrings", ...).
inline QByteArray relationship(const QByteArray &id, const QByteArray &kind, const QByteArray &target)
{
    return "<Relationship Id=\"" + id
           + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           + kind + "\" Target=\"" + target + "\"/>";
}

inline QByteArray relationships(const QByteArray &entries)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           + entries + "</Relationships>";
}

inline QByteArray sheetXml(const QByteArray &sheetData, const QByteArray &before = QByteArray())
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           + before + "<sheetData>" + sheetData + "</sheetData></worksheet>";
}

inline QByteArray sharedStringsXml(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           + items + "</sst>";
}

inline QByteArray stylesXml(const QByteArray &numFmts, const QByteArray &cellXfs)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<numFmts>" + numFmts + "</numFmts>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
           "<cellXfs>" + cellXfs + "</cellXfs></styleSheet>";
}

// A one-sheet workbook ("Data") with the usual part names.
inline Parts singleSheet(const QByteArray &sheet, const QByteArray &sharedStrings = QByteArray(),
                         const QByteArray &styles = QByteArray(),
                         const QByteArray &workbookPr = QByteArray())
{
    QByteArray rels = relationship("rId1", "worksheet", "worksheets/sheet1.xml");
    Parts parts{{QStringLiteral("_rels/.rels"), rootRelationships()},
                {QStringLiteral("xl/workbook.xml"),
                 workbookXml("<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>", workbookPr)},
                {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!sharedStrings.isNull()) {
        rels += relationship("rId2", "sharedStrings", "sharedStrings.xml");
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    if (!styles.isNull()) {
        rels += relationship("rId3", "styles", "styles.xml");
        parts.append({QStringLiteral("xl/styles.xml"), styles});
    }
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(rels)});
    return parts;
}

} // namespace assure::testing
