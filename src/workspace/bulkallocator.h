// An allocator for containers that may hold a large bulk edit (a 100,000-row import's change set).
//
// A block of a megabyte or more is mapped with its pages made in one call. Each page of fresh
// memory is otherwise made on its first touch, one fault at a time; in a virtual machine a fault
// can cost 10 µs or more, which made a 34 MB change set take longer to fill than to build. A block
// of 2 MB or more is also asked for in transparent huge pages (Linux), a fault per 2 MB rather than
// per 4 KB: on the benchmark machine the 34 MB set then takes about 2 ms to map instead of 25.
// Smaller blocks, and systems without mmap, use the usual allocator.
#pragma once

#include <cstddef>
#include <memory>

namespace assure {

namespace bulk {
// Whether a block of this size is mapped (always false where there is no mmap).
bool isMapped(std::size_t bytes);
// A mapped block of that size; throws std::bad_alloc when there is no memory for it.
void *map(std::size_t bytes);
// Gives back a block map() returned, with the size it was asked for.
void unmap(void *block, std::size_t bytes) noexcept;
} // namespace bulk

template <class T> class BulkAllocator
{
public:
    using value_type = T;

    BulkAllocator() = default;
    template <class U> BulkAllocator(const BulkAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bulk::isMapped(bytes))
            return static_cast<T *>(bulk::map(bytes));
        return std::allocator<T>().allocate(n);
    }

    void deallocate(T *p, std::size_t n) noexcept
    {
        const std::size_t bytes = n * sizeof(T);
        if (bulk::isMapped(bytes))
            bulk::unmap(p, bytes);
        else
            std::allocator<T>().deallocate(p, n);
    }

    friend bool operator==(const BulkAllocator &, const BulkAllocator &) { return true; }
    friend bool operator!=(const BulkAllocator &, const BulkAllocator &) { return false; }
};

} // namespace assure
