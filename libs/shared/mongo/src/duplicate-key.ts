/** Mongo duplicate key (a unique index refused the write). FerretDB answers with the same code. */
export function isDuplicateKey(error: unknown): boolean {
  const candidate = error as { code?: number; writeErrors?: { code?: number }[] } | null;
  return candidate?.code === 11000 || candidate?.writeErrors?.some((e) => e.code === 11000) === true;
}
