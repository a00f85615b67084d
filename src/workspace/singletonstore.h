// The loaded item of a kind of which a board has exactly one (the board's own details).
#pragma once

#include <vector>

namespace assure {

template <class T> class SingletonStore final
{
public:
    void reset(std::vector<T> items) { m_value = items.empty() ? T{} : std::move(items.front()); }
    const T &value() const { return m_value; }
    void set(const T &value) { m_value = value; }

private:
    T m_value{};
};

} // namespace assure
