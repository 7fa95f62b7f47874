import { openApiProblems } from './openapi-validity';

const document = (paths: unknown) => ({ openapi: '3.0.0', info: { title: 'settlements', version: '1' }, paths });

describe('an OpenAPI document checked against the official schema', () => {
  it('finds nothing wrong with a valid one', () => {
    const ok = document({ '/funds/{dealerCode}': { get: {
      parameters: [{ name: 'dealerCode', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'the fund' } },
    } } });
    expect(openApiProblems(ok)).toEqual([]);
  });

  it('names what is wrong: a path parameter not marked required', () => {
    const bad = document({ '/funds/{dealerCode}': { get: {
      parameters: [{ name: 'dealerCode', in: 'path', schema: { type: 'string' } }],
      responses: { 200: { description: 'the fund' } },
    } } });
    expect(openApiProblems(bad).join('\n')).toMatch(/parameters\/0/);
  });
});
