/** How a cell of a column is read and written. */
export type CellType = 'text' | 'integer' | 'money' | 'yes-no' | 'choice' | 'date' | 'datetime';

export interface ColumnDefinition {
  /** The English key of docs/feeds.md, also the property of the row class. */
  readonly key: string;
  /** 繁體 label as on the paper form. */
  readonly traditional: string;
  /** 简体 label, as mainland dealers write it. */
  readonly simplified: string;
  readonly required: boolean;
  readonly type: CellType;
  /** For `choice`: every accepted spelling (lower case) → the canonical value. */
  readonly choices?: Readonly<Record<string, string>>;
  /** An example value for the templates, as text in the file. */
  readonly example: string;
}

type Labels = Pick<ColumnDefinition, 'key' | 'traditional' | 'simplified' | 'type' | 'example' | 'choices'>;

export function required(labels: Labels): ColumnDefinition {
  return { ...labels, required: true };
}

export function optional(labels: Labels): ColumnDefinition {
  return { ...labels, required: false };
}

/** Columns that several forms share, so their labels are written once. */
export const COMMON = {
  recordNo: { key: 'record_no', traditional: '維修單號', simplified: '维修单号', type: 'text', example: 'R202403-0001' },
  serialNo: { key: 'serial_no', traditional: '序列號', simplified: '序列号', type: 'text', example: 'SN-8842-0193' },
  model: { key: 'model', traditional: '型號', simplified: '型号', type: 'text', example: 'LX-300' },
  saleDate: { key: 'sale_date', traditional: '銷售日期', simplified: '销售日期', type: 'date', example: '2024-01-15' },
  technicianId: {
    key: 'technician_id',
    traditional: '維修員證號',
    simplified: '维修员证号',
    type: 'text',
    example: 'T-0042',
  },
  customerName: { key: 'customer_name', traditional: '客戶姓名', simplified: '客户姓名', type: 'text', example: '王小明' },
  customerPhone: {
    key: 'customer_phone',
    traditional: '客戶電話',
    simplified: '客户电话',
    type: 'text',
    example: '13800138000',
  },
  subDealerCode: {
    key: 'sub_dealer_code',
    traditional: '分銷商',
    simplified: '分销商',
    type: 'text',
    example: 'D-SZ-07',
  },
} as const satisfies Record<string, Labels>;

/** Y/N columns also accept 是/否 (docs/feeds.md "Cell values"). */
export const YES_NO_SPELLINGS: Readonly<Record<string, boolean>> = {
  y: true,
  yes: true,
  true: true,
  '1': true,
  是: true,
  n: false,
  no: false,
  false: false,
  '0': false,
  否: false,
};
