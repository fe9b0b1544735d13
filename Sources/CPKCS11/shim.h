#ifndef AKTE_CPKCS11_SHIM_H
#define AKTE_CPKCS11_SHIM_H
/*
 * PKCS#11 (Cryptoki) types from p11-kit's pkcs11.h (Debian libp11-kit-dev). A module (the Belgian eID
 * middleware's libbeidpkcs11.so, SoftHSM's libsofthsm2.so) is opened with dlopen and reached only through
 * the function list its C_GetFunctionList returns, so nothing links against a particular module.
 */
#define CRYPTOKI_COMPAT 1
#include <p11-kit/pkcs11.h>
#include <dlfcn.h>

typedef CK_RV (*akte_get_function_list)(CK_FUNCTION_LIST_PTR_PTR);
#endif
