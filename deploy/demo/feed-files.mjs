// The demo feeds' files, as dealers make them: CSV in UTF-8 (English keys or traditional headers)
// or GBK (simplified headers, as a zh-CN office suite saves it), one XLSX workbook with a sheet per
// form, or JSON Lines. Deterministic bytes: the same rows give the same file, so a second seed run
// uploads the same bytes and the service answers its first result.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';

// exceljs stamps each zip entry with the current time; its own JSZip rewrites them with a fixed one.
const JSZip = createRequire(createRequire(import.meta.url).resolve('exceljs'))('jszip');
const FIXED = new Date(Date.UTC(2026, 9, 1));

/** Each kind's columns in the form's order: key, traditional and simplified header. */
export const COLUMNS = {
  repairs: [['record_no', '維修單號', '维修单号'], ['serial_no', '序列號', '序列号'], ['model', '型號', '型号'], ['sale_date', '銷售日期', '销售日期'],
    ['reported_at', '報修時間', '报修时间'], ['responded_at', '響應時間', '响应时间'], ['arrived_at', '到場時間', '到场时间'], ['resolved_at', '完成時間', '完成时间'],
    ['fault_level', '故障級別', '故障级别'], ['fault_code', '故障代碼', '故障代码'], ['description', '故障描述', '故障描述'], ['technician_id', '維修員證號', '维修员证号'],
    ['labour_code', '工時代碼', '工时代码'], ['labour_fee', '工時費', '工时费'], ['service_mode', '服務方式', '服务方式'], ['first_time_fix', '一次修復', '一次修复'],
    ['loaner', '備用機', '备用机'], ['customer_name', '客戶姓名', '客户姓名'], ['customer_phone', '客戶電話', '客户电话'], ['customer_signed', '客戶簽字', '客户签字']],
  parts: [['record_no', '維修單號', '维修单号'], ['part_no', '配件編號', '配件编号'], ['qty', '數量', '数量'], ['old_part_returned', '舊件返回', '旧件返回']],
  sales: [['serial_no', '序列號', '序列号'], ['model', '型號', '型号'], ['sale_date', '銷售日期', '销售日期'], ['sub_dealer_code', '分銷商', '分销商'], ['invoice_no', '發票號', '发票号']],
  'warranty-cards': [['card_no', '卡號', '卡号'], ['serial_no', '序列號', '序列号'], ['model', '型號', '型号'], ['sale_date', '銷售日期', '销售日期'],
    ['customer_name', '客戶姓名', '客户姓名'], ['customer_phone', '客戶電話', '客户电话'], ['address', '地址', '地址'], ['sub_dealer_code', '分銷商', '分销商']],
  satisfaction: [['survey_no', '問卷編號', '问卷编号'], ['record_no', '維修單號', '维修单号'], ['surveyed_at', '調查日期', '调查日期'], ['attitude', '服務態度', '服务态度'],
    ['quality', '服務質量', '服务质量'], ['resolution', '解決程度', '解决程度'], ['recommend', '推薦意願', '推荐意愿'], ['comment', '意見', '意见']],
  opinions: [['opinion_no', '意見編號', '意见编号'], ['received_at', '日期', '日期'], ['category', '類別', '类别'], ['technician_id', '維修員證號', '维修员证号'],
    ['record_no', '維修單號', '维修单号'], ['text', '內容', '内容']],
};

/** The sheet a workbook names after each form (traditional or simplified, as the dealer's office writes it). */
export const FORMS = {
  repairs: ['維修記錄表', '维修记录表'], parts: ['每月零件更換清單', '每月零件更换清单'], sales: ['每月銷售統計表', '每月销售统计表'],
  'warranty-cards': ['保修回執卡', '保修回执卡'], satisfaction: ['顧客滿意度調查統計表', '顾客满意度调查统计表'], opinions: ['顧客意見統計表', '顾客意见统计表'],
};

const HEADER = { key: 0, 'zh-Hant': 1, 'zh-Hans': 2 };
const YES_NO = { key: ['Y', 'N'], 'zh-Hant': ['是', '否'], 'zh-Hans': ['是', '否'] };

function cellOf(value, headers) {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return YES_NO[headers][value ? 0 : 1];
  return String(value);
}

const quoted = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A CSV of a kind's rows: headers 'key' | 'zh-Hant' | 'zh-Hans'; encoding 'utf8' (with a BOM, as Excel saves it) or 'gbk'. */
export function csvFile(kind, rows, { headers = 'key', encoding = 'utf8' } = {}) {
  const columns = COLUMNS[kind];
  const lines = [columns.map((c) => c[HEADER[headers]]), ...rows.map((row) => columns.map(([key]) => cellOf(row[key], headers)))];
  const text = `${lines.map((line) => line.map(quoted).join(',')).join('\r\n')}\r\n`;
  return encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** JSON Lines of a kind's rows, keyed by the English column keys. */
export function jsonlFile(rows) {
  return Buffer.from(rows.map((row) => JSON.stringify(row)).join('\n') + '\n', 'utf8');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
/** A cell as an office suite keeps it: dates and times as real dates (the wall clock as typed), numbers as numbers. */
function xlsxCell(value) {
  if (typeof value === 'string' && DATE.test(value)) return new Date(`${value}T00:00:00Z`);
  const time = typeof value === 'string' && TIME.exec(value);
  if (time) return new Date(Date.UTC(+time[1], +time[2] - 1, +time[3], +time[4], +time[5]));
  return typeof value === 'boolean' ? cellOf(value, 'zh-Hant') : value;
}

/**
 * One workbook, a sheet per form named after it: sections [{ kind, rows }]; headers and sheet
 * names in 'zh-Hant' or 'zh-Hans'.
 */
export async function xlsxFile(sections, { headers = 'zh-Hant', saved = 0 } = {}) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'demo';
  workbook.created = FIXED;
  // saved n: the same workbook saved again n seconds later (other bytes, the same rows)
  workbook.modified = new Date(FIXED.getTime() + saved * 1000);
  for (const { kind, rows } of sections) {
    const sheet = workbook.addWorksheet(FORMS[kind][headers === 'zh-Hans' ? 1 : 0]);
    const columns = COLUMNS[kind];
    sheet.addRow(columns.map((c) => c[HEADER[headers]]));
    for (const row of rows) sheet.addRow(columns.map(([key]) => (row[key] === undefined ? null : xlsxCell(row[key]))));
    columns.forEach(([key], i) => {
      if (/_at$/.test(key) && kind === 'repairs') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
      else if (/_date$|_at$/.test(key)) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const zip = new JSZip();
  // the worksheets last, as an office suite orders them (exceljs writes the workbook part after them)
  const entries = Object.values(written.files).filter((entry) => !entry.dir);
  const sheetsLast = [...entries.filter((e) => !e.name.startsWith('xl/worksheets/')), ...entries.filter((e) => e.name.startsWith('xl/worksheets/'))];
  for (const entry of sheetsLast) zip.file(entry.name, await entry.async('nodebuffer'), { date: FIXED, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
