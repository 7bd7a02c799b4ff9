// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

// A test that needs a real part of the world (anvil, Chromium, PostgreSQL, pdftotext, an X
// display) and cannot find it. In CI (.ci/run sets STEWARD_TEST_REQUIRE_ALL=1) that is a failure:
// a suite that tested nothing must not pass. On a developer's machine without the part it is
// skipped, with the reason.
inline bool realPartsRequired()
{
    return qEnvironmentVariableIntValue("STEWARD_TEST_REQUIRE_ALL") == 1;
}

#define STEWARD_NEEDS(present, why)                                                                                   \
    do {                                                                                                              \
        if (!(present)) {                                                                                             \
            if (realPartsRequired())                                                                                  \
                QFAIL(why);                                                                                           \
            else                                                                                                      \
                QSKIP(why);                                                                                           \
        }                                                                                                             \
    } while (false)
