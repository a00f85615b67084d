// The board's own kinds: their uniqueness rules, and their registration with the workspace.
#include "workspace/board/boardkinds.h"

#include "workspace/kindops.h"

namespace assure {

void KindTraits<Board>::touched(const RowChange<Board> &, Applied &applied)
{
    Q_EMIT applied.notifier->boardChanged();
}

QString KindTraits<Agency>::clash(const Workspace &ws, const Agency &a)
{
    if (!nameTaken(ws.items<Agency>(), a, &Agency::name))
        return {};
    return BoardKinds::tr("There is already an agency called “%1”.").arg(a.name.trimmed());
}

QString KindTraits<SubGroup>::clash(const Workspace &ws, const SubGroup &s)
{
    if (!nameTaken(ws.items<SubGroup>(), s, &SubGroup::name))
        return {};
    return BoardKinds::tr("There is already a sub-group called “%1”.").arg(s.name.trimmed());
}

void BoardKinds::registerAll()
{
    registerKind<Board>();
    registerKind<Agency>();
    registerKind<Person>();
    registerKind<SubGroup>();
    registerKind<Priority>();
}

} // namespace assure
