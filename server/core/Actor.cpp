// SPDX-License-Identifier: GPL-3.0-or-later
#include "Actor.h"

using namespace Qt::StringLiterals;

namespace steward {

QString roleName(ActorRole role)
{
    switch (role) {
    case ActorRole::System: return u"system"_s;
    case ActorRole::Facilitator: return u"facilitator"_s;
    case ActorRole::Player: return u"player"_s;
    case ActorRole::Observer: return u"observer"_s;
    }
    return u"system"_s;
}

} // namespace steward
