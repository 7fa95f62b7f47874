import { LogLine } from './recovery';
import { Clock, Recreatable, Supervisor, Timer } from './supervisor';

/** A clock whose timers run when the test advances it. */
class FakeClock implements Clock {
  time = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private ids = 0;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = ++this.ids;
    this.timers.push({ at: this.time + ms, fn, id });
    return id as unknown as Timer;
  };
  clearTimeout = (timer: Timer) => {
    this.timers = this.timers.filter((t) => t.id !== (timer as unknown as number));
  };
  async advance(ms: number) {
    const until = this.time + ms;
    await flush();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.fn();
      await flush();
    }
    this.time = until;
    await flush();
  }
}
const flush = async () => { for (let i = 0; i < 10; i++) await Promise.resolve(); };

function setup(launchFails: (generation: number) => boolean = () => false) {
  const clock = new FakeClock();
  const calls: string[] = [];
  const lines: LogLine[] = [];
  const client: Recreatable = {
    launch: async (g) => {
      calls.push(`launch ${g}`);
      if (launchFails(g)) throw new Error(`broker down (${g})`);
    },
    teardown: async (g) => void calls.push(`teardown ${g}`),
  };
  const supervisor = new Supervisor(client, { subject: 'consumer g', log: (l) => lines.push(l), clock, stableMs: 10_000 });
  return { clock, calls, lines, supervisor };
}

describe('Supervisor', () => {
  it('recreates after a crash kafkajs would not restart, after the first back-off step', async () => {
    const { clock, calls, supervisor } = setup();
    supervisor.start();
    supervisor.running(1);
    supervisor.failed(1, new Error('The coordinator is not aware of this member'));
    expect(supervisor.state).toBe('recreating');
    await flush();
    expect(calls).toEqual(['launch 1', 'teardown 1']);
    await clock.advance(249);
    expect(calls).not.toContain('launch 2');
    await clock.advance(1);
    expect(calls).toEqual(['launch 1', 'teardown 1', 'launch 2']);
    expect(supervisor.restarts).toBe(1);
  });

  it('one failure reported twice (STOP, then CRASH) recreates once; reports from an old generation are ignored', async () => {
    const { clock, calls, supervisor } = setup();
    supervisor.start();
    supervisor.failed(1, new Error('stopped without being asked to'));
    supervisor.failed(1, new Error('crash'));
    await clock.advance(250);
    supervisor.failed(1, new Error('late report from the old client'));
    await clock.advance(60_000);
    expect(calls.filter((c) => c.startsWith('launch'))).toEqual(['launch 1', 'launch 2']);
    expect(supervisor.generation).toBe(2);
  });

  it('backs off exponentially with a cap while launches keep failing, one log line per step', async () => {
    const { clock, calls, lines, supervisor } = setup((g) => g < 12);
    supervisor.start();
    await clock.advance(5 * 60_000);
    const launches = calls.filter((c) => c.startsWith('launch')).length;
    expect(launches).toBe(12); // 250 ms + 500 ms + … + 30 s + 30 s + 30 s … ≈ 2.6 min for 11 failures
    expect(lines.map((l) => l.fields['retryInMs'])).toEqual([250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
    expect(lines[0]).toMatchObject({ level: 'error', fields: { error: 'Error: broker down (1)' } });
    expect(lines.slice(1).map((l) => l.level)).toEqual(Array(10).fill('warn'));
  });

  it('resets the back-off once the new client has run stably (or got work through), and says it recovered', async () => {
    const { clock, lines, supervisor } = setup();
    supervisor.start();
    for (let g = 1; g <= 3; g++) {
      supervisor.failed(g, new Error('crash'));
      await clock.advance(60_000);
    }
    supervisor.running(4);
    await clock.advance(9_999);
    expect(lines.at(-1)?.level).toBe('warn');
    await clock.advance(1);
    expect(lines.at(-1)).toMatchObject({ level: 'info', message: 'consumer g recovered after 3 failed attempts' });
    supervisor.failed(4, new Error('crash'));
    expect(lines.at(-1)?.fields['retryInMs']).toBe(250);
    await clock.advance(250);
    supervisor.healthy(5);
    expect(lines.at(-1)?.level).toBe('info');
  });

  it('stop cancels a pending recreate and tears the client down; nothing is launched after it', async () => {
    const { clock, calls, supervisor } = setup();
    supervisor.start();
    supervisor.failed(1, new Error('crash'));
    await supervisor.stop();
    await clock.advance(60_000);
    supervisor.failed(1, new Error('STOP of our own disconnect'));
    expect(calls.filter((c) => c.startsWith('launch'))).toEqual(['launch 1']);
    expect(supervisor.state).toBe('stopped');
  });
});
