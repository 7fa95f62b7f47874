import { Db } from 'mongodb';

/**
 * The same database, except that `collection(name)` opens `names.get(name)` for the names
 * listed: code written against fixed collection names (a projection) writes elsewhere
 * unchanged, e.g. into the fresh collections of a rebuild.
 */
export function redirectCollections(db: Db, names: ReadonlyMap<string, string>): Db {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'collection') {
        return (name: string, options?: Parameters<Db['collection']>[1]) => target.collection(names.get(name) ?? name, options);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
