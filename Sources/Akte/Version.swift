/// The version printed by `akte --version` and written as `meta:generator` (`akte/<version>`).
public enum AkteVersion {
    public static let current = "0.1.0"
}
