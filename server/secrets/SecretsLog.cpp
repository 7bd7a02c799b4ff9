// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsLog.h"

namespace steward {

Q_LOGGING_CATEGORY(lcSecrets, "steward.secrets")

} // namespace steward
