// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

// What a name looks like, for telling whether two names are the same person's to a reader:
// compatibility forms folded (full-width "Ｂｏ", no-break spaces), case folded, letters that
// look Latin mapped to Latin (Cyrillic "Во", Greek "Βο"), accents, and everything but letters
// and digits dropped ("B o", "Bo.", "B\u200Bo"); 0 and 1 read as o and l. In the spirit of Unicode's confusable skeletons
// (UTS #39), with the look-alikes a classroom keyboard can type; not a full table.
QString nameSkeleton(const QString &name);

} // namespace steward
