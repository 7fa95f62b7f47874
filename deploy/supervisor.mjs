// npm start's policy for a service that exits unasked, as pure functions (unit-tested in
// apps/e2e/src/supervisor.unit.spec.ts). A crash is restarted after a delay that doubles with
// each crash inside the window, up to a cap; a service that crashes more than RESTART_LIMIT
// times inside the window is given up on, because restarting it for ever would hide the fault.

const DEFAULTS = { RESTART_DELAY_MS: '1000', RESTART_DELAY_MAX_MS: '30000', RESTART_LIMIT: '5', RESTART_WINDOW_S: '300' };

/**
 * The restart settings (README.md "Settings"), checked.
 * @returns {{ delayMs: number, maxDelayMs: number, limit: number, windowMs: number }}
 */
export function restartSettings(env = process.env) {
  const read = (name, min) => {
    const raw = env[name] ?? DEFAULTS[name];
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
    return value;
  };
  const delayMs = read('RESTART_DELAY_MS', 1);
  const maxDelayMs = read('RESTART_DELAY_MAX_MS', 1);
  if (maxDelayMs < delayMs) throw new Error(`RESTART_DELAY_MAX_MS (${maxDelayMs}) must not be below RESTART_DELAY_MS (${delayMs})`);
  return { delayMs, maxDelayMs, limit: read('RESTART_LIMIT', 0), windowMs: read('RESTART_WINDOW_S', 1) * 1000 };
}

/**
 * What to do about a service that exited unasked at `now`.
 * @param {number[]} earlierExits when it exited before (what the last call returned as `exits`)
 * @returns {{ exits: number[], restart: true, delayMs: number } | { exits: number[], restart: false }}
 *   exits: its exits inside the window, this one included, to pass to the next call.
 */
export function afterExit(earlierExits, now, settings) {
  const exits = [...earlierExits.filter((at) => now - at < settings.windowMs), now];
  if (exits.length > settings.limit) return { exits, restart: false };
  // The first crash in a while waits delayMs; each further crash inside the window doubles it.
  const delayMs = Math.min(settings.delayMs * 2 ** (exits.length - 1), settings.maxDelayMs);
  return { exits, restart: true, delayMs };
}

/** "SIGKILL", "code 1": how a child process ended, as its exit event reports it. */
export function describeExit(code, signal) {
  return signal ?? `code ${code}`;
}

/** 1000 → "1 s", 200 → "0.2 s", 1500 → "1.5 s". */
export function seconds(ms) {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
