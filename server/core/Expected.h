// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <concepts>
#include <utility>
#include <variant>

namespace steward {

// A value, or the reason there is none: errors are values at every API edge, and nothing here
// throws. The one result type of the host (std::expected is C++23); each area names its own
// error type: Result<T> (core's Error), SecretResult<T>, chain::Outcome<T>, chain::RpcResult.
// Header-only, so that the layers under the core (chain/primitives, secrets) use it too.
template<typename T, typename E>
class [[nodiscard]] Expected
{
public:
    using value_type = T;
    using error_type = E;

    Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Expected(E error) : m_v(std::in_place_index<1>, std::move(error)) {}
    // The error from its parts: `return {ErrorCode::BadRequest, u"..."_s};`.
    template<typename A, typename B, typename... Rest>
        requires std::constructible_from<E, A, B, Rest...>
    Expected(A &&a, B &&b, Rest &&...rest)
        : m_v(std::in_place_index<1>, E{std::forward<A>(a), std::forward<B>(b), std::forward<Rest>(rest)...})
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    // By value, so `const auto &v = decode(...).value();` does not dangle.
    T value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }

    const E &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

// The value of an operation that only succeeds or fails.
struct Done {};

} // namespace steward
