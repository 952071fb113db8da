// Reading PAN gold files as PAN writes them, and writing detection files the reader (and PAN's
// evaluator) can read back.
#include "pan_xml.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.hpp"

namespace overlap::pan {
namespace {

TEST(PanXml, ReadsPlagiarismFeaturesWhateverTheAttributeOrderAndSpacing) {
  // Shaped like the corpus's 05 files: double spaces, tabs, other features around.
  std::string xml = R"(<document  reference="suspicious-document00008.txt">
	<feature  name="about" authors="DUC2001" title="news" language="en" />
	<feature  name="plagiarism" type="artificial" this_offset="3822" this_length="593"
	   source_reference="source-document00305.txt" source_offset="0" source_length="5861" />
<feature source_length='402' source_offset='1084' this_length='269' this_offset='1412' name='plagiarism'/>
</document>)";
  auto cases = read_annotations(xml, "plagiarism", "source-document00305.txt");
  ASSERT_TRUE(cases);
  ASSERT_EQ(cases->size(), 2u);
  EXPECT_EQ((*cases)[0], (Annotation{{3822, 593}, {0, 5861}}));
  EXPECT_EQ((*cases)[1], (Annotation{{1412, 269}, {1084, 402}}));
}

TEST(PanXml, SkipsCasesOfOtherSourcesAndOtherFeatures) {
  std::string xml = R"(<document reference="s.txt">
<feature name="plagiarism" this_offset="1" this_length="2" source_reference="other.txt" source_offset="3" source_length="4"/>
<feature name="detected-plagiarism" this_offset="5" this_length="6" source_offset="7" source_length="8"/>
</document>)";
  auto cases = read_annotations(xml, "plagiarism", "src.txt");
  ASSERT_TRUE(cases);
  EXPECT_TRUE(cases->empty());
}

TEST(PanXml, DocumentWithoutCasesIsEmptyNotAnError) {
  auto cases = read_annotations("<document reference=\"a.txt\">\n</document>\n", "plagiarism", "b.txt");
  ASSERT_TRUE(cases);
  EXPECT_TRUE(cases->empty());
}

TEST(PanXml, RejectsMissingOrBadNumbers) {
  EXPECT_FALSE(read_annotations(R"(<feature name="plagiarism" this_offset="1" this_length="2" source_offset="3"/>)",
                                "plagiarism", "b"));
  EXPECT_FALSE(read_annotations(
      R"(<feature name="plagiarism" this_offset="-1" this_length="2" source_offset="3" source_length="4"/>)",
      "plagiarism", "b"));
  EXPECT_FALSE(read_annotations(
      R"(<feature name="plagiarism" this_offset="1x" this_length="2" source_offset="3" source_length="4"/>)",
      "plagiarism", "b"));
  EXPECT_FALSE(read_annotations(R"(<feature name="plagiarism" this_offset="1")", "plagiarism", "b"));
}

TEST(PanXml, DetectionFileHasTheDocumentAndOneFeaturePerDetection) {
  std::string xml = detection_xml("suspicious-document00001.txt", "source-document00294.txt",
                                  {{{10, 20}, {30, 40}}, {{100, 5}, {0, 7}}});
  EXPECT_EQ(xml,
            "<document reference=\"suspicious-document00001.txt\">\n"
            "<feature name=\"detected-plagiarism\" this_offset=\"10\" this_length=\"20\" "
            "source_reference=\"source-document00294.txt\" source_offset=\"30\" source_length=\"40\"/>\n"
            "<feature name=\"detected-plagiarism\" this_offset=\"100\" this_length=\"5\" "
            "source_reference=\"source-document00294.txt\" source_offset=\"0\" source_length=\"7\"/>\n"
            "</document>\n");
}

TEST(PanXml, DetectionFileReadsBack) {
  std::vector<Annotation> detections{{{1, 2}, {3, 4}}, {{50, 60}, {70, 80}}};
  std::string xml = detection_xml("a & \"b\".txt", "c<d>.txt", detections);
  EXPECT_EQ(xml.find("a & "), std::string::npos);  // escaped
  auto back = read_annotations(xml, "detected-plagiarism", "c<d>.txt");
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, detections);
  EXPECT_TRUE(read_annotations(detection_xml("a", "b", {}), "detected-plagiarism", "b")->empty());
}

TEST(PanXml, ReadsARealGoldFile) {
  auto path = std::filesystem::path(OVERLAP_SHARED_DIR) / "corpora/pan13-train/03-random-obfuscation" /
              "suspicious-document00006-source-document00560.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no corpus at " << path;
  auto cases = read_annotations(overlap::testing::read_file(path), "plagiarism", "source-document00560.txt");
  ASSERT_TRUE(cases);
  ASSERT_EQ(cases->size(), 1u);
  EXPECT_EQ((*cases)[0], (Annotation{{1412, 269}, {1084, 402}}));
}

}  // namespace
}  // namespace overlap::pan
