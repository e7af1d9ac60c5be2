import ProgressModel

/// Makes the synthetic sample: recognitions and observations for every target of the plan book,
/// so that every row of the dashboard shows something. Firm names and credit codes are fake but
/// well formed, and every row says it is synthetic (来源 = 合成样例).
///
/// Driven by the targets, not by hand-written numbers: each target gets a number of firms near
/// its value (between 55% and 130%, fixed per target by the seed), so that some targets are met
/// and some are not; an official who adds a plan gets sample data for it too. Besides first
/// grants it writes renewals, revocations, expiries, firms that climb the ladder, firms that move,
/// rows with a year only, rows without a credit code, and rows naming the districts Chongqing
/// abolished in 2025.
public struct SampleGenerator {
    public let regions: RegionTree
    public let designations: DesignationCatalog
    public let book: PlanBook
    /// Nothing happens after this day.
    public let horizon: Day

    public init(regions: RegionTree, designations: DesignationCatalog, book: PlanBook, horizon: Day) {
        self.regions = regions
        self.designations = designations
        self.book = book
        self.horizon = horizon
    }

    /// The recognitions CSV with about `rows` data rows (the base sample when nil).
    public func recognitionsCSV(rows wanted: Int?, seed: UInt64) -> String {
        var world = World()
        var random = SeededRandom(seed: seed)
        populate(&world, scale: 1, seed: seed, random: &random)
        if let wanted, wanted != world.rows.count {
            // Rows grow with the scale but not exactly in proportion: scale up until there are
            // enough, then drop the surplus from the end.
            var scale = Double(wanted) / Double(max(1, world.rows.count))
            repeat {
                world = World()
                random = SeededRandom(seed: seed)
                populate(&world, scale: scale, seed: seed, random: &random)
                scale *= 1.02 * Double(wanted) / Double(max(1, world.rows.count))
            } while world.rows.count < wanted
            world.rows.removeLast(world.rows.count - wanted)
        }
        return render(world, random: &random)
    }

    /// The observations CSV: a value per metric target and year.
    public func observationsCSV(seed: UInt64) -> String {
        var random = SeededRandom(seed: seed ^ 0x0B5E_4A71)
        var text = "指标,地区,年度,数值,来源\n"
        for target in book.targets where target.mode == .observation {
            guard let metric = target.metric, let plan = book.plan(target.planID) else { continue }
            let factor = SampleGenerator.factor(for: target.id, seed: seed)
            let final = target.comparator == .range ? (factor >= 1 ? target.value : target.value - 1) : target.value * min(factor, 1.12)
            let first = target.unit == "%" ? target.value * 0.72 : 0
            let startYear = plan.start.year - 1, endYear = min(target.deadline.year, horizon.year)
            for year in startYear...endYear {
                let progress = Double(year - startYear) / Double(max(1, target.deadline.year - startYear))
                var value = first + (final - first) * min(1, progress)
                if target.unit == "%" {
                    value += Double(random.int(-3...3)) / 10
                    value = min(value, 100)
                    if metric == "cloud_coverage" && year == target.deadline.year { value = factor >= 1 ? 100 : value }
                } else {
                    value = value.rounded(.down)
                }
                text += "\(metric),\(regions[target.region].name),\(year),\(NumberText.plain((value * 10).rounded() / 10)),合成样例\n"
            }
        }
        return text
    }

    // MARK: - Planning the firms

    struct Row {
        var firm: Int
        var region: Int
        var designation: Int
        var day: Day
        var action: Action
    }

    struct World {
        var names: [String] = []
        var codes: [String?] = []
        var rows: [Row] = []
        var usedNames: Set<String> = []
        var usedCodes: Set<String> = []
    }

