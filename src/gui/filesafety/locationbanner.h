// A banner over the pages when the open board file is somewhere risky: a network drive or a synced folder.
#pragma once

#include "workspace/filesafety/boardfiles.h"

#include <QLabel>

namespace assure {

class LocationBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit LocationBanner(QWidget *parent = nullptr);

    // Looks at where path is and shows the warning, or hides for a local file or no file.
    void setPath(const QString &path);
    // As setPath, with the risk already known (tests, and callers that assessed it).
    void setRisk(const LocationRisk &risk);
    const LocationRisk &risk() const { return m_risk; }

private:
    LocationRisk m_risk;
};

} // namespace assure
