#!/usr/bin/env python3
"""Writes the Excel workbooks the tests read, so that every fixture can be made again and read.

    pip install openpyxl
    python3 scripts/make_xlsx_fixtures.py

Tests/WorkbookTests/Fixtures/ gets the workbooks of the converter's tests; Tests/BadInputs/ gets
workbooks for the bad-input corpus (cases.txt). Most are written by openpyxl, as a program that
exports a list would (openpyxl writes text as inline strings); `handmade.xlsx` is written part by
part, as Excel writes (shared strings, rich text among them) and for what openpyxl never writes
(formulas with their computed values, errors, escapes, prefixed element names).
The tests run without Python: the files are committed.
"""
import csv
import datetime
import io
import os
import re
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "Tests", "WorkbookTests", "Fixtures")
BAD_INPUTS = os.path.join(ROOT, "Tests", "BadInputs")

# A workbook's parts carry the time they were written; a fixed one keeps the files the same.
FIXED_TIME = datetime.datetime(2024, 1, 1)


def save(workbook, path):
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    rewrite_with_fixed_dates(buffer.getvalue(), path)


def rewrite_with_fixed_dates(data, path):
    """The zip entries again, stamped with one date (openpyxl stamps the time of saving), so that
    running the script twice writes the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            stamped = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            stamped.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z", content)
            target.writestr(stamped, content)


def lists_workbook():
    """A published list: a merged title row above the header, text (one cell of rich text),
    dates in a built-in and in custom date styles, a year as a plain number, rows left out, a
    cell of two lines; then a second sheet, and a third named "1"."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "名单"
    sheet["A1"] = '附件1:2024年第五批专精特新"小巨人"企业名单'
    sheet.merge_cells("A1:G1")
    sheet.append(["序号", "省份", "地市", "企业名称", "认定日期", "年度", "备注"])
    sheet.append([1, "广东省", "湛江市", "湛江恒创精密机械有限公司", datetime.date(2024, 5, 1), 2023])
    sheet["E3"].number_format = "mm-dd-yy"  # built-in format 14
    sheet.append([2, "广东省", "湛江市", None, datetime.date(2023, 12, 31), 2023])
    sheet["D4"] = CellRichText([TextBlock(InlineFont(b=True), "湛江"), "宏达电子科技有限公司"])
    sheet["E4"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["A7"] = 3
    sheet["B7"] = "广东省"
    sheet["C7"] = "湛江市"
    sheet["D7"] = "湛江\n海滨机械有限公司"
    sheet["E7"] = datetime.date(2022, 8, 15)
    sheet["E7"].number_format = "yyyy/m/d"
    sheet["F7"] = 2022
    sheet["G7"] = "见, 附件"
    second = workbook.create_sheet("附表")
    second["A1"] = "第二张表"
    second["B1"] = 42
    third = workbook.create_sheet("1")
    third["A1"] = "名为 1 的表"
    return workbook


def date1904_workbook():
    """A workbook of the 1904 date system (old Mac Excel): serial day 0 is 1904-01-01."""
    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.append(["认定日期"])
    sheet.append([datetime.date(2024, 5, 1)])
    sheet["A2"].number_format = "yyyy-mm-dd"
    return workbook


def formula_workbook():
    """A formula openpyxl stores without a computed value."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["序号", "企业名称"])
    sheet.append([1, "湛江恒创精密机械有限公司"])
    sheet["A3"] = "=A2+1"
    sheet["B3"] = "湛江宏达电子科技有限公司"
    return workbook


HANDMADE_PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr date1904="false"/>
<x:sheets><x:sheet name="数据" sheetId="1" r:id="rId1"/></x:sheets>
</x:workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>""",
    "xl/styles.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>
<x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="10"/></x:cellXfs>
</x:styleSheet>""",
    "xl/sharedStrings.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>备</x:t></x:r><x:r><x:t>注</x:t></x:r><x:rPh sb="0" eb="1"><x:t>bei</x:t></x:rPh></x:si>
<x:si><x:t xml:space="preserve">第一行_x000D_
第二行</x:t></x:si>
<x:si><x:t>_x005F_x0041_</x:t></x:si>
</x:sst>""",
    "xl/worksheets/data.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1">
<x:c r="A1" t="inlineStr"><x:is><x:t>企业名称</x:t></x:is></x:c>
<x:c r="B1" t="inlineStr"><x:is><x:r><x:t>认定</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>日期</x:t></x:r><x:rPh sb="0" eb="2"><x:t>rending</x:t></x:rPh></x:is></x:c>
<x:c r="C1" t="s"><x:v>0</x:v></x:c>
<x:c r="D1" t="inlineStr"><x:is><x:t>数值</x:t></x:is></x:c>
</x:row>
<x:row>
<x:c t="str"><x:f>"湛江"&amp;"恒创"</x:f><x:v>湛江恒创</x:v></x:c>
<x:c s="1"><x:f>DATE(2024,5,1)</x:f><x:v>45413</x:v></x:c>
<x:c t="b"><x:v>1</x:v></x:c>
<x:c t="e"><x:f>NA()</x:f><x:v>#N/A</x:v></x:c>
</x:row>
<x:row r="4">
<x:c r="A4" t="s"><x:v>1</x:v></x:c>
<x:c r="B4" s="2"><x:v>0.035</x:v></x:c>
<x:c r="C4" t="inlineStr"><x:is><x:t>a,b "c"</x:t></x:is></x:c>
<x:c r="D4"><x:v>3.14159</x:v></x:c>
</x:row>
<x:row r="5">
<x:c r="B5" s="1"/>
<x:c r="C5" t="s"><x:v>2</x:v></x:c>
<x:c r="D5"><x:v>12345678901234567</x:v></x:c>
</x:row>
</x:sheetData>
</x:worksheet>""",
}


def write_handmade(path, replaced=None):
    """The hand-written parts; `replaced` maps a part's name to other bytes for it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in HANDMADE_PARTS.items():
            content = (replaced or {}).get(name, text.encode("utf-8"))
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)


