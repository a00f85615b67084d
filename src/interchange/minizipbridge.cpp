// Lets libxlsxwriter and QuaZip share one process: a path-based zipOpen over QuaZip's minizip.
//
// QuaZip carries its own modified copy of minizip and exports it under minizip's names
// (zipOpen, zipClose, ...), unversioned; libxlsxwriter calls the same names and expects the
// system libminizip. In one process the dynamic linker binds every caller to whichever library
// comes first, which is QuaZip. Four of the five functions libxlsxwriter uses
// (zipOpenNewFileInZip4_64, zipWriteInFileInZip, zipCloseFileInZip, zipClose) are the same
// in QuaZip's copy; zipOpen is not: QuaZip's takes a QIODevice, upstream's a file path, so
// libxlsxwriter's workbook_close() crashed. QuaZip itself never calls zipOpen (it uses
// zipOpen2/zipOpen3), so the program can define zipOpen with upstream's meaning, on top of
// QuaZip's zipOpen3; a definition in the executable takes precedence over both libraries.
// See https://github.com/stachenov/quazip/issues/169 for the same clash at link time.
#include "interchange/minizipbridge.h"

#include <QFile>

#include <quazip/zip.h>

#include <memory>
#include <vector>

namespace {

// QuaZip's minizip closes the device in zipClose but does not own it.
thread_local std::vector<std::unique_ptr<QFile>> t_files;

} // namespace

extern "C" zipFile ZEXPORT zipOpen(voidpf file, int append)
{
    if (!file)
        return nullptr;
    auto device = std::make_unique<QFile>(QFile::decodeName(static_cast<const char *>(file)));
    // As upstream: zipClose closes the file, and sizes go in the local headers rather than in
    // data descriptors after each part (QuaZip's default).
    zipFile zip = zipOpen3(device.get(), append, nullptr, nullptr, ZIP_AUTO_CLOSE);
    if (!zip)
        return nullptr;
    t_files.push_back(std::move(device));
    return zip;
}

namespace assure::detail {

void releaseBridgedZipFiles()
{
    t_files.clear();
}

} // namespace assure::detail
