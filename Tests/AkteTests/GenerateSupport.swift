import Akte
import AkteTestSupport
import Foundation
import Testing

/// Generating the bundled examples (and edited copies of them) into temporary folders.
enum Examples {
    static let folder = TestPaths.examples
    static let templates = TestPaths.templates
    static let golden = TestPaths.testsFolder().appendingPathComponent("Golden")

    static let wommelgem = "commissie-voorbeeld.yaml"
    static let kinrooi = "commissie-kinrooi.yaml"
    static let reflection = "reflectiekamer-voorbeeld.yaml"

    /// The documents each example's stage calls for (file names without extension), in the case folder.
    static let expected: [String: (folder: String, files: [String])] = [
        wommelgem: ("DC-2025-01",
                    ["2025-09-04", "2025-09-18"].flatMap { date in
                        // The chair convenes and signs (art. 46 §1): no convocation to herself.
                        ["koen-mertens", "lotte-claes", "sofie-goossens", "jan-van-dyck", "nora-el-amrani", "dirk-hermans"]
                            .map { "01-oproeping-\(date)-\($0)" }
                    } + [
                        "02-uitnodiging-hoorzitting-2025-09-04-wim-janssens",
                        "02-uitnodiging-hoorzitting-2025-09-04-pieter-de-smet",
                        "02-uitnodiging-getuige-2025-09-04-inge-bosmans",
                        "03-gemotiveerd-advies",
                        "04-agendapunt-gemeenteraad-2025-10-20",
                        "05-besluit-gemeenteraad-2025-10-20",
                        "06-verslag-2025-09-04",
                        "06-verslag-2025-09-18",
                    ]),
        kinrooi: ("DC-2025-03",
                  ["2025-10-02", "2025-10-16"].flatMap { date in
                      // The chair convenes with the secretary and both sign (art. 3, 4): no convocation to the chair.
                      ["hans-cuppens", "mieke-janssen", "ilse-bongaerts", "kris-dirix", "anke-schreurs", "wout-nijs"]
                          .map { "01-oproeping-\(date)-\($0)" }
                  } + [
                      // Kinrooi art. 11: the chair tells the algemeen directeur and the college chair of the complaint.
                      "01-kennisgeving-melding-dries-timmermans",
                      "01-kennisgeving-melding-tine-bouwens",
                      "02-uitnodiging-hoorzitting-2025-10-16-sanne-coenen",
                      "02-uitnodiging-hoorzitting-2025-10-16-bram-geraets",
                      "03-beslissing-commissie",
                      "04-kennisgeving-sanne-coenen",
                      "04-kennisgeving-bram-geraets",
                      "04-kennisgeving-tine-bouwens",
                      "04-agendapunt-gemeenteraad-2025-10-27",
                      "05-besluit-gemeenteraad-2025-10-27",
                      "06-verslag-2025-10-02",
                      "06-verslag-2025-10-16",
                  ]),
        reflection: ("RK-2025-07", ["01-reflectieverslag"]),
    ]

    static func text(_ example: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(example), encoding: .utf8)
    }

    /// Writes an edited copy of an example into `folder`; every replacement must apply.
    static func edited(_ example: String, in folder: URL, _ replacements: [(String, String)]) throws -> URL {
        var text = try self.text(example)
        for (old, new) in replacements {
            try #require(text.contains(old), "the example no longer contains \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let url = folder.appendingPathComponent(example)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func options(out: URL, templates override: URL? = nil, formats: Set<OutputFormat> = [.odt, .txt],
                        force: Bool = false, only: Set<ArtefactKind>? = nil) -> GenerateOptions {
        GenerateOptions(outputDirectory: out, only: only, formats: formats,
                        library: TemplateLibrary(folders: TemplateFolders(user: override, environment: nil, shipped: templates)), force: force)
    }

    static func generate(_ caseFile: URL, out: URL, templates override: URL? = nil, formats: Set<OutputFormat> = [.odt, .txt],
                         force: Bool = false, only: Set<ArtefactKind>? = nil) throws -> GenerateResult {
        try Generator.generate(caseFile: caseFile.path, options: options(out: out, templates: override, formats: formats, force: force, only: only))
    }

    /// Every regular file below `folder`, relative path → bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return result }
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            result[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return result
    }
}

extension GenerateError {
    /// The lines of a refusal by the rules (findings with the documents they block, or two documents under one
    /// name: exit 1), nil for any other error.
    var ruleViolationLines: [String]? {
        switch self {
        case .refused(let refused): return refused.lines
        case .fileNameCollisions(let findings): return findings.map(\.description)
        default: return nil
        }
    }
}
