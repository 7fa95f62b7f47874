import { OpenApiResponsesDocument, undocumentedResponses } from './openapi-responses';

const json = { content: { 'application/json': { schema: { type: 'object' } } } };
const location = { Location: { schema: { type: 'string' } } };

describe('undocumentedResponses', () => {
  it('is empty for a create with Location and a link to its read, and a read with its errors', () => {
    const document: OpenApiResponsesDocument = {
      paths: {
        '/things': { post: { operationId: 'make', requestBody: {}, responses: {
          201: { ...json, headers: location, links: { Read: { operationId: 'read', parameters: { id: '$response.body#/id' } } } },
          400: json, 413: json, 415: json,
        } } },
        '/things/{id}': { get: { operationId: 'read', parameters: [{ name: 'id', in: 'path' }], responses: { 200: json, 400: json, 404: json } } },
      },
    };
    expect(undocumentedResponses(document)).toEqual([]);
  });

  it('names each gap', () => {
    const document: OpenApiResponsesDocument = {
      paths: {
        '/things': { post: { operationId: 'make', requestBody: {}, responses: { 201: { links: { Read: { operationId: 'read', parameters: { code: 'x' } } } } } } },
        '/things/{id}': { get: { operationId: 'read', parameters: [{ name: 'id', in: 'path' }], responses: { 404: {} } } },
        '/other': { get: { operationId: 'other', responses: { 200: json } } },
      },
    };
    expect(undocumentedResponses(document)).toEqual([
      'POST /things: reads input but has no 400',
      'POST /things: reads a body but has no 413',
      'POST /things: reads a body but has no 415',
      'POST /things 201: no application/json schema',
      'POST /things 201: no Location header',
      'POST /things 201 link Read: read has no parameter code',
      'GET /things/{id}: no success answer',
      'GET /things/{id}: reads input but has no 400',
      'GET /things/{id} 404: no application/json schema',
    ]);
  });
});
