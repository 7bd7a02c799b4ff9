// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace steward {

// "steward.secrets": which store holds the secrets and why, and anything that went wrong there.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace steward
