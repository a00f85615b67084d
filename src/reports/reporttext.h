// The one translation context of the reports' words, so that lupdate files them where they are looked up.
#pragma once

#include <QCoreApplication>

namespace assure {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(assure::Reports)
};

} // namespace assure
