import { applyDecorators, Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiResponse } from '@nestjs/swagger';

/** An OpenAPI link: the operation to call next, and where its parameters come from (`$response.body#/code`). */
export interface ApiLink { operationId: string; parameters: Record<string, string>; description: string }

export interface CreatedOptions {
  type: Type<unknown>;
  description: string;
  /** What the Location header points at. */
  location: string;
  links: Record<string, ApiLink>;
  /** The status of a repeated request that changed nothing, answered with the same body and links. */
  unchanged?: string;
}

/** A 201 with its body, its `Location` header and the links to what a client reads next. */
export function ApiCreated({ type, description, location, links, unchanged }: CreatedOptions): MethodDecorator & ClassDecorator {
  const headers = { Location: { required: true, description: location, schema: { type: 'string', format: 'uri-reference' } } };
  return applyDecorators(
    ApiCreatedResponse({ type, description, headers, links }),
    ...(unchanged ? [ApiResponse({ status: 200, type, description: unchanged, links })] : []),
  );
}

interface LocationResponse { status(code: number): unknown; location(url: string): unknown }

/** Answers 201 with `Location` when the request created `path`, 200 when it changed nothing. */
export function answerCreated(response: LocationResponse, created: boolean, path: string): void {
  response.status(created ? 201 : 200);
  if (created) response.location(path);
}
