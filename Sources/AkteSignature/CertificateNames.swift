import Foundation
import SwiftASN1
import X509

extension Certificate {
    /// The signer's name as a person reads it: the subject's common name, else the whole subject.
    var holderName: String {
        for rdn in subject {
            for attribute in rdn where attribute.type == .RDNAttributeType.commonName {
                return attribute.value.description
            }
        }
        return subject.description
    }

    /// The serial number in decimal, as `X509SerialNumber` (an xs:integer) carries it.
    var decimalSerialNumber: String {
        var digits: [UInt8] = Array(serialNumber.bytes)
        var result: [Character] = []
        while digits.contains(where: { $0 != 0 }) {
            var remainder = 0
            for index in digits.indices {
                let value = remainder << 8 | Int(digits[index])
                digits[index] = UInt8(value / 10)
                remainder = value % 10
            }
            result.append(Character(String(remainder)))
        }
        return result.isEmpty ? "0" : String(result.reversed())
    }

    /// The issuer as an RFC 4514 string, as `X509IssuerName` carries it.
    var issuerName: String { issuer.description }

    var derBytes: [UInt8] {
        var serializer = DER.Serializer()
        try? serializer.serialize(self)
        return serializer.serializedBytes
    }
}
