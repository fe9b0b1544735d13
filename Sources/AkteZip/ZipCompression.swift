/// How an entry's bytes are stored.
public enum ZipCompression: Sendable, Hashable {
    case stored
    case deflated
}
