/// Why a mail-merge batch kept nothing. The batch has already put the folder back as it found it.
public enum MailMergeError: Error, Sendable, CustomStringConvertible {
    /// Bad data, a bad `--name` or a document that cannot be rendered (exit 2), with file and line.
    case input(String)
    /// A document or the folder could not be written (exit 3).
    case output(String)
    /// SIGINT/SIGTERM/SIGHUP (exit 128 + signal): `written` documents were removed, `restored` replaced ones put back.
    case interrupted(signal: Int32, written: Int, restored: Int, folder: String)

    public var description: String {
        switch self {
        case .input(let message), .output(let message): return message
        case .interrupted(let signal, let written, let restored, let folder):
            return "interrupted (\(Interruption.name(of: signal))) after \(written) documents; none of this run's documents were kept"
                + (restored > 0 ? " and the \(restored) it had replaced were put back" : "") + "; \(folder) is as before the run"
        }
    }
}
