/// Reads `regions.csv` (`code,name,parent,kind,merged_into,note,same_as,valid_from,valid_to`,
/// `#` comment lines first): the region tree. Parents must come before their children. `same_as`
/// marks a second listing of a unit (the same zone under another code and name): it counts as
/// that unit. `valid_from` dates a region's creation, `valid_to` the day a merge into
/// `merged_into` took effect (not before that region's creation). Dates are checked here, with
/// the file and line; what they mean for counting is `RegionTree.effective`.
public enum RegionFile {
    public static func load(_ raw: [UInt8], file: String, log: inout DiagnosticLog) -> RegionTree {
        let decoded = TextDecoding.decode(raw)
        var regions: [Region] = []
        var pendingMerges: [(index: Int, code: String, line: Int, column: String)] = []
        decoded.withText { text in
            var start = 0
            var skippedLines = 0
            while start < text.count && text[start] == UInt8(ascii: "#") {
                while start < text.count && text[start] != 0x0A { start += 1 }
                start += 1
                skippedLines += 1
            }
            guard start < text.count else {
                log.add(Diagnostic(.error, file: file, line: 0, .emptyFile))
                return
            }
            var scanner = CSVScanner(text: text, delimiter: UInt8(ascii: ","), start: start)
            var fields: [CSVScanner.Field] = []
            guard case .record = scanner.next(into: &fields) else { return }
            let headers = fields.map { scanner.string($0) }
            let expected = ["code", "name", "parent", "kind", "merged_into", "note", "same_as", "valid_from", "valid_to"]
            guard headers.count >= 4, Array(headers.prefix(4)) == Array(expected.prefix(4)) else {
                log.add(Diagnostic(.error, file: file, line: skippedLines + 1, value: headers.joined(separator: ","),
                                   .invalidField("header", expected: expected.joined(separator: ","))))
                return
            }
            var byCode: [String: Int] = [:]
            while true {
                let outcome = scanner.next(into: &fields)
                guard case .record(let relativeLine) = outcome else {
                    if case .end = outcome { break }
                    log.add(Diagnostic(.error, file: file, line: scanner.line + skippedLines, .unterminatedQuote))
                    break
                }
                let line = relativeLine + skippedLines
                let cells = fields.map { scanner.string($0) }
                func cell(_ i: Int) -> String { i < cells.count ? cells[i] : "" }
                let code = cell(0), name = Sanitizer.clean(cell(1)), parentCode = cell(2)
                guard !code.isEmpty, !name.isEmpty else {
                    log.add(Diagnostic(.error, file: file, line: line, column: code.isEmpty ? "code" : "name", .missingValue))
                    continue
                }
                guard byCode[code] == nil else {
                    log.add(Diagnostic(.error, file: file, line: line, column: "code", value: code, .duplicateID(code)))
                    continue
                }
                guard let kind = RegionKind(rawValue: cell(3)) else {
                    log.add(Diagnostic(.error, file: file, line: line, column: "kind", value: cell(3),
                                       .invalidField("kind", expected: RegionKind.allCases.map(\.rawValue).joined(separator: ", "))))
                    continue
                }
                var parent: Int?
                if !parentCode.isEmpty {
                    guard parentCode != code else {
                        log.add(Diagnostic(.error, file: file, line: line, column: "parent", value: parentCode, .referenceLoop([code, code])))
                        continue
                    }
                    guard let found = byCode[parentCode] else {
                        log.add(Diagnostic(.error, file: file, line: line, column: "parent", value: parentCode, .unknownReference(parentCode)))
                        continue
                    }
                    parent = found
                } else if !regions.isEmpty {
                    log.add(Diagnostic(.error, file: file, line: line, column: "parent", .missingValue))
                    continue
                }
                if !cell(4).isEmpty && !cell(6).isEmpty {
                    log.add(Diagnostic(.error, file: file, line: line, column: "same_as", value: cell(6),
                                       .invalidField("same_as", expected: "empty for a region merged into another")))
                    continue
                }
                var dates: [Day?] = [nil, nil]
                var badDate = false
                for (offset, column) in ["valid_from", "valid_to"].enumerated() where !cell(7 + offset).isEmpty {
                    guard let day = Day(iso: cell(7 + offset)), ValidRange.contains(day) else {
                        log.add(Diagnostic(.error, file: file, line: line, column: column, value: cell(7 + offset),
                                           .invalidField(column, expected: "a date YYYY-MM-DD in \(ValidRange.dateText)")))
                        badDate = true
                        continue
                    }
                    dates[offset] = day
                }
                if badDate { continue }
                if dates[1] != nil && cell(4).isEmpty {
                    log.add(Diagnostic(.error, file: file, line: line, column: "valid_to", value: cell(8),
                                       .invalidField("valid_to", expected: "empty for a region not merged into another (merged_into)")))
                    continue
                }
                if let from = dates[0], let to = dates[1], from >= to {
                    log.add(Diagnostic(.error, file: file, line: line, column: "valid_to", value: cell(8),
                                       .invalidField("valid_to", expected: "a day after valid_from \(from)")))
                    continue
                }
                // Known by its code only once it is kept: a row left out must not lend its code
                // to the next region (that made a region its own parent).
                let index = regions.count
                byCode[code] = index
                if !cell(4).isEmpty { pendingMerges.append((index, cell(4), line, "merged_into")) }
                if !cell(6).isEmpty { pendingMerges.append((index, cell(6), line, "same_as")) }
                regions.append(Region(index: index, code: code, name: name, parent: parent, kind: kind, mergedInto: nil, note: cell(5),
                                      validFrom: dates[0], validTo: dates[1]))
            }
            let successors = Dictionary(pendingMerges.map { (regions[$0.index].code, $0.code) }, uniquingKeysWith: { a, _ in a })
            for merge in pendingMerges {
                guard let successor = byCode[merge.code] else {
                    log.add(Diagnostic(.error, file: file, line: merge.line, column: merge.column, value: merge.code, .unknownReference(merge.code)))
                    continue
                }
                if let loop = ReferenceLoop.find(from: regions[merge.index].code, limit: successors.count, next: { successors[$0] }) {
                    log.add(Diagnostic(.error, file: file, line: merge.line, column: merge.column, value: merge.code, .referenceLoop(loop)))
                    continue
                }
                // A dated merge into a region not yet created would count firms where there is none.
                if merge.column == "merged_into", let to = regions[merge.index].validTo, let from = regions[successor].validFrom, to < from {
                    log.add(Diagnostic(.error, file: file, line: merge.line, column: "valid_to", value: to.description,
                                       .invalidField("valid_to", expected: "a day on or after valid_from \(from) of \(merge.code)")))
                    continue
                }
                let old = regions[merge.index]
                regions[merge.index] = Region(index: old.index, code: old.code, name: old.name, parent: old.parent,
                                              kind: old.kind, mergedInto: successor, note: old.note, isAlias: merge.column == "same_as",
                                              validFrom: old.validFrom, validTo: old.validTo)
            }
        }
        if regions.isEmpty {
            regions = [Region(index: 0, code: "CN", name: "全国", parent: nil, kind: .country, mergedInto: nil, note: "")]
        }
        return RegionTree(regions: regions)
    }
}
