import AkteXML

/// Which automatic styles a subtree uses, following references between automatic styles.
///
/// Matching is by name only, across style families: a name shared by two families at worst copies an
/// unused automatic style into one more part, which ODF allows, whereas missing one would break the
/// document.
enum StyleReferences {
    /// Attributes holding one style name (`text:style-name`, `style:page-layout-name`, …) or a
    /// space-separated list (`text:class-names`).
    static func names(in attribute: XMLAttribute) -> [Substring] {
        let name = attribute.localName
        if name.hasSuffix("style-name") || name == "page-layout-name" || name == "master-page-name"
            || name.hasSuffix("data-style-name") {
            return [Substring(attribute.value)]
        }
        if name.hasSuffix("class-names") || name.hasSuffix("style-names") {
            return attribute.value.split(separator: " ")
        }
        return []
    }

    /// Every style name referenced in `roots` and their descendants.
    static func referenced(from roots: [XMLNode]) -> Set<String> {
        var result: Set<String> = []
        for root in roots {
            for node in [root] + root.descendants where node.isElement {
                for attribute in node.attributes {
                    for name in names(in: attribute) { result.insert(String(name)) }
                }
            }
        }
        return result
    }

    /// The automatic styles (children of `office:automatic-styles`) named in `seed`, plus those they
    /// reference in turn.
    static func closure(of seed: Set<String>, automaticStyles: [XMLNode]) -> Set<String> {
        var byName: [String: [XMLNode]] = [:]
        for style in automaticStyles {
            if let name = style.attribute("name", namespaceURI: ODFNamespace.style) {
                byName[name, default: []].append(style)
            }
        }
        var result: Set<String> = []
        var pending = Array(seed)
        while let name = pending.popLast() {
            guard byName[name] != nil, result.insert(name).inserted else { continue }
            for style in byName[name] ?? [] {
                pending.append(contentsOf: referenced(from: [style]).subtracting(result))
            }
        }
        return result
    }
}
