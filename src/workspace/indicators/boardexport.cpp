// Gathers a board's indicators, measurements and targets for the interchange writers.
#include "workspace/indicators/boardexport.h"

#include "interchange/indicators/measurementexport.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

namespace {

// The indicators to export, in code order, or nothing (and why) when a code is unknown.
std::optional<QList<Indicator>> chosenIndicators(const Workspace &workspace, const QStringList &codes, QString *error)
{
    QList<Indicator> chosen;
    if (codes.isEmpty()) {
        for (const Indicator &i : workspace.items<Indicator>())
            chosen.append(i);
    } else {
        for (const QString &code : codes) {
            const Indicator *indicator = workspace.items<Indicator>().byCode(code.trimmed());
            if (!indicator) {
                if (error)
                    *error = QCoreApplication::translate("assure::BoardExport",
                                                         "The board has no indicator with the code “%1”.")
                                 .arg(code.trimmed());
                return std::nullopt;
            }
            chosen.append(*indicator);
        }
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Indicator &a, const Indicator &b) { return a.code.compare(b.code, Qt::CaseInsensitive) < 0; });
    return chosen;
}

} // namespace

bool exportBoardMeasurements(const Workspace &workspace, const QString &path, const QStringList &codes, QString *error)
{
    const auto indicators = chosenIndicators(workspace, codes, error);
    if (!indicators)
        return false;
    QList<Measurement> measurements;
    QList<Target> targets;
    for (const Indicator &i : *indicators) {
        for (const Measurement &m : workspace.items<Measurement>().of(i.id))
            measurements.append(m);
        for (const Target &t : workspace.items<Target>().of(i.id))
            targets.append(t);
    }
    return exportMeasurements(path, *indicators, measurements, targets, workspace.board().fyStartMonth, error);
}

bool exportBoardIndicators(const Workspace &workspace, const QString &path, const QStringList &codes, QString *error)
{
    const auto indicators = chosenIndicators(workspace, codes, error);
    if (!indicators)
        return false;
    QHash<qint64, QString> agencyNames;
    for (const Agency &a : workspace.items<Agency>())
        agencyNames.insert(a.id, a.name);
    return exportIndicators(path, *indicators, agencyNames, error);
}

} // namespace assure
