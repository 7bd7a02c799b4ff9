// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostTickMetrics.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

// One sample line: `name{label="value",...} number`, or `name number`.
struct Sample
{
    QByteArray name;
    QByteArray labels; // between the braces, as written
    double value = 0;
};

std::optional<Sample> parseLine(const QByteArray &line)
{
    if (line.isEmpty() || line.startsWith('#'))
        return std::nullopt;
    Sample s;
    qsizetype valueAt = 0;
    if (const qsizetype brace = line.indexOf('{'); brace >= 0) {
        const qsizetype close = line.indexOf('}', brace);
        if (close < 0)
            return std::nullopt;
        s.name = line.left(brace);
        s.labels = line.mid(brace + 1, close - brace - 1);
        valueAt = close + 1;
    } else {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            return std::nullopt;
        s.name = line.left(space);
        valueAt = space;
    }
    const QByteArray value = line.mid(valueAt).trimmed().split(' ').value(0);
    if (value == "+Inf") {
        s.value = std::numeric_limits<double>::infinity();
        return s;
    }
    bool ok = false;
    s.value = value.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return s;
}

// The value of `label` in a sample's labels, e.g. le="0.25" -> 0.25 (+Inf as infinity).
std::optional<double> labelNumber(const QByteArray &labels, const QByteArray &label)
{
    const QByteArray key = label + "=\"";
    const qsizetype at = labels.indexOf(key);
    if (at < 0)
        return std::nullopt;
    const qsizetype from = at + key.size();
    const qsizetype to = labels.indexOf('"', from);
    const QByteArray text = labels.mid(from, to - from);
    if (text == "+Inf")
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<HostTickMetrics> HostTickMetrics::fromText(const QByteArray &text, const QString &kind, QString *problem)
{
    const QByteArray kindLabel = "kind=\"" + kind.toUtf8() + '"';
    HostTickMetrics m;
    bool haveCount = false;
    for (const QByteArray &line : text.split('\n')) {
        const std::optional<Sample> s = parseLine(line.trimmed());
        if (!s)
            continue;
        const bool ofKind = s->labels.contains(kindLabel);
        if (s->name == "steward_tick_ms_bucket" && ofKind) {
            if (const auto le = labelNumber(s->labels, "le"))
                m.tickMsBuckets.push_back({*le, s->value});
        } else if (s->name == "steward_tick_ms_sum" && ofKind) {
            m.tickMsSum = s->value;
        } else if (s->name == "steward_tick_ms_count" && ofKind) {
            m.tickMsCount = s->value;
            haveCount = true;
        } else if (s->name == "steward_push_ms_bucket" && ofKind) {
            if (const auto le = labelNumber(s->labels, "le"))
                m.pushMsBuckets.push_back({*le, s->value});
        } else if (s->name == "steward_push_ms_sum" && ofKind) {
            m.pushMsSum = s->value;
        } else if (s->name == "steward_push_ms_count" && ofKind) {
            m.pushMsCount = s->value;
        } else if (s->name == "steward_ticks_late_total" && ofKind) {
            m.ticksLate = s->value;
        } else if (s->name == "game_active_count" && ofKind) {
            m.gamesActive = qint64(s->value);
        } else if (s->name == "player_connected_count") {
            m.playersConnected = qint64(s->value);
        } else if (s->name == "steward_websocket_sessions") {
            m.sessions = qint64(s->value);
        }
    }
    for (auto *buckets : {&m.tickMsBuckets, &m.pushMsBuckets})
        std::sort(buckets->begin(), buckets->end(),
                  [](const HistogramBucket &a, const HistogramBucket &b) { return a.upperBound < b.upperBound; });
    if (!haveCount || m.tickMsBuckets.empty() || !std::isinf(m.tickMsBuckets.back().upperBound)) {
        *problem = u"GET /metrics has no steward_tick_ms histogram for kind \"%1\" (has it ticked?)"_s.arg(kind);
        return std::nullopt;
    }
    return m;
}

HostTickMetrics HostTickMetrics::since(const HostTickMetrics &earlier) const
{
    HostTickMetrics d = *this;
    const auto subtract = [](std::vector<HistogramBucket> &now, const std::vector<HistogramBucket> &before) {
        for (HistogramBucket &b : now) {
            const auto was = std::find_if(before.cbegin(), before.cend(),
                                          [&b](const HistogramBucket &e) { return e.upperBound == b.upperBound; });
            if (was != before.cend())
                b.count -= was->count;
        }
    };
    subtract(d.tickMsBuckets, earlier.tickMsBuckets);
    subtract(d.pushMsBuckets, earlier.pushMsBuckets);
    d.tickMsSum -= earlier.tickMsSum;
    d.tickMsCount -= earlier.tickMsCount;
    d.pushMsSum -= earlier.pushMsSum;
    d.pushMsCount -= earlier.pushMsCount;
    d.ticksLate -= earlier.ticksLate;
    return d;
}

} // namespace steward::bench
