// A banner over the pages when the open board file is somewhere risky: a network drive or a synced folder.
#include "gui/filesafety/locationbanner.h"

namespace assure {

LocationBanner::LocationBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("locationBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("background: #fde7e9; color: #4a0e13; border: 1px solid #c4314b; padding: 6px;"));
    hide();
}

void LocationBanner::setPath(const QString &path)
{
    setRisk(path.isEmpty() ? LocationRisk{} : BoardFiles::location(path));
}

void LocationBanner::setRisk(const LocationRisk &risk)
{
    m_risk = risk;
    setText(BoardFiles::locationWarning(risk));
    setVisible(risk.isRisky());
}

} // namespace assure
