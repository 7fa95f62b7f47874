import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export interface DocumentInfo { title: string; description: string }

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: unknown; oneOf?: Schema[]; allOf?: Schema[] };

/**
 * The service's OpenAPI document, from the controllers' decorators and the request and response
 * classes. Request bodies are closed (`additionalProperties: false`): the ValidationPipe refuses
 * unknown fields at any depth (forbidNonWhitelisted), so a client must not send any.
 */
export function buildOpenApiDocument(app: INestApplication, info: DocumentInfo): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(info.title).setDescription(info.description).setVersion('1').build(),
  );
  closeRequestSchemas(document);
  return document;
}

function closeRequestSchemas(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const seen = new Set<Schema>();
  const close = (schema: Schema | undefined): void => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    if (schema.$ref) return close(schemas[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
    Object.values(schema.properties ?? {}).forEach(close);
    [schema.items, ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].forEach(close);
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { requestBody?: { content?: Record<string, { schema?: Schema }> } }[]) {
      Object.values(operation?.requestBody?.content ?? {}).forEach((media) => close(media.schema));
    }
  }
}
