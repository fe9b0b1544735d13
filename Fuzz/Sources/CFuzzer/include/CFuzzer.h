// libFuzzer's driver entry (compiler-rt, linked by -sanitize=fuzzer). SwiftPM names an executable's entry
// point <Target>_main, so each target starts the driver itself instead of using libFuzzer's main.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
