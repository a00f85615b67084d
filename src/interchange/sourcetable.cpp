// What reading a spreadsheet (CSV or XLSX) gives: header cells and rows numbered as a spreadsheet shows them.
#include "interchange/sourcetable.h"

#include <QSet>

#include <utility>

namespace assure {

QString SourceRow::cell(int column) const
{
    if (column < 0 || column >= cells.size())
        return QString();
    return cells.at(column);
}

bool isBlankRow(const QStringList &cells)
{
    for (const QString &cell : cells) {
        for (const QChar c : cell) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

SourceTable::SourceTable(QString fileName, SourceRow header, QList<SourceRow> rows)
    : m_fileName(std::move(fileName)), m_header(std::move(header)), m_rows(std::move(rows))
{
    m_keys.reserve(m_header.cells.size());
    for (const QString &name : std::as_const(m_header.cells))
        m_keys.append(normalisedHeader(name));
}

int SourceTable::column(QStringView name) const
{
    const QString key = normalisedHeader(name);
    if (key.isEmpty())
        return -1;
    return static_cast<int>(m_keys.indexOf(key));
}

int SourceTable::column(const QStringList &names) const
{
    for (const QString &name : names) {
        if (const int found = column(name); found >= 0)
            return found;
    }
    return -1;
}

QStringList SourceTable::duplicateHeaders() const
{
    QStringList duplicates;
    QSet<QString> seen;
    QSet<QString> reported;
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString &key = m_keys.at(i);
        if (key.isEmpty())
            continue;
        if (seen.contains(key)) {
            if (!reported.contains(key)) {
                reported.insert(key);
                duplicates.append(m_header.cells.at(m_keys.indexOf(key)).trimmed());
            }
        } else {
            seen.insert(key);
        }
    }
    return duplicates;
}

QString SourceTable::columnName(int column) const
{
    const QString name = m_header.cell(column).simplified();
    return name.isEmpty() ? columnLetters(column) : name;
}

QString SourceTable::normalisedHeader(QStringView name)
{
    QString text = name.toString();
    // A stray byte order mark can survive in the first header when a file was saved twice.
    text.remove(QChar(0xFEFF));
    return text.simplified().toCaseFolded();
}

QString SourceTable::columnLetters(int column)
{
    if (column < 0)
        return QString();
    QString letters;
    int n = column + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        letters.prepend(QChar(u'A' + rem));
        n = (n - 1) / 26;
    }
    return letters;
}

} // namespace assure
