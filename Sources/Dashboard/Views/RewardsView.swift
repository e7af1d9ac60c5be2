import ProgressModel

/// A plan's rewards as lines: for each rule, its quote and how it is applied, the money by the
/// year it falls due, by county, and firm by firm.
struct RewardsLayout {
    let content: RewardsContent
    let state: DashboardState

    var lines: [DetailLine] {
        let language = state.language
        let zh = language == .chinese
        let data = state.tally.data
        let tree = data.regions
        let width = max(20, state.width - 2)
        let fit = { (text: String, columns: Int, align: DisplayWidth.Alignment) in DisplayWidth.standard.fit(text, to: columns, align: align) }
        var out = DetailText(width: width)
        out.append(.text(content.plan.name(in: language), Style(bold: true)))
        for breakdown in content.breakdowns {
            let rule = breakdown.rule
            let money = { (amount: Int) in (rule.isCeiling ? (zh ? "最多 " : "up to ") : "") + NumberText.money(amount, language) }
            let tierNames = rule.tiers.map { tier in
                tier.designations.map { data.designations[$0].shortName(in: language) }.joined(separator: zh ? "、" : ", ")
            }
            out.heading((zh ? "奖励:" : "Rewards: ") + (zh ? rule.name : rule.nameEnglish))
            out.wrapped(state.options.glyphs.quoteOpen + rule.quote + state.options.glyphs.quoteClose)
            out.wrapped(zh ? "每家企业按最高一档奖励一次,计入达到该档的年份;\(rule.basis == .firstGrant ? "仅首次认定" : "认定或复核均可"),\(rule.start) 至 \(rule.deadline)。"
                       : "Each firm once, at its highest tier, in the year it reached it; \(rule.basis == .firstGrant ? "first grants only" : "grants or renewals"), \(rule.start) to \(rule.deadline).",
                    style: Style(dim: true))
            let total = breakdown.total
            out.append(.text((zh ? "  至 \(breakdown.countedAt):\(total.firms) 家," : "  to \(breakdown.countedAt): \(total.firms) firms, ") + money(total.amount),
                             Style(bold: true)))
            out.append(.text(zh ? "  按年份" : "  By year", Style(underline: true)))
            for (year, sum) in breakdown.byYear {
                out.append(.text("    \(year)  " + fit(NumberText.grouped(sum.firms), 6, .right) + (zh ? " 家  " : " firms  ") + money(sum.amount)))
            }
            out.append(.text(zh ? "  按区县" : "  By county", Style(underline: true)))
            for (region, sum) in breakdown.byCounty(tree) {
                let name = region == breakdown.region ? (zh ? "(区县未填)" : "(county not given)") : tree[region].name
                out.append(.text("    " + fit(name, 20, .left) + fit(NumberText.grouped(sum.firms), 6, .right) + (zh ? " 家  " : " firms  ") + money(sum.amount)))
            }
            out.append(.text((zh ? "  按企业(\(total.firms) 家)" : "  By firm (\(total.firms))"), Style(underline: true)))
            // Firm and county widen on a wider screen, up to the longest names (湛江经济技术开发区).
            let spare = max(0, width - 78)
            let countyWidth = 10 + min(8, spare / 2), nameWidth = 30 + min(14, spare - (countyWidth - 10))
            let row = { (name: String, county: String, tier: String, amount: String, since: String) in
                "    " + fit(name, nameWidth, .left) + " " + fit(county, countyWidth, .left) + " " + fit(tier, 8, .left) + " "
                    + fit(amount, 12, .right) + "  " + since
            }
            out.append(.text(zh ? row("企业名称", "区县", "档", "金额", "达到该档") : row("firm", "county", "tier", "amount", "reached"),
                             Style(dim: true)))
            for firm in breakdown.firms {
                let county = tree.child(of: breakdown.region, toward: firm.region).map { tree[$0].name } ?? ""
                out.append(.text(row(data.recognitions.firmName(firm.firm), county, tierNames[firm.tier], NumberText.money(firm.amount, language),
                                     firm.since.description)))
            }
            if !rule.notes(in: language).isEmpty { out.wrapped(rule.notes(in: language), style: Style(dim: true)) }
        }
        return out.lines
    }
}

enum RewardsView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, layout: PageLayout) {
        guard case .rewards(let content) = state.top.content else { return }
        let language = state.language
        let total = content.breakdowns.reduce(0) { $0 + $1.total.amount }
        DashboardView.summary(&buffer, UIText.t(language, "奖励 · 合计 ", "rewards · in all ") + NumberText.money(total, language))
        DetailLines.draw(content.lines, into: &buffer, state, layout: layout)
    }
}
