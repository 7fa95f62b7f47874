import { TEXT_PATTERN, textProblem } from './text.validator';

describe('TEXT_PATTERN, the OpenAPI face of IsText', () => {
  it('accepts exactly the one-line texts textProblem accepts, for every character of the BMP', () => {
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const value of [c, `a${c}`, `${c} `]) {
        const byRule = textProblem(value, 10) === undefined;
        if (byRule !== TEXT_PATTERN.test(value)) disagreements.push(`U+${code.toString(16).padStart(4, '0')} in ${JSON.stringify(value)}: rule ${byRule}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('counts characters as JSON Schema does: an astral character is one', () => {
    expect(textProblem('𠀋'.repeat(3), 3)).toBeUndefined();
    expect(textProblem('𠀋'.repeat(4), 3)).toBe('must be at most 3 characters');
  });
});
