/// A designation cell (already made a `DesignationCatalog.key`) taken apart into the decorations
/// real lists put around a designation's name and the name left between them:
/// a year (2023年度, 2023年), a batch (第五批, 第5批), an issuing region at the start (江苏省),
/// a status word at the end (复核, 撤销, 取消, 到期), and brackets holding a status, a level (省级)
/// or a year or batch.
/// Decorations are taken from either end for as long as some name is left; one that contradicts
/// an earlier one of its kind stays in the name, so that the name is then unknown.
struct DesignationDecorations {
    private(set) var name: [Unicode.Scalar]
    private(set) var year: Int?
    private(set) var batch: Int?
    private(set) var action: Action?
    private(set) var level: DesignationLevel?
    /// The issuing region's name, as written.
    private(set) var issuer: String?

    /// Whether any decoration was found.
    var isDecorated: Bool { year != nil || batch != nil || action != nil || level != nil || issuer != nil }

    /// `issuerLength` gives the length of the region name the text starts with, if it starts
    /// with one.
    init(key: String, issuerLength: ([Unicode.Scalar]) -> Int?) {
        name = Array(key.unicodeScalars)
        var changed = true
        while changed {
            changed = stripYearOrBatchAtStart() || stripIssuer(issuerLength) || stripBracket(atStart: true)
                || stripBracket(atStart: false) || stripYearOrBatchAtEnd() || stripStatusAtEnd()
        }
    }

    private mutating func stripYearOrBatchAtStart() -> Bool {
        guard let found = DecorationParsing.yearOrBatch(name, from: 0), found.end < name.count, record(found.parts) else { return false }
        name.removeFirst(found.end)
        return true
    }

    private mutating func stripYearOrBatchAtEnd() -> Bool {
        for start in stride(from: name.count - 1, to: 0, by: -1) where name[start] == "第" || DecorationParsing.isDigit(name[start]) {
            if let found = DecorationParsing.yearOrBatch(name, from: start), found.end == name.count,
               start == 0 || !DecorationParsing.isDigit(name[start - 1]) {
                guard record(found.parts) else { return false }
                name.removeLast(name.count - start)
                return true
            }
        }
        return false
    }

    /// Words that end a cell as its status without brackets (省级专精特新中小企业复核); 认定 is
    /// left alone, as names of lists may end in it.
    private static let statusWords: [(word: [Unicode.Scalar], action: Action)] =
        [("复核", Action.renew), ("撤销", .revoke), ("取消", .revoke), ("到期", .expire)].map { (Array($0.0.unicodeScalars), $0.1) }

    private mutating func stripStatusAtEnd() -> Bool {
        for status in DesignationDecorations.statusWords where name.count > status.word.count + 1 && name.suffix(status.word.count).elementsEqual(status.word) {
            var parts = DecorationParsing.Parts()
            parts.action = status.action
            guard record(parts) else { return false }
            name.removeLast(status.word.count)
            return true
        }
        return false
    }

    private mutating func stripIssuer(_ issuerLength: ([Unicode.Scalar]) -> Int?) -> Bool {
        guard issuer == nil, let length = issuerLength(name), length < name.count else { return false }
        issuer = String(String.UnicodeScalarView(name[..<length]))
        name.removeFirst(length)
        return true
    }

    /// A bracket at the start or the end whose every item is a decoration.
    private mutating func stripBracket(atStart: Bool) -> Bool {
        guard name.count > 2 else { return false }
        let range: Range<Int>
        if atStart {
            guard let closer = DecorationParsing.closer(of: name[0]), let end = name.firstIndex(of: closer), end < name.count - 1
            else { return false }
            range = 0..<end + 1
        } else {
            guard let opener = DecorationParsing.opener(of: name[name.count - 1]),
                  let start = name.lastIndex(of: opener), start > 0 else { return false }
            range = start..<name.count
        }
        let inside = Array(name[(range.lowerBound + 1)..<(range.upperBound - 1)])
        guard let parts = DecorationParsing.bracketItems(inside), record(parts) else { return false }
        name.removeSubrange(range)
        return true
    }

    /// Keeps the decorations found, unless one contradicts an earlier one (then none is kept).
    private mutating func record(_ parts: DecorationParsing.Parts) -> Bool {
        func agrees<T: Equatable>(_ old: T?, _ new: T?) -> Bool { old == nil || new == nil || old == new }
        guard agrees(year, parts.year), agrees(batch, parts.batch), agrees(action, parts.action), agrees(level, parts.level)
        else { return false }
        year = year ?? parts.year
        batch = batch ?? parts.batch
        action = action ?? parts.action
        level = level ?? parts.level
        return true
    }
}

