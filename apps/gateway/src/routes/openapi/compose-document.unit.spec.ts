import type { ForwardedRoute } from '../route-table';
import { composeDocument, Document } from './compose-document';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const answer = (name: string) => ({ 200: { description: 'ok', content: { 'application/json': { schema: ref(name) } } } });
const route = (service: string, path: string): ForwardedRoute => ({ method: 'GET', path, service, action: 'read', subject: 'Dealer' });

describe('composing the gateway document from the services\' documents', () => {
  const contracts: Document = {
    paths: { '/dealers': { get: { operationId: 'listDealers', responses: answer('Page') } }, '/admin/x': { get: { responses: answer('Internal') } } },
    components: { schemas: { Page: { type: 'object', properties: { items: { type: 'array', items: ref('Item') } } }, Item: { type: 'string' }, Internal: { type: 'string' } } },
  };
  const settlements: Document = {
    paths: { '/payments': { get: { operationId: 'listPayments', responses: answer('Page') } } },
    components: { schemas: { Page: { type: 'object', properties: { total: { type: 'integer' } } } } },
  };
  const gateway: Document = { openapi: '3.0.0', paths: { '/api/auth/me': { get: {} } }, components: { schemas: {} } };
  const composed = composeDocument(gateway, { contracts, settlements }, [route('contracts', '/dealers'), route('settlements', '/payments')]);

  it('serves the table routes under /api with bearer security and the gateway answers, and nothing else of the services', () => {
    expect(Object.keys(composed.paths).sort()).toEqual(['/api/auth/me', '/api/dealers', '/api/payments']);
    const list = composed.paths['/api/dealers']!['get'] as { security: unknown; responses: Record<string, unknown> };
    expect({ security: list.security, answers: Object.keys(list.responses) }).toEqual({ security: [{ bearer: [] }], answers: ['200', '401', '403', '502', '503'] });
  });

  it('takes only the schemas the routes use, and prefixes a name two services use for different schemas', () => {
    expect(Object.keys(composed.components!.schemas!).sort()).toEqual(['Item', 'Page', 'SettlementsPage']);
    const payments = composed.paths['/api/payments']!['get'] as { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
    expect(payments.responses['200']!.content!['application/json']!.schema).toEqual(ref('SettlementsPage'));
  });

  it('refuses a table route its service does not have', () => {
    expect(() => composeDocument(gateway, { contracts }, [route('contracts', '/nowhere')])).toThrow('GET /nowhere is not in the contracts service\'s document');
  });
});
