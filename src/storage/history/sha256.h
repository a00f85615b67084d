// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them.
//
// The change history hashes every operation it records. Qt 6.4's QCryptographicHash computes
// SHA-256 in portable C, about six times slower here (see the history benchmark in assure-bench),
// which made the hash the dearest part of recording a bulk edit.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace assure {

class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void add(QByteArrayView bytes);
    // The digest of everything added since the last reset, as 64 lower-case hex digits.
    QByteArray hexResult();

    static QByteArray hex(QByteArrayView bytes);

private:
    evp_md_ctx_st *m_context;
};

} // namespace assure
