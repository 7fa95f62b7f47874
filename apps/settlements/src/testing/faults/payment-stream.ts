export interface Payment {
  paymentId: string;
  dealerCode: string;
  receivedOn: string;
  amountFen: number;
}

export interface StreamStats {
  issued: number;
  acknowledged: number;
  /** Sends that got no answer or a 5xx and were sent again with the same paymentId. */
  retries: number;
  /** Answers other than 200/201/5xx: the harness or the API is wrong. Never retried. */
  refused: string[];
}

const SEND_TIMEOUT_MS = 5_000;

/**
 * A stream of payments to settlements, as a finance system would send them: a few per second,
 * round-robin over the dealers, each retried with the same paymentId until the API
 * acknowledges it (POST /payments is idempotent). Every acknowledged payment is kept.
 */
export class PaymentStream {
  readonly acknowledged: Payment[] = [];
  readonly stats: StreamStats = { issued: 0, acknowledged: 0, retries: 0, refused: [] };
  private readonly inFlight = new Set<Promise<unknown>>();
  private timer?: NodeJS.Timeout;
  private next?: () => void;
  private seq = 0;
  private closed = false;

  constructor(private readonly settlementsUrl: string, private readonly dealers: string[], private readonly perSecond = 8) {}

  /** Issues payments received on `dates` (cycled) until `stop`. */
  start(idPrefix: string, dates: string[]): void {
    this.stop();
    this.next = () => {
      const n = this.seq++;
      this.send({
        paymentId: `${idPrefix}-${n}`,
        dealerCode: this.dealers[n % this.dealers.length] ?? '',
        receivedOn: dates[n % dates.length] ?? '',
        amountFen: 10_000 + ((n * 7_919) % 9_990_001), // 100.00 to 100,000.00 yuan, odd fen
      });
    };
    this.timer = setInterval(() => this.next?.(), 1_000 / this.perSecond);
  }

  /** `count` payments of the running stream at once: work in flight everywhere in the pipeline. */
  burst(count: number): void {
    for (let i = 0; i < count; i++) this.next?.();
  }

  /** Stops issuing new payments; those in flight keep being retried. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.next = undefined;
  }

  /** Stops for good: nothing is sent or retried any more. */
  close(): void {
    this.stop();
    this.closed = true;
  }

  /** Waits until every payment issued so far is acknowledged (or refused). */
  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0) {
      if (Date.now() > deadline) throw new Error(`${this.inFlight.size} payments still unacknowledged after ${timeoutMs} ms`);
      await Promise.race([...this.inFlight, new Promise((r) => setTimeout(r, 200))]);
    }
  }

  /** Sends one payment outside the stream until acknowledged (e.g. while settlements learns its dealers). */
  async sendUntilAcknowledged(payment: Payment, retryStatuses: number[], deadline: AbortSignal): Promise<void> {
    if (!(await this.deliver(payment, retryStatuses, deadline))) {
      throw new Error(`payment ${payment.paymentId} was not acknowledged: ${this.stats.refused.at(-1) ?? 'timed out'}`);
    }
  }

  private send(payment: Payment): void {
    this.stats.issued++;
    const delivery: Promise<unknown> = this.deliver(payment, []).then(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  /** True once acknowledged; false when refused, closed or past the deadline. */
  private async deliver(payment: Payment, retryStatuses: number[], deadline?: AbortSignal): Promise<boolean> {
    for (let attempt = 0; !this.closed && !deadline?.aborted; attempt++) {
      if (attempt > 0) {
        this.stats.retries++;
        await new Promise((r) => setTimeout(r, Math.min(2_000, 250 * attempt)));
      }
      const status = await this.post(payment);
      if (status === 200 || status === 201) {
        this.acknowledged.push(payment);
        this.stats.acknowledged++;
        return true;
      }
      if (status > 0 && status < 500 && !retryStatuses.includes(status)) {
        this.stats.refused.push(`${payment.paymentId}: HTTP ${status}`);
        return false;
      }
    }
    return false;
  }

  /** The HTTP status, or 0 when no answer came (connection refused or reset, timeout). */
  private async post(payment: Payment): Promise<number> {
    try {
      const res = await fetch(`${this.settlementsUrl}/payments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payment),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }
}
