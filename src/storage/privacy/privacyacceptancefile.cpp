// A board file's acceptances of the anonymisation guard's hits, read through their table mapping.
#include "storage/privacy/privacyacceptancefile.h"

#include "storage/boardfile.h"
#include "storage/privacy/privacymappings.h"
#include "storage/repository.h"

namespace assure {

std::optional<PrivacyAcceptances> readPrivacyAcceptances(const BoardFile &file, QString *error)
{
    QString failure;
    const std::vector<PrivacyAcceptance> all = Repository<PrivacyAcceptance>(file.database()).loadAll(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    return PrivacyAcceptances(all);
}

} // namespace assure
