import AkteTemplate

/// Decides, for each section, which block of the document repeats, from the position of its two tags:
/// one paragraph (inline), one table row or list item (the row/item repeats), or each tag alone in its own
/// paragraph / row / list item (the siblings between repeat, the tag blocks vanish). Anything else crosses
/// the document's structure and is an error.
enum SectionScoper {
    static func apply(_ root: TemplateNode) throws(TemplateError) {
        var markers: [TemplateNode] = []
        root.walk { node in
            if node.kind == .marker, let m = node.marker, m.kind.isSectionTag { markers.append(node) }
        }
        var stack: [TemplateNode] = []
        var pairs: [(TemplateNode, TemplateNode)] = []
        for node in markers {
            let marker = node.marker!
            switch marker.kind {
            case .open:
                stack.append(node)
            case .close(let name):
                guard let open = stack.popLast() else {
                    throw TemplateError(.unexpectedClose(name), at: marker.location, "'{{/\(name)}}' closes a section that was never opened")
                }
                guard case .open(let openName, _) = open.marker!.kind, openName == name else {
                    let openName: String
                    if case .open(let n, _) = open.marker!.kind { openName = n } else { openName = "?" }
                    throw TemplateError(.mismatchedClose(expected: openName, found: name), at: marker.location,
                                        "'{{/\(name)}}' does not match the open section '\(openName)' (opened at \(open.marker!.location))")
                }
                pairs.append((open, node))
            default: break
            }
        }
        if let open = stack.last, case .open(let name, _) = open.marker!.kind {
            throw TemplateError(.unclosedSection(name), at: open.marker!.location, "section '\(name)' is not closed (expected '{{/\(name)}}')")
        }
        // Inner sections first: pairs are in the order their close tags appear.
        // The first and last visible item of each row or list item, computed once: a row holding many inline
        // sections would otherwise be walked once per section.
        var ends: [ObjectIdentifier: (first: TemplateNode?, last: TemplateNode?)] = [:]
        for (open, close) in pairs { try scope(open, close, ends: &ends) }
        // A paragraph that holds only comments vanishes, like a standalone comment line in plain text.
        root.walk { node in
            guard node.isParagraph, node.replacement == nil else { return }
            let hasComment = node.children.contains { $0.kind == .marker && $0.marker?.kind == .comment }
            if hasComment && visibleItems(node).isEmpty { node.replacement = .bytes([]) }
        }
    }

    private static func scope(_ open: TemplateNode, _ close: TemplateNode, ends: inout [ObjectIdentifier: (first: TemplateNode?, last: TemplateNode?)]) throws(TemplateError) {
        let openChain = [open] + open.ancestors
        let closeAncestors = close.ancestors
        let closeSet = Set(closeAncestors.map(ObjectIdentifier.init))
        guard let lcaIndex = openChain.firstIndex(where: { closeSet.contains(ObjectIdentifier($0)) }) else { return }
        let lca = openChain[lcaIndex]
        let openMarker = open.marker!, closeMarker = close.marker!
        guard case .open(let name, let inverted) = openMarker.kind else { return }
        let openToken = Token.open(name: name, inverted: inverted, location: openMarker.location)
        let closeToken = Token.close(name: name, location: closeMarker.location)

        // Built only when thrown: the locations' descriptions cost as much as their paragraphs.
        var crossing: TemplateError { TemplateError(.crossesStructure, at: openMarker.location,
                                     "section '\(name)' crosses the document's structure (closed at \(closeMarker.location)): put both tags in one paragraph, in one table row or list item, or each tag alone in its own paragraph, row or list item") }
        if !openMarker.inParagraph {
            // Meta fields (title): both tags in the same field, written inline.
            guard open.parent === close.parent else { throw crossing }
            return
        }
        var repeated: TemplateNode? = lca.name == .table("table-row") || lca.name == .text("list-item") ? lca : nil
        if lca.isParagraph {
            // Both tags in one paragraph: inline, unless they wrap the whole table row or list item
            // the paragraph stands in (a one-column row such as `{{#xs}}{{ name }}{{/xs}}`).
            let block = lca.ancestors.first(where: { $0.name == .table("table-row") || $0.name == .text("list-item") || $0.isParagraph || $0.name == .table("table") || $0.name == .office("text") })
            if let block, block.name == .table("table-row") || block.name == .text("list-item") {
                let blockEnds: (first: TemplateNode?, last: TemplateNode?)
                if let known = ends[ObjectIdentifier(block)] {
                    blockEnds = known
                } else {
                    let items = visibleItems(block)
                    blockEnds = (items.first, items.last)
                    ends[ObjectIdentifier(block)] = blockEnds
                }
                if blockEnds.first === open && blockEnds.last === close { repeated = block }
            }
            if repeated == nil {
                // Inline: both markers are written where they stand, so they must stand in the paragraph itself,
                // not one of them in a frame or note nested in it.
                guard open.parent === lca && close.parent === lca else { throw crossing }
                return
            }
        }
        if let lca = repeated {
            openMarker.role = .vanish
            closeMarker.role = .vanish
            lca.before.insert(openToken, at: 0)
            lca.after.append(closeToken)
            return
        }
        let a = openChain[lcaIndex - 1]
        let b = ([close] + closeAncestors)[closeAncestors.firstIndex(where: { $0 === lca })!]
        if isTagOnly(a, marker: open) && isTagOnly(b, marker: close) {
            openMarker.role = .vanish
            closeMarker.role = .vanish
            a.replacement = openToken
            b.replacement = closeToken
            return
        }
        throw crossing
    }

    /// The markers, visible characters and embedded objects of a block, in document order.
    static func visibleItems(_ block: TemplateNode) -> [TemplateNode] {
        var items: [TemplateNode] = []
        block.walk { n in
            switch n.kind {
            case .marker: if n.marker?.kind != .comment { items.append(n) }
            case .text: if !n.text.allSatisfy(\.isWhitespace) { items.append(n) }
            case .element: if !structural.contains(n.name) && n.name != .text("tab") && n.name != .text("line-break") { items.append(n) }
            }
        }
        return items
    }

    /// Elements that may surround a tag in a block that holds nothing but that tag.
    private static let structural: Set<NodeName> = [
        .text("p"), .text("h"), .text("span"), .text("s"), .text("soft-page-break"), .text("bookmark"), .text("bookmark-start"),
        .text("bookmark-end"), .table("table-row"), .table("table-cell"), .table("covered-table-cell"), .text("list-item"),
        .text("list"), .text("list-header"),
    ]

    /// Whether `node` holds nothing visible but the marker.
    static func isTagOnly(_ node: TemplateNode, marker: TemplateNode) -> Bool {
        soleMarker(node) === marker
    }

    /// The one marker (not a comment) of a node that holds nothing visible besides it, or nil. Stops at the
    /// second visible item: asked once per tag, a full walk would make a paragraph of many tags quadratic.
    static func soleMarker(_ node: TemplateNode) -> TemplateNode? {
        var sole: TemplateNode?
        let complete = node.walkWhile({ n in
            switch n.kind {
            case .marker:
                guard n.marker?.kind != .comment else { return true }
                guard sole == nil else { return false }
                sole = n
                return true
            case .text:
                return n.text.allSatisfy(\.isWhitespace)
            case .element:
                return structural.contains(n.name)
            }
        })
        return complete ? sole : nil
    }
}
