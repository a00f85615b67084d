// Test helper: changes the cells of an .xlsx workbook the way a spreadsheet program saves them, part by part with
// QuaZip.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace assure::test {

// A workbook's parts in their order in the zip, to change and write back.
class WorkbookEdit final
{
public:
    bool read(const QString &path)
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            return false;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            m_parts.append({zip.getCurrentFileName(), file.readAll()});
        }
        return true;
    }

    bool write(const QString &path) const
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        for (const auto &[name, data] : m_parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(data) != data.size())
                return false;
            file.close();
        }
        zip.close();
        return zip.getZipError() == 0;
    }

    QByteArray &part(const QString &name)
    {
        for (auto &p : m_parts)
            if (p.first == name)
                return p.second;
        m_parts.append({name, QByteArray()});
        return m_parts.last().second;
    }
    bool has(const QString &name) const
    {
        for (const auto &p : m_parts)
            if (p.first == name)
                return true;
        return false;
    }

    // Writes a cell of a worksheet part as a user typing it would leave it: text as an inline
    // string, a number as a number, keeping the cell's style (and so its unlocked state). The
    // cell must be in the sheet already (the packs write their fillable cells blank).
    bool setCell(const QString &sheetPart, const QString &ref, const QString &value, bool number = false)
    {
        const QString escaped = value.toHtmlEscaped();
        return replaceCell(sheetPart, ref,
                           number ? QStringLiteral("><v>%1</v></c>").arg(escaped)
                                  : QStringLiteral(" t=\"inlineStr\"><is><t>%1</t></is></c>").arg(escaped));
    }

    // A formula (without "="), with no value worked out: the program that opens it next calculates it.
    bool setFormula(const QString &sheetPart, const QString &ref, const QString &formula)
    {
        return replaceCell(sheetPart, ref, QStringLiteral("><f>%1</f></c>").arg(formula.toHtmlEscaped()));
    }

    // Replaces text in a part (a sheet's name in the workbook, a shared string).
    bool replace(const QString &partName, const QByteArray &before, const QByteArray &after)
    {
        QByteArray &xml = part(partName);
        if (!xml.contains(before))
            return false;
        xml.replace(before, after);
        return true;
    }

private:
    // Replaces the cell's element, keeping its reference and style, with rest after them.
    bool replaceCell(const QString &sheetPart, const QString &ref, const QString &rest)
    {
        QByteArray &xml = part(sheetPart);
        const QRegularExpression cell(
            QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?[^>]*?(/>|>.*?</c>)").arg(QRegularExpression::escape(ref)));
        QString text = QString::fromUtf8(xml);
        const QRegularExpressionMatch m = cell.match(text);
        if (!m.hasMatch())
            return false;
        text.replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("<c r=\"%1\"%2").arg(ref, m.captured(1)) + rest);
        xml = text.toUtf8();
        return true;
    }

    QList<QPair<QString, QByteArray>> m_parts;
};

} // namespace assure::test
