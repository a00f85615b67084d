// The import benchmark's input: a measurements CSV that a board accepts row for row, as a spreadsheet would hold it.
#include "importcsv.h"

#include "core/period.h"
#include "interchange/csvwriter.h"

#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

struct History
{
    QString earliestKey;
    double sum = 0;
    double squares = 0;
    int count = 0;

    double mean() const { return count > 0 ? sum / count : 0.0; }
    double spread() const { return count > 1 ? std::sqrt(std::max(0.0, squares / count - mean() * mean())) : 1.0; }
};

// Commentary as officers write it; {p} is the period. Commas, quotes and a line break make
// the writer quote the field.
const char *const kCommentary[] = {
    "Taken from the archived {p} return, as published in the annual report.",
    "Lower than usual: the team was short-staffed, and two \"out of area\" cases were counted late.",
    "Estimated.\nThe original extract for {p} could not be found; the figure is rebuilt from case files.",
    "Recounted in {p} after a data cleanse",
    "Includes the transfer-in cases from the neighbouring authority (3 families, 7 children).",
};

// A draw roughly normal around 0 with spread 1 (the sum of four uniforms), enough for test data.
double roughNormal(QRandomGenerator &rng)
{
    double sum = 0;
    for (int i = 0; i < 4; ++i)
        sum += rng.generateDouble();
    return (sum - 2.0) * std::sqrt(3.0);
}

QString valueText(const Indicator &indicator, double value, const QLocale &uk)
{
    switch (indicator.unit) {
    case Unit::Percent: return uk.toString(std::clamp(value, 0.0, 100.0), 'f', 1) + QLatin1Char('%');
    case Unit::Count:
    case Unit::Money: return uk.toString(static_cast<qint64>(std::llround(std::max(0.0, value))));
    case Unit::Rate:
    case Unit::Days: break;
    }
    return QString::number(std::max(0.0, value), 'f', 1);
}

} // namespace

bool writeImportCsv(const PlainBoard &board, const QString &path, int rows, quint32 seed, QString *error)
{
    if (board.indicators.empty()) {
        *error = QStringLiteral("the board has no indicators to import measurements for");
        return false;
    }
    QHash<qint64, History> histories;
    for (const Measurement &m : board.measurements) {
        History &h = histories[m.indicatorId];
        if (h.earliestKey.isEmpty() || m.periodKey < h.earliestKey)
            h.earliestKey = m.periodKey;
        if (m.value) {
            h.sum += *m.value;
            h.squares += *m.value * *m.value;
            ++h.count;
        }
    }
    const int fyStart = board.board.fyStartMonth;
    const int perIndicator =
        (rows + static_cast<int>(board.indicators.size()) - 1) / static_cast<int>(board.indicators.size());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    writer.writeRow(QStringList{QStringLiteral("Indicator code"), QStringLiteral("Period"), QStringLiteral("Value"),
                                QStringLiteral("Commentary")});
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    QRandomGenerator rng(seed);
    int written = 0;
    for (const Indicator &indicator : board.indicators) {
        if (indicator.frequency != Frequency::Monthly) {
            *error = QStringLiteral("indicator %1 is not monthly; the import benchmark needs a monthly board")
                         .arg(indicator.code);
            return false;
        }
        const History h = histories.value(indicator.id);
        const std::optional<Period> earliest =
            h.earliestKey.isEmpty() ? Period::containing(QDate::currentDate(), Period::Kind::Month, fyStart)
                                    : Period::fromKey(h.earliestKey, fyStart);
        if (!earliest) {
            *error = QStringLiteral("indicator %1 has a measurement with an unreadable period").arg(indicator.code);
            return false;
        }
        for (int back = perIndicator; back >= 1 && written < rows; --back, ++written) {
            const Period period = earliest->offset(-back);
            const QString periodText =
                written % 10 == 9 ? uk.toString(period.end(), QStringLiteral("dd/MM/yyyy")) : period.label();
            const double value = h.mean() + h.spread() * roughNormal(rng);
            QString commentary;
            if (rng.bounded(4) == 0)
                commentary = QString::fromUtf8(kCommentary[rng.bounded(static_cast<quint32>(std::size(kCommentary)))])
                                 .replace(QLatin1String("{p}"), period.label());
            if (!writer.writeRow(
                    QStringList{indicator.code, periodText, valueText(indicator, value, uk), commentary})) {
                *error = QStringLiteral("cannot write %1: %2").arg(path, writer.errorString());
                return false;
            }
        }
    }
    if (written < rows) {
        *error = QStringLiteral("only %1 of %2 rows could be made").arg(written).arg(rows);
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace assure
