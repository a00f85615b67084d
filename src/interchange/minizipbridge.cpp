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
// QuaZip's zipOpen3.
//
// Only a definition in the executable comes before both libraries, whatever order they load in,
// so this file is not part of the interchange layer: it is the object library assure_zipbridge,
// linked into every program (assure_program in cmake/AssureTargets.cmake), which also puts
// zipOpen in the program's dynamic symbol table for libxlsxwriter to find.
// See https://github.com/stachenov/quazip/issues/169 for the same clash at link time.
#include <QFile>

#include <quazip/zip.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// The files opened for libxlsxwriter on this thread. QuaZip's minizip closes a device in
// zipClose (ZIP_AUTO_CLOSE) but does not own it: each is freed once closed, at the next zipOpen
// or when the thread ends.
thread_local std::vector<std::unique_ptr<QFile>> t_files;

} // namespace

extern "C" zipFile ZEXPORT zipOpen(voidpf file, int append)
{
    t_files.erase(
        std::remove_if(t_files.begin(), t_files.end(), [](const std::unique_ptr<QFile> &f) { return !f->isOpen(); }),
        t_files.end());
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
