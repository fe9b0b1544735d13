import Akte
import AkteZip
import AkteTestSupport
import Foundation
import Testing

/// Issue 11, "What it must show": generated session files with names in many alphabets and spellings go
/// through the real pipeline (`Generator.generate`, .odt and .txt written); no declared name may be found in
/// any text extractable from the written files, read as a reader sees it.
///
/// Cases: `AKTE_ANONYMISATION_CASES` (default 300, each a complete report written as .odt and .txt); seed:
/// `AKTE_ANONYMISATION_SEED` (default 1). `AKTE_ANONYMISATION_CASES=10000 swift test --filter
/// ReflectionReportPropertyTests` runs the 10,000 of the issue.
@Suite("generate: no declared name in any generated reflection report")
struct ReflectionReportPropertyTests {
    struct Generator64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let givenNames = [
        "Marijke", "Jan", "Els", "Émile", "Zoë", "François", "Marie-Louise", "Pieter-Jan", "Ayşe", "İbrahim", "Łukasz",
        "Małgorzata", "Søren", "Bjørn", "Γιώργος", "Ελένη", "Сергей", "Наталья", "محمد", "فاطمة", "Noël", "Siobhán",
    ]
    static let surnames = [
        "Peeters", "De Smet", "Van den Broeck", "D'Hondt", "Yıldız", "Öztürk", "Çelik", "Wałęsa", "Brzęczyszczykiewicz",
        "Weiß", "Ærøe", "Παπαδόπουλος", "Οικονόμου", "Иванова", "Смирнов", "العمراني", "El Amrani", "O'Brien",
        "Vermeulen-Claes", "Lefèvre", "Nuñez", "Dvořák",
    ]
    static let places = ["Zonnedorp", "Beekhoven", "Heidewijk-Noord", "Sint-Brielen", "Ramskapelle"]
    static let fillers = [
        "vroeg zich af of", "had gesprekken met", "kreeg een vraag van", "schreef aan", "zat samen met",
        "zag een belangenconflict bij", "twijfelde over een geschenk van",
    ]

    /// Look-alikes a writer (or an attacker) can put in place of Latin letters.
    static let cyrillic: [Character: Character] = ["a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "P": "Р", "E": "Е"]

    /// The ways a text may write a name: the variant spellings of issue 11, classes 9 and 10.
    static func mention(given: String, surname: String, using random: inout Generator64) -> String {
        let full = given + " " + surname
        let core = String(surname.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" }).last!)
        func inside(_ word: String, _ insert: String) -> String {
            guard word.count > 2 else { return word }
            let middle = word.index(word.startIndex, offsetBy: word.count / 2)
            return String(word[..<middle]) + insert + String(word[middle...])
        }
        switch Int.random(in: 0..<17, using: &random) {
        case 0: return full
        case 1: return full.uppercased()
        case 2: return "mevrouw " + surname
        case 3: return given
        case 4: return full.lowercased()
        case 5: return core + "straat"
        case 6: return given + "s"                                            // genitive
        case 7: return given + " " + surname.filter { $0 != " " && $0 != "'" } // written together
        case 8: return plainLetters(full)                                     // without diacritics
        case 9: return full.replacingOccurrences(of: "'", with: "’")
        case 10: return given + " " + inside(core, "\u{00AD}")                 // soft hyphen
        case 11: return inside(given, "\u{200B}") + " " + inside(core, "\u{200D}")
        case 12: return String(full.map { cyrillic[$0] ?? $0 })               // look-alike letters
        case 13: return String(String.UnicodeScalarView(full.unicodeScalars.map { s in
                (0x21...0x7E).contains(s.value) ? Unicode.Scalar(s.value + 0xFEE0)! : s }))  // full-width
        case 14: return "\u{202E}" + String(core.reversed()) + "\u{202C}"     // shows as the core
        case 15: return String(given.prefix(1)) + ". " + surname               // initial
        default: return "de familie " + surname
        }
    }

    /// Letters as a keyboard without them writes them.
    static func plainLetters(_ text: String) -> String {
        let base: [Character: String] = ["ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae"]
        return text.map { base[$0] ?? String($0) }.joined().folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The test's own reading of a text as a reader sees it, independent of the anonymiser's folding.
    static func asReaderSees(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !$0.properties.isDefaultIgnorableCodePoint && !$0.properties.isBidiControl
        })).precomposedStringWithCompatibilityMapping
        let latin = String(visible.map { c in cyrillic.first { $0.value == c }?.key ?? c })
        return plainLetters(latin).lowercased().replacingOccurrences(of: "ς", with: "σ").replacingOccurrences(of: "’", with: "'")
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.isBidiControl {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    struct Case {
        let yaml: String
        let people: [(given: String, surname: String)]
        let place: String
    }

    static func makeCase(seed: UInt64) -> Case {
        var random = Generator64(state: seed)
        var people: [(given: String, surname: String)] = []
        while people.count < 6 {
            let person = (givenNames.randomElement(using: &random)!, surnames.randomElement(using: &random)!)
            if !people.contains(where: { $0.given == person.0 || $0.surname == person.1 }) { people.append(person) }
        }
        let place = places.randomElement(using: &random)!
        func sentence() -> String {
            let a = people.randomElement(using: &random)!, b = people.randomElement(using: &random)!
            return mention(given: a.given, surname: a.surname, using: &random) + " "
                + fillers.randomElement(using: &random)! + " "
                + mention(given: b.given, surname: b.surname, using: &random) + " in " + place + "."
        }
        let names = people.map { $0.given + " " + $0.surname }
        let roles = ["casusinbrenger", "deskundige", "deskundige", "deskundige", "procesbegeleider", "secretariaat"]
        var yaml = """
        kind: reflectiekamer
        number: RK-P-\(seed)
        date: 2025-05-14
        caseBringer:
          name: \(quoted(names[0]))
          function: schepen
          organisation: \(quoted("gemeente " + place))
        question: \(quoted(sentence()))
        themes: [belangenvermenging]
        participants:

        """
        for (name, role) in zip(names, roles) { yaml += "  - {name: \(quoted(name)), role: \(role)}\n" }
        yaml += "notes:\n"
        for heading in ["De casus", "Kritische vragen"] {
            yaml += "  - heading: \(heading)\n    text:\n"
            for _ in 0..<3 { yaml += "      - \(quoted(sentence()))\n" }
        }
        yaml += "anonymise:\n"
        for name in names { yaml += "  - {kind: persoon, name: \(quoted(name))}\n" }
        yaml += "  - {kind: gemeente, name: \(quoted(place))}\ncopyToCaseBringer: false\n"
        return Case(yaml: yaml, people: people, place: place)
    }

    /// Every text of the .odt: each XML part with tags removed (joining what formatting split) and with tags
    /// as line breaks, every attribute value, and the entry names.
    static func extractable(odt: Data) throws -> [String] {
        let archive = try ZipArchive(data: odt)
        var texts = archive.entryNames
        for name in archive.entryNames where name.hasSuffix(".xml") {
            let xml = String(decoding: try archive.read(name), as: UTF8.self)
            func decoded(_ s: String) -> String {
                var t = s
                for (e, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] { t = t.replacingOccurrences(of: e, with: c) }
                return t
            }
            texts.append(decoded(xml.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)))
            texts.append(decoded(xml.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)))
            let attributes = try NSRegularExpression(pattern: #"="([^"]*)""#)
            for match in attributes.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
                let value = decoded((xml as NSString).substring(with: match.range(at: 1)))
                texts.append(value)
                texts.append(value.removingPercentEncoding ?? value)
            }
        }
        return texts
    }

