// SPDX-License-Identifier: GPL-3.0-or-later
// steward-host: the game host without a window, for a classroom server or a LAN box.
#include "HostMain.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    return steward::runHost(argc, argv, u"Steward game host: players join from any browser on the network."_s);
}
