// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/runtime/KindModule.h"

#include <memory>

// The counter's module, kept with the tests to show that a kind adds routes to the host's port
// through KindModule and RouteTable alone, for each audience: the total of a counter game for
// anyone, its banked values for the backoffice's staff, and a check in the audit report.
namespace counter {

class CounterModule final : public steward::KindModule
{
public:
    steward::Status start(const steward::HostServices &services) override;
    void registerRoutes(steward::RouteTable &routes) override;

private:
    std::unique_ptr<steward::HostServices> m_host;
};

} // namespace counter
