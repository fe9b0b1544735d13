import AkteTemplate

/// Rewrites each paragraph so that every tag, however the word processor split it over spans, `text:s`,
/// soft hyphens, bookmarks or change marks, becomes one marker node that keeps the formatting (span chain)
/// of the tag's first character.
struct ParagraphNormaliser {
    let templateName: String

    init(templateName: String) {
        self.templateName = templateName
    }

    /// Elements inside a paragraph that are invisible and may stand inside a tag; they are kept (moved after the tag).
    static let zeroWidth: Set<NodeName> = [
        .text("soft-page-break"), .text("bookmark"), .text("bookmark-start"), .text("bookmark-end"),
        .text("reference-mark"), .text("reference-mark-start"), .text("reference-mark-end"),
        .text("change"), .text("change-start"), .text("change-end"),
        .text("toc-mark"), .text("toc-mark-start"), .text("toc-mark-end"),
        .text("alphabetical-index-mark"), .text("alphabetical-index-mark-start"), .text("alphabetical-index-mark-end"),
        .text("user-index-mark"), .text("user-index-mark-start"), .text("user-index-mark-end"),
        .office("annotation-end"),
    ]
    /// Inline containers whose text belongs to the paragraph's text (formatting runs, links).
    static let inlineContainers: Set<NodeName> = [.text("span"), .text("a"), .text("meta")]

    /// The meta elements whose text may hold tags (the document's title, subject and description).
    static let metaFields: Set<NodeName> = [.dc("title"), .dc("subject"), .dc("description")]

    enum Atom {
        case char(Character, path: [TemplateNode])
        /// An element kept as is (field, frame, note…): a barrier for tags.
        case opaque(TemplateNode, path: [TemplateNode])
        case zeroWidth(TemplateNode, path: [TemplateNode])
        case marker(TemplateNode, path: [TemplateNode])
    }

    /// Normalises every paragraph under `root` (document order), and the title-like meta elements.
    mutating func normalise(_ root: TemplateNode) throws(TemplateError) {
        var paragraphs: [TemplateNode] = []
        var metaFields: [TemplateNode] = []
        func collect(_ node: TemplateNode) {
            guard node.kind == .element else { return }
            if node.isParagraph { paragraphs.append(node) }
            if Self.metaFields.contains(node.name) { metaFields.append(node) }
            for child in node.children { collect(child) }
        }
        collect(root)
        for paragraph in paragraphs { try normaliseParagraph(paragraph) }
        for field in metaFields { try normaliseMetaField(field) }
    }

    private mutating func region(of node: TemplateNode) -> String {
        for ancestor in node.ancestors {
            if ancestor.isElement(.office("body")) { return "paragraph" }
            if ancestor.isElement(.office("master-styles")) { return "header/footer paragraph" }
        }
        return "paragraph"
    }

    // MARK: Paragraphs

