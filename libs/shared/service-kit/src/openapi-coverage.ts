import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';

/** What an OpenAPI document needs here: its paths, their operations and their parameters. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: OpenApiParameter[] } | undefined>>;
}
interface OpenApiParameter { name: string; in: string; required?: boolean; description?: string; schema?: object }

// Where @nestjs/swagger's @ApiExcludeController() stores its flag (DECORATORS.API_EXCLUDE_CONTROLLER).
const EXCLUDED = 'swagger/apiExcludeController';
// The numbers Nest stores for @Query() and @Param() (RouteParamtypes, not exported publicly).
const QUERY = 4;
const PARAM = 5;

interface RouteInput { location: 'query' | 'path'; name: string }
interface Route { method: string; path: string; inputs: RouteInput[] }

/**
 * Every parameter a route reads that its OpenAPI document does not describe: each `{name}`
 * of a path, and each property of the @Param() and @Query() classes (or named @Param('x')),
 * must be a parameter of that place with a schema and a description. Empty when all are.
 */
export function undocumentedParameters(app: INestApplication, document: OpenApiDocument): string[] {
  const problems: string[] = [];
  for (const route of routesOf(app)) {
    const where = `${route.method.toUpperCase()} ${route.path}`;
    const operation = document.paths[route.path]?.[route.method];
    if (!operation) {
      problems.push(`${where} is not in the document`);
      continue;
    }
    const inPath = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ location: 'path' as const, name: m[1] }));
    for (const input of unique([...inPath, ...route.inputs])) {
      const found = operation.parameters?.find((p) => p.in === input.location && p.name === input.name);
      if (!found) problems.push(`${where}: ${input.location} parameter ${input.name} is not documented`);
      else if (!found.schema || !found.description?.trim()) problems.push(`${where}: ${input.location} parameter ${input.name} has no schema or description`);
      else if (input.location === 'path' && (!found.required || !inPath.some((p) => p.name === input.name))) {
        problems.push(`${where}: path parameter ${input.name} is not a required part of the path`);
      }
    }
  }
  return problems;
}

function routesOf(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      // A controller left out of the document on purpose (@ApiExcludeController: /metrics, not JSON, for Prometheus).
      if (controller && Reflect.getMetadata(EXCLUDED, controller)?.[0] !== true) routes.push(...controllerRoutes(controller));
    }
  }
  return routes;
}

function controllerRoutes(controller: new (...args: never[]) => object): Route[] {
  const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const handler = prototype[name];
    if (typeof handler !== 'function' || name === 'constructor') return [];
    const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
    if (path === undefined) return [];
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
    return [{ method, path: openApiPath(base, path), inputs: inputsOf(controller, prototype, name) }];
  });
}

/** `funds` + `:dealerCode` → `/funds/{dealerCode}`, as the document writes it. */
function openApiPath(...parts: string[]): string {
  const joined = parts.flatMap((part) => part.split('/')).filter((segment) => segment !== '').join('/');
  return `/${joined}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The query and path values a handler reads, by its @Query()/@Param() arguments. */
function inputsOf(controller: object, prototype: object, method: string): RouteInput[] {
  // Nest keeps a handler's argument decorators on the controller class, by method name.
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', prototype, method) ?? []) as (new () => object)[];
  return Object.entries(args).flatMap(([key, { index, data }]) => {
    const kind = Number(key.split(':')[0]);
    if (kind !== QUERY && kind !== PARAM) return [];
    const location = kind === QUERY ? 'query' : 'path';
    const names = typeof data === 'string' ? [data] : validatedProperties(types[index]);
    return names.map((name) => ({ location, name }) as RouteInput);
  });
}

/** The properties a class-validator class checks: the ones a client can send. */
function validatedProperties(type: (new () => object) | undefined): string[] {
  if (!type || type === Object || type === String) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

function unique(inputs: RouteInput[]): RouteInput[] {
  return inputs.filter((input, i) => inputs.findIndex((other) => other.location === input.location && other.name === input.name) === i);
}
