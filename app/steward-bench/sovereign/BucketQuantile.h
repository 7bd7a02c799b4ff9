// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostTickMetrics.h"

#include <cmath>
#include <optional>
#include <vector>

namespace steward::bench {

// The q-quantile of a histogram's cumulative buckets as Prometheus' histogram_quantile()
// computes it: find the bucket the rank falls in and interpolate linearly inside it, from the
// bucket below's bound (0 for the first). A rank beyond the last finite bound is that bound.
// So the answer is only as fine as the buckets: a figure of the bucket's resolution, not a
// measured time. Nothing when the histogram is empty.
inline std::optional<double> bucketQuantile(double q, const std::vector<HistogramBucket> &buckets)
{
    if (buckets.size() < 2)
        return std::nullopt;
    const double observations = buckets.back().count;
    if (observations <= 0)
        return std::nullopt;
    double rank = q * observations;
    std::size_t b = 0;
    while (b < buckets.size() - 1 && buckets[b].count < rank)
        ++b;
    if (b == buckets.size() - 1)
        return buckets[buckets.size() - 2].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    double start = 0;
    double count = buckets[b].count;
    if (b > 0) {
        start = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return start + (buckets[b].upperBound - start) * (rank / count);
}

// The bucket the largest observation fell in: (lower, upper], with upper +Inf when it was past
// every finite bound. Nothing when the histogram is empty.
struct BucketRange
{
    double lower = 0;
    double upper = 0;
};

inline std::optional<BucketRange> largestObservationBucket(const std::vector<HistogramBucket> &buckets)
{
    if (buckets.empty() || buckets.back().count <= 0)
        return std::nullopt;
    // The first bucket that holds them all.
    std::size_t b = 0;
    while (b < buckets.size() - 1 && buckets[b].count < buckets.back().count)
        ++b;
    return BucketRange{b > 0 ? buckets[b - 1].upperBound : 0.0, buckets[b].upperBound};
}

} // namespace steward::bench
