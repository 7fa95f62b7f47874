// deploy/'s pure restart policy, tested from here (eslint.config.mjs lets the system tests import deploy/*).
import { afterExit, describeExit, ExitDecision, restartSettings, RestartSettings, seconds } from '../../../deploy/supervisor.mjs';

/** npm start's restart policy (deploy/supervisor.mjs): back off, capped; give up on a crash loop. */
describe('npm start restarts a crashed service', () => {
  const settings: RestartSettings = { delayMs: 1_000, maxDelayMs: 30_000, limit: 5, windowMs: 300_000 };

  /** Exits at the given seconds, one after another, as the supervisor feeds them. */
  const exitsAt = (...at: number[]): ExitDecision[] => {
    let exits: number[] = [];
    return at.map((s) => {
      const decision = afterExit(exits, s * 1000, settings);
      exits = decision.exits;
      return decision;
    });
  };
  const delays = (decisions: ExitDecision[]) => decisions.map((d) => (d.restart ? d.delayMs : 'give up'));

  it('waits 1 s after a first crash, doubling with each further crash inside the window', () => {
    expect(delays(exitsAt(0, 10, 20, 30, 40))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('never waits longer than the cap', () => {
    const many = { ...settings, limit: 100 };
    let exits: number[] = [];
    const waits = Array.from({ length: 10 }, (_, i) => {
      const d = afterExit(exits, i * 1000, many);
      exits = d.exits;
      return d.restart ? d.delayMs : undefined;
    });
    expect(waits.slice(-4)).toEqual([30_000, 30_000, 30_000, 30_000]);
  });

  it('gives up on the crash after RESTART_LIMIT restarts inside the window', () => {
    expect(delays(exitsAt(0, 10, 20, 30, 40, 50))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 'give up']);
  });

  it('forgets crashes older than the window: a service that ran a while starts again from 1 s', () => {
    const decisions = exitsAt(0, 10, 20, 30, 40, 400);
    expect(delays(decisions)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 1_000]);
    expect(decisions[5]!.exits).toEqual([400_000]);
  });

  it('never restarts with RESTART_LIMIT=0', () => {
    expect(afterExit([], 0, { ...settings, limit: 0 }).restart).toBe(false);
  });

  it('reads its settings from the environment, with defaults, and refuses nonsense', () => {
    expect(restartSettings({})).toEqual(settings);
    expect(restartSettings({ RESTART_DELAY_MS: '200', RESTART_DELAY_MAX_MS: '800', RESTART_LIMIT: '2', RESTART_WINDOW_S: '60' }))
      .toEqual({ delayMs: 200, maxDelayMs: 800, limit: 2, windowMs: 60_000 });
    expect(() => restartSettings({ RESTART_LIMIT: '-1' })).toThrow('RESTART_LIMIT must be an integer ≥ 0');
    expect(() => restartSettings({ RESTART_DELAY_MS: '' })).toThrow('RESTART_DELAY_MS');
    expect(() => restartSettings({ RESTART_WINDOW_S: '1.5' })).toThrow('RESTART_WINDOW_S');
    expect(() => restartSettings({ RESTART_DELAY_MS: '5000', RESTART_DELAY_MAX_MS: '1000' })).toThrow('RESTART_DELAY_MAX_MS');
  });

  it('says how the service ended and how long it waits, as the console shows it', () => {
    expect(describeExit(null, 'SIGKILL')).toBe('SIGKILL');
    expect(describeExit(1, null)).toBe('code 1');
    expect([1_000, 200, 1_500, 30_000].map(seconds)).toEqual(['1 s', '0.2 s', '1.5 s', '30 s']);
  });
});
