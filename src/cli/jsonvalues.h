// Small helpers for the JSON the verbs print: optional numbers and keys become null when absent.
#pragma once

#include <QJsonValue>

#include <optional>

namespace assure {

inline QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

template <class E, class KeyFn>
QJsonValue jsonKey(const std::optional<E> &v, KeyFn key)
{
    return v ? QJsonValue(key(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace assure
