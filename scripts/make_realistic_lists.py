#!/usr/bin/env python3
"""Writes the corpus of realistic recognition lists in Tests/RealisticLists/.

Each list has the shape a bureau really keeps or publishes: ledgers with decorated designation
cells (year, batch, issuer, (复核)), published lists whose designation and date are only in their
title, combined region cells, development zones given as districts, firms without codes, GBK,
UTF-8 with a byte order mark, UTF-16 text and .xlsx workbooks. About one row in a hundred is
broken in a way no tool should guess (an impossible date, no firm at all, a region that does not
exist).

Beside every list, under truth/, the same events in the plain contract format (canonical
designation names, plain dates, one column per region level), written from the meaning of each
row and not by reading the list back; broken rows have no truth. manifest.txt names, for each
list, the options a user gives, the date to count at and the expected numbers of rows.

    python3 scripts/make_realistic_lists.py [--seed N] [--output DIR]

Deterministic: the same seed gives the same bytes. Needs openpyxl for the workbooks.
"""
import argparse
import csv
import datetime as dt
import io
import os
import random
import re
import zipfile
from collections import namedtuple

import openpyxl
from openpyxl.styles import Alignment, Font

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH_HEADER = ["统一社会信用代码", "企业名称", "省", "市", "区县", "镇街", "认定类型", "认定日期", "年度", "状态"]

# Canonical names of data/designations.yaml, as the truths write them.
DESIGNATION_NAMES = {
    "innovative": "创新型中小企业",
    "municipal": "市级专精特新中小企业",
    "provincial": "省级专精特新中小企业",
    "little_giant": "国家级专精特新“小巨人”企业",
    "single_champion": "制造业单项冠军企业",
    "hidden_champion": "隐形冠军企业",
    "listing_reserve": "上市后备资源库企业",
}
ACTION_NAMES = {"grant": "认定", "renew": "复核"}
LITTLE_GIANT_BATCH = {2021: "第三批", 2022: "第四批", 2023: "第五批", 2024: "第六批"}

# Credit-code area prefixes for regions the project's tree holds at province level only.
OTHER_CITY_AREAS = {"宁波市": "330200", "杭州市": "330100", "青岛市": "370200", "济南市": "370100"}

Place = namedtuple("Place", "province city district town area")
Event = namedtuple("Event", "firm place designation action day year")


class Firm:
    """A fake firm with a well-formed name and (usually) a GB 32100-2015 credit code."""

    def __init__(self, name, code, place, product):
        self.name, self.code, self.place, self.product = name, code, place, product


class RegionTable:
    """The names of data/regions.csv, so that every place a good row names exists."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as file:
            lines = [line for line in file if not line.startswith("#")]
        self.rows = {row["code"]: row for row in csv.DictReader(lines)}
        self.children = {}
        for row in self.rows.values():
            self.children.setdefault(row["parent"], []).append(row)

    def child(self, parent_code, name):
        for row in self.children.get(parent_code, []):
            if row["name"] == name:
                return row
        raise ValueError(f"{name} is not a region under {parent_code}")

    def place(self, province, city="", district="", town=""):
        """The place at these names, checked against the tree; `city` is empty for 重庆市's
        districts and for 济源市, which hang directly under their province."""
        row = self.child("CN", province)
        area = row["code"] + "0000"
        if city:
            if not self.children.get(row["code"]):
                return Place(province, city, district, town, OTHER_CITY_AREAS[city])
            row = self.child(row["code"], city)
            area = row["code"] + "00"
        if district:
            row = self.child(row["code"], district)
            if row["code"].isdigit():
                area = row["code"]
        if town:
            self.child(row["code"], town)
        return Place(province, city, district, town, area)

    def towns(self, province, city, district):
        parent = self.child(self.child(self.child("CN", province)["code"], city)["code"], district)["code"]
        return [row["name"] for row in self.children.get(parent, [])]

    def districts(self, province, city):
        parent = self.child(self.child("CN", province)["code"], city)["code"]
        return [row["name"] for row in self.children.get(parent, [])]


class FirmMaker:
    """Makes firms with names never used twice and credit codes with a correct check character."""

    ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    WORDS = "恒华创新金天宏盛安达信德瑞丰泰和鼎立远航博广源兴隆嘉佳联合精诚海科明晟英卓越汇通中正东方宇锐程晶拓能邦泽腾耀维智翔扬凯睿铭启骏驰康元弘峰赛辉浩"
    TRADES = [("精密机械", "精密传动部件"), ("新材料", "改性工程塑料"), ("电子科技", "片式电感器"), ("智能装备", "智能分拣设备"),
              ("生物医药", "缓释制剂"), ("汽车零部件", "制动卡钳"), ("环保科技", "工业废水处理设备"), ("食品", "即食水产品"),
              ("化工", "精细化学品"), ("软件", "工业控制软件"), ("光电", "激光器件"), ("家电", "小家电"), ("新能源", "锂电池极片"),
              ("检测技术", "无损检测服务"), ("模具", "汽车覆盖件模具"), ("水产科技", "对虾种苗"), ("农业科技", "甘蔗收获机"),
              ("信息技术", "工业互联网平台"), ("仪器仪表", "智能水表"), ("电气", "高低压开关柜"), ("船舶配套", "船用阀门"),
              ("轴承", "精密轴承"), ("饲料", "水产饲料"), ("陶瓷", "特种陶瓷")]
    SUFFIXES = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "科技有限公司"]

    def __init__(self, rng):
        self.rng = rng
        self.names, self.codes = set(), set()

    @classmethod
    def check_character(cls, first17):
        total = sum(cls.ALPHABET.index(c) * w for c, w in zip(first17, cls.WEIGHTS))
        return cls.ALPHABET[(31 - total % 31) % 31]

    def code(self, area):
        while True:
            if self.rng.random() < 0.7:
                body = "MA" + "".join(self.rng.choice(self.ALPHABET) for _ in range(7))
            else:
                body = "".join(self.rng.choice("0123456789") for _ in range(8)) + self.rng.choice(self.ALPHABET)
            first17 = "91" + area + body
            code = first17 + self.check_character(first17)
            if code not in self.codes:
                self.codes.add(code)
                return code

    def make(self, place, prefix, with_code=True):
        trade, product = self.rng.choice(self.TRADES)
        while True:
            words = "".join(self.rng.sample(self.WORDS, 2))
            suffixes = [s for s in self.SUFFIXES if not (trade.endswith(("科技", "技术")) and s.startswith("科技"))]
            name = prefix + words + trade + self.rng.choice(suffixes)
            if name not in self.names:
                self.names.add(name)
                break
        return Firm(name, self.code(place.area) if with_code else None, place, product)


class RecognitionList:
    """One list file: its title rows, header, data rows (cells and the event each one means, or
    None for a broken row), and what a user gives on the command line to load it."""

    def __init__(self, file, description, options="", as_of="2025-06-30"):
        self.file, self.description, self.options, self.as_of = file, description, options, as_of
        self.titles, self.header, self.rows = [], [], []

    def add(self, cells, event):
        self.rows.append((cells, event))

    def number_rows(self):
        """Writes 序号 (the first column) as a bureau's spreadsheet does: 1, 2, 3 … in row order."""
        for index, (cells, _) in enumerate(self.rows, start=1):
            cells[0] = index

    @property
    def truth_file(self):
        return "truth/" + os.path.splitext(self.file)[0] + ".csv"

    def truth_rows(self):
        return [truth_row(event) for _, event in self.rows if event is not None]


