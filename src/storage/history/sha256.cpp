// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them.
#include "storage/history/sha256.h"

#include <openssl/evp.h>

namespace assure {

namespace {

// Fetched once: an implicit fetch on every reset costs more than hashing a small entry.
const EVP_MD *sha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    Q_CHECK_PTR(md);
    return md;
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    Q_CHECK_PTR(m_context);
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context, sha256(), nullptr);
}

void Sha256::add(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context, digest, &size);
    reset();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), qsizetype(size)).toHex();
}

QByteArray Sha256::hex(QByteArrayView bytes)
{
    Sha256 h;
    h.add(bytes);
    return h.hexResult();
}

} // namespace assure
