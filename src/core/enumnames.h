// The names of an enum's values, in one table: the key stored in files and JSON, and the label.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace assure {

// One value of an enum with its names. The key is never translated (board files, CSV and JSON
// hold it) and is a u"" literal, so that key() hands it out without copying: keys are written
// for every row of a large import. The label is what people read, written as
// QT_TRANSLATE_NOOP("<context>", "...") with the table's context, so that lupdate files it
// where label() looks it up.
template <typename E> struct EnumName
{
    E value;
    QStringView key;
    const char *label;
};

// An enum's names, in the order they are offered to people. A table per enum replaces a switch
// per enum and per name, and keeps a value's key and label on one line.
template <typename E, std::size_t N> class EnumNames
{
public:
    constexpr EnumNames(const char *context, const std::array<EnumName<E>, N> &names)
        : m_context(context), m_names(names)
    {
    }

    QString key(E value) const
    {
        const EnumName<E> *n = find(value);
        return n ? QString::fromRawData(n->key.data(), n->key.size()) : QString();
    }

    // Translated under the table's context.
    QString label(E value) const
    {
        const EnumName<E> *n = find(value);
        return n ? QCoreApplication::translate(m_context, n->label) : QString();
    }

    std::optional<E> fromKey(const QString &key) const
    {
        for (const EnumName<E> &n : m_names)
            if (key == n.key)
                return n.value;
        return std::nullopt;
    }

    QList<E> values() const
    {
        QList<E> out;
        out.reserve(qsizetype(N));
        for (const EnumName<E> &n : m_names)
            out.append(n.value);
        return out;
    }

private:
    const EnumName<E> *find(E value) const
    {
        for (const EnumName<E> &n : m_names)
            if (n.value == value)
                return &n;
        return nullptr;
    }

    const char *m_context;
    std::array<EnumName<E>, N> m_names;
};

// Deduces the table's size: enumNames<Rag>("assure::Rag", {{Rag::Blue, u"blue", ...}, ...}).
template <typename E, std::size_t N>
constexpr EnumNames<E, N> enumNames(const char *context, const EnumName<E> (&names)[N])
{
    std::array<EnumName<E>, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = names[i];
    return EnumNames<E, N>(context, out);
}

} // namespace assure
