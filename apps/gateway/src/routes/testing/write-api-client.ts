import { writeFileSync } from 'node:fs';
import { API_CLIENT_FILE, gatewayDocument, renderApiClient } from './api-client';

/** `npm run api:client`: writes the UI's typed API client from the gateway's document. */
async function main() {
  writeFileSync(API_CLIENT_FILE, await renderApiClient(await gatewayDocument()));
  console.log(`wrote ${API_CLIENT_FILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
