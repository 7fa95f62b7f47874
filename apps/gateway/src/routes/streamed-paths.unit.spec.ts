import { isStreamedPath } from './route-table';

describe('the streamed routes (file uploads), whose bodies the gateway passes on unread', () => {
  it('matches a streamed route\'s path with its parameters filled in, and nothing else', () => {
    expect(isStreamedPath('/dealer-imports')).toBe(true);
    expect(isStreamedPath('/dealers/D0001/feed-submissions')).toBe(true);
    expect(isStreamedPath('/dealers/D0001/feed-submissions/0192f0c4-5e7a-7cc1-9a1e-3b2d4c5e6f70')).toBe(false);
    expect(isStreamedPath('/dealers/D0001/agreements')).toBe(false);
    expect(isStreamedPath('/dealers//feed-submissions')).toBe(false);
  });
});
