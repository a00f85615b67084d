// Large blocks mapped with their pages made at once, in huge pages where the kernel offers them (see bulkallocator.h).
#include "workspace/bulkallocator.h"

#include <cerrno>
#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace assure::bulk {

namespace {
constexpr std::size_t kMappedFrom = std::size_t(1) << 20;
// The size of an x86-64 or arm64 transparent huge page; blocks this large are mapped in them.
constexpr std::size_t kHugePage = std::size_t(2) << 20;

std::size_t hugeSpan(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}
} // namespace

#if defined(__linux__)

bool isMapped(std::size_t bytes)
{
    return bytes >= kMappedFrom;
}

void *map(std::size_t bytes)
{
    if (bytes < kHugePage) {
        void *block = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (block == MAP_FAILED)
            throw std::bad_alloc();
        return block;
    }
    // Huge pages must start on a huge page boundary: map a page more than needed and give back
    // what lies before the boundary and after the block.
    const std::size_t span = hugeSpan(bytes);
    void *raw = mmap(nullptr, span + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + kHugePage - 1) & ~std::uintptr_t(kHugePage - 1);
    if (aligned > start)
        munmap(raw, aligned - start);
    if (const std::size_t after = kHugePage - (aligned - start); after > 0)
        munmap(reinterpret_cast<void *>(aligned + span), after);
    void *block = reinterpret_cast<void *>(aligned);
    // Both are advice: a kernel without transparent huge pages, or with them turned off, maps
    // ordinary pages, and one without MADV_POPULATE_WRITE (before Linux 5.14) makes them on first
    // touch.
    madvise(block, span, MADV_HUGEPAGE);
#if defined(MADV_POPULATE_WRITE)
    if (madvise(block, span, MADV_POPULATE_WRITE) != 0 && errno == ENOMEM) {
        munmap(block, span);
        throw std::bad_alloc();
    }
#endif
    return block;
}

void unmap(void *block, std::size_t bytes) noexcept
{
    munmap(block, bytes < kHugePage ? bytes : hugeSpan(bytes));
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
