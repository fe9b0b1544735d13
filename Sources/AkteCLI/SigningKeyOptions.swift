import AkteSignature
import ArgumentParser
import Foundation

/// Where the signer's key comes from: a PKCS#12 file, or a PKCS#11 module (an eID card, SoftHSM). Secrets are
/// never taken from the command line (it shows in `ps` and the shell history): the password and the PIN are
/// read from a file given by name, or asked on the terminal without echo.
struct SigningKeyOptions: ParsableArguments {
    @Option(help: "A PKCS#12 file (.p12/.pfx) with the signer's key and certificate chain.")
    var p12: String?

    @Option(help: "A file whose first line is the PKCS#12 password (default: asked on the terminal).")
    var passwordFile: String?

    @Option(help: "A PKCS#11 module, e.g. the eID middleware's /usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0.")
    var pkcs11: String?

    @Option(help: "The PKCS#11 slot (default: the first with a token).")
    var slot: UInt?

    @Option(help: "The label of the key on the token (default: \"Signature\", as on the eID card, or the only key).")
    var label: String?

    @Option(help: "A file whose first line is the token's PIN (default: asked on the terminal).")
    var pinFile: String?

    func validate() throws {
        if (p12 == nil) == (pkcs11 == nil) { throw ValidationError("Give either --p12 FILE or --pkcs11 MODULE.") }
        if p12 != nil && (slot != nil || label != nil || pinFile != nil) { throw ValidationError("--slot, --label and --pin-file go with --pkcs11.") }
        if pkcs11 != nil && passwordFile != nil { throw ValidationError("--password-file goes with --p12.") }
    }

    var isGiven: Bool { p12 != nil || pkcs11 != nil }

    func load() throws -> SigningKey {
        if let p12 {
            let bytes: Data
            do { bytes = try Data(contentsOf: URL(fileURLWithPath: p12)) } catch {
                throw SignatureError(.badKey, "\(p12): cannot read (\(error.localizedDescription))")
            }
            let password = try secret(file: passwordFile, prompt: "Password for \(p12): ", option: "--password-file")
            return try PKCS12File.key(from: Array(bytes), password: password, source: p12)
        }
        let module = pkcs11!
        let pin = try secret(file: pinFile, prompt: "PIN for the token in \(module): ", option: "--pin-file")
        return try PKCS11Token(module: module, slot: slot, label: label, pin: pin)
    }

    private func secret(file: String?, prompt: String, option: String) throws -> String {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw SignatureError(.badKey, "\(option): cannot read \(file)")
            }
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        guard isatty(STDIN_FILENO) == 1, let typed = getpass(prompt) else {
            throw SignatureError(.badKey, "no terminal to ask for the secret; give \(option) FILE")
        }
        return String(cString: typed)
    }
}
