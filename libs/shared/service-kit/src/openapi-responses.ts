/** What a client generated from the document needs of each operation's answers. */
interface Response {
  content?: Record<string, { schema?: object }>;
  headers?: Record<string, { schema?: object }>;
  links?: Record<string, { operationId?: string; parameters?: Record<string, string> }>;
}
interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: object;
  responses?: Record<string, Response>;
}
export interface OpenApiResponsesDocument { paths: Record<string, Record<string, Operation | undefined>> }

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Every gap between the document and what the service answers: a response without a JSON
 * schema, an operation with input but no 400 (or a body but no 413 or 415), a 201 without `Location`
 * or without a link, and a link to an operation or parameter the document does not have.
 * Empty when there is none.
 */
export function undocumentedResponses(document: OpenApiResponsesDocument): string[] {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ where: `${method.toUpperCase()} ${path}`, operation: item[method] as Operation }] : [])));
  const byId = new Map(operations.map(({ operation }) => [operation.operationId, operation]));
  return operations.flatMap(({ where, operation }) => [
    ...statusGaps(where, operation),
    ...Object.entries(operation.responses ?? {}).flatMap(([status, response]) => [
      // JSON, or another media type with its schema (a file download such as an XLSX template).
      ...(status !== '204' && !Object.values(response.content ?? {}).some((media) => media.schema) ? [`${where} ${status}: no application/json schema`] : []),
      ...(status === '201' && !response.headers?.['Location']?.schema ? [`${where} 201: no Location header`] : []),
      ...(status === '201' && Object.keys(response.links ?? {}).length === 0 ? [`${where} 201: no link to a read`] : []),
      ...Object.entries(response.links ?? {}).flatMap(([name, link]) => linkGaps(`${where} ${status} link ${name}`, link, byId)),
    ]),
  ]);
}

function statusGaps(where: string, operation: Operation): string[] {
  const statuses = Object.keys(operation.responses ?? {});
  const gaps: string[] = [];
  if (!statuses.some((s) => s.startsWith('2'))) gaps.push(`${where}: no success answer`);
  if ((operation.parameters?.length || operation.requestBody) && !statuses.includes('400')) gaps.push(`${where}: reads input but has no 400`);
  for (const status of ['413', '415']) if (operation.requestBody && !statuses.includes(status)) gaps.push(`${where}: reads a body but has no ${status}`);
  return gaps;
}

function linkGaps(where: string, link: { operationId?: string; parameters?: Record<string, string> }, byId: Map<string | undefined, Operation>): string[] {
  const target = byId.get(link.operationId);
  if (!target) return [`${where}: no operation ${link.operationId}`];
  return Object.keys(link.parameters ?? {})
    .filter((name) => !target.parameters?.some((p) => p.name === name))
    .map((name) => `${where}: ${link.operationId} has no parameter ${name}`);
}