def within(place, level):
    """The part of a place a list's row states: down to the city, the district or the town."""
    if level == "city" and place.city:
        return place._replace(district="", town="")
    if level in ("city", "district"):
        return place._replace(town="")
    return place


def truth_row(event):
    firm, place = event.firm, event.place
    return [firm.code or "", firm.name, place.province, place.city, place.district, place.town,
            DESIGNATION_NAMES[event.designation], event.day.isoformat() if event.day else "",
            str(event.year) if event.day is None else "", ACTION_NAMES[event.action]]


# Writing -------------------------------------------------------------------------------------

def cell_text(value):
    if isinstance(value, dt.date):
        return f"{value.year}/{value.month}/{value.day}"
    return "" if value is None else str(value)


def write_delimited(path, recognition_list, encoding, delimiter=",", line_end="\r\n"):
    """Writes a list as Excel's 'Save as' does: a merged title becomes its first cell followed by
    empty cells; `encoding` is utf-8-sig, gbk or utf-16 (the last two with their own marks)."""
    width = len(recognition_list.header)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    for title in recognition_list.titles:
        writer.writerow([title] + [""] * (width - 1))
    writer.writerow(recognition_list.header)
    for cells, _ in recognition_list.rows:
        writer.writerow([cell_text(c) for c in cells])
    with open(path, "wb") as file:
        file.write(buffer.getvalue().encode(encoding))


def write_workbook(path, recognition_list, widths, sheet="Sheet1"):
    """Writes an .xlsx as a bureau formats it: title rows merged across the table, bold header,
    numbers and dates as real cells, codes as text."""
    book = openpyxl.Workbook()
    stamp = dt.datetime(2024, 7, 14, 9, 0, 0)
    book.properties.creator, book.properties.created, book.properties.modified = "工信局", stamp, stamp
    book.properties.lastModifiedBy = "工信局"
    table = book.active
    table.title = sheet
    width = len(recognition_list.header)
    for index, title in enumerate(recognition_list.titles, start=1):
        table.cell(row=index, column=1, value=title)
        if title.startswith("附件"):
            table.cell(row=index, column=1).font = Font(name="黑体", size=12)
        else:
            table.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)
            table.cell(row=index, column=1).font = Font(name="方正小标宋简体", size=16)
            table.cell(row=index, column=1).alignment = Alignment(horizontal="center")
    first = len(recognition_list.titles) + 1
    for column, name in enumerate(recognition_list.header, start=1):
        table.cell(row=first, column=column, value=name).font = Font(bold=True)
        table.column_dimensions[openpyxl.utils.get_column_letter(column)].width = widths[column - 1]
    for offset, (cells, _) in enumerate(recognition_list.rows, start=1):
        for column, value in enumerate(cells, start=1):
            cell = table.cell(row=first + offset, column=column, value=value if value != "" else None)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy/m/d"
            elif isinstance(value, str):
                cell.number_format = "@"
    buffer = io.BytesIO()
    book.save(buffer)
    fixed_zip_times(buffer.getvalue(), path)


