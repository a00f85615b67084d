// The identity of a board for files that travel away from it (return packs): its history's first hash.
#pragma once

#include <QString>

namespace assure {

class BoardFile;

// The hash of the change history's first entry. It is written when the board is made (or its
// history begins) and never changes after, since the hash chain would break: a copy of the file is
// the same board, and another board differs even when it has the same name. Empty, with the
// reason, when it cannot be read.
QString boardIdentity(const BoardFile &file, QString *error = nullptr);

} // namespace assure