    /// The declared names' words a reader would recognise: the full name, the given name as a word, each
    /// surname word of 4 letters or more as a word or the start of one, the place.
    static func revealed(in text: String, by c: Case) -> [String] {
        let seen = asReaderSees(text)
        var found: [String] = []
        func word(_ needle: String, prefixOnly: Bool) {
            let n = NSRegularExpression.escapedPattern(for: asReaderSees(needle))
            let pattern = "(?<![\\p{L}\\p{N}])" + n + (prefixOnly ? "" : "(?![\\p{L}\\p{N}])")
            if seen.range(of: pattern, options: .regularExpression) != nil { found.append(needle) }
        }
        for person in c.people {
            word(person.given + " " + person.surname, prefixOnly: false)
            for part in person.given.split(separator: "-") { word(String(part), prefixOnly: false) }
            for part in person.surname.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" }) where part.count >= 4 {
                word(String(part), prefixOnly: true)
            }
        }
        word(c.place, prefixOnly: true)
        return found
    }

    @Test("generated names in many alphabets and spellings never survive in the written .odt or .txt")
    func noDeclaredNameSurvives() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["AKTE_ANONYMISATION_CASES"].flatMap(Int.init) ?? 300
        let firstSeed = environment["AKTE_ANONYMISATION_SEED"].flatMap(UInt64.init) ?? 1
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        for seed in firstSeed..<firstSeed + UInt64(count) {
            let c = Self.makeCase(seed: seed)
            let file = folder.appendingPathComponent("sessie.yaml")
            try c.yaml.write(to: file, atomically: true, encoding: .utf8)
            let out = folder.appendingPathComponent("out-\(seed)")
            let result: GenerateResult
            do {
                result = try Examples.generate(file, out: out, formats: [.odt, .txt])
            } catch {
                Issue.record("seed \(seed): \(error)\n\(c.yaml)")
                return
            }
            for document in result.written {
                let data = try Data(contentsOf: document.url)
                let texts = document.url.pathExtension == "odt" ? try Self.extractable(odt: data) : [String(decoding: data, as: UTF8.self)]
                // One line per text: a line break joins no words, and the reading is done once.
                let text = texts.joined(separator: "\n")
                let found = Self.revealed(in: text, by: c)
                #expect(found.isEmpty, "seed \(seed): \(found) in \(document.url.lastPathComponent)\n\(c.yaml)")
                if !found.isEmpty { return }
            }
            try FileManager.default.removeItem(at: out)
        }
    }
}