    private mutating func normaliseParagraph(_ paragraph: TemplateNode) throws(TemplateError) {
        var atoms: [Atom] = []
        var lastWasSpace = true  // collapsible white space at the start of a paragraph is dropped
        func flatten(_ nodes: [TemplateNode], path: [TemplateNode]) {
            for node in nodes {
                switch node.kind {
                case .text:
                    for ch in node.text {
                        if ch == " " || ch == "\n" || ch == "\t" || ch == "\r" || ch == "\r\n" {
                            if lastWasSpace { continue }
                            atoms.append(.char(" ", path: path))
                            lastWasSpace = true
                        } else {
                            atoms.append(.char(ch, path: path))
                            lastWasSpace = false
                        }
                    }
                case .marker:
                    atoms.append(.marker(node, path: path))
                case .element:
                    switch node.name {
                    case .text("s"):
                        // The loader refused larger counts (TemplateLimits.maximumRepeatCount); the clamp only keeps this loop bounded.
                        let count = min(Int(node.attribute(.text("c")) ?? "1") ?? 1, TemplateLimits.maximumRepeatCount)
                        for _ in 0..<max(1, count) { atoms.append(.char(" ", path: path)) }
                        lastWasSpace = true
                    case .text("tab"):
                        atoms.append(.char("\t", path: path)); lastWasSpace = false
                    case .text("line-break"):
                        atoms.append(.char("\n", path: path)); lastWasSpace = false
                    default:
                        if Self.zeroWidth.contains(node.name) {
                            atoms.append(.zeroWidth(node, path: path))
                        } else if Self.inlineContainers.contains(node.name) {
                            flatten(node.children, path: path + [node])
                        } else {
                            atoms.append(.opaque(node, path: path))
                            lastWasSpace = false
                        }
                    }
                }
            }
        }
        flatten(paragraph.children, path: [])

        // The text as the reader sees it, with a barrier character for embedded objects.
        var chars: [Character] = []
        var atomIndex: [Int] = []
        var barriers: Set<Int> = []
        for (i, atom) in atoms.enumerated() {
            switch atom {
            case .char(let ch, _): chars.append(ch); atomIndex.append(i)
            case .opaque: barriers.insert(chars.count); chars.append("\u{FFFC}"); atomIndex.append(i)
            case .zeroWidth, .marker: break
            }
        }
        guard chars.contains("{") || chars.contains("}") else { return }
        let regionName = region(of: paragraph)
        let number = paragraphNumber(paragraph, region: regionName)
        let shownText = String(chars.map { $0 == "\u{FFFC}" ? " " : $0 })
        let location = TemplateLocation(template: templateName, place: .paragraph(region: regionName, number: number, text: shownText))
        let found: [FoundTag]
        do {
            found = try TagScanner.scan(chars, isBarrier: { barriers.contains($0) })
        } catch {
            throw TemplateError(error.kind, at: location, error.message)
        }
        try checkStrayBraces(chars, found: found, location: location)
        guard !found.isEmpty else { return }

        // Replace each tag's atoms by one marker.
        var result: [Atom] = []
        var cursor = 0
        for tag in found {
            let first = atomIndex[tag.start], last = atomIndex[tag.end - 1]
            result.append(contentsOf: atoms[cursor..<first])
            guard case .char(_, let firstPath) = atoms[first] else { continue }
            let marker = Marker(kind: tag.kind, location: location, inParagraph: true)
            let path = tag.kind.isSectionTag ? [] : firstPath
            result.append(.marker(TemplateNode(marker: marker), path: path))
            for atom in atoms[first...last] {
                if case .zeroWidth = atom { result.append(atom) }
            }
            cursor = last + 1
        }
        result.append(contentsOf: atoms[cursor...])
        paragraph.children = rebuild(result, textPrefix: paragraph.prefix)
    }

    /// Counts the paragraphs of a region in document order, once, on first use.
    private var numbering: [ObjectIdentifier: Int] = [:]
    private mutating func paragraphNumber(_ paragraph: TemplateNode, region: String) -> Int {
        if numbering.isEmpty {
            var root = paragraph
            while let parent = root.parent { root = parent }
            var counts: [String: Int] = [:]
            var all: [TemplateNode] = []
            root.walk { if $0.isParagraph { all.append($0) } }
            for p in all {
                let r = self.region(of: p)
                counts[r, default: 0] += 1
                numbering[ObjectIdentifier(p)] = counts[r]!
            }
        }
        return numbering[ObjectIdentifier(paragraph)] ?? 0
    }

    /// A lone `}}` is most likely a tag broken by an embedded object or a typing error: refuse it.
    private func checkStrayBraces(_ chars: [Character], found: [FoundTag], location: TemplateLocation) throws(TemplateError) {
        var inside = [Bool](repeating: false, count: chars.count)
        for tag in found { for i in tag.start..<tag.end { inside[i] = true } }
        var i = 0
        while i + 1 < chars.count {
            if !inside[i] && !inside[i + 1] && chars[i] == "}" && chars[i + 1] == "}" {
                throw TemplateError(.malformedTag, at: location, "'}}' without a matching '{{' (is the tag split by a field or frame?)")
            }
            i += 1
        }
    }

