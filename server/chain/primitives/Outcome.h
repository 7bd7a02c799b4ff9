// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Expected.h"

#include <QString>

#include <optional>

namespace steward::chain {

// Why an input was refused: `return Refusal{...};`. The reason is for logs and replies, not for
// code to parse.
struct Refusal
{
    QString reason;
};

// A value, or the reason it could not be produced. Decoders of untrusted bytes return this
// instead of throwing.
template<typename T>
using Outcome = Expected<T, Refusal>;

// The first refusal among several decodings, in order, or none: for a record read field by field.
template<typename... T>
std::optional<Refusal> firstRefusal(const Outcome<T> &...outcomes)
{
    std::optional<Refusal> first;
    ((first || outcomes.ok() ? void() : void(first = outcomes.error())), ...);
    return first;
}

} // namespace steward::chain
