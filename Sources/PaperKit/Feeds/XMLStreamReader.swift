import CLibXML2
import Foundation

/// A forward-only XML reader over libxml2's `xmlTextReader`, opened with safe options only
/// (no network, no entity substitution, no DTD loading) and refusing any DOCTYPE.
///
/// Element names are compared as C strings against `StaticString`s so that stepping through a
/// large document allocates nothing until a field's text is actually kept.
final class XMLStreamReader {
    /// One diagnostic libxml2 reported.
    struct Issue: Sendable {
        var line: Int
        var column: Int
        var message: String
        var fatal: Bool
    }

    static let elementNode: Int32 = 1
    static let endElementNode: Int32 = 15
    static let doctypeNode: Int32 = 10

    /// BIG_LINES: a node's line is kept past 65,535, so a record deep in a bulk file is named right.
    static let options: Int32 = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
        | XML_PARSE_BIG_LINES.rawValue)

    private let reader: xmlTextReaderPtr
    // xmlReaderForMemory does not copy: the bytes must outlive the reader.
    private let buffer: UnsafeMutableRawBufferPointer?
    /// The file path or label used in error messages.
    let source: String
    private(set) var issues: [Issue] = []
    /// Type of the current node (`XML_READER_TYPE_*`).
    private(set) var nodeType: Int32 = 0
    private var name: UnsafePointer<xmlChar>?

    /// Opens a file; throws `FeedError.unreadable` when it cannot be opened.
    init(file path: String) throws {
        guard access(path, R_OK) == 0 else {
            throw FeedError.unreadable(source: path, reason: String(cString: strerror(errno)))
        }
        guard let r = xmlReaderForFile(path, nil, XMLStreamReader.options) else {
            throw FeedError.unreadable(source: path, reason: "libxml2 could not open it")
        }
        reader = r
        buffer = nil
        source = path
        installErrorHandler()
    }

    /// Reads from a copy of `data`; `source` names it in error messages.
    init(data: Data, source: String) throws {
        guard data.count < Int(Int32.max) else {
            throw FeedError.unreadable(source: source, reason: "in-memory document larger than 2 GB; save it to a file")
        }
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        _ = data.copyBytes(to: bytes.bindMemory(to: UInt8.self))
        guard let r = xmlReaderForMemory(bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count),
                                         source, nil, XMLStreamReader.options) else {
            bytes.deallocate()
            throw FeedError.unreadable(source: source, reason: "libxml2 could not open the buffer")
        }
        reader = r
        buffer = bytes
        self.source = source
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
    }

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let me = Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue()
            let e = error.pointee
            let text = e.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "unknown error"
            me.issues.append(Issue(line: Int(e.line), column: Int(e.int2), message: text, fatal: e.level == XML_ERR_FATAL))
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Current line in the input (for error messages): where the parser is, which may be ahead
    /// of the node being read.
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The line the current node starts on (the start tag of an element), for naming a record;
    /// the parser's line when libxml2 does not know it.
    var nodeLine: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return line }
        let number = Int(xmlGetLineNo(node))
        return number > 0 ? number : line
    }

    /// Moves to the next node. Returns false at the end of the document; throws on malformed
    /// input (with the first error libxml2 reported) and on any DOCTYPE.
    @discardableResult
    func read() throws -> Bool {
        let rc = xmlTextReaderRead(reader)
        if rc == 1 {
            nodeType = xmlTextReaderNodeType(reader)
            if nodeType == XMLStreamReader.elementNode || nodeType == XMLStreamReader.endElementNode {
                name = xmlTextReaderConstLocalName(reader)
            } else {
                name = nil
                if nodeType == XMLStreamReader.doctypeNode {
                    throw FeedError.doctypeRefused(source: source, line: line)
                }
            }
            return true
        }
        nodeType = 0
        name = nil
        if rc < 0 || issues.contains(where: \.fatal) { throw malformedError() }
        return false
    }

    private func malformedError() -> FeedError {
        let issue = issues.first(where: \.fatal) ?? issues.first
        return .malformed(source: source, line: issue?.line ?? line, column: issue?.column ?? 0,
                          message: issue?.message.lowercased() ?? "parser stopped")
    }

    var isElement: Bool { nodeType == XMLStreamReader.elementNode }
    var isEndElement: Bool { nodeType == XMLStreamReader.endElementNode }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// True when the current element (start or end) has this local name; no allocation.
    @inline(__always)
    func isNamed(_ expected: StaticString) -> Bool {
        guard let name else { return false }
        return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(expected.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// True when the current node has no namespace (RSS's own elements).
    var hasNoNamespace: Bool { xmlTextReaderConstNamespaceUri(reader) == nil }

    /// The value of an attribute of the current element.
    func attribute(_ attributeName: StaticString) -> String? {
        let p = UnsafeRawPointer(attributeName.utf8Start).assumingMemoryBound(to: xmlChar.self)
        guard let value = xmlTextReaderGetAttribute(reader, p) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// Reads the text content of the current element, leaving the reader on its end tag.
    /// Text of nested child elements is included (arXiv never nests markup in fields).
    func readText() throws -> String {
        guard isElement, !isEmptyElement else { return "" }
        let start = xmlTextReaderDepth(reader)
        var text = ""
        while try read() {
            switch nodeType {
            case 3, 4, 13, 14: // text, CDATA, whitespace, significant whitespace
                if let value = xmlTextReaderConstValue(reader) {
                    if text.isEmpty { text = String(cString: value) } else { text += String(cString: value) }
                }
            case XMLStreamReader.endElementNode where xmlTextReaderDepth(reader) == start:
                return text
            default:
                continue
            }
        }
        return text
    }
}
