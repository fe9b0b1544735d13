@testable import Akte
import AkteCase
import AkteRules
import AkteTemplate
import AkteTestSupport
import Foundation
import Testing

/// One contract, three places: for every template, the keys of its context type (read from the type,
/// `ContextShape`), the keys of its sample (`Templates/samples/<name>.json` and its variants) and the keys the
/// template uses (`akte templates keys`, through the same `LoadedTemplate.keys`, in the `.fodt` and the `.txt`)
/// are one set (docs/templates.md: the samples hold exactly the keys each template uses).
@Suite struct ContextKeyTests {
    static let templates = TestPaths.repositoryRoot.appendingPathComponent("Templates")

    @Test(arguments: ArtefactKind.allCases)
    func typeSampleAndTemplatesHoldTheSameKeys(kind: ArtefactKind) throws {
        let shape = try ContextShape.of(kind.contextType)
        let typeKeys = shape.keys
        let samples = try Self.samples(of: kind.templateName)
        #expect(!samples.isEmpty, "no sample for \(kind.templateName) in Templates/samples")
        for sample in samples {
            let sampleKeys = Self.keys(of: try TemplateValue.fromJSON(Data(contentsOf: sample)))
            #expect(sampleKeys.subtracting(typeKeys).sorted() == [], "\(sample.lastPathComponent): keys the context type lacks")
            // A variant may leave a list empty ("niemand."); the main sample shows every key.
            if sample == samples.first, !sample.path.contains("/variants/") {
                #expect(typeKeys.subtracting(sampleKeys).sorted() == [], "\(sample.lastPathComponent): keys of the type the sample lacks")
            }
        }
        var used = Set<String>()
        for format in ["fodt", "txt"] {
            let path = Self.templates.appendingPathComponent("\(kind.templateName).\(format)").path
            let template = try LoadedTemplate.load(path)
            used.formUnion(Self.resolve(template.keys, in: shape))
            // Every sample renders with both templates (strict: a key of the wrong kind is an error).
            for sample in samples {
                _ = try template.render(try TemplateValue.fromJSON(Data(contentsOf: sample)), format: template.defaultFormat)
            }
        }
        #expect(used.subtracting(typeKeys).sorted() == [], "\(kind.templateName): keys the templates use that the context type lacks")
        #expect(typeKeys.subtracting(used).sorted() == [], "\(kind.templateName): keys of the context type no template uses")
    }

    /// A sentence a context asks of the profile must be one a profile can give (a typo would print "" silently).
    @Test(arguments: ArtefactKind.allCases)
    func profileTextsAreKnownPurposes(kind: ArtefactKind) throws {
        let texts = try ContextShape.of(kind.contextType).paths.keys.filter { $0.hasPrefix("texts.") }
        for path in texts { #expect(RuleProfile.textPurposes.contains(String(path.dropFirst("texts.".count))), "\(path)") }
    }

    /// Every artefact of the examples builds the context type its kind names (the table the key test reads).
    @Test(arguments: [Examples.wommelgem, Examples.kinrooi, "advies-kinrooi.yaml", Examples.reflection])
    func artefactsBuildTheirKindsContext(example: String) throws {
        let url = Examples.folder.appendingPathComponent(example)
        let plan: DocumentPlan
        switch try CaseLoader.load(contentsOf: url, displayName: example) {
        case .commission(let c):
            let profile = try RuleProfile.load(nameOrPath: c.profile, relativeTo: Examples.folder)
            plan = DocumentPlan.plan(for: CaseSetting(commissionCase: c, facts: CaseEvaluator.evaluate(c, profile: profile)))
        case .reflection(let session):
            plan = DocumentPlan.plan(for: session)
        }
        #expect(!plan.artefacts.isEmpty)
        for artefact in plan.artefacts {
            #expect(ObjectIdentifier(type(of: artefact.typedContext)) == ObjectIdentifier(artefact.kind.contextType),
                    "\(artefact.fileName): \(type(of: artefact.typedContext)), expected \(artefact.kind.contextType)")
        }
    }

    // MARK: - Keys

    static func samples(of template: String) throws -> [URL] {
        let folder = templates.appendingPathComponent("samples")
        let variants = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("variants").path)
            .filter { $0.hasPrefix("\(template).") && $0.hasSuffix(".json") }.sorted()
            .map { folder.appendingPathComponent("variants").appendingPathComponent($0) }
        let main = folder.appendingPathComponent("\(template).json")
        return (FileManager.default.fileExists(atPath: main.path) ? [main] : []) + variants
    }

    /// The key paths of a sample, as `ContextShape.keys` names them (a list's item keys under the list).
    static func keys(of value: TemplateValue, prefix: String = "") -> Set<String> {
        var keys = Set<String>()
        switch value {
        case .map(let map):
            for (key, child) in map {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                if case .map = child {} else { keys.insert(path) }
                keys.formUnion(Self.keys(of: child, prefix: path))
            }
        case .list(let items):
            for item in items { keys.formUnion(Self.keys(of: item, prefix: prefix)) }
        case .string, .bool, .number, .null: break
        }
        return keys
    }

    /// The context paths a template's keys name: a key inside a section over a list or map is looked up in that
    /// item first, then outwards, as the renderer does. A key the type does not have stays as written, so the
    /// comparison shows it.
    static func resolve(_ templateKeys: [TemplateKey], in shape: ContextShape) -> Set<String> {
        let paths = shape.paths
        func lookup(_ name: String, _ scopes: [String]) -> String? {
            for scope in scopes.reversed() {
                let candidate = scope.isEmpty ? name : "\(scope).\(name)"
                if paths[candidate] != nil { return candidate }
            }
            return nil
        }
        var resolved = Set<String>()
        for key in templateKeys where key.path != "." {
            var scopes = [""]
            for section in key.sections {
                guard let path = lookup(section, scopes) else { continue }
                switch paths[path] {
                case .list, .map: scopes.append(path)
                default: break
                }
            }
            let path = lookup(key.path, scopes) ?? key.path
            if case .map = paths[path] { continue }
            resolved.insert(path)
        }
        return resolved
    }
}
