// Banding: two paragraphs swapped between the texts (or one moved away from between the other's
// seeds) lie close together in both, so they cluster; banding splits such a cluster by diagonal.
#pragma once

#include <vector>

#include "align/cluster.hpp"

namespace overlap::align {

/// Splits each cluster whose seeds form bands in opposite orders in the two texts, and clusters
/// each band again (it may hold several passages once the swapped seeds are gone). A cluster
/// whose bands are all in order, or only rewording scatters, is returned as it is. Only for
/// ordinary passages (the same gap on both sides): a summary's echoes share no diagonal.
std::vector<Cluster> split_swapped(std::vector<Cluster> clusters, const ClusterParams& params,
                                   const BandTuning& tuning);

}  // namespace overlap::align
