// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorsLog.h"

Q_LOGGING_CATEGORY(lcOperators, "steward.operators")
