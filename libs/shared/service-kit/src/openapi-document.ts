import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ServiceInfrastructure } from './infrastructure';
import { portablePattern } from './portable-pattern';
import { readModelsOf } from './read-models';

export interface DocumentInfo { title: string; description: string }

/**
 * What a service states in its document that only its settings know (e.g. the configured
 * PAYMENT_MAX_FEN as a maximum). A module provides at most one; it runs after the document is built.
 */
export abstract class OpenApiAmendment {
  abstract amend(document: OpenAPIObject): void;
}

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: unknown; oneOf?: Schema[]; allOf?: Schema[] };

/**
 * The service's OpenAPI document, from the controllers' decorators and the request and response
 * classes. Request bodies are closed (`additionalProperties: false`): the ValidationPipe refuses
 * unknown fields at any depth (forbidNonWhitelisted), so a client must not send any. Patterns
 * are made portable (see portablePattern).
 */
export function buildOpenApiDocument(app: INestApplication, info: DocumentInfo): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(info.title).setDescription(info.description).setVersion('1').build(),
  );
  closeRequestSchemas(document);
  nameReadModels(app, document);
  amendmentOf(app)?.amend(document);
  return portablePatterns(document);
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

/** Every `pattern` of the document, wherever it is, as portablePattern writes it. */
function portablePatterns(document: OpenAPIObject): OpenAPIObject {
  return JSON.parse(JSON.stringify(document), (key, value: unknown) =>
    key === 'pattern' && typeof value === 'string' ? portablePattern(value) : value) as OpenAPIObject;
}

/** POST /admin/rebuilds takes one of this service's read models: the document lists them. */
function nameReadModels(app: INestApplication, document: OpenAPIObject): void {
  const infra = provided(app, ServiceInfrastructure);
  const projection = (document.components?.schemas?.['StartRebuildRequest'] as Schema | undefined)?.properties?.['projection'] as { enum?: string[] } | undefined;
  if (infra && projection) projection.enum = readModelsOf(infra).list().map((model) => model.name);
}

function amendmentOf(app: INestApplication): OpenApiAmendment | undefined {
  return provided(app, OpenApiAmendment);
}

/** A provider's instance, if a module has one (looked up without app.get, which logs an error when there is none). */
function provided<T>(app: INestApplication, token: abstract new (...args: never[]) => T): T | undefined {
  for (const module of app.get(ModulesContainer).values()) {
    const instance = module.providers.get(token)?.instance as T | undefined;
    if (instance) return instance;
  }
  return undefined;
}
