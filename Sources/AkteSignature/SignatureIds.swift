import AkteXML

/// The elements under `scope` (a `ds:Signature`, or the whole signature file) that carry an `Id`, for
/// same-document references. Two elements with one Id are refused: which one a reference means would be
/// ambiguous (a classic signature-wrapping trick).
struct SignatureIds {
    private var byId: [String: XMLNode] = [:]

    init(scope: XMLNode) throws {
        for element in [scope] + scope.descendants where element.isElement {
            guard let id = element.attribute("Id", namespaceURI: nil) else { continue }
            guard byId[id] == nil else { throw SignatureError(.unsupported, "two elements carry Id \"\(id)\"") }
            byId[id] = element
        }
    }

    func element(_ id: String) -> XMLNode? { byId[id] }
}
