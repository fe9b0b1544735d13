import ArgumentParser

/// The output folder and `--force`, shared by the commands that write documents into a folder (`generate`, `demo`).
struct OutputFolderOptions: ParsableArguments {
    @Option(help: "The output folder.")
    var out = "Output"

    @Flag(help: "Replace existing documents (without it, an existing document is never overwritten).")
    var force = false

    func validate() throws {
        // An empty --out would resolve to the current folder's parent chain oddly ("/<case>"): refuse it.
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out: the output folder is empty; name a folder (default: Output)")
        }
    }

    /// The folder as the user wrote it, with a final "/" (relative stays relative in messages).
    var shownPrefix: String { out.hasSuffix("/") ? out : out + "/" }
}
