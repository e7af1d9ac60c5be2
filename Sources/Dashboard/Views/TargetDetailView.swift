import ProgressModel

/// One line of the target detail: pieces of text and bars side by side.
struct DetailLine: Sendable {
    enum Piece: Sendable {
        case text(String, Style)
        case bar(ProgressBar, width: Int)
    }

    var pieces: [Piece]

    static func text(_ text: String, _ style: Style = .plain) -> DetailLine { DetailLine(pieces: [.text(text, style)]) }
    static let blank = DetailLine(pieces: [])
}

/// The lines of a page laid out as text at a width: wrapped paragraphs and underlined headings
/// (a target's detail, a firm's page, a plan's rewards).
struct DetailText {
    let width: Int
    private(set) var lines: [DetailLine] = []

    init(width: Int) { self.width = width }

    mutating func append(_ line: DetailLine) { lines.append(line) }

    mutating func wrapped(_ text: String, indent: String = "  ", style: Style = .plain) {
        for line in Wrapping.lines(text, width: width - DisplayWidth.standard.columns(of: indent)) { lines.append(.text(indent + line, style)) }
    }

    /// A blank line, then the heading.
    mutating func heading(_ text: String) {
        lines.append(.blank)
        lines.append(.text(text, Style(bold: true, underline: true)))
    }
}

/// The target detail as lines at the screen's width: the quote and document, the numbers, the
/// counting rule in words, the per-year record against the plan's quotas, notes, rewards.
struct TargetDetailLayout {
    let content: TargetContent
    let state: DashboardState

