#ifndef AKTE_CZLIB_SHIM_H
#define AKTE_CZLIB_SHIM_H
#include <zlib.h>

/* deflateInit2 is a macro (it passes the library version and struct size); Swift cannot import it. */
static inline int akte_deflate_init_raw(z_streamp stream, int level) {
    /* Raw deflate (no zlib header) as zip entries need it; zlib's default window and memory level. */
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
