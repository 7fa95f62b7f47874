import { Db, MongoServerError } from 'mongodb';

const NAMESPACE_NOT_FOUND = 26;
const NAMESPACE_EXISTS = 48;
const NOT_IMPLEMENTED = 238;

/**
 * Makes `target` hold what `source` holds, documents and indexes, and drops what `target`
 * held; `source` is gone afterwards. On MongoDB it is one atomic `renameCollection` with
 * `dropTarget`. FerretDB 1.24 does not implement `dropTarget` (code 238): `target` is moved
 * aside, `source` renamed into place and the old one dropped, so for the few milliseconds
 * between the two renames the name holds nothing. Callers hold their own readers and writers
 * meanwhile; a writer elsewhere that creates `target` in that gap is moved aside too, and the
 * rename tried again.
 */
export async function replaceCollection(db: Db, source: string, target: string, attempts = 5): Promise<void> {
  try {
    await db.renameCollection(source, target, { dropTarget: true });
    return;
  } catch (error) {
    if (codeOf(error) !== NOT_IMPLEMENTED) throw error;
  }
  const aside: string[] = [];
  try {
    for (let attempt = 1; ; attempt++) {
      const old = `${target}__old_${Date.now().toString(36)}${attempt}`;
      if (await renameIfExists(db, target, old)) aside.push(old);
      try {
        await db.renameCollection(source, target);
        return;
      } catch (error) {
        if (codeOf(error) !== NAMESPACE_EXISTS || attempt >= attempts) throw error;
      }
    }
  } finally {
    for (const old of aside) await db.dropCollection(old).catch(() => undefined);
  }
}

/**
 * Drops the copies `replaceCollection`'s callers leave when they die half way: collections
 * named `<name>__rebuild_<id>` or `<name>__old_<id>` for the names given.
 */
export async function dropLeftoverCopies(db: Db, names: readonly string[]): Promise<void> {
  const existing = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  for (const name of existing) {
    const copy = /^(.+)__(rebuild|old)_[0-9a-z]+$/.exec(name);
    if (copy && names.includes(copy[1])) await db.dropCollection(name);
  }
}

async function renameIfExists(db: Db, from: string, to: string): Promise<boolean> {
  try {
    await db.renameCollection(from, to);
    return true;
  } catch (error) {
    if (codeOf(error) === NAMESPACE_NOT_FOUND) return false;
    throw error;
  }
}

function codeOf(error: unknown): unknown {
  return error instanceof MongoServerError ? error.code : undefined;
}