def write_not_utf8(path):
    """The workbook part with a byte that is not UTF-8 in an attribute's name, as a damaged file can have."""
    workbook = HANDMADE_PARTS["xl/workbook.xml"].encode("utf-8").replace(b'date1904="false"', b'date\xe81904="false"')
    write_handmade(path, {"xl/workbook.xml": workbook})


def write_offset_past_end(source, path):
    """The workbook with its central directory pointing the first part's local header far past the
    end of the file."""
    data = bytearray(open(source, "rb").read())
    central = data.index(b"PK\x01\x02")
    data[central + 42:central + 46] = (0x7FFF0000).to_bytes(4, "little")
    open(path, "wb").write(bytes(data))


def write_truncated(source, path):
    """The workbook cut short just after the name of its first worksheet part, as a download that broke off."""
    data = open(source, "rb").read()
    end = data.index(b"xl/worksheets/") + 200
    open(path, "wb").write(data[:end])


def write_old_excel(path):
    """The signature of an OLE2 compound document (Excel 97–2003 .xls), then nothing."""
    open(path, "wb").write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))


def write_other_zip(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("notes.txt", date_time=(2024, 1, 1, 0, 0, 0)), "not a workbook\n")


LEDGER_HEADER = ["统一社会信用代码", "企业名称", "省", "市", "区县", "认定类型", "认定日期"]


def ledger_rows():
    """The first forty grants of the bundled synthetic sample with a numeric date, dates as dates."""
    rows = []
    with open(os.path.join(ROOT, "data", "sample", "recognitions.csv"), encoding="utf-8") as sample:
        for row in csv.DictReader(sample):
            written = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", row["认定日期"])
            if not written or row["状态"] not in ("", "认定"):
                continue
            year, month, day = (int(part) for part in written.groups())
            rows.append([row["统一社会信用代码"], row["企业名称"], row["省"], row["市"], row["区县"], row["认定类型"],
                         datetime.date(year, month, day)])
            if len(rows) == 40:
                return rows
    return rows


def ledger_workbook(rows):
    """A bureau's ledger: one header row, then rows with their dates in a date style."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "台账"
    sheet.append(LEDGER_HEADER)
    for row in rows:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=7).number_format = "yyyy-mm-dd"
    return workbook


def write_ledger_csv(rows, path):
    """The same ledger as a CSV, for comparing what srdi counts from each."""
    with open(path, "w", encoding="utf-8", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(LEDGER_HEADER)
        for row in rows:
            writer.writerow(row[:6] + [row[6].isoformat()])


def ledger_errors_workbook():
    """A ledger with a credit code typed into a number cell (row 3) and a date Excel could not
    read, left as text (row 6), after rows left empty."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "台账"
    sheet.append(LEDGER_HEADER)
    sheet.append(["91440823MA4W12345H", "湛江恒创精密机械有限公司", "广东省", "湛江市", "遂溪县", "省级专精特新中小企业",
                  datetime.date(2023, 5, 1)])
    sheet.append([914408007292381264, "湛江宏达电子科技有限公司", "广东省", "湛江市", "霞山区", "国家级专精特新“小巨人”企业",
                  datetime.date(2024, 7, 1)])
    for row in (2, 3):
        sheet.cell(row=row, column=7).number_format = "yyyy-mm-dd"
    for column, value in enumerate(["915001538258249886", "荣昌达驰汽车零部件有限公司", "重庆市", "重庆市", "荣昌区",
                                    "省级专精特新中小企业", "2024-13-01"], start=1):
        sheet.cell(row=6, column=column, value=value)
    return workbook


def observations_workbook():
    """Observations with a value in a percent style: 0.032 shown as 3.2%."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["指标", "地区", "年度", "数值"])
    sheet.append(["specialty_clusters", "海陵区", 2023, 2])
    sheet.append(["specialty_clusters", "海陵区", 2024, 0.03])
    sheet["D3"].number_format = "0.0%"
    return workbook


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    lists = os.path.join(FIXTURES, "lists.xlsx")
    save(lists_workbook(), lists)
    save(date1904_workbook(), os.path.join(FIXTURES, "date1904.xlsx"))
    save(formula_workbook(), os.path.join(FIXTURES, "formula.xlsx"))
    write_handmade(os.path.join(FIXTURES, "handmade.xlsx"))
    write_truncated(lists, os.path.join(FIXTURES, "truncated.xlsx"))
    write_offset_past_end(lists, os.path.join(FIXTURES, "offset-past-end.xlsx"))
    write_not_utf8(os.path.join(FIXTURES, "not-utf8.xlsx"))
    write_old_excel(os.path.join(FIXTURES, "old.xls"))
    write_other_zip(os.path.join(FIXTURES, "other.zip"))
    rows = ledger_rows()
    save(ledger_workbook(rows), os.path.join(FIXTURES, "ledger.xlsx"))
    write_ledger_csv(rows, os.path.join(FIXTURES, "ledger.csv"))

    recognitions = os.path.join(BAD_INPUTS, "recognitions")
    errors = os.path.join(recognitions, "ledger-errors.xlsx")
    save(ledger_errors_workbook(), errors)
    write_truncated(errors, os.path.join(recognitions, "truncated.xlsx"))
    write_old_excel(os.path.join(recognitions, "old.xls"))
    save(formula_workbook(), os.path.join(recognitions, "formula.xlsx"))
    save(observations_workbook(), os.path.join(BAD_INPUTS, "observations", "percent.xlsx"))


if __name__ == "__main__":
    main()
