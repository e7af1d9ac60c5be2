/// Words of the interface in both languages, in one place.
public enum Labels {
    public static func mode(_ mode: CountMode, _ language: Language) -> String {
        switch (mode, language) {
        case (.new, .chinese): return "新增"
        case (.cumulative, .chinese): return "累计"
        case (.stock, .chinese): return "存量"
        case (.observation, .chinese): return "观测"
        case (.new, .english): return "new"
        case (.cumulative, .english): return "cumulative"
        case (.stock, .english): return "stock"
        case (.observation, .english): return "observed"
        }
    }

    /// `≥300家`, `=100%`, `1–2个`.
    public static func targetValue(_ target: Target) -> String {
        let unit = target.unit
        switch target.comparator {
        case .atLeast: return "≥" + NumberText.plain(target.value) + unit
        case .exactly: return "=" + NumberText.plain(target.value) + unit
        case .range: return NumberText.plain(target.value) + "–" + NumberText.plain(target.valueMax ?? target.value) + unit
        }
    }

    /// The counting rule in words (SPEC §3), for the target detail and the reports.
    public static func countingRule(_ target: Target, book: PlanBook, catalog: DesignationCatalog, regions: RegionTree,
                                    _ language: Language) -> String {
        let zh = language == .chinese
        let names = target.designations.map { catalog[$0].name(in: language) }.joined(separator: zh ? "、" : ", ")
        let place = regions[target.region].name
        let window = "\(target.windowStart.map(\.description) ?? (zh ? "有记录以来" : "the first record")) — \(target.deadline)"
        var text: String
        switch target.mode {
        case .new, .cumulative:
            text = zh ? "\(place)(含下级地区)在 \(window) 期间首次获得(首次认定)\(names)之一的企业,每家计一次;复核不算首次认定,撤销后再次认定也不算。"
                : "Firms in \(place) (and below) first recognised (first grant) as any of \(names) within \(window), each firm once; a renewal is not a first grant, nor is a grant after a revocation."
        case .stock:
            text = zh ? "截至日期时\(place)(含下级地区)持有\(names)之一的企业,每家计一次:最近一次认定或复核之后未被撤销或到期,且仍在有效期内。"
                : "Firms in \(place) (and below) holding any of \(names) on the date, each firm once: their latest grant or renewal is not followed by a revocation or expiry and is still within its validity."
        case .observation:
            let metric = target.metric.flatMap { book.metric($0) }?.name(in: language) ?? target.metric ?? ""
            text = zh ? "观测数据文件中\(place)的“\(metric)”在截至日期前的最新值。" : "The latest value of \"\(metric)\" for \(place) in the observations file, on or before the date."
        }
        if target.counting == .highest, let parent = target.parent.flatMap({ book.target($0) }) {
            text += zh ? "作为“\(parent.name)”的组成部分,每家企业只计入其最高层级所在的部分,各部分相加等于总数。"
                : " As a part of \"\(parent.nameEnglish)\", each firm counts only in the part of its highest tier, so that the parts add up."
        }
        if !target.each.isEmpty {
            text += zh ? "对每个园区、开发区分别计算;显示最多的一个。" : " Counted for each park and zone separately; the best one is shown."
        }
        text += zh ? "截至日期晚于期限时,按期限当日计。企业所在地区以截至日期前最后一条记录为准。"
            : " After the deadline, counts are taken at the deadline. A firm's region is the one on its latest record on or before the date."
        return text
    }

    public static func paceBasis(_ basis: PaceSchedule.Basis, _ language: Language) -> String {
        let zh = language == .chinese
        switch basis {
        case .yearlyQuotas(let baseline):
            return zh ? "按计划分年度目标,起点为计划隐含的已有数 \(NumberText.plain(baseline))" : "from the plan's yearly quotas, on top of the \(NumberText.plain(baseline)) firms the plan implies"
        case .linear(let baseline):
            return zh ? "从期初的 \(NumberText.plain(baseline)) 线性增长到目标" : "straight from \(NumberText.plain(baseline)) at the window's start to the target"
        case .none:
            return zh ? "无进度线(阈值或无起点数据)" : "no pace (a threshold, or no starting data)"
        }
    }
}
