import CPKCS11
import Crypto
import Foundation
import X509

/// A private key on a PKCS#11 token (the Belgian eID card through its middleware's module, SoftHSM in tests).
/// The module is loaded with `dlopen` and reached through its function list; the key never leaves the token.
/// RSA keys sign with CKM_SHA256_RSA_PKCS; EC keys with CKM_ECDSA over the SHA-256 digest, whose output is
/// already the r‖s pair XML-DSig wants.
public final class PKCS11Token: SigningKey {
    public let certificateChain: [Certificate]
    public let method: SignatureMethod
    private let library: UnsafeMutableRawPointer
    private let functions: UnsafeMutablePointer<CK_FUNCTION_LIST>
    private let session: CK_SESSION_HANDLE
    private let key: CK_OBJECT_HANDLE
    private let module: String

    /// Opens `module`, logs in to the token in `slot` (the first slot with a token when nil) with `pin`, and
    /// takes the private key labelled `label` (when nil: the one labelled "Signature" as on the eID card, else the
    /// only one), with the certificate of the same CKA_ID and the token's other certificates as its chain.
    public init(module: String, slot: UInt?, label: String?, pin: String) throws {
        self.module = module
        guard let library = dlopen(module, RTLD_NOW | RTLD_LOCAL) else {
            throw SignatureError(.badKey, "\(module): cannot load the PKCS#11 module (\(String(cString: dlerror())))")
        }
        guard let symbol = dlsym(library, "C_GetFunctionList") else {
            dlclose(library)
            throw SignatureError(.badKey, "\(module): not a PKCS#11 module (no C_GetFunctionList)")
        }
        let getFunctionList = unsafeBitCast(symbol, to: akte_get_function_list.self)
        var list: UnsafeMutablePointer<CK_FUNCTION_LIST>?
        guard getFunctionList(&list) == CKR_OK, let functions = list else {
            dlclose(library)
            throw SignatureError(.badKey, "\(module): C_GetFunctionList failed")
        }
        self.library = library
        self.functions = functions
        let initialised = functions.pointee.C_Initialize!(nil)
        guard initialised == CKR_OK || initialised == CKR_CRYPTOKI_ALREADY_INITIALIZED else {
            dlclose(library)
            throw Self.failure(module, "C_Initialize", initialised)
        }
        var opened: CK_SESSION_HANDLE = 0
        do {
            let slotID = try Self.chooseSlot(functions, requested: slot, module: module)
            try Self.check(functions.pointee.C_OpenSession!(slotID, CK_FLAGS(CKF_SERIAL_SESSION), nil, nil, &opened), module, "C_OpenSession")
            var pinBytes = Array(pin.utf8)
            let login = functions.pointee.C_Login!(opened, CK_USER_TYPE(CKU_USER), &pinBytes, CK_ULONG(pinBytes.count))
            guard login == CKR_OK || login == CKR_USER_ALREADY_LOGGED_IN else {
                throw login == CKR_PIN_INCORRECT ? SignatureError(.badKey, "\(module): wrong PIN") : Self.failure(module, "C_Login", login)
            }
            let keys = try Self.findObjects(functions, opened, class: CK_OBJECT_CLASS(CKO_PRIVATE_KEY), module: module)
            let labelled = try keys.map { ($0, try Self.attribute(functions, opened, $0, CK_ATTRIBUTE_TYPE(CKA_LABEL), module: module)) }
            let names = labelled.map { String(decoding: $0.1, as: UTF8.self) }
            let chosen: Int
            if let label {
                guard let index = names.firstIndex(of: label) else {
                    throw SignatureError(.badKey, "\(module): no private key labelled \"\(label)\" (found: \(names.joined(separator: ", ")))")
                }
                chosen = index
            } else if let index = names.firstIndex(of: "Signature") {
                chosen = index
            } else if names.count == 1 {
                chosen = 0
            } else {
                throw SignatureError(.badKey, "\(module): \(names.count) private keys (\(names.joined(separator: ", "))); choose one with --label")
            }
            key = keys[chosen]
            let keyID = try Self.attribute(functions, opened, key, CK_ATTRIBUTE_TYPE(CKA_ID), module: module)
            let keyType = try Self.attribute(functions, opened, key, CK_ATTRIBUTE_TYPE(CKA_KEY_TYPE), module: module)
            let type = keyType.withUnsafeBytes { $0.count == MemoryLayout<CK_KEY_TYPE>.size ? $0.loadUnaligned(as: CK_KEY_TYPE.self) : CK_KEY_TYPE.max }
            switch type {
            case CK_KEY_TYPE(CKK_RSA): method = .rsaSHA256
            case CK_KEY_TYPE(CKK_EC): method = .ecdsaSHA256
            default: throw SignatureError(.badKey, "\(module): the key \"\(names[chosen])\" is neither RSA nor EC")
            }
            var leaf: Certificate?
            var others: [Certificate] = []
            for object in try Self.findObjects(functions, opened, class: CK_OBJECT_CLASS(CKO_CERTIFICATE), module: module) {
                let der = try Self.attribute(functions, opened, object, CK_ATTRIBUTE_TYPE(CKA_VALUE), module: module)
                guard let certificate = try? Certificate(derEncoded: der) else { continue }
                let id = try Self.attribute(functions, opened, object, CK_ATTRIBUTE_TYPE(CKA_ID), module: module)
                if id == keyID && leaf == nil { leaf = certificate } else { others.append(certificate) }
            }
            guard let leaf else { throw SignatureError(.badKey, "\(module): no certificate on the token for the key \"\(names[chosen])\"") }
            certificateChain = [leaf] + others.filter { $0.subject != leaf.subject }
        } catch {
            if opened != 0 { _ = functions.pointee.C_CloseSession!(opened) }
            _ = functions.pointee.C_Finalize!(nil)
            dlclose(library)
            throw error
        }
        session = opened
    }

