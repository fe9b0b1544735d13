import AkteZip
import Foundation

/// The text of an .odt's XML parts (content, styles with the page headers, meta with the title), for checks.
public enum ODTText {
    public static func text(of odt: Data) throws -> [(part: String, text: String)] {
        let archive = try ZipArchive(data: odt)
        return try ["content.xml", "styles.xml", "meta.xml"].filter { archive.entry(named: $0) != nil }.map { part in
            let xml = String(decoding: try archive.read(part), as: UTF8.self)
            return (part, plainText(xml))
        }
    }

    /// Tags become line breaks (so words of different paragraphs never join), entities are decoded.
    static func plainText(_ xml: String) -> String {
        var text = xml.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
    }
}

/// PDF through LibreOffice: `soffice --headless --convert-to pdf` with a private user profile, so it neither
/// disturbs nor waits for a LibreOffice the user has open.
public struct PDFConverter: Sendable {
    public let program: String?

    public init(program: String? = nil) {
        self.program = program
    }

    /// `soffice` (or `libreoffice`) on PATH.
    public static func findProgram(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["soffice", "libreoffice"] {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Converts documents (name → .odt bytes) in one LibreOffice run; returns name → PDF bytes.
    public func convert(_ documents: [(name: String, odt: Data)]) throws(GenerateError) -> [String: Data] {
        guard let soffice = program ?? Self.findProgram(),
              FileManager.default.isExecutableFile(atPath: soffice) else {
            throw .missingProgram("PDF needs LibreOffice, and neither soffice nor libreoffice was found on PATH; install it (apt-get install libreoffice-writer) or leave pdf out of --format")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("akte-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in"), output = work.appendingPathComponent("out")
        do {
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            for document in documents {
                try document.odt.write(to: input.appendingPathComponent(document.name + ".odt"))
            }
        } catch {
            throw .output("\(work.path): cannot prepare the PDF conversion: \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
                             "--headless", "--norestore", "--convert-to", "pdf", "--outdir", output.path]
            + documents.map { input.appendingPathComponent($0.name + ".odt").path }
        let log = work.appendingPathComponent("soffice.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try? FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        do {
            try process.run()
        } catch {
            throw .missingProgram("\(soffice): cannot start LibreOffice: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        try? handle?.close()
        var result: [String: Data] = [:]
        for document in documents {
            if let pdf = try? Data(contentsOf: output.appendingPathComponent(document.name + ".pdf")) { result[document.name] = pdf }
        }
        if result.count != documents.count {
            let details = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw .output("LibreOffice converted \(result.count) of \(documents.count) documents to PDF (exit status \(process.terminationStatus)): \(details.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return result
    }
}