    /// A number between 0.55 and 1.3, the same for a target id and seed on every run.
    static func factor(for id: String, seed: UInt64) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let factors = [0.55, 0.72, 0.84, 0.93, 1.0, 1.06, 1.15, 1.3]
        return factors[Int(hash % UInt64(factors.count))]
    }

    private func index(_ code: String) -> Int? { designations.index(ofCode: code) }

    private func populate(_ world: inout World, scale: Double, seed: UInt64, random: inout SeededRandom) {
        for target in book.targets where target.countsFirms {
            guard let plan = book.plan(target.planID) else { continue }
            let parts = book.parts(of: target.id)
            let quotas = book.yearlyQuotas(of: target.id)
            let factor = SampleGenerator.factor(for: target.id, seed: seed)
            if !target.each.isEmpty {
                populateThreshold(target, factor: factor, scale: scale, into: &world, random: &random)
                continue
            }
            if parts.contains(where: { $0.counting == .highest }) { continue }
            var count = target.value * factor
            var lists = Array(target.designations)
            if !parts.isEmpty {
                count -= parts.reduce(0) { $0 + $1.value * SampleGenerator.factor(for: $1.id, seed: seed) }
                let covered = parts.reduce(DesignationSet()) { $0.union($1.designations) }
                lists = lists.filter { !covered.contains($0) }
                if lists.isEmpty { continue }
            }
            var from = target.windowStart ?? plan.start.adding(years: -6)
            var to = min(target.deadline, horizon)
            if !quotas.isEmpty {
                // The firms the plan counts on from before its start; the yearly quotas add the rest.
                count = max(0, target.value - quotas.reduce(0) { $0 + $1.value }) * factor
                from = plan.start.adding(years: -6)
                to = plan.start.adding(days: -1)
            }
            let firms = Int((max(0, count) * scale).rounded())
            for number in 0..<firms {
                // The first firms take each list in turn, so that every list has firms.
                let designation = number < lists.count ? lists[number] : pickLowestMostly(lists, random: &random)
                let start = target.mode == .stock ? from.adding(years: -3) : from
                addFirm(in: target.region, designation: designation, firstGrant: random.day(from: start, to: to),
                        keepsStatus: target.mode == .stock, into: &world, random: &random)
            }
        }
        populateBackground(scale: scale, into: &world, random: &random)
    }

    /// Mostly the lowest tier of the lists, sometimes a higher one.
    private func pickLowestMostly(_ lists: [Int], random: inout SeededRandom) -> Int {
        let ordered = lists.sorted { (designations[$0].rank ?? 0) < (designations[$1].rank ?? 0) }
        for designation in ordered.dropLast() where random.chance(0.8) { return designation }
        return ordered.last!
    }

    /// Parks and zones reaching, or not, a per-park threshold.
    private func populateThreshold(_ target: Target, factor: Double, scale: Double, into world: inout World, random: inout SeededRandom) {
        let places = regions.subtree(of: target.region).filter { target.each.contains(regions[$0].kind) && regions[$0].mergedInto == nil }
        let shares = [1.3, 0.8, 0.5, 0.3, 0.2, 0.1]
        guard let designation = target.designations.first(where: { _ in true }) else { return }
        for (position, place) in places.enumerated() {
            let firms = Int((target.value * shares[position % shares.count] * factor * scale).rounded())
            for _ in 0..<firms {
                addFirm(in: place, designation: designation, firstGrant: random.day(from: horizon.adding(years: -5), to: horizon),
                        keepsStatus: true, into: &world, random: &random)
            }
        }
    }

    /// Firms in the rest of each plan's province, so that provinces and their other cities show
    /// roll-ups too.
    private func populateBackground(scale: Double, into world: inout World, random: inout SeededRandom) {
        // Areas whose plans have targets get firms sized by those targets; the rest of their
        // provinces (and provinces whose plans have none, like Guangdong's) get a background.
        let planRegions = Set(book.plans.filter { plan in book.targets(of: plan).contains { $0.countsFirms } }.map(\.region))
        let provinces = Set(book.plans.compactMap { regions.path(to: $0.region).dropFirst().first })
        let tiers = designations.all.filter { $0.rank != nil && $0.rank! <= 4 }.map(\.index)
        for province in provinces.sorted() {
            let cities = regions.children[province].filter { city in
                !planRegions.contains { regions.isWithin($0, city) || regions.isWithin(city, $0) }
            }
            for city in cities {
                let firms = Int((12 * scale).rounded())
                for _ in 0..<firms {
                    addFirm(in: city, designation: random.pick(tiers), firstGrant: random.day(from: Day(year: 2018, month: 1, day: 1)!, to: horizon),
                            keepsStatus: random.chance(0.7), into: &world, random: &random)
                }
            }
        }
    }

    /// A firm somewhere below `area`, first granted `designation`, with the events that follow:
    /// an earlier lower tier (for climbers), renewals, and now and then a revocation, an expiry
    /// or a move.
    private func addFirm(in area: Int, designation: Int, firstGrant: Day, keepsStatus: Bool,
                         into world: inout World, random: inout SeededRandom) {
        let region = randomPlace(below: area, random: &random)
        let firm = newFirm(region: region, into: &world, random: &random)
        let rank = designations[designation].rank
        if rank == 4, random.chance(0.7), let provincial = index("provincial") {
            add(firm, region, provincial, firstGrant.adding(years: -random.int(1...3)), .grant, &world)
        } else if rank == 3, random.chance(0.4), let innovative = index("innovative") {
            add(firm, region, innovative, firstGrant.adding(years: -random.int(1...2)), .grant, &world)
        }
        add(firm, region, designation, firstGrant, .grant, &world)
        var place = region
        if random.chance(0.015) {
            place = randomPlace(below: regions[region].parent ?? area, random: &random)
        }
        if let years = designations[designation].validYears {
            var renewal = firstGrant.adding(years: years)
            while renewal <= horizon && random.chance(keepsStatus ? 0.85 : 0.5) {
                add(firm, place, designation, renewal, .renew, &world)
                renewal = renewal.adding(years: years)
            }
            if renewal <= horizon && random.chance(0.1) { add(firm, place, designation, renewal, .expire, &world) }
        }
        if random.chance(0.04) {
            add(firm, place, designation, random.day(from: firstGrant.adding(days: 30), to: horizon), .revoke, &world)
        }
    }

    private func add(_ firm: Int, _ region: Int, _ designation: Int, _ day: Day, _ action: Action, _ world: inout World) {
        guard day <= horizon, ValidRange.isPlausible(day) else { return }
        world.rows.append(Row(firm: firm, region: region, designation: designation, day: day, action: action))
    }

    /// A region below `area`: a random child, then with even odds a child of that, and so on.
    private func randomPlace(below area: Int, random: inout SeededRandom) -> Int {
        var place = area
        while true {
            let children = regions.children[place].filter { regions[$0].mergedInto == nil }
            if children.isEmpty { return place }
            if place != area && random.chance(0.5) { return place }
            place = random.pick(children)
        }
    }

    // MARK: - Names and codes

    static let words1 = Array("恒华创新金天宏盛安达信德瑞丰泰和鼎立远航博广源兴隆嘉佳联合精诚海科明晟英卓越汇通中正东方宇")
    static let words2 = Array("锐达程工晶力拓科能邦泽隆腾耀维智翔川扬凯凌睿铭启骏驰合康元丰弘峰赛星辉华成浩")
    static let trades = ["精密机械", "新材料", "电子科技", "智能装备", "生物医药", "汽车零部件", "环保科技", "食品", "化工",
                         "软件", "光电", "家电", "新能源", "检测技术", "模具", "水产科技", "农业科技", "信息技术", "仪器仪表", "电气"]

    private func newFirm(region: Int, into world: inout World, random: inout SeededRandom) -> Int {
        let path = regions.path(to: region)
        let city = path.count > 2 ? regions[path[2]].name : regions[path[min(1, path.count - 1)]].name
        let prefix = RegionTree.shortName(city)
        var name = ""
        for attempt in 0..<20 {
            name = prefix + String([random.pick(SampleGenerator.words1), random.pick(SampleGenerator.words2)])
                + random.pick(SampleGenerator.trades) + (attempt < 10 ? "有限公司" : "股份有限公司")
            if attempt >= 15 { name = prefix + String(random.pick(SampleGenerator.words1)) + name.dropFirst(prefix.count) }
            if !world.usedNames.contains(name) { break }
        }
        while world.usedNames.contains(name) { name += "分公司" }
        world.usedNames.insert(name)
        var code: String?
        if !random.chance(0.01) {
            let numeric = path.reversed().map { regions[$0].code }.first { $0.count >= 2 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } } ?? "440800"
            let area = String((numeric + "000000").prefix(6))
            repeat {
                let organisation = (0..<9).map { _ in CreditCode.alphabet[random.int(0...(random.chance(0.9) ? 9 : 30))] }
                var first17 = Array("91\(area)".utf8) + organisation
                first17 = Array(first17.prefix(17))
                var check = CreditCode.checkCharacter(for: first17)!
                if random.chance(0.0005) { check = check == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0") }
                code = String(decoding: first17 + [check], as: UTF8.self)
            } while world.usedCodes.contains(code!)
            world.usedCodes.insert(code!)
        }
        world.names.append(name)
        world.codes.append(code)
        return world.names.count - 1
    }

    // MARK: - Writing

    private func render(_ world: World, random: inout SeededRandom) -> String {
        let rows = world.rows.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        var text = "统一社会信用代码,企业名称,省,市,区县,镇街,认定类型,认定日期,年度,状态,来源\n"
        text.reserveCapacity(rows.count * 150)
        for row in rows {
            // Before a region was created on a day it was listed as the region it was made from
            // (北碚区's 兴隆镇 as 渝北区's), or, made from several (两江新区), as one of them by firm.
            // The draw is the one the sample has always made, so that the rest of it stays as it was.
            var listed = row.region
            let earlier = regions.predecessors(of: row.region)
            if let created = regions[row.region].validFrom, row.day < created, !earlier.isEmpty {
                if earlier.count > 1 && random.chance(0.4) { _ = random.pick(earlier) }
                listed = earlier[row.firm % earlier.count]
            }
            let path = regions.path(to: listed).dropFirst().map { regions[$0] }
            var cells = ["", "", "", ""]
            for region in path {
                switch region.kind {
                case .province: cells[0] = region.name
                case .city: cells[1] = region.name
                case .street, .town, .park: cells[3] = region.name
                default: cells[2] = region.name
                }
            }
            if path.first?.code == "50" { cells[1] = "重庆市" }
            let designation = designations[row.designation]
            let listName = random.chance(0.1) && !designation.aliases.isEmpty ? designation.aliases[0] : designation.name
            var date = row.day.description, year = ""
            switch random.int(0...99) {
            case 0..<10: date = "\(row.day.year)/\(row.day.month)/\(row.day.dayOfMonth)"
            case 10..<15: date = "\(row.day.year)年\(row.day.month)月\(row.day.dayOfMonth)日"
            case 15..<18: date = ""; year = String(row.day.year)
            default: break
            }
            let code = world.codes[row.firm] ?? ""
            text += "\(code),\(world.names[row.firm]),\(cells[0]),\(cells[1]),\(cells[2]),\(cells[3]),\(CSVText.field(listName)),\(date),\(year),\(row.action.name(in: .chinese)),合成样例\n"
        }
        return text
    }
}
