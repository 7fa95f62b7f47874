/** Servers are started lazily by the first integration test (createTestContext), not here: unit runs need none. */
export default async function globalSetup(): Promise<void> {
  return undefined;
}
