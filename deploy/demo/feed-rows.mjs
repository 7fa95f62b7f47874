// The demo feeds' rows: what each demo dealer reports for a month, made from the demo network
// (network-data.mjs): sales of units delivered to it, warranty cards for most sales, repairs by
// its certified technicians on units it sold, the parts those repairs used, surveys and opinions.
// Deterministic (no clock, no random): the same month gives the same rows, so the same bytes.
import { DEALERS } from './dealers.mjs';
import { deliveriesOf, TECHNICIANS } from './network-data.mjs';

const SURNAMES = ['王', '李', '張', '劉', '陳', '楊', '黃', '趙', '吳', '周', '徐', '孫', '馬', '朱', '胡', '郭'];
const GIVEN = ['建華', '麗娟', '志明', '淑芬', '國強', '秀英', '文傑', '海燕', '俊傑', '曉紅', '德勝', '美玲'];
const CITIES = { north: ['北京市海淀區中關村大街', '天津市和平區南京路'], south: ['廣州市越秀區環市東路', '佛山市禪城區季華路'],
  east: ['上海市浦東新區世紀大道', '杭州市西湖區文三路'], west: ['成都市武侯區人民南路', '重慶市渝中區解放碑'] };
/** Faults by model family: code, level, description, the parts a repair uses, labour. */
const FAULTS = {
  PR: [['E-HEAD', 2, '打印頭斷針，列印缺行', ['P-HEAD-630'], 'L02', 12000], ['E-BELT', 3, '字車皮帶磨損，走紙偏移', ['P-BELT-630'], 'L01', 8000],
    ['E-RIBBON', 4, '色帶卡住，字跡模糊', ['C-RIBBON-630'], 'L00', 3000]],
  LP: [['E-FUSER', 2, '定影器溫度異常，卡紙', ['P-FUSER-2200'], 'L02', 15000], ['E-MB', 1, '主板故障，無法開機', ['P-MB-2200'], 'L03', 20000],
    ['E-TONER', 4, '碳粉不足提示，列印淡', ['C-TONER-2200'], 'L00', 3000]],
  MF: [['E-ROLLER', 3, '搓紙輪老化，進紙失敗', ['P-ROLLER-3100'], 'L01', 8000], ['E-NET', 4, '網絡連接設定錯誤', [], 'L00', 0]],
  SC: [['E-CIS', 2, '掃描圖像有條紋', ['P-CIS-500'], 'L02', 12000], ['E-DRV', 4, '驅動程式未安裝', [], 'L00', 0]],
};
const MODES = ['onsite', 'depot', 'remote', 'phone'];
const COMMENTS = ['工程師很專業，回應迅速', '維修及時，態度很好', '等待時間稍長', '希望能提供備用機', ''];
const OPINIONS = [['praise', '維修員耐心講解使用方法，非常滿意'], ['complaint', '上門時間比約定晚了兩小時'],
  ['suggestion', '建議增加週末維修服務'], ['complaint', '同一故障第二次報修，希望徹底解決']];

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** A small deterministic hash of a text (FNV-1a), for choices that look varied but never change. */
function hashOf(text) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h;
}
const pick = (list, seed) => list[hashOf(seed) % list.length];
const monthOf = (date) => Number(date.slice(5, 7));
const daysIn = (period) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();

/** A customer of a unit: a name, a mobile number and, for cards, an address in the dealer's region. */
function customerOf(serial, region) {
  const h = hashOf(serial);
  return { name: `${SURNAMES[h % SURNAMES.length]}${GIVEN[(h >>> 4) % GIVEN.length]}`, phone: `13${pad(h % 1_000_000_000, 9)}`,
    address: `${pick(CITIES[region], serial)} ${(h % 300) + 1} 號` };
}

/** The dealer's units with the month each was sold in (one to three months after it was received); a fifth stay in stock. */
export function soldUnits(code) {
  return deliveriesOf(code).flatMap((unit, n) => {
    if (n % 5 === 4) return [];
    const month = monthOf(unit.receivedOn) + 1 + (n % 3);
    if (month > 9) return [];
    const period = `2026-${pad(month)}`;
    return [{ ...unit, n, period, saleDate: `${period}-${pad(1 + ((n * 7) % (daysIn(period) - 1)))}` }];
  });
}