    /// Builds the paragraph's children from atoms, regrouping characters into their span chains and
    /// writing white space as ODF markup (a space after a visible character stays literal, others become `text:s`).
    /// `textPrefix`: the paragraph's own prefix for ODF's text namespace, which the new `text:s`, `text:tab` and
    /// `text:line-break` elements take, so they need no declaration.
    private func rebuild(_ atoms: [Atom], textPrefix: String?) -> [TemplateNode] {
        // Children are collected in `children` and given to their node once, when it is closed: assigning
        // `TemplateNode.children` sets every child's parent, so appending to it one by one would be quadratic.
        let top = TemplateNode(element: NodeName(nil, "#paragraph"), prefix: nil)
        var stack: [(original: TemplateNode?, node: TemplateNode, children: [TemplateNode])] = [(nil, top, [])]
        var pendingText = ""
        var previousIsVisibleChar = false
        var spaces = 0

        func flushText() {
            guard !pendingText.isEmpty else { return }
            stack[stack.count - 1].children.append(TemplateNode(text: pendingText))
            pendingText = ""
        }
        func flushSpaces() {
            guard spaces > 0 else { return }
            var n = spaces
            if previousIsVisibleChar { pendingText.append(" "); n -= 1 }
            if n > 0 {
                flushText()
                let s = TemplateNode(element: .text("s"), prefix: textPrefix,
                                     attributes: n > 1 ? [TemplateAttribute(.text("c"), prefix: textPrefix, value: String(n))] : [])
                stack[stack.count - 1].children.append(s)
            }
            spaces = 0
        }
        func moveTo(_ path: [TemplateNode]) {
            var common = 0
            while common < path.count, common + 1 < stack.count, stack[common + 1].original === path[common] { common += 1 }
            if stack.count - 1 == common && common == path.count { return }
            flushSpaces()
            flushText()
            while stack.count - 1 > common {
                let closed = stack.removeLast()
                closed.node.children = closed.children
                stack[stack.count - 1].children.append(closed.node)
            }
            for original in path[common...] {
                stack.append((original, original.emptyCopy(), []))
            }
        }
        func append(_ node: TemplateNode) {
            flushSpaces()
            flushText()
            stack[stack.count - 1].children.append(node)
        }

        for atom in atoms {
            switch atom {
            case .char(let ch, let path):
                if ch == " " {
                    // Spaces join the current run; their span is the one of the run's first space.
                    if spaces == 0 { moveTo(path) }
                    spaces += 1
                    continue
                }
                moveTo(path)
                flushSpaces()
                switch ch {
                case "\t": append(TemplateNode(element: .text("tab"), prefix: textPrefix)); previousIsVisibleChar = false
                case "\n": append(TemplateNode(element: .text("line-break"), prefix: textPrefix)); previousIsVisibleChar = false
                default: pendingText.append(ch); previousIsVisibleChar = true
                }
            case .opaque(let node, let path), .zeroWidth(let node, let path):
                moveTo(path)
                append(node)
                if case .opaque = atom { previousIsVisibleChar = false }
            case .marker(let node, let path):
                moveTo(path)
                append(node)
                // A value ends with a visible character or with text:s (see ValueWriter), so one typed space
                // after it may stay literal, as the author typed it.
                if case .value = node.marker!.kind { previousIsVisibleChar = true } else { previousIsVisibleChar = false }
            }
        }
        moveTo([])
        flushSpaces()
        flushText()
        return stack[0].children
    }

    // MARK: Meta fields (title)

    private mutating func normaliseMetaField(_ field: TemplateNode) throws(TemplateError) {
        let text = field.children.filter { $0.kind == .text }.map(\.text).joined()
        guard text.contains("{{") || text.contains("}}") else { return }
        let chars = Array(text)
        let region = field.name == .dc("title") ? "document title" : field.qualifiedName
        let location = TemplateLocation(template: templateName, place: .paragraph(region: region, number: 1, text: text))
        let found: [FoundTag]
        do { found = try TagScanner.scan(chars) } catch { throw TemplateError(error.kind, at: location, error.message) }
        try checkStrayBraces(chars, found: found, location: location)
        var children: [TemplateNode] = []
        var cursor = 0
        for tag in found {
            if tag.start > cursor { children.append(TemplateNode(text: String(chars[cursor..<tag.start]))) }
            children.append(TemplateNode(marker: Marker(kind: tag.kind, location: location, inParagraph: false)))
            cursor = tag.end
        }
        if cursor < chars.count { children.append(TemplateNode(text: String(chars[cursor...]))) }
        field.children = children
    }
}
