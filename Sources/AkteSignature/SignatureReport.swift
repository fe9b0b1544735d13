/// What `akte verify` found for one signature.
public struct SignatureReport: Sendable, Codable, Equatable {
    public enum ChainStatus: String, Sendable, Codable {
        /// The signer's certificate chains to one of the given roots and every certificate is in force.
        case trusted
        /// It does not (the reason is among `problems`).
        case untrusted
        /// No root was given, so only the document's integrity was checked.
        case notChecked
    }

    /// The signer's name from the certificate (its common name).
    public var signer: String?
    public var signingTime: String?
    public var method: String?
    /// Package parts no Reference covers.
    public var unsignedParts: [String] = []
    /// Referenced parts whose digest no longer matches, or that are missing.
    public var brokenParts: [String] = []
    public var signatureValueValid = false
    public var chain: ChainStatus = .notChecked
    /// Every reason this signature is not valid, one sentence each.
    public var problems: [String] = []

    public var allPartsSigned: Bool { unsignedParts.isEmpty }
    public var digestsValid: Bool { brokenParts.isEmpty }
    public var isValid: Bool { problems.isEmpty && signatureValueValid && chain != .untrusted }
}

/// What `akte verify` found for one document.
public struct DocumentSignatureReport: Sendable, Codable, Equatable {
    public var file: String
    public var signatures: [SignatureReport]
    /// Set when the signature file itself is outside the profile or unreadable.
    public var problem: String?

    public var isValid: Bool { problem == nil && !signatures.isEmpty && signatures.allSatisfy(\.isValid) }
}
