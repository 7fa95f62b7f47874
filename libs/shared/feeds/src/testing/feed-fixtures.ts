import { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import type { FeedKind } from '../kinds/feed-kind';
import type { FeedRowTypes } from '../kinds/kinds.registry';
import { OpinionRow } from '../kinds/opinions.row';
import { PartsRow } from '../kinds/parts.row';
import { RepairRow } from '../kinds/repairs.row';
import { SalesRow } from '../kinds/sales.row';
import { SatisfactionRow } from '../kinds/satisfaction.row';
import { WarrantyCardRow } from '../kinds/warranty-cards.row';
import { writeFeedXlsx, XlsxSheet } from '../export/feed.writer';

/** March 2024 in Shanghai (UTC+8): 09:15 local is 01:15 UTC. */
export const PERIOD = '2024-03';
const at = (iso: string) => new Date(iso);

function repair(i: number): RepairRow {
  return Object.assign(new RepairRow(), {
    record_no: `R202403-${i}`,
    serial_no: `SN-${i}`,
    model: 'LX-300',
    sale_date: '2023-12-01',
    reported_at: at('2024-03-04T01:15:00Z'),
    responded_at: at('2024-03-04T01:40:00Z'),
    arrived_at: at('2024-03-04T05:00:00Z'),
    resolved_at: at('2024-03-04T08:30:00Z'),
    fault_level: (i % 4) + 1,
    fault_code: 'E-101',
    description: '開機無顯示, "閃屏"\n第二行',
    technician_id: 'T-0042',
    labour_code: 'L-20',
    labour_fee: 12050,
    service_mode: 'onsite',
    first_time_fix: true,
    loaner: false,
    customer_name: '王小明',
    customer_phone: '13800138000',
    customer_signed: true,
  });
}

const SAMPLES: { [K in FeedKind]: (i: number) => FeedRowTypes[K] } = {
  repairs: repair,
  parts: (i) => Object.assign(new PartsRow(), { record_no: `R202403-${i}`, part_no: 'P-5521', qty: 2, old_part_returned: true }),
  sales: (i) =>
    Object.assign(new SalesRow(), { serial_no: `SN-${i}`, model: 'LX-300', sale_date: '2024-03-02', sub_dealer_code: 'D-SZ-07', invoice_no: `INV-${i}` }),
  'warranty-cards': (i) =>
    Object.assign(new WarrantyCardRow(), { card_no: `WC-${i}`, serial_no: `SN-${i}`, model: 'LX-300', sale_date: '2024-02-28', customer_name: '陳大文', customer_phone: '0755-1234567', address: '深圳市南山區', sub_dealer_code: 'D-SZ-07' }),
  satisfaction: (i) =>
    Object.assign(new SatisfactionRow(), { survey_no: `S-${i}`, record_no: `R202403-${i}`, surveyed_at: '2024-03-10', attitude: 5, quality: 4, resolution: 5, recommend: 9, comment: '師傅很專業' }),
  opinions: (i) =>
    Object.assign(new OpinionRow(), { opinion_no: `O-${i}`, received_at: '2024-03-12', category: 'suggestion', technician_id: 'T-0042', record_no: `R202403-${i}`, text: '希望延長週末服務時間' }),
};

export function sampleRow<K extends FeedKind>(kind: K, i = 1): FeedRowTypes[K] {
  return SAMPLES[kind](i) as FeedRowTypes[K];
}

export function sampleRows<K extends FeedKind>(kind: K, count: number): FeedRowTypes[K][] {
  return Array.from({ length: count }, (_, i) => sampleRow(kind, i + 1));
}

export async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function xlsxBytes(sheets: readonly XlsxSheet[], escapeFormulae = true): Promise<Buffer> {
  const target = new PassThrough();
  const collected = bytesOf(target);
  await writeFeedXlsx(target, sheets, { escapeFormulae });
  target.end();
  return collected;
}

/** A CSV text (UTF-8 with BOM) from lines of cells, for hand-written test files. */
export function csv(lines: readonly (readonly string[])[]): Buffer {
  const text = lines.map((cells) => cells.join(',')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`);
}
