// One read of one .xlsx workbook for XlsxReader: the zip, its parts, the chosen sheet, and what went wrong.
#pragma once

#include "interchange/sourcetable.h"
#include "interchange/xlsxcells.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <quazip/quazip.h>

#include <optional>

class QXmlStreamReader;

namespace assure {

class XlsxReadJob final
{
    // The reader's messages, one translation context for the whole reader.
    Q_DECLARE_TR_FUNCTIONS(assure::XlsxReader)

public:
    XlsxReadJob(const QByteArray &data, const QString &fileName, const QString &sheetName, qint64 maxCells);

    // The header row and the rows below it, or nothing with error set.
    std::optional<QPair<SourceRow, QList<SourceRow>>> run();

    QStringList sheetNames;
    QString error;
    int errorRow = 0;
    int errorColumn = 0;

private:
    enum class Part { Read, Missing, Failed };

    struct Relationship
    {
        QString id;
        QString type;
        QString target;
    };

    struct SheetEntry
    {
        QString name;
        QString relationshipId;
        bool hidden = false;
    };

    Part readPart(const QString &name, QByteArray &out);
    // False, with the error set, when a cell holds more than a spreadsheet cell can.
    bool cellWithinLimit(const QString &text);
    bool xmlFailed(const QXmlStreamReader &xml, const QString &part);
    bool readRelationships(const QString &relsPart, QList<Relationship> &out, bool &found);
    bool readWorkbook(const QString &part, QList<SheetEntry> &sheets);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    bool readSheet(const QString &part, const QString &sheetName, SourceRow &header, QList<SourceRow> &rows);
    bool cellText(QStringView type, const QString &value, const QString &inlineText, int style, QString &text);
    void fail(const QString &message, int row = 0, int column = 0)
    {
        error = message;
        errorRow = row;
        errorColumn = column;
    }

    QByteArray m_data;
    QString m_sheetName;
    qint64 m_maxCells;
    QString m_shown;
    QBuffer m_buffer;
    QuaZip m_zip;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<xlsx::ValueFormat> m_cellFormats;
    // Where the cell being read is, for messages.
    int m_row = 0;
    int m_column = 0;
};

} // namespace assure
