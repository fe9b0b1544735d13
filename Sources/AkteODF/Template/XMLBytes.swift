/// Escaping of the markup the binder writes itself (the template's own text and attribute values, the manifest):
/// the characters XML would read as markup become references; white space in attribute values is kept as
/// references so that a reader does not normalise it.
enum XMLBytes {
    static func appendText(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): out.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("&gt;".utf8))
            case 0x0D: out.append(contentsOf: Array("&#13;".utf8))
            default: out.append(byte)
            }
        }
    }

    static func appendAttribute(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): out.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("&gt;".utf8))
            case UInt8(ascii: "\""): out.append(contentsOf: Array("&quot;".utf8))
            case 0x09: out.append(contentsOf: Array("&#9;".utf8))
            case 0x0A: out.append(contentsOf: Array("&#10;".utf8))
            case 0x0D: out.append(contentsOf: Array("&#13;".utf8))
            default: out.append(byte)
            }
        }
    }
}
