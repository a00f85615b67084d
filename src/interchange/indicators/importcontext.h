// What an import needs to know about the board it plans for, as plain data filled in by the caller.
#pragma once

#include "core/board/agency.h"
#include "core/indicators/indicator.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace assure {

// One (indicator, period) cell of the board: where a measurement and a period's target live.
struct MeasurementKey final
{
    qint64 indicatorId = 0;
    QString periodKey; // Period::key()

    bool operator==(const MeasurementKey &o) const { return indicatorId == o.indicatorId && periodKey == o.periodKey; }
    bool operator!=(const MeasurementKey &o) const { return !(*this == o); }
};

inline size_t qHash(const MeasurementKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.indicatorId, key.periodKey);
}

// The board as an importer sees it. Nothing here touches the board file: the caller copies in
// what it has loaded, and the planners only read it. Codes and agency names are matched
// ignoring case and runs of spaces; a later add with the same code, name or key replaces an
// earlier one.
class ImportContext final
{
public:
    explicit ImportContext(int fyStartMonth = 4) : m_fyStartMonth(fyStartMonth) {}

    int fyStartMonth() const { return m_fyStartMonth; }
    void setFyStartMonth(int month) { m_fyStartMonth = month; }

    // The whole indicator: measurement imports read its id, frequency and unit; definition
    // imports compare every field.
    void addIndicator(const Indicator &indicator);
    // Stored measurements, whole, so that a row that leaves a cell blank keeps what is stored.
    void addMeasurement(const Measurement &measurement);
    // Targets set for one period or one financial year.
    void addTarget(const Target &target);
    void addAgency(const Agency &agency);
    void reserveMeasurements(qsizetype count);

    const Indicator *indicator(QStringView code) const;
    const Measurement *measurement(const MeasurementKey &key) const;
    std::optional<double> target(const MeasurementKey &key) const;
    // 0 when the board has no agency of that name.
    qint64 agencyId(QStringView name) const;
    QString agencyName(qint64 id) const;
    // How many measurements and targets are stored for the indicator.
    int storedDataCount(qint64 indicatorId) const { return m_dataCount.value(indicatorId); }

    // The form codes and names are compared in.
    static QString matchKey(QStringView text);

private:
    int m_fyStartMonth = 4;
    QHash<QString, Indicator> m_indicators;
    QHash<MeasurementKey, Measurement> m_measurements;
    QHash<MeasurementKey, double> m_targets;
    QHash<QString, qint64> m_agencyIds;
    QHash<qint64, QString> m_agencyNames;
    QHash<qint64, int> m_dataCount;
};

} // namespace assure