/** The rows of each kind a dealer reports for a month (2026-07..09), keyed by kind. */
export function monthRows(code, period) {
  const dealer = DEALERS.find((d) => d.code === code);
  const technicians = TECHNICIANS.filter((t) => t.dealerCode === code && t.certificate).map((t) => t.certificate.certificateNo);
  const sold = soldUnits(code);
  const thisMonth = sold.filter((u) => u.period === period);
  const sales = thisMonth.map((u) => ({ serial_no: u.serialNo, model: u.model, sale_date: u.saleDate, invoice_no: `INV${period.replace('-', '')}${pad(u.n + 1, 4)}` }));
  const cards = thisMonth.filter((u) => u.n % 6 !== 5).map((u) => {
    const c = customerOf(u.serialNo, dealer.region);
    return { card_no: `WC-${code}-${pad(u.n + 1, 4)}`, serial_no: u.serialNo, model: u.model, sale_date: u.saleDate, customer_name: c.name, customer_phone: c.phone, address: c.address };
  });
  // repairs: units sold before this month, about one in three each month, resolved inside it
  const inService = sold.filter((u) => u.period < period && hashOf(`${u.serialNo}${period}`) % 3 === 0);
  const repairs = [];
  const parts = [];
  for (const [i, u] of inService.entries()) {
    const [code0, level, description, used, labourCode, fee] = pick(FAULTS[u.model.slice(0, 2)], `${u.serialNo}${period}f`);
    const day = 2 + ((i * 5 + u.n) % (daysIn(period) - 3));
    const hour = 8 + (hashOf(`${u.serialNo}${period}h`) % 8);
    const at = (minutes) => { const m = hour * 60 + 15 + minutes; return `${period}-${pad(day)} ${pad(Math.floor(m / 60))}:${pad(m % 60)}`; };
    const mode = level <= 2 ? 'onsite' : pick(MODES, `${u.serialNo}${period}m`);
    const c = customerOf(u.serialNo, dealer.region);
    const recordNo = `R${code}-${period.replace('-', '')}-${pad(i + 1, 3)}`;
    repairs.push({ record_no: recordNo, serial_no: u.serialNo, model: u.model, sale_date: u.saleDate, reported_at: at(0), responded_at: at(20),
      ...(mode === 'onsite' ? { arrived_at: at(110) } : {}), resolved_at: at(200), fault_level: level, fault_code: code0, description,
      technician_id: technicians[i % technicians.length], labour_code: labourCode, labour_fee: (fee / 100).toFixed(2), service_mode: mode,
      first_time_fix: i % 7 !== 3, loaner: level === 1, customer_name: c.name, customer_phone: c.phone, customer_signed: true });
    for (const partNo of used) parts.push({ record_no: recordNo, part_no: partNo, qty: 1, old_part_returned: !partNo.startsWith('C-') });
  }
  const satisfaction = repairs.filter((_, i) => i % 2 === 0).map((r, i) => {
    const h = hashOf(r.record_no);
    return { survey_no: `S${r.record_no.slice(1)}`, record_no: r.record_no, surveyed_at: r.resolved_at.slice(0, 10), attitude: 3 + (h % 3),
      quality: 3 + ((h >>> 3) % 3), resolution: 2 + ((h >>> 6) % 4), recommend: 5 + ((h >>> 9) % 6), comment: COMMENTS[i % COMMENTS.length] };
  }).map(({ comment, ...row }) => (comment ? { ...row, comment } : row));
  const opinions = repairs.filter((_, i) => i % 3 === 1).map((r, i) => {
    const [category, text] = OPINIONS[(i + monthOf(period)) % OPINIONS.length];
    return { opinion_no: `O${r.record_no.slice(1)}`, received_at: r.resolved_at.slice(0, 10), category, technician_id: r.technician_id, record_no: r.record_no, text };
  });
  return { repairs, parts, sales, 'warranty-cards': cards, satisfaction, opinions };
}
