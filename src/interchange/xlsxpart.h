// One part of an .xlsx zip read into memory within TableLimits, refused before inflating when it would unpack too far.
#pragma once

#include <QByteArray>
#include <QString>

class QuaZip;

namespace assure {

enum class XlsxPart { Read, Missing, Failed };

// Reads the part called name (matched ignoring case) into out. Failed, with *error naming the
// workbook as `shown`, when the part is damaged or would unpack past TableLimits::kMaxBytes or
// kMaxInflation times its packed size: judged first by the sizes the zip declares, and again
// while inflating, since a declared size may lie.
XlsxPart readXlsxPart(QuaZip &zip, const QString &name, const QString &shown, QByteArray &out, QString *error);

} // namespace assure
