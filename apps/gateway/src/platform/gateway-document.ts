import { INestApplication, Inject, Injectable, Optional } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * What adds the services' operations to the gateway's document (the routes' composer). `extend`
 * gets the gateway's own document and returns the whole one; the result is cached once `extend`
 * resolves, and asked again at the next request when it throws (a service was down).
 */
export interface GatewayDocumentExtension {
  extend(document: OpenAPIObject): Promise<OpenAPIObject>;
}
export const GATEWAY_DOCUMENT_EXTENSION = Symbol('GATEWAY_DOCUMENT_EXTENSION');

const DESCRIPTION = "The single entry of the after-sales back office for people: sign-in, accounts, and the services' routes under /api, scoped by role and dealer.";

/** The document at `/docs` and `/docs/json`: the gateway's own operations, extended when a composer is provided. */
@Injectable()
export class GatewayDocument {
  private own?: OpenAPIObject;
  private complete?: OpenAPIObject;

  constructor(@Optional() @Inject(GATEWAY_DOCUMENT_EXTENSION) private readonly extension?: GatewayDocumentExtension) {}

  /** /api/auth and /api/users, with the Bearer scheme; built once the app's routes are known. */
  build(app: INestApplication): OpenAPIObject {
    const info = new DocumentBuilder().setTitle('gateway').setDescription(DESCRIPTION).setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addCookieAuth('aftersales_refresh', { type: 'apiKey', in: 'cookie', name: 'aftersales_refresh' }, 'aftersales_refresh')
      .build();
    this.own = SwaggerModule.createDocument(app, info);
    return this.own;
  }

  async current(): Promise<OpenAPIObject> {
    if (!this.own) throw new Error('GatewayDocument.build was not called');
    if (this.complete || !this.extension) return this.complete ?? this.own;
    try {
      this.complete = await this.extension.extend(structuredClone(this.own));
      return this.complete;
    } catch {
      return this.own;
    }
  }
}

export function serveDocument(app: INestApplication): void {
  const document = app.get(GatewayDocument);
  SwaggerModule.setup('docs', app, document.build(app), { jsonDocumentUrl: 'docs/json', raw: ['json'], patchDocumentOnRequest: () => document.current() });
}
