import Dispatch
import Foundation
import X509

/// Whether a signer's certificate chains to one of the given roots, every certificate in force now (RFC 5280
/// path validation by swift-certificates).
enum ChainCheck {
    /// nil when the chain is valid, else the reason.
    static func check(leaf: Certificate, intermediates: [Certificate], roots: [Certificate]) -> String? {
        let result = ResultBox()
        let done = DispatchSemaphore(value: 0)
        // swift-certificates validates asynchronously; the CLI is synchronous, so wait here.
        Task {
            var verifier = Verifier(rootCertificates: CertificateStore(roots)) { RFC5280Policy() }
            let outcome = await verifier.validate(leaf: leaf, intermediates: CertificateStore(intermediates))
            switch outcome {
            case .validCertificate:
                result.set(nil)
            case .couldNotValidate(let failures):
                let reasons = failures.map { "\($0.policyFailureReason)" }
                result.set("the certificate of \(leaf.holderName) does not chain to a given root"
                    + (reasons.isEmpty ? "" : ": " + Set(reasons).sorted().joined(separator: "; ")))
            }
            done.signal()
        }
        done.wait()
        return result.get()
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: String?
        func set(_ newValue: String?) { lock.withLock { value = newValue } }
        func get() -> String? { lock.withLock { value } }
    }
}