def fixed_zip_times(data, path):
    """Rewrites a workbook's zip with one fixed time on every member and as its modification
    time (openpyxl writes the time of saving), so that the bytes depend on the seed alone."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-07-14T09:00:00Z", content)
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content)


def write_truth(path, recognition_list):
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(TRUTH_HEADER)
        writer.writerows(recognition_list.truth_rows())


# The firms -----------------------------------------------------------------------------------

class World:
    """Every firm of the corpus, by region, drawn once so that lists share firms as real lists do."""

    def __init__(self, rng, regions):
        self.rng, self.regions, self.maker = rng, regions, FirmMaker(rng)
        self.zhanjiang = self.zhanjiang_firms(190)
        self.hailing = [self.maker.make(regions.place("江苏省", "泰州市", "海陵区", rng.choice(self.hailing_towns())), "泰州")
                        for _ in range(120)]
        # Filled by the ledgers, for the lists that name the same firms.
        self.zhanjiang_events, self.hailing_municipal_2023, self.chongqing = {}, [], []

    def hailing_towns(self):
        return self.regions.towns("江苏省", "泰州市", "海陵区")

    def zhanjiang_firms(self, count):
        districts = ["赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市",
                     "湛江经济技术开发区", "湛江奋勇高新区"]
        firms = []
        for index in range(count):
            district = districts[index % len(districts)]
            towns = [t for t in self.regions.towns("广东省", "湛江市", district) if t != "塘㙍镇"]
            town = self.rng.choice(towns) if towns and self.rng.random() < 0.55 else ""
            place = self.regions.place("广东省", "湛江市", district, town)
            firms.append(self.maker.make(place, "湛江" if self.rng.random() < 0.8 else "湛江市"))
        self.rng.shuffle(firms)
        return firms

    def firms_in(self, province, city, districts, count, prefix):
        return [self.maker.make(self.regions.place(province, city, self.rng.choice(districts) if districts else ""), prefix)
                for _ in range(count)]


def decorate(templates, rng, year, batch=""):
    return rng.choice(templates).format(year=year, batch=batch)


def ledger_history(rng, shapes):
    """A firm's record in a ledger: (designation, action, year) triples, oldest first, drawn from
    weighted shapes of real careers (innovative then provincial, provincial renewed, …)."""
    roll, total = rng.random(), 0.0
    for weight, make in shapes:
        total += weight
        if roll < total:
            return make(rng)
    return shapes[-1][1](rng)


# The lists -----------------------------------------------------------------------------------

def published_little_giants(world):
    """附件1 of a 2024 notice: a national list with province and city, name only (xlsx)."""
    rng, regions = world.rng, world.regions
    lst = RecognitionList("01-published-little-giants.xlsx", "published national list, xlsx, two title rows merged across",
                          "--designation little_giant --date 2024-07-14")
    lst.titles = ["附件1", "2024年第五批专精特新\"小巨人\"企业名单"]
    lst.header = ["序号", "省份", "地市", "企业名称"]
    firms = world.zhanjiang[:12]
    firms += world.firms_in("广东省", "广州市", [], 10, "广州") + world.firms_in("广东省", "深圳市", [], 10, "深圳")
    firms += world.firms_in("广东省", "佛山市", [], 6, "佛山")
    firms += world.hailing[:6] + world.firms_in("江苏省", "泰州市", [], 3, "泰州")
    firms += world.firms_in("江苏省", "南京市", [], 9, "南京") + world.firms_in("江苏省", "苏州市", [], 12, "苏州")
    firms += world.firms_in("江苏省", "无锡市", [], 6, "无锡")
    firms += world.firms_in("河南省", "郑州市", [], 14, "郑州") + world.firms_in("河南省", "洛阳市", [], 7, "洛阳")
    firms += world.firms_in("河南省", "新乡市", [], 5, "新乡")
    firms += [world.maker.make(regions.place("河南省", "", "济源市"), "济源") for _ in range(2)]
    firms += [world.maker.make(regions.place("重庆市"), "重庆") for _ in range(20)]
    firms += world.firms_in("浙江省", "宁波市", [], 9, "宁波") + world.firms_in("山东省", "青岛市", [], 8, "青岛")
    day = dt.date(2024, 7, 14)
    for firm in firms:
        place = firm.place
        # A national list names the city; 重庆市 has none and is written again, 济源市 is its own city.
        city = place.city or place.district or place.province
        lst.add([0, place.province, city, firm.name], Event(firm, within(firm.place, "city"), "little_giant", "grant", day, None))
    broken_at = rng.randrange(20, len(lst.rows) - 20)
    lst.rows.insert(broken_at, ([0, "江苏省", "苏州市", ""], None))
    lst.number_rows()
    write_workbook(os.path.join(OUT, lst.file), lst, [8, 12, 12, 46], sheet="第五批")
    return lst


def published_jiangsu_provincial(world):
    """A province's published list with city and county and the main product, GBK CSV."""
    rng, regions = world.rng, world.regions
    lst = RecognitionList("02-published-jiangsu-provincial-gbk.csv", "published provincial list, GBK CSV, one title row",
                          "--designation provincial --date 2024-12-20")
    lst.titles = ["2024年度江苏省专精特新中小企业名单"]
    lst.header = ["序号", "地市", "区县", "企业名称", "主导产品"]
    firms = world.hailing[6:46]
    for city, count, prefix in [("泰州市", 24, "泰州"), ("南京市", 40, "南京"), ("徐州市", 34, "徐州"), ("无锡市", 34, "无锡"),
                                ("常州市", 26, "常州"), ("苏州市", 40, "苏州"), ("南通市", 20, "南通")]:
        districts = [d for d in regions.districts("江苏省", city) if not (city == "泰州市" and d == "海陵区")]
        firms += [world.maker.make(regions.place("江苏省", city, rng.choice(districts)), prefix) for _ in range(count)]
    day = dt.date(2024, 12, 20)
    products = 0
    for firm in firms:
        place = firm.place
        product = firm.product
        if rng.random() < 0.06:
            product += "，" + rng.choice(["配套服务", "检测设备", "核心部件"])
        if rng.random() < 0.04:
            product += ", " + rng.choice(["齿轮箱", "控制器", "传感器"])
        if products == 0 and place.district == "海陵区":
            product += "\n（含出口）"
            products += 1
        lst.add([0, place.city, place.district, firm.name, product], Event(firm, within(firm.place, "district"), "provincial", "grant", day, None))
    order = ["南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "泰州市"]
    lst.rows.sort(key=lambda row: order.index(row[0][1]))
    broken_firm = world.maker.make(regions.place("江苏省", "泰州市", "海陵区"), "泰州")
    at = next(i for i, (cells, _) in enumerate(lst.rows) if cells[2] == "海陵区")
    lst.rows.insert(at + 3, ([0, "泰州市", "海陵东区", broken_firm.name, broken_firm.product], None))
    lst.rows.insert(rng.randrange(30, 90), ([0, "无锡市", "梁溪区", "", "工业控制软件"], None))
    lst.number_rows()
    write_delimited(os.path.join(OUT, lst.file), lst, "gbk")
    return lst


ZHANJIANG_DESIGNATIONS = {
    ("innovative", "grant"): ["{year}年度创新型中小企业", "广东省创新型中小企业", "创新型中小企业（{year}年）", " 创新型中小企业",
                              "{year}年广东省创新型中小企业"],
    ("provincial", "grant"): ["广东省专精特新中小企业", "{year}年广东省专精特新中小企业", "专精特新中小企业(省级)",
                              "专精特新中小企业（省级）", "省级专精特新中小企业 "],
    ("provincial", "renew"): ["省级专精特新中小企业（复核）", "广东省专精特新中小企业(复核)", "专精特新中小企业（省级）（复核）"],
    ("little_giant", "grant"): ["专精特新“小巨人”企业({batch})", "{batch}国家级专精特新“小巨人”企业",
                                "国家级专精特新“小巨人”企业（{batch}）"],
}


def zhanjiang_history(rng):
    return ledger_history(rng, [
        (0.40, lambda r: [("innovative", "grant", r.randint(2022, 2024))]),
        (0.20, lambda r: (lambda y: [("innovative", "grant", y), ("provincial", "grant", y + 1)])(r.randint(2022, 2023))),
        (0.17, lambda r: [("provincial", "grant", r.randint(2022, 2024))]),
        (0.13, lambda r: [("provincial", "grant", 2021), ("provincial", "renew", 2024)]),
        (0.10, lambda r: (lambda y: [("provincial", "grant", y), ("little_giant", "grant", y + 1 + r.randint(0, 1))])(r.randint(2021, 2022))),
    ])


def zhanjiang_ledger(world):
    """The city bureau's ledger of 2021–2024, xlsx: no province or city column, a town column,
    year and batch, decorated designation cells."""
    rng = world.rng
    lst = RecognitionList("03-zhanjiang-ledger.xlsx", "bureau ledger, xlsx, title row, town column, decorated designations")
    lst.titles = ["湛江市优质中小企业梯度培育台账（2021—2024年）"]
    lst.header = ["序号", "统一社会信用代码", "企业名称", "所属区县", "所属镇街(园区)", "认定类型", "认定年度", "认定批次", "备注"]
    for firm in world.zhanjiang:
        if len(lst.rows) >= 238:
            break
        history = zhanjiang_history(rng)
        world.zhanjiang_events[firm.name] = history
        for designation, action, year in history:
            batch = LITTLE_GIANT_BATCH[year] if designation == "little_giant" else rng.choice(["第一批", "第二批"])
            cell = decorate(ZHANJIANG_DESIGNATIONS[(designation, action)], rng, year, batch)
            note = {"renew": "复核通过", "grant": ""}[action]
            if designation == "little_giant":
                note = "国家级"
            elif not note and rng.random() < 0.1:
                note = rng.choice(["拟申报省级专精特新", "已入库", "营收下降，关注"])
            district = firm.place.district if rng.random() > 0.03 else " " + firm.place.district
            lst.add([0, firm.code, firm.name, district, firm.place.town, cell, year, batch, note],
                    Event(firm, within(firm.place, "town"), designation, action, None, year))
    lst.rows.sort(key=lambda row: (row[0][6], row[0][3].strip()))
    broken = world.maker.make(world.regions.place("广东省", "湛江市"), "湛江")
    lst.rows.insert(rng.randrange(60, 120), ([0, broken.code, broken.name, "赤坎东区", "", "2023年度创新型中小企业", 2023, "第一批", ""], None))
    lst.rows.insert(rng.randrange(150, 200), ([0, "", "", "霞山区", "", "广东省专精特新中小企业", 2024, "第二批", "企业已注销"], None))
    lst.number_rows()
    write_workbook(os.path.join(OUT, lst.file), lst, [6, 22, 40, 16, 24, 36, 10, 10, 20], sheet="台账")
    return lst


def zhanjiang_reward_roster(world, ledger):
    """The bureau's reward roster, GBK CSV: some firms by name only, the same firms the ledger
    lists with their codes."""
    rng = world.rng
    lst = RecognitionList("08-zhanjiang-reward-roster-gbk.csv", "reward roster, GBK CSV, a third of the firms without a code")
    lst.header = ["序号", "企业名称", "统一社会信用代码", "所属区县", "认定类型", "认定年度", "奖励金额（万元）"]
    rewards = {"little_giant": 50, "provincial": 30, "innovative": 10}
    templates = {"little_giant": ["国家级专精特新“小巨人”企业（{batch}）"], "provincial": ["{year}年广东省专精特新中小企业"],
                 "innovative": ["{year}年广东省创新型中小企业"]}
    ledger_firms = {event.firm.name: event.firm for _, event in ledger.rows if event}
    for name, history in world.zhanjiang_events.items():
        firm = ledger_firms.get(name)
        if firm is None or firm.place.town or len(lst.rows) >= 45:
            continue
        grants = [(d, y) for d, a, y in history if a == "grant" and y >= 2022]
        if not grants:
            continue
        designation, year = min(grants, key=lambda g: list(rewards).index(g[0]))
        cell = decorate(templates[designation], rng, year, LITTLE_GIANT_BATCH.get(year, ""))
        code = firm.code if rng.random() < 0.65 else ""
        lst.add([0, firm.name, code, firm.place.district, cell, year, rewards[designation]],
                Event(firm, within(firm.place, "district"), designation, "grant", None, year))
    lst.number_rows()
    write_delimited(os.path.join(OUT, lst.file), lst, "gbk")
    return lst


def published_zhanjiang_provincial(world):
    """A city's forwarding of the province's list for its own firms, xlsx, header 县（市、区）."""
    rng = world.rng
    lst = RecognitionList("09-published-zhanjiang-provincial.xlsx", "published city list, xlsx, header 县（市、区）",
                          "--designation provincial --date 2024-06-28")
    lst.titles = ["附件", "湛江市2024年广东省专精特新中小企业名单"]
    lst.header = ["序号", "县（市、区）", "企业名称"]
    day = dt.date(2024, 6, 28)
    for firm in world.zhanjiang[120:179]:
        lst.add([0, firm.place.district, firm.name], Event(firm, within(firm.place, "district"), "provincial", "grant", day, None))
    lst.rows.sort(key=lambda row: row[0][1])
    lst.rows.insert(rng.randrange(10, 50), ([0, "吴川市", ""], None))
    lst.number_rows()
    write_workbook(os.path.join(OUT, lst.file), lst, [8, 22, 46])
    return lst


def published_guangdong_innovative(world):
    """The province's innovative-SME list with one combined region column, UTF-8 with BOM."""
    rng, regions = world.rng, world.regions
    lst = RecognitionList("07-published-guangdong-innovative-bom.csv", "published provincial list, UTF-8 BOM, combined region column",
                          "--designation innovative --date 2023-10-30")
    lst.titles = ["2023年广东省创新型中小企业名单"]
    lst.header = ["序号", "企业名称", "统一社会信用代码", "所在地区"]
    firms = world.zhanjiang[60:120]
    firms += [world.maker.make(regions.place("广东省", "湛江市"), "湛江") for _ in range(3)]
    for city, count, prefix in [("广州市", 40, "广州"), ("深圳市", 40, "深圳"), ("佛山市", 35, "佛山")]:
        districts = regions.districts("广东省", city)
        firms += [world.maker.make(regions.place("广东省", city, rng.choice(districts)), prefix) for _ in range(count)]
    day = dt.date(2023, 10, 30)
    for firm in firms:
        place = firm.place
        region = place.province + place.city + place.district
        lst.add([0, firm.name, firm.code, region], Event(firm, within(firm.place, "district"), "innovative", "grant", day, None))
    broken = world.maker.make(regions.place("广东省", "湛江市"), "湛江")
    lst.rows.insert(rng.randrange(10, 50), ([0, broken.name, broken.code, "广东省湛江市东海区"], None))
    lst.rows.insert(rng.randrange(100, 150), ([0, "", "", "广东省深圳市南山区"], None))
    lst.number_rows()
    write_delimited(os.path.join(OUT, lst.file), lst, "utf-8-sig")
    return lst


HAILING_DESIGNATIONS = {
    ("innovative", "grant"): ["{year}年度创新型中小企业", "江苏省创新型中小企业", "创新型中小企业（{year}年度）"],
    ("municipal", "grant"): ["{year}年度泰州市专精特新中小企业", "泰州市专精特新中小企业", "市级专精特新中小企业（{year}年）"],
    ("provincial", "grant"): ["{year}年江苏省专精特新中小企业", "江苏省专精特新中小企业（{year}年度）", "省级专精特新中小企业"],
    ("provincial", "renew"): ["江苏省专精特新中小企业（复核）", "省级专精特新中小企业(复核)"],
    ("little_giant", "grant"): ["{batch}国家级专精特新“小巨人”企业", "专精特新“小巨人”企业（{batch}）"],
    ("listing_reserve", "grant"): ["泰州市上市后备资源库企业", "{year}年上市后备资源库企业"],
}


def hailing_history(rng):
    return ledger_history(rng, [
        (0.25, lambda r: [("innovative", "grant", r.randint(2022, 2024))]),
        (0.25, lambda r: (lambda y: [("municipal", "grant", y), ("provincial", "grant", y + 1)])(r.randint(2022, 2023))),
        (0.20, lambda r: [("municipal", "grant", r.randint(2022, 2024))]),
        (0.15, lambda r: [("provincial", "grant", 2021), ("provincial", "renew", 2024)]),
        (0.08, lambda r: [("provincial", "grant", 2022), ("listing_reserve", "grant", r.randint(2023, 2024))]),
        (0.07, lambda r: [("provincial", "grant", 2021), ("little_giant", "grant", 2024)]),
    ])


def hailing_ledger(world):
    """The district bureau's ledger, UTF-8 with BOM: 所属区县 written 泰州市海陵区, a 所属镇街 column."""
    rng = world.rng
    lst = RecognitionList("04-hailing-ledger-bom.csv", "district ledger, UTF-8 BOM, combined 泰州市海陵区, 所属镇街")
    lst.header = ["统一社会信用代码", "企业名称", "所属区县", "所属镇街", "认定类型", "认定年度", "认定批次", "备注"]
    for firm in world.hailing:
        if len(lst.rows) >= 158:
            break
        for designation, action, year in hailing_history(rng):
            batch = LITTLE_GIANT_BATCH[year] if designation == "little_giant" else rng.choice(["第一批", "第二批", ""])
            cell = decorate(HAILING_DESIGNATIONS[(designation, action)], rng, year, batch)
            if designation == "municipal" and year == 2023:
                world.hailing_municipal_2023.append(firm)
            district = "泰州市海陵区" if rng.random() < 0.9 else "海陵区"
            note = "复核" if action == "renew" else rng.choice(["", "", "", "规上企业", "高新技术企业"])
            lst.add([firm.code, firm.name, district, firm.place.town, cell, year, batch, note],
                    Event(firm, within(firm.place, "town"), designation, action, None, year))
    lst.rows.sort(key=lambda row: (row[0][5], row[0][3]))
    broken = world.maker.make(world.regions.place("江苏省", "泰州市", "海陵区"), "泰州")
    lst.rows.insert(rng.randrange(20, 70), ([broken.code, broken.name, "泰州市海陵东区", "城东街道", "2023年度创新型中小企业", 2023, "", ""], None))
    lst.rows.insert(rng.randrange(90, 140), (["", "", "泰州市海陵区", "九龙镇", "2024年江苏省专精特新中小企业", 2024, "第一批", ""], None))
    write_delimited(os.path.join(OUT, lst.file), lst, "utf-8-sig")
    return lst


def published_taizhou_municipal(world):
    """The city's published municipal list, UTF-8 without BOM, LF: one 地区 column of county names."""
    rng, regions = world.rng, world.regions
    lst = RecognitionList("10-published-taizhou-municipal.csv", "published city list, UTF-8 LF, header 地区",
                          "--designation municipal --date 2023-12-15")
    lst.titles = ["附件", "2023年度泰州市专精特新中小企业名单"]
    lst.header = ["序号", "地区", "企业名称"]
    firms = list(world.hailing_municipal_2023)
    districts = [d for d in regions.districts("江苏省", "泰州市") if d != "海陵区"]
    firms += [world.maker.make(regions.place("江苏省", "泰州市", rng.choice(districts)), "泰州") for _ in range(89 - len(firms))]
    day = dt.date(2023, 12, 15)
    for firm in firms:
        lst.add([0, firm.place.district, firm.name], Event(firm, within(firm.place, "district"), "municipal", "grant", day, None))
    lst.rows.sort(key=lambda row: ["海陵区", "高港区", "姜堰区", "兴化市", "靖江市", "泰兴市"].index(row[0][1]))
    lst.rows.insert(rng.randrange(20, 70), ([0, "兴化市", ""], None))
    lst.number_rows()
    write_delimited(os.path.join(OUT, lst.file), lst, "utf-8", line_end="\n")
    return lst


CHONGQING_DESIGNATIONS = {
    ("innovative", "grant"): ["{year}年度创新型中小企业", "重庆市创新型中小企业", "创新型中小企业"],
    ("provincial", "grant"): ["重庆市专精特新中小企业（{year}年{batch}）", "重庆市专精特新中小企业", "专精特新中小企业(省级)"],
    ("provincial", "renew"): ["重庆市专精特新中小企业（复核）", "专精特新中小企业(复核)"],
    ("little_giant", "grant"): ["专精特新“小巨人”企业({batch})", "{batch}国家级专精特新“小巨人”企业"],
    ("hidden_champion", "grant"): ["重庆市隐形冠军企业", "隐形冠军企业（{year}年）"],
}


def chongqing_history(rng):
    return ledger_history(rng, [
        (0.30, lambda r: [("innovative", "grant", r.randint(2022, 2024))]),
        (0.25, lambda r: (lambda y: [("innovative", "grant", y), ("provincial", "grant", y + 1)])(r.randint(2022, 2023))),
        (0.20, lambda r: [("provincial", "grant", 2021), ("provincial", "renew", 2024)]),
        (0.15, lambda r: [("provincial", "grant", r.randint(2022, 2024))]),
        (0.05, lambda r: [("provincial", "grant", 2021), ("little_giant", "grant", r.randint(2022, 2024))]),
        (0.05, lambda r: [("provincial", "grant", 2022), ("hidden_champion", "grant", r.randint(2023, 2024))]),
    ])


def chongqing_ledger(world):
    """The municipality's ledger, GBK CSV: districts and development zones (两江新区, 重庆高新区)
    in one 所属区县 column, no province column."""
    rng, regions = world.rng, world.regions
    lst = RecognitionList("05-chongqing-ledger-gbk.csv", "municipal ledger, GBK CSV, zones as districts", as_of="2024-12-31")
    lst.header = ["序号", "统一社会信用代码", "企业名称", "所属区县", "认定类型", "认定年度", "认定批次", "备注"]
    districts = ["两江新区"] * 5 + ["重庆高新区"] * 3 + ["万盛经开区", "九龙坡区", "九龙坡区", "沙坪坝区", "渝中区", "南岸区",
                                                     "巴南区", "江津区", "永川区", "璧山区", "涪陵区", "长寿区", "合川区", "大足区"]
    while len(lst.rows) < 218:
        firm = world.maker.make(regions.place("重庆市", "", rng.choice(districts)), "重庆")
        world.chongqing.append(firm)
        for designation, action, year in chongqing_history(rng):
            batch = LITTLE_GIANT_BATCH[year] if designation == "little_giant" else rng.choice(["第一批", "第二批"])
            cell = decorate(CHONGQING_DESIGNATIONS[(designation, action)], rng, year, batch)
            lst.add([0, firm.code, firm.name, firm.place.district, cell, year, batch, "复核通过" if action == "renew" else ""],
                    Event(firm, within(firm.place, "district"), designation, action, None, year))
    lst.rows.sort(key=lambda row: (row[0][5], row[0][3]))
    broken = world.maker.make(regions.place("重庆市"), "重庆")
    lst.rows.insert(rng.randrange(20, 100), ([0, broken.code, broken.name, "渝东区", "2023年度创新型中小企业", 2023, "第一批", ""], None))
    lst.rows.insert(rng.randrange(120, 200), ([0, "", "", "两江新区", "重庆市专精特新中小企业", 2024, "第二批", ""], None))
    lst.number_rows()
    write_delimited(os.path.join(OUT, lst.file), lst, "gbk")
    return lst


def published_chongqing_little_giants(world):
    """The municipality's copy of the national list, saved by Excel as 'Unicode text' (UTF-16,
    tab-separated), with a year for its date."""
    rng = world.rng
    lst = RecognitionList("12-published-chongqing-little-giants-utf16.txt", "published list, UTF-16 tab-separated text, year only",
                          "--designation little_giant --date 2024")
    lst.titles = ["重庆市第六批国家级专精特新“小巨人”企业名单"]
    lst.header = ["序号", "区县", "企业名称"]
    firms = [f for f in world.chongqing][:50]
    for firm in firms:
        lst.add([0, firm.place.district, firm.name], Event(firm, within(firm.place, "district"), "little_giant", "grant", None, 2024))
    rng.shuffle(lst.rows)
    lst.number_rows()
    write_delimited(os.path.join(OUT, lst.file), lst, "utf-16", delimiter="\t")
    return lst


ZHENGZHOU_DESIGNATIONS = {
    ("innovative", "grant"): ["{year}年度创新型中小企业", "河南省创新型中小企业", "创新型中小企业"],
    ("municipal", "grant"): ["郑州市专精特新中小企业", "{year}年度郑州市专精特新中小企业"],
    ("provincial", "grant"): ["河南省专精特新中小企业", "{year}年度河南省专精特新中小企业", "专精特新中小企业（省级）"],
    ("little_giant", "grant"): ["{batch}国家级专精特新“小巨人”企业", "专精特新“小巨人”企业（{batch}）"],
    ("single_champion", "grant"): ["制造业单项冠军企业（第八批）"],
}


def zhengzhou_ledger(world):
    """The city bureau's ledger, UTF-8 CSV without BOM: full dates as typed (2024/6/28), a
    validity column, 郑州航空港区 for the airport zone."""
    rng, regions = world.rng, world.regions
    lst = RecognitionList("06-zhengzhou-ledger.csv", "city ledger, UTF-8 CSV, typed dates, 郑州航空港区")
    lst.header = ["序号", "企业名称", "统一社会信用代码", "所属区县", "认定类型", "认定时间", "有效期至", "备注"]
    districts = regions.districts("河南省", "郑州市")
    dates = {"innovative": [(4, 28), (9, 15)], "municipal": [(6, 20), (12, 8)], "provincial": [(7, 12), (11, 30)],
             "little_giant": [(7, 14)], "single_champion": [(12, 1)]}
    while len(lst.rows) < 198:
        district = rng.choice(districts)
        firm = world.maker.make(regions.place("河南省", "郑州市", district), "郑州")
        history = ledger_history(rng, [
            (0.30, lambda r: [("innovative", r.randint(2022, 2024))]),
            (0.25, lambda r: (lambda y: [("innovative", y), ("municipal", y + 1)])(r.randint(2022, 2023))),
            (0.25, lambda r: (lambda y: [("municipal", y), ("provincial", y + 1)])(r.randint(2022, 2023))),
            (0.12, lambda r: [("provincial", r.randint(2022, 2024))]),
            (0.06, lambda r: [("provincial", 2022), ("little_giant", r.randint(2023, 2024))]),
            (0.02, lambda r: [("little_giant", 2022), ("single_champion", 2023)]),
        ])
        for designation, year in history:
            month, day_of_month = rng.choice(dates[designation])
            day = dt.date(year, month, day_of_month)
            typed = f"{year}/{month}/{day_of_month}" if rng.random() < 0.8 else day.isoformat()
            until = dt.date(year + 3, month, day_of_month) - dt.timedelta(days=1)
            cell = decorate(ZHENGZHOU_DESIGNATIONS[(designation, "grant")], rng, year, LITTLE_GIANT_BATCH.get(year, ""))
            district_cell = "郑州航空港区" if district == "郑州航空港经济综合实验区" else district
            lst.add([0, firm.name, firm.code, district_cell, cell, typed, f"{until.year}/{until.month}/{until.day}", ""],
                    Event(firm, within(firm.place, "district"), designation, "grant", day, None))
    lst.rows.sort(key=lambda row: (row[1].day, row[0][3]))
    broken = world.maker.make(regions.place("河南省", "郑州市", "金水区"), "郑州")
    lst.rows.insert(rng.randrange(20, 90), ([0, broken.name, broken.code, "金水区", "2023年度创新型中小企业", "2023-02-30", "2026/2/28", ""], None))
    other = world.maker.make(regions.place("河南省", "郑州市"), "郑州")
    lst.rows.insert(rng.randrange(110, 180), ([0, other.name, other.code, "郑州北区", "郑州市专精特新中小企业", "2024/6/20", "2027/6/19", ""], None))
    lst.number_rows()
    write_delimited(os.path.join(OUT, lst.file), lst, "utf-8", line_end="\n")
    return lst


def henan_platform_export(world):
    """An export of the province's SME-cultivation platform, xlsx: 所属省份/所属地市/所属区县
    (济源市 under 省直辖县级行政区划) and real Excel date cells."""
    rng, regions = world.rng, world.regions
    lst = RecognitionList("11-henan-platform-export.xlsx", "platform export, xlsx, date cells, 省直辖县级行政区划")
    lst.header = ["序号", "企业名称", "统一社会信用代码", "所属省份", "所属地市", "所属区县", "认定类型", "认定时间"]
    templates = {("innovative", "grant"): ["创新型中小企业"], ("provincial", "grant"): ["河南省专精特新中小企业", "专精特新中小企业"],
                 ("provincial", "renew"): ["专精特新中小企业（复核）", "河南省专精特新中小企业(复核)"]}
    cities = ["郑州市"] * 3 + ["洛阳市"] * 2 + ["新乡市", "济源市"]
    while len(lst.rows) < 119:
        city = rng.choice(cities)
        if city == "济源市":
            firm = world.maker.make(regions.place("河南省", "", "济源市"), "济源")
        else:
            firm = world.maker.make(regions.place("河南省", city, rng.choice(regions.districts("河南省", city))), city[:2])
        history = rng.choice([[("innovative", "grant", dt.date(2023, 6, 30))], [("innovative", "grant", dt.date(2024, 6, 28))],
                              [("provincial", "grant", dt.date(2023, 12, 5))],
                              [("provincial", "grant", dt.date(2021, 11, 26)), ("provincial", "renew", dt.date(2024, 11, 22))]])
        for designation, action, day in history:
            city_cell = "省直辖县级行政区划" if city == "济源市" else city
            cell = decorate(templates[(designation, action)], rng, day.year)
            lst.add([0, firm.name, firm.code, "河南省", city_cell, firm.place.district, cell, day],
                    Event(firm, within(firm.place, "district"), designation, action, day, None))
    lst.rows.sort(key=lambda row: (row[0][4], row[0][5]))
    broken = world.maker.make(regions.place("河南省", "洛阳市", "涧西区"), "洛阳")
    lst.rows.insert(rng.randrange(20, 100), ([0, broken.name, broken.code, "河南省", "洛阳市", "涧西区", "创新型中小企业", "2023-02-30"], None))
    lst.number_rows()
    write_workbook(os.path.join(OUT, lst.file), lst, [6, 40, 22, 10, 20, 26, 24, 12], sheet="企业列表")
    return lst


# The manifest --------------------------------------------------------------------------------

MANIFEST_HEADER = """\
# Realistic recognition lists: the held-out corpus (made by scripts/make_realistic_lists.py).
#
# One entry a line, fields separated by " | ":
#   files | options | as-of | rows | loaded | rejected | truths
# files    the list, relative to this directory; several joined by " + " are loaded together
# options  what a user gives on the command line to load it (empty for a ledger)
# as-of    the date to count at (srdi report --as-of)
# rows     data rows below the header (title rows and the header are not rows); a sum when
#          several files are loaded together
# loaded   the rows that must load (every row but the broken ones)
# rejected the broken rows: an impossible date, no firm, a region that does not exist
# truths   the same events in the plain contract format, same order as files
# Lines starting with # and blank lines are ignored.
"""


def manifest_line(lists, options, as_of):
    rows = sum(len(lst.rows) for lst in lists)
    loaded = sum(len(lst.truth_rows()) for lst in lists)
    files = " + ".join(lst.file for lst in lists)
    truths = " + ".join(lst.truth_file for lst in lists)
    return f"{files} | {options} | {as_of} | {rows} | {loaded} | {rows - loaded} | {truths}"


def main():
    global OUT
    parser = argparse.ArgumentParser(description="Write the realistic recognition lists and their truths.")
    parser.add_argument("--seed", type=int, default=20240714)
    parser.add_argument("--output", default=os.path.join(ROOT, "Tests", "RealisticLists"))
    args = parser.parse_args()
    OUT = args.output
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    rng = random.Random(args.seed)
    world = World(rng, RegionTable(os.path.join(ROOT, "data", "regions.csv")))

    ledger = zhanjiang_ledger(world)
    lists = [published_little_giants(world), published_jiangsu_provincial(world), ledger, hailing_ledger(world),
             chongqing_ledger(world), zhengzhou_ledger(world), published_guangdong_innovative(world),
             zhanjiang_reward_roster(world, ledger), published_zhanjiang_provincial(world), published_taizhou_municipal(world),
             henan_platform_export(world), published_chongqing_little_giants(world)]
    lists.sort(key=lambda lst: lst.file)
    for lst in lists:
        write_truth(os.path.join(OUT, lst.truth_file), lst)
    roster = next(lst for lst in lists if lst.file.startswith("08-"))
    with open(os.path.join(OUT, "manifest.txt"), "w", encoding="utf-8") as manifest:
        manifest.write(MANIFEST_HEADER + "\n")
        for lst in lists:
            manifest.write(f"# {lst.description}\n{manifest_line([lst], lst.options, lst.as_of)}\n")
        manifest.write("# the roster's firms without a code are the ledger's firms: loaded together, each counts once\n")
        manifest.write(manifest_line([ledger, roster], "", "2025-06-30") + "\n")
    for lst in lists:
        print(f"{lst.file}: {len(lst.rows)} rows, {len(lst.truth_rows())} good")


OUT = ""

if __name__ == "__main__":
    main()
