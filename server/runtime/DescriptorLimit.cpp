// SPDX-License-Identifier: GPL-3.0-or-later
#include "DescriptorLimit.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

#include <algorithm>
#include <limits>

namespace steward {

int raiseDescriptorLimit(int wanted)
{
#if defined(Q_OS_UNIX)
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    const rlim_t target = limit.rlim_max == RLIM_INFINITY ? rlim_t(wanted) : std::min<rlim_t>(rlim_t(wanted), limit.rlim_max);
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= target)
        return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<int>::max()
                                               : int(std::min<rlim_t>(limit.rlim_cur, std::numeric_limits<int>::max()));
    limit.rlim_cur = target;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0 && getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    return int(std::min<rlim_t>(limit.rlim_cur, std::numeric_limits<int>::max()));
#else
    return wanted;
#endif
}

} // namespace steward
