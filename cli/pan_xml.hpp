// PAN annotation files: reading the `<feature .../>` elements of a gold (or detection) XML and
// writing a detection XML. The files are flat and machine-written, so a small attribute scanner
// is enough; attribute order, quoting style and spacing vary between PAN's own files.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pan_measure.hpp"

namespace overlap::pan {

/// The annotations of the features named `feature_name` ("plagiarism" in gold files,
/// "detected-plagiarism" in detection files). Features whose `source_reference` names another
/// source than `source_reference` belong to another pair and are skipped; features without one
/// are kept. Returns nothing when a feature lacks an offset or length or holds a bad number.
std::optional<std::vector<Annotation>> read_annotations(std::string_view xml, std::string_view feature_name,
                                                        std::string_view source_reference);

/// A PAN detection file for the pair (this_reference, source_reference): a `<document>` with one
/// `detected-plagiarism` feature per detection. `source_reference` is written too, as PAN's
/// reference evaluator needs it to match detections with cases.
std::string detection_xml(std::string_view this_reference, std::string_view source_reference,
                          const std::vector<Annotation>& detections);

}  // namespace overlap::pan
