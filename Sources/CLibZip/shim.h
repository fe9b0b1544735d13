#ifndef AKTE_CLIBZIP_SHIM_H
#define AKTE_CLIBZIP_SHIM_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <zip.h>

/* Macros Swift cannot import (they expand to other macros or casts). */
static const zip_uint16_t akte_zip_extra_field_all = ZIP_EXTRA_FIELD_ALL;
static const zip_int64_t akte_zip_length_to_end = -1;

/* O_TMPFILE (an unnamed file in a folder, named by linkat once complete); 0 where the system lacks it. */
#ifdef O_TMPFILE
static const int akte_o_tmpfile = O_TMPFILE;
#else
static const int akte_o_tmpfile = 0;
#endif
#ifdef AT_EMPTY_PATH
static const int akte_at_empty_path = AT_EMPTY_PATH;
#else
static const int akte_at_empty_path = 0;
#endif
#endif
