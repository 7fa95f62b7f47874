import { errors } from 'undici';
import { UpstreamFailure } from './upstream-failure';

describe('a service that does not answer, as a problem', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 503],
    ['too slow', new errors.HeadersTimeoutError(), 503],
    ['a pool closed while the gateway stops', new errors.ClientClosedError(), 503],
    ['cut off mid-answer', new errors.SocketError('other side closed'), 502],
  ])('%s: %s', (_case, error, status) => {
    expect(UpstreamFailure.of('contracts', error).getStatus()).toBe(status);
  });
});
