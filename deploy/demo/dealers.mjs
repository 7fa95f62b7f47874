// The demo dealers and their agreement versions (deploy/demo/seed.mjs registers them).
const revenueShare = (fundRateBp) => ({ fundModel: 'revenue-share', fundRateBp, partsQuotaBp: 200, carryAcrossYear: true });
/** 聖寶龍 二 2: the print head is under warranty for three months (the catalog's parts name their component). */
const PRINT_HEAD = { warranty: { componentOverrides: [{ component: 'print-head', months: 3 }] } };
const YEAR_2026 = { validFrom: '2026-01-01', validTo: '2026-12-31', ...PRINT_HEAD };
/** A renewal from 2026Q4 on new terms: the dealer page's timeline shows what changed. */
const RENEWAL = { validFrom: '2026-10-01', validTo: '2027-12-31', ...PRINT_HEAD };

export const DEALERS = [
  { code: 'D0001', name: '北京華信辦公設備有限公司', region: 'north', hotline: '010-6501-2233', address: '北京市朝陽區建國路 88 號',
    versions: [{ ...YEAR_2026, ...revenueShare(300) },
      { ...RENEWAL, ...revenueShare(350), noticeDays: 14, serviceLevels: { firstResponseMinutes: 60, resolutionWorkingHours: 16 } }] },
  { code: 'D0002', name: '廣州南粵科技服務有限公司', region: 'south', hotline: '020-8732-1100', address: '廣州市天河區體育西路 103 號',
    versions: [{ ...YEAR_2026, ...revenueShare(250) }] },
  { code: 'D0003', name: '上海申達數碼有限公司', region: 'east', hotline: '021-6278-5566', address: '上海市徐匯區漕溪北路 398 號',
    versions: [{ ...YEAR_2026, ...revenueShare(350) },
      { ...RENEWAL, ...revenueShare(320), warranty: { defaultMonths: 18 }, training: { freeTrainingPlaces: 6 } }] },
  { code: 'D0004', name: '成都蜀通電子有限公司', region: 'west', hotline: '028-8555-0101',
    versions: [{ ...YEAR_2026, fundModel: 'per-unit', allowancePerUnitFen: 15_000 }] },
  { code: 'D0005', name: '杭州西湖辦公系統有限公司', region: 'east', hotline: '0571-8702-4455',
    versions: [{ ...YEAR_2026, ...revenueShare(280) }] },
  { code: 'D0006', name: '天津濱海影像設備有限公司', region: 'north', hotline: '022-2530-7788',
    versions: [{ ...YEAR_2026, ...revenueShare(320) }] },
  { code: 'D0002-S1', name: '佛山南粵分銷部', region: 'south', parentDealerCode: 'D0002', versions: [{ ...YEAR_2026, ...revenueShare(250) }] },
  { code: 'D0003-S1', name: '蘇州申達分銷部', region: 'east', parentDealerCode: 'D0003', versions: [{ ...YEAR_2026, ...revenueShare(300) }] },
];