    var lines: [DetailLine] {
        let language = state.language
        let zh = language == .chinese
        let data = state.tally.data
        let progress = content.progress
        let target = progress.target
        let width = max(20, state.width - 2)
        var out = DetailText(width: width)
        let number = { (value: Double) in target.countsFirms ? NumberText.plain(value.rounded()) : NumberText.plain(value) }

        out.append(.text(target.name(in: language), Style(bold: true)))
        if let plan = content.plan {
            out.wrapped([plan.name(in: language), plan.issuer, plan.dateText].filter { !$0.isEmpty }.joined(separator: " · "), indent: "", style: Style(dim: true))
        }
        out.heading((zh ? "原文(" : "Source (") + "documents/" + target.document + (zh ? ")" : ")"))
        out.wrapped(state.options.glyphs.quoteOpen + target.quote + state.options.glyphs.quoteClose)

        out.heading(zh ? "进度" : "Progress")
        let status = DashboardView.statusStyle(progress.status)
        out.append(DetailLine(pieces: [
            .text((zh ? "  目标 " : "  goal ") + Labels.targetValue(target), .plain),
            .text((zh ? "   实际 " : "   actual ") + (progress.actual.map(number) ?? state.options.glyphs.none), Style(bold: true)),
            .text((zh ? "   完成 " : "   done ") + (progress.percent.map(NumberText.percent) ?? state.options.glyphs.none), .plain),
            .text((zh ? "   应达 " : "   expected ") + (progress.expected.map(number) ?? state.options.glyphs.none), .plain),
            .text("   " + state.options.glyphs.status(progress.status) + " " + progress.status.label(language), status),
        ]))
        out.append(DetailLine(pieces: [.text("  ", .plain), .bar(ProgressBar(fraction: progress.actual.map { $0 / max(target.value, 1e-9) },
                                                                         expected: progress.expected.map { $0 / max(target.value, 1e-9) }, style: status),
                                                             width: min(50, width - 4))]))
        // Dates and the projection on one line, rates and the gap on the next.
        var dates = [(zh ? "计数日 " : "counted at ") + progress.countedAt.description, (zh ? "期限 " : "deadline ") + target.deadline.description]
        if let projected = progress.projected { dates.append((zh ? "预计 " : "projected ") + number(projected)) }
        var rates: [String] = []
        if let rate = progress.runRatePerYear { rates.append((zh ? "近一年速度 " : "last 12 months ") + NumberText.oneDecimal(rate) + (zh ? "/年" : "/yr")) }
        if let needed = progress.neededPerYear, needed > 0 { rates.append((zh ? "仍需 " : "still needed ") + NumberText.oneDecimal(needed) + (zh ? "/年" : "/yr")) }
        if let gap = progress.gap { rates.append((zh ? "缺口 " : "gap ") + number(gap)) }
        out.wrapped(dates.joined(separator: " · "))
        if !rates.isEmpty { out.wrapped(rates.joined(separator: " · ")) }
        out.wrapped((zh ? "进度线:" : "Pace: ") + Labels.paceBasis(progress.paceBasis, language), style: Style(dim: true))

        out.heading(zh ? "计数规则" : "How it is counted")
        out.wrapped(Labels.countingRule(target, book: data.book, catalog: data.designations, regions: data.regions, language))

        if !progress.byYear.isEmpty {
            out.heading(target.mode == .stock ? (zh ? "逐年(柱:年末存量)" : "By year (bars: stock at year end)")
                    : target.mode == .observation ? (zh ? "逐年(观测值)" : "By year (observed)")
                    : target.mode == .cumulative ? (zh ? "逐年(柱:当年首次认定;累计与应达为累计数)" : "By year (bars: first recognised that year; to date and expected are cumulative)")
                    : (zh ? "逐年(柱:当年首次认定)" : "By year (bars: first recognised that year)"))
            var running = 0.0
            let top = max(1, progress.byYear.map(\.count).max() ?? 1, progress.byYear.compactMap(\.quota).max() ?? 1)
            let barWidth = max(6, min(30, width - 40))
            for point in progress.byYear {
                var pieces: [DetailLine.Piece] = [.text("  \(point.year)  ", .plain),
                                                  .bar(ProgressBar(fraction: point.count / top, expected: point.quota.map { $0 / top }, style: Style(color: .accent)), width: barWidth),
                                                  .text("  " + DisplayWidth.standard.fit(number(point.count), to: 6, align: .right), Style(bold: true))]
                if let quota = point.quota { pieces.append(.text((zh ? "  计划 " : "  quota ") + number(quota), .plain)) }
                if target.mode == .cumulative {
                    running += point.count
                    pieces.append(.text((zh ? "  累计 " : "  to date ") + number(running), .plain))
                }
                if let expected = point.expected, target.mode != .new {
                    pieces.append(.text((zh ? "  应达 " : "  expected ") + number(expected), Style(dim: true)))
                }
                out.append(DetailLine(pieces: pieces))
            }
        }
        if let last = content.monthly.last {
            out.heading(target.mode == .stock ? (zh ? "逐月(月末存量;· 为应达)" : "By month (stock at month ends; · expected)")
                    : (zh ? "逐月(月末累计计入;· 为应达)" : "By month (counted to each month end; · expected)"))
            let months = content.monthly
            for line in MonthlyChart(points: months, glyphs: state.options.glyphs).lines(width: width - 2) {
                out.append(DetailLine(pieces: [.text("  ", .plain)] + line.pieces))
            }
            let recent = months.suffix(3).map { "\($0.day) " + NumberText.grouped($0.count) }.joined(separator: " · ")
            var change = ""
            if months.count > 1 {
                let delta = last.count - months[months.count - 2].count
                change = (zh ? "(较上月末 " : " (since the month before: ") + (delta >= 0 ? "+" : "") + String(delta) + (zh ? ")" : ")")
            }
            out.wrapped((zh ? "最近:" : "Latest: ") + recent + change)
        }
        if !progress.regionCounts.isEmpty {
            out.heading(zh ? "各园区、开发区" : "Parks and zones")
            for entry in progress.regionCounts {
                let met = Double(entry.count) >= target.value
                out.append(.text("  " + DisplayWidth.standard.fit(data.regions[entry.region].name, to: 28) + DisplayWidth.standard.fit(String(entry.count), to: 6, align: .right)
                                 + (met ? (zh ? "  达标" : "  reached") : ""), met ? Style(color: .good) : .plain))
            }
        }
        if !target.notes(in: language).isEmpty {
            out.heading(zh ? "解读说明" : "Reading of the text")
            out.wrapped(target.notes(in: language))
        }
        if !content.notes.isEmpty {
            out.heading(zh ? "一致性检查" : "Consistency")
            for note in content.notes { out.wrapped("- " + note.message(language)) }
        }
        for exposure in content.rewards {
            out.heading((zh ? "奖励:" : "Rewards: ") + (zh ? exposure.rule.name : exposure.rule.nameEnglish))
            out.wrapped((zh ? "至 \(exposure.countedAt):\(exposure.totalFirms) 家," : "to \(exposure.countedAt): \(exposure.totalFirms) firms, ")
                    + (exposure.rule.isCeiling ? (zh ? "最多 " : "up to ") : "") + NumberText.money(exposure.totalAmount, language))
            for (tier, firms) in zip(exposure.rule.tiers, exposure.firmsPerTier) {
                let names = tier.designations.map { data.designations[$0].shortName(in: language) }.joined(separator: zh ? "、" : ", ")
                out.wrapped("\(names): \(firms) × \(NumberText.money(tier.amount, language))", indent: "    ")
            }
            out.wrapped(exposure.rule.notes(in: language), style: Style(dim: true))
        }
        return out.lines
    }
}

enum TargetDetailView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, layout: PageLayout) {
        guard case .target(let content) = state.top.content else { return }
        let language = state.language
        DashboardView.summary(&buffer, content.plan?.name(in: language) ?? "")
        DetailLines.draw(TargetDetailLayout(content: content, state: state).lines, into: &buffer, state, layout: layout)
    }
}

/// Draws pages laid out as lines (a target's detail, a firm's page) from their scroll position.
enum DetailLines {
    static func draw(_ lines: [DetailLine], into buffer: inout ScreenBuffer, _ state: DashboardState, layout: PageLayout) {
        let scroll = state.top.scroll[0]
        for row in 0..<layout.contentHeight {
            let index = scroll + row
            guard index < lines.count else { break }
            var x = 1
            for piece in lines[index].pieces {
                switch piece {
                case .text(let text, let style): x = buffer.put(text, x: x, y: layout.contentTop + row, style: style)
                case .bar(let bar, let width):
                    bar.draw(into: &buffer, x: x, y: layout.contentTop + row, width: min(width, max(0, buffer.width - x)), glyphs: state.options.glyphs)
                    x += width
                }
            }
        }
    }
}
