import { ServiceSettings, WholeNumberSetting } from '@aftersales/service-kit';

/** Every setting of the settlements service: the shared ones and its own (README "Settings"). */
export class SettlementsSettings extends ServiceSettings {
  /** The most one payment may be, in fen (payments/record-payment/payment-limits.ts). */
  @WholeNumberSetting(1, Number.MAX_SAFE_INTEGER, `a whole number of fen from 1 to ${Number.MAX_SAFE_INTEGER}`)
  PAYMENT_MAX_FEN?: number;
}
