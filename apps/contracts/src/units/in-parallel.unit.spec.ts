import { inParallel } from './in-parallel';

describe('work on many unit streams at once', () => {
  it('answers in the order of the items, never running more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const answers = await inParallel([5, 1, 4, 2, 3], 2, async (n, i) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      running -= 1;
      return `${i}:${n}`;
    });
    expect(answers).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3']);
    expect(most).toBe(2);
  });

  it('answers nothing for no items', async () => {
    await expect(inParallel([], 4, async () => 1)).resolves.toEqual([]);
  });
});
