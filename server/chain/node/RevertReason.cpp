// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevertReason.h"

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {
constexpr qsizetype Word = 32;
const QByteArray ErrorSelector = "\x08\xc3\x79\xa0"_ba;
const QByteArray PanicSelector = "\x4e\x48\x7b\x71"_ba;

// A 256-bit big-endian word as a size; nullopt when it cannot be an offset or length here.
std::optional<qsizetype> wordAsSize(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + Word > data.size())
        return std::nullopt;
    quint64 value = 0;
    for (qsizetype i = 0; i < Word; ++i) {
        const auto byte = static_cast<quint8>(data[at + i]);
        if (i < Word - 4) {
            if (byte != 0)
                return std::nullopt; // larger than any revert payload can be
            continue;
        }
        value = value << 8 | byte;
    }
    return static_cast<qsizetype>(value);
}
} // namespace

std::optional<QString> decodeRevertReason(const QByteArray &revertData)
{
    if (revertData.startsWith(ErrorSelector)) {
        const QByteArray args = revertData.mid(ErrorSelector.size());
        const auto offset = wordAsSize(args, 0);
        if (!offset)
            return std::nullopt;
        const auto length = wordAsSize(args, *offset);
        if (!length || *offset + Word + *length > args.size())
            return std::nullopt;
        return QString::fromUtf8(args.mid(*offset + Word, *length));
    }
    if (revertData.startsWith(PanicSelector) && revertData.size() == PanicSelector.size() + Word) {
        const QByteArray code = revertData.mid(PanicSelector.size());
        qsizetype first = 0;
        while (first < code.size() - 1 && code[first] == 0)
            ++first;
        return u"panic 0x"_s + QString::fromLatin1(code.mid(first).toHex());
    }
    return std::nullopt;
}

} // namespace steward::chain
