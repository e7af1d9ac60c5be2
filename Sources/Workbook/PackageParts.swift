import Foundation
import ZIPFoundation

/// The parts (files) of an Office Open XML package, read from its zip archive.
struct PackageParts {
    /// The most a single part may expand to: far above the sheet of a million-row list (about
    /// 250 MB), and a bound on what a damaged or hostile archive can make the program allocate.
    static let partLimit = 2 << 30

    private let archive: Archive

    /// The package in the file at `path`, or nil when it is not a zip archive that can be opened.
    /// Opened from its file, not from bytes in memory: ZIPFoundation's in-memory archive traps
    /// when a damaged archive points past its end, where reading a file just comes up short.
    init?(path: String) {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else { return nil }
        self.archive = archive
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The part's bytes; nil when the package has no such part.
    func read(_ path: String) throws(WorkbookError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var content = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard content.count + chunk.count <= PackageParts.partLimit else { throw WorkbookError.damaged(.unreadablePart(path)) }
                content.append(chunk)
            }
        } catch {
            throw .damaged(.unreadablePart(path))
        }
        return content
    }

    /// The part's bytes, which the workbook needs.
    func require(_ path: String) throws(WorkbookError) -> Data {
        guard let content = try read(path) else { throw .damaged(.missingPart(path)) }
        return content
    }

    /// The targets of the relationships of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`)
    /// by id, with their type, as paths in the package.
    func relationships(of part: String) throws(WorkbookError) -> [String: Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? part
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let data = try read(relsPath) else { return [:] }
        var found: [String: Relationship] = [:]
        try XMLElements.scan(data, part: relsPath) { element, attributes in
            guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            if attributes["TargetMode"] == "External" { return }
            found[id] = Relationship(type: attributes["Type"] ?? "", path: PackageParts.resolve(target, from: folder))
        }
        return found
    }

    /// A relationship's target as a package path: absolute (`/xl/styles.xml`) or relative to the
    /// folder of the part that refers to it, with `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}

/// A link from one part of the package to another.
struct Relationship {
    /// The relationship's type URI; its last path component says what the target is.
    let type: String
    let path: String

    func isA(_ kind: String) -> Bool { type.hasSuffix("/" + kind) }
}
