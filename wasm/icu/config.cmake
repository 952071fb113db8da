# ICU configuration shared by the ICU library build (library/) and its users (ICU::uc).
# Everything the wasm build does not need is configured out: it shrinks the library and keeps
# ICU from looking for data (converters, collation, ...) that the slim package does not hold.
set(OVERLAP_ICU_VERSION 72.1)
set(OVERLAP_ICU_MAJOR 72)

# Seen by ICU and by every user of its headers: they must agree, or inline code and
# struct layouts differ between the library and its callers.
set(OVERLAP_ICU_PUBLIC_DEFINES
  U_STATIC_IMPLEMENTATION
  U_CHARSET_IS_UTF8=1
  UCONFIG_NO_LEGACY_CONVERSION=1
  UCONFIG_NO_CONVERSION=1
  UCONFIG_NO_FILE_IO=1
  UCONFIG_NO_IDNA=1
  UCONFIG_NO_SERVICE=1
  UCONFIG_NO_COLLATION=1
  UCONFIG_NO_FORMATTING=1
  UCONFIG_NO_TRANSLITERATION=1
  UCONFIG_NO_REGULAR_EXPRESSIONS=1)

# Only for compiling ICU itself: no plugins, no mmap (wasm has neither), no deprecation noise.
set(OVERLAP_ICU_PRIVATE_DEFINES
  U_COMMON_IMPLEMENTATION
  U_ATTRIBUTE_DEPRECATED=
  U_ENABLE_DYLOAD=0
  U_HAVE_MMAP=0)
