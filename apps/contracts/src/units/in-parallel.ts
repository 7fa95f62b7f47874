/** How many unit streams a delivery reads or appends to at once: the store groups concurrent appends into one insert. */
export const UNIT_STREAMS_AT_ONCE = 32;

/** `work` on every item, at most `limit` at a time; the answers in the items' order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const answers = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) answers[i] = await work(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return answers;
}
