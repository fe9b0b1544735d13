#ifndef AKTE_CLIBXML2_SHIM_H
#define AKTE_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function pointer; Swift 6 rejects touching mutable C globals. */
static inline void akte_xmlFree(void *p) { xmlFree(p); }
#endif
