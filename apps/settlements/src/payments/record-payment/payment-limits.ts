import { formatYuan } from '@aftersales/money';
import { validateSettings } from '@aftersales/service-kit';
import { ConfigService } from '@nestjs/config';
import { SettlementsSettings } from '../../settlements.settings';

/** 100,000,000.00 yuan: no single 回款 of a dealer comes near it; a typo of a few zeros does. */
export const DEFAULT_PAYMENT_MAX_FEN = 10_000_000_000;

/** How much one payment may be (PAYMENT_MAX_FEN, README "Settings"). */
export class PaymentLimits {
  constructor(readonly maxFen: number) {}

  /** `10000000000 fen (100,000,000.00 yuan)`: the limit as an answer states it. */
  describe(): string {
    return `${this.maxFen} fen (${formatYuan(this.maxFen, { grouped: true })} yuan)`;
  }
}

/** PaymentLimits from the validated settings (@nestjs/config, schema SettlementsSettings). */
export const paymentLimitsProvider = {
  provide: PaymentLimits,
  useFactory: (config: ConfigService<SettlementsSettings>) => new PaymentLimits(config.get('PAYMENT_MAX_FEN', { infer: true }) ?? DEFAULT_PAYMENT_MAX_FEN),
  inject: [ConfigService],
};

/**
 * The same from an environment: a value that is not a whole number of fen in 1..2^53−1 is
 * refused with a message naming the setting, rather than letting every payment through.
 */
export function loadPaymentLimits(env: NodeJS.ProcessEnv = process.env): PaymentLimits {
  return new PaymentLimits(validateSettings(SettlementsSettings, env).PAYMENT_MAX_FEN ?? DEFAULT_PAYMENT_MAX_FEN);
}
