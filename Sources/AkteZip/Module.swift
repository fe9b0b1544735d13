// AkteZip: see ../shared/ARCHITECTURE.md for this module's responsibility.
