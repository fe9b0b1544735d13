import Akte
import ArgumentParser

/// A format `generate` can write: one of the writer table's (`FormatWriters.standard`), so `--format fodt` is
/// refused by ArgumentParser and `--help` lists only what generate writes (fodt is for `akte render`).
struct GenerateFormat: ExpressibleByArgument, Hashable {
    let format: OutputFormat

    init(_ format: OutputFormat) {
        self.format = format
    }

    init?(argument: String) {
        guard let format = OutputFormat(argument: argument), FormatWriters.standard().formats.contains(format) else { return nil }
        self.format = format
    }

    var defaultValueDescription: String { format.rawValue }

    static var allValueStrings: [String] { FormatWriters.standard().formats.map(\.rawValue) }
}
