#ifndef AKTE_CLIBZIP_SHIM_H
#define AKTE_CLIBZIP_SHIM_H
#include <fcntl.h>
#include <zip.h>

/* Macros Swift cannot import (they expand to other macros or casts). */
static const zip_uint16_t akte_zip_extra_field_all = ZIP_EXTRA_FIELD_ALL;
static const zip_int64_t akte_zip_length_to_end = -1;

/* O_TMPFILE (an unnamed file in a folder, named by linkat once complete); 0 where the system lacks it.
   Spelled out instead of defining _GNU_SOURCE here: that define changes how system headers declare
   types such as fd_set, and clang then refuses to merge this module with the other C modules. The
   values are Linux's kernel ABI (include/uapi/asm-generic/fcntl.h, linux/fcntl.h). */
#if defined(__linux__)
static const int akte_o_tmpfile = 020000000 | O_DIRECTORY;
static const int akte_at_empty_path = 0x1000;
#else
static const int akte_o_tmpfile = 0;
static const int akte_at_empty_path = 0;
#endif
#endif
