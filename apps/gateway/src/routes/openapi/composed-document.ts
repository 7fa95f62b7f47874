import { Injectable } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { setTimeout as sleep } from 'node:timers/promises';
import { GatewayConfig } from '../../gateway.settings';
import { GatewayDocumentExtension } from '../../platform/gateway-document';
import { Upstreams } from '../forwarding/upstreams';
import { ROUTES } from '../route-table';
import { composeDocument, Document } from './compose-document';

const ATTEMPTS = 3;

/**
 * The gateway's /docs/json completed with the forwarded routes, from each service's own
 * /docs/json (a few tries each). It throws while a service does not answer: the gateway then
 * serves its own document and asks again at the next request (GatewayDocument caches only a
 * complete one).
 */
@Injectable()
export class ComposedDocument implements GatewayDocumentExtension {
  constructor(private readonly config: GatewayConfig, private readonly upstreams: Upstreams) {}

  async extend(document: OpenAPIObject): Promise<OpenAPIObject> {
    const services = Object.keys(this.config.services);
    const documents = await Promise.all(services.map(async (service) => [service, await this.documentOf(service)] as const));
    return composeDocument(document as unknown as Document, Object.fromEntries(documents), ROUTES) as unknown as OpenAPIObject;
  }

  private async documentOf(service: string): Promise<Document> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { status, body } = await this.upstreams.json<Document>(service, '/docs/json', {});
        if (status === 200) return body;
        throw new Error(`${service} answered ${status} for its document`);
      } catch (error) {
        if (attempt >= ATTEMPTS) throw error;
        await sleep(200 * attempt);
      }
    }
  }
}