    deinit {
        _ = functions.pointee.C_Logout!(session)
        _ = functions.pointee.C_CloseSession!(session)
        _ = functions.pointee.C_Finalize!(nil)
        dlclose(library)
    }

    public func sign(_ data: Data) throws -> Data {
        var input: [UInt8]
        var mechanism = CK_MECHANISM()
        switch method {
        case .rsaSHA256:
            mechanism.mechanism = CK_MECHANISM_TYPE(CKM_SHA256_RSA_PKCS)
            input = Array(data)
        case .ecdsaSHA256:
            mechanism.mechanism = CK_MECHANISM_TYPE(CKM_ECDSA)
            input = Array(SHA256.hash(data: data))
        }
        try Self.check(functions.pointee.C_SignInit!(session, &mechanism, key), module, "C_SignInit")
        var length: CK_ULONG = 0
        try Self.check(functions.pointee.C_Sign!(session, &input, CK_ULONG(input.count), nil, &length), module, "C_Sign")
        var output = [UInt8](repeating: 0, count: Int(length))
        try Self.check(functions.pointee.C_Sign!(session, &input, CK_ULONG(input.count), &output, &length), module, "C_Sign")
        return Data(output.prefix(Int(length)))
    }

    // MARK: Cryptoki helpers

    private static func chooseSlot(_ functions: UnsafeMutablePointer<CK_FUNCTION_LIST>, requested: UInt?, module: String) throws -> CK_SLOT_ID {
        var count: CK_ULONG = 0
        try check(functions.pointee.C_GetSlotList!(CK_BBOOL(CK_TRUE), nil, &count), module, "C_GetSlotList")
        var slots = [CK_SLOT_ID](repeating: 0, count: Int(count))
        try check(functions.pointee.C_GetSlotList!(CK_BBOOL(CK_TRUE), &slots, &count), module, "C_GetSlotList")
        slots = Array(slots.prefix(Int(count)))
        if let requested {
            guard slots.contains(CK_SLOT_ID(requested)) else {
                throw SignatureError(.badKey, "\(module): no token in slot \(requested) (slots with a token: \(slots.map(String.init).joined(separator: ", ")))")
            }
            return CK_SLOT_ID(requested)
        }
        guard let first = slots.first else { throw SignatureError(.badKey, "\(module): no token present (is the card in the reader?)") }
        return first
    }

    private static func findObjects(_ functions: UnsafeMutablePointer<CK_FUNCTION_LIST>, _ session: CK_SESSION_HANDLE,
                                    class objectClass: CK_OBJECT_CLASS, module: String) throws -> [CK_OBJECT_HANDLE] {
        var value = objectClass
        var objects: [CK_OBJECT_HANDLE] = []
        try withUnsafeMutableBytes(of: &value) { raw in
            var template = CK_ATTRIBUTE(type: CK_ATTRIBUTE_TYPE(CKA_CLASS), pValue: raw.baseAddress, ulValueLen: CK_ULONG(raw.count))
            try check(functions.pointee.C_FindObjectsInit!(session, &template, 1), module, "C_FindObjectsInit")
        }
        defer { _ = functions.pointee.C_FindObjectsFinal!(session) }
        var batch = [CK_OBJECT_HANDLE](repeating: 0, count: 16)
        while objects.count < 1024 {
            var found: CK_ULONG = 0
            try check(functions.pointee.C_FindObjects!(session, &batch, CK_ULONG(batch.count), &found), module, "C_FindObjects")
            if found == 0 { break }
            objects += batch.prefix(Int(found))
        }
        return objects
    }

    private static func attribute(_ functions: UnsafeMutablePointer<CK_FUNCTION_LIST>, _ session: CK_SESSION_HANDLE,
                                  _ object: CK_OBJECT_HANDLE, _ type: CK_ATTRIBUTE_TYPE, module: String) throws -> [UInt8] {
        var template = CK_ATTRIBUTE(type: type, pValue: nil, ulValueLen: 0)
        let sized = functions.pointee.C_GetAttributeValue!(session, object, &template, 1)
        if sized == CKR_ATTRIBUTE_TYPE_INVALID || template.ulValueLen == CK_ULONG.max /* CK_UNAVAILABLE_INFORMATION */ { return [] }
        try check(sized, module, "C_GetAttributeValue")
        guard template.ulValueLen <= 1 << 20 else { throw SignatureError(.token, "\(module): an attribute of \(template.ulValueLen) bytes") }
        var value = [UInt8](repeating: 0, count: Int(template.ulValueLen))
        try value.withUnsafeMutableBytes { raw in
            template.pValue = raw.baseAddress
            try check(functions.pointee.C_GetAttributeValue!(session, object, &template, 1), module, "C_GetAttributeValue")
        }
        return Array(value.prefix(Int(template.ulValueLen)))
    }

    private static func check(_ value: CK_RV, _ module: String, _ call: String) throws {
        guard value == CKR_OK else { throw failure(module, call, value) }
    }

    private static func failure(_ module: String, _ call: String, _ value: CK_RV) -> SignatureError {
        SignatureError(.token, "\(module): \(call) failed (CKR 0x\(String(value, radix: 16)))")
    }
}
