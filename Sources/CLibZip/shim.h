#ifndef AKTE_CLIBZIP_SHIM_H
#define AKTE_CLIBZIP_SHIM_H
#include <zip.h>

/* Macros Swift cannot import (they expand to other macros or casts). */
static const zip_uint16_t akte_zip_extra_field_all = ZIP_EXTRA_FIELD_ALL;
static const zip_int64_t akte_zip_length_to_end = -1;

#endif
