// Large blocks mapped with their pages populated at once (see bulkallocator.h).
#include "workspace/bulkallocator.h"

#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace assure::bulk {

namespace {
constexpr std::size_t kMappedFrom = std::size_t(1) << 20;
} // namespace

#if defined(__linux__)

bool isMapped(std::size_t bytes)
{
    return bytes >= kMappedFrom;
}

void *map(std::size_t bytes)
{
    void *block = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (block == MAP_FAILED)
        throw std::bad_alloc();
    return block;
}

void unmap(void *block, std::size_t bytes) noexcept
{
    munmap(block, bytes);
}

#else

bool isMapped(std::size_t)
{
    return false;
}

void *map(std::size_t)
{
    throw std::bad_alloc();
}

void unmap(void *, std::size_t) noexcept {}

#endif

} // namespace assure::bulk
