import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams the elements of a part's XML to a handler, names without their namespace prefix
/// (`x:row` is `row`: some writers prefix every element). A part that is not well-formed XML is a
/// damaged workbook.
enum XMLElements {
    /// What a part's reader is told, in document order.
    protocol Handler: AnyObject {
        func start(_ element: String, _ attributes: [String: String]) throws(WorkbookError)
        func end(_ element: String) throws(WorkbookError)
        func text(_ characters: String)
    }

    /// Calls `start` for every element with its attributes.
    static func scan(_ data: Data, part: String, start: @escaping (String, [String: String]) throws(WorkbookError) -> Void) throws(WorkbookError) {
        try parse(data, part: part, into: StartsOnly(start))
    }

    static func parse(_ data: Data, part: String, into handler: Handler) throws(WorkbookError) {
        // XMLParser on Linux traps on some bytes that are not UTF-8 (in an attribute's name), so
        // a part that is not UTF-8 text, which a spreadsheet program never writes, goes no further.
        let isUTF8 = data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
        guard isUTF8 else { throw .damaged(.notUTF8(part: part)) }
        // From a stream, in chunks: given the whole data at once, XMLParser on Linux fails on
        // parts of some tens of megabytes (the sheet of a 100,000-row list).
        let parser = XMLParser(stream: InputStream(data: data))
        let delegate = Delegate(handler)
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let failure = delegate.failure { throw failure }
        if !succeeded {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unreadable"
            throw .damaged(.malformedXML(part: part, line: parser.lineNumber, reason: reason))
        }
    }

    /// The name after the namespace prefix.
    static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    /// The attributes with their names' namespace prefixes removed (`r:id` is `id`).
    static func localAttributes(_ attributes: [String: String]) -> [String: String] {
        guard attributes.keys.contains(where: { $0.utf8.contains(UInt8(ascii: ":")) }) else { return attributes }
        var local: [String: String] = [:]
        for (name, value) in attributes where !name.hasPrefix("xmlns") { local[localName(name)] = value }
        return local
    }

    private final class StartsOnly: Handler {
        let onStart: (String, [String: String]) throws(WorkbookError) -> Void
        init(_ onStart: @escaping (String, [String: String]) throws(WorkbookError) -> Void) { self.onStart = onStart }
        func start(_ element: String, _ attributes: [String: String]) throws(WorkbookError) { try onStart(element, attributes) }
        func end(_ element: String) {}
        func text(_ characters: String) {}
    }

    /// Passes the parser's events on, and stops it at the handler's first error.
    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: Handler
        var failure: WorkbookError?

        init(_ handler: Handler) { self.handler = handler }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            do { try handler.start(XMLElements.localName(elementName), XMLElements.localAttributes(attributes)) } catch {
                stop(parser, error)
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            do { try handler.end(XMLElements.localName(elementName)) } catch { stop(parser, error) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { handler.text(string) }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { handler.text(String(decoding: CDATABlock, as: UTF8.self)) }

        private func stop(_ parser: XMLParser, _ error: WorkbookError) {
            if failure == nil { failure = error }
            parser.abortParsing()
        }
    }
}
