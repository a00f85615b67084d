// Reads one worksheet of an Excel .xlsx workbook into a SourceTable, as the user sees its cells.
#include "interchange/xlsxreader.h"

#include "interchange/xlsxreadjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::XlsxReader)
};

} // namespace

std::optional<SourceTable> XlsxReader::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        m_error = Tr::tr("“%1” is a folder, not a file").arg(shown);
        m_errorRow = m_errorColumn = 0;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("cannot read “%1”: %2").arg(shown, file.errorString());
        m_errorRow = m_errorColumn = 0;
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_error = Tr::tr("cannot read “%1”: %2").arg(shown, file.errorString());
        m_errorRow = m_errorColumn = 0;
        return std::nullopt;
    }
    return read(data, path);
}

std::optional<SourceTable> XlsxReader::read(const QByteArray &data, const QString &fileName)
{
    XlsxReadJob job(data, fileName, m_sheetName, m_maxCells);
    auto result = job.run();
    m_sheetNames = job.sheetNames;
    m_error = job.error;
    m_errorRow = job.errorRow;
    m_errorColumn = job.errorColumn;
    if (!result)
        return std::nullopt;
    return SourceTable(fileName, std::move(result->first), std::move(result->second));
}

} // namespace assure
