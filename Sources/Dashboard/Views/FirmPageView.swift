import ProgressModel

/// A firm's page as lines at the screen's width: where it is, what it holds and until when, what
/// lapsed, where it moved, every event with its file and line, and every target and reward it
/// counts toward with the reason.
struct FirmPageLayout {
    let content: FirmPageContent
    let state: DashboardState

    var lines: [DetailLine] {
        let language = state.language
        let zh = language == .chinese
        let data = state.tally.data
        let tree = data.regions
        let table = data.recognitions
        let history = content.history
        let width = max(20, state.width - 2)
        let designations = data.designations
        var out = DetailText(width: width)
        let separator = state.options.glyphs.separator
        let path = { (region: Int) in tree.path(to: region).dropFirst().map { tree[$0].name }.joined(separator: separator) }

        out.append(.text(table.firmName(history.firm), Style(bold: true)))
        var identity = (zh ? "统一社会信用代码 " : "credit code ") + (table.firmCode(history.firm)?.description ?? (zh ? "(无代码)" : "(no code)"))
        if let region = history.region { identity += " · " + path(region) }
        out.wrapped(identity, indent: "", style: Style(dim: true))

        out.heading(zh ? "持有(截至 \(history.asOf))" : "Holds (at \(history.asOf))")
        if history.holdings.isEmpty { out.wrapped(zh ? "(无)" : "(nothing)", style: Style(dim: true)) }
        for holding in history.holdings {
            var text = designations[holding.designation].name(in: language) + (zh ? "  自 " : "  since ") + holding.since.description
            if let until = holding.until { text += zh ? ",有效至 \(until)" : ", valid until \(until)" }
            out.wrapped(text)
        }
        if !history.lapses.isEmpty {
            out.heading(zh ? "有效期届满(未复核)" : "Lapsed (validity ran out, not renewed)")
            for lapse in history.lapses {
                let years = designations[lapse.designation].validYears.map { zh ? "(有效期 \($0) 年)" : " (valid \($0) years)" } ?? ""
                out.wrapped(lapse.on.description + "  " + designations[lapse.designation].name(in: language) + years, style: Style(color: .warning))
            }
        }
        if !history.moves.isEmpty {
            out.heading(zh ? "迁移" : "Moves")
            for move in history.moves {
                let event = table.events[move.event]
                out.wrapped(move.on.description + "  " + tree[move.from].name + " → " + tree[move.to].name + "  "
                        + source(event), style: .plain)
            }
        }
        out.heading(zh ? "记录(\(history.events.count) 条)" : "Events (\(history.events.count))")
        for position in history.events {
            let event = table.events[position]
            var text = (event.yearOnly ? String(event.day.year) + "     " : event.day.description) + "  " + event.action.name(in: language)
                + " " + designations[Int(event.designation)].name(in: language)
            if let batch = event.batch { text += zh ? "(第\(batch)批)" : " (batch \(batch))" }
            text += "  " + tree[Int(event.region)].name + "  " + source(event)
            out.wrapped(text, style: event.action.ends ? Style(color: .warning) : .plain)
        }
        if history.laterEvents > 0 {
            out.wrapped(zh ? "另有 \(history.laterEvents) 条记录在截至日期之后(按 ] 后移日期可见)"
                    : "\(history.laterEvents) more after the as-of date (] moves the date)", style: Style(dim: true))
        }
        out.heading(zh ? "计入的目标" : "Counts toward")
        if history.counted.isEmpty { out.wrapped(zh ? "(无)" : "(none)", style: Style(dim: true)) }
        for counted in history.counted {
            let target = counted.target
            let plan = data.book.plan(target.planID)?.name(in: language) ?? ""
            out.wrapped(tree[target.region].name + " · " + target.name(in: language) + (plan.isEmpty ? "" : "  (" + plan + ")"))
            out.wrapped(reason(counted), indent: "      ", style: Style(dim: true))
        }
        if !history.rewards.isEmpty {
            out.heading(zh ? "奖励(按最高一档,只计一次)" : "Rewards (highest tier, once)")
            for reward in history.rewards where reward.tier < reward.rule.tiers.count {
                let tier = reward.rule.tiers[reward.tier]
                let names = tier.designations.map { designations[$0].shortName(in: language) }.joined(separator: zh ? "、" : ", ")
                out.wrapped((zh ? reward.rule.name : reward.rule.nameEnglish) + ": " + names + "  "
                        + (reward.rule.isCeiling ? (zh ? "最多 " : "up to ") : "") + NumberText.money(tier.amount, language))
            }
        }
        return out.lines
    }

    /// "湛江市-名单.csv:12": the file's name and the row's line.
    private func source(_ event: Event) -> String {
        let path = state.tally.data.recognitions.inputs[Int(event.input)].path
        return (path.split(separator: "/").last.map(String.init) ?? path) + ":\(event.line)"
    }

    /// Why the firm counts: the designation, the day, and the rule of the target's mode.
    private func reason(_ counted: FirmHistory.Counted) -> String {
        let zh = state.language == .chinese
        let name = state.tally.data.designations[counted.member.designation].name(in: state.language)
        let target = counted.target
        var text: String
        switch target.mode {
        case .stock:
            text = zh ? "持有\(name)(自 \(counted.member.since))" : "holds \(name) (since \(counted.member.since))"
        default:
            text = zh ? "\(counted.member.since) 首次认定为\(name)" : "first recognised \(name) on \(counted.member.since)"
        }
        if target.counting == .highest {
            text += zh ? ";按最高一档计入本项" : "; counted in this part by its highest tier"
        }
        return text
    }
}

enum FirmPageView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, layout: PageLayout) {
        guard case .firm(let content) = state.top.content else { return }
        let language = state.language
        let history = content.history
        DashboardView.summary(&buffer, UIText.t(language, "企业 · \(history.events.count) 条记录 · 计入 \(history.counted.count) 个目标",
                                                "firm · \(history.events.count) event\(history.events.count == 1 ? "" : "s") · counts toward \(history.counted.count) target\(history.counted.count == 1 ? "" : "s")"))
        DetailLines.draw(FirmPageLayout(content: content, state: state).lines, into: &buffer, state, layout: layout)
    }
}
