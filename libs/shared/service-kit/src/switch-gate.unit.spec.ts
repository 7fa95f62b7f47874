import { SwitchGate } from './switch-gate';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('SwitchGate', () => {
  it('lets entries through together while no switch runs', async () => {
    const gate = new SwitchGate();
    const order: string[] = [];
    await Promise.all([gate.pass(async () => { await tick(); order.push('a'); }), gate.pass(async () => order.push('b'))]);
    expect(order).toEqual(['b', 'a']);
  });

  it('starts a switch once those inside have left, and holds new entries until it is done', async () => {
    const gate = new SwitchGate();
    const order: string[] = [];
    const inside = gate.pass(async () => { await tick(); order.push('request in flight'); });
    const switched = gate.exclusive(async () => { await tick(); order.push('switch'); }, 1_000);
    const later = gate.pass(async () => order.push('request after'));
    await Promise.all([inside, switched, later]);
    expect(order).toEqual(['request in flight', 'switch', 'request after']);
  });

  it('does not wait longer than drainMs for a slow entry', async () => {
    const gate = new SwitchGate();
    const order: string[] = [];
    const slow = gate.pass(async () => { await new Promise((r) => setTimeout(r, 200)); order.push('slow request'); });
    await gate.exclusive(async () => order.push('switch'), 20);
    await slow;
    expect(order).toEqual(['switch', 'slow request']);
  });

  it('runs one switch at a time, and reopens after a failed one', async () => {
    const gate = new SwitchGate();
    const order: string[] = [];
    const first = gate.exclusive(async () => { await tick(); order.push('first'); throw new Error('rename failed'); }, 10);
    const second = gate.exclusive(async () => order.push('second'), 10);
    await expect(first).rejects.toThrow('rename failed');
    await second;
    await gate.pass(async () => order.push('request'));
    expect(order).toEqual(['first', 'second', 'request']);
  });
});
