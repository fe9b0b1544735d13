/// Entry names that would land outside an extraction folder (zip slip) are refused on read and write.
enum ZipPath {
    /// Why `name` is unsafe, or nil when it is a plain relative path.
    static func problem(in name: String) -> String? {
        if name.isEmpty { return "empty entry name" }
        if name.hasPrefix("/") || name.hasPrefix("\\") { return "absolute path" }
        // A drive letter ("C:…") is absolute on Windows.
        let scalars = Array(name.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return "absolute path (drive letter)" }
        let components = name.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        if components.contains("..") { return "path leaves the archive folder (\"..\")" }
        if name.unicodeScalars.contains(where: { $0.value == 0 }) { return "NUL character in name" }
        return nil
    }
}
