// The demo network's master data, one definition for every area's demo module: the catalog
// (models and parts), each dealer's technicians and certificates, and the units delivered to each
// dealer. The feeds demo makes its files from these, so the files agree with contracts.
import { DEALERS } from './dealers.mjs';

export const MODELS = [
  { model: 'PR-630K', name: '針式打印機 PR-630K' },
  { model: 'PR-730K', name: '針式打印機 PR-730K' },
  { model: 'LP-2200', name: '激光打印機 LP-2200' },
  { model: 'MF-3100', name: '多功能一體機 MF-3100' },
  { model: 'SC-500', name: '票據掃描儀 SC-500' },
];

/** category decides the warranty (docs/domain.md); component names an agreement's override (print head 3 months). */
export const PARTS = [
  { partNo: 'P-HEAD-630', name: '列印頭 PR-630K/730K', category: 'spare-part', component: 'print-head' },
  { partNo: 'P-BELT-630', name: '字車驅動皮帶', category: 'spare-part' },
  { partNo: 'P-MB-2200', name: '主板 LP-2200', category: 'spare-part' },
  { partNo: 'P-FUSER-2200', name: '定影組件 LP-2200', category: 'spare-part' },
  { partNo: 'P-ROLLER-3100', name: '搓紙輪 MF-3100', category: 'spare-part' },
  { partNo: 'P-CIS-500', name: '圖像傳感器 SC-500', category: 'spare-part' },
  { partNo: 'C-RIBBON-630', name: '色帶 PR-630K', category: 'consumable' },
  { partNo: 'C-TONER-2200', name: '碳粉盒 LP-2200', category: 'consumable' },
  { partNo: 'U-HEAD-630R', name: '翻新列印頭（舊件）', category: 'used-part', component: 'print-head' },
];

const NAMES = ['王建國', '李志強', '張偉', '劉洋', '陳明', '楊帆', '趙磊', '黃海', '周濤', '吳剛', '徐靜', '孫浩', '胡軍', '朱琳', '高峰', '林曉'];

/**
 * Two or three technicians per dealer (sub-dealers one). The second technician of D0001 has a
 * certificate that expires on 2026-08-31 (its September repairs are warned); the last technician of
 * D0002 has none (its repairs are warned as uncertified).
 */
export const TECHNICIANS = DEALERS.flatMap((dealer, d) => {
  const count = dealer.parentDealerCode ? 1 : d % 2 === 0 ? 3 : 2;
  return Array.from({ length: count }, (_, t) => {
    const technicianId = `T-${dealer.code}-${String(t + 1).padStart(2, '0')}`;
    const expiresOn = dealer.code === 'D0001' && t === 1 ? '2026-08-31' : '2027-12-31';
    const certified = !(dealer.code === 'D0002' && t === count - 1);
    return {
      dealerCode: dealer.code, technicianId, name: NAMES[(d * 3 + t) % NAMES.length], joinedOn: '2025-01-02',
      certificate: certified ? { certificateNo: `CERT-${dealer.code}-${t + 1}`, issuedOn: '2025-03-15', expiresOn } : undefined,
    };
  });
});

/**
 * The units delivered to each dealer: 36 per dealer (12 per sub-dealer), received between
 * 2026-03-02 and 2026-09-14; the serial says the model and the dealer (PR-630K-D0001-0001).
 */
export function deliveriesOf(dealerCode) {
  const index = DEALERS.findIndex((d) => d.code === dealerCode);
  const dealer = DEALERS[index];
  const count = dealer.parentDealerCode ? 12 : 36;
  return Array.from({ length: count }, (_, n) => {
    const { model } = MODELS[(n + index) % MODELS.length];
    const month = 3 + Math.floor((n * 7) / count); // March to September
    const day = 2 + ((n * 5 + index) % 13);
    return { serialNo: `${model}-${dealerCode}-${String(n + 1).padStart(4, '0')}`, model,
      receivedOn: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  });
}
