// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace steward::chain {

// Why an input was refused; converts to any Outcome<T>, so code reads `return Refusal{...};`.
struct Refusal
{
    QString reason;
};

// A value, or the reason it could not be produced. Decoders of untrusted bytes return this
// instead of throwing; the reason is for logs and replies, not for code to parse.
template<typename T>
class [[nodiscard]] Outcome
{
public:
    Outcome(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Outcome(Refusal refusal) : m_v(std::in_place_index<1>, std::move(refusal.reason)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    // By value, so `const auto &v = decode(...).value();` does not dangle.
    T value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }

    // Empty when ok().
    QString error() const { return ok() ? QString() : std::get<1>(m_v); }
    Refusal refusal() const { return Refusal{error()}; }

private:
    std::variant<T, QString> m_v;
};

} // namespace steward::chain
