import AkteSignature
import AkteSystem
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte sign FILE.odt (--p12 F | --pkcs11 MODULE)`: adds an XML digital signature inside the package.
    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign an .odt inside the package (META-INF/documentsignatures.xml), as LibreOffice does.",
            discussion: """
                The signature covers every part of the package; LibreOffice (File ▸ Digital Signatures) and \
                `akte verify` check it. A second signer signs the signed file again: the first signature stays valid. \
                A signed document changed since is refused. The password or PIN is asked on the terminal \
                (or read from --password-file/--pin-file), never taken from the command line.
                Exit codes: 0 signed; 2 bad input (file, key, password, PIN); 3 the output exists (without --force) \
                or cannot be written.
                """)

        @Argument(help: "The .odt to sign.")
        var file: String

        @OptionGroup var key: SigningKeyOptions

        @Option(help: "Where to write the signed document (default: replace FILE).")
        var out: String?

        @Flag(help: "Replace an existing --out file.")
        var force = false

        func run() throws {
            let input = URL(fileURLWithPath: file)
            let output = URL(fileURLWithPath: out ?? file)
            let signed: Data
            do {
                let signingKey = try key.load()
                signed = try PackageSigner.sign(contentsOf: input, key: signingKey, signingTime: PackageSigner.signingTime())
            } catch let error as SignatureError {
                printError("akte: \(error.message)")
                throw AkteExit.inputError
            }
            do {
                let permissions = (try? FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o600
                try AtomicFile.write(signed, to: output, replace: out == nil || force, permissions: mode_t(permissions & 0o777))
            } catch {
                printError("akte: \(error)")
                throw AkteExit.outputError
            }
            print("signed \(output.path)")
        }
    }
}
