#ifndef AKTE_CLIBXML2_SHIM_H
#define AKTE_CLIBXML2_SHIM_H
/*
 * libxml2 is built with ICU, and encoding.h then includes the system <unicode/ucnv.h>, whose
 * UErrorCode clashes with the ICU copy inside Foundation. akte never touches the ICU-specific
 * converter fields, so the shim hides them.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlmemory.h>
#include <libxml/c14n.h>

/* xmlFree is a global function pointer; Swift 6 rejects touching mutable C globals. */
static inline void akte_xmlFree(void *p) { xmlFree(p); }

/*
 * Tree linking without text-node merging.
 * xmlAddChild / xmlAddNextSibling / xmlAddPrevSibling merge adjacent text nodes and then FREE the
 * node they were given, which would leave a Swift handle dangling. These helpers only relink
 * pointers. Both nodes must belong to the same document, `node` must be unlinked, and neither may
 * be an attribute or namespace node (the Swift side checks all of that before calling).
 */
static inline void akte_link_last_child(xmlNodePtr parent, xmlNodePtr node) {
    node->parent = parent;
    node->prev = parent->last;
    node->next = NULL;
    if (parent->last != NULL) {
        parent->last->next = node;
    } else {
        parent->children = node;
    }
    parent->last = node;
}

static inline void akte_link_before(xmlNodePtr reference, xmlNodePtr node) {
    xmlNodePtr parent = reference->parent;
    node->parent = parent;
    node->next = reference;
    node->prev = reference->prev;
    if (reference->prev != NULL) {
        reference->prev->next = node;
    } else if (parent != NULL) {
        parent->children = node;
    }
    reference->prev = node;
}

static inline void akte_link_after(xmlNodePtr reference, xmlNodePtr node) {
    xmlNodePtr parent = reference->parent;
    node->parent = parent;
    node->prev = reference;
    node->next = reference->next;
    if (reference->next != NULL) {
        reference->next->prev = node;
    } else if (parent != NULL) {
        parent->last = node;
    }
    reference->next = node;
}
#endif
