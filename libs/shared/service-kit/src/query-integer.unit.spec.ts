import { strictInteger } from './query-integer';

describe('strictInteger', () => {
  it.each([['0', 0], ['7', 7], ['500', 500], ['-3', -3], ['007', 7]])('reads %j as %d', (text, value) => {
    expect(strictInteger(text)).toBe(value);
  });

  it.each(['', ' 1', '1 ', '1.0', '1e2', '0x10', '+1', 'Infinity', 'NaN', '1_000', '９', '1234567890123456'])(
    'leaves %j as text, for validation to refuse', (text) => {
      expect(strictInteger(text)).toBe(text);
    },
  );

  it('leaves a repeated parameter as the list it is', () => {
    expect(strictInteger(['1', '2'])).toEqual(['1', '2']);
  });
});
