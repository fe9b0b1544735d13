import AkteSignature
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte verify FILE.odt…`: each signature's signer, time and verdict.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the digital signatures inside .odt files (made by akte sign or LibreOffice).",
            discussion: """
                For each signature: the signer (from the certificate), the signing time, whether every part is \
                signed, whether the digests and the signature value are correct and, with --trust, whether the \
                certificate chains to one of the given roots. A part changed after signing is named.
                Exit codes: 0 every signature valid; 1 a finding (unsigned, broken, untrusted); 2 a file cannot be read.
                """)

        @Argument(help: "The signed .odt files.")
        var files: [String]

        @Option(help: "A PEM file with a root certificate the signer's certificate must chain to (repeatable).")
        var trust: [String] = []

        @Flag(help: "Print one JSON report for all files.")
        var json = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file.") }
        }

        func run() throws {
            var verifier = SignatureVerifier()
            for path in trust {
                do {
                    verifier.trustRoots += try TrustRoots.load(pemFile: path)
                } catch {
                    printError("akte: --trust \(error)")
                    throw AkteExit.inputError
                }
            }
            var reports: [DocumentSignatureReport] = []
            var unreadable = false
            for file in files {
                do {
                    reports.append(try verifier.verify(contentsOf: URL(fileURLWithPath: file)))
                } catch {
                    unreadable = true
                    printError("\(file): \(error)")
                }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(reports), as: UTF8.self))
            } else {
                for report in reports { printText(report) }
            }
            if unreadable { throw AkteExit.inputError }
            if !reports.allSatisfy(\.isValid) { throw AkteExit.findings }
        }

        private func printText(_ report: DocumentSignatureReport) {
            print("\(report.file): \(report.isValid ? "valid" : "not valid")")
            if let problem = report.problem { print("\(report.file): \(problem)") }
            for (index, signature) in report.signatures.enumerated() {
                let chain: String
                switch signature.chain {
                case .trusted: chain = "chains to a trusted root"
                case .untrusted: chain = "does not chain to a trusted root"
                case .notChecked: chain = "chain not checked (no --trust)"
                }
                print("\(report.file): signature \(index + 1): \(signature.isValid ? "valid" : "NOT VALID"), signed by \(signature.signer ?? "?") at \(signature.signingTime ?? "?"), \(signature.method ?? "?"); "
                    + "\(signature.allPartsSigned ? "all parts signed" : "not all parts signed"), "
                    + "\(signature.digestsValid ? "digests correct" : "digests wrong"), "
                    + "\(signature.signatureValueValid ? "signature value correct" : "signature value wrong"), \(chain)")
                for problem in signature.problems { print("\(report.file): signature \(index + 1): \(problem)") }
            }
        }
    }
}
