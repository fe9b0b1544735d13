import Foundation

/// The municipalities of the Flemish Region (`Data/flemish-municipalities.tsv`: the 300 of 2019–2024 and the
/// names new with the mergers of 2025), so that a place name identifies a case even when the session file
/// did not declare it (docs/anonymisation.md).
public struct MunicipalityList: Sendable {
    public struct Municipality: Sendable, Hashable {
        public let name: String
        public let province: String
        /// The municipality it is part of since 1 January 2025 (its own name when not merged).
        public let since2025: String
        /// Also an ordinary Dutch word or a common given name ("Geel", "Landen", "Brecht").
        public let isOrdinaryWord: Bool
    }

    public let names: [Municipality]
    /// Each name folded as `NameMatcher` compares it, computed once per list.
    let foldedNames: [[Unicode.Scalar]]

    /// The list shipped with akte.
    public static let flemish: MunicipalityList = {
        guard let url = Bundle.module.url(forResource: "flemish-municipalities", withExtension: "tsv", subdirectory: "Data"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            // The file is a resource of this module: without it the build is broken, not the input.
            fatalError("AkteRules resource Data/flemish-municipalities.tsv is missing")
        }
        return MunicipalityList(tsv: text)
    }()

    init(tsv: String) {
        names = tsv.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4 else { return nil }
            return Municipality(name: columns[0], province: columns[1], since2025: columns[3],
                                isOrdinaryWord: columns.count > 4 && columns[4] == "word")
        }
        foldedNames = names.map { FoldedText.foldedScalars($0.name) }
    }
}
