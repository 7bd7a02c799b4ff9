// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretError.h"

#include <utility>
#include <variant>

namespace steward {

// A value from a secret store, or why there is none. Errors are values: nothing here throws.
template<typename T>
class [[nodiscard]] SecretResult
{
public:
    SecretResult(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    SecretResult(SecretError error) : m_v(std::in_place_index<1>, std::move(error)) {}
    SecretResult(SecretError::Kind kind, QString message)
        : m_v(std::in_place_index<1>, SecretError{kind, std::move(message)})
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }

    const SecretError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, SecretError> m_v;
};

// The value of an operation that only succeeds or fails.
struct SecretDone {};
using SecretStatus = SecretResult<SecretDone>;

} // namespace steward