/// The small grammars of decorations, on the scalars of a key.
enum DecorationParsing {
    struct Parts {
        var year: Int?
        var batch: Int?
        var action: Action?
        var level: DesignationLevel?
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func closer(of opener: Unicode.Scalar) -> Unicode.Scalar? {
        opener == "(" ? ")" : opener == "[" ? "]" : nil
    }

    static func opener(of closer: Unicode.Scalar) -> Unicode.Scalar? {
        closer == ")" ? "(" : closer == "]" ? "[" : nil
    }

    /// A year (2023年度, 2023年), a batch (第五批, 第5批次) or a year followed by a batch, from
    /// `start`; with the position after it.
    static func yearOrBatch(_ text: [Unicode.Scalar], from start: Int) -> (parts: Parts, end: Int)? {
        var parts = Parts()
        var at = start
        if let (year, end) = year(text, from: at) {
            parts.year = year
            at = end
        }
        if let (batch, end) = batch(text, from: at) {
            parts.batch = batch
            at = end
        }
        return at > start ? (parts, at) : nil
    }

    /// A batch cell's number: 第五批, 第5批次, 2023年第二批, or the number alone (5, 五); nil for
    /// anything else.
    static func batchCell(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" })
        if let (parts, end) = yearOrBatch(scalars, from: 0), end == scalars.count, let batch = parts.batch { return batch }
        if let (number, end) = number(scalars, from: 0), end == scalars.count { return number }
        return nil
    }

    /// Four digits followed by 年 or 年度.
    static func year(_ text: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        guard start + 5 <= text.count, text[start..<start + 4].allSatisfy(isDigit), text[start + 4] == "年",
              start + 5 == text.count || !isDigit(text[start + 5]) else { return nil }
        let year = text[start..<start + 4].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        let end = start + 5 < text.count && text[start + 5] == "度" ? start + 6 : start + 5
        return (year, end)
    }

    /// 第, a number from 1 to 99 (digits or Chinese numerals), 批, optionally 次.
    static func batch(_ text: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        guard start < text.count, text[start] == "第", let (number, after) = number(text, from: start + 1),
              after < text.count, text[after] == "批" else { return nil }
        let end = after + 1 < text.count && text[after + 1] == "次" ? after + 2 : after + 1
        return (number, end)
    }

    private static let chineseDigits: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1–99 in one or two digits, or in Chinese numerals (五, 十二, 二十, 九十九).
    static func number(_ text: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var at = start
        func chineseDigit() -> Int? {
            guard at < text.count, let digit = chineseDigits.firstIndex(of: text[at]) else { return nil }
            at += 1
            return digit + 1
        }
        if at < text.count, isDigit(text[at]) {
            var value = 0
            while at < text.count, at - start < 2, isDigit(text[at]) {
                value = value * 10 + Int(text[at].value - 0x30)
                at += 1
            }
            guard value > 0, at == text.count || !isDigit(text[at]) else { return nil }
            return (value, at)
        }
        let tens = chineseDigit()
        guard at < text.count, text[at] == "十" else { return tens.map { ($0, at) } }
        at += 1
        return ((tens ?? 1) * 10 + (chineseDigit() ?? 0), at)
    }

    /// The contents of a bracket as decorations: items separated by , 、 ; or /, each a status
    /// (复核), a level (省级), a year, a batch or a year and a batch. Nil when an item is none of these.
    static func bracketItems(_ inside: [Unicode.Scalar]) -> Parts? {
        var parts = Parts()
        let items = inside.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == ";" || $0 == "/" })
        guard !items.isEmpty else { return nil }
        for item in items {
            let scalars = Array(item)
            let text = String(String.UnicodeScalarView(scalars))
            if let level = DesignationLevel(word: text), parts.level == nil {
                parts.level = level
            } else if let action = ActionNames.lookup(text), parts.action == nil {
                parts.action = action
            } else if let (found, end) = yearOrBatch(scalars, from: 0), end == scalars.count,
                      parts.year == nil || found.year == nil, parts.batch == nil || found.batch == nil {
                parts.year = parts.year ?? found.year
                parts.batch = parts.batch ?? found.batch
            } else {
                return nil
            }
        }
        return parts
    }
}
