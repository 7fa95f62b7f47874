#!/usr/bin/env python3
"""
Dealer files as office suites really make them (issue 10 §1b), written by writers that are
not ours: openpyxl writes each workbook (openpyxl/), LibreOffice Calc opens it, computes its
formulas and saves it again as XLSX, ODS, XLS and as CSV in Big5 and GBK (libreoffice/), as a
dealer's office suite does. The output is committed; CI does not run this script.

    python3 -m venv /tmp/reader-venv && /tmp/reader-venv/bin/pip install openpyxl
    apt-get install -y libreoffice-calc-nogui      # optional: without it only openpyxl/ is made
    /tmp/reader-venv/bin/python libs/shared/feeds/src/testing/corpus/make-corpus.py

The period of every file is 2026-09; the dealer's time zone Asia/Shanghai.
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OPENPYXL = os.path.join(HERE, 'openpyxl')
LIBREOFFICE = os.path.join(HERE, 'libreoffice')

# The repairs form with traditional (zh-TW) and simplified (zh-CN) headers.
REPAIRS_TW = ['維修單號', '序列號', '型號', '報修時間', '完成時間', '故障級別', '故障代碼', '故障描述', '維修員證號', '工時費']
REPAIRS_CN = ['维修单号', '序列号', '型号', '报修时间', '完成时间', '故障级别', '故障代码', '故障描述', '维修员证号', '工时费']
DATETIME_TW = 'yyyy/m/d hh:mm'


def repair(no, reported, resolved, fee=120.5, description='開機無顯示'):
    return [f'R2609-{no}', f'SN-{no}', 'LX-300', reported, resolved, 2, 'E-101', description, 'T-0042', fee]


def header(ws, names, row=1):
    for column, name in enumerate(names, start=1):
        cell = ws.cell(row=row, column=column, value=name)
        cell.font = Font(bold=True)


def rows(ws, data, first_row, formats=None):
    for r, values in enumerate(data, start=first_row):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_TW
            if formats and c in formats:
                cell.number_format = formats[c]


def formula_errors():
    """A VLOOKUP that found nothing (#N/A) in a required column, #VALUE! and #DIV/0! in optional ones."""
    wb = Workbook()
    ws = wb.active
    ws.title = '維修記錄表'
    header(ws, REPAIRS_TW)
    rows(ws, [repair(1, dt.datetime(2026, 9, 1, 9, 15), dt.datetime(2026, 9, 1, 16, 30)),
              repair(2, dt.datetime(2026, 9, 2, 9, 0), dt.datetime(2026, 9, 2, 11, 0))], 2)
    ws['C2'] = '=VLOOKUP("SN-1",$L$10:$M$11,2,FALSE)'
    ws['H2'] = '="x"+1'
    ws['J2'] = '=1/0'
    return wb


def formula_error_values():
    """The same errors as openpyxl writes them: error values (no formula), as a paste of values leaves them."""
    wb = formula_errors()
    ws = wb.active
    ws['C2'], ws['H2'], ws['J2'] = '#N/A', '#VALUE!', '#DIV/0!'
    return wb


def title_rows():
    """A title row and merged group headers above the header row (月報表 as dealers lay it out)."""
    wb = Workbook()
    ws = wb.active
    ws.title = '維修月報表'
    ws['A1'] = '維修月報表 2026年9月'
    ws['A1'].font = Font(bold=True, size=16)
    ws.merge_cells('A1:J1')
    ws['A2'], ws['D2'], ws['F2'] = '基本資料', '時間', '故障與維修'
    ws.merge_cells('A2:C2')
    ws.merge_cells('D2:E2')
    ws.merge_cells('F2:J2')
    header(ws, REPAIRS_TW, row=3)
    rows(ws, [repair(1, dt.datetime(2026, 9, 1, 9, 15), dt.datetime(2026, 9, 1, 16, 30)),
              repair(2, dt.datetime(2026, 9, 2, 9, 0), dt.datetime(2026, 9, 2, 11, 0))], 4)
    return wb


def hidden_sheet():
    """Last month's sheet left in the workbook, hidden: only September's is this month's data."""
    wb = Workbook()
    ws = wb.active
    ws.title = '維修記錄表'
    header(ws, REPAIRS_TW)
    rows(ws, [repair(1, dt.datetime(2026, 9, 1, 9, 15), dt.datetime(2026, 9, 1, 16, 30))], 2)
    old = wb.create_sheet('維修月報表')
    header(old, REPAIRS_TW)
    rows(old, [repair(9, dt.datetime(2026, 8, 3, 9, 15), dt.datetime(2026, 8, 3, 16, 30))], 2)
    old.sheet_state = 'hidden'
    return wb


def totals():
    """A total line, a signature line and empty formatted rows under the data."""
    wb = Workbook()
    ws = wb.active
    ws.title = '維修記錄表'
    header(ws, REPAIRS_TW)
    rows(ws, [repair(1, dt.datetime(2026, 9, 1, 9, 15), dt.datetime(2026, 9, 1, 16, 30)),
              repair(2, dt.datetime(2026, 9, 2, 9, 0), dt.datetime(2026, 9, 2, 11, 0))], 2)
    ws['A4'], ws['J4'] = '合計', '=SUM(J2:J3)'
    ws['A6'] = '製表人:王小明'
    ws['E6'] = '審核:李大同'
    thin = Side(style='thin')
    for r in range(7, 12):
        for c in range(1, 11):
            ws.cell(row=r, column=c).border = Border(top=thin, bottom=thin, left=thin, right=thin)
            ws.cell(row=r, column=c).fill = PatternFill('solid', fgColor='FFF2CC')
    return wb


def time_without_date():
    """報修時間 typed as 9:15 only: Excel keeps a time of day 0 (1899-12-30)."""
    wb = Workbook()
    ws = wb.active
    ws.title = '維修記錄表'
    header(ws, REPAIRS_TW)
    rows(ws, [repair(1, dt.time(9, 15), dt.datetime(2026, 9, 1, 16, 30))], 2)
    ws['D2'].number_format = 'h:mm'
    return wb


def hidden_decimals():
    """工時費 shows 33.33 (format 0.00) but holds 100/3."""
    wb = Workbook()
    ws = wb.active
    ws.title = '維修記錄表'
    header(ws, REPAIRS_TW)
    rows(ws, [repair(1, dt.datetime(2026, 9, 1, 9, 15), dt.datetime(2026, 9, 1, 16, 30), fee=100 / 3)], 2, {10: '0.00'})
    return wb


def default_sheet():
    """A workbook saved with the office suite's sheet names (工作表1, 工作表2): the header tells the form."""
    wb = Workbook()
    ws = wb.active
    ws.title = '工作表1'
    header(ws, REPAIRS_CN)
    rows(ws, [repair(1, dt.datetime(2026, 9, 1, 9, 15), dt.datetime(2026, 9, 1, 16, 30))], 2)
    wb.create_sheet('工作表2')
    return wb


def locale_dates(names, formats, total, signature):
    """Dates, times and amounts formatted as the zh-TW or zh-CN locale shows them (for CSV export)."""
    wb = Workbook()
    ws = wb.active
    ws.title = 'repairs'
    header(ws, names)
    rows(ws, [repair(1, dt.datetime(2026, 9, 1, 9, 15), dt.datetime(2026, 9, 1, 16, 30), fee=1250),
              repair(2, dt.datetime(2026, 9, 3, 9, 15), dt.datetime(2026, 9, 3, 15, 45), fee=80),
              repair(3, dt.datetime(2026, 9, 4, 14, 0), dt.datetime(2026, 9, 4, 10, 0), fee=1234.5)], 2, formats)
    ws['A6'], ws['J6'] = total, '=SUM(J2:J4)'
    ws['J6'].number_format = formats[10]
    ws['A7'] = signature
    return wb


ZH_TW_FORMATS = {4: 'yyyy"年"m"月"d"日" hh"時"mm"分"', 5: '[$-404]yyyy/m/d AM/PM hh:mm:ss', 10: '#,##0.00'}
ZH_CN_FORMATS = {4: 'yyyy/m/d h:mm', 5: 'yyyy"年"m"月"d"日" h"时"mm"分"', 10: '"￥"#,##0.00'}

WORKBOOKS = {
    'formula-errors': formula_errors,
    'formula-error-values': formula_error_values,
    'title-rows': title_rows,
    'hidden-sheet': hidden_sheet,
    'totals': totals,
    'time-without-date': time_without_date,
    'hidden-decimals': hidden_decimals,
    'default-sheet': default_sheet,
}

# CSV as LibreOffice saves it ("as shown"): filter options separator, quote, character set
# (85 GBK, 86 Big5 in LibreOffice's numbering).
CSV_FILES = {
    'repairs-zh-TW.big5': (lambda: locale_dates(REPAIRS_TW, ZH_TW_FORMATS, '合計', '製表人:王小明'), '86'),
    'repairs-zh-CN.gbk': (lambda: locale_dates(REPAIRS_CN, ZH_CN_FORMATS, '合计', '制表人:王小明'), '85'),
}


def soffice(source, target_dir, convert_to):
    subprocess.run(['soffice', '--headless', '--convert-to', convert_to, '--outdir', target_dir, source],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.makedirs(OPENPYXL, exist_ok=True)
    for name, make in WORKBOOKS.items():
        make().save(os.path.join(OPENPYXL, f'{name}.xlsx'))
    if shutil.which('soffice') is None:
        print('LibreOffice (soffice) not found: only the openpyxl files were made')
        return
    os.makedirs(LIBREOFFICE, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for name in WORKBOOKS:
            soffice(os.path.join(OPENPYXL, f'{name}.xlsx'), work, 'xlsx:Calc MS Excel 2007 XML')
            shutil.move(os.path.join(work, f'{name}.xlsx'), os.path.join(LIBREOFFICE, f'{name}.xlsx'))
        source = os.path.join(OPENPYXL, 'title-rows.xlsx')
        soffice(source, LIBREOFFICE, 'ods')
        soffice(source, LIBREOFFICE, 'xls:MS Excel 97')
        for name, (make, charset) in CSV_FILES.items():
            path = os.path.join(work, f'{name}.xlsx')
            make().save(path)
            soffice(path, work, f'csv:Text - txt - csv (StarCalc):44,34,{charset}')
            shutil.move(os.path.join(work, f'{name}.csv'), os.path.join(LIBREOFFICE, f'{name}.csv'))


if __name__ == '__main__':
    main()
