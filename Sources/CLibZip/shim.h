#ifndef AKTE_CLIBZIP_SHIM_H
#define AKTE_CLIBZIP_SHIM_H
#include <zip.h>
#endif
