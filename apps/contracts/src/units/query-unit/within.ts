import { DealerDirectory } from '../../projection/dealer-directory';

/** The most sub-dealers one dealer is taken to have for `within` (far more than any has). */
const MAX_WITHIN = 500;

/** `within`'s dealer and its sub-dealers (none for an unknown dealer); undefined when no `within` was asked. */
export async function dealersWithin(directory: DealerDirectory, within: string | undefined): Promise<string[] | undefined> {
  if (within === undefined) return undefined;
  const page = await directory.list({ within }, { sort: 'code', skip: 0, limit: MAX_WITHIN });
  return page.items.map((d) => d.code);
}
