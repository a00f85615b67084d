// What an import needs to know about the board it plans for, as plain data filled in by the caller.
#include "interchange/indicators/importcontext.h"

namespace assure {

void ImportContext::addIndicator(const Indicator &indicator)
{
    m_indicators.insert(matchKey(indicator.code), indicator);
}

void ImportContext::addMeasurement(const Measurement &measurement)
{
    const MeasurementKey key{measurement.indicatorId, measurement.periodKey};
    if (!m_measurements.contains(key))
        ++m_dataCount[measurement.indicatorId];
    m_measurements.insert(key, measurement);
}

void ImportContext::addTarget(const Target &target)
{
    const MeasurementKey key{target.indicatorId, target.periodKey};
    if (!m_targets.contains(key))
        ++m_dataCount[target.indicatorId];
    m_targets.insert(key, target.value);
}

void ImportContext::addAgency(const Agency &agency)
{
    m_agencyIds.insert(matchKey(agency.name), agency.id);
    m_agencyNames.insert(agency.id, agency.name);
}

void ImportContext::reserveMeasurements(qsizetype count)
{
    m_measurements.reserve(count);
}

const Indicator *ImportContext::indicator(QStringView code) const
{
    const auto it = m_indicators.constFind(matchKey(code));
    return it == m_indicators.constEnd() ? nullptr : &it.value();
}

const Measurement *ImportContext::measurement(const MeasurementKey &key) const
{
    const auto it = m_measurements.constFind(key);
    return it == m_measurements.constEnd() ? nullptr : &it.value();
}

std::optional<double> ImportContext::target(const MeasurementKey &key) const
{
    const auto it = m_targets.constFind(key);
    if (it == m_targets.constEnd())
        return std::nullopt;
    return it.value();
}

qint64 ImportContext::agencyId(QStringView name) const
{
    return m_agencyIds.value(matchKey(name), 0);
}

QString ImportContext::agencyName(qint64 id) const
{
    return m_agencyNames.value(id);
}

QString ImportContext::matchKey(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

} // namespace assure
